//! Helpers shared by the integration tests (each test file is its own crate and
//! includes this with `mod common;`).

use wegwijzer::config::{compiled, ConfigError};
use wegwijzer::model::Config;

/// A valid configuration reaches the widget unchanged: compiled and decoded again, it
/// is the same model (the widget reads only the compiled form, ADR 0009), less the
/// sources' pages, which the compiled file leaves out (`compiled::published`).
pub fn assert_compiles(full: &Result<Config, Vec<ConfigError>>) {
    if let Ok(config) = full {
        let bytes = compiled::encode(config);
        assert_eq!(
            compiled::decode(&bytes),
            Ok(compiled::published(config)),
            "the compiled form decodes to the same model"
        );
    }
}
