//! Configuration errors: a concrete enum; rendering for people happens at the edges.
// STUB: to be completed by the config work.

/// A line and column in the source file, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Line, 1-based.
    pub line: usize,
    /// Column, 1-based.
    pub column: usize,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file is not valid JSON.
    Syntax(String),
}

/// One problem in a configuration, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    /// Dotted path, e.g. `questionnaire.questions.topic.next-by-answer.money`.
    pub path: String,
    /// What is wrong.
    pub kind: ErrorKind,
    /// Where in the source, when known.
    pub location: Option<Location>,
}

pub(crate) fn locate_all(_json: &str, _errs: &mut [ConfigError]) {}
