//! Raw → model: parse the JSON element by element, then validate everything in one pass.
//!
//! [`parse`] turns the text into [`RawConfig`] (see `read`), collecting every shape
//! error of every element, so one bad question does not hide the next. [`validate`] then builds the
//! [`Config`] and reports every semantic problem (ids, references, kinds, routing
//! graph, postcode areas, numbers, urls, roles) with a path that uses ids.
//! All checks are linear or `n log n`, so a gemeente with 20 000 postcode entries
//! validates in milliseconds.

use super::error::RefKind;
use super::json::Value;
use super::raw::*;
use super::read::{join, prune, Dropped, Reader};
use super::{ConfigError, ErrorKind};
use crate::model::*;

// ---------------------------------------------------------------------------
// Parsing: JSON text → RawConfig, element by element.
// ---------------------------------------------------------------------------

/// Reads the parsed JSON into the raw layer, collecting shape errors for every element.
pub(crate) fn parse(value: &Value) -> Result<RawConfig, Vec<ConfigError>> {
    parse_shape(value).map_err(|mut errs| {
        errs.extend(errors_in_the_readable_rest(value));
        errs
    })
}

/// [`parse`] without validating the readable rest: the shape errors alone.
fn parse_shape(value: &Value) -> Result<RawConfig, Vec<ConfigError>> {
    let mut reader = Reader { errs: Vec::new() };
    match reader.config(value) {
        Some(raw) if reader.errs.is_empty() => Ok(raw),
        _ => Err(reader.errs),
    }
}

/// Every error in one pass: when some elements could not be read, validate the rest
/// too, leaving out what only follows from the unreadable ones (a reference to a
/// question that could not be read, unreachable questions when routing is missing,
/// missing roles when a service is missing). Nothing when the rest is unreadable too.
fn errors_in_the_readable_rest(value: &Value) -> Vec<ConfigError> {
    let (pruned, dropped) = prune(value);
    let mut reader = Reader { errs: Vec::new() };
    let Some(raw) = reader.config(&pruned).filter(|_| reader.errs.is_empty()) else {
        return Vec::new();
    };
    match validate(&raw) {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .into_iter()
            .filter(|e| !is_cascade(e, &dropped))
            .collect(),
    }
}

fn is_cascade(e: &ConfigError, dropped: &Dropped) -> bool {
    let lost = |list: &str| dropped.lists.contains(&list);
    match &e.kind {
        ErrorKind::UnknownReference { id, .. } => dropped.ids.contains(id),
        ErrorKind::Unreachable { .. } => lost("questions") || lost("outcomes"),
        ErrorKind::MissingRole { .. } | ErrorKind::EmptyCrisis => lost("directory"),
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Validation: RawConfig → Config, every error in one pass.
// ---------------------------------------------------------------------------

/// Validates a raw configuration into the model, collecting every error.
pub fn validate(raw: &RawConfig) -> Result<Config, Vec<ConfigError>> {
    let mut v = Validator::new(raw);
    if raw.version != 1 {
        v.push(
            "version",
            ErrorKind::UnsupportedVersion {
                found: raw.version.to_string(),
            },
        );
    }
    let services = every(raw.directory.len(), |i| v.service(i));
    let gemeente = v.gemeente();
    let terms = every(raw.terms.len(), |i| v.term(i));
    let start = v.start();
    let questions = every(raw.questionnaire.questions.len(), |i| v.question(i));
    let outcomes = every(raw.outcomes.len(), |i| v.outcome(i));
    let areas = v.areas();
    v.graph();

    let built = (|| {
        Some(Config {
            gemeente: gemeente?,
            questionnaire: Questionnaire::new(start?, questions?),
            outcomes: outcomes?.into_iter().map(|o| (o.id.clone(), o)).collect(),
            directory: Directory::new(services?),
            areas: areas?,
            terms: terms?.into_iter().map(|t| (t.id.clone(), t)).collect(),
        })
    })();
    match built {
        Some(config) if v.errs.is_empty() => {
            public_events(&mut v, &config);
            // Safety as data: with any pick of topics, a danger answer ends in crisis
            // advice. Proven by driving the engine, so only on an otherwise valid model.
            for b in crate::engine::safety::bypasses(&config) {
                let i = v.questions.get(b.question.as_str()).copied().unwrap_or(0);
                v.push(
                    format!("{}.screening", v.q_paths[i]),
                    ErrorKind::DangerBypassed {
                        picked: b.picked.iter().map(ToString::to_string).collect(),
                        topic: b.topic.to_string(),
                        question: b.danger_question.to_string(),
                        answer: b.answer.to_string(),
                        ended: b.ended,
                    },
                );
            }
            if v.errs.is_empty() {
                Ok(config)
            } else {
                Err(v.errs)
            }
        }
        _ => Err(v.errs),
    }
}

/// `gemeente.public-events` names questions and outcomes, none of them sensitive: a
/// sensitive question, or urgent or crisis advice, named in an event tells every script
/// on the host page (analytics, session replay) what the resident is going through.
fn public_events(v: &mut Validator, config: &Config) {
    for (i, id) in config.gemeente.public_events.iter().enumerate() {
        let path = format!("gemeente.public-events[{i}]");
        let sensitive = if let Some(q) = config.questionnaire.find(&QuestionId::new(id)) {
            q.sensitive.then_some("a sensitive question")
        } else if let Some(o) = config.outcomes.get(&OutcomeId::new(id)) {
            match o.urgency {
                Urgency::Normal => None,
                Urgency::Urgent => Some("urgent advice"),
                Urgency::Crisis => Some("crisis advice"),
            }
        } else {
            let questions = config
                .questionnaire
                .questions()
                .iter()
                .map(|q| q.id.as_str());
            let known = questions.chain(config.outcomes.keys().map(|o| o.as_str()));
            v.push(
                path,
                ErrorKind::unknown_reference(RefKind::Target, id, known),
            );
            continue;
        };
        if let Some(what) = sensitive {
            v.push(
                path,
                ErrorKind::SensitiveEvent {
                    id: id.clone(),
                    what,
                },
            );
        }
    }
}

/// `f` of every index below `len`, called for each even after a `None` so that every
/// element's errors are reported; all the results, or `None` when any was `None`.
/// A plain loop: collecting into `Vec<Option<T>>` and then into `Option<Vec<T>>`
/// compiled two iterator pipelines (with in-place reuse) per element type.
fn every<T>(len: usize, mut f: impl FnMut(usize) -> Option<T>) -> Option<Vec<T>> {
    let mut out = Vec::with_capacity(len);
    let mut all = true;
    for i in 0..len {
        match f(i) {
            Some(t) => out.push(t),
            None => all = false,
        }
    }
    all.then_some(out)
}

/// Kind and option ids of a question, for checking conditions against it.
struct QuestionInfo<'a> {
    kind: RawKind,
    options: Vec<&'a str>,
}

struct Validator<'a> {
    raw: &'a RawConfig,
    errs: Vec<ConfigError>,
    questions: IdMap<&'a str, usize>,
    outcomes: IdMap<&'a str, usize>,
    services: IdMap<&'a str, usize>,
    terms: IdMap<&'a str, usize>,
    q_paths: Vec<String>,
    o_paths: Vec<String>,
    s_paths: Vec<String>,
    t_paths: Vec<String>,
    info: Vec<QuestionInfo<'a>>,
}

fn kind_name(kind: RawKind) -> &'static str {
    match kind {
        RawKind::SingleChoice => "single-choice",
        RawKind::MultipleChoice => "multiple-choice",
        RawKind::YesNo => "yes-no",
        RawKind::Postcode => "postcode",
        RawKind::FreeText => "free-text",
    }
}

const YES_NO: [&str; 2] = ["yes", "no"];
const DEFAULT_MAX_LENGTH: usize = 500;

impl<'a> Validator<'a> {
    fn new(raw: &'a RawConfig) -> Self {
        let mut v = Validator {
            raw,
            errs: Vec::new(),
            questions: IdMap::new(),
            outcomes: IdMap::new(),
            services: IdMap::new(),
            terms: IdMap::new(),
            q_paths: Vec::new(),
            o_paths: Vec::new(),
            s_paths: Vec::new(),
            t_paths: Vec::new(),
            info: Vec::new(),
        };
        let qs = &raw.questionnaire.questions;
        let (map, paths) = v.register(
            "questionnaire.questions",
            qs.iter().map(|q| q.id.as_str()),
            None,
        );
        v.questions = map;
        v.q_paths = paths;
        let (map, paths) = v.register(
            "outcomes",
            raw.outcomes.iter().map(|o| o.id.as_str()),
            Some(Namespace::Questions),
        );
        v.outcomes = map;
        v.o_paths = paths;
        let (map, paths) = v.register(
            "directory",
            raw.directory.iter().map(|s| s.id.as_str()),
            None,
        );
        v.services = map;
        v.s_paths = paths;
        let (map, paths) = v.register("terms", raw.terms.iter().map(|t| t.id.as_str()), None);
        v.terms = map;
        v.t_paths = paths;
        v.info = qs
            .iter()
            .map(|q| QuestionInfo {
                kind: q.kind,
                options: match q.kind {
                    RawKind::YesNo => YES_NO.to_vec(),
                    _ => q.options.iter().map(|o| o.id.as_str()).collect(),
                },
            })
            .collect();
        v
    }

    fn push(&mut self, path: impl Into<String>, kind: ErrorKind) {
        self.errs.push(ConfigError::new(path, kind));
    }

    /// Checks id format and uniqueness; returns id → first index and each element's path.
    /// Invalid ids are still registered, so references to them do not add noise.
    fn register(
        &mut self,
        base: &str,
        ids: impl Iterator<Item = &'a str>,
        shared: Option<Namespace>,
    ) -> (IdMap<&'a str, usize>, Vec<String>) {
        let mut map: IdMap<&'a str, usize> = IdMap::new();
        let mut paths = Vec::new();
        for (i, id) in ids.enumerate() {
            let indexed = format!("{base}[{i}]");
            if !is_valid_id(id) {
                self.push(&indexed, ErrorKind::InvalidId { id: id.to_owned() });
                if !map.contains_key(id) {
                    map.insert(id, i);
                }
                paths.push(indexed);
                continue;
            }
            let first = match map.get(id) {
                Some(&j) => Some(paths[j].clone()),
                None => match shared {
                    Some(Namespace::Questions) => {
                        self.questions.get(id).map(|&j| self.q_paths[j].clone())
                    }
                    None => None,
                },
            };
            if let Some(first) = first {
                self.push(
                    &indexed,
                    ErrorKind::DuplicateId {
                        id: id.to_owned(),
                        first,
                    },
                );
                paths.push(indexed);
                continue;
            }
            map.insert(id, i);
            paths.push(join(base, id));
        }
        (map, paths)
    }

    // -- references ---------------------------------------------------------

    fn service_ref(&mut self, path: &str, id: &str) -> Option<ServiceId> {
        if self.services.contains_key(id) {
            return Some(ServiceId::new(id));
        }
        let known: Vec<&str> = self.services.keys().copied().collect();
        self.push(
            path,
            ErrorKind::unknown_reference(RefKind::Service, id, known),
        );
        None
    }

    fn service_role(&self, id: &str) -> Option<Role> {
        let i = *self.services.get(id)?;
        Role::parse(&self.raw.directory[i].role)
    }

    fn term_ref(&mut self, path: &str, id: &str) -> Option<TermId> {
        if self.terms.contains_key(id) {
            return Some(TermId::new(id));
        }
        let known: Vec<&str> = self.terms.keys().copied().collect();
        self.push(path, ErrorKind::unknown_reference(RefKind::Term, id, known));
        None
    }

    fn question_ref(&mut self, path: &str, id: &str) -> Option<usize> {
        if let Some(&i) = self.questions.get(id) {
            return Some(i);
        }
        let known: Vec<&str> = self.questions.keys().copied().collect();
        self.push(
            path,
            ErrorKind::unknown_reference(RefKind::Question, id, known),
        );
        None
    }

    fn target(&mut self, path: &str, id: &str) -> Option<Target> {
        if self.questions.contains_key(id) {
            return Some(Target::Question(QuestionId::new(id)));
        }
        if self.outcomes.contains_key(id) {
            return Some(Target::Outcome(OutcomeId::new(id)));
        }
        let known: Vec<&str> = self
            .questions
            .keys()
            .chain(self.outcomes.keys())
            .copied()
            .collect();
        self.push(
            path,
            ErrorKind::unknown_reference(RefKind::Target, id, known),
        );
        None
    }

    fn option_ref(&mut self, path: &str, question: usize, option: &str) -> Option<OptionId> {
        if self.info[question].options.contains(&option) {
            return Some(OptionId::new(option));
        }
        let what = RefKind::Option {
            question: self.raw.questionnaire.questions[question].id.clone(),
        };
        let known = self.info[question].options.clone();
        self.push(path, ErrorKind::unknown_reference(what, option, known));
        None
    }

    // -- gemeente -----------------------------------------------------------

    fn gemeente(&mut self) -> Option<Gemeente> {
        let g = &self.raw.gemeente;
        if g.name.trim().is_empty() {
            self.push("gemeente.name", ErrorKind::Empty);
        }
        let general = self.service_ref("gemeente.general-contact", &g.general_contact);
        if let Some(i) = self.services.get(g.general_contact.as_str()).copied() {
            let s = &self.raw.directory[i];
            match Role::parse(&s.role) {
                Some(Role::Gemeente) | None => {}
                Some(found) => self.push(
                    "gemeente.general-contact",
                    ErrorKind::WrongRole {
                        service: s.id.clone(),
                        found,
                        expected: Role::Gemeente,
                    },
                ),
            }
            if s.phones.is_empty() {
                self.push(
                    "gemeente.general-contact",
                    ErrorKind::MissingPhone {
                        service: s.id.clone(),
                    },
                );
            }
        }
        let crisis = self.crisis();
        let mut languages_ok = self.language("gemeente.default-language", &g.default_language);
        for (i, lang) in g.languages.iter().enumerate() {
            languages_ok &= self.language(&format!("gemeente.languages[{i}]"), lang);
        }
        if !g.languages.is_empty() && !g.languages.contains(&g.default_language) {
            self.push(
                "gemeente.default-language",
                ErrorKind::DefaultLanguageNotOffered {
                    language: g.default_language.clone(),
                },
            );
            languages_ok = false;
        }
        let mut languages = vec![g.default_language.clone()];
        for lang in &g.languages {
            if !languages.contains(lang) {
                languages.push(lang.clone());
            }
        }
        let exit_ok = self.https("gemeente.quick-exit-url", &g.quick_exit_url);
        for (lang, files) in g.overlays.iter() {
            languages_ok &= self.language(&format!("gemeente.overlays.{lang}"), lang);
            for (i, file) in files.iter().enumerate() {
                if !is_relative_path(file) {
                    self.push(
                        format!("gemeente.overlays.{lang}[{i}]"),
                        ErrorKind::OverlayNotRelative {
                            value: file.clone(),
                        },
                    );
                    languages_ok = false;
                }
            }
        }
        let mut postcodes = Vec::new();
        let mut postcodes_ok = true;
        for (i, text) in g.postcodes.iter().enumerate() {
            let path = format!("gemeente.postcodes[{i}]");
            match parse_pc4(text) {
                Some((from, to)) if from <= to => postcodes.push((from, to)),
                Some(_) => {
                    self.push(
                        path,
                        ErrorKind::InvertedRange {
                            value: text.clone(),
                        },
                    );
                    postcodes_ok = false;
                }
                None => {
                    self.push(
                        path,
                        ErrorKind::InvalidPc4 {
                            value: text.clone(),
                        },
                    );
                    postcodes_ok = false;
                }
            }
        }
        let ok = languages_ok && exit_ok && postcodes_ok;
        Some(Gemeente {
            name: g.name.clone(),
            code: g.code.clone(),
            general_contact: general?,
            crisis: crisis?,
            default_language: g.default_language.clone(),
            languages,
            form: match g.form {
                Some(RawForm::U) => Form::U,
                _ => Form::Je,
            },
            quick_exit_url: g.quick_exit_url.clone(),
            postcodes,
            storage: g.storage,
            quick_exit: match g.quick_exit {
                Some(RawQuickExit::SensitiveScreens) => QuickExit::SensitiveScreens,
                _ => QuickExit::EveryScreen,
            },
            share_crisis_advice: g.share_crisis_advice,
            overlays: g.overlays.clone(),
            public_events: g.public_events.clone(),
        })
        .filter(|_| ok)
    }

    fn crisis(&mut self) -> Option<Vec<ServiceId>> {
        let list = &self.raw.gemeente.crisis;
        if list.is_empty() {
            self.push("gemeente.crisis", ErrorKind::EmptyCrisis);
            return None;
        }
        let ids = every(list.len(), |i| {
            self.service_ref(&format!("gemeente.crisis[{i}]"), &list[i])
        });
        // Only when every id resolves: a typo already has its own error.
        let ids = ids?;
        let roles: Vec<Role> = ids
            .iter()
            .filter_map(|id| self.service_role(id.as_str()))
            .collect();
        let mut ok = true;
        for role in [Role::Emergency, Role::SuicidePrevention, Role::VeiligThuis] {
            if !roles.contains(&role) {
                self.push("gemeente.crisis", ErrorKind::MissingRole { role });
                ok = false;
            }
        }
        ok.then_some(ids)
    }

    fn language(&mut self, path: &str, tag: &str) -> bool {
        let ok = is_language_tag(tag);
        if !ok {
            self.push(
                path,
                ErrorKind::InvalidLanguage {
                    value: tag.to_owned(),
                },
            );
        }
        ok
    }

    fn https(&mut self, path: &str, url: &str) -> bool {
        match check_https(url) {
            Ok(()) => true,
            Err(reason) => {
                self.push(
                    path,
                    ErrorKind::InvalidUrl {
                        value: url.to_owned(),
                        reason,
                    },
                );
                false
            }
        }
    }

    fn non_empty(&mut self, path: &str, text: &str) -> bool {
        let ok = !text.trim().is_empty();
        if !ok {
            self.push(path, ErrorKind::Empty);
        }
        ok
    }

    // -- directory ----------------------------------------------------------

    fn service(&mut self, i: usize) -> Option<Service> {
        let s = &self.raw.directory[i];
        let path = self.s_paths[i].clone();
        let role = Role::parse(&s.role);
        if role.is_none() {
            self.push(
                format!("{path}.role"),
                ErrorKind::UnknownValue {
                    what: "role".into(),
                    value: s.role.clone(),
                    allowed: Role::ALL.iter().map(|r| r.as_str().to_owned()).collect(),
                },
            );
        }
        let mut ok = self.non_empty(&format!("{path}.name"), &s.name);
        let phones = every(s.phones.len(), |j| {
            self.phone(&format!("{path}.phones[{j}]"), &s.phones[j])
        });
        if let Some(email) = &s.email {
            if !is_email(email) {
                self.push(
                    format!("{path}.email"),
                    ErrorKind::InvalidEmail {
                        value: email.clone(),
                    },
                );
                ok = false;
            }
        }
        if let Some(url) = &s.url {
            ok &= self.https(&format!("{path}.url"), url);
        }
        if let Some(url) = &s.chat_url {
            ok &= self.https(&format!("{path}.chat-url"), url);
        }
        let address = s
            .address
            .as_ref()
            .map(|a| self.address(&format!("{path}.address"), a));
        let schedules = every(s.schedules.len(), |j| {
            let sch = &s.schedules[j];
            let times = self.times(&format!("{path}.schedules[{j}].times"), &sch.times)?;
            Some(Schedule {
                kind: match sch.kind {
                    RawScheduleKind::WalkIn => ScheduleKind::WalkIn,
                    RawScheduleKind::Phone => ScheduleKind::Phone,
                    RawScheduleKind::Appointment => ScheduleKind::Appointment,
                },
                times,
            })
        });
        for (j, lang) in s.languages.iter().enumerate() {
            ok &= self.language(&format!("{path}.languages[{j}]"), lang);
        }
        let address = match address {
            Some(a) => Some(a?),
            None => None,
        };
        let service = Service {
            id: ServiceId::new(&s.id),
            role: role?,
            name: s.name.clone(),
            phones: phones?,
            email: s.email.clone(),
            url: s.url.clone(),
            chat_url: s.chat_url.clone(),
            address,
            schedules: schedules?,
            languages: s.languages.clone(),
            upl: s.upl.clone(),
            national: s.national,
        };
        ok.then_some(service)
    }

    fn phone(&mut self, path: &str, p: &RawPhone) -> Option<Phone> {
        let number = match PhoneNumber::parse(&p.number) {
            Ok(n) => Some(n),
            Err(reason) => {
                self.push(
                    format!("{path}.number"),
                    ErrorKind::InvalidPhone {
                        value: p.number.clone(),
                        reason,
                    },
                );
                None
            }
        };
        let hours = match &p.hours {
            None => Some(None),
            Some(RawHours::AlwaysOpen) => Some(Some(Hours::AlwaysOpen)),
            Some(RawHours::Times(t)) => self
                .times(&format!("{path}.hours.times"), t)
                .map(|t| Some(Hours::Times(t))),
        };
        let source = self.source(&format!("{path}.source"), &p.source);
        Some(Phone {
            number: number?,
            free: p.free,
            hours: hours?,
            anonymous: p.anonymous,
            source: source?,
        })
    }

    fn address(&mut self, path: &str, a: &RawAddress) -> Option<Address> {
        let street_ok = self.non_empty(&format!("{path}.street"), &a.street);
        let city_ok = self.non_empty(&format!("{path}.city"), &a.city);
        let postcode = self.postcode(&format!("{path}.postcode"), &a.postcode);
        Some(Address {
            street: a.street.clone(),
            postcode: postcode?,
            city: a.city.clone(),
        })
        .filter(|_| street_ok && city_ok)
    }

    fn postcode(&mut self, path: &str, text: &str) -> Option<Postcode> {
        match Postcode::parse(text) {
            Ok(pc) => Some(pc),
            Err(reason) => {
                self.push(
                    path,
                    ErrorKind::InvalidPostcode {
                        value: text.to_owned(),
                        reason,
                    },
                );
                None
            }
        }
    }

    fn times(&mut self, path: &str, times: &[RawTimes]) -> Option<Vec<OpeningTime>> {
        let mut out = Vec::new();
        let mut ok = true;
        for (k, t) in times.iter().enumerate() {
            let base = format!("{path}[{k}]");
            let mut days = Vec::new();
            for (d, day) in t.days.iter().enumerate() {
                match Weekday::parse(day) {
                    Some(w) => days.push(w),
                    None => {
                        self.push(
                            format!("{base}.days[{d}]"),
                            ErrorKind::UnknownValue {
                                what: "weekday".into(),
                                value: day.clone(),
                                allowed: Weekday::ALL.iter().map(|w| w.as_str().into()).collect(),
                            },
                        );
                        ok = false;
                    }
                }
            }
            let opens = self.clock(&format!("{base}.opens"), &t.opens);
            let closes = self.clock(&format!("{base}.closes"), &t.closes);
            match (opens, closes) {
                (Some(o), Some(c)) if c > o => out.push(OpeningTime {
                    days,
                    opens: o,
                    closes: c,
                }),
                (Some(_), Some(_)) => {
                    self.push(
                        format!("{base}.closes"),
                        ErrorKind::ClosesBeforeOpens {
                            opens: t.opens.clone(),
                            closes: t.closes.clone(),
                        },
                    );
                    ok = false;
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn clock(&mut self, path: &str, text: &str) -> Option<u16> {
        let minutes = parse_clock(text);
        if minutes.is_none() {
            self.push(
                path,
                ErrorKind::InvalidTime {
                    value: text.to_owned(),
                },
            );
        }
        minutes
    }

    fn source(&mut self, path: &str, s: &RawSource) -> Option<Source> {
        let url_ok = self.https(&format!("{path}.url"), &s.url);
        let date = match Date::parse(&s.verified_on) {
            Ok(d) => Some(d),
            Err(reason) => {
                self.push(
                    format!("{path}.verified_on"),
                    ErrorKind::InvalidDate {
                        value: s.verified_on.clone(),
                        reason,
                    },
                );
                None
            }
        };
        Some(Source {
            url: s.url.clone(),
            verified_on: date?,
            evidence: match s.evidence {
                None | Some(RawEvidence::Verified) => Evidence::Verified,
                Some(RawEvidence::Secondary) => Evidence::Secondary,
                Some(RawEvidence::Unverified) => Evidence::Unverified,
            },
        })
        .filter(|_| url_ok)
    }

    // -- terms --------------------------------------------------------------

    fn term(&mut self, i: usize) -> Option<Term> {
        let t = &self.raw.terms[i];
        let path = self.t_paths[i].clone();
        let basis_ok = self.non_empty(&format!("{path}.legal-basis"), &t.legal_basis);
        let source = self.source(&format!("{path}.source"), &t.source);
        Some(Term {
            id: TermId::new(&t.id),
            duration: Duration {
                amount: t.amount,
                unit: match t.unit {
                    RawUnit::Hours => DurationUnit::Hours,
                    RawUnit::Days => DurationUnit::Days,
                    RawUnit::WorkingDays => DurationUnit::WorkingDays,
                    RawUnit::Weeks => DurationUnit::Weeks,
                },
            },
            legal_basis: t.legal_basis.clone(),
            source: source?,
        })
        .filter(|_| basis_ok)
    }

    // -- questions ----------------------------------------------------------

    fn start(&mut self) -> Option<QuestionId> {
        let start = &self.raw.questionnaire.start;
        self.question_ref("questionnaire.start", start)
            .map(|_| QuestionId::new(start))
    }

    fn question(&mut self, i: usize) -> Option<Question> {
        let q = &self.raw.questionnaire.questions[i];
        let path = self.q_paths[i].clone();
        let kind_str = kind_name(q.kind);
        let mut ok = true;
        let mut not_for_kind = |v: &mut Self, field: &str| {
            v.push(
                format!("{path}.{field}"),
                ErrorKind::NotForKind {
                    field: field.to_owned(),
                    kind: kind_str.to_owned(),
                },
            );
            ok = false;
        };
        let is_choice = matches!(q.kind, RawKind::SingleChoice | RawKind::MultipleChoice);
        if !is_choice && !q.options.is_empty() {
            not_for_kind(self, "options");
        }
        if q.kind != RawKind::Postcode && q.house_number.is_some() {
            not_for_kind(self, "house-number");
        }
        if q.kind != RawKind::FreeText && q.max_length.is_some() {
            not_for_kind(self, "max-length");
        }
        let routes_by_answer = matches!(
            q.kind,
            RawKind::SingleChoice | RawKind::MultipleChoice | RawKind::YesNo
        );
        if !routes_by_answer && !q.next_by_answer.is_empty() {
            not_for_kind(self, "next-by-answer");
        }
        let options = if is_choice {
            self.choices(&path, q)
        } else {
            Some(Vec::new())
        };
        if q.kind != RawKind::MultipleChoice && !q.screening.is_empty() {
            not_for_kind(self, "screening");
        }
        let screening = self.screening(i, &path);
        let routing = self.routing(i, &path);
        let kind = match q.kind {
            RawKind::SingleChoice => QuestionKind::SingleChoice { options: options? },
            RawKind::MultipleChoice => QuestionKind::MultipleChoice { options: options? },
            RawKind::YesNo => QuestionKind::YesNo,
            RawKind::Postcode => QuestionKind::Postcode {
                house_number: match q.house_number {
                    Some(RawHouseNumber::Optional) => HouseNumberMode::Optional,
                    _ => HouseNumberMode::No,
                },
            },
            RawKind::FreeText => QuestionKind::FreeText {
                max_length: q.max_length.unwrap_or(DEFAULT_MAX_LENGTH),
            },
        };
        Some(Question {
            id: QuestionId::new(&q.id),
            kind,
            routing: routing?,
            optional: q.optional,
            sensitive: q.sensitive,
            screening: screening?,
        })
        .filter(|_| ok)
    }

    /// `screening`: option ids of this question, each with questions to ask. A question
    /// cannot screen itself (it is already answered when the screening starts).
    fn screening(&mut self, i: usize, path: &str) -> Option<IdMap<OptionId, Vec<QuestionId>>> {
        let q = &self.raw.questionnaire.questions[i];
        let mut ok = true;
        let mut out = IdMap::new();
        for (option, asks) in &q.screening {
            let spath = format!("{path}.screening.{option}");
            let option_id = self.option_ref(&spath, i, option);
            let mut ids = Vec::new();
            for (k, ask) in asks.iter().enumerate() {
                let apath = format!("{spath}[{k}]");
                match self.question_ref(&apath, ask) {
                    Some(j) if j == i => {
                        self.push(apath, ErrorKind::ScreensItself { id: ask.clone() });
                        ok = false;
                    }
                    Some(_) => ids.push(QuestionId::new(ask)),
                    None => ok = false,
                }
            }
            match option_id {
                Some(o) => {
                    out.insert(o, ids);
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn choices(&mut self, path: &str, q: &'a RawQuestion) -> Option<Vec<Choice>> {
        let mut ok = true;
        if q.options.len() < 2 {
            self.push(
                format!("{path}.options"),
                ErrorKind::TooFewOptions {
                    found: q.options.len(),
                },
            );
            ok = false;
        }
        let (_, paths) = self.register(
            &format!("{path}.options"),
            q.options.iter().map(|o| o.id.as_str()),
            None,
        );
        let before = self.errs.len();
        let mut out = Vec::new();
        for (o, opath) in q.options.iter().zip(&paths) {
            let icon = match &o.icon {
                None => None,
                Some(name) => match Icon::parse(name) {
                    Some(icon) => Some(icon),
                    None => {
                        self.push(
                            format!("{opath}.icon"),
                            ErrorKind::UnknownValue {
                                what: "icon".into(),
                                value: name.clone(),
                                allowed: Icon::ALL.iter().map(|i| i.as_str().into()).collect(),
                            },
                        );
                        None
                    }
                },
            };
            if o.exclusive && q.kind == RawKind::SingleChoice {
                self.push(
                    format!("{opath}.exclusive"),
                    ErrorKind::ExclusiveOnSingleChoice {
                        option: o.id.clone(),
                    },
                );
            }
            out.push(Choice {
                id: OptionId::new(&o.id),
                icon,
                danger: o.danger,
                exclusive: o.exclusive,
            });
        }
        // `register` above pushed its own errors before `before` was taken; count both.
        let clean = self.errs.len() == before && paths.iter().all(|p| !p.ends_with(']'));
        (ok && clean).then_some(out)
    }

    fn routing(&mut self, i: usize, path: &str) -> Option<Routing> {
        let q = &self.raw.questionnaire.questions[i];
        let mut ok = true;
        let mut branches = Vec::new();
        for (b, branch) in q.branches.iter().enumerate() {
            let bpath = format!("{path}.branches[{b}]");
            let condition = self.condition(&format!("{bpath}.when"), &branch.when);
            let to = self.target(&format!("{bpath}.to"), &branch.to);
            match (condition, to) {
                (Some(condition), Some(to)) => branches.push(Branch { condition, to }),
                _ => ok = false,
            }
        }
        let mut by_answer = IdMap::new();
        let routes_by_answer = !matches!(q.kind, RawKind::Postcode | RawKind::FreeText);
        for (option, to) in &q.next_by_answer {
            let apath = format!("{path}.next-by-answer.{option}");
            let option_id = if routes_by_answer {
                self.option_ref(&apath, i, option)
            } else {
                None
            };
            let target = self.target(&apath, to);
            match (option_id, target) {
                (Some(o), Some(t)) => {
                    by_answer.insert(o, t);
                }
                _ => ok = false,
            }
        }
        let next = match &q.next {
            Some(to) => {
                let target = self.target(&format!("{path}.next"), to);
                ok &= target.is_some();
                target
            }
            None => None,
        };
        ok.then_some(Routing {
            branches,
            by_answer,
            next,
        })
    }

    fn condition(&mut self, path: &str, c: &RawCondition) -> Option<Condition> {
        match c {
            RawCondition::AnswerIs(r) => {
                let (question, option) = self.answer_ref(path, "answer-is", r)?;
                Some(Condition::AnswerIs { question, option })
            }
            RawCondition::AnswerIncludes(r) => {
                let (question, option) = self.answer_ref(path, "answer-includes", r)?;
                Some(Condition::AnswerIncludes { question, option })
            }
            RawCondition::CountAtLeast(r) => {
                let base = format!("{path}.count-at-least");
                let i = self.question_ref(&format!("{base}.question"), &r.question)?;
                self.fits(&base, "count-at-least", i)?;
                Some(Condition::CountAtLeast {
                    question: QuestionId::new(&r.question),
                    count: r.count,
                })
            }
            RawCondition::All(cs) | RawCondition::Any(cs) => {
                let tag = if matches!(c, RawCondition::All(_)) {
                    "all"
                } else {
                    "any"
                };
                let parts = every(cs.len(), |k| {
                    self.condition(&format!("{path}.{tag}[{k}]"), &cs[k])
                })?;
                Some(if tag == "all" {
                    Condition::All(parts)
                } else {
                    Condition::Any(parts)
                })
            }
            RawCondition::Not(inner) => Some(Condition::Not(Box::new(
                self.condition(&format!("{path}.not"), inner)?,
            ))),
            RawCondition::Rule(name) => match Rule::parse(name) {
                Some(rule) => Some(Condition::Rule(rule)),
                None => {
                    self.push(
                        format!("{path}.rule"),
                        ErrorKind::UnknownValue {
                            what: "rule".into(),
                            value: name.clone(),
                            allowed: Rule::ALL.iter().map(|r| r.as_str().into()).collect(),
                        },
                    );
                    None
                }
            },
        }
    }

    fn answer_ref(
        &mut self,
        path: &str,
        tag: &str,
        r: &RawAnswerRef,
    ) -> Option<(QuestionId, OptionId)> {
        let base = format!("{path}.{tag}");
        let i = self.question_ref(&format!("{base}.question"), &r.question)?;
        self.fits(&base, tag, i)?;
        let option = self.option_ref(&format!("{base}.option"), i, &r.option)?;
        Some((QuestionId::new(&r.question), option))
    }

    /// Whether condition `tag` may read question `i`; reports when not.
    fn fits(&mut self, path: &str, tag: &str, i: usize) -> Option<()> {
        let kind = self.info[i].kind;
        let ok = match (tag, kind) {
            (_, RawKind::FreeText) => {
                self.push(
                    path,
                    ErrorKind::FreeTextInRouting {
                        question: self.raw.questionnaire.questions[i].id.clone(),
                    },
                );
                return None;
            }
            ("answer-is", k) => matches!(k, RawKind::SingleChoice | RawKind::YesNo),
            ("answer-includes", k) => k != RawKind::Postcode,
            ("count-at-least" | "bring-in", k) => k == RawKind::MultipleChoice,
            _ => true,
        };
        if !ok {
            self.push(
                path,
                ErrorKind::NotForKind {
                    field: tag.to_owned(),
                    kind: kind_name(kind).to_owned(),
                },
            );
        }
        ok.then_some(())
    }

    // -- outcomes -----------------------------------------------------------

    fn outcome(&mut self, i: usize) -> Option<Outcome> {
        let o = &self.raw.outcomes[i];
        let path = self.o_paths[i].clone();
        let first_contact = self.service_ref(&format!("{path}.first-contact"), &o.first_contact);
        let also = self.service_list(&format!("{path}.also"), &o.also);
        let community = self.service_list(&format!("{path}.community"), &o.community);
        let crisis = self.service_list(&format!("{path}.crisis"), &o.crisis);
        let law = match &o.law {
            None => Some(None),
            Some(name) => match Law::parse(name) {
                Some(law) => Some(Some(law)),
                None => {
                    self.push(
                        format!("{path}.law"),
                        ErrorKind::UnknownValue {
                            what: "law".into(),
                            value: name.clone(),
                            allowed: Law::ALL.iter().map(|l| l.as_str().into()).collect(),
                        },
                    );
                    None
                }
            },
        };
        let (_, step_paths) = self.register(
            &format!("{path}.steps"),
            o.steps.iter().map(|s| s.id.as_str()),
            None,
        );
        let mut steps_ok = step_paths.iter().all(|p| !p.ends_with(']'));
        let mut steps = Vec::new();
        for (s, spath) in o.steps.iter().zip(&step_paths) {
            let term = match &s.term {
                Some(t) => {
                    let term = self.term_ref(&format!("{spath}.term"), t);
                    steps_ok &= term.is_some();
                    term
                }
                None => None,
            };
            steps.push(NextStep {
                id: StepId::new(&s.id),
                term,
            });
        }
        let mut bring_ok = true;
        for (k, item) in o.bring.iter().enumerate() {
            if !is_valid_id(item) {
                self.push(
                    format!("{path}.bring[{k}]"),
                    ErrorKind::InvalidId { id: item.clone() },
                );
                bring_ok = false;
            }
        }
        let bring_in = match &o.bring_in {
            None => Some(None),
            Some(b) => self.bring_in(&format!("{path}.bring-in"), b).map(Some),
        };
        Some(Outcome {
            id: OutcomeId::new(&o.id),
            first_contact: first_contact?,
            show_team: o.show_team,
            also: also?,
            community: community?,
            crisis: crisis?,
            law: law?,
            client_support: o.client_support,
            urgency: match o.urgency {
                None | Some(RawUrgency::Normal) => Urgency::Normal,
                Some(RawUrgency::Urgent) => Urgency::Urgent,
                Some(RawUrgency::Crisis) => Urgency::Crisis,
            },
            steps,
            bring: o.bring.iter().map(BringId::new).collect(),
            bring_in: bring_in?,
            sensitive: o.sensitive,
        })
        .filter(|_| steps_ok && bring_ok)
    }

    fn service_list(&mut self, path: &str, ids: &[String]) -> Option<Vec<ServiceId>> {
        every(ids.len(), |k| {
            self.service_ref(&format!("{path}[{k}]"), &ids[k])
        })
    }

    fn bring_in(&mut self, path: &str, b: &RawBringIn) -> Option<BringIn> {
        let i = self.question_ref(&format!("{path}.question"), &b.question)?;
        self.fits(&format!("{path}.question"), "bring-in", i)?;
        let mut services = Vec::new();
        let mut ok = true;
        for (option, service) in &b.services {
            let spath = format!("{path}.services.{option}");
            let o = self.option_ref(&spath, i, option);
            let s = self.service_ref(&spath, service);
            match (o, s) {
                (Some(o), Some(s)) => services.push((o, s)),
                _ => ok = false,
            }
        }
        ok.then_some(BringIn {
            question: QuestionId::new(&b.question),
            services,
        })
    }

    // -- areas --------------------------------------------------------------

    fn areas(&mut self) -> Option<Areas> {
        let mut ok = true;
        let mut pc4: Vec<(Pc4Range, String, &'a str)> = Vec::new();
        let mut pc6: Vec<(Postcode, ServiceId, String, &'a str)> = Vec::new();
        let mut addresses: Vec<(AddressRange, String)> = Vec::new();
        let raw = self.raw;
        for (i, area) in raw.areas.iter().enumerate() {
            let path = format!("areas[{i}]");
            let team = self.service_ref(&format!("{path}.team"), &area.team);
            if let Some(role) = self.service_role(&area.team) {
                if role != Role::SociaalWijkteam {
                    self.push(
                        format!("{path}.team"),
                        ErrorKind::WrongRole {
                            service: area.team.clone(),
                            found: role,
                            expected: Role::SociaalWijkteam,
                        },
                    );
                    ok = false;
                }
            }
            let team = team.unwrap_or_else(|| {
                ok = false;
                ServiceId::new(&area.team)
            });
            for (j, text) in area.pc4.iter().enumerate() {
                let ppath = format!("{path}.pc4[{j}]");
                match parse_pc4(text) {
                    Some((from, to)) if from <= to => pc4.push((
                        Pc4Range {
                            from,
                            to,
                            team: team.clone(),
                        },
                        ppath,
                        text,
                    )),
                    Some(_) => {
                        self.push(
                            ppath,
                            ErrorKind::InvertedRange {
                                value: text.clone(),
                            },
                        );
                        ok = false;
                    }
                    None => {
                        self.push(
                            ppath,
                            ErrorKind::InvalidPc4 {
                                value: text.clone(),
                            },
                        );
                        ok = false;
                    }
                }
            }
            for (j, text) in area.pc6.iter().enumerate() {
                let ppath = format!("{path}.pc6[{j}]");
                match self.postcode(&ppath, text) {
                    Some(pc) => pc6.push((pc, team.clone(), ppath, text)),
                    None => ok = false,
                }
            }
            for (j, r) in area.addresses.iter().enumerate() {
                let apath = format!("{path}.addresses[{j}]");
                let postcode = self.postcode(&format!("{apath}.postcode"), &r.postcode);
                if r.to < r.from {
                    self.push(
                        format!("{apath}.to"),
                        ErrorKind::InvertedRange {
                            value: format!("{}-{}", r.from, r.to),
                        },
                    );
                    ok = false;
                    continue;
                }
                let Some(postcode) = postcode else {
                    ok = false;
                    continue;
                };
                addresses.push((
                    AddressRange {
                        postcode,
                        from: r.from,
                        to: r.to,
                        parity: match r.parity {
                            None => Parity::All,
                            Some(RawParity::Odd) => Parity::Odd,
                            Some(RawParity::Even) => Parity::Even,
                        },
                        team: team.clone(),
                    },
                    apath,
                ));
            }
        }
        ok &= self.pc4_overlaps(&mut pc4);
        ok &= self.pc6_duplicates(&mut pc6);
        ok &= self.address_overlaps(&mut addresses);
        ok.then(|| {
            Areas::new(
                pc4.into_iter().map(|(r, _, _)| r).collect(),
                pc6.into_iter().map(|(pc, team, _, _)| (pc, team)).collect(),
                addresses.into_iter().map(|(r, _)| r).collect(),
            )
        })
    }

    /// Sorted sweep: a range overlaps when it starts at or before the furthest end so far.
    fn pc4_overlaps(&mut self, pc4: &mut [(Pc4Range, String, &str)]) -> bool {
        sort_stable_by(pc4, |a, b| (a.0.from, a.0.to).cmp(&(b.0.from, b.0.to)));
        let mut ok = true;
        let mut reach: Option<usize> = None; // index of the range reaching furthest
        for k in 0..pc4.len() {
            if let Some(r) = reach {
                if pc4[k].0.from <= pc4[r].0.to {
                    self.push(
                        pc4[k].1.clone(),
                        ErrorKind::Overlap {
                            value: pc4[k].2.to_owned(),
                            other: pc4[r].2.to_owned(),
                            other_path: pc4[r].1.clone(),
                        },
                    );
                    ok = false;
                }
            }
            if reach.is_none_or(|r| pc4[k].0.to > pc4[r].0.to) {
                reach = Some(k);
            }
        }
        ok
    }

    fn pc6_duplicates(&mut self, pc6: &mut [(Postcode, ServiceId, String, &str)]) -> bool {
        // Stable sort keeps file order among equal postcodes, so "other" is the first.
        sort_stable_by(pc6, |a, b| a.0.cmp(&b.0));
        let mut ok = true;
        for k in 1..pc6.len() {
            if pc6[k].0 == pc6[k - 1].0 {
                let first = (1..=k)
                    .rev()
                    .take_while(|&j| pc6[j - 1].0 == pc6[k].0)
                    .last()
                    .map_or(k - 1, |j| j - 1);
                self.push(
                    pc6[k].2.clone(),
                    ErrorKind::Overlap {
                        value: pc6[k].3.to_owned(),
                        other: pc6[first].3.to_owned(),
                        other_path: pc6[first].2.clone(),
                    },
                );
                ok = false;
            }
        }
        ok
    }

    /// Per PC6, sorted by start: a range overlaps an earlier one of compatible parity
    /// whose (parity-trimmed) end reaches its (parity-trimmed) start.
    fn address_overlaps(&mut self, ranges: &mut [(AddressRange, String)]) -> bool {
        sort_stable_by(ranges, |a, b| {
            (a.0.postcode, trimmed(&a.0).0).cmp(&(b.0.postcode, trimmed(&b.0).0))
        });
        let mut ok = true;
        let mut group_start = 0;
        while group_start < ranges.len() {
            let pc = ranges[group_start].0.postcode;
            let group_end = group_start
                + ranges[group_start..]
                    .iter()
                    .take_while(|(r, _)| r.postcode == pc)
                    .count();
            // Furthest-reaching range so far per parity: All, Odd, Even.
            let mut reach: [Option<usize>; 3] = [None; 3];
            for k in group_start..group_end {
                let (from, to) = trimmed(&ranges[k].0);
                let parity = ranges[k].0.parity;
                let hit = reach.iter().flatten().copied().find(|&j| {
                    ranges[j].0.parity.overlaps(&parity) && from <= trimmed(&ranges[j].0).1
                });
                if let Some(j) = hit {
                    let show = |r: &AddressRange| format!("{} {}-{}", r.postcode, r.from, r.to);
                    self.push(
                        ranges[k].1.clone(),
                        ErrorKind::Overlap {
                            value: show(&ranges[k].0),
                            other: show(&ranges[j].0),
                            other_path: ranges[j].1.clone(),
                        },
                    );
                    ok = false;
                }
                let slot = match parity {
                    Parity::All => 0,
                    Parity::Odd => 1,
                    Parity::Even => 2,
                };
                if reach[slot].is_none_or(|j| to > trimmed(&ranges[j].0).1) {
                    reach[slot] = Some(k);
                }
            }
            group_start = group_end;
        }
        ok
    }

    // -- routing graph ------------------------------------------------------

    /// Reachability from the start, loops, and questions without a way forward.
    fn graph(&mut self) {
        let qs = &self.raw.questionnaire.questions;
        let edges: Vec<Vec<usize>> = qs
            .iter()
            .map(|q| {
                let mut out: Vec<usize> = q
                    .branches
                    .iter()
                    .map(|b| b.to.as_str())
                    .chain(q.next_by_answer.values().map(String::as_str))
                    .chain(q.next.as_deref())
                    .chain(q.screening.values().flatten().map(String::as_str))
                    .filter(|t| *t != q.id)
                    .filter_map(|t| self.questions.get(t).copied())
                    .collect();
                sort_stable_by(&mut out, usize::cmp);
                out.dedup();
                out
            })
            .collect();
        for (i, q) in qs.iter().enumerate() {
            if let Some(uncovered) = no_way_forward(q, &self.info[i]) {
                self.push(
                    self.q_paths[i].clone(),
                    ErrorKind::NoWayForward { uncovered },
                );
            }
        }
        let Some(&start) = self.questions.get(self.raw.questionnaire.start.as_str()) else {
            return;
        };
        let mut seen = vec![false; qs.len()];
        let mut stack = vec![start];
        seen[start] = true;
        while let Some(i) = stack.pop() {
            for &j in &edges[i] {
                if !seen[j] {
                    seen[j] = true;
                    stack.push(j);
                }
            }
        }
        for (i, reached) in seen.iter().enumerate() {
            // Duplicates have their own error; only the first of an id counts.
            if !reached && self.questions.get(qs[i].id.as_str()) == Some(&i) {
                self.push(
                    self.q_paths[i].clone(),
                    ErrorKind::Unreachable {
                        id: qs[i].id.clone(),
                        start: self.raw.questionnaire.start.clone(),
                    },
                );
            }
        }
        for cycle in find_cycles(&edges, start) {
            let path: Vec<String> = cycle.iter().map(|&i| qs[i].id.clone()).collect();
            self.push(self.q_paths[cycle[0]].clone(), ErrorKind::Cycle { path });
        }
    }
}

#[derive(Clone, Copy)]
enum Namespace {
    Questions,
}

/// Options after which the journey would get stuck; `Some(vec![])` when the question
/// needs a `next` outright; `None` when it always leads on.
fn no_way_forward(q: &RawQuestion, info: &QuestionInfo) -> Option<Vec<String>> {
    let unconditional = q
        .branches
        .iter()
        .any(|b| matches!(&b.when, RawCondition::All(cs) if cs.is_empty()));
    if q.next.is_some() || unconditional {
        return None;
    }
    let by_answer_only = matches!(q.kind, RawKind::SingleChoice | RawKind::YesNo) && !q.optional;
    if !by_answer_only {
        return Some(Vec::new());
    }
    let uncovered: Vec<String> = info
        .options
        .iter()
        .filter(|o| !q.next_by_answer.contains_key(**o))
        .map(|o| (*o).to_owned())
        .collect();
    (!uncovered.is_empty()).then_some(uncovered)
}

/// Loops in the question graph, each as a path from a question back to itself.
/// Iterative depth-first search (white/grey/black), reachable part first, so each
/// back edge is reported once.
fn find_cycles(edges: &[Vec<usize>], start: usize) -> Vec<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        White,
        Grey,
        Black,
    }
    let mut colour = vec![Colour::White; edges.len()];
    let mut cycles = Vec::new();
    let roots = std::iter::once(start).chain(0..edges.len());
    for root in roots {
        if colour[root] != Colour::White {
            continue;
        }
        // (node, next edge index); the stack is also the current path.
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        colour[root] = Colour::Grey;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&j) = edges[node].get(*next) {
                *next += 1;
                match colour[j] {
                    Colour::White => {
                        colour[j] = Colour::Grey;
                        stack.push((j, 0));
                    }
                    Colour::Grey => {
                        let from = stack.iter().position(|&(n, _)| n == j).unwrap_or(0);
                        let mut cycle: Vec<usize> = stack[from..].iter().map(|&(n, _)| n).collect();
                        cycle.push(j);
                        cycles.push(cycle);
                    }
                    Colour::Black => {}
                }
            } else {
                colour[node] = Colour::Black;
                stack.pop();
            }
        }
    }
    cycles
}

/// The first and last house numbers a range really contains, given its parity.
fn trimmed(r: &AddressRange) -> (u32, u32) {
    let (mut from, mut to) = (r.from, r.to);
    let wanted = match r.parity {
        Parity::All => return (from, to),
        Parity::Odd => 1,
        Parity::Even => 0,
    };
    if from % 2 != wanted {
        from += 1;
    }
    if to % 2 != wanted {
        to = to.saturating_sub(1);
    }
    (from, to)
}

/// "9990" or "9990-9993" (spaces around the hyphen allowed), each 1000–9999.
fn parse_pc4(text: &str) -> Option<(u16, u16)> {
    let one = |s: &str| {
        let s = s.trim();
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0'))
            .then(|| s.parse().ok())
            .flatten()
    };
    match text.split_once('-') {
        Some((a, b)) => Some((one(a)?, one(b)?)),
        None => one(text).map(|n| (n, n)),
    }
}

/// "09:00" → 540. Accepts 00:00–23:59 and 24:00 (for a closing time).
fn parse_clock(text: &str) -> Option<u16> {
    let b = text.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
    {
        return None;
    }
    let h: u16 = text[..2].parse().ok()?;
    let m: u16 = text[3..].parse().ok()?;
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

/// A path relative to the configuration file: no scheme (`https:`, `data:`, `C:`), not
/// protocol-relative (`//host`), no backslash (browsers read `\\host` as `//host`), no
/// whitespace or control character (browsers drop a tab in `/\t/host`). The widget
/// checks the resolved origin again when it fetches.
fn is_relative_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with("//")
        && !path.contains([':', '\\'])
        && !path.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_parsers() {
        assert_eq!(parse_pc4("9990"), Some((9990, 9990)));
        assert_eq!(parse_pc4("9990 - 9993"), Some((9990, 9993)));
        assert_eq!(parse_pc4("0999"), None);
        assert_eq!(parse_pc4("99900"), None);
        assert_eq!(parse_clock("09:00"), Some(540));
        assert_eq!(parse_clock("24:00"), Some(1440));
        assert_eq!(parse_clock("9:00"), None);
        assert_eq!(parse_clock("12:60"), None);
        assert!(is_language_tag("nl") && is_language_tag("pt-BR") && is_language_tag("nl-x-u"));
        assert!(!is_language_tag("NL") && !is_language_tag("dutch") && !is_language_tag("nl-"));
        assert!(check_https("https://www.example.nl/a?b=c").is_ok());
        assert_eq!(check_https("http://x.nl"), Err(UrlProblem::NotHttps));
        assert_eq!(check_https("tel:112"), Err(UrlProblem::NotHttps));
        assert_eq!(
            check_https("javascript:alert(1)"),
            Err(UrlProblem::NotHttps)
        );
        assert_eq!(check_https("https://a b.nl"), Err(UrlProblem::Whitespace));
        assert!(is_email("loket@gemeente.nl"));
        assert!(!is_email("loket@gemeente") && !is_email("a b@c.nl") && !is_email("@c.nl"));
    }

    #[test]
    fn parity_trimming() {
        let r = |from, to, parity| AddressRange {
            postcode: Postcode::parse("1234AB").unwrap(),
            from,
            to,
            parity,
            team: "t".into(),
        };
        assert_eq!(trimmed(&r(2, 11, Parity::Odd)), (3, 11));
        assert_eq!(trimmed(&r(2, 11, Parity::Even)), (2, 10));
        assert_eq!(trimmed(&r(2, 11, Parity::All)), (2, 11));
    }

    #[test]
    fn cycles_are_found_once() {
        // 0 → 1 → 2 → 1, 3 → 3
        let edges = vec![vec![1], vec![2], vec![1], vec![3]];
        assert_eq!(find_cycles(&edges, 0), vec![vec![1, 2, 1], vec![3, 3]]);
    }
}
