//! The validated model of a gemeente's configuration.
//!
//! Everything here is built by `config::validate` from the raw file. Once a [`Config`]
//! exists, every id it holds points at something that exists: the model cannot hold a
//! dangling reference. This module owns the types and their lookups; it does not parse
//! files, render text or touch the browser.

mod areas;
mod checks;
mod condition;
mod date;
mod directory;
mod id_map;
pub(crate) mod ids;
mod outcome;
mod postcode;
mod questionnaire;
mod quote;
mod sort;

pub use areas::{AddressRange, AreaMatch, Areas, Parity, Pc4Range};
pub use checks::{check_https, is_email, is_language_tag, UrlProblem, MAX_ID, MAX_TEXT};
pub use condition::{Condition, Rule};
pub use date::{Date, DateError};
pub use directory::{
    Address, Directory, Evidence, Hours, OpeningTime, Phone, PhoneError, PhoneNumber, Role,
    Schedule, ScheduleKind, Service, Source, Weekday,
};
pub use id_map::IdMap;
pub use ids::{is_valid_id, BringId, OptionId, OutcomeId, QuestionId, ServiceId, StepId, TermId};
pub use outcome::{BringIn, Duration, DurationUnit, Law, NextStep, Outcome, Term, Urgency};
pub use postcode::{HouseNumber, Postcode, PostcodeError};
pub use questionnaire::{
    Answer, Branch, Choice, HouseNumberMode, Icon, Question, QuestionKind, Questionnaire, Routing,
    Target,
};
pub use quote::{escaped, quoted};
pub use sort::{sort_stable_by, stable_order};

/// Whether resident text addresses people as "je" (default) or "u".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    /// Informal, the default for most gemeenten and for B1 writing.
    #[default]
    Je,
    /// Formal; a complete alternative message set.
    U,
}

/// Where the quick-exit button is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuickExit {
    /// On every screen, the first question too: the resident who picks "Veilig zijn
    /// thuis" may already be watched on that screen.
    #[default]
    EveryScreen,
    /// Only on sensitive questions and advice, and after an answer that signals danger.
    SensitiveScreens,
}

/// The gemeente itself: its name, its general contact and its choices.
#[derive(Debug, Clone, PartialEq)]
pub struct Gemeente {
    /// Display name, e.g. "Voorbeeldgemeente".
    pub name: String,
    /// CBS code, e.g. "GM0363", when known.
    pub code: Option<String>,
    /// The gemeente-wide contact (usually the 14 + netnummer): never a dead end.
    pub general_contact: ServiceId,
    /// Shown in the crisis strip on every screen, in this order.
    pub crisis: Vec<ServiceId>,
    /// BCP 47 tag of the default language, e.g. "nl".
    pub default_language: String,
    /// Languages offered to residents, default language first.
    pub languages: Vec<String>,
    /// je- or u-form.
    pub form: Form,
    /// Where "Snel weg" sends the resident (a neutral page), with `location.replace`.
    pub quick_exit_url: String,
    /// The gemeente's own PC4 areas as inclusive ranges (may be empty: not given).
    pub postcodes: Vec<(u16, u16)>,
    /// Whether the gemeente opted in to keeping answers on the device.
    pub storage: bool,
    /// Where "Snel weg" is offered.
    pub quick_exit: QuickExit,
    /// Whether crisis advice may offer a share link (off by default).
    pub share_crisis_advice: bool,
    /// Fluent overlay files per language, relative to the config file.
    pub overlays: IdMap<String, Vec<String>>,
    /// Question and outcome ids the host-page events may name (`public-events`); the
    /// checker admits no sensitive question and no urgent or crisis advice here.
    pub public_events: Vec<String>,
}

impl Gemeente {
    /// Whether events may name this question or outcome id (issue 23: every script on
    /// the host page sees them, analytics and session replay included).
    pub fn is_public(&self, id: &str) -> bool {
        self.public_events.iter().any(|p| p == id)
    }
}

/// A complete, validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The gemeente's own data.
    pub gemeente: Gemeente,
    /// The questions and how they lead to each other.
    pub questionnaire: Questionnaire,
    /// Every possible advice, by id.
    pub outcomes: IdMap<OutcomeId, Outcome>,
    /// Desks, teams and helplines.
    pub directory: Directory,
    /// Which team serves which address.
    pub areas: Areas,
    /// Statutory terms ("within 6 weeks"), each with its legal basis and source.
    pub terms: IdMap<TermId, Term>,
}

impl Config {
    /// The outcome with this id. Ids in a validated model always resolve.
    pub fn outcome(&self, id: &OutcomeId) -> &Outcome {
        self.outcomes
            .get(id)
            .expect("validated model: every outcome id resolves")
    }

    /// The term with this id. Ids in a validated model always resolve.
    pub fn term(&self, id: &TermId) -> &Term {
        self.terms
            .get(id)
            .expect("validated model: every term id resolves")
    }
}
