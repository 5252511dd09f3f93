//! The JSON Schema of the configuration file, for editors and the CLI's `schema` command.
//!
//! Generated from the raw serde types with schemars, so it can never drift from what
//! the parser accepts. Only built with the `cli` feature: the widget never needs it.

use super::raw::RawConfig;

/// The JSON Schema (draft 2020-12) of a configuration file.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(RawConfig)).expect("a schema is plain JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_requires_the_top_level_sections_and_denies_unknown_keys() {
        let schema = json_schema();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .expect("required list")
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        for key in [
            "version",
            "gemeente",
            "questionnaire",
            "outcomes",
            "directory",
        ] {
            assert!(
                required.contains(&key),
                "{key} should be required: {required:?}"
            );
        }
        assert_eq!(schema["additionalProperties"], serde_json::json!(false));
        let props = schema["properties"].as_object().expect("properties");
        for key in ["terms", "areas", "$schema"] {
            assert!(props.contains_key(key), "{key} should be a property");
        }
        // Nested types deny unknown keys too.
        let question = &schema["$defs"]["RawQuestion"];
        assert_eq!(question["additionalProperties"], serde_json::json!(false));
        assert!(question["properties"].get("next-by-answer").is_some());
    }

    #[test]
    fn example_configs_have_only_schema_keys_at_the_top() {
        let schema = json_schema();
        let props = schema["properties"].as_object().expect("properties");
        let minimal = include_str!("../../tests/fixtures/config/minimal.json");
        let mut files = vec![("minimal", minimal.to_owned())];
        let root = env!("CARGO_MANIFEST_DIR");
        if let Ok(text) = std::fs::read_to_string(format!("{root}/config/voorbeeldgemeente.json")) {
            files.push(("voorbeeldgemeente", text));
        }
        for (name, text) in files {
            let value: serde_json::Value = serde_json::from_str(&text).expect("valid json");
            for key in value.as_object().expect("an object").keys() {
                assert!(props.contains_key(key), "{name}: `{key}` not in the schema");
            }
            crate::config::parse(&text).unwrap_or_else(|e| panic!("{name} parses: {e:?}"));
        }
    }
}
