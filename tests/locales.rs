//! Locale checks: every `.ftl` parses, every message the code and the default
//! configuration need exists in every shipped language (failures name the id and the
//! language), every helper-mode variant (`<id>-helper`) has its base and exists in every
//! language that Dutch has it for, and the Dutch resident texts are plain (B1): on
//! average at most 12 words per sentence and no officialese from the domain brief's
//! lint list.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use wegwijzer::i18n::catalog::{required_messages, FtlIndex, Needed};
use wegwijzer::i18n::{ids, plain, LANGUAGES};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// Every `.ftl` file under `locales/`, sorted.
fn ftl_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("locales dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "ftl") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("locales"), &mut out);
    out.sort();
    out
}

/// The messages of one locale folder (its own files only, not sub-folders).
fn index_of(dir: &Path) -> FtlIndex {
    let mut index = FtlIndex::default();
    for file in ["ui.ftl", "flow.ftl"] {
        let p = dir.join(file);
        if p.exists() {
            index.merge(FtlIndex::parse(&read(&p)));
        }
    }
    index
}

fn default_config() -> wegwijzer::model::Config {
    let json = read(&root().join("config/voorbeeldgemeente.json"));
    wegwijzer::config::load(&json).expect("the default config loads")
}

/// The locale folders to check: every shipped language, plus the Dutch u-form.
fn locale_dirs() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = LANGUAGES
        .iter()
        .map(|l| (l.tag.to_owned(), root().join("locales").join(l.tag)))
        .collect();
    out.push(("nl (u-form)".to_owned(), root().join("locales/nl/u")));
    out
}

#[test]
fn every_ftl_file_parses_without_errors() {
    let files = ftl_files();
    assert!(files.len() >= 2, "expected locale files, found {files:?}");
    let mut problems = Vec::new();
    for f in &files {
        for e in FtlIndex::parse(&read(f)).errors {
            problems.push(format!("{}: {e}", f.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "fluent syntax errors:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_language_has_every_message_the_default_config_needs() {
    let needed = required_messages(&default_config());
    assert!(
        needed.len() > 50,
        "the catalogue looks too small: {}",
        needed.len()
    );
    let mut missing = Vec::new();
    for (lang, dir) in locale_dirs() {
        let index = index_of(&dir);
        for n in needed.iter().filter(|n| !index.has(n)) {
            missing.push(format!("{lang}: {n}"));
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing message(s):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_language_has_every_ui_message_of_dutch() {
    let dutch = FtlIndex::parse(&read(&root().join("locales/nl/ui.ftl")));
    assert!(dutch.messages.len() > 20, "Dutch ui.ftl looks incomplete");
    let mut missing = Vec::new();
    for (lang, dir) in locale_dirs().into_iter().filter(|(l, _)| l != "nl") {
        let index = index_of(&dir);
        for (id, attrs) in &dutch.messages {
            let mut wanted = vec![Needed {
                id: id.clone(),
                attr: None,
            }];
            wanted.extend(attrs.iter().map(|a| Needed {
                id: id.clone(),
                attr: Some(leak(a)),
            }));
            for n in wanted.iter().filter(|n| !index.has(n)) {
                missing.push(format!("{lang}: {n}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing UI message(s):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_helper_variant_has_a_base_and_exists_wherever_dutch_has_it() {
    // Helper mode shows `<id>-helper` instead of `<id>` when the language has it
    // (`Localizer::helper_id`): a variant without a base is a typo, and a variant (or
    // one of its attributes) missing in one language would show that language's
    // first-person text, or a Dutch attribute, to a helper.
    let dutch = index_of(&root().join("locales/nl"));
    let dutch_variants: Vec<(&String, &BTreeSet<String>)> = dutch
        .messages
        .iter()
        .filter(|(id, _)| ids::is_helper(id))
        .collect();
    assert!(
        dutch_variants.len() > 100,
        "expected helper variants in Dutch, found {}",
        dutch_variants.len()
    );
    let mut problems = Vec::new();
    for (lang, dir) in locale_dirs() {
        let index = index_of(&dir);
        for id in index.messages.keys().filter(|id| ids::is_helper(id)) {
            let base = &id[..id.len() - ids::HELPER_SUFFIX.len()];
            if !index.messages.contains_key(base) {
                problems.push(format!("{lang}: {id} has no base message {base}"));
            }
        }
        for (id, attrs) in &dutch_variants {
            match index.messages.get(*id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some(own) => {
                    for a in attrs.iter().filter(|a| !own.contains(*a)) {
                        problems.push(format!("{lang}: missing {id}.{a}"));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} helper-variant problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Attribute names in `Needed` are `&'static str`; tests may leak a few small strings.
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

#[test]
fn every_message_id_used_in_the_ui_code_exists_in_dutch() {
    let dutch: BTreeSet<String> = {
        let mut i = FtlIndex::parse(&read(&root().join("locales/nl/ui.ftl")));
        i.merge(FtlIndex::parse(&read(&root().join("locales/nl/flow.ftl"))));
        i.messages.into_keys().collect()
    };
    let mut used = BTreeSet::new();
    for dir in ["src/ui", "src/embed"] {
        for entry in std::fs::read_dir(root().join(dir))
            .expect("source dir")
            .flatten()
        {
            let p = entry.path();
            if p.extension().is_some_and(|e| e == "rs") {
                used.extend(message_literals(&read(&p)));
            }
        }
    }
    assert!(
        used.len() > 10,
        "found too few message ids in the UI code: {used:?}"
    );
    let missing: Vec<_> = used.iter().filter(|id| !dutch.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "ids used in src/ui or src/embed but missing in locales/nl: {missing:?}"
    );
}

/// String literals passed to the localizer: `.text("id")`, `.text_args("id"`, `.attr("id"`,
/// and `msg!("id"` style helpers — anything of the form `("kebab-id"` right after one of
/// those method names.
fn message_literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for call in ["text(\"", "text_args(\"", "attr(\"", "t(\"", "ta(\""] {
        let mut rest = src;
        while let Some(i) = rest.find(call) {
            let before = &rest[..i];
            let is_method = before.ends_with('.') || before.ends_with(' ') || before.ends_with('(');
            rest = &rest[i + call.len()..];
            let Some(end) = rest.find('"') else { break };
            let id = &rest[..end];
            let looks_like_id = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && id.contains('-');
            if is_method && looks_like_id {
                out.push(id.to_owned());
            }
        }
    }
    out
}

#[test]
fn dutch_resident_texts_are_plain() {
    let mut sentences = 0;
    let mut words = 0;
    let mut flagged = Vec::new();
    let mut report = Vec::new();
    let mut too_long = Vec::new();
    for file in [
        "locales/nl/ui.ftl",
        "locales/nl/flow.ftl",
        "locales/nl/u/ui.ftl",
        "locales/nl/u/flow.ftl",
    ] {
        let path = root().join(file);
        if !path.exists() {
            continue;
        }
        for (n, line) in read(&path).lines().enumerate() {
            let Some(text) = message_text(line) else {
                continue;
            };
            let r = plain::check(text);
            sentences += r.sentences;
            words += r.words;
            report.push(format!(
                "{file}:{}: {:.1} words/sentence",
                n + 1,
                r.average_sentence_length()
            ));
            if r.average_sentence_length() > 15.0 {
                too_long.push(format!("{file}:{}: {text}", n + 1));
            }
            for (bad, instead) in r.flagged {
                flagged.push(format!("{file}:{}: `{bad}` (plain: {instead})", n + 1));
            }
        }
    }
    let average = words as f64 / sentences.max(1) as f64;
    println!("Dutch resident texts: {sentences} sentences, {words} words, {average:.1} words per sentence");
    println!("{}", report.join("\n"));
    assert!(
        sentences > 100,
        "too few Dutch sentences found: {sentences}"
    );
    assert!(
        average <= 12.0,
        "Dutch texts average {average:.1} words per sentence (at most 12)"
    );
    assert!(
        too_long.is_empty(),
        "messages averaging over 15 words per sentence:\n{}",
        too_long.join("\n")
    );
    assert!(
        flagged.is_empty(),
        "officialese in Dutch resident texts:\n{}",
        flagged.join("\n")
    );
}

/// The text of a message or attribute line. Comments, select expressions and their
/// variants (fragments like "[one] 1 week", not sentences) are skipped, so they cannot
/// flatter the average.
fn message_text(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let fragment = t.is_empty()
        || t.starts_with('#')
        || t.starts_with('[')
        || t.starts_with("*[")
        || t.starts_with('}')
        || t.trim_end().ends_with("->");
    if fragment {
        return None;
    }
    match t.split_once(" = ") {
        Some((_, text)) => Some(text),
        // A continuation line of a multi-line message.
        None => (!t.starts_with('.')).then_some(t),
    }
}

#[test]
fn phone_numbers_are_identical_in_every_language() {
    // A translated file must not contain a phone number the Dutch file does not have.
    // Comment lines (headers with dates, reviewer notes) are not resident text.
    let digits_runs = |s: &str| -> BTreeSet<String> {
        let text: String = s
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        text.split(|c: char| !(c.is_ascii_digit() || c == '-' || c == ' '))
            .map(|run| run.trim().to_owned())
            .filter(|run| run.chars().filter(char::is_ascii_digit).count() >= 6)
            .collect()
    };
    let mut problems = Vec::new();
    for file in ["ui.ftl", "flow.ftl"] {
        let dutch = digits_runs(&read(&root().join("locales/nl").join(file)));
        for (lang, dir) in locale_dirs() {
            let p = dir.join(file);
            if !p.exists() {
                continue;
            }
            for n in digits_runs(&read(&p)).difference(&dutch) {
                problems.push(format!(
                    "{lang}/{file}: number `{n}` is not in the Dutch text"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// WCAG 2.5.3 (label in name): the "Wijzig" button's accessible name starts with its
/// visible word, in every set (it said "Cevabınızı değiştirin" for "Değiştir" in
/// Turkish, and used another form of the word in Arabic).
#[test]
fn change_buttons_name_starts_with_their_visible_word() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for set in ["nl", "nl/u", "en", "ar", "tr", "pl", "uk", "fy"] {
        let text = std::fs::read_to_string(root.join(set).join("ui.ftl")).unwrap();
        let value = |id: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{id} = ")))
                .unwrap_or_else(|| panic!("{set}: no {id}"))
                .to_owned()
        };
        let (word, label) = (value("answers-change"), value("answers-change-label"));
        assert!(
            label.starts_with(&word),
            "{set}: `{label}` does not start with `{word}`"
        );
    }
}
