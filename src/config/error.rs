//! Configuration errors: a concrete enum, one variant per kind of mistake.
//!
//! Each error carries a dotted path that uses ids where they exist
//! (`questionnaire.questions.topic.next-by-answer.money`), the offending value and a
//! hint. Rendering is lowercase, in the style of toml-rs and globset: the CLI and the
//! widget fallback print it; this module only formats. It also maps paths back to a
//! line and column in the source file ([`locate_all`]), best effort, by resolving
//! them in the parsed JSON, whose values carry their offsets.

use super::json::{self, Kind, LineIndex, Value};
use crate::model::{DateError, PhoneError, PostcodeError, Role};
use std::fmt;

/// A line and column in the source file, 1-based (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Line, 1-based.
    pub line: usize,
    /// Column, 1-based.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// What kind of thing an id was supposed to name.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RefKind {
    /// A question id.
    Question,
    /// An outcome id.
    Outcome,
    /// A question id or an outcome id (a routing target).
    Target,
    /// A service id in the directory.
    Service,
    /// A term id.
    Term,
    /// An option id of the named question.
    Option {
        /// The question whose options were searched.
        question: String,
    },
}

impl RefKind {
    fn noun(&self) -> &'static str {
        match self {
            RefKind::Question => "question",
            RefKind::Outcome => "outcome",
            RefKind::Target => "question or outcome",
            RefKind::Service => "service",
            RefKind::Term => "term",
            RefKind::Option { .. } => "option",
        }
    }

    fn plural(&self) -> &'static str {
        match self {
            RefKind::Question => "questions",
            RefKind::Outcome => "outcomes",
            RefKind::Target => "questions and outcomes",
            RefKind::Service => "services",
            RefKind::Term => "terms",
            RefKind::Option { .. } => "options",
        }
    }
}

pub use crate::model::UrlProblem;

/// What is wrong. One variant per kind of mistake a webmaster can make.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file is not valid JSON (the location says where).
    Syntax {
        /// What is wrong, e.g. "trailing comma is not allowed in JSON".
        message: String,
        /// How to fix it, when the reader can tell.
        hint: Option<String>,
    },
    /// A value has the wrong JSON type (or another shape problem serde found).
    WrongType {
        /// serde's description, e.g. "invalid type: string \"x\", expected u32".
        message: String,
    },
    /// A required key is absent.
    MissingField {
        /// The key that is missing.
        field: String,
    },
    /// A key that this place does not know.
    UnknownKey {
        /// The key as written.
        key: String,
        /// The keys allowed here.
        expected: Vec<String>,
    },
    /// A `version` this widget cannot read.
    UnsupportedVersion {
        /// The version found, as written.
        found: String,
    },
    /// An id that is not lowercase kebab-case.
    InvalidId {
        /// The id as written.
        id: String,
    },
    /// An id used twice where it must be unique.
    DuplicateId {
        /// The id.
        id: String,
        /// Path of the first element with this id.
        first: String,
    },
    /// An id that names nothing that exists.
    UnknownReference {
        /// What the id should have named.
        what: RefKind,
        /// The id as written.
        id: String,
        /// The ids that do exist, for "did you mean".
        known: Vec<String>,
    },
    /// A field or condition that does not fit the kind of question it is about.
    NotForKind {
        /// The field or condition, e.g. `options`, `answer-is`.
        field: String,
        /// The question kind, e.g. `postcode`.
        kind: String,
    },
    /// A condition reads a free-text question; free text is never used for routing.
    FreeTextInRouting {
        /// The free-text question.
        question: String,
    },
    /// A choice question with fewer than two options.
    TooFewOptions {
        /// How many options there are.
        found: usize,
    },
    /// An `exclusive` option in a single-choice question (only multiple-choice has them).
    ExclusiveOnSingleChoice {
        /// The option id.
        option: String,
    },
    /// A value outside a closed set (icon, rule, law, role, weekday, question kind ...).
    UnknownValue {
        /// What the value is, e.g. `icon`, `role`.
        what: String,
        /// The value as written.
        value: String,
        /// Every allowed value.
        allowed: Vec<String>,
    },
    /// A language tag that is not BCP 47-shaped.
    InvalidLanguage {
        /// The tag as written.
        value: String,
    },
    /// A question that no route from the start question reaches.
    Unreachable {
        /// The question id.
        id: String,
        /// The start question.
        start: String,
    },
    /// Routing that can go round in circles.
    Cycle {
        /// The question ids on the loop, first and last equal.
        path: Vec<String>,
    },
    /// A question listed as screening itself.
    ScreensItself {
        /// The question id.
        id: String,
    },
    /// With some picks, a topic's danger question is never asked, or its danger
    /// answer does not end in crisis advice.
    DangerBypassed {
        /// The options picked, in option order.
        picked: Vec<String>,
        /// The picked topic whose danger question it is.
        topic: String,
        /// The danger question of that topic.
        question: String,
        /// The answer that should lead to crisis advice.
        answer: String,
        /// Where the route ended instead.
        ended: String,
    },
    /// `gemeente.public-events` names something events must never name.
    SensitiveEvent {
        /// The id.
        id: String,
        /// What it is: "a sensitive question", "urgent advice", "crisis advice".
        what: &'static str,
    },
    /// A question after which the journey can get stuck.
    NoWayForward {
        /// Options with no next step; empty when the question needs a `next` outright.
        uncovered: Vec<String>,
    },
    /// Two postcode entries claim the same addresses.
    Overlap {
        /// This entry, as written.
        value: String,
        /// The entry it overlaps, as written.
        other: String,
        /// Path of the entry it overlaps.
        other_path: String,
    },
    /// A range whose end comes before its start.
    InvertedRange {
        /// The range, as written.
        value: String,
    },
    /// A service used where another role is required.
    WrongRole {
        /// The service id.
        service: String,
        /// Its role.
        found: Role,
        /// The role required here.
        expected: Role,
    },
    /// Not a Dutch phone number.
    InvalidPhone {
        /// The number as written.
        value: String,
        /// Why.
        reason: PhoneError,
    },
    /// Not a Dutch postcode.
    InvalidPostcode {
        /// The postcode as written.
        value: String,
        /// Why.
        reason: PostcodeError,
    },
    /// Not a PC4 area ("9990") or range ("9990-9993").
    InvalidPc4 {
        /// The value as written.
        value: String,
    },
    /// Not an acceptable https URL.
    InvalidUrl {
        /// The URL as written.
        value: String,
        /// Why.
        reason: UrlProblem,
    },
    /// Not an e-mail address.
    InvalidEmail {
        /// The address as written.
        value: String,
    },
    /// Not a date like 2026-11-23.
    InvalidDate {
        /// The date as written.
        value: String,
        /// Why.
        reason: DateError,
    },
    /// Not a 24-hour time like 09:00.
    InvalidTime {
        /// The time as written.
        value: String,
    },
    /// Closing time not after opening time.
    ClosesBeforeOpens {
        /// Opening time as written.
        opens: String,
        /// Closing time as written.
        closes: String,
    },
    /// A list lacks a service with a role it must have (crisis: 112, 113, Veilig Thuis).
    MissingRole {
        /// The role that is missing.
        role: Role,
    },
    /// The general contact has no phone number.
    MissingPhone {
        /// The service id.
        service: String,
    },
    /// The default language is not among the offered languages.
    DefaultLanguageNotOffered {
        /// The default language.
        language: String,
    },
    /// The crisis list is empty.
    EmptyCrisis,
    /// A text that must not be empty is empty.
    Empty,
    /// A text holds `</` or `<!--`: pasted into a page's `<script>`, the configuration
    /// would end there and the rest run as HTML.
    Markup {
        /// The text as written.
        value: String,
    },
    /// A text longer than [`MAX_TEXT`](crate::model::MAX_TEXT) bytes.
    TooLong {
        /// Its length in bytes.
        found: usize,
    },
    /// An overlay path that is not a relative path on the configuration's own site.
    OverlayNotRelative {
        /// The path as written.
        value: String,
    },
}

/// Ids listed in a hint before it says "and n more".
const HINT_LIST_MAX: usize = 8;

impl ErrorKind {
    /// Builds an [`ErrorKind::UnknownReference`], sorting the known ids.
    pub fn unknown_reference<'a>(
        what: RefKind,
        id: &str,
        known: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let mut known: Vec<String> = known.into_iter().map(str::to_owned).collect();
        crate::model::sort_stable_by(&mut known, String::cmp);
        known.dedup();
        ErrorKind::UnknownReference {
            what,
            id: id.to_owned(),
            known,
        }
    }

    /// The offending value, as written in the file, when there is one.
    pub fn value(&self) -> Option<&str> {
        use ErrorKind::*;
        match self {
            UnknownKey { key, .. } => Some(key),
            UnsupportedVersion { found } => Some(found),
            InvalidId { id } | DuplicateId { id, .. } | UnknownReference { id, .. } => Some(id),
            Unreachable { id, .. } | ScreensItself { id } | SensitiveEvent { id, .. } => Some(id),
            DangerBypassed { question, .. } => Some(question),
            FreeTextInRouting { question } => Some(question),
            ExclusiveOnSingleChoice { option } => Some(option),
            NotForKind { field, .. } => Some(field),
            MissingField { field } => Some(field),
            UnknownValue { value, .. }
            | InvalidLanguage { value }
            | Overlap { value, .. }
            | InvertedRange { value }
            | InvalidPhone { value, .. }
            | InvalidPostcode { value, .. }
            | InvalidPc4 { value }
            | InvalidUrl { value, .. }
            | InvalidEmail { value }
            | InvalidDate { value, .. }
            | InvalidTime { value }
            | Markup { value }
            | OverlayNotRelative { value } => Some(value),
            ClosesBeforeOpens { closes, .. } => Some(closes),
            WrongRole { service, .. } | MissingPhone { service } => Some(service),
            DefaultLanguageNotOffered { language } => Some(language),
            Syntax { .. }
            | WrongType { .. }
            | TooFewOptions { .. }
            | Cycle { .. }
            | NoWayForward { .. }
            | MissingRole { .. }
            | EmptyCrisis
            | Empty
            | TooLong { .. } => None,
        }
    }

    /// A suggestion for the fix, when there is one.
    pub fn hint(&self) -> Option<String> {
        use ErrorKind::*;
        match self {
            Syntax { hint, .. } => hint.clone(),
            WrongType { .. } | MissingField { .. } => None,
            Overlap { .. } => Some(
                "an address belongs to one team only; remove or narrow one of the two".into(),
            ),
            UnknownKey { key, expected } => Some(match did_you_mean(key, expected) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("expected one of {}", backticked(expected, usize::MAX)),
            }),
            UnsupportedVersion { .. } => Some("this widget reads version 1".into()),
            InvalidId { .. } => Some(
                "use lowercase letters, digits and single hyphens, starting with a letter, at most 64 long, like `debt-help`"
                    .into(),
            ),
            DuplicateId { first, .. } => Some(format!("first used at {first}")),
            UnknownReference { what, id, known } => {
                if let Some(s) = did_you_mean(id, known) {
                    Some(format!("did you mean `{s}`?"))
                } else if known.is_empty() {
                    Some(format!("there are no {}", what.plural()))
                } else {
                    Some(format!(
                        "known {}: {}",
                        what.plural(),
                        backticked(known, HINT_LIST_MAX)
                    ))
                }
            }
            NotForKind { field, kind } => Some(not_for_kind_hint(field, kind)),
            FreeTextInRouting { .. } => Some(
                "free text is never used for routing; ask a choice question to route on".into(),
            ),
            TooFewOptions { .. } => {
                Some("add options, or use a yes-no question for a yes/no choice".into())
            }
            ExclusiveOnSingleChoice { .. } => Some(
                "`exclusive` only makes sense in a multiple-choice question; remove it".into(),
            ),
            UnknownValue { value, allowed, .. } => Some(match did_you_mean(value, allowed) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("expected one of {}", backticked(allowed, usize::MAX)),
            }),
            InvalidLanguage { .. } => {
                Some("use a lowercase BCP 47 tag like `nl`, `en`, `ar` or `pt-br`".into())
            }
            Unreachable { start, .. } => Some(format!(
                "no `next`, `next-by-answer` or branch leads here from the start question `{start}`; link it or remove it"
            )),
            Cycle { .. } => Some("every journey must end in an outcome; break the loop".into()),
            ScreensItself { .. } => Some(
                "list the questions asked after this one, such as a danger question for the topic".into(),
            ),
            DangerBypassed { topic, answer, .. } if topic == answer => Some(format!(
                "a branch for option `{topic}` must lead to crisis advice, whatever else is picked"
            )),
            DangerBypassed {
                topic, question, ..
            } => Some(format!(
                "add `{question}` to `screening.{topic}`, so it is asked whenever `{topic}` is picked, and let this answer lead to crisis advice"
            )),
            SensitiveEvent { .. } => Some(
                "remove it: events go to every script on the page (analytics, session replay); the step number is always in the event".into(),
            ),
            NoWayForward { uncovered } if uncovered.is_empty() => {
                Some("add `next`, the default next step".into())
            }
            NoWayForward { .. } => Some(
                "add `next` as a default, or a `next-by-answer` entry for every option".into(),
            ),
            InvertedRange { .. } => Some("write the lower number first".into()),
            WrongRole { expected, .. } => Some(match expected {
                Role::Gemeente => {
                    "the general contact is the gemeente's own desk (role `gemeente`, usually 14 + netnummer)".into()
                }
                Role::SociaalWijkteam => "areas map postcodes to sociaal wijkteams".into(),
                other => format!("use a service with role `{other}`"),
            }),
            InvalidPhone { reason, .. } => Some(reason.to_string()),
            InvalidPostcode { reason, .. } => Some(reason.to_string()),
            InvalidPc4 { .. } => {
                Some("use four digits like `9990`, or a range like `9990-9993`".into())
            }
            InvalidUrl { reason, .. } => Some(match reason {
                UrlProblem::NotHttps => "use a full https:// address".into(),
                UrlProblem::Whitespace => "a url cannot contain spaces; write them as %20".into(),
                UrlProblem::NoHost => "add the site after https://".into(),
            }),
            InvalidEmail { .. } => Some("write it like `loket@voorbeeldgemeente.nl`".into()),
            Markup { .. } => Some(
                "pasted into a page's <script>, the configuration would end here; write `< /` or leave out the markup (texts are shown as plain text)"
                    .into(),
            ),
            TooLong { .. } => Some(format!(
                "a text can be at most {} bytes; shorten it",
                crate::model::MAX_TEXT
            )),
            OverlayNotRelative { .. } => Some(
                "give a path relative to the configuration file, like `overlays/nl.ftl`: the widget fetches nothing from other sites"
                    .into(),
            ),
            InvalidDate { reason, .. } => Some(reason.to_string()),
            InvalidTime { .. } => Some("use the 24-hour clock, like `09:00` or `17:30`".into()),
            ClosesBeforeOpens { .. } => Some("the closing time must be after the opening time".into()),
            MissingRole { role } => Some(match role {
                Role::Emergency => "add 112 (role `emergency`)".into(),
                Role::SuicidePrevention => {
                    "add 113 Zelfmoordpreventie (role `suicide-prevention`)".into()
                }
                Role::VeiligThuis => "add Veilig Thuis, 0800-2000 (role `veilig-thuis`)".into(),
                other => format!("add a service with role `{other}`"),
            }),
            MissingPhone { .. } => {
                Some("residents must always be able to call the gemeente; add `phones`".into())
            }
            DefaultLanguageNotOffered { language } => Some(format!(
                "add `{language}` to `languages`, or leave `languages` out"
            )),
            EmptyCrisis => Some(
                "list 112, 113 and Veilig Thuis: they are shown on every screen".into(),
            ),
            Empty => None,
        }
    }
}

fn not_for_kind_hint(field: &str, kind: &str) -> String {
    match field {
        "options" => "only single-choice and multiple-choice questions have options".into(),
        "max-length" => "only free-text questions have a maximum length".into(),
        "house-number" => "only postcode questions ask for a house number".into(),
        "next-by-answer" => format!("a {kind} question has no options to route on; use `next`"),
        "answer-is" => {
            if kind == "multiple-choice" {
                "use `answer-includes` for a multiple-choice question".into()
            } else {
                "`answer-is` works on single-choice and yes-no questions".into()
            }
        }
        "answer-includes" => "`answer-includes` works on choice questions".into(),
        "count-at-least" => "`count-at-least` works on multiple-choice questions only".into(),
        "bring-in" => "`bring-in` names a multiple-choice question".into(),
        _ => format!("remove `{field}`, or change the question kind"),
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ErrorKind::*;
        match self {
            Syntax { message, .. } => write!(f, "invalid json: {message}"),
            WrongType { message } => f.write_str(message),
            MissingField { field } => write!(f, "missing required key `{field}`"),
            UnknownKey { key, .. } => write!(f, "unknown key `{key}`"),
            UnsupportedVersion { found } => write!(f, "unsupported version {found}"),
            InvalidId { id } => write!(f, "invalid id `{id}`"),
            DuplicateId { id, .. } => write!(f, "duplicate id `{id}`"),
            UnknownReference {
                what: RefKind::Option { question },
                id,
                ..
            } => write!(f, "unknown option `{id}` of question `{question}`"),
            UnknownReference { what, id, .. } => write!(f, "unknown {} `{id}`", what.noun()),
            NotForKind { field, kind } => {
                write!(f, "`{field}` does not fit a {kind} question")
            }
            FreeTextInRouting { question } => {
                write!(f, "condition reads free-text question `{question}`")
            }
            TooFewOptions { found } => write!(
                f,
                "a choice question needs at least 2 options, found {found}"
            ),
            ExclusiveOnSingleChoice { option } => write!(
                f,
                "option `{option}` is exclusive in a single-choice question"
            ),
            UnknownValue { what, value, .. } => write!(f, "unknown {what} `{value}`"),
            InvalidLanguage { value } => write!(f, "invalid language tag `{value}`"),
            Unreachable { id, .. } => write!(f, "question `{id}` can never be reached"),
            Cycle { path } => write!(f, "routing goes round in a loop: {}", path.join(" → ")),
            ScreensItself { id } => write!(f, "question `{id}` screens itself"),
            DangerBypassed {
                picked,
                question,
                answer,
                ended,
                ..
            } => write!(
                f,
                "danger can be bypassed: with {} picked, answering `{answer}` to `{question}` ends at `{ended}`, not at crisis advice",
                backticked(picked, usize::MAX)
            ),
            SensitiveEvent { id, what } => write!(
                f,
                "`{id}` is {what}: events may not name it"
            ),
            NoWayForward { uncovered } if uncovered.is_empty() => {
                f.write_str("no way forward: the question has no `next`")
            }
            NoWayForward { uncovered } => write!(
                f,
                "no way forward after {} {}",
                if uncovered.len() == 1 {
                    "option"
                } else {
                    "options"
                },
                backticked(uncovered, usize::MAX)
            ),
            Overlap {
                value,
                other,
                other_path,
            } => write!(f, "`{value}` overlaps `{other}` at {other_path}"),
            InvertedRange { value } => write!(f, "range `{value}` runs backwards"),
            WrongRole {
                service,
                found,
                expected,
            } => write!(
                f,
                "service `{service}` has role `{found}`, expected `{expected}`"
            ),
            InvalidPhone { value, .. } => write!(f, "invalid phone number `{value}`"),
            InvalidPostcode { value, .. } => write!(f, "invalid postcode `{value}`"),
            InvalidPc4 { value } => write!(f, "invalid pc4 area `{value}`"),
            InvalidUrl { value, .. } => write!(f, "invalid url `{value}`"),
            InvalidEmail { value } => write!(f, "invalid e-mail address `{value}`"),
            InvalidDate { value, .. } => write!(f, "invalid date `{value}`"),
            InvalidTime { value } => write!(f, "invalid time `{value}`"),
            ClosesBeforeOpens { opens, closes } => {
                write!(f, "closes at {closes}, not after it opens at {opens}")
            }
            MissingRole { role } => write!(f, "no service with role `{role}`"),
            MissingPhone { service } => {
                write!(f, "general contact `{service}` has no phone number")
            }
            DefaultLanguageNotOffered { language } => {
                write!(f, "default language `{language}` is not in `languages`")
            }
            EmptyCrisis => f.write_str("the crisis list is empty"),
            Empty => f.write_str("must not be empty"),
            Markup { value } => write!(f, "`</` or `<!--` in the text `{value}`"),
            TooLong { found } => write!(f, "a text of {found} bytes is too long"),
            OverlayNotRelative { value } => {
                write!(f, "overlay `{value}` is not a relative path on this site")
            }
        }
    }
}

/// One problem in a configuration, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    /// Dotted path, e.g. `questionnaire.questions.topic.next-by-answer.money`; empty
    /// for the whole file.
    pub path: String,
    /// What is wrong.
    pub kind: ErrorKind,
    /// Where in the source, when known.
    pub location: Option<Location>,
}

impl ConfigError {
    /// An error at `path`, location unknown yet.
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> Self {
        ConfigError {
            path: path.into(),
            kind,
            location: None,
        }
    }
}

/// `<path>: <message>`, then `  hint: <hint>` on a second line when there is one.
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.kind)?;
        if let Some(hint) = self.kind.hint() {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

/// `` `a`, `b`, `c` ``, at most `max` items, then "and n more".
fn backticked(items: &[String], max: usize) -> String {
    let shown: Vec<String> = items.iter().take(max).map(|s| format!("`{s}`")).collect();
    let mut out = shown.join(", ");
    if items.len() > max {
        out.push_str(&format!(" and {} more", items.len() - max));
    }
    out
}

/// The closest candidate within edit distance 3 (and closer than the word's own
/// length, so `x` does not suggest `id`), if any.
pub fn did_you_mean<S: AsRef<str>>(word: &str, candidates: &[S]) -> Option<String> {
    let limit = 3.min(word.chars().count().saturating_sub(1));
    candidates
        .iter()
        .map(|c| (levenshtein(word, c.as_ref()), c.as_ref()))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_owned())
}

/// Edit distance (insertions, deletions, substitutions), over characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

// ---------------------------------------------------------------------------
// Locations: config paths resolved in the parsed JSON, whose values know their offset.
// ---------------------------------------------------------------------------

/// One step of a path: an object key, an array index, or an element id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    /// A key, or in an array the element whose `id` (or `team`) equals it.
    Key(String),
    /// An array index.
    Index(usize),
}

/// Splits `a.b[2].c` into segments.
pub(crate) fn split_path(path: &str) -> Vec<Seg> {
    let mut segs = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let name_end = part.find('[').unwrap_or(part.len());
        if name_end > 0 {
            segs.push(Seg::Key(part[..name_end].to_owned()));
        }
        for idx in part[name_end..].split('[').filter(|s| !s.is_empty()) {
            match idx.trim_end_matches(']').parse() {
                Ok(i) => segs.push(Seg::Index(i)),
                Err(_) => segs.push(Seg::Key(idx.to_owned())),
            }
        }
    }
    segs
}

/// The child for one path segment. In arrays a key matches the element whose `id`
/// (or, for areas, `team`) equals it.
fn child<'v>(value: &'v Value, seg: &Seg) -> Option<&'v Value> {
    match (&value.kind, seg) {
        (Kind::Object(_), Seg::Key(k)) => value.get(k),
        (Kind::Array(items), Seg::Index(i)) => items.get(*i),
        (Kind::Array(items), Seg::Key(k)) => items
            .iter()
            .find(|n| n.get("id").and_then(Value::as_str) == Some(k))
            .or_else(|| {
                items
                    .iter()
                    .find(|n| n.get("team").and_then(Value::as_str) == Some(k))
            }),
        _ => None,
    }
}

/// The deepest value along `segs` (the path as far as it resolves).
pub(crate) fn resolve<'v>(root: &'v Value, segs: &[Seg]) -> &'v Value {
    let mut node = root;
    for seg in segs {
        match child(node, seg) {
            Some(next) => node = next,
            None => break,
        }
    }
    node
}

/// Where a dotted config path (as in errors and warnings) starts in the source, if the
/// source is well-formed JSON. Best-effort: an unknown path resolves to its nearest
/// existing parent.
pub fn locate(json: &str, path: &str) -> Option<Location> {
    let root = json::parse(json).ok()?;
    let node = resolve(&root, &split_path(path));
    Some(LineIndex::new(json).location(node.at))
}

/// Fills in the location of every error that has none, by resolving its path in the
/// parsed source `root` of `json`. Best effort: a path that does not fully resolve
/// points at the deepest part that does.
pub(crate) fn locate_all(root: &Value, json: &str, errs: &mut [ConfigError]) {
    if errs.iter().all(|e| e.location.is_some()) {
        return;
    }
    let lines = LineIndex::new(json);
    for err in errs.iter_mut().filter(|e| e.location.is_none()) {
        let node = resolve(root, &split_path(&err.path));
        err.location = Some(lines.location(node.at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("next", "next"), 0);
        assert_eq!(
            did_you_mean("nxt", &["next", "options"]),
            Some("next".into())
        );
        assert_eq!(did_you_mean("x", &["id"]), None);
        assert_eq!(did_you_mean("completely-else", &["next"]), None);
    }

    #[test]
    fn paths_split_and_resolve() {
        assert_eq!(
            split_path("areas[2].pc4[1]"),
            vec![
                Seg::Key("areas".into()),
                Seg::Index(2),
                Seg::Key("pc4".into()),
                Seg::Index(1)
            ]
        );
        let json =
            "{\n  \"qs\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"x\": [1, 2]}\n  ]\n}";
        let tree = json::parse(json).unwrap();
        let lines = LineIndex::new(json);
        let node = resolve(&tree, &split_path("qs.b.x[1]"));
        assert_eq!(
            lines.location(node.at),
            Location {
                line: 4,
                column: 26
            }
        );
        let missing = resolve(&tree, &split_path("qs.c.y"));
        assert_eq!(lines.location(missing.at), Location { line: 2, column: 9 });
    }

    #[test]
    fn display_has_path_message_and_hint() {
        let e = ConfigError::new(
            "questionnaire.questions.topic",
            ErrorKind::UnknownKey {
                key: "nxt".into(),
                expected: vec!["next".into(), "options".into()],
            },
        );
        assert_eq!(
            e.to_string(),
            "questionnaire.questions.topic: unknown key `nxt`\n  hint: did you mean `next`?"
        );
        let root = ConfigError::new("", ErrorKind::EmptyCrisis);
        assert!(root
            .to_string()
            .starts_with("(root): the crisis list is empty"));
    }
}
