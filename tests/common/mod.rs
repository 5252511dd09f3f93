//! Helpers shared by the integration tests (each test file is its own crate and
//! includes this with `mod common;`).

use wegwijzer::config::{self, ConfigError};
use wegwijzer::model::Config;

/// The widget's `admit` says the same yes or no as `load` (given as `full`) for `text`,
/// and a rejection names at least one path, each of which `load` reports too.
pub fn assert_admit_agrees(text: &str, full: &Result<Config, Vec<ConfigError>>) {
    match (config::admit(text), full) {
        (Ok(_), Ok(_)) => {}
        (Err(rejected), Err(errors)) => {
            assert!(!rejected.paths.is_empty(), "a rejection names a path");
            for p in &rejected.paths {
                assert!(
                    errors.iter().any(|e| &e.path == p),
                    "admit names {p:?}, load does not: {errors:?}"
                );
            }
        }
        (admitted, _) => panic!("admit and load disagree: admit ok = {}", admitted.is_ok()),
    }
}
