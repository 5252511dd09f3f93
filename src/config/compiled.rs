//! The compiled configuration: a validated [`Config`] written as compact bytes, and read
//! back without parsing JSON or validating again.
//!
//! Reading and checking a JSON configuration is a third of the widget's code and most of
//! its start-up time (ADR 0009). So `wegwijzer compile` and the playground check the JSON
//! once, with every error explained, and write this form; the widget only [`decode`]s it.
//! A JSON configuration still works: the loader has the checker module compile it in the
//! browser.
//!
//! The format: the magic `WGWC`, a format version byte, a 32-bit FNV-1a checksum of the
//! body (over 32-bit words; little-endian), then the body: each model value in field order, integers as
//! LEB128, strings and lists with their length first, enums as a tag byte. The format is
//! private to one version of Wegwijzer: bump [`FORMAT`] whenever a model type changes.
//!
//! Decoding never panics and never trusts a length: a damaged, cut-off or foreign file
//! gives a [`CompiledError`], and after decoding every id the model looks up with
//! `expect` is checked to resolve.
//!
//! Nor does it trust the content. The checksum is not a signature, and a `.wgw` is a data
//! file that CMS editors or a CDN may replace without being allowed to publish script.
//! So the decoder holds the file to the validator's own rules (`model::checks`): every
//! id well-formed, every text at most [`MAX_TEXT`] bytes, every link `https://` (the
//! quick-exit target, websites, chat pages; sources' pages are not in the file) and
//! every e-mail address plain;
//! phone numbers are parsed again, so a `tel:` link holds digits and `+` only.
//! (Languages are checked by the localizer; overlay paths when they are fetched.) A file that breaks one is [`CompiledError::Refused`], naming what and why.

use crate::model::*;
use std::fmt;

/// The first bytes of every compiled configuration.
pub const MAGIC: &[u8; 4] = b"WGWC";

/// The version of the byte layout; a widget reads only its own.
pub const FORMAT: u8 = 3;

const HEADER: usize = 9;

/// Why bytes are not a compiled configuration this widget can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompiledError {
    /// The bytes do not start with [`MAGIC`]: not a compiled configuration.
    NotCompiled,
    /// Compiled for another format version.
    Version {
        /// The version in the file.
        found: u8,
    },
    /// The checksum does not match: the file was changed or cut off.
    Checksum,
    /// The body does not decode at this byte offset.
    Damaged {
        /// Offset in the file.
        at: usize,
    },
    /// An id in the file names nothing (a file that no compiler wrote).
    Dangling {
        /// The id.
        id: String,
    },
    /// A value breaks a rule the validator enforces (a file that no compiler wrote).
    Refused {
        /// What the value is, e.g. "quick-exit url".
        what: &'static str,
        /// The value (at most [`MAX_TEXT`] bytes).
        value: String,
    },
}

impl fmt::Display for CompiledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompiledError::NotCompiled => f.write_str("this is not a compiled configuration"),
            CompiledError::Version { found } => write!(
                f,
                "it was compiled for format {found}, this widget reads format {FORMAT}; compile the JSON again with this version"
            ),
            CompiledError::Checksum => {
                f.write_str("it is damaged or cut off (the checksum does not match); compile the JSON again")
            }
            CompiledError::Damaged { at } => {
                write!(f, "it is damaged at byte {at}; compile the JSON again")
            }
            CompiledError::Dangling { id } => write!(
                f,
                "it names `{id}`, which it does not contain; compile the JSON again"
            ),
            CompiledError::Refused { what, value } => write!(
                f,
                "its {what} `{value}` is not allowed (a file no compiler wrote); compile the JSON again"
            ),
        }
    }
}

impl std::error::Error for CompiledError {}

/// Whether `bytes` look like a compiled configuration (rather than JSON).
pub fn is_compiled(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Writes a validated configuration in the compiled form.
pub fn encode(config: &Config) -> Vec<u8> {
    let mut body = Vec::with_capacity(8 * 1024);
    // Only what the widget reads (see [`published`]).
    published(config).put(&mut body);
    let mut out = Vec::with_capacity(HEADER + body.len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&checksum(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// Reads a compiled configuration back into the model.
pub fn decode(bytes: &[u8]) -> Result<Config, CompiledError> {
    if !is_compiled(bytes) {
        return Err(CompiledError::NotCompiled);
    }
    let Some(&found) = bytes.get(4) else {
        return Err(CompiledError::Checksum);
    };
    if found != FORMAT {
        return Err(CompiledError::Version { found });
    }
    let (Some(sum), Some(body)) = (bytes.get(5..HEADER), bytes.get(HEADER..)) else {
        return Err(CompiledError::Checksum);
    };
    if sum != checksum(body).to_le_bytes() {
        return Err(CompiledError::Checksum);
    }
    let mut r = Reader {
        body,
        at: 0,
        depth: 0,
        refused: None,
    };
    let config = Config::get(&mut r);
    if let Some((what, value)) = r.refused.or_else(|| config.as_ref().and_then(unsafe_value)) {
        return Err(CompiledError::Refused { what, value });
    }
    let config = match config {
        Some(c) if r.at == body.len() => c,
        _ => return Err(CompiledError::Damaged { at: HEADER + r.at }),
    };
    match dangling(&config) {
        Some(id) => Err(CompiledError::Dangling { id }),
        None => Ok(config),
    }
}

/// The first link or address that breaks the validator's rules, and what it is.
fn unsafe_value(c: &Config) -> Option<(&'static str, String)> {
    let mut bad = None;
    let mut check = |what, v: &String, ok: bool| {
        if !ok && bad.is_none() {
            bad = Some((what, v.clone()));
        }
    };
    let https = |v: &String| check_https(v).is_ok();
    let g = &c.gemeente;
    check(
        "quick-exit url",
        &g.quick_exit_url,
        https(&g.quick_exit_url),
    );
    for s in c.directory.iter() {
        if let Some(v) = &s.url {
            check("website", v, https(v));
        }
        if let Some(v) = &s.chat_url {
            check("chat url", v, https(v));
        }
        if let Some(v) = &s.email {
            check("e-mail", v, is_email(v));
        }
    }
    bad
}

/// FNV-1a, 32 bits, over little-endian 32-bit words (then the last few bytes): catches
/// damage and truncation, a quarter of the steps of a byte-wise FNV (the widget runs
/// this before its first question). It is not a signature.
fn checksum(bytes: &[u8]) -> u32 {
    let mut words = bytes.chunks_exact(4);
    let step = |h: u32, v: u32| (h ^ v).wrapping_mul(0x0100_0193);
    let h = words.by_ref().fold(0x811c_9dc5, |h, w| {
        step(h, u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    });
    words
        .remainder()
        .iter()
        .fold(h, |h, &b| step(h, u32::from(b)))
}

/// The first id that does not resolve where the model expects it to.
fn dangling(c: &Config) -> Option<String> {
    let service = |id: &ServiceId| c.directory.find(id.as_str()).is_none();
    let question = |id: &QuestionId| c.questionnaire.find(id).is_none();
    let target = |t: &Target| match t {
        Target::Question(q) => question(q),
        Target::Outcome(o) => !c.outcomes.contains_key(o),
    };
    let first = |bad: bool, id: &dyn fmt::Display| bad.then(|| id.to_string());
    let g = &c.gemeente;
    first(service(&g.general_contact), &g.general_contact)
        .or_else(|| g.crisis.iter().find_map(|s| first(service(s), s)))
        .or_else(|| first(question(&c.questionnaire.start), &c.questionnaire.start))
        .or_else(|| {
            c.questionnaire.questions().iter().find_map(|q| {
                let r = &q.routing;
                let branch = |b: &Branch| first(target(&b.to), &q.id);
                r.branches.iter().find_map(branch).or_else(|| {
                    r.by_answer
                        .values()
                        .chain(r.next.as_ref())
                        .find_map(|t| first(target(t), &q.id))
                })
            })
        })
        .or_else(|| {
            c.outcomes.values().find_map(|o| {
                let services = std::iter::once(&o.first_contact)
                    .chain(&o.also)
                    .chain(&o.community)
                    .chain(&o.crisis)
                    .chain(
                        o.bring_in
                            .iter()
                            .flat_map(|b| b.services.iter().map(|s| &s.1)),
                    );
                services
                    .clone()
                    .find_map(|s| first(service(s), s))
                    .or_else(|| {
                        o.steps
                            .iter()
                            .filter_map(|s| s.term.as_ref())
                            .find_map(|t| first(!c.terms.contains_key(t), t))
                    })
                    .or_else(|| {
                        o.bring_in
                            .as_ref()
                            .and_then(|b| first(question(&b.question), &b.question))
                    })
            })
        })
        .or_else(|| {
            let a = &c.areas;
            a.pc4_ranges()
                .iter()
                .map(|r| &r.team)
                .chain(a.pc6_entries().iter().map(|e| &e.1))
                .chain(a.address_ranges().iter().map(|r| &r.team))
                .find_map(|s| first(service(s), s))
        })
}

/// Where decoding is in the body. `depth` bounds nested conditions, so a crafted file
/// cannot exhaust the stack.
struct Reader<'a> {
    body: &'a [u8],
    at: usize,
    depth: u8,
    /// The first value that breaks a rule (an id, a length), to name it.
    refused: Option<(&'static str, String)>,
}

impl Reader<'_> {
    /// Stops decoding at a value that breaks a rule; the first one is reported.
    fn refuse<T>(&mut self, what: &'static str, value: &str) -> Option<T> {
        self.refused.get_or_insert_with(|| (what, value.to_owned()));
        None
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.body.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.body.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    /// A LEB128 number of at most 32 bits.
    fn number(&mut self) -> Option<u32> {
        let mut n: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            n |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// A list length: never more items than bytes left, so a lie cannot allocate.
    fn len(&mut self) -> Option<usize> {
        let n = self.number()? as usize;
        (n <= self.body.len() - self.at).then_some(n)
    }
}

fn put_number(w: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        w.push((n as u8) | 0x80);
        n >>= 7;
    }
    w.push(n as u8);
}

/// A model value that can be written to and read from the compiled form.
trait Pack: Sized {
    fn put(&self, w: &mut Vec<u8>);
    fn get(r: &mut Reader) -> Option<Self>;
}

impl Pack for u32 {
    fn put(&self, w: &mut Vec<u8>) {
        put_number(w, *self);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.number()
    }
}

impl Pack for u16 {
    fn put(&self, w: &mut Vec<u8>) {
        put_number(w, u32::from(*self));
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.number()?.try_into().ok()
    }
}

impl Pack for u8 {
    fn put(&self, w: &mut Vec<u8>) {
        w.push(*self);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.byte()
    }
}

impl Pack for usize {
    fn put(&self, w: &mut Vec<u8>) {
        // Model counts (max lengths, option counts) are far below 2^32; saturate anyway.
        put_number(w, u32::try_from(*self).unwrap_or(u32::MAX));
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.number().map(|n| n as usize)
    }
}

impl Pack for bool {
    fn put(&self, w: &mut Vec<u8>) {
        w.push(u8::from(*self));
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Pack for String {
    fn put(&self, w: &mut Vec<u8>) {
        self.len().put(w);
        w.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let n = r.len()?;
        if n > MAX_TEXT {
            return r.refuse("text length", "over 1000 bytes");
        }
        let bytes = r.take(n)?;
        std::str::from_utf8(bytes).ok().map(str::to_owned)
    }
}

impl<T: Pack> Pack for Option<T> {
    fn put(&self, w: &mut Vec<u8>) {
        match self {
            None => w.push(0),
            Some(v) => {
                w.push(1);
                v.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => T::get(r).map(Some),
            _ => None,
        }
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn put(&self, w: &mut Vec<u8>) {
        self.len().put(w);
        for v in self {
            v.put(w);
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let n = r.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(T::get(r)?);
        }
        Some(out)
    }
}

impl<A: Pack, B: Pack> Pack for (A, B) {
    fn put(&self, w: &mut Vec<u8>) {
        self.0.put(w);
        self.1.put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some((A::get(r)?, B::get(r)?))
    }
}

impl<K: Pack + Ord + Clone, V: Pack> Pack for IdMap<K, V> {
    fn put(&self, w: &mut Vec<u8>) {
        self.len().put(w);
        for (k, v) in self {
            k.put(w);
            v.put(w);
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Vec::<(K, V)>::get(r).map(IdMap::from_iter)
    }
}

/// An id's string, if it is a well-formed id. One function for every kind of id.
fn id(r: &mut Reader) -> Option<String> {
    let id = String::get(r)?;
    if is_valid_id(&id) {
        Some(id)
    } else {
        r.refuse("id", &id)
    }
}

/// Ids are their strings.
macro_rules! pack_ids {
    ($($t:ty),*) => {$(
        impl Pack for $t {
            fn put(&self, w: &mut Vec<u8>) {
                self.as_str().to_owned().put(w);
            }
            fn get(r: &mut Reader) -> Option<Self> {
                id(r).map(<$t>::new)
            }
        }
    )*};
}
pack_ids!(QuestionId, OptionId, OutcomeId, ServiceId, TermId, StepId, BringId);

/// A fact's source: the widget only needs how strong the evidence is (it shows "gratis"
/// only for a verified free number) and the date. The page that states it stays in the
/// JSON, which `wegwijzer check` and reviewers read; leaving it out of the file residents
/// download saves about half a kilobyte (issue 19's budget).
impl Pack for Source {
    fn put(&self, w: &mut Vec<u8>) {
        self.verified_on.put(w);
        self.evidence.put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some(Source {
            url: String::new(),
            verified_on: Pack::get(r)?,
            evidence: Pack::get(r)?,
        })
    }
}

/// `config` as a compiled file carries it, so as [`decode`] gives it back: the sources
/// without their page (see [`Source`]'s packing), terms without their legal basis and
/// services without the languages they speak — facts for the checker and `routes`,
/// which read the JSON; the widget shows none of them. For tests and tools that compare.
pub fn published(config: &Config) -> Config {
    let mut c = config.clone();
    let services: Vec<Service> = c
        .directory
        .iter()
        .cloned()
        .map(|mut s| {
            s.phones.iter_mut().for_each(|p| p.source.url.clear());
            // Not shown by the widget (the checker and `routes` read the JSON).
            s.languages.clear();
            s
        })
        .collect();
    c.directory = Directory::new(services);
    let ids: Vec<TermId> = c.terms.keys().cloned().collect();
    for id in ids {
        if let Some(t) = c.terms.get_mut(&id) {
            t.source.url.clear();
            t.legal_basis.clear();
        }
    }
    c
}

/// Structs with public fields: each field in order.
macro_rules! pack_struct {
    ($($t:ident { $($f:ident),* })*) => {$(
        impl Pack for $t {
            fn put(&self, w: &mut Vec<u8>) {
                $( self.$f.put(w); )*
            }
            fn get(r: &mut Reader) -> Option<Self> {
                Some($t { $( $f: Pack::get(r)?, )* })
            }
        }
    )*};
}

pack_struct! {
    Config { gemeente, questionnaire, outcomes, directory, areas, terms }
    Gemeente {
        name, code, general_contact, crisis, default_language, languages, form,
        quick_exit_url, postcodes, storage, quick_exit, share_crisis_advice, overlays,
        public_events
    }
    Choice { id, icon, danger, exclusive }
    Branch { condition, to }
    Routing { branches, by_answer, next }
    Question { id, kind, routing, optional, sensitive, screening }
    Outcome {
        id, first_contact, show_team, also, community, crisis, law, client_support,
        urgency, steps, bring, bring_in, sensitive
    }
    NextStep { id, term }
    BringIn { question, services }
    Term { id, duration, legal_basis, source }
    Duration { amount, unit }
    Date { year, month, day }
    Phone { number, free, hours, anonymous, source }
    OpeningTime { days, opens, closes }
    Schedule { kind, times }
    Address { street, postcode, city }
    Service {
        id, role, name, phones, email, url, chat_url, address, schedules, languages, upl,
        national
    }
    Pc4Range { from, to, team }
    AddressRange { postcode, from, to, parity, team }
}

/// Field-less enums, by their position in the list given here. Appending keeps old
/// tags; reordering needs a new [`FORMAT`].
macro_rules! pack_unit {
    ($($t:ident [$($v:ident),*])*) => {$(
        impl Pack for $t {
            fn put(&self, w: &mut Vec<u8>) {
                const ALL: &[$t] = &[$($t::$v),*];
                w.push(ALL.iter().position(|v| v == self).unwrap_or(0) as u8);
            }
            fn get(r: &mut Reader) -> Option<Self> {
                const ALL: &[$t] = &[$($t::$v),*];
                ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    )*};
}
pack_unit! {
    Form [Je, U]
    QuickExit [EveryScreen, SensitiveScreens]
    Icon [Money, Work, Home, Health, Child, Care, Alone, Safety, People, Letter, Question, Wheelchair]
    HouseNumberMode [No, Optional]
    Rule [HelperMode, PostcodeServed, PostcodeOutsideAreas, DangerSignalled, PostcodeOutsideGemeente]
    Law [Wmo, Jeugdwet, Participatiewet, Wgs, Wlz, Zvw]
    Urgency [Normal, Urgent, Crisis]
    DurationUnit [Hours, Days, WorkingDays, Weeks]
    Evidence [Verified, Secondary, Unverified]
    Weekday [Mo, Tu, We, Th, Fr, Sa, Su]
    ScheduleKind [WalkIn, Phone, Appointment]
    Parity [All, Odd, Even]
    Role [
        WmoLoket, SociaalWijkteam, JeugdGezin, WerkInkomen, Schuldhulp, Clientondersteuning,
        Mantelzorg, Welzijn, SociaalRaadslieden, JuridischLoket, VeiligThuis, Emergency,
        SuicidePrevention, Helpline, Gemeente, Huisarts, Huisartsenpost, Uwv, Ciz
    ]
}

impl Pack for Target {
    fn put(&self, w: &mut Vec<u8>) {
        match self {
            Target::Question(q) => {
                w.push(0);
                q.put(w);
            }
            Target::Outcome(o) => {
                w.push(1);
                o.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => QuestionId::get(r).map(Target::Question),
            1 => OutcomeId::get(r).map(Target::Outcome),
            _ => None,
        }
    }
}

impl Pack for Condition {
    fn put(&self, w: &mut Vec<u8>) {
        match self {
            Condition::AnswerIs { question, option } => {
                w.push(0);
                (question.clone(), option.clone()).put(w);
            }
            Condition::AnswerIncludes { question, option } => {
                w.push(1);
                (question.clone(), option.clone()).put(w);
            }
            Condition::CountAtLeast { question, count } => {
                w.push(2);
                (question.clone(), *count).put(w);
            }
            Condition::All(all) => {
                w.push(3);
                all.put(w);
            }
            Condition::Any(any) => {
                w.push(4);
                any.put(w);
            }
            Condition::Not(not) => {
                w.push(5);
                not.put(w);
            }
            Condition::Rule(rule) => {
                w.push(6);
                rule.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let tag = r.byte()?;
        r.depth = r.depth.checked_add(1).filter(|d| *d <= 64)?;
        let c = match tag {
            0 => <(QuestionId, OptionId)>::get(r)
                .map(|(question, option)| Condition::AnswerIs { question, option }),
            1 => <(QuestionId, OptionId)>::get(r)
                .map(|(question, option)| Condition::AnswerIncludes { question, option }),
            2 => <(QuestionId, usize)>::get(r)
                .map(|(question, count)| Condition::CountAtLeast { question, count }),
            3 => Vec::get(r).map(Condition::All),
            4 => Vec::get(r).map(Condition::Any),
            5 => Condition::get(r).map(|c| Condition::Not(Box::new(c))),
            6 => Rule::get(r).map(Condition::Rule),
            _ => None,
        };
        r.depth -= 1;
        c
    }
}

impl Pack for QuestionKind {
    fn put(&self, w: &mut Vec<u8>) {
        match self {
            QuestionKind::SingleChoice { options } => {
                w.push(0);
                options.put(w);
            }
            QuestionKind::MultipleChoice { options } => {
                w.push(1);
                options.put(w);
            }
            QuestionKind::YesNo => w.push(2),
            QuestionKind::Postcode { house_number } => {
                w.push(3);
                house_number.put(w);
            }
            QuestionKind::FreeText { max_length } => {
                w.push(4);
                max_length.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Vec::get(r).map(|options| QuestionKind::SingleChoice { options }),
            1 => Vec::get(r).map(|options| QuestionKind::MultipleChoice { options }),
            2 => Some(QuestionKind::YesNo),
            3 => {
                HouseNumberMode::get(r).map(|house_number| QuestionKind::Postcode { house_number })
            }
            4 => usize::get(r).map(|max_length| QuestionKind::FreeText { max_length }),
            _ => None,
        }
    }
}

impl Pack for Hours {
    fn put(&self, w: &mut Vec<u8>) {
        match self {
            Hours::AlwaysOpen => w.push(0),
            Hours::Times(times) => {
                w.push(1);
                times.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(Hours::AlwaysOpen),
            1 => Vec::get(r).map(Hours::Times),
            _ => None,
        }
    }
}

impl Pack for Questionnaire {
    fn put(&self, w: &mut Vec<u8>) {
        self.start.put(w);
        self.questions().to_vec().put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some(Questionnaire::new(QuestionId::get(r)?, Vec::get(r)?))
    }
}

impl Pack for Directory {
    fn put(&self, w: &mut Vec<u8>) {
        self.iter().cloned().collect::<Vec<Service>>().put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Vec::<Service>::get(r).map(Directory::new)
    }
}

impl Pack for Areas {
    fn put(&self, w: &mut Vec<u8>) {
        self.pc4_ranges().to_vec().put(w);
        self.pc6_entries().to_vec().put(w);
        self.address_ranges().to_vec().put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some(Areas::new(Vec::get(r)?, Vec::get(r)?, Vec::get(r)?))
    }
}

/// A postcode as its six characters ("1234AB"), parsed again on reading.
impl Pack for Postcode {
    fn put(&self, w: &mut Vec<u8>) {
        self.to_string().put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Postcode::parse(&String::get(r)?).ok()
    }
}

/// A phone number as written; its dialable digits are derived again on reading.
impl Pack for PhoneNumber {
    fn put(&self, w: &mut Vec<u8>) {
        self.display().to_owned().put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        PhoneNumber::parse(&String::get(r)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_config() -> Config {
        crate::config::load(include_str!("../../config/voorbeeldgemeente.json"))
            .expect("the default configuration is valid")
    }

    #[test]
    fn round_trips_the_default_configuration() {
        let config = default_config();
        let bytes = encode(&config);
        assert!(is_compiled(&bytes));
        assert_eq!(decode(&bytes), Ok(published(&config)));
    }

    #[test]
    fn rejects_json_other_versions_and_damage() {
        let bytes = encode(&default_config());
        assert_eq!(
            decode(b"{\"gemeente\": {}}"),
            Err(CompiledError::NotCompiled)
        );
        let mut other = bytes.clone();
        other[4] = FORMAT + 1;
        assert_eq!(
            decode(&other),
            Err(CompiledError::Version { found: FORMAT + 1 })
        );
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(decode(&flipped), Err(CompiledError::Checksum));
        assert_eq!(
            decode(&bytes[..bytes.len() / 2]),
            Err(CompiledError::Checksum)
        );
        assert_eq!(decode(&bytes[..6]), Err(CompiledError::Checksum));
    }

    /// A file whose checksum is right but whose body is not: the decoder still says so.
    fn resealed(body: &[u8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(FORMAT);
        out.extend_from_slice(&checksum(body).to_le_bytes());
        out.extend_from_slice(body);
        out
    }

    #[test]
    fn a_resealed_cut_body_is_damaged_not_a_panic() {
        let bytes = encode(&default_config());
        let body = &bytes[HEADER..];
        for cut in [0, 1, 7, body.len() / 3, body.len() - 1] {
            assert!(matches!(
                decode(&resealed(&body[..cut])),
                Err(CompiledError::Damaged { .. })
            ));
        }
        let mut longer = body.to_vec();
        longer.push(0);
        assert!(matches!(
            decode(&resealed(&longer)),
            Err(CompiledError::Damaged { .. })
        ));
    }

    #[test]
    fn a_dangling_service_is_named() {
        let mut config = default_config();
        config.gemeente.general_contact = ServiceId::new("nowhere");
        assert_eq!(
            decode(&encode(&config)),
            Err(CompiledError::Dangling {
                id: "nowhere".to_owned()
            })
        );
    }
}
