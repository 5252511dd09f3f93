//! The configuration file as written: types that mirror the JSON loosely.
//!
//! Everything a webmaster can get wrong is still representable here (ids as strings,
//! postcodes as strings, fields that do not fit the question kind), so that
//! `validate` can report every problem at once with its path. `config::read` fills
//! them from the parsed JSON by hand (no `derive(Deserialize)`: that was a fifth of
//! the widget's code) and rejects unknown keys. The serde attributes below describe the
//! same shape for `Serialize` and for the JSON Schema (`deny_unknown_fields`, defaults,
//! kebab-case); a round-trip test in `read` keeps the two spellings in step.
//!
//! Keys are kebab-case, except `verified_on`, which keeps the spelling of the Open
//! Referral / domain-brief field it mirrors.

use crate::model::IdMap;
use serde::Serialize;

#[cfg(feature = "cli")]
use schemars::JsonSchema;

/// The whole configuration file.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConfig {
    /// Editor hint: the path or URL of the JSON Schema. Ignored by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version; currently 1.
    pub version: u32,
    /// The gemeente itself.
    pub gemeente: RawGemeente,
    /// The questions and their routing.
    pub questionnaire: RawQuestionnaire,
    /// Every advice a journey can end in.
    pub outcomes: Vec<RawOutcome>,
    /// Statutory terms used in "what happens next".
    #[serde(default)]
    pub terms: Vec<RawTerm>,
    /// Desks, teams and helplines.
    pub directory: Vec<RawService>,
    /// Which team serves which postcodes.
    #[serde(default)]
    pub areas: Vec<RawArea>,
}

/// Gemeente metadata.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawGemeente {
    /// Display name, e.g. "Voorbeeldgemeente".
    pub name: String,
    /// CBS gemeente code, e.g. "GM0363".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Service id of the gemeente-wide contact (role `gemeente`, usually 14 + netnummer).
    pub general_contact: String,
    /// Service ids shown in the crisis strip on every screen, in order.
    pub crisis: Vec<String>,
    /// Default language (BCP 47), e.g. "nl".
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Languages offered; the default language is always offered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// "je" (default) or "u".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<RawForm>,
    /// A neutral https page for the quick-exit button, e.g. a weather site.
    pub quick_exit_url: String,
    /// The gemeente's own PC4 areas, "9990" or "9990-9994". Optional; when given,
    /// `wegwijzer check` warns about any of them that no team serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub postcodes: Vec<String>,
    /// Opt in to keeping answers on the device (off by default).
    #[serde(default)]
    pub storage: bool,
    /// Where "Snel weg" is offered: "every-screen" (default) or "sensitive-screens".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quick_exit: Option<RawQuickExit>,
    /// Opt in to a share link on crisis advice (off by default: such a link tells
    /// whoever sees it that the resident is in danger).
    #[serde(default)]
    pub share_crisis_advice: bool,
    /// Fluent overlay files per language, relative to this file.
    #[serde(default, skip_serializing_if = "IdMap::is_empty")]
    pub overlays: IdMap<String, Vec<String>>,
    /// Question and outcome ids the host-page events may name (none by default).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_events: Vec<String>,
}

pub(crate) fn default_language() -> String {
    "nl".to_owned()
}

/// je- or u-form.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawForm {
    /// Informal (default).
    Je,
    /// Formal.
    U,
}

/// Where the quick-exit button is offered.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawQuickExit {
    /// On every screen, the first question too (default).
    EveryScreen,
    /// Only on sensitive questions and advice, and after a danger answer.
    SensitiveScreens,
}

/// The questionnaire.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawQuestionnaire {
    /// Id of the first question.
    pub start: String,
    /// The questions, in any order.
    pub questions: Vec<RawQuestion>,
}

/// The kind of a question.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawKind {
    /// Pick one option.
    SingleChoice,
    /// Pick one or more options.
    MultipleChoice,
    /// Yes or no (options `yes` and `no`).
    YesNo,
    /// A postcode, optionally with house number.
    Postcode,
    /// The resident's own words; never used for routing.
    FreeText,
}

/// One question. Fields that do not fit the kind are reported by the validator.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawQuestion {
    /// Content-describing id, e.g. "topic". Lowercase letters, digits and hyphens.
    pub id: String,
    /// What kind of answer it takes.
    pub kind: RawKind,
    /// Options (single-choice and multiple-choice only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<RawOption>,
    /// Postcode questions: also ask for the house number ("no" or "optional").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_number: Option<RawHouseNumber>,
    /// Free-text questions: maximum length (default 500).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    /// Conditional next steps; the first whose condition holds wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<RawBranch>,
    /// Next step per chosen option id.
    #[serde(default, skip_serializing_if = "IdMap::is_empty")]
    pub next_by_answer: IdMap<String, String>,
    /// Default next step: a question id or an outcome id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The resident may skip it.
    #[serde(default)]
    pub optional: bool,
    /// Show the quick-exit button on this question.
    #[serde(default)]
    pub sensitive: bool,
    /// Multiple-choice questions: per option id, the questions that screen that topic
    /// for danger or an acute threat. They are asked whenever the option is among
    /// several picked; `wegwijzer check` refuses a configuration in which a danger
    /// question of a topic can be bypassed.
    #[serde(default, skip_serializing_if = "IdMap::is_empty")]
    pub screening: IdMap<String, Vec<String>>,
}

/// Whether a postcode question asks for the house number.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawHouseNumber {
    /// Only the postcode.
    No,
    /// A house number field that may stay empty.
    Optional,
}

/// One option of a choice question.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawOption {
    /// Unique within the question, e.g. "money".
    pub id: String,
    /// Decorative pictogram: money, work, home, health, child, care, alone, safety,
    /// people, letter, question, wheelchair.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Choosing this signals danger: crisis contacts are shown.
    #[serde(default)]
    pub danger: bool,
    /// Multiple-choice only: choosing this clears the other options.
    #[serde(default)]
    pub exclusive: bool,
}

/// A conditional next step.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawBranch {
    /// The condition.
    pub when: RawCondition,
    /// A question id or an outcome id.
    pub to: String,
}

/// A routing condition, externally tagged: `{"answer-is": {...}}`.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawCondition {
    /// The single-choice or yes-no answer is this option.
    AnswerIs(RawAnswerRef),
    /// The choice answer includes this option.
    AnswerIncludes(RawAnswerRef),
    /// At least `count` options were picked.
    CountAtLeast(RawCount),
    /// All hold.
    All(Vec<RawCondition>),
    /// At least one holds.
    Any(Vec<RawCondition>),
    /// Does not hold.
    Not(Box<RawCondition>),
    /// A named rule: helper-mode, postcode-served, postcode-outside-areas, danger-signalled.
    Rule(String),
}

/// A question and one of its options.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawAnswerRef {
    /// Question id.
    pub question: String,
    /// Option id (`yes`/`no` for yes-no questions).
    pub option: String,
}

/// A question and a minimum count.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCount {
    /// Question id (multiple-choice).
    pub question: String,
    /// Minimum number of picked options.
    pub count: usize,
}

/// One advice.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawOutcome {
    /// Content-describing id, e.g. "debt-help".
    pub id: String,
    /// Service id of the first contact.
    pub first_contact: String,
    /// Also show the resident's wijkteam found by postcode.
    #[serde(default)]
    pub show_team: bool,
    /// Other formal services worth knowing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// Community options shown next to the formal route.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub community: Vec<String>,
    /// Crisis contacts shown on this advice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crisis: Vec<String>,
    /// wmo, jeugdwet, participatiewet, wgs, wlz or zvw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// Offer cliëntondersteuning even without a Wmo or Jeugd procedure.
    #[serde(default)]
    pub client_support: bool,
    /// normal (default), urgent or crisis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<RawUrgency>,
    /// What happens next, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<RawStep>,
    /// What to bring: item ids with words in Fluent (`bring-<id>`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bring: Vec<String>,
    /// The "one contact" route: specialist desk per picked option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bring_in: Option<RawBringIn>,
    /// Show the quick-exit button on this advice.
    #[serde(default)]
    pub sensitive: bool,
}

/// How fast to act.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawUrgency {
    /// The normal route.
    Normal,
    /// Shorter terms apply.
    Urgent,
    /// Danger now.
    Crisis,
}

/// One "what happens next" step.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawStep {
    /// Step id; words in Fluent as `step-<id>`.
    pub id: String,
    /// Term id that applies, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
}

/// Specialist desks per option of a multiple-choice question.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawBringIn {
    /// The multiple-choice question.
    pub question: String,
    /// Option id → service id.
    pub services: IdMap<String, String>,
}

/// A statutory term.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawTerm {
    /// E.g. "wmo-onderzoek".
    pub id: String,
    /// How many units.
    pub amount: u16,
    /// hours, days, working-days or weeks.
    pub unit: RawUnit,
    /// E.g. "Wmo 2015 art. 2.3.2 lid 1".
    pub legal_basis: String,
    /// Where the term comes from.
    pub source: RawSource,
}

/// Unit of a term.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawUnit {
    /// Hours.
    Hours,
    /// Calendar days.
    Days,
    /// Working days.
    WorkingDays,
    /// Weeks.
    Weeks,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// A page that states the fact (https).
    pub url: String,
    /// When it was last checked, YYYY-MM-DD.
    pub verified_on: String,
    /// verified (default), secondary or unverified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<RawEvidence>,
    /// Free note for webmasters, never shown to residents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Strength of evidence.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawEvidence {
    /// Checked against a source that states it directly.
    Verified,
    /// One secondary source.
    Secondary,
    /// Not verified.
    Unverified,
}

/// One service (HSDS-like).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawService {
    /// Content-describing id, e.g. "wijkteam-noord".
    pub id: String,
    /// Role, e.g. "wmo-loket".
    pub role: String,
    /// Proper name as residents know it.
    pub name: String,
    /// Phone numbers; the first is the main one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<RawPhone>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Website (https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Chat page (https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_url: Option<String>,
    /// Visiting address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<RawAddress>,
    /// Walk-in, phone and appointment hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<RawSchedule>,
    /// Languages spoken besides Dutch (BCP 47).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Uniforme Productnamenlijst URI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upl: Option<String>,
    /// Outside the gemeente: a national line or body.
    #[serde(default)]
    pub national: bool,
}

/// A phone number with its facts.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPhone {
    /// As residents should see it: "0800-0113", "14 0999".
    pub number: String,
    /// Free of charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    /// "always-open" or `{"times": [...]}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<RawHours>,
    /// Callers may stay anonymous.
    #[serde(default)]
    pub anonymous: bool,
    /// Where the number comes from and when it was checked.
    pub source: RawSource,
}

/// When a line is open.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawHours {
    /// Day and night, every day.
    AlwaysOpen,
    /// On these days and times.
    Times(Vec<RawTimes>),
}

/// Days and a time window.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawTimes {
    /// mo, tu, we, th, fr, sa, su.
    pub days: Vec<String>,
    /// "09:00".
    pub opens: String,
    /// "17:00".
    pub closes: String,
}

/// A recurring opening.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSchedule {
    /// walk-in, phone or appointment.
    pub kind: RawScheduleKind,
    /// When.
    pub times: Vec<RawTimes>,
}

/// What a schedule is for.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawScheduleKind {
    /// Walk in without appointment.
    WalkIn,
    /// By phone.
    Phone,
    /// By appointment.
    Appointment,
}

/// A postal address.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawAddress {
    /// Street and number.
    pub street: String,
    /// Postcode, "1234 AB".
    pub postcode: String,
    /// Place.
    pub city: String,
}

/// The postcodes one team serves.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawArea {
    /// Service id of the team.
    pub team: String,
    /// PC4 areas or ranges: "9990" or "9990-9993".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pc4: Vec<String>,
    /// Exact PC6 postcodes: "9991 AB".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pc6: Vec<String>,
    /// House-number ranges within one PC6.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<RawAddressRange>,
}

/// House numbers in one PC6.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawAddressRange {
    /// The PC6.
    pub postcode: String,
    /// First house number (inclusive).
    pub from: u32,
    /// Last house number (inclusive).
    pub to: u32,
    /// "odd" or "even"; all numbers when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parity: Option<RawParity>,
}

/// Odd or even numbers.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RawParity {
    /// Odd house numbers.
    Odd,
    /// Even house numbers.
    Even,
}
