#![cfg(not(target_arch = "wasm32"))]
//! Scenario runner: answers in, expected advice out, one JSON fixture per scenario.
//!
//! Loads `config/voorbeeldgemeente.json` with `wegwijzer::config::load` and runs every
//! `tests/flows/*.json` against it; also runs the engine's own small scenarios in
//! `tests/fixtures/engine/flows/` against `tests/fixtures/engine/mini.json`. Every
//! failing fixture is reported with its file name and an expected-vs-actual diff, then
//! the test fails. Fixtures are strict (`deny_unknown_fields`): a typo in a key fails
//! loudly instead of silently checking nothing.
//!
//! Fixture format:
//!
//! ```json
//! {
//!   "description": "…", "helper": false,
//!   "steps": [
//!     {"answer": "topic", "input": {"choices": ["money"]}},
//!     {"answer": "debt-threat", "input": {"choice": "yes"}},
//!     {"answer": "postcode", "input": {"postcode": "9991 ab", "house-number": "12"}},
//!     {"answer": "own-words", "input": {"text": "…"}},
//!     {"answer": "postcode", "input": {"skip": true}},
//!     {"answer": "postcode", "input": {"postcode": "0123 AB"}, "error": "error-postcode-leading-zero"},
//!     {"back": true}, {"change": "topic"}, {"restart": true}, {"helper": true}
//!   ],
//!   "expect": {"outcome": "debt-help-urgent" /* or "question": "<id>" */, "urgency": "urgent",
//!              "first-contact": "schuldhulp", "team": "wijkteam-noord" /* | "gemeente-wide" |
//!              "not-asked" | {"choose": ["a","b"]} */, "client-support": false,
//!              "crisis-includes": ["alarm-112"], "shows": ["geldfit"],
//!              "terms": ["wgs-intake-urgent"], "quick-exit": false}
//! }
//! ```
//!
//! `error`, `restart` and `helper` steps are additions to the agreed format: an answer
//! step with `error` must be refused with that Fluent message id (the journey stays).

use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use wegwijzer::config;
use wegwijzer::engine::{
    advise, check_input, Action, Advice, Input, Journey, Position, TeamAdvice, TeamFallback,
};
use wegwijzer::model::{Config, QuestionId};

/// The fewest scenarios the default config must have, so the runner cannot pass vacuously.
const MIN_DEFAULT_FIXTURES: usize = 10;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    #[allow(dead_code)] // documentation for people reading the fixture
    description: String,
    #[serde(default)]
    helper: bool,
    steps: Vec<Step>,
    expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    answer: Option<String>,
    input: Option<RawInput>,
    error: Option<String>,
    back: Option<bool>,
    change: Option<String>,
    restart: Option<bool>,
    helper: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawInput {
    choice: Option<String>,
    choices: Option<Vec<String>>,
    postcode: Option<String>,
    house_number: Option<String>,
    text: Option<String>,
    skip: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Expect {
    outcome: Option<String>,
    question: Option<String>,
    urgency: Option<String>,
    first_contact: Option<String>,
    team: Option<serde_json::Value>,
    client_support: Option<bool>,
    crisis_includes: Option<Vec<String>>,
    shows: Option<Vec<String>>,
    terms: Option<Vec<String>>,
    quick_exit: Option<bool>,
}

impl RawInput {
    fn to_input(&self) -> Result<Input, String> {
        let given = [
            self.choice.is_some(),
            self.choices.is_some(),
            self.postcode.is_some() || self.house_number.is_some(),
            self.text.is_some(),
            self.skip == Some(true),
        ];
        if given.iter().filter(|g| **g).count() != 1 {
            return Err(
                "input needs exactly one of choice, choices, postcode (+ house-number), text, skip: true"
                    .into(),
            );
        }
        Ok(if let Some(c) = &self.choice {
            Input::Choice(c.clone())
        } else if let Some(cs) = &self.choices {
            Input::Choices(cs.clone())
        } else if let Some(t) = &self.text {
            Input::Text(t.clone())
        } else if self.skip == Some(true) {
            Input::Skip
        } else {
            Input::Postcode {
                postcode: self.postcode.clone().unwrap_or_default(),
                house_number: self.house_number.clone().unwrap_or_default(),
            }
        })
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load_config(path: &Path) -> Config {
    let json = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    config::load(&json).unwrap_or_else(|errs| {
        panic!(
            "{} does not load ({} errors):\n{errs:#?}",
            path.display(),
            errs.len()
        )
    })
}

fn fixture_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// Applies one step; `Err` is a scenario failure.
fn apply_step(
    config: &Config,
    journey: &Journey,
    i: usize,
    step: &Step,
) -> Result<Journey, String> {
    let kinds = [
        step.answer.is_some(),
        step.back.is_some(),
        step.change.is_some(),
        step.restart.is_some(),
        step.helper.is_some(),
    ];
    if kinds.iter().filter(|k| **k).count() != 1 {
        return Err(format!(
            "step {i}: needs exactly one of answer, back, change, restart, helper"
        ));
    }
    if step.answer.is_none() && (step.input.is_some() || step.error.is_some()) {
        return Err(format!("step {i}: input/error only go with answer"));
    }
    let action = if let Some(q) = &step.answer {
        let question = config
            .questionnaire
            .find(&QuestionId::new(q.as_str()))
            .ok_or_else(|| format!("step {i}: no question `{q}` in the config"))?;
        let input = step
            .input
            .as_ref()
            .ok_or_else(|| format!("step {i}: answer `{q}` needs an input"))?
            .to_input()
            .map_err(|e| format!("step {i}: {e}"))?;
        match (check_input(config, question, input), &step.error) {
            (Ok(answer), None) => Action::Answer(question.id.clone(), answer),
            (Err(e), Some(want)) if e.message_id() == want => return Ok(journey.clone()),
            (Err(e), want) => {
                return Err(format!(
                    "step {i}: answer to `{q}` refused: {e} ({}), expected {}",
                    e.message_id(),
                    want.as_deref()
                        .map_or("it to be accepted".into(), |w| format!("error {w}"))
                ))
            }
            (Ok(a), Some(want)) => {
                return Err(format!(
                    "step {i}: answer to `{q}` accepted as {a:?}, expected error {want}"
                ))
            }
        }
    } else if step.back == Some(true) {
        Action::Back
    } else if let Some(q) = &step.change {
        Action::Change(QuestionId::new(q.as_str()))
    } else if step.restart == Some(true) {
        Action::Restart
    } else if let Some(h) = step.helper {
        Action::SetHelper(h)
    } else {
        return Err(format!("step {i}: `back`/`restart` must be true"));
    };
    let label = format!("{action:?}");
    journey.apply(config, action).map_err(|e| {
        format!(
            "step {i}: {label} failed: {e} (at {:?})",
            journey.position()
        )
    })
}

fn team_value(team: &TeamAdvice) -> serde_json::Value {
    match team {
        TeamAdvice::Found(t) => t.as_str().into(),
        TeamAdvice::Choose(ts) => serde_json::json!({
            "choose": ts.iter().map(|t| t.as_str()).collect::<Vec<_>>()
        }),
        TeamAdvice::GemeenteWide {
            reason: TeamFallback::Skipped | TeamFallback::UnknownPostcode,
        } => "gemeente-wide".into(),
        TeamAdvice::NotAsked => "not-asked".into(),
    }
}

/// Compares the advice with the expectations; every mismatch is one line.
fn check_advice(expect: &Expect, advice: &Advice, diff: &mut Vec<String>) {
    let mut same = |key: &str, want: String, got: String| {
        if want != got {
            diff.push(format!("{key}: expected {want}, got {got}"));
        }
    };
    if let Some(u) = &expect.urgency {
        same("urgency", u.clone(), advice.urgency.as_str().into());
    }
    if let Some(f) = &expect.first_contact {
        same("first-contact", f.clone(), advice.first_contact.to_string());
    }
    if let Some(t) = &expect.team {
        same("team", t.to_string(), team_value(&advice.team).to_string());
    }
    if let Some(q) = expect.quick_exit {
        same("quick-exit", q.to_string(), advice.quick_exit.to_string());
    }
    if let Some(c) = expect.client_support {
        if c != advice.client_support.is_some() {
            diff.push(format!(
                "client-support: expected {c}, got {:?}",
                advice.client_support
            ));
        }
    }
    let missing =
        |key: &str, want: &Option<Vec<String>>, got: Vec<String>, diff: &mut Vec<String>| {
            let Some(want) = want else { return };
            let lacking: Vec<&String> = want.iter().filter(|w| !got.contains(w)).collect();
            if !lacking.is_empty() {
                diff.push(format!("{key}: missing {lacking:?}; actual {got:?}"));
            }
        };
    let ids = |v: &[wegwijzer::model::ServiceId]| v.iter().map(|s| s.to_string()).collect();
    missing(
        "crisis-includes",
        &expect.crisis_includes,
        ids(&advice.crisis),
        diff,
    );
    missing("shows", &expect.shows, ids(&advice.shown_services()), diff);
    let terms = advice
        .steps
        .iter()
        .filter_map(|s| s.term.as_ref().map(|t| t.to_string()))
        .collect();
    missing("terms", &expect.terms, terms, diff);
}

/// Runs one fixture; `Err` holds the report for this file.
fn run_fixture(config: &Config, path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("unreadable: {e}"))?;
    let fixture: Fixture =
        serde_json::from_str(&text).map_err(|e| format!("not a valid fixture: {e}"))?;
    let expect = &fixture.expect;
    let has_advice_keys = expect.urgency.is_some()
        || expect.first_contact.is_some()
        || expect.team.is_some()
        || expect.client_support.is_some()
        || expect.crisis_includes.is_some()
        || expect.shows.is_some()
        || expect.terms.is_some()
        || expect.quick_exit.is_some();
    match (&expect.outcome, &expect.question) {
        (Some(_), None) => {}
        (None, Some(_)) if !has_advice_keys => {}
        (None, Some(_)) => return Err("advice expectations need `outcome`, not `question`".into()),
        _ => return Err("expect needs exactly one of `outcome` or `question`".into()),
    }

    let mut journey = Journey::new(config)
        .apply(config, Action::SetHelper(fixture.helper))
        .map_err(|e| format!("set helper: {e}"))?;
    for (i, step) in fixture.steps.iter().enumerate() {
        journey = apply_step(config, &journey, i + 1, step)?;
    }

    let mut diff = Vec::new();
    let actual = match journey.position() {
        Position::Question(q) => format!("question `{q}`"),
        Position::Outcome(o) => format!("outcome `{o}`"),
    };
    let wanted = match (&expect.outcome, &expect.question) {
        (Some(o), _) => format!("outcome `{o}`"),
        (_, Some(q)) => format!("question `{q}`"),
        _ => unreachable!("checked above"),
    };
    if wanted != actual {
        diff.push(format!(
            "position: expected {wanted}, got {actual} (path {:?})",
            journey
                .path(config)
                .iter()
                .map(|q| q.to_string())
                .collect::<Vec<_>>()
        ));
    }
    let advice = advise(config, &journey);
    if advice.is_some() != matches!(journey.position(), Position::Outcome(_)) {
        diff.push("advise() must be Some exactly at an outcome".into());
    }
    if let (Some(advice), true) = (&advice, expect.outcome.is_some() && diff.is_empty()) {
        check_advice(expect, advice, &mut diff);
    }
    if diff.is_empty() {
        Ok(())
    } else {
        Err(diff.join("\n"))
    }
}

/// Runs every fixture in `dir` against `config`; returns (ran, failures report).
fn run_dir(config: &Config, dir: &Path) -> (usize, Vec<String>) {
    let files = fixture_files(dir);
    let mut failures = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into());
        if let Err(report) = run_fixture(config, path) {
            let mut out = format!("✗ {name}\n");
            for line in report.lines() {
                let _ = writeln!(out, "    {line}");
            }
            failures.push(out);
        }
    }
    (files.len(), failures)
}

fn report(what: &str, ran: usize, failures: &[String]) {
    println!("{what}: {ran} scenarios ran, {} failed", failures.len());
    if !failures.is_empty() {
        panic!(
            "{} of {ran} {what} scenarios failed:\n\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[test]
fn voorbeeldgemeente_scenarios() {
    let config = load_config(&root().join("config/voorbeeldgemeente.json"));
    let dir = root().join("tests/flows");
    let (ran, failures) = run_dir(&config, &dir);
    assert!(
        ran >= MIN_DEFAULT_FIXTURES,
        "found {ran} fixtures in {}; at least {MIN_DEFAULT_FIXTURES} are expected so this runner cannot pass vacuously",
        dir.display()
    );
    report("voorbeeldgemeente", ran, &failures);
}

#[test]
fn engine_mini_scenarios() {
    let config = load_config(&root().join("tests/fixtures/engine/mini.json"));
    let dir = root().join("tests/fixtures/engine/flows");
    let (ran, failures) = run_dir(&config, &dir);
    assert!(
        ran >= 5,
        "found only {ran} mini fixtures in {}",
        dir.display()
    );
    report("mini", ran, &failures);
}

/// The runner itself must fail loudly on a broken fixture.
#[test]
fn broken_fixtures_are_reported() {
    let config = load_config(&root().join("tests/fixtures/engine/mini.json"));
    let dir = std::env::temp_dir().join(format!("wegwijzer-flows-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let cases = [
        (
            "a-unknown-key.json",
            r#"{"description":"x","steps":[],"expect":{"question":"topic","colour":"red"}}"#,
            "unknown field `colour`",
        ),
        (
            "b-bad-json.json",
            r#"{"description": "x", "steps": ["#,
            "not a valid fixture",
        ),
        (
            "c-wrong-outcome.json",
            r#"{"description":"x","steps":[{"answer":"topic","input":{"choices":["letter"]}}],"expect":{"outcome":"debt-help"}}"#,
            "position: expected outcome `debt-help`, got outcome `letter-help`",
        ),
        (
            "d-wrong-team.json",
            r#"{"description":"x","steps":[{"answer":"topic","input":{"choices":["child"]}},{"answer":"postcode","input":{"skip":true}}],"expect":{"outcome":"child-worry","team":"wijkteam-noord"}}"#,
            r#"team: expected "wijkteam-noord", got "gemeente-wide""#,
        ),
        (
            "e-two-inputs.json",
            r#"{"description":"x","steps":[{"answer":"topic","input":{"choice":"a","text":"b"}}],"expect":{"question":"topic"}}"#,
            "exactly one of choice",
        ),
        (
            "f-ok.json",
            r#"{"description":"x","steps":[],"expect":{"question":"topic"}}"#,
            "",
        ),
    ];
    for (name, json, _) in &cases {
        std::fs::write(dir.join(name), json).expect("write fixture");
    }
    let (ran, failures) = run_dir(&config, &dir);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(ran, cases.len());
    assert_eq!(failures.len(), cases.len() - 1, "{failures:#?}");
    for ((name, _, needle), failure) in cases.iter().zip(&failures) {
        assert!(failure.contains(name), "{failure}");
        assert!(
            failure.contains(needle),
            "expected `{needle}` in:\n{failure}"
        );
    }
}
