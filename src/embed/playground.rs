//! The checker module's entry points: validate a configuration text with the same core
//! the widget uses, and return every finding as JSON for the playground to list
//! ([`check_config`]); compile a valid configuration for the widget, or log every error
//! for the webmaster ([`compile_config`]; the widget reads only compiled configurations
//! and carries no error texts, ADR 0009).
//!
//! The JSON is written by hand (four fields, one escaper) so the widget needs no JSON
//! serializer.

use crate::model::Date;
use std::fmt::Write as _;
use wasm_bindgen::prelude::*;

/// Validates `json` and lints it as of `today` ("YYYY-MM-DD"). Returns a JSON array of
/// `{ "level": "error"|"warning"|"info", "text": "...", "line": n|null, "column": n|null }`.
/// Errors come first; warnings only when the configuration is valid.
#[wasm_bindgen]
pub fn check_config(json: &str, today: &str) -> String {
    let mut out = Findings::default();
    match crate::config::load(json) {
        Err(errors) => {
            for e in &errors {
                out.push(
                    "error",
                    &e.to_string(),
                    e.location.map(|l| (l.line, l.column)),
                );
            }
        }
        Ok(config) => {
            if let Ok(date) = Date::parse(today) {
                for w in crate::config::lint(&config, date) {
                    let level = match w.kind.level() {
                        crate::config::Level::Info => "info",
                        crate::config::Level::Warning => "warning",
                    };
                    out.push(level, &w.to_string(), None);
                }
            }
        }
    }
    out.finish()
}

/// The compiled form of `json` for the widget (see `config::compiled`). If `json` is
/// not valid, logs every error to the console, each with its line, column and hint,
/// and returns `None`. `source` names the file (its URL, or the page with "(inline)").
#[wasm_bindgen]
pub fn compile_config(json: &str, source: &str) -> Option<Vec<u8>> {
    match crate::config::load(json) {
        Ok(config) => Some(crate::config::compiled::encode(&config)),
        Err(errors) => {
            super::log::error(&format!(
                "the configuration {source} has {} problem(s); showing the fallback text",
                errors.len()
            ));
            for e in &errors {
                let at = located(e.location);
                super::log::error(&format!("{source}{at}: {e}"));
            }
            None
        }
    }
}

/// " (line L, column C)" for a located problem, else nothing.
fn located(location: Option<crate::config::Location>) -> String {
    location
        .map(|l| format!(" (line {}, column {})", l.line, l.column))
        .unwrap_or_default()
}

/// A JSON array of findings, written as it grows.
#[derive(Default)]
struct Findings {
    json: String,
}

impl Findings {
    fn push(&mut self, level: &str, text: &str, at: Option<(usize, usize)>) {
        self.json.push(if self.json.is_empty() { '[' } else { ',' });
        let (line, column) = match at {
            Some((l, c)) => (l.to_string(), c.to_string()),
            None => ("null".into(), "null".into()),
        };
        let _ = write!(
            self.json,
            r#"{{"level":"{level}","text":{},"line":{line},"column":{column}}}"#,
            json_string(text)
        );
    }

    fn finish(mut self) -> String {
        if self.json.is_empty() {
            self.json.push('[');
        }
        self.json.push(']');
        self.json
    }
}

/// `text` as a JSON string: quotes, backslashes and control characters escaped.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The hand-written output is JSON the page can parse, with the located errors.
    #[test]
    fn findings_are_json() {
        let out = check_config("{\n  \"version\": 1,\n}", "2026-01-01");
        let v: serde_json::Value = serde_json::from_str(&out).expect(&out);
        assert_eq!(v[0]["level"], "error");
        assert_eq!(v[0]["line"], 2);
        assert_eq!(v[0]["column"], 15);
        assert!(v[0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("trailing comma")));
        assert_eq!(
            check_config("{}", "2026-01-01")
                .matches("\"level\"")
                .count(),
            5
        );
        let weird = json_string("a\"b\\c\nd\u{1}é");
        let back: String = serde_json::from_str(&weird).expect(&weird);
        assert_eq!(back, "a\"b\\c\nd\u{1}é");
        let sample = include_str!("../../config/voorbeeldgemeente.json");
        let ok: serde_json::Value =
            serde_json::from_str(&check_config(sample, "2026-01-01")).expect("json");
        assert!(ok.is_array());
    }
}
