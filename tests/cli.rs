#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]
//! The webmaster CLI as a webmaster runs it: the real `wegwijzer` binary on real files.
//!
//! The default configuration must pass `check` and give sensible routes, advice, graphs
//! and a schema; `init` must write a starter that passes `check`. Then one small broken
//! configuration per kind of mistake (`tests/fixtures/cli/<kind>.json`, each a variation
//! of `valid.json`, itself a copy of `tests/fixtures/config/minimal.json`) with the full
//! output and exit code pinned in inline snapshots, and the warnings: a stale crisis
//! number, a Wmo route without cliëntondersteuning, messages missing in a language, and
//! a gemeente overlay with a typo. Paths are relative to the crate root so snapshots do
//! not depend on where the repository lives; `--today` pins the date.

use std::path::{Path, PathBuf};
use std::process::Command;

const DEFAULT: &str = "config/voorbeeldgemeente.json";

/// What one run printed, and how it ended.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr as one text for snapshots.
    fn transcript(&self) -> String {
        let mut s = format!("exit: {}\n", self.code);
        if !self.stdout.is_empty() {
            s += &format!("--- stdout\n{}", self.stdout);
        }
        if !self.stderr.is_empty() {
            s += &format!("--- stderr\n{}", self.stderr);
        }
        s
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The binary with `args`, run in the crate root.
fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wegwijzer"));
    command.args(args).current_dir(root());
    command
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Run {
        Run {
            code: output.status.code().expect("exited normally"),
            stdout: String::from_utf8(output.stdout).expect("utf-8 stdout"),
            stderr: String::from_utf8(output.stderr).expect("utf-8 stderr"),
        }
    }
}

fn wegwijzer(args: &[&str]) -> Run {
    command(args)
        .output()
        .expect("the wegwijzer binary runs")
        .into()
}

/// `wegwijzer check tests/fixtures/cli/<name>.json --today 2026-11-23`.
fn check(name: &str) -> String {
    let file = format!("tests/fixtures/cli/{name}.json");
    wegwijzer(&["check", &file, "--today", "2026-11-23"]).transcript()
}

/// A fresh empty directory under the target dir, for files `init` writes.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

// ---------------------------------------------------------------------------
// The default configuration.
// ---------------------------------------------------------------------------

/// `compile` writes the form the widget reads: it decodes to the model `check` validated.
#[test]
fn compile_writes_what_the_widget_decodes() {
    let dir = scratch("compile");
    let out = dir.join("gemeente.wgw");
    let run = wegwijzer(&[
        "compile",
        DEFAULT,
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stderr.contains("gemeente.wgw"), "{}", run.stderr);
    let bytes = std::fs::read(&out).expect("compile wrote the file");
    let model = wegwijzer::config::load(&std::fs::read_to_string(root().join(DEFAULT)).unwrap())
        .expect("the default configuration is valid");
    assert_eq!(
        wegwijzer::config::compiled::decode(&bytes),
        Ok(wegwijzer::config::compiled::published(&model))
    );
}

/// A configuration with errors is not compiled: the errors, exit 1, and no file.
#[test]
fn compile_refuses_a_broken_config() {
    let dir = scratch("compile-broken");
    let out = dir.join("broken.wgw");
    let run = wegwijzer(&[
        "compile",
        "tests/fixtures/cli/cycle.json",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stderr.contains("cycle"), "{}", run.stderr);
    assert!(!out.exists(), "nothing written for a broken config");
    let same = wegwijzer(&["compile", DEFAULT, "--out", DEFAULT]);
    assert_eq!(same.code, 2, "{}", same.transcript());
}

#[test]
fn default_config_passes_check() {
    let run = wegwijzer(&["check", DEFAULT, "--today", "2026-11-23"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.starts_with("ok: Voorbeeldgemeente: "),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("error"), "{}", run.stderr);
}

#[test]
fn default_config_passes_check_with_its_locales() {
    let run = wegwijzer(&[
        "check",
        DEFAULT,
        "--locales",
        "locales",
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // Every message the default config needs is in the bundled Dutch texts.
    assert!(
        !run.stderr.contains("missing in `nl`"),
        "Dutch texts incomplete:\n{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("fluent syntax error"),
        "{}",
        run.stderr
    );
}

/// Every resident text of the default configuration, in every language, explains
/// its abbreviations and jargon (the glossary, `glossary-*`) and writes days out.
#[test]
fn default_locales_leave_no_hard_word_unexplained() {
    let run = wegwijzer(&[
        "check",
        DEFAULT,
        "--locales",
        "locales",
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for problem in ["is not explained", "is abbreviated", "glossary entry reads"] {
        assert!(!run.stderr.contains(problem), "{}", run.stderr);
    }
}

/// A gemeente's overlay adds a word to the glossary (no "replaces nothing"), which
/// explains it in a text and in a service name; an abbreviation without an entry (in
/// a text or a name) and abbreviated days are warned about, with the message id or
/// path, the language, the word and what to do.
#[test]
fn warning_unexplained_abbreviation_and_abbreviated_days() {
    insta::assert_snapshot!(wegwijzer(&["check", "tests/fixtures/cli/glossary.json", "--locales", "tests/fixtures/cli/locales-nl-only", "--today", "2026-02-01"]).transcript(), @r#"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 5 warnings
    --- stderr
    tests/fixtures/cli/glossary-nl.ftl:6: warning: service-gemeente-loket (nl): `UWV` is not explained; add `glossary-uwv = UWV: <explanation>` to the glossary (a gemeente: in its overlay), or explain it in brackets after the plain words
    tests/fixtures/cli/glossary-nl.ftl:6: warning: service-gemeente-loket (nl): `t/m` is abbreviated; write days and ranges out ("maandag tot en met vrijdag"): a speech engine reads "t/m" as "t slash m"
    tests/fixtures/cli/glossary-nl.ftl:6: warning: service-gemeente-loket (nl): `ma` is abbreviated; write days and ranges out ("maandag tot en met vrijdag"): a speech engine reads "t/m" as "t slash m"
    tests/fixtures/cli/glossary-nl.ftl:6: warning: service-gemeente-loket (nl): `vr` is abbreviated; write days and ranges out ("maandag tot en met vrijdag"): a speech engine reads "t/m" as "t slash m"
    tests/fixtures/cli/glossary.json: warning: directory.gemeente-loket.name (nl): `KCC` is not explained; add `glossary-kcc = KCC: <explanation>` to the glossary (a gemeente: in its overlay), or explain it in brackets after the plain words
    "#);
}

#[test]
fn verbose_check_lists_the_notes() {
    let quiet = wegwijzer(&["check", DEFAULT, "--today", "2026-11-23"]);
    let verbose = wegwijzer(&["check", DEFAULT, "--today", "2026-11-23", "--verbose"]);
    assert_eq!(verbose.code, 0);
    let notes = verbose.stderr.matches(": info: ").count();
    assert!(notes > 0, "{}", verbose.stderr);
    assert_eq!(quiet.stderr.matches(": info: ").count(), 0);
    assert!(
        quiet.stdout.contains(&format!("{notes} notes")),
        "{}",
        quiet.stdout
    );
}

/// Outcome ids of the default routing table (domain brief) that must each have a route.
const ROUTED_OUTCOMES: [&str; 10] = [
    "debt-help",
    "debt-help-urgent",
    "unsafe-at-home",
    "several-problems",
    "mental-crisis",
    "child-unsafe",
    "wmo-household",
    "carer-support",
    "loneliness",
    "income-support",
];

#[test]
fn routes_markdown_has_a_row_per_outcome_and_no_dead_end() {
    let run = wegwijzer(&["routes", DEFAULT]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let rows: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| #"))
        .collect();
    assert!(
        (20..=200).contains(&rows.len()),
        "{} routes is not a reviewable number",
        rows.len()
    );
    for outcome in ROUTED_OUTCOMES {
        let tag = format!("(`{outcome}`,");
        assert!(
            rows.iter().any(|r| r.contains(&tag)),
            "no route ends in {outcome}"
        );
    }
    // Every outcome in the config is reached by some route.
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(DEFAULT)).expect("config"))
            .expect("json");
    for o in config["outcomes"].as_array().expect("outcomes") {
        let tag = format!("(`{}`,", o["id"].as_str().expect("id"));
        assert!(rows.iter().any(|r| r.contains(&tag)), "unreached: {tag}");
    }
    assert!(!run.stdout.contains("Dead end"), "{}", run.stdout);
    // A split street without a house number is refused (the resident is asked for
    // the number), so no route ends with "choose your street's team".
    assert!(
        !run.stdout.contains("split street, no house number"),
        "{}",
        run.stdout
    );
}

#[test]
fn routes_csv_parses_with_one_row_per_route() {
    let csv = wegwijzer(&["routes", DEFAULT, "--format", "csv"]);
    let json = wegwijzer(&["routes", DEFAULT, "--format", "json"]);
    assert_eq!(csv.code, 0, "{}", csv.transcript());
    let mut lines = csv.stdout.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    assert_eq!(
        header,
        [
            "route",
            "answers",
            "outcome",
            "urgency",
            "first_contact",
            "team",
            "client_support",
            "crisis"
        ]
    );
    let rows: Vec<Vec<String>> = lines.map(split_csv).collect();
    for row in &rows {
        assert_eq!(row.len(), header.len(), "{row:?}");
    }
    let routes = json.json()["routes"].as_array().expect("routes").len();
    assert_eq!(rows.len(), routes);
    assert!(rows
        .iter()
        .any(|r| r[2] == "debt-help-urgent" && r[3] == "urgent"));
}

/// Splits one CSV line with RFC 4180 quoting.
fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().expect("field").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().expect("field").push(c),
        }
    }
    fields
}

#[test]
fn routes_json_has_routes_and_no_dead_ends() {
    let run = wegwijzer(&["routes", DEFAULT, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let v = run.json();
    assert_eq!(v["gemeente"], "Voorbeeldgemeente");
    assert_eq!(v["dead-ends"], serde_json::json!([]));
    assert_eq!(v["truncated"], false);
    let first = &v["routes"][0];
    assert!(first["answers"][0]["question"].is_string(), "{first}");
    assert!(first["advice"]["outcome"].is_string(), "{first}");
}

#[test]
fn advise_money_with_eviction_threat_is_urgent_debt_help() {
    let run = wegwijzer(&[
        "advise",
        DEFAULT,
        "--answers",
        r#"{"topic": ["money"], "debt-threat": "yes"}"#,
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let v = run.json();
    assert_eq!(v["outcome"], "debt-help-urgent");
    assert_eq!(v["urgency"], "urgent");
    assert_eq!(v["first-contact"]["id"], "schuldhulp");
}

#[test]
fn advise_text_names_the_team_for_a_postcode() {
    let run = wegwijzer(&[
        "advise",
        DEFAULT,
        "--answers",
        r#"{"topic": ["home"], "home-need": "household", "own-words": null,
            "postcode": {"postcode": "9990 AB"}}"#,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.starts_with("advice: wmo-household — "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("team: Sociaal Wijkteam Noord"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("client support: "), "{}", run.stdout);
}

#[test]
fn advise_says_which_answer_is_missing() {
    let run = wegwijzer(&["advise", DEFAULT, "--answers", r#"{"topic": ["money"]}"#]);
    insta::assert_snapshot!(run.transcript(), @r"
    exit: 1
    --- stderr
    error: no answer for question `debt-threat` (the route needs it next)
    ");
}

#[test]
fn advise_rejects_an_unknown_option() {
    let run = wegwijzer(&["advise", DEFAULT, "--answers", r#"{"topic": ["mony"]}"#]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stderr.contains("`topic`"), "{}", run.stderr);
}

#[test]
fn graph_mermaid_is_a_flowchart_with_edges_out_of_topic() {
    let run = wegwijzer(&["graph", DEFAULT, "--format", "mermaid"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.starts_with("flowchart TD\n"), "{}", run.stdout);
    assert!(run.stdout.contains("  n_topic -->"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("n_debt_threat -->|\"yes\"| n_debt_help_urgent"),
        "{}",
        run.stdout
    );
    // Screening (several topics): the child-safety question is asked from the topic.
    assert!(
        run.stdout
            .contains("n_topic -->|\"screening: children\"| n_child_safety"),
        "{}",
        run.stdout
    );
    // Mermaid ids carry no hyphens; every edge names declared nodes.
    let declared: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.contains("-->") && l.trim_start().starts_with("n_"))
        .map(|l| l.trim_start().split(['[', '(']).next().expect("id"))
        .collect();
    for line in run.stdout.lines().filter(|l| l.contains("-->")) {
        let mut ends = line.split_whitespace();
        let from = ends.next().expect("from");
        let to = ends.last().expect("to");
        assert!(declared.contains(&from) && declared.contains(&to), "{line}");
        assert!(!from.contains('-') && !to.contains('-'), "{line}");
    }
}

#[test]
fn graph_dot_is_a_digraph() {
    let run = wegwijzer(&["graph", DEFAULT, "--format", "dot"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.starts_with("digraph wegwijzer {"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\"topic\" -> "), "{}", run.stdout);
    assert!(run.stdout.trim_end().ends_with('}'));
}

#[test]
fn schema_is_json_with_the_questionnaire() {
    let run = wegwijzer(&["schema"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let v = run.json();
    assert!(v["properties"]["questionnaire"].is_object(), "{v}");
    assert_eq!(v["additionalProperties"], false);
}

#[test]
fn init_writes_a_starter_that_passes_check_and_never_overwrites() {
    let dir = scratch("cli-init");
    let file = dir.join("gemeente.json");
    let file_arg = file.to_str().expect("utf-8 path");
    let run = wegwijzer(&["init", file_arg]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.starts_with("wrote "), "{}", run.stdout);
    let written = std::fs::read_to_string(&file).expect("init wrote the file");

    let checked = wegwijzer(&["check", file_arg, "--today", "2026-11-23"]);
    assert_eq!(checked.code, 0, "{}", checked.transcript());

    std::fs::write(&file, "{ \"mine\": true }").expect("edit");
    let again = wegwijzer(&["init", file_arg]);
    assert_eq!(again.code, 2, "{}", again.transcript());
    assert!(
        again.stderr.contains("already exists; not overwriting it"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("still there"),
        "{ \"mine\": true }"
    );
    assert!(!written.is_empty());
}

#[test]
fn init_without_a_file_prints_the_starter() {
    let run = wegwijzer(&["init"]);
    assert_eq!(run.code, 0);
    let v = run.json();
    assert_eq!(v["version"], 1);
}

// ---------------------------------------------------------------------------
// Usage errors: exit code 2.
// ---------------------------------------------------------------------------

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["check"],
        &["check", DEFAULT, "--todya", "2026-11-23"],
        &["check", DEFAULT, "--today", "23-11-2026"],
        &["routes", DEFAULT, "--format", "xml"],
        &["graph", DEFAULT, "--format", "png"],
        &["advise", DEFAULT],
        &["advise", DEFAULT, "--answers", "[1, 2]"],
        &["check", "tests/fixtures/cli/does-not-exist.json"],
    ] {
        let run = wegwijzer(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.transcript());
        assert!(
            run.stderr.starts_with("error: "),
            "{args:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn misspelled_option_gets_a_suggestion() {
    let run = wegwijzer(&["check", DEFAULT, "--todya", "2026-11-23"]);
    let first = run.stderr.lines().next().expect("a line");
    insta::assert_snapshot!(first, @"error: unknown option --todya (did you mean --today?)");
}

// ---------------------------------------------------------------------------
// Warnings.
// ---------------------------------------------------------------------------

#[test]
fn valid_minimal_config_is_clean_while_fresh() {
    let run = wegwijzer(&[
        "check",
        "tests/fixtures/cli/valid.json",
        "--today",
        "2026-02-01",
    ]);
    insta::assert_snapshot!(run.transcript(), @r"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 0 warnings
    ");
}

// ---------------------------------------------------------------------------
// One broken configuration per kind of error (`ErrorKind`): exit code 1, every error
// as `FILE:LINE:COL: error: PATH: message` with a `hint:` line, then a count.
// ---------------------------------------------------------------------------

#[test]
fn error_syntax() {
    insta::assert_snapshot!(check("syntax"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/syntax.json:13:1: error: (root): invalid json: the file ends inside a list
      hint: a closing `]` is missing for the `[` at 12:18
    1 error in tests/fixtures/cli/syntax.json
    "#);
}

#[test]
fn error_wrong_type() {
    insta::assert_snapshot!(check("wrong-type"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/wrong-type.json:2:14: error: version: invalid type: string "1", expected u32
    1 error in tests/fixtures/cli/wrong-type.json
    "#);
}

#[test]
fn error_missing_field() {
    insta::assert_snapshot!(check("missing-field"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/missing-field.json:3:15: error: gemeente.quick-exit-url: missing required key `quick-exit-url`
    1 error in tests/fixtures/cli/missing-field.json
    "#);
}

#[test]
fn error_unknown_key() {
    insta::assert_snapshot!(check("unknown-key"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/unknown-key.json:27:17: error: questionnaire.questions.postcode.nxet: unknown key `nxet`
      hint: did you mean `next`?
    1 error in tests/fixtures/cli/unknown-key.json
    "#);
}

#[test]
fn error_unsupported_version() {
    insta::assert_snapshot!(check("unsupported-version"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/unsupported-version.json:2:14: error: version: unsupported version 2
      hint: this widget reads version 1
    1 error in tests/fixtures/cli/unsupported-version.json
    "#);
}

#[test]
fn error_invalid_id() {
    insta::assert_snapshot!(check("invalid-id"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-id.json:18:11: error: questionnaire.questions.topic.options[1]: invalid id `Care`
      hint: use lowercase letters, digits and single hyphens, starting with a letter, at most 64 long, like `debt-help`
    1 error in tests/fixtures/cli/invalid-id.json
    "#);
}

#[test]
fn error_markup_that_would_end_an_inline_script() {
    insta::assert_snapshot!(check("script-breakout"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/script-breakout.json:4:13: error: gemeente.name: `</` or `<!--` in the text `Testgemeente</script><img src=x onerror=alert(1)>`
      hint: pasted into a page's <script>, the configuration would end here; write `< /` or leave out the markup (texts are shown as plain text)
    1 error in tests/fixtures/cli/script-breakout.json
    "#);
}

/// `inline` prints the checked configuration as a block to paste inside the element:
/// every `<` written `\u003c`, so only the block's own end tag closes it, and the JSON
/// inside reads back to the same model.
#[test]
fn inline_prints_a_safely_escaped_script_block() {
    let dir = scratch("inline");
    let file = dir.join("lt.json");
    let valid = std::fs::read_to_string(root().join("tests/fixtures/cli/valid.json")).unwrap();
    let with_lt = valid.replacen("\"Testgemeente\"", "\"Test <3 & <b>gemeente\"", 1);
    std::fs::write(&file, &with_lt).expect("scratch file");
    let run = wegwijzer(&["inline", file.to_str().expect("utf-8 path")]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let block = run.stdout.as_str();
    let json = block
        .strip_prefix("<script type=\"application/json\">\n")
        .and_then(|b| b.strip_suffix("\n</script>\n"))
        .unwrap_or_else(|| panic!("not one script block:\n{block}"));
    assert!(!json.contains('<'), "{json}");
    assert!(json.contains(r"Test \u003c3 & \u003cb>gemeente"), "{json}");
    assert_eq!(
        wegwijzer::config::load(json).expect("the JSON inside is valid"),
        wegwijzer::config::load(&with_lt).expect("valid"),
    );
    // A configuration with errors prints no block: the errors and exit 1.
    let broken = wegwijzer(&["inline", "tests/fixtures/cli/script-breakout.json"]);
    assert_eq!(broken.code, 1, "{}", broken.transcript());
    assert!(broken.stdout.is_empty(), "{}", broken.stdout);
}

#[test]
fn error_duplicate_id() {
    insta::assert_snapshot!(check("duplicate-id"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/duplicate-id.json:19:11: error: questionnaire.questions.topic.options[2]: duplicate id `money`
      hint: first used at questionnaire.questions.topic.options.money
    1 error in tests/fixtures/cli/duplicate-id.json
    "#);
}

#[test]
fn error_unknown_reference() {
    insta::assert_snapshot!(check("unknown-reference"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/unknown-reference.json:20:38: error: questionnaire.questions.topic.next-by-answer.money: unknown question or outcome `debt-hlep`
      hint: did you mean `debt-help`?
    1 error in tests/fixtures/cli/unknown-reference.json
    "#);
}

#[test]
fn error_not_for_kind() {
    insta::assert_snapshot!(check("not-for-kind"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/not-for-kind.json:26:23: error: questionnaire.questions.postcode.max-length: `max-length` does not fit a postcode question
      hint: only free-text questions have a maximum length
    1 error in tests/fixtures/cli/not-for-kind.json
    "#);
}

#[test]
fn error_free_text_in_routing() {
    insta::assert_snapshot!(check("free-text-in-routing"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/free-text-in-routing.json:27:36: error: questionnaire.questions.notes.branches[0].when.answer-is: condition reads free-text question `notes`
      hint: free text is never used for routing; ask a choice question to route on
    1 error in tests/fixtures/cli/free-text-in-routing.json
    "#);
}

#[test]
fn error_too_few_options() {
    insta::assert_snapshot!(check("too-few-options"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/too-few-options.json:16:20: error: questionnaire.questions.topic.options: a choice question needs at least 2 options, found 1
      hint: add options, or use a yes-no question for a yes/no choice
    1 error in tests/fixtures/cli/too-few-options.json
    "#);
}

#[test]
fn error_exclusive_on_single_choice() {
    insta::assert_snapshot!(check("exclusive-on-single-choice"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/exclusive-on-single-choice.json:18:56: error: questionnaire.questions.topic.options.care.exclusive: option `care` is exclusive in a single-choice question
      hint: `exclusive` only makes sense in a multiple-choice question; remove it
    1 error in tests/fixtures/cli/exclusive-on-single-choice.json
    "#);
}

#[test]
fn error_unknown_value() {
    insta::assert_snapshot!(check("unknown-value"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/unknown-value.json:17:36: error: questionnaire.questions.topic.options.money.icon: unknown icon `mony`
      hint: did you mean `money`?
    1 error in tests/fixtures/cli/unknown-value.json
    "#);
}

#[test]
fn error_invalid_language() {
    insta::assert_snapshot!(check("invalid-language"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-language.json:7:25: error: gemeente.languages[1]: invalid language tag `English`
      hint: use a lowercase BCP 47 tag like `nl`, `en`, `ar` or `pt-br`
    1 error in tests/fixtures/cli/invalid-language.json
    "#);
}

#[test]
fn error_unreachable() {
    insta::assert_snapshot!(check("unreachable"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/unreachable.json:29:7: error: questionnaire.questions.income: question `income` can never be reached
      hint: no `next`, `next-by-answer` or branch leads here from the start question `topic`; link it or remove it
    1 error in tests/fixtures/cli/unreachable.json
    "#);
}

#[test]
fn error_cycle() {
    insta::assert_snapshot!(check("cycle"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/cycle.json:13:7: error: questionnaire.questions.topic: routing goes round in a loop: topic → postcode → topic
      hint: every journey must end in an outcome; break the loop
    1 error in tests/fixtures/cli/cycle.json
    "#);
}

#[test]
fn error_no_way_forward() {
    insta::assert_snapshot!(check("no-way-forward"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/no-way-forward.json:22:7: error: questionnaire.questions.postcode: no way forward: the question has no `next`
      hint: add `next`, the default next step
    1 error in tests/fixtures/cli/no-way-forward.json
    "#);
}

#[test]
fn error_overlap() {
    insta::assert_snapshot!(check("overlap"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/overlap.json:116:41: error: areas[1].pc4[0]: `9993-9996` overlaps `9990-9993` at areas[0].pc4[0]
      hint: an address belongs to one team only; remove or narrow one of the two
    1 error in tests/fixtures/cli/overlap.json
    "#);
}

#[test]
fn error_inverted_range() {
    insta::assert_snapshot!(check("inverted-range"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/inverted-range.json:115:41: error: areas[0].pc4[0]: range `9993-9990` runs backwards
      hint: write the lower number first
    1 error in tests/fixtures/cli/inverted-range.json
    "#);
}

#[test]
fn error_wrong_role() {
    insta::assert_snapshot!(check("wrong-role"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/wrong-role.json:5:24: error: gemeente.general-contact: service `schuldhulp` has role `schuldhulp`, expected `gemeente`
      hint: the general contact is the gemeente's own desk (role `gemeente`, usually 14 + netnummer)
    1 error in tests/fixtures/cli/wrong-role.json
    "#);
}

#[test]
fn error_invalid_phone() {
    insta::assert_snapshot!(check("invalid-phone"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-phone.json:70:21: error: directory.schuldhulp.phones[0].number: invalid phone number `0999-12345x`
      hint: use only digits, spaces and hyphens, like 0800-0113
    1 error in tests/fixtures/cli/invalid-phone.json
    "#);
}

#[test]
fn error_invalid_postcode() {
    insta::assert_snapshot!(check("invalid-postcode"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-postcode.json:115:63: error: areas[0].pc6[0]: invalid postcode `9995 SS`
      hint: the letters SA, SD and SS are not used in postcodes
    1 error in tests/fixtures/cli/invalid-postcode.json
    "#);
}

#[test]
fn error_invalid_pc4() {
    insta::assert_snapshot!(check("invalid-pc4"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-pc4.json:115:41: error: areas[0].pc4[0]: invalid pc4 area `999`
      hint: use four digits like `9990`, or a range like `9990-9993`
    1 error in tests/fixtures/cli/invalid-pc4.json
    "#);
}

#[test]
fn error_invalid_url() {
    insta::assert_snapshot!(check("invalid-url"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-url.json:8:23: error: gemeente.quick-exit-url: invalid url `http://weerplaza.nl`
      hint: use a full https:// address
    1 error in tests/fixtures/cli/invalid-url.json
    "#);
}

#[test]
fn error_invalid_email() {
    insta::assert_snapshot!(check("invalid-email"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-email.json:77:16: error: directory.wijkteam-noord.email: invalid e-mail address `noord-at-testgemeente.nl`
      hint: write it like `loket@voorbeeldgemeente.nl`
    1 error in tests/fixtures/cli/invalid-email.json
    "#);
}

#[test]
fn error_invalid_date() {
    insta::assert_snapshot!(check("invalid-date"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-date.json:70:110: error: directory.schuldhulp.phones[0].source.verified_on: invalid date `2026-02-30`
      hint: that day does not exist
    1 error in tests/fixtures/cli/invalid-date.json
    "#);
}

#[test]
fn error_invalid_time() {
    insta::assert_snapshot!(check("invalid-time"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/invalid-time.json:78:85: error: directory.wijkteam-noord.schedules[0].times[0].opens: invalid time `9.00`
      hint: use the 24-hour clock, like `09:00` or `17:30`
    1 error in tests/fixtures/cli/invalid-time.json
    "#);
}

#[test]
fn error_closes_before_opens() {
    insta::assert_snapshot!(check("closes-before-opens"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/closes-before-opens.json:78:98: error: directory.wijkteam-noord.schedules[0].times[0].closes: closes at 09:00, not after it opens at 17:00
      hint: the closing time must be after the opening time
    1 error in tests/fixtures/cli/closes-before-opens.json
    "#);
}

#[test]
fn error_missing_role() {
    insta::assert_snapshot!(check("missing-role"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/missing-role.json:6:15: error: gemeente.crisis: no service with role `veilig-thuis`
      hint: add Veilig Thuis, 0800-2000 (role `veilig-thuis`)
    1 error in tests/fixtures/cli/missing-role.json
    "#);
}

#[test]
fn error_missing_phone() {
    insta::assert_snapshot!(check("missing-phone"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/missing-phone.json:5:24: error: gemeente.general-contact: general contact `gemeente-loket` has no phone number
      hint: residents must always be able to call the gemeente; add `phones`
    1 error in tests/fixtures/cli/missing-phone.json
    "#);
}

#[test]
fn error_default_language_not_offered() {
    insta::assert_snapshot!(check("default-language-not-offered"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/default-language-not-offered.json:7:25: error: gemeente.default-language: default language `fy` is not in `languages`
      hint: add `fy` to `languages`, or leave `languages` out
    1 error in tests/fixtures/cli/default-language-not-offered.json
    "#);
}

#[test]
fn error_empty_crisis() {
    insta::assert_snapshot!(check("empty-crisis"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/empty-crisis.json:6:15: error: gemeente.crisis: the crisis list is empty
      hint: list 112, 113 and Veilig Thuis: they are shown on every screen
    1 error in tests/fixtures/cli/empty-crisis.json
    "#);
}

#[test]
fn error_empty() {
    insta::assert_snapshot!(check("empty"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/empty.json:4:13: error: gemeente.name: must not be empty
    1 error in tests/fixtures/cli/empty.json
    "#);
}

#[test]
fn error_several_errors() {
    insta::assert_snapshot!(check("several-errors"), @r#"
    exit: 1
    --- stderr
    tests/fixtures/cli/several-errors.json:13:7: error: questionnaire.questions.topic: no way forward after option `care`
      hint: add `next` as a default, or a `next-by-answer` entry for every option
    tests/fixtures/cli/several-errors.json:22:7: error: questionnaire.questions.postcode: question `postcode` can never be reached
      hint: no `next`, `next-by-answer` or branch leads here from the start question `topic`; link it or remove it
    2 errors in tests/fixtures/cli/several-errors.json
    "#);
}

// ---------------------------------------------------------------------------
// Warnings: exit code 0, each as `FILE: warning: PATH: message`.
// ---------------------------------------------------------------------------

/// Crisis numbers verified on 2026-01-15 are more than six months old on 2026-11-23.
#[test]
fn warning_stale_crisis_numbers() {
    insta::assert_snapshot!(check("valid"), @r#"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 3 warnings
    --- stderr
    tests/fixtures/cli/valid.json:92:122: warning: directory.alarm.phones[0].source.verified_on: crisis number `112` of `alarm` was last checked on 2026-01-15, 10 months ago; check it again (at most every 6 months)
    tests/fixtures/cli/valid.json:110:132: warning: directory.veilig-thuis.phones[0].source.verified_on: crisis number `0800-2000` of `veilig-thuis` was last checked on 2026-01-15, 10 months ago; check it again (at most every 6 months)
    tests/fixtures/cli/valid.json:101:141: warning: directory.zelfmoordpreventie.phones[0].source.verified_on: crisis number `113` of `zelfmoordpreventie` was last checked on 2026-01-15, 10 months ago; check it again (at most every 6 months)
    "#);
}

/// A Wmo outcome, but no service with role `clientondersteuning` (fresh numbers, so only this warning).
#[test]
fn warning_wmo_route_without_client_support() {
    insta::assert_snapshot!(wegwijzer(&["check", "tests/fixtures/cli/no-client-support.json", "--today", "2026-02-01"]).transcript(), @r#"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 1 warning
    --- stderr
    tests/fixtures/cli/no-client-support.json:42:14: warning: outcomes.care-help.law: outcome `care-help` falls under the Wmo or Jeugdwet, but the directory has no service with role `clientondersteuning`
    "#);
}

/// `en` lacks three messages; Dutch is complete. Each warning names the id and the language.
#[test]
fn warning_messages_missing_in_a_language() {
    insta::assert_snapshot!(wegwijzer(&["check", "tests/fixtures/cli/valid.json", "--locales", "tests/fixtures/cli/locales", "--today", "2026-02-01"]).transcript(), @r#"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 3 warnings
    --- stderr
    tests/fixtures/cli/locales/en: warning: message `outcome-care-help.why` is missing in `en` (Dutch is shown instead)
    tests/fixtures/cli/locales/en: warning: message `question-postcode` is missing in `en` (Dutch is shown instead)
    tests/fixtures/cli/locales/en: warning: message `service-veilig-thuis` is missing in `en` (Dutch is shown instead)
    "#);
}

/// An overlay id that replaces nothing (a typo), and an overlay file that is not there.
#[test]
fn warning_overlay_typo_and_missing_overlay_file() {
    insta::assert_snapshot!(wegwijzer(&["check", "tests/fixtures/cli/overlay.json", "--locales", "tests/fixtures/cli/locales", "--today", "2026-02-01"]).transcript(), @r#"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 5 warnings
    --- stderr
    tests/fixtures/cli/overlay-nl.ftl: warning: overlay message `servce-wijkteam-noord` replaces no `nl` message and the configuration does not need it; is the id spelled right?
    tests/fixtures/cli/overlay-en.ftl: warning: overlay file for `en` not found (gemeente.overlays.en)
    tests/fixtures/cli/locales/en: warning: message `outcome-care-help.why` is missing in `en` (Dutch is shown instead)
    tests/fixtures/cli/locales/en: warning: message `question-postcode` is missing in `en` (Dutch is shown instead)
    tests/fixtures/cli/locales/en: warning: message `service-veilig-thuis` is missing in `en` (Dutch is shown instead)
    "#);
}

/// Names per language (`.name` on `service-<id>`, ADR 0013) that the widget would not
/// show: on a service the configuration lacks, on a message that is no service, and in
/// Dutch (the Dutch name is the configuration's). The right one is not mentioned.
#[test]
fn warning_names_per_language_the_widget_would_not_show() {
    insta::assert_snapshot!(wegwijzer(&["check", "tests/fixtures/cli/overlay-names.json", "--locales", "tests/fixtures/cli/locales", "--today", "2026-02-01"]).transcript(), @r#"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 7 warnings
    --- stderr
    tests/fixtures/cli/overlay-names-nl.ftl: warning: `service-wijkteam-noord.name` is not shown: the Dutch name is the configuration's; hint: change `directory.wijkteam-noord.name` instead
    tests/fixtures/cli/overlay-names-en.ftl: warning: `outcome-care-help.name` names no service: a name per language is read only on `service-<id>` of a service in `directory`; hint: is the id spelled right?
    tests/fixtures/cli/overlay-names-en.ftl: warning: `service-wijkteam-zuid.name` names no service: a name per language is read only on `service-<id>` of a service in `directory`; hint: is the id spelled right?
    tests/fixtures/cli/overlay-names-en.ftl: warning: overlay message `service-wijkteam-zuid` replaces no `en` message and the configuration does not need it; is the id spelled right?
    tests/fixtures/cli/locales/en: warning: message `outcome-care-help.why` is missing in `en` (Dutch is shown instead)
    tests/fixtures/cli/locales/en: warning: message `question-postcode` is missing in `en` (Dutch is shown instead)
    tests/fixtures/cli/locales/en: warning: message `service-veilig-thuis` is missing in `en` (Dutch is shown instead)
    "#);
}

/// A language is offered but the locales folder has nothing for it.
#[test]
fn warning_language_without_a_folder() {
    insta::assert_snapshot!(wegwijzer(&["check", "tests/fixtures/cli/valid.json", "--locales", "tests/fixtures/cli/locales-nl-only", "--today", "2026-02-01"]).transcript(), @r#"
    exit: 0
    --- stdout
    ok: Testgemeente: 2 questions, 2 outcomes, 7 services; 1 warning
    --- stderr
    tests/fixtures/cli/locales-nl-only/en: warning: language `en` is offered, but there is no folder with its .ftl files (Dutch is shown instead)
    "#);
}

// ---------------------------------------------------------------------------
// Overlays change the words `routes` and `advise` show.
// ---------------------------------------------------------------------------

#[test]
fn routes_of_the_minimal_config_use_the_overlay_words() {
    let run = wegwijzer(&["routes", "tests/fixtures/cli/overlay.json"]);
    insta::assert_snapshot!(run.transcript(), @r#"
    exit: 0
    --- stdout
    # Routes of Testgemeente

    4 distinct routes.

    | # | answers | advice | first contact | team | also shown |
    |---|---|---|---|---|---|
    | 1 | topic: money | Schuldhulp kan je helpen (`debt-help`, normal) | Schuldhulp Testgemeente | — |  |
    | 2 | topic: care → postcode: 9990 AA (wijkteam-noord) | Het Buurtteam kan je helpen (`care-help`, normal) | Sociaal Wijkteam Noord | Sociaal Wijkteam Noord | MEE Cliëntondersteuning |
    | 3 | topic: care → postcode: 9999 ZZ (no team) | Het Buurtteam kan je helpen (`care-help`, normal) | Sociaal Wijkteam Noord | Gemeente Testgemeente (gemeente-wide) | MEE Cliëntondersteuning |
    | 4 | topic: care → postcode: (skipped) | Het Buurtteam kan je helpen (`care-help`, normal) | Sociaal Wijkteam Noord | Gemeente Testgemeente (gemeente-wide) | MEE Cliëntondersteuning |
    "#);
}

#[test]
fn advise_uses_the_overlay_title() {
    let run = wegwijzer(&[
        "advise",
        "tests/fixtures/cli/overlay.json",
        "--answers",
        r#"{"topic": "care", "postcode": {"postcode": "9991 AB", "house-number": "3"}}"#,
    ]);
    insta::assert_snapshot!(run.transcript(), @r#"
    exit: 0
    --- stdout
    advice: care-help — Het Buurtteam kan je helpen (normal)
    first contact: Sociaal Wijkteam Noord
    team: Sociaal Wijkteam Noord
    client support: MEE Cliëntondersteuning
    step 1: melding
    "#);
}

// ---------------------------------------------------------------------------
// Files that are not configurations (issue 23): bytes that are not UTF-8, devices.
// ---------------------------------------------------------------------------

/// Runs the binary, killing it after `secs`: a command that blocks fails the test
/// instead of hanging the suite.
fn wegwijzer_within(args: &[&str], secs: u64) -> Run {
    let mut child = command(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the wegwijzer binary runs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("`wegwijzer {}` still ran after {secs} s", args.join(" "));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().expect("output").into()
}

#[test]
fn a_file_that_is_not_utf8_gets_its_line_and_column() {
    let dir = scratch("not-utf8");
    let file = dir.join("gemeente.json");
    std::fs::write(&file, b"{\n  \"gemeente\": { \"name\": \"Caf\xe9\" }\n}\n").unwrap();
    let run = wegwijzer(&["check", file.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr
            .contains("2:29: not UTF-8 (byte 30 is 0xe9); save the file as UTF-8"),
        "{}",
        run.transcript()
    );
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_at_once_as_config_and_as_overlay() {
    let run = wegwijzer_within(&["check", "/dev/zero"], 20);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not a regular file"),
        "{}",
        run.transcript()
    );
    // An overlay naming a device: `check` warns, `routes` and `advise` do not block.
    let dir = scratch("device-overlay");
    let valid = std::fs::read_to_string(root().join("tests/fixtures/cli/overlay.json")).unwrap();
    let up = "../".repeat(dir.components().count());
    let hostile = valid.replace("\"overlay-nl.ftl\"", &format!("\"{up}dev/zero\""));
    assert_ne!(hostile, valid);
    let file = dir.join("gemeente.json");
    std::fs::write(&file, hostile).unwrap();
    let run = wegwijzer_within(&["routes", file.to_str().unwrap()], 20);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = wegwijzer_within(&["check", file.to_str().unwrap()], 20);
    assert!(
        run.stderr.contains("overlay file for `nl` not found"),
        "{}",
        run.transcript()
    );
}

/// `routes` on a first question with 400 options ends within seconds (it took minutes:
/// every pair of options, each walked through all options) and says what it left out.
#[test]
fn routes_on_hundreds_of_options_is_bounded_and_says_so() {
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(DEFAULT)).unwrap()).unwrap();
    let topic = &mut config["questionnaire"]["questions"][0];
    let target = topic["next-by-answer"]["money"].clone();
    for i in 0..400 {
        let id = format!("extra-{i}");
        topic["options"]
            .as_array_mut()
            .unwrap()
            .insert(0, serde_json::json!({ "id": id }));
        topic["next-by-answer"][&id] = target.clone();
    }
    let dir = scratch("many-options");
    let file = dir.join("gemeente.json");
    std::fs::write(&file, config.to_string()).unwrap();
    let run = wegwijzer_within(&["routes", file.to_str().unwrap(), "--format", "csv"], 60);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("question `topic` has so many options that only the first 300 pairs"),
        "{}",
        run.stderr
    );
    // Routes that visit the same questions and end alike count once: the 400 extra
    // options share the money route, so the list is as long as the default one's.
    assert!(run.stdout.lines().count() > 20, "{}", run.stdout);
}
