//! Words for residents: Fluent bundles, message ids and language choice.
//!
//! Owns the mapping from model ids to Fluent message ids ([`ids`], the only place that
//! spells them), the bundled Dutch texts ([`bundled`]), our own small Fluent runtime
//! ([`fluent`]: parser, plural rules, formatting), formatting with a Dutch fallback
//! ([`Localizer`]), the helper-mode rule (`<id>-helper` shown instead of `<id>` where a
//! language has it, [`Localizer::helper_id`]), explaining hard words at first use
//! ([`glossary`]) and choosing a language ([`negotiate`]).
//! A missing message is not
//! fatal: it renders a visible marker and is recorded for the webmaster. This module
//! never touches the browser; the UI decides where texts come from.

pub mod bundled;
pub mod catalog;
pub mod fluent;
pub mod glossary;
pub mod ids;
mod languages;
mod localizer;
mod negotiate;
pub mod plain;

pub use languages::{language, Direction, Language, LANGUAGES};
pub use localizer::{I18nError, Localizer};
pub use negotiate::negotiate;

/// Message arguments: named strings and whole numbers.
pub use fluent::{Args, Value};
