//! JSON value (from [`super::json`]) → raw layer, read by hand so that every shape error
//! of every element is reported at once, with its path.
//!
//! The raw types derive only `Serialize` (and `JsonSchema` for the CLI); reading them
//! here instead of through `derive(Deserialize)` keeps about a third of serde's code
//! out of the widget and needs no retry loop to find the next unknown key.
//! Per object: unknown keys first (in key order), then the fields in declaration
//! order, then missing required keys — unless a reported unknown key looks like a
//! misspelling of the missing one, which already said "did you mean".

use super::error::did_you_mean;
use super::json::{Kind, Value};
use super::raw::*;
use super::{ConfigError, ErrorKind};
use crate::model::{is_valid_id, quoted, IdMap};

/// Collects the errors while reading.
pub(super) struct Reader {
    pub(super) errs: Vec<ConfigError>,
}

/// One JSON object being read as a struct.
struct Obj<'v> {
    map: &'v [(String, Value)],
    path: String,
    unknown: Vec<&'v str>,
    missing: Vec<&'static str>,
    errors_before: usize,
}

/// Reads one value at a path; `None` when it was reported.
type Read<T> = fn(&mut Reader, &Value, &str) -> Option<T>;

pub(super) fn join(base: &str, seg: &str) -> String {
    match (base.is_empty(), seg.is_empty()) {
        (true, _) => seg.to_owned(),
        (_, true) => base.to_owned(),
        _ => format!("{base}.{seg}"),
    }
}

/// The path of an array element: its id when it has a usable one, else its index.
fn element_path(base: &str, value: &Value, index: usize) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) if is_valid_id(id) => join(base, id),
        _ => format!("{base}[{index}]"),
    }
}

/// What a closed-set value at `path` is called in messages: the key it sits under,
/// or "condition" anywhere inside a `when`.
fn value_name(path: &str) -> &str {
    if path.contains(".when") {
        return "condition";
    }
    match path.rsplit('.').next() {
        Some(last) if !last.is_empty() && !last.contains('[') => last,
        _ => "value",
    }
}

/// The value of `key` in an object's entries.
fn member<'v>(map: &'v [(String, Value)], key: &str) -> Option<&'v Value> {
    map.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn describe(v: &Value) -> String {
    match &v.kind {
        Kind::Null => "null".into(),
        Kind::Bool(b) => format!("boolean `{b}`"),
        Kind::Number(n) => format!("number `{n}`"),
        Kind::String(s) => format!("string {}", quoted(s)),
        Kind::Array(_) => "list".into(),
        Kind::Object(_) => "object".into(),
    }
}

fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|s| (*s).to_owned()).collect()
}

impl Reader {
    fn push(&mut self, path: impl Into<String>, kind: ErrorKind) {
        self.errs.push(ConfigError::new(path, kind));
    }

    fn wrong(&mut self, path: &str, v: &Value, expected: &str) {
        let message = format!("invalid type: {}, expected {expected}", describe(v));
        self.push(path, ErrorKind::WrongType { message });
    }

    // -- objects ------------------------------------------------------------

    fn obj<'v>(&mut self, v: &'v Value, path: &str, keys: &[&str]) -> Option<Obj<'v>> {
        let errors_before = self.errs.len();
        let Kind::Object(map) = &v.kind else {
            self.wrong(path, v, "an object");
            return None;
        };
        let mut unknown = Vec::new();
        for (key, _) in map.iter().filter(|(k, _)| !keys.contains(&k.as_str())) {
            self.push(
                join(path, key),
                ErrorKind::UnknownKey {
                    key: key.clone(),
                    expected: owned(keys),
                },
            );
            unknown.push(key.as_str());
        }
        Some(Obj {
            map,
            path: path.to_owned(),
            unknown,
            missing: Vec::new(),
            errors_before,
        })
    }

    /// A required key.
    fn req<T>(&mut self, o: &mut Obj<'_>, key: &'static str, read: Read<T>) -> Option<T> {
        match member(o.map, key) {
            Some(v) => read(self, v, &join(&o.path, key)),
            None => {
                o.missing.push(key);
                None
            }
        }
    }

    /// An optional key; absent and `null` are `None`.
    fn opt<T>(&mut self, o: &Obj<'_>, key: &str, read: Read<T>) -> Option<T> {
        match member(o.map, key) {
            None
            | Some(Value {
                kind: Kind::Null, ..
            }) => None,
            Some(v) => read(self, v, &join(&o.path, key)),
        }
    }

    /// A key with a default when absent.
    fn def<T: Default>(&mut self, o: &Obj<'_>, key: &str, read: Read<T>) -> T {
        match member(o.map, key) {
            None => T::default(),
            Some(v) => read(self, v, &join(&o.path, key)).unwrap_or_default(),
        }
    }

    /// Reports missing keys; `Some(())` when the object had no error at all.
    fn done(&mut self, o: Obj<'_>) -> Option<()> {
        for key in o.missing {
            let misspelt = o.unknown.iter().any(|k| did_you_mean(k, &[key]).is_some());
            if !misspelt {
                self.push(
                    join(&o.path, key),
                    ErrorKind::MissingField {
                        field: key.to_owned(),
                    },
                );
            }
        }
        (self.errs.len() == o.errors_before).then_some(())
    }

    // -- scalars and lists --------------------------------------------------

    fn string(&mut self, v: &Value, path: &str) -> Option<String> {
        match &v.kind {
            Kind::String(s) => Some(s.clone()),
            _ => {
                self.wrong(path, v, "a string");
                None
            }
        }
    }

    fn boolean(&mut self, v: &Value, path: &str) -> Option<bool> {
        match &v.kind {
            Kind::Bool(b) => Some(*b),
            _ => {
                self.wrong(path, v, "a boolean");
                None
            }
        }
    }

    fn unsigned(&mut self, v: &Value, path: &str, max: u64, name: &str) -> Option<u64> {
        let Kind::Number(n) = &v.kind else {
            self.wrong(path, v, name);
            return None;
        };
        match v.as_u64() {
            Some(u) if u <= max => Some(u),
            _ => {
                let message = format!("invalid value: number `{n}`, expected {name}");
                self.push(path, ErrorKind::WrongType { message });
                None
            }
        }
    }

    fn u16(&mut self, v: &Value, path: &str) -> Option<u16> {
        let n = self.unsigned(v, path, u16::MAX.into(), "u16")?;
        u16::try_from(n).ok()
    }

    fn u32(&mut self, v: &Value, path: &str) -> Option<u32> {
        let n = self.unsigned(v, path, u32::MAX.into(), "u32")?;
        u32::try_from(n).ok()
    }

    fn usize(&mut self, v: &Value, path: &str) -> Option<usize> {
        let max = u64::try_from(usize::MAX).unwrap_or(u64::MAX);
        let n = self.unsigned(v, path, max, "usize")?;
        usize::try_from(n).ok()
    }

    /// A list; every element is read (and its errors reported) even after a bad one.
    fn list<T>(&mut self, v: &Value, path: &str, read: Read<T>) -> Option<Vec<T>> {
        let mut out = Vec::new();
        // Only this push is made per element type; the loop is compiled once.
        let all_read = self.elements(v, path, &mut |r, item, path| {
            read(r, item, path).map(|t| out.push(t)).is_some()
        });
        all_read.then_some(out)
    }

    /// Calls `read` on every element of the list `v` with the element's path; whether
    /// `v` is a list and every `read` returned `true`. Not generic, see [`Self::list`].
    #[inline(never)]
    fn elements(
        &mut self,
        v: &Value,
        path: &str,
        read: &mut dyn FnMut(&mut Self, &Value, &str) -> bool,
    ) -> bool {
        let Kind::Array(items) = &v.kind else {
            self.wrong(path, v, "a list");
            return false;
        };
        let mut all_read = true;
        for (i, item) in items.iter().enumerate() {
            all_read &= read(self, item, &element_path(path, item, i));
        }
        all_read
    }

    fn strings(&mut self, v: &Value, path: &str) -> Option<Vec<String>> {
        self.list(v, path, Self::string)
    }

    fn string_map(&mut self, v: &Value, path: &str) -> Option<IdMap<String, String>> {
        self.map(v, path, Self::string)
    }

    /// An object whose values are all read by `item`, keyed by its keys.
    fn map<T>(
        &mut self,
        v: &Value,
        path: &str,
        item: fn(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<IdMap<String, T>> {
        let Kind::Object(entries) = &v.kind else {
            self.wrong(path, v, "an object");
            return None;
        };
        // A loop, not `collect()` into a map: every entry is still read (so every
        // error is reported), and no sort-and-bulk-build code is compiled in.
        let mut out = Some(IdMap::new());
        for (k, value) in entries {
            match (item(self, value, &join(path, k)), out.as_mut()) {
                (Some(read), Some(m)) => _ = m.insert(k.clone(), read),
                (None, _) => out = None,
                _ => {}
            }
        }
        out
    }

    /// One of a closed set of words.
    fn word<T: Copy>(&mut self, v: &Value, path: &str, words: &[(&str, T)]) -> Option<T> {
        let Kind::String(s) = &v.kind else {
            self.wrong(path, v, "a string");
            return None;
        };
        if let Some((_, t)) = words.iter().find(|(w, _)| w == s) {
            return Some(*t);
        }
        self.push(
            path,
            ErrorKind::UnknownValue {
                what: value_name(path).to_owned(),
                value: s.clone(),
                allowed: words.iter().map(|(w, _)| (*w).to_owned()).collect(),
            },
        );
        None
    }

    /// An externally tagged value: `"tag"` or `{"tag": inner}`. Reports an unknown tag
    /// at `path`; returns the tag and the inner value with its path.
    fn tagged<'v>(
        &mut self,
        v: &'v Value,
        path: &str,
        tags: &[&str],
    ) -> Option<(&'v str, Option<(&'v Value, String)>)> {
        let (tag, inner) = match &v.kind {
            Kind::String(s) => (s.as_str(), None),
            Kind::Object(m) if m.len() == 1 => {
                let (k, inner) = m.first()?;
                (k.as_str(), Some((inner, join(path, k))))
            }
            _ => {
                self.wrong(path, v, "an object with one key");
                return None;
            }
        };
        if !tags.contains(&tag) {
            self.push(
                path,
                ErrorKind::UnknownValue {
                    what: value_name(path).to_owned(),
                    value: tag.to_owned(),
                    allowed: owned(tags),
                },
            );
            return None;
        }
        Some((tag, inner))
    }

    // -- the configuration --------------------------------------------------

    /// The ids of elements that could not be read, by list, for [`prune`].
    fn readable(&mut self, v: &Value, list: &str) -> bool {
        let path = list.to_owned();
        match list {
            "questions" => self.question(v, &path).is_some(),
            "outcomes" => self.outcome(v, &path).is_some(),
            "terms" => self.term(v, &path).is_some(),
            "directory" => self.service(v, &path).is_some(),
            _ => self.area(v, &path).is_some(),
        }
    }

    pub(super) fn config(&mut self, v: &Value) -> Option<RawConfig> {
        let mut o = self.obj(
            v,
            "",
            &[
                "$schema",
                "version",
                "gemeente",
                "questionnaire",
                "outcomes",
                "terms",
                "directory",
                "areas",
            ],
        )?;
        let schema = self.opt(&o, "$schema", Self::string);
        let version = self.req(&mut o, "version", Self::u32);
        let gemeente = self.req(&mut o, "gemeente", Self::gemeente);
        let questionnaire = self.req(&mut o, "questionnaire", Self::questionnaire);
        let outcomes = self.req(&mut o, "outcomes", |r, v, p| r.list(v, p, Self::outcome));
        let terms = self.def(&o, "terms", |r, v, p| r.list(v, p, Self::term));
        let directory = self.req(&mut o, "directory", |r, v, p| r.list(v, p, Self::service));
        let areas = self.def(&o, "areas", |r, v, p| r.list(v, p, Self::area));
        self.done(o)?;
        Some(RawConfig {
            schema,
            version: version?,
            gemeente: gemeente?,
            questionnaire: questionnaire?,
            outcomes: outcomes?,
            terms,
            directory: directory?,
            areas,
        })
    }

    fn gemeente(&mut self, v: &Value, path: &str) -> Option<RawGemeente> {
        let mut o = self.obj(
            v,
            path,
            &[
                "name",
                "code",
                "general-contact",
                "crisis",
                "default-language",
                "languages",
                "form",
                "quick-exit-url",
                "postcodes",
                "storage",
                "quick-exit",
                "share-crisis-advice",
                "overlays",
                "public-events",
            ],
        )?;
        let name = self.req(&mut o, "name", Self::string);
        let code = self.opt(&o, "code", Self::string);
        let general_contact = self.req(&mut o, "general-contact", Self::string);
        let crisis = self.req(&mut o, "crisis", Self::strings);
        let default_language = self.opt(&o, "default-language", Self::string);
        let languages = self.def(&o, "languages", Self::strings);
        let form = self.opt(&o, "form", |r, v, p| {
            r.word(v, p, &[("je", RawForm::Je), ("u", RawForm::U)])
        });
        let quick_exit_url = self.req(&mut o, "quick-exit-url", Self::string);
        let postcodes = self.def(&o, "postcodes", Self::strings);
        let storage = self.def(&o, "storage", Self::boolean);
        let quick_exit = self.opt(&o, "quick-exit", |r, v, p| {
            r.word(
                v,
                p,
                &[
                    ("every-screen", RawQuickExit::EveryScreen),
                    ("sensitive-screens", RawQuickExit::SensitiveScreens),
                ],
            )
        });
        let share_crisis_advice = self.def(&o, "share-crisis-advice", Self::boolean);
        let overlays = self.def(&o, "overlays", |r, v, p| r.map(v, p, Self::strings));
        let public_events = self.def(&o, "public-events", Self::strings);
        self.done(o)?;
        Some(RawGemeente {
            name: name?,
            code,
            general_contact: general_contact?,
            crisis: crisis?,
            default_language: default_language.unwrap_or_else(super::raw::default_language),
            languages,
            form,
            quick_exit_url: quick_exit_url?,
            postcodes,
            storage,
            quick_exit,
            share_crisis_advice,
            overlays,
            public_events,
        })
    }

    fn questionnaire(&mut self, v: &Value, path: &str) -> Option<RawQuestionnaire> {
        let mut o = self.obj(v, path, &["start", "questions"])?;
        let start = self.req(&mut o, "start", Self::string);
        let questions = self.req(&mut o, "questions", |r, v, p| r.list(v, p, Self::question));
        self.done(o)?;
        Some(RawQuestionnaire {
            start: start?,
            questions: questions?,
        })
    }

    fn question(&mut self, v: &Value, path: &str) -> Option<RawQuestion> {
        let mut o = self.obj(
            v,
            path,
            &[
                "id",
                "kind",
                "options",
                "house-number",
                "max-length",
                "branches",
                "next-by-answer",
                "next",
                "optional",
                "sensitive",
                "screening",
            ],
        )?;
        let id = self.req(&mut o, "id", Self::string);
        let kind = self.req(&mut o, "kind", |r, v, p| {
            r.word(
                v,
                p,
                &[
                    ("single-choice", RawKind::SingleChoice),
                    ("multiple-choice", RawKind::MultipleChoice),
                    ("yes-no", RawKind::YesNo),
                    ("postcode", RawKind::Postcode),
                    ("free-text", RawKind::FreeText),
                ],
            )
        });
        let options = self.def(&o, "options", |r, v, p| r.list(v, p, Self::option));
        let house_number = self.opt(&o, "house-number", |r, v, p| {
            r.word(
                v,
                p,
                &[
                    ("no", RawHouseNumber::No),
                    ("optional", RawHouseNumber::Optional),
                ],
            )
        });
        let max_length = self.opt(&o, "max-length", Self::usize);
        let branches = self.def(&o, "branches", |r, v, p| r.list(v, p, Self::branch));
        let next_by_answer = self.def(&o, "next-by-answer", Self::string_map);
        let next = self.opt(&o, "next", Self::string);
        let optional = self.def(&o, "optional", Self::boolean);
        let sensitive = self.def(&o, "sensitive", Self::boolean);
        let screening = self.def(&o, "screening", |r, v, p| r.map(v, p, Self::strings));
        self.done(o)?;
        Some(RawQuestion {
            id: id?,
            kind: kind?,
            options,
            house_number,
            max_length,
            branches,
            next_by_answer,
            next,
            optional,
            sensitive,
            screening,
        })
    }

    fn option(&mut self, v: &Value, path: &str) -> Option<RawOption> {
        let mut o = self.obj(v, path, &["id", "icon", "danger", "exclusive"])?;
        let id = self.req(&mut o, "id", Self::string);
        let icon = self.opt(&o, "icon", Self::string);
        let danger = self.def(&o, "danger", Self::boolean);
        let exclusive = self.def(&o, "exclusive", Self::boolean);
        self.done(o)?;
        Some(RawOption {
            id: id?,
            icon,
            danger,
            exclusive,
        })
    }

    fn branch(&mut self, v: &Value, path: &str) -> Option<RawBranch> {
        let mut o = self.obj(v, path, &["when", "to"])?;
        let when = self.req(&mut o, "when", Self::condition);
        let to = self.req(&mut o, "to", Self::string);
        self.done(o)?;
        Some(RawBranch {
            when: when?,
            to: to?,
        })
    }

    fn condition(&mut self, v: &Value, path: &str) -> Option<RawCondition> {
        let (tag, inner) = self.tagged(
            v,
            path,
            &[
                "answer-is",
                "answer-includes",
                "count-at-least",
                "all",
                "any",
                "not",
                "rule",
            ],
        )?;
        let Some((inner, p)) = inner else {
            self.wrong(path, v, "an object with one key");
            return None;
        };
        Some(match tag {
            "answer-is" => RawCondition::AnswerIs(self.answer_ref(inner, &p)?),
            "answer-includes" => RawCondition::AnswerIncludes(self.answer_ref(inner, &p)?),
            "count-at-least" => {
                let mut o = self.obj(inner, &p, &["question", "count"])?;
                let question = self.req(&mut o, "question", Self::string);
                let count = self.req(&mut o, "count", Self::usize);
                self.done(o)?;
                RawCondition::CountAtLeast(RawCount {
                    question: question?,
                    count: count?,
                })
            }
            "all" => RawCondition::All(self.list(inner, &p, Self::condition)?),
            "any" => RawCondition::Any(self.list(inner, &p, Self::condition)?),
            "not" => RawCondition::Not(Box::new(self.condition(inner, &p)?)),
            _ => RawCondition::Rule(self.string(inner, &p)?),
        })
    }

    fn answer_ref(&mut self, v: &Value, path: &str) -> Option<RawAnswerRef> {
        let mut o = self.obj(v, path, &["question", "option"])?;
        let question = self.req(&mut o, "question", Self::string);
        let option = self.req(&mut o, "option", Self::string);
        self.done(o)?;
        Some(RawAnswerRef {
            question: question?,
            option: option?,
        })
    }

    fn outcome(&mut self, v: &Value, path: &str) -> Option<RawOutcome> {
        let mut o = self.obj(
            v,
            path,
            &[
                "id",
                "first-contact",
                "show-team",
                "also",
                "community",
                "crisis",
                "law",
                "client-support",
                "urgency",
                "steps",
                "bring",
                "bring-in",
                "sensitive",
            ],
        )?;
        let id = self.req(&mut o, "id", Self::string);
        let first_contact = self.req(&mut o, "first-contact", Self::string);
        let show_team = self.def(&o, "show-team", Self::boolean);
        let also = self.def(&o, "also", Self::strings);
        let community = self.def(&o, "community", Self::strings);
        let crisis = self.def(&o, "crisis", Self::strings);
        let law = self.opt(&o, "law", Self::string);
        let client_support = self.def(&o, "client-support", Self::boolean);
        let urgency = self.opt(&o, "urgency", |r, v, p| {
            r.word(
                v,
                p,
                &[
                    ("normal", RawUrgency::Normal),
                    ("urgent", RawUrgency::Urgent),
                    ("crisis", RawUrgency::Crisis),
                ],
            )
        });
        let steps = self.def(&o, "steps", |r, v, p| r.list(v, p, Self::step));
        let bring = self.def(&o, "bring", Self::strings);
        let bring_in = self.opt(&o, "bring-in", Self::bring_in);
        let sensitive = self.def(&o, "sensitive", Self::boolean);
        self.done(o)?;
        Some(RawOutcome {
            id: id?,
            first_contact: first_contact?,
            show_team,
            also,
            community,
            crisis,
            law,
            client_support,
            urgency,
            steps,
            bring,
            bring_in,
            sensitive,
        })
    }

    fn step(&mut self, v: &Value, path: &str) -> Option<RawStep> {
        let mut o = self.obj(v, path, &["id", "term"])?;
        let id = self.req(&mut o, "id", Self::string);
        let term = self.opt(&o, "term", Self::string);
        self.done(o)?;
        Some(RawStep { id: id?, term })
    }

    fn bring_in(&mut self, v: &Value, path: &str) -> Option<RawBringIn> {
        let mut o = self.obj(v, path, &["question", "services"])?;
        let question = self.req(&mut o, "question", Self::string);
        let services = self.req(&mut o, "services", Self::string_map);
        self.done(o)?;
        Some(RawBringIn {
            question: question?,
            services: services?,
        })
    }

    fn term(&mut self, v: &Value, path: &str) -> Option<RawTerm> {
        let mut o = self.obj(v, path, &["id", "amount", "unit", "legal-basis", "source"])?;
        let id = self.req(&mut o, "id", Self::string);
        let amount = self.req(&mut o, "amount", Self::u16);
        let unit = self.req(&mut o, "unit", |r, v, p| {
            r.word(
                v,
                p,
                &[
                    ("hours", RawUnit::Hours),
                    ("days", RawUnit::Days),
                    ("working-days", RawUnit::WorkingDays),
                    ("weeks", RawUnit::Weeks),
                ],
            )
        });
        let legal_basis = self.req(&mut o, "legal-basis", Self::string);
        let source = self.req(&mut o, "source", Self::source);
        self.done(o)?;
        Some(RawTerm {
            id: id?,
            amount: amount?,
            unit: unit?,
            legal_basis: legal_basis?,
            source: source?,
        })
    }

    fn source(&mut self, v: &Value, path: &str) -> Option<RawSource> {
        let mut o = self.obj(v, path, &["url", "verified_on", "evidence", "note"])?;
        let url = self.req(&mut o, "url", Self::string);
        let verified_on = self.req(&mut o, "verified_on", Self::string);
        let evidence = self.opt(&o, "evidence", |r, v, p| {
            r.word(
                v,
                p,
                &[
                    ("verified", RawEvidence::Verified),
                    ("secondary", RawEvidence::Secondary),
                    ("unverified", RawEvidence::Unverified),
                ],
            )
        });
        let note = self.opt(&o, "note", Self::string);
        self.done(o)?;
        Some(RawSource {
            url: url?,
            verified_on: verified_on?,
            evidence,
            note,
        })
    }

    fn service(&mut self, v: &Value, path: &str) -> Option<RawService> {
        let mut o = self.obj(
            v,
            path,
            &[
                "id",
                "role",
                "name",
                "phones",
                "email",
                "url",
                "chat-url",
                "address",
                "schedules",
                "languages",
                "upl",
                "national",
            ],
        )?;
        let id = self.req(&mut o, "id", Self::string);
        let role = self.req(&mut o, "role", Self::string);
        let name = self.req(&mut o, "name", Self::string);
        let phones = self.def(&o, "phones", |r, v, p| r.list(v, p, Self::phone));
        let email = self.opt(&o, "email", Self::string);
        let url = self.opt(&o, "url", Self::string);
        let chat_url = self.opt(&o, "chat-url", Self::string);
        let address = self.opt(&o, "address", Self::address);
        let schedules = self.def(&o, "schedules", |r, v, p| r.list(v, p, Self::schedule));
        let languages = self.def(&o, "languages", Self::strings);
        let upl = self.opt(&o, "upl", Self::string);
        let national = self.def(&o, "national", Self::boolean);
        self.done(o)?;
        Some(RawService {
            id: id?,
            role: role?,
            name: name?,
            phones,
            email,
            url,
            chat_url,
            address,
            schedules,
            languages,
            upl,
            national,
        })
    }

    fn phone(&mut self, v: &Value, path: &str) -> Option<RawPhone> {
        let mut o = self.obj(v, path, &["number", "free", "hours", "anonymous", "source"])?;
        let number = self.req(&mut o, "number", Self::string);
        let free = self.opt(&o, "free", Self::boolean);
        let hours = self.opt(&o, "hours", Self::hours);
        let anonymous = self.def(&o, "anonymous", Self::boolean);
        let source = self.req(&mut o, "source", Self::source);
        self.done(o)?;
        Some(RawPhone {
            number: number?,
            free,
            hours,
            anonymous,
            source: source?,
        })
    }

    fn hours(&mut self, v: &Value, path: &str) -> Option<RawHours> {
        match self.tagged(v, path, &["always-open", "times"])? {
            (
                "always-open",
                None
                | Some((
                    Value {
                        kind: Kind::Null, ..
                    },
                    _,
                )),
            ) => Some(RawHours::AlwaysOpen),
            ("times", Some((inner, p))) => {
                Some(RawHours::Times(self.list(inner, &p, Self::times)?))
            }
            _ => {
                self.wrong(path, v, r#""always-open" or {"times": [...]}"#);
                None
            }
        }
    }

    fn times(&mut self, v: &Value, path: &str) -> Option<RawTimes> {
        let mut o = self.obj(v, path, &["days", "opens", "closes"])?;
        let days = self.req(&mut o, "days", Self::strings);
        let opens = self.req(&mut o, "opens", Self::string);
        let closes = self.req(&mut o, "closes", Self::string);
        self.done(o)?;
        Some(RawTimes {
            days: days?,
            opens: opens?,
            closes: closes?,
        })
    }

    fn schedule(&mut self, v: &Value, path: &str) -> Option<RawSchedule> {
        let mut o = self.obj(v, path, &["kind", "times"])?;
        let kind = self.req(&mut o, "kind", |r, v, p| {
            r.word(
                v,
                p,
                &[
                    ("walk-in", RawScheduleKind::WalkIn),
                    ("phone", RawScheduleKind::Phone),
                    ("appointment", RawScheduleKind::Appointment),
                ],
            )
        });
        let times = self.req(&mut o, "times", |r, v, p| r.list(v, p, Self::times));
        self.done(o)?;
        Some(RawSchedule {
            kind: kind?,
            times: times?,
        })
    }

    fn address(&mut self, v: &Value, path: &str) -> Option<RawAddress> {
        let mut o = self.obj(v, path, &["street", "postcode", "city"])?;
        let street = self.req(&mut o, "street", Self::string);
        let postcode = self.req(&mut o, "postcode", Self::string);
        let city = self.req(&mut o, "city", Self::string);
        self.done(o)?;
        Some(RawAddress {
            street: street?,
            postcode: postcode?,
            city: city?,
        })
    }

    fn area(&mut self, v: &Value, path: &str) -> Option<RawArea> {
        let mut o = self.obj(v, path, &["team", "pc4", "pc6", "addresses"])?;
        let team = self.req(&mut o, "team", Self::string);
        let pc4 = self.def(&o, "pc4", Self::strings);
        let pc6 = self.def(&o, "pc6", Self::strings);
        let addresses = self.def(&o, "addresses", |r, v, p| r.list(v, p, Self::address_range));
        self.done(o)?;
        Some(RawArea {
            team: team?,
            pc4,
            pc6,
            addresses,
        })
    }

    fn address_range(&mut self, v: &Value, path: &str) -> Option<RawAddressRange> {
        let mut o = self.obj(v, path, &["postcode", "from", "to", "parity"])?;
        let postcode = self.req(&mut o, "postcode", Self::string);
        let from = self.req(&mut o, "from", Self::u32);
        let to = self.req(&mut o, "to", Self::u32);
        let parity = self.opt(&o, "parity", |r, v, p| {
            r.word(v, p, &[("odd", RawParity::Odd), ("even", RawParity::Even)])
        });
        self.done(o)?;
        Some(RawAddressRange {
            postcode: postcode?,
            from: from?,
            to: to?,
            parity,
        })
    }
}

/// What [`prune`] removed: the ids of unreadable elements and the lists they were in.
#[derive(Debug, Default)]
pub(super) struct Dropped {
    /// `id` (or `team` for areas) of every removed element.
    pub(super) ids: Vec<String>,
    /// Names of the lists that lost an element ("questions", "directory", …).
    pub(super) lists: Vec<&'static str>,
}

/// A copy of the file without the questions, outcomes, terms, services and areas that
/// could not be read, so the rest can still be validated in the same pass.
pub(super) fn prune(value: &Value) -> (Value, Dropped) {
    let mut pruned = value.clone();
    let mut dropped = Dropped::default();
    let lists: [(&[&str], &'static str); 5] = [
        (&["questionnaire", "questions"], "questions"),
        (&["outcomes"], "outcomes"),
        (&["terms"], "terms"),
        (&["directory"], "directory"),
        (&["areas"], "areas"),
    ];
    for (keys, list) in lists {
        let Some(items) = list_mut(&mut pruned, keys) else {
            continue;
        };
        let before = items.len();
        items.retain(|item| {
            let ok = Reader { errs: Vec::new() }.readable(item, list);
            if !ok {
                let id = item
                    .get("id")
                    .or_else(|| item.get("team"))
                    .and_then(Value::as_str);
                dropped.ids.extend(id.map(str::to_owned));
            }
            ok
        });
        if items.len() != before {
            dropped.lists.push(list);
        }
    }
    (pruned, dropped)
}

/// The list under `keys` (one key per level), when it is there.
fn list_mut<'v>(value: &'v mut Value, keys: &[&str]) -> Option<&'v mut Vec<Value>> {
    let mut node = value;
    for key in keys {
        let Kind::Object(members) = &mut node.kind else {
            return None;
        };
        node = members.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)?;
    }
    match &mut node.kind {
        Kind::Array(items) => Some(items),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::config::{parse, ErrorKind};

    const SAMPLE: &str = include_str!("../../config/voorbeeldgemeente.json");

    /// The reader and the serde attributes (Serialize, JSON Schema) spell every key the
    /// same: what the reader reads, serialized and read again, is unchanged.
    #[test]
    fn round_trip_through_serialize() {
        let raw = parse(SAMPLE).expect("the sample parses");
        let text = serde_json::to_string(&raw).expect("serializes");
        assert_eq!(parse(&text).expect("reads back"), raw);
    }

    /// Every shape error of one element is reported, not just the first.
    #[test]
    fn all_shape_errors_of_one_element() {
        let mut v: serde_json::Value = serde_json::from_str(SAMPLE).expect("json");
        let term = &mut v["terms"][0];
        term["amount"] = serde_json::json!("4");
        term["unit"] = serde_json::json!("fortnights");
        term.as_object_mut().expect("object").remove("legal-basis");
        let errs = parse(&v.to_string()).expect_err("three errors");
        let kinds: Vec<_> = errs.iter().map(|e| &e.kind).collect();
        assert!(
            matches!(
                kinds[..],
                [
                    ErrorKind::WrongType { .. },
                    ErrorKind::UnknownValue { .. },
                    ErrorKind::MissingField { .. }
                ]
            ),
            "{errs:?}"
        );
    }
}
