#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]
//! The configuration reference (`docs/config-reference.md`) cannot fall behind the
//! format: every property name and every enum value in the JSON Schema (generated from
//! the parser's own types) must appear in it as `` `name` ``. The closed sets that the
//! validator checks rather than serde (roles, laws, icons, rules, weekdays) are taken
//! from the model and must be documented too.

use std::collections::BTreeSet;
use wegwijzer::config::schema::json_schema;
use wegwijzer::model::{Icon, Law, Role, Rule, Weekday};

const REFERENCE: &str = include_str!("../docs/config-reference.md");

/// Property names and enum values found anywhere in a schema.
#[derive(Default)]
struct Names {
    properties: BTreeSet<String>,
    values: BTreeSet<String>,
}

fn walk(v: &serde_json::Value, names: &mut Names) {
    match v {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("properties", serde_json::Value::Object(props)) => {
                        names.properties.extend(props.keys().cloned());
                    }
                    ("enum", serde_json::Value::Array(values)) => {
                        names
                            .values
                            .extend(values.iter().filter_map(|v| v.as_str()).map(str::to_owned));
                    }
                    ("const", serde_json::Value::String(s)) => {
                        names.values.insert(s.clone());
                    }
                    _ => {}
                }
                walk(value, names);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, names)),
        _ => {}
    }
}

fn undocumented<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    names
        .into_iter()
        .filter(|n| !REFERENCE.contains(&format!("`{n}`")))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_schema_property_and_enum_value_is_documented() {
    let mut names = Names::default();
    walk(&json_schema(), &mut names);
    // The walk must find the format, or this test would pass vacuously.
    for expected in ["questionnaire", "next-by-answer", "verified_on", "parity"] {
        assert!(names.properties.contains(expected), "{expected} not found");
    }
    for expected in ["single-choice", "always-open", "working-days", "odd"] {
        assert!(names.values.contains(expected), "{expected} not found");
    }
    let missing_props = undocumented(names.properties.iter().map(String::as_str));
    let missing_values = undocumented(names.values.iter().map(String::as_str));
    assert!(
        missing_props.is_empty() && missing_values.is_empty(),
        "docs/config-reference.md does not mention these as `name`:\n  properties: {missing_props:?}\n  enum values: {missing_values:?}"
    );
}

#[test]
fn every_closed_set_checked_by_the_validator_is_documented() {
    let mut all: Vec<&str> = Vec::new();
    all.extend(Role::ALL.iter().map(Role::as_str));
    all.extend(Law::ALL.iter().map(Law::as_str));
    all.extend(Icon::ALL.iter().map(Icon::as_str));
    all.extend(Rule::ALL.iter().map(Rule::as_str));
    all.extend(Weekday::ALL.iter().map(Weekday::as_str));
    assert!(all.len() > 40, "closed sets look empty: {all:?}");
    let missing = undocumented(all);
    assert!(
        missing.is_empty(),
        "docs/config-reference.md does not mention these allowed values: {missing:?}"
    );
}

#[test]
fn message_ids_and_overlays_are_documented() {
    for needle in [
        "`question-<q>`",
        "`.why`",
        "`question-<q>-helper`",
        "`option-<q>-<o>`",
        "`outcome-<id>`",
        "`.helper`",
        "`step-<id>`",
        "`$term`",
        "`bring-<id>`",
        "`service-<id>`",
        "`duration`",
        "`gemeente.overlays`",
    ] {
        assert!(REFERENCE.contains(needle), "reference lacks {needle}");
    }
}
