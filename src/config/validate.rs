//! Raw → model. STUB: to be completed by the config work.
use super::raw::RawConfig;
use super::{ConfigError, ErrorKind};
use crate::model::Config;

/// Validates a raw configuration into the model, collecting every error.
pub fn validate(_raw: &RawConfig) -> Result<Config, Vec<ConfigError>> {
    Err(vec![ConfigError {
        path: String::new(),
        kind: ErrorKind::Syntax("not implemented".into()),
        location: None,
    }])
}

pub(crate) fn parse(json: &str) -> Result<RawConfig, Vec<ConfigError>> {
    serde_json::from_str(json).map_err(|e| {
        vec![ConfigError {
            path: String::new(),
            kind: ErrorKind::Syntax(e.to_string()),
            location: None,
        }]
    })
}
