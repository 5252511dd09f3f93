//! Outcomes (the advice a journey ends in) and statutory terms.
//!
//! An outcome names services by id and steps, terms and items by id; the words live in
//! Fluent. The engine combines an outcome with the answers (postcode → team, danger →
//! crisis contacts) into an `engine::Advice`.

use super::{BringId, OptionId, OutcomeId, ServiceId, Source, StepId, TermId};

/// Which law the route falls under; Wmo and Jeugdwet routes always offer free
/// independent cliëntondersteuning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Law {
    /// Wet maatschappelijke ondersteuning 2015.
    Wmo,
    /// Jeugdwet.
    Jeugdwet,
    /// Participatiewet (bijstand).
    Participatiewet,
    /// Wet gemeentelijke schuldhulpverlening.
    Wgs,
    /// Wet langdurige zorg (outside the gemeente).
    Wlz,
    /// Zorgverzekeringswet (outside the gemeente).
    Zvw,
}

impl Law {
    /// Every law.
    pub const ALL: [Law; 6] = [
        Law::Wmo,
        Law::Jeugdwet,
        Law::Participatiewet,
        Law::Wgs,
        Law::Wlz,
        Law::Zvw,
    ];

    /// The config spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            Law::Wmo => "wmo",
            Law::Jeugdwet => "jeugdwet",
            Law::Participatiewet => "participatiewet",
            Law::Wgs => "wgs",
            Law::Wlz => "wlz",
            Law::Zvw => "zvw",
        }
    }

    /// Parses the config spelling.
    pub fn parse(s: &str) -> Option<Law> {
        Law::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Whether the route can lead to a procedure where cliëntondersteuning is a right.
    pub fn entitles_client_support(&self) -> bool {
        matches!(self, Law::Wmo | Law::Jeugdwet)
    }
}

/// How fast the resident should act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Urgency {
    /// The normal route.
    #[default]
    Normal,
    /// Act soon: shorter statutory terms apply (e.g. 3 working days for debt help).
    Urgent,
    /// Danger now: crisis numbers first, no forms.
    Crisis,
}

impl Urgency {
    /// The config spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            Urgency::Normal => "normal",
            Urgency::Urgent => "urgent",
            Urgency::Crisis => "crisis",
        }
    }
}

/// Unit of a statutory term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// Hours.
    Hours,
    /// Calendar days.
    Days,
    /// Working days (werkdagen).
    WorkingDays,
    /// Weeks.
    Weeks,
}

impl DurationUnit {
    /// The config spelling, also the Fluent selector value.
    pub fn as_str(&self) -> &'static str {
        match self {
            DurationUnit::Hours => "hours",
            DurationUnit::Days => "days",
            DurationUnit::WorkingDays => "working-days",
            DurationUnit::Weeks => "weeks",
        }
    }
}

/// A length of time, e.g. 6 weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Duration {
    /// How many units.
    pub amount: u16,
    /// Which unit.
    pub unit: DurationUnit,
}

/// A statutory (or commonly applied) term, with its basis and source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// E.g. `wmo-onderzoek`.
    pub id: TermId,
    /// E.g. 6 weeks.
    pub duration: Duration,
    /// E.g. "Wmo 2015 art. 2.3.2 lid 1".
    pub legal_basis: String,
    /// Where it comes from.
    pub source: Source,
}

/// One "what happens next" step; words in Fluent as `step-<id>`, with `$term`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    /// The step.
    pub id: StepId,
    /// The term that applies to this step, if any.
    pub term: Option<TermId>,
}

/// For the "one contact" route: the specialist desk for each picked life area,
/// listed as "they can bring these in".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BringIn {
    /// The multiple-choice question whose picks count.
    pub question: super::QuestionId,
    /// Specialist service per option.
    pub services: Vec<(OptionId, ServiceId)>,
}

/// One possible advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// E.g. `debt-help`; words in Fluent as `outcome-<id>` (+ `.why`).
    pub id: OutcomeId,
    /// Who to contact first.
    pub first_contact: ServiceId,
    /// Show the resident's own wijkteam (by postcode) as well.
    pub show_team: bool,
    /// Other formal places worth knowing.
    pub also: Vec<ServiceId>,
    /// Community options (voorliggend veld), shown next to the formal route.
    pub community: Vec<ServiceId>,
    /// Crisis contacts shown on this advice (besides the strip).
    pub crisis: Vec<ServiceId>,
    /// Which law applies, if any.
    pub law: Option<Law>,
    /// Offer cliëntondersteuning even where the law does not demand it.
    pub client_support: bool,
    /// How fast to act.
    pub urgency: Urgency,
    /// What happens next, in order.
    pub steps: Vec<NextStep>,
    /// What to bring.
    pub bring: Vec<BringId>,
    /// Specialist desks for the "one contact" route.
    pub bring_in: Option<BringIn>,
    /// Sensitive: show the quick-exit button.
    pub sensitive: bool,
}

impl Outcome {
    /// Whether the advice must offer independent cliëntondersteuning.
    pub fn offers_client_support(&self) -> bool {
        self.client_support || self.law.is_some_and(|l| l.entitles_client_support())
    }
}
