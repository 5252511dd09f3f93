//! Newtype ids. Ids describe content (`topic`, `debt-help`), never position (`q3`).
//!
//! Each kind of id has its own type so a question id can never be used where a service
//! id is meant. The config validator is the only place that turns strings into ids of
//! things that must exist; elsewhere ids are only compared and displayed.

use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// Wraps a string as this kind of id. Validation happens in `config`.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in the configuration.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

id_type!(
    /// A question, e.g. `topic`.
    QuestionId
);
id_type!(
    /// An option of a choice question, unique within its question, e.g. `money`.
    OptionId
);
id_type!(
    /// An advice, e.g. `debt-help`.
    OutcomeId
);
id_type!(
    /// A desk, team or helpline in the directory, e.g. `wijkteam-noord`.
    ServiceId
);
id_type!(
    /// A statutory term, e.g. `wmo-onderzoek`.
    TermId
);
id_type!(
    /// A "what happens next" step; its words live in Fluent (`step-<id>`).
    StepId
);
id_type!(
    /// A "what to bring" item; its words live in Fluent (`bring-<id>`).
    BringId
);

/// Whether a string is a well-formed id: lowercase ASCII letters, digits and single
/// hyphens, starting with a letter, at most [`MAX_ID`](super::MAX_ID) long. Keeps ids
/// usable as Fluent message ids (and, in a compiled file, harmless wherever they go).
pub fn is_valid_id(s: &str) -> bool {
    let mut prev_hyphen = true; // forbids a leading hyphen
    let starts_with_letter = s.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    starts_with_letter
        && s.len() <= super::MAX_ID
        && !s.ends_with('-')
        && s.chars().all(|c| {
            let ok = c.is_ascii_lowercase() || c.is_ascii_digit() || (c == '-' && !prev_hyphen);
            prev_hyphen = c == '-';
            ok
        })
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn ids_are_lowercase_kebab_case() {
        for ok in ["topic", "debt-help", "wijkteam-noord-2", "a"] {
            assert!(is_valid_id(ok), "{ok} should be valid");
        }
        let long = "a".repeat(65);
        assert!(is_valid_id(&long[1..]));
        for bad in [
            long.as_str(),
            "",
            "Topic",
            "q 3",
            "-x",
            "x-",
            "a--b",
            "3rd",
            "é",
            "a_b",
        ] {
            assert!(!is_valid_id(bad), "{bad} should be invalid");
        }
    }
}
