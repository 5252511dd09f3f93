//! Wegwijzer: a signpost widget for the Dutch sociaal domein.
//!
//! A resident answers a few plain-language questions and is pointed to the right place
//! for help. Everything runs on the resident's device.
//!
//! # Architecture map
//!
//! ```text
//!   config.json + locales/*.ftl
//!         │
//!   config (raw → validate) ──▶ model (Config: questionnaire, outcomes, directory, areas)
//!                                  │
//!   engine (Journey, answers, advice) ◀─┘        i18n (own Fluent runtime, languages)
//!         ▲                                            ▲
//!   ui (yew components)  ·  embed (custom element)  ·  bin/wegwijzer (CLI)
//! ```
//!
//! # The dependency rule
//!
//! `model`, `config`, `engine` and `i18n` never touch yew, web-sys or gloo. The compiler
//! checks this: those modules build and test with `--no-default-features`, where the
//! browser crates are not even available. Only `embed` touches the document; only
//! `embed::storage` may touch storage, and only when a gemeente opts in.

pub mod config;
pub mod engine;
pub mod i18n;
pub mod model;

#[cfg(feature = "web")]
pub mod ui;

#[cfg(feature = "web")]
pub mod embed;
