//! Bad input gets a clear answer, never a panic: arbitrary JSON, mutated copies of the
//! default configuration, deep nesting and huge values all load to `Ok` or to errors
//! with a path or message; hostile texts in a configuration render inert.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
mod common;

use wegwijzer::config;

const DEFAULT: &str = include_str!("../config/voorbeeldgemeente.json");

/// Any JSON value, a few levels deep.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        ".{0,20}".prop_map(Value::String),
        prop::sample::select(vec![
            "topic",
            "money",
            "nl",
            "https://x.nl",
            "9991 AB",
            "2026-11-23",
            "yes"
        ])
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z-]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every error must say where or what: never an empty report.
fn assert_explained(result: Result<wegwijzer::model::Config, Vec<config::ConfigError>>) {
    if let Err(errors) = result {
        assert!(!errors.is_empty(), "an Err must carry at least one error");
        for e in errors {
            assert!(!e.to_string().trim().is_empty(), "empty error text: {e:?}");
        }
    }
}

/// `load` explains every failure, and what it accepts survives compiling unchanged.
fn assert_explained_and_compiled(text: &str) {
    let full = config::load(text);
    common::assert_compiles(&full);
    assert_explained(full);
}

/// All paths to values in a JSON tree, as pointers.
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, c)| pointers(c, format!("{here}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, c)| pointers(c, format!("{here}/{i}"), out)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        assert_explained_and_compiled(&v.to_string());
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        assert_explained_and_compiled(&s);
    }

    #[test]
    fn mutated_default_config_never_panics(pick in any::<prop::sample::Index>(), replacement in arb_json(), delete in any::<bool>()) {
        let mut cfg: Value = serde_json::from_str(DEFAULT).expect("default config is JSON");
        let mut all = Vec::new();
        pointers(&cfg, String::new(), &mut all);
        let target = pick.get(&all[1..]).clone();
        let (parent, key) = target.rsplit_once('/').expect("pointer has a parent");
        if delete {
            match cfg.pointer_mut(parent) {
                Some(Value::Object(m)) => { m.remove(key); }
                Some(Value::Array(a)) => { if let Ok(i) = key.parse::<usize>() { if i < a.len() { a.remove(i); } } }
                _ => {}
            }
        } else if let Some(slot) = cfg.pointer_mut(&target) {
            *slot = replacement;
        }
        assert_explained_and_compiled(&cfg.to_string());
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for depth in [200, 10_000, 100_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let errors = config::load(&text).expect_err("nested arrays are not a configuration");
        assert!(!errors.is_empty());
        let objects = format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        let errors = config::load(&objects).expect_err("too deep");
        assert_eq!(
            errors[0].to_string().lines().next(),
            Some("(root): invalid json: lists and objects nested more than 128 levels deep")
        );
        assert_eq!(
            errors[0].location,
            Some(config::Location {
                line: 1,
                column: 5 * 128 + 1
            })
        );
    }
}

/// Whether `text` is a syntax error for our reader (and where), or not.
fn syntax_error(text: &str) -> Option<config::ConfigError> {
    match config::parse(text) {
        Err(errs) => errs
            .into_iter()
            .find(|e| matches!(e.kind, config::ErrorKind::Syntax { .. })),
        Ok(_) => None,
    }
}

/// Mutations of a small JSON text: a character inserted, deleted or replaced.
fn mutated_json() -> impl Strategy<Value = String> {
    let base = r#"{"a": [1, -2.5e3, true, null, {"b": "x\u00e9\n"}], "c": {"d": 0}}"#;
    let chars: Vec<char> = "{}[]:,\"\\ -.0123456789eE+tfnulrsa/'\u{1}\n\u{feff}é"
        .chars()
        .collect();
    (0..base.len(), prop::sample::select(chars), 0..3u8).prop_map(move |(at, c, how)| {
        let mut s: Vec<char> = base.chars().collect();
        let at = at.min(s.len() - 1);
        match how {
            0 => s.insert(at, c),
            1 => {
                s.remove(at);
            }
            _ => s[at] = c,
        }
        s.into_iter().collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    /// Our reader accepts exactly what serde_json accepts (RFC 8259), except duplicate
    /// keys (which it refuses on purpose) and numbers too big for an f64 (which it keeps
    /// as written); and every syntax error it reports is located inside the text.
    #[test]
    fn reader_agrees_with_serde_json(text in mutated_json()) {
        let ours = syntax_error(&text);
        let theirs = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}'));
        match (&ours, &theirs) {
            (None, Ok(_)) => {}
            (Some(e), Err(_)) => {
                let at = e.location.expect("a syntax error is located");
                let lines = text.split('\n').count();
                prop_assert!(at.line >= 1 && at.line <= lines, "{at} in {text:?}");
                prop_assert!(at.column >= 1, "{at}");
            }
            (Some(e), Ok(_)) => prop_assert!(e.to_string().contains("duplicate key"), "{e} for {text:?}"),
            (None, Err(e)) => prop_assert!(e.to_string().contains("out of range"), "{e} for {text:?}"),
        }
    }

    /// Whatever serde_json writes, compact or pretty, our reader reads.
    #[test]
    fn serde_json_output_reads(v in arb_json()) {
        prop_assert!(syntax_error(&v.to_string()).is_none());
        let pretty = serde_json::to_string_pretty(&v).expect("serializes");
        prop_assert!(syntax_error(&pretty).is_none());
    }
}

#[test]
fn a_megabyte_of_json_loads_or_explains() {
    // One huge name and a long list of unknown keys, together over 1 MB.
    let mut cfg: Value = serde_json::from_str(DEFAULT).expect("default config is JSON");
    cfg["gemeente"]["name"] = Value::String("x".repeat(600_000));
    let big = cfg.to_string();
    assert!(big.len() > 600_000);
    // A text over 1000 bytes is refused, located, however long it is.
    let errors = config::load(&big).expect_err("a 600 000-byte name is too long");
    assert_eq!(errors.len(), 1, "{}", errors[0]);
    assert_eq!(errors[0].path, "gemeente.name");
    assert!(errors[0].to_string().contains("too long"), "{}", errors[0]);
    assert!(errors[0].location.is_some());
    let mut junk = serde_json::Map::new();
    for i in 0..20_000 {
        junk.insert(format!("unknown-key-{i}"), json!("y".repeat(40)));
    }
    cfg["gemeente"] = Value::Object(junk);
    let text = cfg.to_string();
    assert!(text.len() > 1_000_000, "{} bytes", text.len());
    let errors = config::load(&text).expect_err("unknown keys are errors");
    assert!(
        errors.iter().any(|e| e.to_string().contains("unknown key")),
        "{}",
        errors[0]
    );
}

#[test]
fn hostile_urls_are_rejected_with_a_path() {
    for bad in [
        "javascript:alert(1)",
        "http://insecure.example",
        "data:text/html,<b>",
        " https://x.nl",
    ] {
        let mut cfg: Value = serde_json::from_str(DEFAULT).expect("default config is JSON");
        cfg["gemeente"]["quick-exit-url"] = json!(bad);
        cfg["directory"][0]["url"] = json!(bad);
        let errors = config::load(&cfg.to_string()).expect_err(bad);
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert!(
            paths.contains(&"gemeente.quick-exit-url"),
            "{bad}: {paths:?}"
        );
        assert!(
            paths
                .iter()
                .any(|p| p.starts_with("directory.") && p.ends_with(".url")),
            "{bad}: {paths:?}"
        );
    }
}

#[cfg(feature = "web")]
mod render {
    use super::*;
    use std::rc::Rc;
    use wegwijzer::engine::Journey;
    use wegwijzer::i18n::Localizer;
    use wegwijzer::model::{Answer, OptionId, QuestionId};
    use wegwijzer::ui::{App, AppProps, Shared};

    fn render(cfg: &Value, answers: &[(&str, Answer)]) -> String {
        let config =
            Rc::new(config::load(&cfg.to_string()).expect("hostile but valid config loads"));
        let journey = Journey::from_answers(
            &config,
            answers
                .iter()
                .map(|(q, a)| (QuestionId::new(*q), a.clone()))
                .collect(),
            false,
        );
        let props = AppProps {
            config: Shared(Rc::clone(&config)),
            l10n: Shared::new(Localizer::dutch()),
            initial: Some(journey),
            on_event: Default::default(),
            on_language: Default::default(),
            on_words: Default::default(),
            speech: false,
            page_url: Some("https://gemeente.example/hulp".into()),
            history_key: None,
        };
        futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        )
    }

    #[test]
    fn hostile_texts_render_inert() {
        let mut cfg: Value = serde_json::from_str(DEFAULT).expect("default config is JSON");
        // No `</` (the checker refuses it: it would end an inline config's <script>).
        let hostile = "<script>alert(1)<img src=x onerror=alert(2)>\u{202E}gninraw";
        // Every service name (shown in the crisis strip and on cards) and the gemeente name.
        for s in cfg["directory"].as_array_mut().expect("directory list") {
            s["name"] = json!(format!("{} {hostile}", s["name"].as_str().unwrap_or("")));
        }
        cfg["gemeente"]["name"] = json!(hostile);
        let html = render(
            &cfg,
            &[
                ("topic", Answer::Choices(vec![OptionId::new("money")])),
                ("debt-threat", Answer::Choice(OptionId::new("yes"))),
            ],
        );
        assert!(!html.contains("<script>"), "a script tag got through");
        assert!(!html.contains("<img"), "an img tag got through");
        assert!(
            html.contains("&lt;script&gt;"),
            "the text is shown, escaped"
        );
        assert!(!html.contains("javascript:"));
    }

    #[test]
    fn a_100_000_character_answer_is_refused_not_rendered() {
        let cfg: Value = serde_json::from_str(DEFAULT).expect("default config is JSON");
        let config = config::load(&cfg.to_string()).expect("loads");
        let own_words = config
            .questionnaire
            .questions()
            .iter()
            .find(|q| matches!(q.kind, wegwijzer::model::QuestionKind::FreeText { .. }))
            .expect("the default config has a free-text question");
        let long = "ا".repeat(100_000);
        let err = wegwijzer::engine::check_answer(own_words, wegwijzer::engine::Input::Text(long))
            .expect_err("too long");
        assert_eq!(err.message_id(), "error-too-long");
    }
}
