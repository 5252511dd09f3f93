//! Our own Fluent runtime: parsing `.ftl` sources and formatting their messages.
//!
//! Replaces fluent-bundle, fluent-syntax, unic-langid and intl_pluralrules in the
//! widget (about 35 KB brotli of wasm). It implements Fluent 1.0 as the project uses
//! it — messages, attributes, terms, message and term references, variables, string
//! and number literals, select expressions on strings and on whole numbers (CLDR
//! cardinal categories for the shipped languages, [`plural`]), nested selects,
//! multi-line patterns and comments — and parses functions (`NUMBER(…)`) only to
//! report them when formatted, as fluent-bundle does without registered functions.
//!
//! Output is the same as fluent-bundle 0.16's, character for character; the native
//! test `tests/fluent_equivalence.rs` formats every shipped message with both.

mod args;
pub mod ast;
mod bundle;
mod parser;
pub mod plural;

pub use args::{Args, Value};
pub use bundle::{Bundle, FormatError, Message};
pub use parser::{parse, ParseError, ParseErrorKind, Parsed};
