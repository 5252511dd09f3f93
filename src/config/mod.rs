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
pub fn load(json: &str) -> Result<Config, Vec<ConfigError>> {
    let root = json::parse(json)?;
    let raw = validate::parse(&root).map_err(|errs| located(&root, json, errs))?;
    validate(&raw).map_err(|errs| located(&root, json, errs))
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
