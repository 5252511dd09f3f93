#![cfg(not(target_arch = "wasm32"))]
//! A compiled file is untrusted input: forged from the valid default model with a hostile
//! value in one link, address, id or text field, and sealed with a correct
//! checksum (which is not a signature), it must be refused by `compiled::decode` — so no
//! `javascript:`, `data:` or `http:` link, no malformed id and no flood of text ever
//! reaches the widget's DOM. The unforged file still decodes.

use proptest::prelude::*;
use std::sync::OnceLock;
use wegwijzer::config::compiled::{decode, encode, published, CompiledError};
use wegwijzer::model::{Config, Directory, IdMap, OutcomeId, Questionnaire, ServiceId, TermId};

fn default_config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        wegwijzer::config::load(include_str!("../config/voorbeeldgemeente.json"))
            .expect("the default configuration is valid")
    })
}

/// Link values a forger would try; none is a plain `https://` address with a host.
fn hostile_url() -> impl Strategy<Value = String> {
    let scheme = prop::sample::select(vec![
        "javascript:",
        " javascript:",
        "JAVASCRIPT:",
        "\tjavascript:",
        "java\nscript:",
        "data:text/html,",
        "vbscript:",
        "http://",
        "HTTPS://",
        " https://",
        "//",
        "https:///",
        "file:///",
        "mailto:",
    ]);
    let plain = (scheme, "[a-z0-9()/.]{0,20}").prop_map(|(s, rest)| format!("{s}{rest}"));
    let sneaky = "[a-z]{1,8}".prop_map(|s| format!("https://x.nl/{s} javascript:alert(1)"));
    let long = (1000usize..1300).prop_map(|n| format!("https://x.nl/{}", "a".repeat(n)));
    prop_oneof![6 => plain, 1 => sneaky, 1 => long]
}

fn hostile_id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("a".repeat(65)),
        "[A-Z][a-z]{0,8}",
        "[a-z]{1,6}[ :<>\"'/_.][a-z]{0,6}",
        "[a-z]{1,6}--[a-z]{1,6}",
        "-[a-z]{1,6}",
        "[0-9][a-z]{0,6}",
        Just("javascript:alert(1)".to_owned()),
        Just("x\"><img src=x onerror=alert(1)>".to_owned()),
    ]
}

/// Where a forged value goes.
#[derive(Debug, Clone, Copy)]
enum Field {
    QuickExit,
    Website,
    Chat,
    Email,
    PhoneSource,
    TermSource,
    Name,
    ServiceKey,
    QuestionKey,
    OptionKey,
    OutcomeKey,
    TermKey,
}

fn with_service(c: &mut Config, i: usize, f: impl FnOnce(&mut wegwijzer::model::Service)) {
    let mut services: Vec<_> = c.directory.iter().cloned().collect();
    let n = services.len();
    f(&mut services[i % n]);
    c.directory = Directory::new(services);
}

fn forge(field: Field, at: usize, value: String) -> Config {
    let mut c = default_config().clone();
    match field {
        Field::QuickExit => c.gemeente.quick_exit_url = value,
        Field::Website => with_service(&mut c, at, |s| s.url = Some(value)),
        Field::Chat => with_service(&mut c, at, |s| s.chat_url = Some(value)),
        Field::Email => with_service(&mut c, at, |s| s.email = Some(value)),
        Field::PhoneSource => {
            let with_phone: Vec<_> = c
                .directory
                .iter()
                .filter(|s| !s.phones.is_empty())
                .map(|s| s.id.clone())
                .collect();
            let id = with_phone[at % with_phone.len()].clone();
            let mut services: Vec<_> = c.directory.iter().cloned().collect();
            let s = services.iter_mut().find(|s| s.id == id).expect("listed");
            s.phones[0].source.url = value;
            c.directory = Directory::new(services);
        }
        Field::TermSource => {
            let ids: Vec<TermId> = c.terms.keys().cloned().collect();
            let id = &ids[at % ids.len()];
            c.terms.get_mut(id).expect("listed").source.url = value;
        }
        Field::Name => with_service(&mut c, at, |s| s.name = value),
        Field::ServiceKey => with_service(&mut c, at, |s| s.id = ServiceId::new(value)),
        Field::QuestionKey | Field::OptionKey => {
            let mut qs = c.questionnaire.questions().to_vec();
            let n = qs.len();
            let q = &mut qs[at % n];
            if matches!(field, Field::QuestionKey) {
                q.id = value.as_str().into();
            } else {
                use wegwijzer::model::QuestionKind::*;
                match &mut q.kind {
                    SingleChoice { options } | MultipleChoice { options } => {
                        options[0].id = value.as_str().into();
                    }
                    // A question without options: forge its id instead.
                    _ => q.id = value.as_str().into(),
                }
            }
            c.questionnaire = Questionnaire::new(c.questionnaire.start.clone(), qs);
        }
        Field::OutcomeKey => {
            let mut outcomes: Vec<_> = c
                .outcomes
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let n = outcomes.len();
            let (k, o) = &mut outcomes[at % n];
            *k = OutcomeId::new(value.clone());
            o.id = OutcomeId::new(value);
            let mut map = IdMap::new();
            for (k, v) in outcomes {
                map.insert(k, v);
            }
            c.outcomes = map;
        }
        Field::TermKey => {
            let terms: Vec<_> = c
                .terms
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let n = terms.len();
            let mut map = IdMap::new();
            for (i, (k, mut v)) in terms.into_iter().enumerate() {
                let k = if i == at % n {
                    TermId::new(value.clone())
                } else {
                    k
                };
                v.id = k.clone();
                map.insert(k, v);
            }
            c.terms = map;
        }
    }
    c
}

fn refused(c: &Config) -> Result<(), TestCaseError> {
    match decode(&encode(c)) {
        Err(CompiledError::Refused { .. }) => Ok(()),
        Err(other) => Err(TestCaseError::fail(format!(
            "refused for another reason: {other}"
        ))),
        Ok(_) => Err(TestCaseError::fail(
            "decoded: the forged value would reach the DOM",
        )),
    }
}

#[test]
fn the_valid_file_still_decodes() {
    let c = default_config();
    assert_eq!(decode(&encode(c)), Ok(published(c)));
}

/// A source's page is not in the compiled file (the widget never shows it), so a
/// forged one cannot reach the DOM: it is dropped, whatever it holds.
#[test]
fn a_forged_source_page_never_reaches_the_widget() {
    for field in [Field::PhoneSource, Field::TermSource] {
        let c = forge(field, 0, "javascript:alert(1)".into());
        let back = decode(&encode(&c)).expect("decodes");
        assert_eq!(back, published(&c));
    }
}

#[test]
fn a_refusal_names_the_field_and_value() {
    let c = forge(Field::QuickExit, 0, "javascript:alert(1)".into());
    let err = decode(&encode(&c)).expect_err("refused");
    assert_eq!(
        err.to_string(),
        "its quick-exit url `javascript:alert(1)` is not allowed (a file no compiler wrote); compile the JSON again"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_forged_link_is_refused(
        field in prop::sample::select(vec![
            Field::QuickExit, Field::Website, Field::Chat,
        ]),
        at in 0usize..64,
        value in hostile_url(),
    ) {
        refused(&forge(field, at, value))?;
    }

    #[test]
    fn a_forged_id_is_refused(
        field in prop::sample::select(vec![
            Field::ServiceKey, Field::QuestionKey, Field::OptionKey,
            Field::OutcomeKey, Field::TermKey,
        ]),
        at in 0usize..64,
        value in hostile_id(),
    ) {
        refused(&forge(field, at, value))?;
    }

    #[test]
    fn a_forged_address_or_flood_is_refused(
        at in 0usize..64,
        email in prop_oneof![
            "[a-z]{1,8}",
            "[a-z]{1,8}@[a-z]{1,8}",
            "[a-z]{1,8} @[a-z]{1,8}\\.nl",
            "@[a-z]{1,8}\\.nl",
        ],
        n in 1001usize..1500,
    ) {
        refused(&forge(Field::Email, at, email))?;
        refused(&forge(Field::Name, at, "x".repeat(n)))?;
    }
}

/// The compiled file of `c` with the `nth` occurrence of `from` replaced by `to` (same
/// length, so no length prefix changes) and the checksum made right again, as a forger
/// with a hex editor would.
fn byte_forged(c: &Config, from: &str, to: &str) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let mut bytes = encode(c);
    let at = bytes
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .expect("the value is in the file");
    bytes[at..at + to.len()].copy_from_slice(to.as_bytes());
    let body = &bytes[9..];
    let mut words = body.chunks_exact(4);
    let step = |h: u32, v: u32| (h ^ v).wrapping_mul(0x0100_0193);
    let h = words.by_ref().fold(0x811c_9dc5, |h, w| {
        step(h, u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    });
    let sum = words
        .remainder()
        .iter()
        .fold(h, |h, &b| step(h, u32::from(b)));
    bytes[5..9].copy_from_slice(&sum.to_le_bytes());
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A phone number's `tel:` link is built from its digits, derived again on reading:
    /// a number edited to hold anything else does not parse, and the file is refused.
    #[test]
    fn a_forged_phone_number_is_refused(to in "[a-z:/()+ .]{1}[0-9a-z:/()+ .]{11}") {
        prop_assume!(to.chars().any(|c| c.is_ascii_alphabetic() || c == ':' || c == '/' || c == '.'));
        let c = default_config();
        let bytes = byte_forged(c, "0999-120 310", &to);
        prop_assert!(decode(&bytes).is_err(), "{to} decoded as a phone number");
    }
}

#[test]
fn the_resealing_forger_is_right() {
    // Replacing a value with itself gives the same, valid file.
    let c = default_config();
    assert_eq!(
        decode(&byte_forged(c, "0999-120 310", "0999-120 310")),
        Ok(published(c))
    );
    let bytes = byte_forged(c, "0999-120 310", "javascript:1");
    assert!(matches!(decode(&bytes), Err(CompiledError::Damaged { .. })));
}
