//! The Dutch texts compiled into the binary.
//!
//! Dutch is the fallback for every other language, so what the first screens need must
//! always be there without a network request; other languages are fetched by the widget
//! when chosen. `build.rs` copies `locales/nl/{ui,flow}.ftl` without their comment lines
//! (translator notes), without the helper-mode variants, and of `flow.ftl` only the
//! questions, options, terms and crisis advice; the rest arrives with the full Dutch
//! files, fetched once the first question shows (ADR 0011). The equivalence test checks
//! that nothing else changes.

/// The Dutch UI texts (buttons, headings, errors, crisis strip).
pub const NL_UI: &str = include_str!(concat!(env!("OUT_DIR"), "/nl-ui.ftl"));
/// The Dutch texts for the default configuration that the first screens need: the
/// questions, options and terms, and crisis advice with the services on it.
pub const NL_FLOW: &str = include_str!(concat!(env!("OUT_DIR"), "/nl-flow.ftl"));

/// Every bundled Dutch source, in load order.
pub const NL: &[&str] = &[NL_UI, NL_FLOW];

/// The complete Dutch files, with every advice text and the helper-mode variants:
/// for the CLI, the tests and server-side rendering. The widget fetches these files
/// once the first question is on screen (ADR 0011); it never references this constant,
/// so the module does not carry it.
pub const NL_COMPLETE: &[&str] = &[
    include_str!("../../locales/nl/ui.ftl"),
    include_str!("../../locales/nl/flow.ftl"),
];
