#![cfg(all(feature = "web", not(target_arch = "wasm32")))]
//! Helper mode is complete: someone who fills the widget in for another person never
//! sees a text that speaks as that person ("Ik denk aan zelfdoding") or hands them
//! the other person's things as their own ("Neem mee: je identiteitsbewijs").
//!
//! Walks every route of the default configuration in helper mode with the real
//! engine, and renders (yew SSR, the real `App`) every question screen and every
//! advice on the way, in every shipped language and in the Dutch u-form. On each
//! question screen the option labels and hints, on each advice the whole advice (title,
//! why, services, steps, things to bring, "Mijn overzicht") and the note's plain-text
//! copy must hold no first-person word of that language. In Dutch the things to bring
//! must also hold no second person at all (they belong to the person helped, not to
//! the helper), and no step may say "je"/"jouw"/"uw" right before one of the resident's
//! things ("je huis", "uw huisarts"); "uw melding" (the helper's own report) is fine.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::rc::Rc;
use wegwijzer::engine::{advise, check_answer, Action, Input, Journey, Position};
use wegwijzer::i18n::{bundled, Localizer, LANGUAGES};
use wegwijzer::model::{Config, QuestionId, QuestionKind};
use wegwijzer::ui::{handover_text, App, AppProps, Shared, Ui};
use yew::LocalServerRenderer;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    let p = root().join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

fn config() -> Rc<Config> {
    Rc::new(
        wegwijzer::config::load(&read("config/voorbeeldgemeente.json"))
            .expect("the default config loads"),
    )
}

/// Every text set a resident can get: each shipped language (with Dutch as fallback,
/// as the widget builds it) and the Dutch u-form (layered over the je-form).
fn text_sets() -> Vec<(String, Localizer)> {
    let mut out = Vec::new();
    for l in LANGUAGES {
        let words = if l.tag == "nl" {
            Localizer::dutch()
        } else {
            let ui = read(&format!("locales/{}/ui.ftl", l.tag));
            let flow = read(&format!("locales/{}/flow.ftl", l.tag));
            Localizer::new(l.tag, &[&ui, &flow]).with_fallback(Localizer::dutch())
        };
        out.push((l.tag.to_owned(), words));
    }
    let (ui, flow) = (read("locales/nl/u/ui.ftl"), read("locales/nl/u/flow.ftl"));
    out.push((
        "nl-u".to_owned(),
        Localizer::new("nl", &[bundled::NL_UI, bundled::NL_FLOW, &ui, &flow]),
    ));
    for (_, l) in &mut out {
        l.set_isolating(false);
    }
    out
}

/// First-person words per language, matched as whole words (case-insensitive except
/// English "I"). Pronouns and possessives, plus, for languages that drop the pronoun,
/// the first-person verb and possessive forms the base texts use.
fn first_person(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" | "nl-u" => &["ik", "me", "mij", "mijn", "mezelf", "m'n"],
        "en" => &["I", "me", "my", "myself", "mine"],
        "fy" => &["ik", "my", "myn", "mysels", "'k"],
        "pl" => &[
            "ja",
            "mnie",
            "mi",
            "mną",
            "mój",
            "moja",
            "moje",
            "mojego",
            "mojej",
            "moim",
            "moimi",
            "moich",
            "moją",
            "mojemu",
            "mam",
            "jestem",
            "czuję",
            "myślę",
            "martwię",
            "rozumiem",
            "zgadzam",
            "daję",
            "wiem",
            "stracę",
            "straciłem",
            "straciłam",
        ],
        "uk" => &[
            "я",
            "мене",
            "мені",
            "мною",
            "мій",
            "моя",
            "моє",
            "мої",
            "мого",
            "моєї",
            "моїй",
            "моїм",
            "моїми",
            "моїх",
            "мою",
            "моєму",
            "думаю",
            "почуваюся",
            "турбуюся",
            "розумію",
            "погоджуюся",
            "справляюся",
            "знаю",
        ],
        "tr" => &[
            "ben",
            "beni",
            "bana",
            "bende",
            "benden",
            "benim",
            "kendim",
            "kendimi",
            "kendime",
            "işimi",
            "gelirim",
            "bakımımı",
            "özetim",
            "tavsiyem",
            "sözlerimle",
            "kaybettim",
            "üzereyim",
        ],
        "ar" => &[
            "أنا",
            "لي",
            "لدي",
            "لديّ",
            "عندي",
            "نفسي",
            "بنفسي",
            "معي",
            "حالتي",
            "عملي",
            "دخلي",
            "ملخصي",
            "بكلماتي",
            "نصيحتي",
            "أعرف",
            "أفكر",
            "أشعر",
            "أفهم",
            "أوافق",
            "أستطيع",
            "سأفقده",
        ],
        other => panic!("no first-person list for `{other}`: add one"),
    }
}

/// The words of a text: runs of letters, digits and apostrophes.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The first-person words in `text`, for `lang`.
fn first_person_in(lang: &str, text: &str) -> Vec<String> {
    let list = first_person(lang);
    let mut found = Vec::new();
    // "m'n" and "'k" keep their apostrophe: compare on the raw split as well.
    let raw: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    for w in words(text).into_iter().chain(raw) {
        let hit = list.iter().any(|f| {
            if lang == "en" && *f == "I" {
                w == "I"
            } else {
                w.to_lowercase() == f.to_lowercase()
            }
        });
        // Turkish drops the pronoun: "-iyorum" ("I am …-ing") is first person whatever
        // the verb ("yorum" alone is the noun "comment").
        let tr_verb = lang == "tr"
            && w.chars().count() > 6
            && ["ıyorum", "iyorum", "uyorum", "üyorum", "mıyorum", "miyorum"]
                .iter()
                .any(|s| w.to_lowercase().ends_with(s));
        if (hit || tr_verb) && !found.contains(&w.to_owned()) {
            found.push(w.to_owned());
        }
    }
    found
}

/// Dutch second person (je-form and u-form).
const DUTCH_YOU: [&str; 8] = ["je", "jij", "jou", "jouw", "jezelf", "u", "uw", "uzelf"];

/// The resident's things that a Dutch base step puts after "je"/"uw" ("je huis"): in
/// helper mode those belong to the person helped, so "je" there is wrong.
const RESIDENT_THINGS: [&str; 15] = [
    "huis",
    "kind",
    "huisarts",
    "schulden",
    "ontslag",
    "verhuurder",
    "gezin",
    "verhaal",
    "gezondheid",
    "werk",
    "postcode",
    "geld",
    "papieren",
    "rechten",
    "eigen",
];

/// Possessive second person before one of the resident's things, in a Dutch step.
/// A list, not grammar: "je" is also the helper's subject ("Bel je de huisartsenpost?"),
/// so only "je"/"jouw"/"uw" followed by one of those things counts.
fn dutch_possessive(text: &str) -> Vec<String> {
    let ws: Vec<String> = words(text).iter().map(|w| w.to_lowercase()).collect();
    ws.windows(2)
        .filter(|p| {
            ["je", "jouw", "uw"].contains(&p[0].as_str())
                && RESIDENT_THINGS.contains(&p[1].as_str())
        })
        .map(|p| format!("{} {}", p[0], p[1]))
        .collect()
}

/// What a question or advice screen looks like, for the walk.
struct Walk<'c> {
    config: &'c Config,
    /// Each question once, with a journey that stands at it.
    questions: BTreeMap<QuestionId, Journey>,
    /// Each distinct advice once (compared by its ids), with a journey that ends in it.
    advice: BTreeMap<String, Journey>,
}

impl Walk<'_> {
    fn visit(&mut self, journey: Journey, depth: usize) {
        let id = match journey.position() {
            Position::Outcome(_) => {
                let mut a = advise(self.config, &journey).expect("at an outcome");
                // The handover note shows topics and own words; both are checked
                // elsewhere (option labels, the resident's own text).
                a.topics.clear();
                a.own_words = None;
                self.advice.entry(format!("{a:?}")).or_insert(journey);
                return;
            }
            Position::Question(id) => id.clone(),
        };
        self.questions
            .entry(id.clone())
            .or_insert_with(|| journey.clone());
        assert!(
            depth <= self.config.questionnaire.questions().len(),
            "route too long at {id}"
        );
        let question = self.config.questionnaire.get(&id).clone();
        for input in candidates(self.config, &question.kind, question.optional) {
            let Ok(answer) = check_answer(&question, input) else {
                continue;
            };
            if let Ok(next) = journey.apply(self.config, Action::Answer(id.clone(), answer)) {
                if next.position() != journey.position() {
                    self.visit(next, depth + 1);
                }
            }
        }
    }
}

/// Every option, every pair of a multiple choice, a postcode of each team, one no team
/// serves, free text, and a skip where allowed.
fn candidates(config: &Config, kind: &QuestionKind, optional: bool) -> Vec<Input> {
    let mut out = Vec::new();
    match kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::YesNo => {
            out.extend(
                kind.option_ids()
                    .iter()
                    .map(|o| Input::Choice(o.to_string())),
            );
        }
        QuestionKind::MultipleChoice { options } => {
            for (i, a) in options.iter().enumerate() {
                out.push(Input::Choices(vec![a.id.to_string()]));
                for b in options[i + 1..]
                    .iter()
                    .filter(|b| !a.exclusive && !b.exclusive)
                {
                    out.push(Input::Choices(vec![a.id.to_string(), b.id.to_string()]));
                }
            }
        }
        QuestionKind::Postcode { .. } => {
            let areas = &config.areas;
            let mut pcs: Vec<String> = areas
                .pc4_ranges()
                .iter()
                .map(|r| format!("{} AA", r.from))
                .collect();
            pcs.extend(areas.pc6_entries().iter().map(|(pc, _)| pc.to_string()));
            pcs.extend(
                areas
                    .address_ranges()
                    .iter()
                    .map(|r| r.postcode.to_string()),
            );
            pcs.push("9999 ZZ".to_owned());
            out.extend(pcs.into_iter().map(|postcode| Input::Postcode {
                postcode,
                house_number: String::new(),
            }));
        }
        QuestionKind::FreeText { .. } => out.push(Input::Text("Meer rust".to_owned())),
    }
    if optional {
        out.push(Input::Skip);
    }
    out
}

fn render(config: &Rc<Config>, words: &Rc<Localizer>, journey: &Journey) -> String {
    let props = AppProps {
        config: Shared(Rc::clone(config)),
        l10n: Shared(Rc::clone(words)),
        initial: Some(journey.clone()),
        on_event: Default::default(),
        on_language: Default::default(),
        on_words: Default::default(),
        history_key: None,
        speech: false,
        page_url: Some("https://gemeente.example/hulp".into()),
    };
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The text inside every element whose class attribute starts with `class`.
fn texts_of_class(html: &str, class: &str) -> Vec<String> {
    html.split(&format!("class=\"{class}"))
        .skip(1)
        .map(|rest| {
            let start = rest.find('>').map_or(0, |i| i + 1);
            plain(rest[start..].split('<').next().unwrap_or(""))
        })
        .collect()
}

/// The text of the HTML between `from` and `to` (both markers in the HTML).
fn text_between(html: &str, from: &str, to: &str) -> String {
    let start = html.find(from).unwrap_or_else(|| panic!("no `{from}`"));
    let end = html[start..].find(to).map_or(html.len(), |i| start + i);
    let mut out = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push('\n');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    plain(&out)
}

fn plain(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

fn walk_helper_mode(config: &Config) -> Walk<'_> {
    let start = Journey::new(config)
        .apply(config, Action::SetHelper(true))
        .expect("helper mode");
    let mut walk = Walk {
        config,
        questions: BTreeMap::new(),
        advice: BTreeMap::new(),
    };
    walk.visit(start, 0);
    walk
}

#[test]
fn helper_mode_speaks_about_the_other_person_on_every_route_in_every_language() {
    let c = config();
    let walk = walk_helper_mode(&c);
    let outcomes: BTreeSet<String> = walk
        .advice
        .values()
        .map(|j| j.position().clone())
        .map(|p| format!("{p:?}"))
        .collect();
    // Every question and every outcome of the default routing table is reached.
    assert_eq!(
        walk.questions.len(),
        c.questionnaire.questions().len(),
        "questions reached: {:?}",
        walk.questions.keys().collect::<Vec<_>>()
    );
    assert_eq!(
        outcomes.len(),
        c.outcomes.len(),
        "outcomes reached: {outcomes:?}"
    );
    println!(
        "helper mode: {} questions, {} distinct advice screens",
        walk.questions.len(),
        walk.advice.len()
    );

    let mut problems = BTreeSet::new();
    for (lang, words) in text_sets() {
        let words = Rc::new(words);
        let check = |place: &str, text: &str| -> Option<String> {
            assert!(
                !text.contains('⟦'),
                "{lang}: missing message on {place}: {text}"
            );
            let found = first_person_in(&lang, text);
            (!found.is_empty()).then(|| format!("{lang}: {place}: {found:?} in “{}”", text.trim()))
        };
        for (q, journey) in &walk.questions {
            let html = render(&c, &words, journey);
            assert!(
                html.contains("checked"),
                "{lang}: helper toggle not on at {q}"
            );
            let options = texts_of_class(&html, "wegwijzer-choice__text");
            let hints = texts_of_class(&html, "wegwijzer-choice__hint");
            for t in options.iter().chain(&hints) {
                problems.extend(check(&format!("question {q}, option"), t));
            }
            let heading = texts_of_class(&html, "wegwijzer-heading");
            problems.extend(check(&format!("question {q}, heading"), &heading.join(" ")));
        }
        let ui = Ui::new(Shared(Rc::clone(&c)), Shared(Rc::clone(&words))).with_helper(true);
        for journey in walk.advice.values() {
            let Position::Outcome(o) = journey.position() else {
                unreachable!()
            };
            let html = render(&c, &words, journey);
            // The advice and "Mijn overzicht", up to the (helper's own) answers list.
            let advice = text_between(&html, "class=\"wegwijzer-advice\"", "wegwijzer-answers");
            for line in advice.lines().filter(|l| !l.trim().is_empty()) {
                problems.extend(check(&format!("advice {o}"), line));
            }
            let a = advise(&c, journey).expect("advice");
            problems.extend(check(
                &format!("advice {o}, copied note"),
                &handover_text(&ui, &a),
            ));
            if lang.starts_with("nl") {
                for item in list_items(&html, "wegwijzer-bring__list") {
                    let you: Vec<&str> = words_of(&item)
                        .into_iter()
                        .filter(|w| DUTCH_YOU.contains(&w.to_lowercase().as_str()))
                        .collect();
                    if !you.is_empty() {
                        problems.insert(format!("{lang}: advice {o}, bring: {you:?} in “{item}”"));
                    }
                }
                for step in list_items(&html, "wegwijzer-steps__list") {
                    let found = dutch_possessive(&step);
                    if !found.is_empty() {
                        problems.insert(format!("{lang}: advice {o}, step: {found:?} in “{step}”"));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} text(s) in helper mode speak as the person helped, or give their things to the helper:\n{}",
        problems.len(),
        problems.into_iter().collect::<Vec<_>>().join("\n")
    );
}

fn words_of(text: &str) -> Vec<&str> {
    words(text)
}

/// The text of each `<li>` inside the first element with class `list`.
fn list_items(html: &str, list: &str) -> Vec<String> {
    let Some(at) = html.find(&format!("class=\"{list}")) else {
        return Vec::new();
    };
    let rest = &html[at..];
    let end = rest
        .find("</ul>")
        .or_else(|| rest.find("</ol>"))
        .unwrap_or(rest.len());
    rest[..end]
        .split("<li")
        .skip(1)
        .map(|li| {
            let start = li.find('>').map_or(0, |i| i + 1);
            plain(li[start..].split('<').next().unwrap_or(""))
        })
        .collect()
}

#[test]
fn the_checks_catch_what_they_are_for() {
    assert_eq!(
        first_person_in("nl", "Het gaat heel slecht met me. Ik denk aan zelfdoding."),
        ["me", "Ik"]
    );
    assert!(first_person_in("nl", "Neem mee: het identiteitsbewijs van de ander").is_empty());
    assert_eq!(first_person_in("en", "In my own words"), ["my"]);
    assert!(first_person_in("en", "Is the other person in danger? Call 112.").is_empty());
    assert_eq!(
        first_person_in("tr", "İntiharı düşünüyorum."),
        ["düşünüyorum"]
    );
    assert!(first_person_in("tr", "Bir yorum yazın").is_empty());
    assert_eq!(first_person_in("uk", "Я не знаю"), ["Я", "знаю"]);
    assert_eq!(first_person_in("fy", "Myn oersjoch"), ["Myn"]);
    assert_eq!(dutch_possessive("Huur je je huis?"), ["je huis"]);
    assert!(dutch_possessive("Bel je de huisartsenpost?").is_empty());
    assert_eq!(
        dutch_possessive("Maak een afspraak met uw huisarts."),
        ["uw huisarts"]
    );
}
