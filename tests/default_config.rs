#![cfg(not(target_arch = "wasm32"))]
//! Tests about the default configuration (`config/voorbeeldgemeente.json`), its Dutch
//! texts (`locales/nl/flow.ftl`) and its scenario fixtures (`tests/flows/*.json`).
//!
//! What is checked here is the *data*: that it parses, that every fact carries a source,
//! that the national numbers are exactly those of the domain brief, that every text the
//! UI will look up exists and reads as B1, and that the fixtures agree with the routing
//! as written in the file. The engine's own fixture runner is the judge of the engine;
//! the small walk below only reads the raw routing so typos in config or fixtures show up
//! even before the engine exists.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use wegwijzer::config::raw::{
    RawCondition, RawConfig, RawEvidence, RawKind, RawOutcome, RawParity, RawQuestion, RawSource,
    RawUrgency,
};
use wegwijzer::model::{
    AddressRange, AreaMatch, Areas, Date, Parity, Pc4Range, Postcode, ServiceId,
};

const CONFIG: &str = include_str!("../config/voorbeeldgemeente.json");
const FLOW_FTL: &str = include_str!("../locales/nl/flow.ftl");

fn raw() -> RawConfig {
    wegwijzer::config::parse(CONFIG).expect("the default config parses into the raw layer")
}

fn question<'a>(cfg: &'a RawConfig, id: &str) -> Option<&'a RawQuestion> {
    cfg.questionnaire.questions.iter().find(|q| q.id == id)
}

fn outcome<'a>(cfg: &'a RawConfig, id: &str) -> Option<&'a RawOutcome> {
    cfg.outcomes.iter().find(|o| o.id == id)
}

// ---------------------------------------------------------------------------------------
// Parsing and validation
// ---------------------------------------------------------------------------------------

#[test]
fn parses_into_the_raw_layer() {
    let cfg = raw();
    assert_eq!(cfg.gemeente.name, "Voorbeeldgemeente");
    assert_eq!(cfg.questionnaire.start, "topic");
    assert!(
        cfg.outcomes.len() >= 13,
        "one outcome per routing-table row at least"
    );
}

/// Passes once the validator (another helper's work) lands; until then `validate` is a stub.
#[test]
fn loads_and_validates() {
    if let Err(errors) = wegwijzer::config::load(CONFIG) {
        let listed: Vec<String> = errors.iter().map(|e| format!("{e:?}")).collect();
        panic!("the default config must validate:\n{}", listed.join("\n"));
    }
}

/// No webmaster warnings, as of the day the facts were checked. (Info-level notes about
/// secondary or unverified evidence are expected: the sample's local numbers are made up.)
/// The real "is a crisis number stale today?" check belongs to the CLI in CI, not here.
#[test]
fn raises_no_lint_warnings() {
    let config = wegwijzer::config::load(CONFIG).expect("the default config validates");
    let checked = Date::parse("2026-11-23").expect("date");
    let warnings: Vec<String> = wegwijzer::config::lint(&config, checked)
        .iter()
        .filter(|w| w.kind.level() == wegwijzer::config::Level::Warning)
        .map(ToString::to_string)
        .collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Facts and their sources
// ---------------------------------------------------------------------------------------

fn assert_sourced(what: &str, source: &RawSource) {
    assert!(
        source.url.starts_with("https://") && source.url.len() > "https://".len(),
        "{what}: source url must be a full https address, got {:?}",
        source.url
    );
    assert!(
        Date::parse(&source.verified_on).is_ok(),
        "{what}: verified_on must be a date like 2026-11-23, got {:?}",
        source.verified_on
    );
    assert!(
        source.evidence.is_some(),
        "{what}: say how strong the evidence is (verified, secondary or unverified)"
    );
    assert!(
        source.note.as_deref().is_some_and(|n| !n.is_empty()),
        "{what}: the note says where the fact comes from"
    );
}

#[test]
fn every_phone_and_term_has_a_source() {
    let cfg = raw();
    let mut phones = 0;
    for service in &cfg.directory {
        for phone in &service.phones {
            assert_sourced(&format!("{} {}", service.id, phone.number), &phone.source);
            phones += 1;
        }
    }
    for term in &cfg.terms {
        assert_sourced(&format!("term {}", term.id), &term.source);
        assert!(
            !term.legal_basis.is_empty(),
            "term {} needs a legal basis",
            term.id
        );
    }
    assert!(
        phones >= 25,
        "expected every desk to have a number, found {phones} phones"
    );
}

/// The national numbers exactly as the domain brief (§3) gives them, with its evidence label.
#[test]
fn national_numbers_match_the_domain_brief() {
    let cfg = raw();
    let expected: &[(&str, &str, RawEvidence)] = &[
        ("alarm-112", "112", RawEvidence::Verified),
        ("zelfmoordpreventie-113", "113", RawEvidence::Verified),
        ("zelfmoordpreventie-113", "0800-0113", RawEvidence::Verified),
        ("veilig-thuis", "0800-2000", RawEvidence::Verified),
        ("kindertelefoon", "0800-0432", RawEvidence::Verified),
        ("geldfit", "0800-8115", RawEvidence::Verified),
        ("luisterlijn", "088-0767 000", RawEvidence::Verified),
        ("mantelzorglijn", "030-760 60 55", RawEvidence::Secondary),
        (
            "meldpunt-zorgwekkend-gedrag",
            "0800-1205",
            RawEvidence::Verified,
        ),
        ("juridisch-loket", "0800-8020", RawEvidence::Secondary),
    ];
    for (id, number, evidence) in expected {
        let service = cfg
            .directory
            .iter()
            .find(|s| s.id == *id)
            .unwrap_or_else(|| panic!("{id} is missing from the directory"));
        assert!(service.national, "{id} is a national service");
        let phone = service
            .phones
            .iter()
            .find(|p| p.number == *number)
            .unwrap_or_else(|| panic!("{id} must have the number {number}"));
        assert_eq!(phone.source.evidence, Some(*evidence), "{id} {number}");
    }
    // "gratis" only where the brief verifies it.
    for service in &cfg.directory {
        for phone in &service.phones {
            if phone.free == Some(true) {
                assert_eq!(
                    phone.source.evidence,
                    Some(RawEvidence::Verified),
                    "{} {} is marked free without verified evidence",
                    service.id,
                    phone.number
                );
            }
        }
    }
    let chat = |id: &str| {
        cfg.directory
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.chat_url.clone())
    };
    assert_eq!(
        chat("zelfmoordpreventie-113").as_deref(),
        Some("https://www.113.nl")
    );
}

/// Local numbers of the sample gemeente are made up: they must say so.
#[test]
fn fictional_numbers_are_marked_unverified() {
    let cfg = raw();
    for service in cfg.directory.iter().filter(|s| !s.national) {
        for phone in &service.phones {
            assert_eq!(
                phone.source.evidence,
                Some(RawEvidence::Unverified),
                "{}",
                service.id
            );
            let note = phone.source.note.as_deref().unwrap_or_default();
            assert!(
                note.contains("fictional"),
                "{}: note must say the number is fictional",
                service.id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Routing-table rules from the domain brief
// ---------------------------------------------------------------------------------------

#[test]
fn advice_follows_the_domain_rules() {
    let cfg = raw();
    let crisis_ids = ["alarm-112", "zelfmoordpreventie-113", "veilig-thuis"];
    for o in &cfg.outcomes {
        let crisis = matches!(o.urgency, Some(wegwijzer::config::raw::RawUrgency::Crisis));
        if crisis {
            assert!(
                o.sensitive,
                "{}: crisis advice shows the quick-exit button",
                o.id
            );
            assert!(
                o.crisis.iter().any(|c| crisis_ids.contains(&c.as_str())),
                "{}: crisis advice lists crisis numbers",
                o.id
            );
            assert!(
                o.bring.is_empty(),
                "{}: no forms or lists in a crisis",
                o.id
            );
        } else {
            // Outside the gemeente its local community options do not apply; the
            // national helplines stand in.
            assert!(
                !o.community.is_empty() || o.id == "outside-gemeente",
                "{}: a community option next to the formal route",
                o.id
            );
            assert!(!o.steps.is_empty(), "{}: say what happens next", o.id);
            assert!(
                !o.bring.is_empty(),
                "{}: say what to bring (or that nothing is needed)",
                o.id
            );
        }
    }
    // Safety goes straight to the crisis advice, before any other branch.
    let topic = question(&cfg, "topic").expect("topic");
    let first = &topic.branches[0];
    assert_eq!(first.to, "unsafe-at-home");
    assert!(matches!(&first.when, RawCondition::AnswerIncludes(r) if r.option == "safety"));
    // The crisis strip: 112, 113, Veilig Thuis, the huisartsenpost and the gemeente.
    assert_eq!(
        cfg.gemeente.crisis,
        [
            "alarm-112",
            "zelfmoordpreventie-113",
            "veilig-thuis",
            "huisartsenpost",
            "gemeente-contact"
        ]
    );
}

#[test]
fn one_postcode_area_is_left_uncovered() {
    let areas = areas(&raw());
    let pc = |s: &str| Postcode::parse(s).expect("test postcode");
    assert_eq!(areas.lookup(&pc("9995 AB"), None), AreaMatch::Unknown);
    assert_eq!(
        areas.lookup(&pc("9991 AB"), None),
        AreaMatch::Team("wijkteam-noord".into())
    );
    assert_eq!(
        areas.lookup(&pc("9991 XB"), None),
        AreaMatch::Team("wijkteam-centrum".into())
    );
    assert_eq!(
        areas.lookup(&pc("9992 CD"), Some(7)),
        AreaMatch::Team("wijkteam-centrum".into())
    );
    assert_eq!(
        areas.lookup(&pc("9992 CD"), Some(8)),
        AreaMatch::Team("wijkteam-zuid".into())
    );
}

/// Builds the model's area table from the raw file (the validator will do this for real).
fn areas(cfg: &RawConfig) -> Areas {
    let (mut pc4, mut pc6, mut addresses) = (Vec::new(), Vec::new(), Vec::new());
    for area in &cfg.areas {
        let team = ServiceId::new(area.team.clone());
        for range in &area.pc4 {
            let (from, to) = range.split_once('-').unwrap_or((range, range));
            pc4.push(Pc4Range {
                from: from.parse().expect("pc4"),
                to: to.parse().expect("pc4"),
                team: team.clone(),
            });
        }
        for code in &area.pc6 {
            pc6.push((Postcode::parse(code).expect("pc6"), team.clone()));
        }
        for a in &area.addresses {
            addresses.push(AddressRange {
                postcode: Postcode::parse(&a.postcode).expect("pc6"),
                from: a.from,
                to: a.to,
                parity: match a.parity {
                    None => Parity::All,
                    Some(RawParity::Odd) => Parity::Odd,
                    Some(RawParity::Even) => Parity::Even,
                },
                team: team.clone(),
            });
        }
    }
    Areas::new(pc4, pc6, addresses)
}

// ---------------------------------------------------------------------------------------
// Fluent texts
// ---------------------------------------------------------------------------------------

/// A message as found in the .ftl file: its value and attributes as plain text, and
/// which variables it uses.
#[derive(Default)]
struct Msg {
    value: Option<String>,
    attributes: BTreeMap<String, String>,
    variables: BTreeSet<String>,
}

fn flatten(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                if let Expression::Inline(InlineExpression::VariableReference { id }) = expression {
                    vars.insert(id.name.to_owned());
                    out.push_str(&format!("{{ ${} }}", id.name));
                } else {
                    out.push_str("{ … }");
                }
            }
        }
    }
    out
}

fn flow_messages() -> BTreeMap<String, Msg> {
    let resource = match fluent_syntax::parser::parse(FLOW_FTL) {
        Ok(r) => r,
        Err((_, errors)) => panic!("locales/nl/flow.ftl has syntax errors: {errors:?}"),
    };
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut msg = Msg::default();
            msg.value = m.value.as_ref().map(|p| flatten(p, &mut msg.variables));
            for a in &m.attributes {
                let text = flatten(&a.value, &mut msg.variables);
                msg.attributes.insert(a.id.name.to_owned(), text);
            }
            let previous = messages.insert(m.id.name.to_owned(), msg);
            assert!(previous.is_none(), "message {} is defined twice", m.id.name);
        }
    }
    messages
}

/// Every Fluent id the default config needs, with the attributes it must have.
fn required_ids(cfg: &RawConfig) -> BTreeMap<String, &'static [&'static str]> {
    let mut ids: BTreeMap<String, &'static [&'static str]> = BTreeMap::new();
    for q in &cfg.questionnaire.questions {
        ids.insert(format!("question-{}", q.id), &["why"]);
        ids.insert(format!("question-{}-helper", q.id), &[]);
        if matches!(q.kind, RawKind::SingleChoice | RawKind::MultipleChoice) {
            for o in &q.options {
                ids.insert(format!("option-{}-{}", q.id, o.id), &[]);
            }
        }
    }
    for o in &cfg.outcomes {
        ids.insert(format!("outcome-{}", o.id), &["why"]);
        for s in &o.steps {
            ids.insert(format!("step-{}", s.id), &[]);
        }
        for b in &o.bring {
            ids.insert(format!("bring-{b}"), &[]);
        }
    }
    for s in &cfg.directory {
        ids.insert(format!("service-{}", s.id), &[]);
    }
    ids.insert("duration".into(), &[]);
    ids
}

#[test]
fn every_text_the_config_needs_exists() {
    let cfg = raw();
    let messages = flow_messages();
    let mut missing = Vec::new();
    for (id, attributes) in required_ids(&cfg) {
        match messages.get(&id) {
            None => missing.push(id),
            Some(msg) => {
                assert!(msg.value.is_some(), "{id} needs a value");
                for a in attributes {
                    assert!(msg.attributes.contains_key(*a), "{id} needs .{a}");
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing in locales/nl/flow.ftl: {missing:?}"
    );
}

#[test]
fn no_text_is_left_over() {
    let required = required_ids(&raw());
    let messages = flow_messages();
    // A helper-mode variant (`<id>-helper`) is used wherever its base is; glossary
    // entries (`glossary-*`) explain words wherever a text uses them.
    let used = |id: &str| {
        required.contains_key(id)
            || id.starts_with(wegwijzer::i18n::ids::GLOSSARY)
            || id
                .strip_suffix("-helper")
                .is_some_and(|base| required.contains_key(base))
    };
    let extra: Vec<&String> = messages.keys().filter(|id| !used(id)).collect();
    assert!(extra.is_empty(), "texts no config element uses: {extra:?}");
}

/// A step with a term says `{ $term }`; a step without one does not.
#[test]
fn steps_use_their_term() {
    let cfg = raw();
    let messages = flow_messages();
    for o in &cfg.outcomes {
        for s in &o.steps {
            let msg = &messages[&format!("step-{}", s.id)];
            assert_eq!(
                msg.variables.contains("term"),
                s.term.is_some(),
                "outcome {} step {}: the text and the config disagree about a term",
                o.id,
                s.id
            );
            if let Some(term) = &s.term {
                assert!(
                    cfg.terms.iter().any(|t| &t.id == term),
                    "unknown term {term}"
                );
            }
        }
    }
    let duration = &messages["duration"];
    assert!(
        duration.variables.is_empty(),
        "duration selects on $unit and $amount"
    );
}

/// `duration` renders Dutch plurals, and a step reads naturally with it.
#[test]
fn durations_render_in_dutch() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let resource = FluentResource::try_new(FLOW_FTL.to_owned()).expect("flow.ftl parses");
    let mut bundle = FluentBundle::new(vec!["nl".parse().expect("nl")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no duplicate ids");
    let format = |id: &str, args: &FluentArgs| {
        let pattern = bundle.get_message(id).and_then(|m| m.value()).expect(id);
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{id}: {errors:?}");
        text
    };
    let duration = |amount: u16, unit: &str| {
        let mut args = FluentArgs::new();
        args.set("amount", amount);
        args.set("unit", unit);
        format("duration", &args)
    };
    assert_eq!(duration(6, "weeks"), "6 weken");
    assert_eq!(duration(1, "weeks"), "1 week");
    assert_eq!(duration(3, "working-days"), "3 werkdagen");
    assert_eq!(duration(7, "days"), "7 dagen");
    assert_eq!(duration(48, "hours"), "48 uur");
    let mut args = FluentArgs::new();
    args.set("term", duration(3, "working-days"));
    assert_eq!(
        format("step-debt-intake-urgent", &args),
        "Dan heb je binnen 3 werkdagen een eerste gesprek (intakegesprek)."
    );
}

/// B1 in the je-form: the project's plain-language check, plus no u-form.
#[test]
fn texts_are_plain_dutch_in_the_je_form() {
    let mut problems = Vec::new();
    for (id, msg) in flow_messages().iter().filter(|(id, _)| *id != "duration") {
        let texts = msg
            .value
            .iter()
            .map(|v| (String::new(), v))
            .chain(msg.attributes.iter().map(|(a, v)| (format!(".{a}"), v)));
        for (attr, text) in texts {
            let report = wegwijzer::i18n::plain::check(text);
            if !report.flagged.is_empty() {
                problems.push(format!("{id}{attr}: officialese {:?}", report.flagged));
            }
            if report.average_sentence_length() > 13.0 {
                problems.push(format!(
                    "{id}{attr}: {:.1} words per sentence",
                    report.average_sentence_length()
                ));
            }
            let words: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect();
            if words.iter().any(|w| w == "u" || w == "uw") {
                problems.push(format!("{id}{attr}: u-form in a je-form text"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Scenario fixtures, read against the raw routing
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Ans {
    Choice(String),
    Choices(Vec<String>),
    Postcode(String, Option<u32>),
    Text,
    Skipped,
}

impl Ans {
    fn picked(&self) -> Vec<&str> {
        match self {
            Ans::Choice(o) => vec![o.as_str()],
            Ans::Choices(os) => os.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }
}

struct Walk<'a> {
    cfg: &'a RawConfig,
    helper: bool,
    answers: BTreeMap<String, Ans>,
    /// Current position: a question id or an outcome id.
    at: String,
}

impl Walk<'_> {
    fn holds(&self, c: &RawCondition) -> bool {
        let picked = |q: &str| self.answers.get(q).map(Ans::picked).unwrap_or_default();
        match c {
            RawCondition::AnswerIs(r) => picked(&r.question) == [r.option.as_str()],
            RawCondition::AnswerIncludes(r) => picked(&r.question).contains(&r.option.as_str()),
            RawCondition::CountAtLeast(r) => picked(&r.question).len() >= r.count,
            RawCondition::All(cs) => cs.iter().all(|c| self.holds(c)),
            RawCondition::Any(cs) => cs.iter().any(|c| self.holds(c)),
            RawCondition::Not(c) => !self.holds(c),
            RawCondition::Rule(r) if r == "helper-mode" => self.helper,
            RawCondition::Rule(r) if r == "postcode-outside-gemeente" => {
                self.answers.values().any(|a| match a {
                    Ans::Postcode(pc, _) => {
                        let pc4: u16 = pc[..4].parse().expect("pc4");
                        !self.cfg.gemeente.postcodes.iter().any(|range| {
                            let (from, to) = range.split_once('-').unwrap_or((range, range));
                            (from.parse().unwrap()..=to.parse().unwrap()).contains(&pc4)
                        })
                    }
                    _ => false,
                })
            }
            RawCondition::Rule(r) => panic!("rule {r} is not used by the default config"),
        }
    }

    /// Where an answered question leads: branches, then by answer, then `next`.
    fn next(&self, q: &RawQuestion) -> String {
        if let Some(b) = q.branches.iter().find(|b| self.holds(&b.when)) {
            return b.to.clone();
        }
        if let [only] = self.answers.get(&q.id).map(Ans::picked).unwrap_or_default()[..] {
            if let Some(to) = q.next_by_answer.get(only) {
                return to.clone();
            }
        }
        q.next
            .clone()
            .unwrap_or_else(|| panic!("{}: no way forward", q.id))
    }

    /// Whether `target` is an outcome with urgency `crisis`.
    fn crisis(&self, target: &str) -> bool {
        self.cfg
            .outcomes
            .iter()
            .any(|o| o.id == target && o.urgency == Some(RawUrgency::Crisis))
    }

    /// The answered questions from the start, and where that walk ends. With several
    /// picks at a question with `screening`, the picked options' screening questions
    /// come next (option order, each once); a crisis answer ends the walk, other
    /// answers are only recorded; then the walk resumes where the question led.
    fn path(&self) -> (Vec<String>, String) {
        let mut path: Vec<String> = Vec::new();
        let mut at = self.cfg.questionnaire.start.clone();
        let mut queue: Vec<String> = Vec::new();
        let mut resume: Option<String> = None;
        let mut steps = 0;
        while let Some(q) = question(self.cfg, &at) {
            steps += 1;
            assert!(steps < 100, "routing loops at {at}");
            if !self.answers.contains_key(&q.id) {
                break;
            }
            if path.contains(&q.id) {
                at = self.next(q); // asked in screening: pass through
                continue;
            }
            path.push(q.id.clone());
            let mut to = self.next(q);
            if !self.crisis(&to) {
                let picked = self.answers[&q.id].picked();
                let screening = !queue.is_empty() || resume.is_some();
                if !screening && picked.len() >= 2 && !q.screening.is_empty() {
                    for o in q.options.iter().filter(|o| picked.contains(&o.id.as_str())) {
                        for s in q.screening.get(&o.id).into_iter().flatten() {
                            if !queue.contains(s) && !path.contains(s) {
                                queue.push(s.clone());
                            }
                        }
                    }
                    resume = Some(to.clone());
                }
                if !queue.is_empty() {
                    to = queue.remove(0);
                } else if let Some(r) = resume.take() {
                    to = r;
                }
            }
            at = to;
        }
        (path, at)
    }

    fn apply(&mut self, step: &Value) {
        if step.get("back").is_some() {
            let (path, _) = self.path();
            let before: Vec<&String> = path.iter().take_while(|q| **q != self.at).collect();
            self.at = before.last().expect("something to go back to").to_string();
        } else if let Some(q) = step.get("change").and_then(Value::as_str) {
            assert!(
                self.path().0.iter().any(|p| p == q),
                "change {q}: not on the path"
            );
            self.at = q.to_owned();
        } else {
            let q = step["answer"].as_str().expect("answer names a question");
            let question = question(self.cfg, q).unwrap_or_else(|| panic!("no question {q}"));
            assert!(
                self.at == q || self.path().0.iter().any(|p| p == q),
                "answer {q}: not the current question (at {}) nor on the path",
                self.at
            );
            let answer = read_input(question, &step["input"]);
            self.answers.insert(q.to_owned(), answer);
            let (path, end) = self.path();
            self.answers.retain(|k, _| path.contains(k));
            // The next stop after `q` on the walked path (screening can put questions
            // between `q` and where its own routing points), or where the walk ends.
            let after = path
                .iter()
                .position(|p| p == q)
                .and_then(|i| path.get(i + 1));
            self.at = after.cloned().unwrap_or(end);
            let _ = question;
        }
    }
}

fn read_input(q: &RawQuestion, input: &Value) -> Ans {
    let option_ok = |o: &str| match q.kind {
        RawKind::YesNo => o == "yes" || o == "no",
        _ => q.options.iter().any(|opt| opt.id == o),
    };
    if input.get("skip").is_some() {
        assert!(
            q.optional,
            "{}: only optional questions can be skipped",
            q.id
        );
        return Ans::Skipped;
    }
    match q.kind {
        RawKind::SingleChoice | RawKind::YesNo => {
            let o = input["choice"].as_str().expect("choice");
            assert!(option_ok(o), "{}: no option {o}", q.id);
            Ans::Choice(o.to_owned())
        }
        RawKind::MultipleChoice => {
            let os: Vec<String> = input["choices"]
                .as_array()
                .expect("choices")
                .iter()
                .map(|v| v.as_str().expect("option id").to_owned())
                .collect();
            for o in &os {
                assert!(option_ok(o), "{}: no option {o}", q.id);
            }
            Ans::Choices(os)
        }
        RawKind::Postcode => {
            let pc = input["postcode"].as_str().expect("postcode");
            let nr = input
                .get("house-number")
                .and_then(Value::as_str)
                .unwrap_or_default();
            Ans::Postcode(pc.to_owned(), nr.parse().ok())
        }
        RawKind::FreeText => {
            assert!(input["text"].as_str().is_some(), "{}: text", q.id);
            Ans::Text
        }
    }
}

fn fixtures() -> Vec<(String, Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/flows");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .expect("tests/flows exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable fixture");
            let name = p
                .file_name()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, value)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn fixtures_cover_every_routing_table_row() {
    let names: Vec<String> = fixtures().into_iter().map(|(n, _)| n).collect();
    for row in 1..=13 {
        let prefix = format!("row{row:02}-");
        assert!(
            names.iter().any(|n| n.starts_with(&prefix)),
            "no fixture for row {row}"
        );
    }
    assert!(names.len() >= 20, "{} fixtures", names.len());
}

#[test]
fn fixtures_agree_with_the_raw_routing() {
    let cfg = raw();
    let table = areas(&cfg);
    for (name, fx) in fixtures() {
        let mut walk = Walk {
            cfg: &cfg,
            helper: fx["helper"].as_bool().unwrap_or(false),
            answers: BTreeMap::new(),
            at: cfg.questionnaire.start.clone(),
        };
        for step in fx["steps"].as_array().expect("steps") {
            walk.apply(step);
        }
        let expect = &fx["expect"];
        if let Some(q) = expect.get("question").and_then(Value::as_str) {
            assert_eq!(walk.at, q, "{name}: expected to stop at question {q}");
            continue;
        }
        let want = expect["outcome"]
            .as_str()
            .expect("expect.outcome or expect.question");
        assert_eq!(walk.at, want, "{name}: outcome");
        let o = outcome(&cfg, want).unwrap_or_else(|| panic!("{name}: no outcome {want}"));
        check_outcome_expectations(&name, &cfg, &table, &walk, o, expect);
    }
}

fn check_outcome_expectations(
    name: &str,
    cfg: &RawConfig,
    table: &Areas,
    walk: &Walk,
    o: &RawOutcome,
    expect: &Value,
) {
    let strs = |key: &str| -> Vec<String> {
        expect
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|v| v.as_str().expect("string").to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let crisis_advice = matches!(o.urgency, Some(wegwijzer::config::raw::RawUrgency::Crisis));
    let mut crisis: Vec<String> = o.crisis.clone();
    if crisis_advice || danger_signalled(cfg, walk) {
        crisis.extend(cfg.gemeente.crisis.iter().cloned());
    }
    for c in strs("crisis-includes") {
        assert!(crisis.contains(&c), "{name}: crisis list lacks {c}");
    }
    let picked = walk
        .answers
        .get(&cfg.questionnaire.start)
        .map(Ans::picked)
        .unwrap_or_default();
    let bring_in: Vec<String> = o
        .bring_in
        .iter()
        .flat_map(|b| picked.iter().filter_map(|p| b.services.get(*p).cloned()))
        .collect();
    let shown: Vec<&String> = o
        .also
        .iter()
        .chain(&o.community)
        .chain(&crisis)
        .chain(&bring_in)
        .collect();
    for s in strs("shows") {
        assert!(
            shown.contains(&&s),
            "{name}: {s} is not shown (shown: {shown:?})"
        );
    }
    let terms: Vec<&str> = o.steps.iter().filter_map(|s| s.term.as_deref()).collect();
    for t in strs("terms") {
        assert!(terms.contains(&t.as_str()), "{name}: no step with term {t}");
    }
    if let Some(u) = expect.get("urgency").and_then(Value::as_str) {
        let have = o.urgency.map_or("normal", |u| match u {
            wegwijzer::config::raw::RawUrgency::Normal => "normal",
            wegwijzer::config::raw::RawUrgency::Urgent => "urgent",
            wegwijzer::config::raw::RawUrgency::Crisis => "crisis",
        });
        assert_eq!(have, u, "{name}: urgency");
    }
    if let Some(cs) = expect.get("client-support").and_then(Value::as_bool) {
        let law = matches!(o.law.as_deref(), Some("wmo" | "jeugdwet"));
        assert_eq!(o.client_support || law, cs, "{name}: client support");
    }
    let team = team_for(table, walk);
    if let Some(t) = expect.get("team") {
        let want = match t.as_str() {
            Some(s) => s.to_owned(),
            None => format!("choose {:?}", strs_of(&t["choose"])),
        };
        assert_eq!(team, want, "{name}: team");
    }
    if let Some(fc) = expect.get("first-contact").and_then(Value::as_str) {
        let first_is_team = cfg
            .directory
            .iter()
            .any(|s| s.id == o.first_contact && s.role == "sociaal-wijkteam");
        let found = cfg.directory.iter().any(|s| s.id == team);
        let have = if first_is_team && found {
            team.clone()
        } else {
            o.first_contact.clone()
        };
        assert_eq!(have, fc, "{name}: first contact");
    }
}

fn strs_of(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("list")
        .iter()
        .map(|s| s.as_str().expect("string").to_owned())
        .collect()
}

fn danger_signalled(cfg: &RawConfig, walk: &Walk) -> bool {
    walk.answers.iter().any(|(q, a)| {
        let options = question(cfg, q)
            .map(|q| q.options.as_slice())
            .unwrap_or_default();
        a.picked()
            .iter()
            .any(|p| options.iter().any(|o| o.id == *p && o.danger))
    })
}

/// "not-asked", "gemeente-wide", a team id, or "choose [..]" — as the fixtures spell it.
fn team_for(table: &Areas, walk: &Walk) -> String {
    let answer = walk.answers.values().find_map(|a| match a {
        Ans::Postcode(pc, nr) => Some((pc.clone(), *nr)),
        _ => None,
    });
    let skipped = walk
        .answers
        .get("postcode")
        .is_some_and(|a| matches!(a, Ans::Skipped));
    match answer {
        None if skipped => "gemeente-wide".into(),
        None => "not-asked".into(),
        Some((pc, nr)) => {
            let pc = Postcode::parse(&pc).expect("fixture postcode parses");
            match table.lookup(&pc, nr) {
                AreaMatch::Team(t) => t.to_string(),
                AreaMatch::Ambiguous(ts) => {
                    let ids: Vec<String> = ts.iter().map(ToString::to_string).collect();
                    format!("choose {ids:?}")
                }
                AreaMatch::Unknown => "gemeente-wide".into(),
            }
        }
    }
}

/// Crisis advice can be reached from the first screen ("Veilig zijn thuis"), before the
/// complete Dutch words have arrived (ADR 0011): its title, reason and steps are
/// compiled in.
#[test]
fn crisis_advice_words_are_compiled_in() {
    let cfg = raw();
    let bundled: Vec<&str> = wegwijzer::i18n::bundled::NL
        .iter()
        .flat_map(|s| s.lines())
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .collect();
    let mut missing = Vec::new();
    for o in cfg
        .outcomes
        .iter()
        .filter(|o| o.urgency == Some(RawUrgency::Crisis))
    {
        // The cards' one-line descriptions follow with the complete words: a card
        // without one still shows the name, the number and the hours.
        let ids = std::iter::once(format!("outcome-{}", o.id))
            .chain(o.steps.iter().map(|s| format!("step-{}", s.id)));
        for id in ids {
            // Services without a description line need none.
            let exists = FLOW_FTL.lines().any(|l| l.starts_with(&format!("{id} =")));
            if exists && !bundled.contains(&id.as_str()) {
                missing.push(format!("{}: {id}", o.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "move these to `## Crisisadviezen` in locales/nl/flow.ftl:\n{}",
        missing.join("\n")
    );
}

/// Names are data, shown in the je-form and the u-form alike: neither form in a name
/// ("Je eigen huisarts" stayed je-form on u-form sites, issue 19).
#[test]
fn service_names_use_neither_je_nor_u() {
    let cfg = raw();
    let forms = ["je", "jij", "jou", "jouw", "u", "uw"];
    let wrong: Vec<&str> = cfg
        .directory
        .iter()
        .filter(|s| {
            s.name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| forms.contains(&w.to_lowercase().as_str()))
        })
        .map(|s| s.name.as_str())
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}
