//! The Dutch texts compiled into the binary.
//!
//! Dutch is the fallback for every other language, so it must always be there without
//! a network request; other languages are fetched by the widget when chosen. `build.rs`
//! copies `locales/nl/{ui,flow}.ftl` without their comment lines (translator notes),
//! which the widget never needs; the equivalence test checks nothing else changes.

/// The Dutch UI texts (buttons, headings, errors, crisis strip).
pub const NL_UI: &str = include_str!(concat!(env!("OUT_DIR"), "/nl-ui.ftl"));
/// The Dutch texts for the default configuration (questions, options, advice).
pub const NL_FLOW: &str = include_str!(concat!(env!("OUT_DIR"), "/nl-flow.ftl"));

/// Every bundled Dutch source, in load order.
pub const NL: &[&str] = &[NL_UI, NL_FLOW];
