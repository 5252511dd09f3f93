//! The playground's one entry point: validate a configuration text with the same core
//! the widget uses, and return every finding as JSON for the page to list.

use crate::model::Date;
use wasm_bindgen::prelude::*;

/// Validates `json` and lints it as of `today` ("YYYY-MM-DD"). Returns a JSON array of
/// `{ "level": "error"|"warning"|"info", "text": "...", "line": n|null, "column": n|null }`.
/// Errors come first; warnings only when the configuration is valid.
#[wasm_bindgen]
pub fn check_config(json: &str, today: &str) -> String {
    let findings: Vec<serde_json::Value> = match crate::config::load(json) {
        Err(errors) => errors
            .iter()
            .map(|e| {
                serde_json::json!({
                    "level": "error",
                    "text": e.to_string(),
                    "line": e.location.map(|l| l.line),
                    "column": e.location.map(|l| l.column),
                })
            })
            .collect(),
        Ok(config) => match Date::parse(today) {
            Ok(date) => crate::config::lint(&config, date)
                .iter()
                .map(|w| {
                    let level = match w.kind.level() {
                        crate::config::Level::Info => "info",
                        crate::config::Level::Warning => "warning",
                    };
                    serde_json::json!({ "level": level, "text": w.to_string(), "line": null, "column": null })
                })
                .collect(),
            Err(_) => Vec::new(),
        },
    };
    serde_json::Value::Array(findings).to_string()
}
