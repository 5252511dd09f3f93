//! Reading a gemeente's configuration: parse the JSON, then validate it into the model.
//!
//! The JSON is read by our own small parser (module `json`; no serde_json in the
//! widget); its values carry their offsets, so every error gets a line and column
//! without reading the text again.
//!
//! Then two layers, as in ripgrep's low/high argument split: [`raw`] mirrors the file
//! and accepts anything shaped like it; [`validate`] builds a [`Config`](crate::model::Config)
//! and reports *every* problem in one pass, each with a path, the offending value and a
//! hint. This module never renders errors for people; the CLI and the widget do that.
//!
//! [`load`] reads and explains: every error, located, with its words and hint (CLI,
//! playground, the checker module's console report). The widget itself carries none of
//! this: it reads the [`compiled`] form that `load`'s model is written to (ADR 0009).

pub mod compiled;
pub mod raw;

mod error;
pub mod graph;
mod json;
mod lint;
mod read;
#[cfg(feature = "cli")]
pub mod schema;
mod validate;

pub use error::{did_you_mean, locate, ConfigError, ErrorKind, Location, RefKind, UrlProblem};
pub use lint::{lint, ConfigWarning, Level, WarningKind, CRISIS_MAX_AGE_MONTHS};
pub use validate::validate;

use crate::model::Config;

/// Parses and validates a configuration file in one go.
///
/// On failure, returns every error found, each located: syntax errors stop early
/// (nothing more can be read), shape errors are collected per element, and if the
/// shape is right every semantic error is collected too.
///
/// Every text is also held to two rules of its own, whatever field it is in: at most
/// [`MAX_TEXT`](crate::model::MAX_TEXT) bytes, and no `</` or `<!--` (see
/// [`text_errors`]).
pub fn load(json: &str) -> Result<Config, Vec<ConfigError>> {
    let root = json::parse(json)?;
    let mut errs = Vec::new();
    text_errors(&root, String::new(), &mut errs);
    let config = validate::parse(&root).and_then(|raw| validate(&raw));
    match config {
        Ok(config) if errs.is_empty() => Ok(config),
        Ok(_) => Err(located(&root, json, errs)),
        Err(more) => {
            errs.extend(more);
            Err(located(&root, json, errs))
        }
    }
}

/// Texts that are too long, or that hold `</` (which ends a `<script>` element in any
/// letter case: `</script`, `</SCRIPT`) or `<!--` (which changes how the browser looks
/// for that end): a configuration is pasted inline into a page's
/// `<script type="application/json">`, where such a text would end the block and run
/// the rest as HTML. The rule is on the text as read, however the JSON escaped it, so
/// a configuration stays safe wherever it is written out again; `wegwijzer inline`
/// escapes every `<` for pasting anyway.
fn text_errors(value: &json::Value, path: String, errs: &mut Vec<ConfigError>) {
    match &value.kind {
        json::Kind::String(s) => {
            if s.len() > crate::model::MAX_TEXT {
                errs.push(ConfigError::new(
                    path,
                    ErrorKind::TooLong { found: s.len() },
                ));
            } else if s.contains("</") || s.contains("<!--") {
                errs.push(ConfigError::new(
                    path,
                    ErrorKind::Markup { value: s.clone() },
                ));
            }
        }
        json::Kind::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                // Elements are named by id where they have one, as in other errors.
                let seg = match item.get("id").and_then(json::Value::as_str) {
                    Some(id) if crate::model::is_valid_id(id) => format!(".{id}"),
                    _ => format!("[{i}]"),
                };
                text_errors(item, format!("{path}{seg}"), errs);
            }
        }
        json::Kind::Object(members) => {
            for (key, item) in members {
                let sep = if path.is_empty() { "" } else { "." };
                text_errors(item, format!("{path}{sep}{key}"), errs);
            }
        }
        _ => {}
    }
}

/// Parses the JSON into the raw layer, collecting shape errors (unknown keys, wrong
/// types, missing fields) for as many elements as possible.
pub fn parse(json: &str) -> Result<raw::RawConfig, Vec<ConfigError>> {
    let root = json::parse(json)?;
    validate::parse(&root).map_err(|errs| located(&root, json, errs))
}

fn located(root: &json::Value, json: &str, mut errs: Vec<ConfigError>) -> Vec<ConfigError> {
    error::locate_all(root, json, &mut errs);
    errs
}
