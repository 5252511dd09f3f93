//! Which messages a configuration needs, and which messages a Fluent file has.
//!
//! Used by the locale tests and the CLI's `check --locales` to report messages missing
//! in an offered language, naming the id and the language.

use super::ids;
use crate::model::{Config, QuestionKind};
use std::collections::BTreeSet;

/// A message (or one of its attributes) the configuration needs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Needed {
    /// The message id.
    pub id: String,
    /// The attribute, when an attribute is needed (`why`).
    pub attr: Option<&'static str>,
}

impl std::fmt::Display for Needed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.attr {
            Some(a) => write!(f, "{}.{a}", self.id),
            None => f.write_str(&self.id),
        }
    }
}

/// Every message the configuration's content needs in each language: questions (with
/// `.why` and the helper variant), options, outcomes (with `.why`), steps, bring items,
/// service lines and the duration formatter.
pub fn required_messages(config: &Config) -> BTreeSet<Needed> {
    let mut out = BTreeSet::new();
    let mut need = |id: String, attr: Option<&'static str>| {
        out.insert(Needed { id, attr });
    };
    for q in config.questionnaire.questions() {
        need(ids::question(&q.id), None);
        need(ids::question(&q.id), Some(ids::WHY));
        need(ids::helper(&ids::question(&q.id)), None);
        if !matches!(q.kind, QuestionKind::YesNo) {
            for o in q.kind.choices() {
                need(ids::option(&q.id, &o.id), None);
            }
        }
    }
    for o in config.outcomes.values() {
        need(ids::outcome(&o.id), None);
        need(ids::outcome(&o.id), Some(ids::WHY));
        for s in &o.steps {
            need(ids::step(&s.id), None);
        }
        for b in &o.bring {
            need(ids::bring(b), None);
        }
    }
    for s in config.directory.iter() {
        need(ids::service(&s.id), None);
    }
    need(ids::DURATION.to_owned(), None);
    out
}

/// A parsed Fluent file: its messages (with attributes) and its syntax errors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FtlIndex {
    /// Message id → attribute names.
    pub messages: std::collections::BTreeMap<String, BTreeSet<String>>,
    /// Syntax errors as text.
    pub errors: Vec<String>,
}

impl FtlIndex {
    /// Indexes a Fluent source. Errors read "line N: what is wrong".
    pub fn parse(source: &str) -> FtlIndex {
        let parsed = super::fluent::parse(source);
        let mut messages = std::collections::BTreeMap::new();
        for m in &parsed.messages {
            let attrs = m
                .attributes
                .iter()
                .map(|a| a.id.of(source).to_owned())
                .collect();
            messages.insert(m.id.of(source).to_owned(), attrs);
        }
        let errors = parsed.errors.iter().map(|e| e.to_string()).collect();
        FtlIndex { messages, errors }
    }

    /// Adds another file's messages (overlays, several files per language).
    pub fn merge(&mut self, other: FtlIndex) {
        for (id, attrs) in other.messages {
            self.messages.entry(id).or_default().extend(attrs);
        }
        self.errors.extend(other.errors);
    }

    /// Whether the message (and attribute, if asked) exists.
    pub fn has(&self, needed: &Needed) -> bool {
        match (self.messages.get(&needed.id), needed.attr) {
            (Some(_), None) => true,
            (Some(attrs), Some(a)) => attrs.contains(a),
            (None, _) => false,
        }
    }
}
