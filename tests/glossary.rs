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
