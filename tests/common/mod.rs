//! Helpers shared by the integration tests (each test file is its own crate and
//! includes this with `mod common;`).

use wegwijzer::config::{compiled, ConfigError};
use wegwijzer::model::Config;

/// A valid configuration reaches the widget unchanged: compiled and decoded again, it
/// is the same model (the widget reads only the compiled form, ADR 0009).
pub fn assert_compiles(full: &Result<Config, Vec<ConfigError>>) {
    if let Ok(config) = full {
        let bytes = compiled::encode(config);
        assert_eq!(
            compiled::decode(&bytes).as_ref(),
            Ok(config),
            "the compiled form decodes to the same model"
        );
    }
}
