#![cfg(not(target_arch = "wasm32"))]
//! Plain words: the glossary in the locales (`glossary-*`, see `i18n::glossary`).
//!
//! Every set has every Dutch entry, each written `<forms>: <explanation>`, and no
//! resident text in any set (the u-form too) uses an abbreviation or listed jargon
//! without an explanation or abbreviates days. Server-side renders of the widget show
//! an explanation at the first use on a screen only, again in "Mijn overzicht" (printed
//! on its own), in the screen's language, and never inside the resident's own words.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use wegwijzer::i18n::{glossary, ids, plain, Localizer, LANGUAGES};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every locale set as (name, language, folder): the eight shipped ones.
fn sets() -> Vec<(String, &'static str, PathBuf)> {
    let mut out: Vec<_> = LANGUAGES
        .iter()
        .map(|l| (l.tag.to_owned(), l.tag, root().join("locales").join(l.tag)))
        .collect();
    out.push(("nl (u-form)".to_owned(), "nl", root().join("locales/nl/u")));
    out
}

fn sources(dir: &Path) -> Vec<String> {
    ["ui.ftl", "flow.ftl"]
        .iter()
        .map(|f| std::fs::read_to_string(dir.join(f)).expect("locale file"))
        .collect()
}

/// The formatted glossary entries of one set, by id.
fn entries(lang: &str, dir: &Path) -> BTreeMap<String, String> {
    let src = sources(dir);
    let refs: Vec<&str> = src.iter().map(String::as_str).collect();
    let mut l = Localizer::new(lang, &refs);
    l.set_isolating(false);
    l.glossary_ids()
        .map(|id| (id.to_owned(), l.text(id)))
        .collect()
}

#[test]
fn every_set_has_every_dutch_entry_written_forms_colon_explanation() {
    let dutch = entries("nl", &root().join("locales/nl"));
    assert!(
        dutch.len() >= 10,
        "Dutch glossary looks too small: {dutch:?}"
    );
    for term in [
        "wmo",
        "uwv",
        "ww",
        "cak",
        "ciz",
        "dagbesteding",
        "toeslagen",
    ] {
        assert!(
            dutch.contains_key(&format!("{}{term}", ids::GLOSSARY)),
            "{term}"
        );
    }
    let mut problems = Vec::new();
    for (set, lang, dir) in sets() {
        let own = entries(lang, &dir);
        for id in dutch.keys().filter(|id| !own.contains_key(*id)) {
            problems.push(format!("{set}: missing {id}"));
        }
        for (id, text) in &own {
            match text.split_once(": ") {
                Some((forms, meaning)) if !forms.is_empty() && !meaning.is_empty() => {}
                _ => problems.push(format!("{set}: {id} is not `<forms>: <explanation>`")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_resident_text_leaves_a_hard_word_unexplained() {
    let mut problems = Vec::new();
    for (set, lang, dir) in sets() {
        let glossary: Vec<String> = entries(lang, &dir).into_values().collect();
        for src in sources(&dir) {
            for line in src.lines().filter(|l| !l.trim_start().starts_with('#')) {
                let Some((id, text)) = line.trim_start().split_once(" = ") else {
                    continue;
                };
                let words = match text.split_once(": ") {
                    Some((_, meaning)) if id.starts_with(ids::GLOSSARY) => {
                        glossary::unexplained(meaning, &[])
                    }
                    _ => glossary::unexplained(text, &glossary),
                };
                for word in words {
                    problems.push(format!("{set}: {id}: `{word}` unexplained"));
                }
                for short in plain::abbreviated_days(text, lang == "nl") {
                    problems.push(format!("{set}: {id}: `{short}` abbreviated"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_own_words_question_is_concrete_and_in_the_present() {
    for (set, lang, dir) in sets() {
        let src = sources(&dir);
        let refs: Vec<&str> = src.iter().map(String::as_str).collect();
        let l = Localizer::new(lang, &refs);
        for id in ["question-own-words", "question-own-words-helper"] {
            let text = l.text(id);
            // The old wording asked what "would" be different "if things were better".
            for hypothetical in ["zou", "would", "soe", "gdyby", "якби", "olurdu", "عندما"]
            {
                assert!(!text.contains(hypothetical), "{set}: {id}: {text}");
            }
            assert!(
                text.ends_with('?') || text.ends_with('؟'),
                "{set}: {id}: {text}"
            );
        }
    }
}

#[cfg(feature = "web")]
mod widget {
    use std::rc::Rc;
    use wegwijzer::engine::{Journey, Position};
    use wegwijzer::i18n::Localizer;
    use wegwijzer::model::{Answer, Config, OptionId, QuestionId};
    use wegwijzer::ui::{App, AppProps, Shared};
    use yew::LocalServerRenderer;

    const CONFIG: &str = include_str!("../config/voorbeeldgemeente.json");

    fn config() -> Rc<Config> {
        Rc::new(wegwijzer::config::load(CONFIG).expect("example config loads"))
    }

    fn dutch() -> Localizer {
        let mut l = Localizer::dutch();
        l.set_isolating(false);
        l
    }

    fn english() -> Localizer {
        let read = |f: &str| std::fs::read_to_string(format!("locales/en/{f}")).expect("en");
        let (ui, flow) = (read("ui.ftl"), read("flow.ftl"));
        let mut l = Localizer::new("en", &[&ui, &flow]).with_fallback(dutch());
        l.set_isolating(false);
        l
    }

    fn render(config: &Rc<Config>, l10n: Localizer, answers: &[(&str, Answer)]) -> String {
        let map: wegwijzer::engine::Answers = answers
            .iter()
            .map(|(q, a)| (QuestionId::new(*q), a.clone()))
            .collect();
        let journey = Journey::from_answers(config, map, false);
        assert!(matches!(journey.position(), Position::Outcome(_)));
        let props = AppProps {
            config: Shared(Rc::clone(config)),
            l10n: Shared::new(l10n),
            initial: Some(journey),
            on_event: Default::default(),
            on_language: Default::default(),
            on_words: Default::default(),
            speech: false,
            page_url: None,
            history_key: None,
        };
        futures::executor::block_on(
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        )
    }

    fn job_loss() -> Vec<(&'static str, Answer)> {
        vec![
            ("topic", Answer::Choices(vec![OptionId::new("work-income")])),
            (
                "income-situation",
                Answer::Choice(OptionId::new("lost-job")),
            ),
        ]
    }

    /// The screen before "Mijn overzicht" (a `<dl>`), and the note.
    fn screen_and_note(html: &str) -> (&str, &str) {
        html.split_at(html.find("<dl").expect("the note is on the advice"))
    }

    #[test]
    fn the_first_use_on_a_screen_is_explained_the_next_ones_are_not() {
        let html = render(&config(), dutch(), &job_loss());
        let (screen, note) = screen_and_note(&html);
        let uwv = "UWV (de landelijke organisatie voor werk en uitkeringen)";
        // "Ga eerst naar UWV" is the heading: the first use.
        let heading = &screen[screen.find("ww-advice-heading").unwrap()..];
        assert!(
            heading.split("</h2>").next().unwrap().contains(uwv),
            "{heading}"
        );
        assert_eq!(screen.matches(uwv).count(), 1, "{screen}");
        assert!(screen.matches("UWV").count() > 3, "UWV is used again");
        // WW first on the contact card's line; not again in "Waarom dit advies?" or
        // the steps below it.
        let ww = "WW (geld voor een tijd, na het verlies van werk)";
        assert_eq!(screen.matches("(geld voor een tijd").count(), 1, "{screen}");
        assert!(screen.contains(ww), "{screen}");
        assert!(
            screen.contains("toeslagen (geld van de overheid"),
            "{screen}"
        );
        // "Mijn overzicht" is printed on its own: it explains again, once.
        assert_eq!(note.matches(uwv).count(), 1, "{note}");
    }

    #[test]
    fn an_advice_mentioning_wmo_explains_it_but_not_in_the_residents_own_words() {
        let answers = [
            ("topic", Answer::Choices(vec![OptionId::new("home")])),
            ("home-need", Answer::Choice(OptionId::new("household"))),
            ("own-words", Answer::Text("Mijn Wmo-hulp stopt.".into())),
            ("postcode", Answer::Skipped),
        ];
        let html = render(&config(), dutch(), &answers);
        let (screen, note) = screen_and_note(&html);
        // A compound: the explanation names the word it explains.
        let wmo = "Wmo-melding (Wmo: de wet voor hulp om thuis te kunnen blijven wonen)";
        assert_eq!(screen.matches(wmo).count(), 1, "{screen}");
        assert!(
            note.contains(">Mijn Wmo-hulp stopt.<"),
            "own words as typed: {note}"
        );
        assert_eq!(note.matches(wmo).count(), 1, "{note}");
    }

    #[test]
    fn explanations_are_in_the_screens_language() {
        let html = render(&config(), english(), &job_loss());
        let (screen, _) = screen_and_note(&html);
        assert!(
            screen.contains("UWV (the national agency for work and benefits)"),
            "{screen}"
        );
        assert!(!screen.contains("landelijke organisatie"), "{screen}");
    }
}
