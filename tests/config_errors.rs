#![cfg(not(target_arch = "wasm32"))]
//! Configuration errors as a webmaster sees them: one small broken config per kind of
//! mistake, built from `tests/fixtures/config/minimal.json`, with the exact rendered
//! text pinned in inline snapshots. Plus: every mistake reported in one pass, did-you-
//! mean for keys, and line/column locations.

use serde_json::{json, Value};
mod common;

use wegwijzer::config::{self, ConfigError, ErrorKind, Location};

const MINIMAL: &str = include_str!("fixtures/config/minimal.json");

fn base() -> Value {
    serde_json::from_str(MINIMAL).expect("minimal.json is JSON")
}

/// The element of `list` (a JSON pointer to an array) whose id is `id`.
fn by_id<'a>(v: &'a mut Value, list: &str, id: &str) -> &'a mut Value {
    v.pointer_mut(list)
        .and_then(Value::as_array_mut)
        .and_then(|a| a.iter_mut().find(|e| e["id"] == id))
        .unwrap_or_else(|| panic!("no {id} in {list}"))
}

fn question<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    by_id(v, "/questionnaire/questions", id)
}

fn service<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    by_id(v, "/directory", id)
}

fn outcome<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    by_id(v, "/outcomes", id)
}

fn push(v: &mut Value, pointer: &str, item: Value) {
    v.pointer_mut(pointer)
        .and_then(Value::as_array_mut)
        .unwrap_or_else(|| panic!("no list at {pointer}"))
        .push(item);
}

/// The errors `load` reports; for a valid text, also checks that the compiled form the
/// widget reads decodes to the same model.
fn load_errors(text: &str) -> Vec<ConfigError> {
    let full = config::load(text);
    common::assert_compiles(&full);
    full.err().unwrap_or_default()
}

/// Every error of the edited config, rendered, one after another.
fn errors_of(v: &Value) -> String {
    let text = serde_json::to_string_pretty(v).expect("serializable");
    render(&load_errors(&text))
}

fn render(errs: &[ConfigError]) -> String {
    if errs.is_empty() {
        return "(no errors)".into();
    }
    errs.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A second wijkteam, for area tests.
fn with_second_team(v: &mut Value) {
    push(
        v,
        "/directory",
        json!({"id": "wijkteam-zuid", "role": "sociaal-wijkteam", "name": "Wijkteam Zuid",
               "url": "https://zuid.testgemeente.nl"}),
    );
}

#[test]
fn minimal_config_loads() {
    let config = config::load(MINIMAL).expect("minimal.json is valid");
    assert_eq!(config.questionnaire.questions().len(), 2);
    assert_eq!(config.outcomes.len(), 2);
    assert_eq!(config.gemeente.languages, vec!["nl", "en"]);
    assert_eq!(errors_of(&base()), "(no errors)");
}

// ---------------------------------------------------------------------------
// Shape errors (from serde, element by element)
// ---------------------------------------------------------------------------

#[test]
fn syntax_error_has_line_and_column() {
    let text = "{\n  \"version\": 1,\n  \"gemeente\": {,}\n}";
    let errs = load_errors(text);
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs[0].location,
        Some(Location {
            line: 3,
            column: 16
        })
    );
    insta::assert_snapshot!(render(&errs), @r#"
    (root): invalid json: expected a key in double quotes, found `,`
      hint: write keys in double quotes, like "id"
    "#);
}

/// The mistakes hand-edited JSON usually has, each with where and how to fix it.
#[test]
fn syntax_errors_a_webmaster_makes() {
    let cases = [
        "{\n  \"version\": 1,\n}",
        "{\n  \"version\": 1\n  \"gemeente\": {}\n}",
        "{\n  \"version\": 1,\n  \"version\": 2\n}",
        "{\n  \"version\": 1, // eerste versie\n}",
        "{\n  \"name\": 'Testgemeente'\n}",
        "{\n  \"outcomes\": [\"a\", \"b\",]\n}",
        "{\n  \"outcomes\": [\n",
        "{\n  \"name\": \"Test\\gemeente\"\n}",
        "\u{feff}{\"version\": 01}",
        "{} }",
    ];
    let rendered: Vec<String> = cases
        .iter()
        .map(|text| {
            let errs = load_errors(text);
            assert_eq!(errs.len(), 1, "{text}");
            let at = errs[0].location.expect("located");
            format!("{at} {}", render(&errs))
        })
        .collect();
    insta::assert_snapshot!(rendered.join("\n"), @r#"
    2:15 (root): invalid json: trailing comma is not allowed in JSON
      hint: remove the `,` after the last entry
    3:3 (root): invalid json: expected `,` or `}` after an object entry, found `"`
      hint: a `,` is missing at the end of the entry before
    3:3 (root): invalid json: duplicate key `version`
      hint: the same key is already at 2:3; keep one of the two
    2:17 (root): invalid json: comments are not allowed in JSON
      hint: remove the comment
    2:11 (root): invalid json: expected a value, found `'`
      hint: strings are written in double quotes, like "text"
    2:24 (root): invalid json: trailing comma is not allowed in JSON
      hint: remove the `,` after the last item
    3:1 (root): invalid json: the file ends inside a list
      hint: a closing `]` is missing for the `[` at 2:15
    2:16 (root): invalid json: invalid escape `\g` in a text
      hint: JSON knows \" \\ \/ \b \f \n \r \t and \uXXXX; write a backslash itself as \\
    1:13 (root): invalid json: invalid number `01`
      hint: write numbers like 12, -3 or 1.5: no leading zeros, no `+`, no units; put other text in double quotes
    1:4 (root): invalid json: unexpected text after the end of the configuration, found `}`
      hint: the configuration ends at line 1; remove what follows, or check for a `}` or `]` too many
    "#);
}

#[test]
fn wrong_type() {
    let mut v = base();
    by_id(&mut v, "/terms", "wgs-gesprek")["amount"] = json!("4");
    insta::assert_snapshot!(errors_of(&v), @r#"terms.wgs-gesprek.amount: invalid type: string "4", expected u16"#);
}

#[test]
fn missing_field() {
    let mut v = base();
    outcome(&mut v, "debt-help")
        .as_object_mut()
        .expect("object")
        .remove("first-contact");
    insta::assert_snapshot!(errors_of(&v), @"outcomes.debt-help.first-contact: missing required key `first-contact`");
}

#[test]
fn unknown_keys_are_all_reported_with_did_you_mean() {
    let mut v = base();
    let topic = question(&mut v, "topic");
    topic["nxt"] = json!("debt-help");
    topic["optinal"] = json!(true);
    topic["colour"] = json!("red");
    v["gemeente"]["langauges"] = json!(["nl"]);
    insta::assert_snapshot!(errors_of(&v), @"
    gemeente.langauges: unknown key `langauges`
      hint: did you mean `languages`?
    questionnaire.questions.topic.colour: unknown key `colour`
      hint: expected one of `id`, `kind`, `options`, `house-number`, `max-length`, `branches`, `next-by-answer`, `next`, `optional`, `sensitive`, `screening`
    questionnaire.questions.topic.nxt: unknown key `nxt`
      hint: did you mean `next`?
    questionnaire.questions.topic.optinal: unknown key `optinal`
      hint: did you mean `optional`?
    ");
}

#[test]
fn unknown_enum_value_from_serde() {
    let mut v = base();
    question(&mut v, "topic")["kind"] = json!("single-choise");
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.topic.kind: unknown kind `single-choise`
      hint: did you mean `single-choice`?
    "#);
}

// ---------------------------------------------------------------------------
// Ids and references
// ---------------------------------------------------------------------------

#[test]
fn unsupported_version() {
    let mut v = base();
    v["version"] = json!(2);
    insta::assert_snapshot!(errors_of(&v), @r#"
    version: unsupported version 2
      hint: this widget reads version 1
    "#);
}

#[test]
fn invalid_id() {
    let mut v = base();
    push(
        &mut v,
        "/directory",
        json!({"id": "Wijkteam_Zuid", "role": "welzijn", "name": "Zuid"}),
    );
    insta::assert_snapshot!(errors_of(&v), @r#"
    directory[7]: invalid id `Wijkteam_Zuid`
      hint: use lowercase letters, digits and single hyphens, starting with a letter, at most 64 long, like `debt-help`
    "#);
}

#[test]
fn duplicate_id_across_questions_and_outcomes() {
    let mut v = base();
    push(
        &mut v,
        "/outcomes",
        json!({"id": "topic", "first-contact": "gemeente-loket"}),
    );
    insta::assert_snapshot!(errors_of(&v), @r#"
    outcomes[2]: duplicate id `topic`
      hint: first used at questionnaire.questions.topic
    "#);
}

#[test]
fn unknown_references_with_did_you_mean() {
    let mut v = base();
    question(&mut v, "topic")["next-by-answer"] = json!({"mony": "debt-help", "care": "postcod"});
    outcome(&mut v, "debt-help")["first-contact"] = json!("schuldhlp");
    outcome(&mut v, "debt-help")["steps"][0]["term"] = json!("wgs-gesprak");
    question(&mut v, "postcode")["branches"] = json!([
        {"when": {"answer-is": {"question": "topc", "option": "money"}}, "to": "debt-help"},
        {"when": {"answer-is": {"question": "topic", "option": "car"}}, "to": "debt-help"}
    ]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.topic.next-by-answer.care: unknown question or outcome `postcod`
      hint: did you mean `postcode`?
    questionnaire.questions.topic.next-by-answer.mony: unknown option `mony` of question `topic`
      hint: did you mean `money`?
    questionnaire.questions.postcode.branches[0].when.answer-is.question: unknown question `topc`
      hint: did you mean `topic`?
    questionnaire.questions.postcode.branches[1].when.answer-is.option: unknown option `car` of question `topic`
      hint: did you mean `care`?
    outcomes.debt-help.first-contact: unknown service `schuldhlp`
      hint: did you mean `schuldhulp`?
    outcomes.debt-help.steps.intake.term: unknown term `wgs-gesprak`
      hint: did you mean `wgs-gesprek`?
    questionnaire.questions.topic: no way forward after option `money`
      hint: add `next` as a default, or a `next-by-answer` entry for every option
    questionnaire.questions.postcode: question `postcode` can never be reached
      hint: no `next`, `next-by-answer` or branch leads here from the start question `topic`; link it or remove it
    "#);
}

#[test]
fn unknown_reference_without_a_close_match_lists_known_ids() {
    let mut v = base();
    outcome(&mut v, "care-help")["also"] = json!(["completely-different"]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    outcomes.care-help.also[0]: unknown service `completely-different`
      hint: known services: `alarm`, `clientondersteuning`, `gemeente-loket`, `schuldhulp`, `veilig-thuis`, `wijkteam-noord`, `zelfmoordpreventie`
    "#);
}

// ---------------------------------------------------------------------------
// Question kinds
// ---------------------------------------------------------------------------

#[test]
fn fields_that_do_not_fit_the_kind() {
    let mut v = base();
    let pc = question(&mut v, "postcode");
    pc["options"] = json!([{"id": "a"}, {"id": "b"}]);
    pc["next-by-answer"] = json!({"a": "care-help"});
    question(&mut v, "topic")["max-length"] = json!(200);
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.topic.max-length: `max-length` does not fit a single-choice question
      hint: only free-text questions have a maximum length
    questionnaire.questions.postcode.options: `options` does not fit a postcode question
      hint: only single-choice and multiple-choice questions have options
    questionnaire.questions.postcode.next-by-answer: `next-by-answer` does not fit a postcode question
      hint: a postcode question has no options to route on; use `next`
    "#);
}

#[test]
fn conditions_that_do_not_fit_the_kind() {
    let mut v = base();
    push(
        &mut v,
        "/questionnaire/questions",
        json!({"id": "areas", "kind": "multiple-choice",
               "options": [{"id": "money"}, {"id": "home"}], "next": "care-help"}),
    );
    push(
        &mut v,
        "/questionnaire/questions",
        json!({"id": "story", "kind": "free-text", "next": "areas"}),
    );
    question(&mut v, "postcode")["next"] = json!("story");
    question(&mut v, "areas")["branches"] = json!([
        {"when": {"answer-is": {"question": "areas", "option": "money"}}, "to": "debt-help"},
        {"when": {"count-at-least": {"question": "topic", "count": 2}}, "to": "debt-help"},
        {"when": {"not": {"answer-includes": {"question": "story", "option": "x"}}}, "to": "debt-help"}
    ]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.areas.branches[0].when.answer-is: `answer-is` does not fit a multiple-choice question
      hint: use `answer-includes` for a multiple-choice question
    questionnaire.questions.areas.branches[1].when.count-at-least: `count-at-least` does not fit a single-choice question
      hint: `count-at-least` works on multiple-choice questions only
    questionnaire.questions.areas.branches[2].when.not.answer-includes: condition reads free-text question `story`
      hint: free text is never used for routing; ask a choice question to route on
    "#);
}

#[test]
fn too_few_options_and_exclusive_on_single_choice() {
    let mut v = base();
    let topic = question(&mut v, "topic");
    topic["options"] = json!([{"id": "money", "exclusive": true}]);
    topic["next-by-answer"] = json!({"money": "debt-help"});
    topic["next"] = json!("postcode");
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.topic.options: a choice question needs at least 2 options, found 1
      hint: add options, or use a yes-no question for a yes/no choice
    questionnaire.questions.topic.options.money.exclusive: option `money` is exclusive in a single-choice question
      hint: `exclusive` only makes sense in a multiple-choice question; remove it
    "#);
}

#[test]
fn unknown_icon_rule_law_role_weekday() {
    let mut v = base();
    question(&mut v, "topic")["options"][0]["icon"] = json!("mony");
    question(&mut v, "postcode")["branches"] =
        json!([{"when": {"rule": "helper"}, "to": "debt-help"}]);
    outcome(&mut v, "care-help")["law"] = json!("wmo2015");
    service(&mut v, "schuldhulp")["role"] = json!("schulden");
    service(&mut v, "gemeente-loket")["schedules"] = json!([{"kind": "walk-in", "times": [{"days": ["mo", "tue"], "opens": "09:00", "closes": "12:00"}]}]);
    insta::assert_snapshot!(errors_of(&v), @"
    directory.gemeente-loket.schedules[0].times[0].days[1]: unknown weekday `tue`
      hint: did you mean `tu`?
    directory.schuldhulp.role: unknown role `schulden`
      hint: expected one of `wmo-loket`, `sociaal-wijkteam`, `jeugd-gezin`, `werk-inkomen`, `schuldhulp`, `clientondersteuning`, `mantelzorg`, `welzijn`, `sociaal-raadslieden`, `juridisch-loket`, `veilig-thuis`, `emergency`, `suicide-prevention`, `helpline`, `gemeente`, `huisarts`, `huisartsenpost`, `uwv`, `ciz`
    questionnaire.questions.topic.options.money.icon: unknown icon `mony`
      hint: did you mean `money`?
    questionnaire.questions.postcode.branches[0].when.rule: unknown rule `helper`
      hint: expected one of `helper-mode`, `postcode-served`, `postcode-outside-areas`, `danger-signalled`, `postcode-outside-gemeente`
    outcomes.care-help.law: unknown law `wmo2015`
      hint: expected one of `wmo`, `jeugdwet`, `participatiewet`, `wgs`, `wlz`, `zvw`
    ");
}

// ---------------------------------------------------------------------------
// Routing graph
// ---------------------------------------------------------------------------

#[test]
fn unreachable_question() {
    let mut v = base();
    push(
        &mut v,
        "/questionnaire/questions",
        json!({"id": "lonely", "kind": "yes-no", "next": "care-help"}),
    );
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.lonely: question `lonely` can never be reached
      hint: no `next`, `next-by-answer` or branch leads here from the start question `topic`; link it or remove it
    "#);
}

#[test]
fn cycle() {
    let mut v = base();
    push(
        &mut v,
        "/questionnaire/questions",
        json!({"id": "alone", "kind": "yes-no", "next": "postcode"}),
    );
    question(&mut v, "postcode")["next"] = json!("alone");
    question(&mut v, "postcode")["branches"] =
        json!([{"when": {"rule": "postcode-served"}, "to": "care-help"}]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.postcode: routing goes round in a loop: postcode → alone → postcode
      hint: every journey must end in an outcome; break the loop
    "#);
}

#[test]
fn no_way_forward() {
    let mut v = base();
    question(&mut v, "topic")["next-by-answer"] = json!({"money": "debt-help"});
    question(&mut v, "topic")["options"]
        .as_array_mut()
        .expect("options")
        .push(json!({"id": "home"}));
    question(&mut v, "topic")["next-by-answer"]["home"] = json!("postcode");
    question(&mut v, "postcode")
        .as_object_mut()
        .expect("object")
        .remove("next");
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.topic: no way forward after option `care`
      hint: add `next` as a default, or a `next-by-answer` entry for every option
    questionnaire.questions.postcode: no way forward: the question has no `next`
      hint: add `next`, the default next step
    "#);
}

// ---------------------------------------------------------------------------
// Postcode areas
// ---------------------------------------------------------------------------

#[test]
fn overlapping_pc4_ranges_between_and_within_teams() {
    let mut v = base();
    with_second_team(&mut v);
    push(
        &mut v,
        "/areas",
        json!({"team": "wijkteam-zuid", "pc4": ["9993-9995", "9994"]}),
    );
    insta::assert_snapshot!(errors_of(&v), @r#"
    areas[1].pc4[0]: `9993-9995` overlaps `9990-9993` at areas[0].pc4[0]
      hint: an address belongs to one team only; remove or narrow one of the two
    areas[1].pc4[1]: `9994` overlaps `9993-9995` at areas[1].pc4[0]
      hint: an address belongs to one team only; remove or narrow one of the two
    "#);
}

#[test]
fn duplicate_pc6_and_overlapping_house_numbers() {
    let mut v = base();
    with_second_team(&mut v);
    push(
        &mut v,
        "/areas",
        json!({"team": "wijkteam-zuid", "pc6": ["9995aa"], "addresses": [
            {"postcode": "9996 BB", "from": 1, "to": 49, "parity": "odd"},
            {"postcode": "9996 BB", "from": 2, "to": 50, "parity": "even"},
            {"postcode": "9996 BB", "from": 40, "to": 60}
        ]}),
    );
    insta::assert_snapshot!(errors_of(&v), @r#"
    areas[1].pc6[0]: `9995aa` overlaps `9995 AA` at areas[0].pc6[0]
      hint: an address belongs to one team only; remove or narrow one of the two
    areas[1].addresses[2]: `9996 BB 40-60` overlaps `9996 BB 1-49` at areas[1].addresses[0]
      hint: an address belongs to one team only; remove or narrow one of the two
    "#);
}

#[test]
fn backwards_ranges_and_bad_pc4() {
    let mut v = base();
    v["areas"][0]["pc4"] = json!(["9993-9990", "999"]);
    v["areas"][0]["addresses"] = json!([{"postcode": "9991 AB", "from": 20, "to": 10}]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    areas[0].pc4[0]: range `9993-9990` runs backwards
      hint: write the lower number first
    areas[0].pc4[1]: invalid pc4 area `999`
      hint: use four digits like `9990`, or a range like `9990-9993`
    areas[0].addresses[0].to: range `20-10` runs backwards
      hint: write the lower number first
    "#);
}

#[test]
fn area_team_must_be_a_wijkteam() {
    let mut v = base();
    v["areas"][0]["team"] = json!("schuldhulp");
    insta::assert_snapshot!(errors_of(&v), @r#"
    areas[0].team: service `schuldhulp` has role `schuldhulp`, expected `sociaal-wijkteam`
      hint: areas map postcodes to sociaal wijkteams
    "#);
}

// ---------------------------------------------------------------------------
// Values: phones, postcodes, urls, e-mail, dates, times, languages
// ---------------------------------------------------------------------------

#[test]
fn invalid_phone_and_postcode() {
    let mut v = base();
    service(&mut v, "schuldhulp")["phones"][0]["number"] = json!("0800-FLOWERS");
    service(&mut v, "gemeente-loket")["phones"][0]["number"] = json!("020-12345");
    service(&mut v, "wijkteam-noord")["address"]["postcode"] = json!("0991 AB");
    insta::assert_snapshot!(errors_of(&v), @"
    directory.gemeente-loket.phones[0].number: invalid phone number `020-12345`
      hint: a Dutch number has 3 digits (112), 5–7 digits (14 020, 14 0570), 10 digits (020-123 4567, 06-1234 5678, 088-0767 000), or is a 0800/0900/0906/0909 number with 4 or 7 digits after it (0800-2000, 0900-112 7 112)
    directory.schuldhulp.phones[0].number: invalid phone number `0800-FLOWERS`
      hint: use only digits, spaces and hyphens, like 0800-0113
    directory.wijkteam-noord.address.postcode: invalid postcode `0991 AB`
      hint: a postcode starts with 1 to 9, not 0
    ");
}

#[test]
fn invalid_urls() {
    let mut v = base();
    v["gemeente"]["quick-exit-url"] = json!("http://weerplaza.nl");
    service(&mut v, "clientondersteuning")["url"] = json!("javascript:alert(1)");
    service(&mut v, "gemeente-loket")["url"] = json!("https://www.test gemeente.nl");
    service(&mut v, "alarm")["chat-url"] = json!("tel:112");
    insta::assert_snapshot!(errors_of(&v), @r#"
    directory.gemeente-loket.url: invalid url `https://www.test gemeente.nl`
      hint: a url cannot contain spaces; write them as %20
    directory.clientondersteuning.url: invalid url `javascript:alert(1)`
      hint: use a full https:// address
    directory.alarm.chat-url: invalid url `tel:112`
      hint: use a full https:// address
    gemeente.quick-exit-url: invalid url `http://weerplaza.nl`
      hint: use a full https:// address
    "#);
}

#[test]
fn invalid_email_and_date() {
    let mut v = base();
    service(&mut v, "wijkteam-noord")["email"] = json!("noord at testgemeente.nl");
    by_id(&mut v, "/terms", "wgs-gesprek")["source"]["verified_on"] = json!("15-01-2026");
    service(&mut v, "alarm")["phones"][0]["source"]["verified_on"] = json!("2026-02-30");
    insta::assert_snapshot!(errors_of(&v), @r#"
    directory.wijkteam-noord.email: invalid e-mail address `noord at testgemeente.nl`
      hint: write it like `loket@voorbeeldgemeente.nl`
    directory.alarm.phones[0].source.verified_on: invalid date `2026-02-30`
      hint: that day does not exist
    terms.wgs-gesprek.source.verified_on: invalid date `15-01-2026`
      hint: expected a date like 2026-11-23
    "#);
}

#[test]
fn invalid_times() {
    let mut v = base();
    service(&mut v, "schuldhulp")["phones"][0]["hours"] = json!({"times": [
        {"days": ["mo"], "opens": "9:00", "closes": "17:00"},
        {"days": ["tu"], "opens": "17:00", "closes": "09:00"}
    ]});
    insta::assert_snapshot!(errors_of(&v), @r#"
    directory.schuldhulp.phones[0].hours.times[0].opens: invalid time `9:00`
      hint: use the 24-hour clock, like `09:00` or `17:30`
    directory.schuldhulp.phones[0].hours.times[1].closes: closes at 09:00, not after it opens at 17:00
      hint: the closing time must be after the opening time
    "#);
}

#[test]
fn languages() {
    let mut v = base();
    v["gemeente"]["default-language"] = json!("fy");
    v["gemeente"]["languages"] = json!(["nl", "EN", "dutch"]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    gemeente.languages[1]: invalid language tag `EN`
      hint: use a lowercase BCP 47 tag like `nl`, `en`, `ar` or `pt-br`
    gemeente.languages[2]: invalid language tag `dutch`
      hint: use a lowercase BCP 47 tag like `nl`, `en`, `ar` or `pt-br`
    gemeente.default-language: default language `fy` is not in `languages`
      hint: add `fy` to `languages`, or leave `languages` out
    "#);
}

// ---------------------------------------------------------------------------
// Required roles
// ---------------------------------------------------------------------------

#[test]
fn crisis_list_must_hold_112_113_and_veilig_thuis() {
    let mut v = base();
    v["gemeente"]["crisis"] = json!(["alarm"]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    gemeente.crisis: no service with role `suicide-prevention`
      hint: add 113 Zelfmoordpreventie (role `suicide-prevention`)
    gemeente.crisis: no service with role `veilig-thuis`
      hint: add Veilig Thuis, 0800-2000 (role `veilig-thuis`)
    "#);
}

#[test]
fn crisis_list_must_not_be_empty() {
    let mut v = base();
    v["gemeente"]["crisis"] = json!([]);
    insta::assert_snapshot!(errors_of(&v), @r#"
    gemeente.crisis: the crisis list is empty
      hint: list 112, 113 and Veilig Thuis: they are shown on every screen
    "#);
}

#[test]
fn general_contact_must_be_the_gemeente_with_a_phone() {
    let mut v = base();
    v["gemeente"]["general-contact"] = json!("wijkteam-noord");
    insta::assert_snapshot!(errors_of(&v), @r#"
    gemeente.general-contact: service `wijkteam-noord` has role `sociaal-wijkteam`, expected `gemeente`
      hint: the general contact is the gemeente's own desk (role `gemeente`, usually 14 + netnummer)
    gemeente.general-contact: general contact `wijkteam-noord` has no phone number
      hint: residents must always be able to call the gemeente; add `phones`
    "#);
}

// ---------------------------------------------------------------------------
// One pass, locations
// ---------------------------------------------------------------------------

#[test]
fn five_mistakes_are_reported_in_one_pass() {
    let mut v = base();
    v["gemeente"]["quick-exit-url"] = json!("weerplaza.nl");
    question(&mut v, "topic")["next-by-answer"]["care"] = json!("postcod");
    outcome(&mut v, "debt-help")["law"] = json!("wgs2");
    service(&mut v, "schuldhulp")["phones"][0]["number"] = json!("12");
    v["areas"][0]["pc6"] = json!(["9995 SA"]);
    let text = serde_json::to_string_pretty(&v).expect("serializable");
    let errs = load_errors(&text);
    let paths: Vec<&str> = errs.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "directory.schuldhulp.phones[0].number",
            "gemeente.quick-exit-url",
            "questionnaire.questions.topic.next-by-answer.care",
            "outcomes.debt-help.law",
            "areas[0].pc6[0]",
            // The typo in `next-by-answer` also leaves `postcode` without a way in.
            "questionnaire.questions.postcode",
        ]
    );
    assert!(errs.iter().all(|e| e.location.is_some()));
}

#[test]
fn shape_errors_in_several_elements_are_all_reported() {
    let mut v = base();
    question(&mut v, "topic")["optional"] = json!("yes");
    question(&mut v, "postcode")["sensitve"] = json!(true);
    outcome(&mut v, "care-help")["urgency"] = json!("soon");
    service(&mut v, "alarm")["phones"][0]["free"] = json!(1);
    let errs = load_errors(&serde_json::to_string_pretty(&v).expect("serializable"));
    assert_eq!(errs.len(), 4, "{}", render(&errs));
}

#[test]
fn shape_and_semantic_errors_come_together_without_cascades() {
    let mut v = base();
    // Shape errors: an unknown key in a question, a wrong type in a service.
    question(&mut v, "postcode")["nxt"] = json!("care-help");
    service(&mut v, "schuldhulp")["phones"] = json!("0999-123456");
    // A semantic error elsewhere, reported in the same pass.
    v["gemeente"]["quick-exit-url"] = json!("http://weerplaza.nl");
    let errs = load_errors(&serde_json::to_string_pretty(&v).expect("serializable"));
    insta::assert_snapshot!(render(&errs), @r#"
    questionnaire.questions.postcode.nxt: unknown key `nxt`
      hint: did you mean `next`?
    directory.schuldhulp.phones: invalid type: string "0999-123456", expected a list
    gemeente.quick-exit-url: invalid url `http://weerplaza.nl`
      hint: use a full https:// address
    "#);
    // Not reported: `topic` leading to the unreadable `postcode`, `debt-help` naming the
    // unreadable `schuldhulp` — they follow from the errors above.
}

#[test]
fn semantic_errors_point_at_the_line_and_column() {
    // Edit the fixture text itself so the positions are those a webmaster sees.
    let text = MINIMAL
        .replace(
            r#""first-contact": "schuldhulp""#,
            r#""first-contact": "schuldhlp""#,
        )
        .replace(r#""pc6": ["9995 AA"]"#, r#""pc6": ["9995 AA", "99X"]"#);
    let errs = load_errors(&text);
    let located: Vec<(String, Option<Location>)> =
        errs.iter().map(|e| (e.path.clone(), e.location)).collect();
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .expect("needle in text")
            + 1
    };
    let col_of = |needle: &str, value: &str| {
        let line = text.lines().nth(line_of(needle) - 1).expect("line");
        line.find(value).expect("value on line") + 1
    };
    assert_eq!(
        located,
        vec![
            (
                "outcomes.debt-help.first-contact".to_owned(),
                Some(Location {
                    line: line_of("schuldhlp"),
                    column: col_of("schuldhlp", "\"schuldhlp\""),
                })
            ),
            (
                "areas[0].pc6[1]".to_owned(),
                Some(Location {
                    line: line_of("99X"),
                    column: col_of("99X", "\"99X\""),
                })
            ),
        ]
    );
}

#[test]
fn unknown_key_points_at_the_key() {
    let text = MINIMAL.replace(r#""show-team": true,"#, r#""show-teem": true,"#);
    let errs = load_errors(&text);
    assert_eq!(errs.len(), 1);
    assert!(matches!(&errs[0].kind, ErrorKind::UnknownKey { key, .. } if key == "show-teem"));
    assert_eq!(
        errs[0].kind.hint().as_deref(),
        Some("did you mean `show-team`?")
    );
    let line = text
        .lines()
        .position(|l| l.contains("show-teem"))
        .expect("edited line")
        + 1;
    assert_eq!(errs[0].location.map(|l| l.line), Some(line));
}

#[test]
fn error_values_and_hints_are_available_to_tools() {
    let mut v = base();
    outcome(&mut v, "debt-help")["first-contact"] = json!("schuldhlp");
    let errs = load_errors(&serde_json::to_string(&v).expect("serializable"));
    assert_eq!(errs[0].kind.value(), Some("schuldhlp"));
    assert_eq!(
        errs[0].kind.hint().as_deref(),
        Some("did you mean `schuldhulp`?")
    );
}

#[test]
fn nested_shape_errors_have_precise_paths() {
    let mut v = base();
    // One fatal shape error per element; unknown keys are all reported first.
    question(&mut v, "topic")["branches"] = json!([
        {"when": {"all": [{"answer-iss": {"question": "topic", "option": "money"}}]}, "to": "debt-help"}
    ]);
    question(&mut v, "postcode")["branches"] = json!([
        {"when": {"answer-is": {"question": "topic", "optoin": "money"}}, "to": "debt-help"}
    ]);
    outcome(&mut v, "care-help")["steps"] = json!([{"term": "wgs-gesprek"}]);
    service(&mut v, "alarm")["phones"][0]["hours"] = json!("always-opn");
    insta::assert_snapshot!(errors_of(&v), @r#"
    questionnaire.questions.topic.branches[0].when.all[0]: unknown condition `answer-iss`
      hint: did you mean `answer-is`?
    questionnaire.questions.postcode.branches[0].when.answer-is.optoin: unknown key `optoin`
      hint: did you mean `option`?
    outcomes.care-help.steps[0].id: missing required key `id`
    directory.alarm.phones[0].hours: unknown hours `always-opn`
      hint: did you mean `always-open`?
    "#);
}

/// A multiple-choice topic question whose "children" topic leads to a danger question,
/// with the crisis advice it can end in.
fn with_child_safety(v: &mut Value) {
    let topic = question(v, "topic");
    topic["kind"] = json!("multiple-choice");
    push(
        v,
        "/questionnaire/questions/0/options",
        json!({"id": "children", "icon": "child"}),
    );
    let topic = question(v, "topic");
    topic["next-by-answer"]["children"] = json!("child-safety");
    topic["next"] = json!("postcode");
    push(
        v,
        "/questionnaire/questions",
        json!({"id": "child-safety", "kind": "yes-no", "sensitive": true,
               "next-by-answer": {"yes": "child-unsafe", "no": "postcode"}}),
    );
    let mut unsafe_ = outcome(v, "debt-help").clone();
    unsafe_["id"] = json!("child-unsafe");
    unsafe_["urgency"] = json!("crisis");
    unsafe_["sensitive"] = json!(true);
    push(v, "/outcomes", unsafe_);
}

#[test]
fn danger_that_several_topics_bypass_is_refused() {
    let mut v = base();
    with_child_safety(&mut v);
    insta::assert_snapshot!(errors_of(&v), @"
    questionnaire.questions.topic.screening: danger can be bypassed: with `care`, `children` picked, answering `yes` to `child-safety` ends at `care-help`, not at crisis advice
      hint: add `child-safety` to `screening.children`, so it is asked whenever `children` is picked, and let this answer lead to crisis advice
    ");
    // Listed as screening, the danger question is asked with several topics too.
    question(&mut v, "topic")["screening"] = json!({"children": ["child-safety"]});
    assert_eq!(errors_of(&v), "(no errors)");
    // A question cannot screen itself.
    question(&mut v, "topic")["screening"] = json!({"children": ["child-safety", "topic"]});
    insta::assert_snapshot!(errors_of(&v), @"
    questionnaire.questions.topic.screening.children[1]: question `topic` screens itself
      hint: list the questions asked after this one, such as a danger question for the topic
    ");
}

// ---------------------------------------------------------------------------
// Texts that could break out of an inline <script>, floods, overlays elsewhere
// ---------------------------------------------------------------------------

#[test]
fn markup_that_ends_an_inline_script_is_refused_in_any_text() {
    let mut v = base();
    v["gemeente"]["name"] = json!("Test</script><img src=x onerror=alert(1)>");
    service(&mut v, "wijkteam-noord")["name"] = json!("Wijkteam <!-- Noord");
    service(&mut v, "schuldhulp")["name"] = json!("Schuldhulp </SCRIPT >");
    insta::assert_snapshot!(errors_of(&v), @r#"
    directory.schuldhulp.name: `</` or `<!--` in the text `Schuldhulp </SCRIPT >`
      hint: pasted into a page's <script>, the configuration would end here; write `< /` or leave out the markup (texts are shown as plain text)
    directory.wijkteam-noord.name: `</` or `<!--` in the text `Wijkteam <!-- Noord`
      hint: pasted into a page's <script>, the configuration would end here; write `< /` or leave out the markup (texts are shown as plain text)
    gemeente.name: `</` or `<!--` in the text `Test</script><img src=x onerror=alert(1)>`
      hint: pasted into a page's <script>, the configuration would end here; write `< /` or leave out the markup (texts are shown as plain text)
    "#);
    // Located like every other error: the line and column of the value.
    let text = serde_json::to_string_pretty(&v).expect("serializable");
    let errs = load_errors(&text);
    let name = errs
        .iter()
        .find(|e| e.path == "gemeente.name")
        .expect("reported");
    let at = name.location.expect("located");
    let line = text.lines().nth(at.line - 1).expect("the line exists");
    assert!(line.contains("\"name\": \"Test</script>"), "{line}");
    // A lone `<` is harmless.
    let mut ok = base();
    ok["gemeente"]["name"] = json!("Test <3 & 1 < 2");
    assert_eq!(errors_of(&ok), "(no errors)");
}

#[test]
fn a_text_over_the_maximum_is_refused() {
    let mut v = base();
    service(&mut v, "wijkteam-noord")["address"] =
        json!({"street": "x".repeat(1001), "postcode": "9991 AB", "city": "Teststad"});
    insta::assert_snapshot!(errors_of(&v), @r#"
    directory.wijkteam-noord.address.street: a text of 1001 bytes is too long
      hint: a text can be at most 1000 bytes; shorten it
    "#);
}

#[test]
fn overlays_are_relative_paths_only() {
    let mut v = base();
    v["gemeente"]["overlays"] = json!({"nl": [
        "overlays/nl.ftl",
        "https://cdn.example.com/nl.ftl",
        "//cdn.example.com/nl.ftl",
        "\\\\cdn.example.com\\nl.ftl",
        "data:text/plain,x",
        "/\t/cdn.example.com/nl.ftl"
    ]});
    insta::assert_snapshot!(errors_of(&v), @r#"
    gemeente.overlays.nl[1]: overlay `https://cdn.example.com/nl.ftl` is not a relative path on this site
      hint: give a path relative to the configuration file, like `overlays/nl.ftl`: the widget fetches nothing from other sites
    gemeente.overlays.nl[2]: overlay `//cdn.example.com/nl.ftl` is not a relative path on this site
      hint: give a path relative to the configuration file, like `overlays/nl.ftl`: the widget fetches nothing from other sites
    gemeente.overlays.nl[3]: overlay `\\cdn.example.com\nl.ftl` is not a relative path on this site
      hint: give a path relative to the configuration file, like `overlays/nl.ftl`: the widget fetches nothing from other sites
    gemeente.overlays.nl[4]: overlay `data:text/plain,x` is not a relative path on this site
      hint: give a path relative to the configuration file, like `overlays/nl.ftl`: the widget fetches nothing from other sites
    gemeente.overlays.nl[5]: overlay `/	/cdn.example.com/nl.ftl` is not a relative path on this site
      hint: give a path relative to the configuration file, like `overlays/nl.ftl`: the widget fetches nothing from other sites
    "#);
}

/// `gemeente.public-events` (issue 23): events go to every script on the host page, so
/// the checker admits no sensitive question, no urgent or crisis advice and no unknown id.
#[test]
fn public_events_never_name_anything_sensitive() {
    let mut v = base();
    question(&mut v, "postcode")["sensitive"] = Value::Bool(true);
    outcome(&mut v, "debt-help")["urgency"] = Value::String("urgent".into());
    v["gemeente"]["public-events"] =
        serde_json::json!(["topic", "postcode", "debt-help", "care-help", "dept-help"]);
    insta::assert_snapshot!(errors_of(&v), @"
    gemeente.public-events[1]: `postcode` is a sensitive question: events may not name it
      hint: remove it: events go to every script on the page (analytics, session replay); the step number is always in the event
    gemeente.public-events[2]: `debt-help` is urgent advice: events may not name it
      hint: remove it: events go to every script on the page (analytics, session replay); the step number is always in the event
    gemeente.public-events[4]: unknown question or outcome `dept-help`
      hint: did you mean `debt-help`?
    ");
}
