//! Conditions for routing: a closed enum, never an expression string.
//!
//! In JSON a condition is externally tagged: `{"answer-is": {"question": "topic",
//! "option": "money"}}`, `{"all": [...]}`, `{"rule": "helper-mode"}`. Policy that these
//! cannot express becomes a named [`Rule`] with its own tests in `engine::rules`.

use super::{OptionId, QuestionId};

/// A condition over the answers so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// The single-choice or yes-no answer to `question` is `option`.
    AnswerIs {
        /// The question.
        question: QuestionId,
        /// The option.
        option: OptionId,
    },
    /// The answer to the choice `question` includes `option`.
    AnswerIncludes {
        /// The question.
        question: QuestionId,
        /// The option.
        option: OptionId,
    },
    /// At least `count` options were picked in `question`.
    CountAtLeast {
        /// The question.
        question: QuestionId,
        /// The minimum.
        count: usize,
    },
    /// Every condition holds (true when empty).
    All(Vec<Condition>),
    /// At least one condition holds (false when empty).
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// A named policy rule implemented in Rust.
    Rule(Rule),
}

/// Policy that plain answer conditions cannot express.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// Someone fills this in for someone else (helper mode is on).
    HelperMode,
    /// A postcode was given and a team of this gemeente serves it.
    PostcodeServed,
    /// A postcode was given (not skipped) but no team of this gemeente serves it.
    PostcodeOutsideAreas,
    /// Any picked option is marked `danger`.
    DangerSignalled,
    /// A postcode was given that lies outside the gemeente: the config lists the
    /// gemeente's PC4 areas (`gemeente.postcodes`) and this one is not among them.
    /// Never holds when the config lists none.
    PostcodeOutsideGemeente,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 5] = [
        Rule::HelperMode,
        Rule::PostcodeServed,
        Rule::PostcodeOutsideAreas,
        Rule::DangerSignalled,
        Rule::PostcodeOutsideGemeente,
    ];

    /// The config spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            Rule::HelperMode => "helper-mode",
            Rule::PostcodeServed => "postcode-served",
            Rule::PostcodeOutsideAreas => "postcode-outside-areas",
            Rule::DangerSignalled => "danger-signalled",
            Rule::PostcodeOutsideGemeente => "postcode-outside-gemeente",
        }
    }

    /// Parses the config spelling.
    pub fn parse(s: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

impl Condition {
    /// The questions this condition reads, for reachability and "depends on" checks.
    pub fn questions(&self) -> Vec<&QuestionId> {
        match self {
            Condition::AnswerIs { question, .. }
            | Condition::AnswerIncludes { question, .. }
            | Condition::CountAtLeast { question, .. } => vec![question],
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().flat_map(Condition::questions).collect()
            }
            Condition::Not(c) => c.questions(),
            Condition::Rule(_) => Vec::new(),
        }
    }
}
