//! A small hand-built gemeente for the engine's unit tests (test builds only).
//!
//! It mirrors `tests/fixtures/engine/mini.json` and uses every question kind, every
//! routing form (branches, by-answer, next), every rule and both area levels, so the
//! unit tests do not depend on the config validator.

use super::Answers;
use crate::model::*;

fn choice(id: &str, danger: bool, exclusive: bool) -> Choice {
    Choice {
        id: id.into(),
        icon: Icon::parse(id),
        danger,
        exclusive,
    }
}

fn q(id: &str) -> Target {
    Target::Question(id.into())
}

fn o(id: &str) -> Target {
    Target::Outcome(id.into())
}

fn branch(condition: Condition, to: Target) -> Branch {
    Branch { condition, to }
}

fn includes(question: &str, option: &str) -> Condition {
    Condition::AnswerIncludes {
        question: question.into(),
        option: option.into(),
    }
}

fn at_least(question: &str, count: usize) -> Condition {
    Condition::CountAtLeast {
        question: question.into(),
        count,
    }
}

fn question(id: &str, kind: QuestionKind, routing: Routing, optional: bool) -> Question {
    Question {
        id: id.into(),
        kind,
        routing,
        optional,
        sensitive: false,
        screening: IdMap::new(),
    }
}

fn questionnaire() -> Questionnaire {
    let topic = question(
        "topic",
        QuestionKind::MultipleChoice {
            options: vec![
                choice("money", false, false),
                choice("care", false, false),
                choice("child", false, false),
                choice("unsafe", true, false),
                choice("letter", false, false),
                choice("dont-know", false, true),
            ],
        },
        Routing {
            branches: vec![
                branch(includes("topic", "unsafe"), o("unsafe-at-home")),
                branch(at_least("topic", 2), q("postcode")),
            ],
            by_answer: [
                ("money".into(), q("debt-threat")),
                ("letter".into(), o("letter-help")),
            ]
            .into_iter()
            .collect(),
            next: Some(q("postcode")),
        },
        false,
    );
    let debt_threat = question(
        "debt-threat",
        QuestionKind::YesNo,
        Routing {
            branches: vec![],
            by_answer: [
                ("yes".into(), o("debt-help-urgent")),
                ("no".into(), o("debt-help")),
            ]
            .into_iter()
            .collect(),
            next: None,
        },
        false,
    );
    let postcode = question(
        "postcode",
        QuestionKind::Postcode {
            house_number: HouseNumberMode::Optional,
        },
        Routing {
            branches: vec![
                branch(
                    Condition::Rule(Rule::PostcodeOutsideAreas),
                    o("outside-gemeente"),
                ),
                branch(at_least("topic", 2), o("one-contact")),
                branch(includes("topic", "child"), o("child-worry")),
                branch(includes("topic", "care"), q("own-words")),
            ],
            by_answer: IdMap::new(),
            next: Some(o("one-contact")),
        },
        true,
    );
    let own_words = question(
        "own-words",
        QuestionKind::FreeText { max_length: 200 },
        Routing {
            branches: vec![branch(Condition::Rule(Rule::HelperMode), o("care-helper"))],
            by_answer: IdMap::new(),
            next: Some(o("care-support")),
        },
        true,
    );
    let mut own_words = own_words;
    own_words.sensitive = true;
    Questionnaire::new(
        "topic".into(),
        vec![topic, debt_threat, postcode, own_words],
    )
}

fn source() -> Source {
    Source {
        url: "https://example.org/bron".into(),
        verified_on: Date::parse("2026-11-01").expect("valid date"),
        evidence: Evidence::Verified,
    }
}

fn service(id: &str, role: Role) -> Service {
    Service {
        id: id.into(),
        role,
        name: id.to_uppercase(),
        phones: vec![Phone {
            number: PhoneNumber::parse("14 0999").expect("valid number"),
            free: Some(true),
            hours: Some(Hours::AlwaysOpen),
            anonymous: false,
            source: source(),
        }],
        email: None,
        url: None,
        chat_url: None,
        address: None,
        schedules: vec![],
        languages: vec![],
        upl: None,
        national: matches!(role, Role::Helpline | Role::Emergency),
    }
}

fn directory() -> Directory {
    Directory::new([
        service("gemeente", Role::Gemeente),
        service("alarm-112", Role::Emergency),
        service("zelfmoord-113", Role::SuicidePrevention),
        service("veilig-thuis", Role::VeiligThuis),
        service("schuldhulp", Role::Schuldhulp),
        service("geldfit", Role::Helpline),
        service("raadslieden", Role::SociaalRaadslieden),
        service("cjg", Role::JeugdGezin),
        service("wmo-loket", Role::WmoLoket),
        service("wijkteam-noord", Role::SociaalWijkteam),
        service("wijkteam-zuid", Role::SociaalWijkteam),
        service("clientondersteuning", Role::Clientondersteuning),
        service("welzijn", Role::Welzijn),
    ])
}

fn outcome(id: &str, first: &str) -> Outcome {
    Outcome {
        id: id.into(),
        first_contact: first.into(),
        show_team: false,
        also: vec![],
        community: vec![],
        crisis: vec![],
        law: None,
        client_support: false,
        urgency: Urgency::Normal,
        steps: vec![],
        bring: vec![],
        bring_in: None,
        sensitive: false,
    }
}

fn step(id: &str, term: Option<&str>) -> NextStep {
    NextStep {
        id: id.into(),
        term: term.map(TermId::from),
    }
}

fn outcomes() -> IdMap<OutcomeId, Outcome> {
    let unsafe_at_home = Outcome {
        crisis: vec!["alarm-112".into()],
        urgency: Urgency::Crisis,
        sensitive: true,
        ..outcome("unsafe-at-home", "veilig-thuis")
    };
    let debt_urgent = Outcome {
        also: vec!["geldfit".into()],
        community: vec!["welzijn".into()],
        law: Some(Law::Wgs),
        urgency: Urgency::Urgent,
        steps: vec![step("intake", Some("wgs-intake-urgent"))],
        bring: vec!["letters".into()],
        ..outcome("debt-help-urgent", "schuldhulp")
    };
    let debt = Outcome {
        also: vec!["geldfit".into()],
        law: Some(Law::Wgs),
        steps: vec![step("intake", Some("wgs-intake")), step("plan", None)],
        bring: vec!["letters".into(), "income".into()],
        ..outcome("debt-help", "schuldhulp")
    };
    let letter = Outcome {
        community: vec!["welzijn".into()],
        ..outcome("letter-help", "raadslieden")
    };
    let child = Outcome {
        law: Some(Law::Jeugdwet),
        show_team: true,
        ..outcome("child-worry", "cjg")
    };
    let one_contact = Outcome {
        show_team: true,
        client_support: true,
        community: vec!["welzijn".into()],
        bring_in: Some(BringIn {
            question: "topic".into(),
            services: vec![
                ("money".into(), "schuldhulp".into()),
                ("care".into(), "wmo-loket".into()),
                ("child".into(), "cjg".into()),
                ("letter".into(), "raadslieden".into()),
                ("dont-know".into(), "wijkteam-noord".into()),
            ],
        }),
        ..outcome("one-contact", "wijkteam-noord")
    };
    let outside = outcome("outside-gemeente", "gemeente");
    let care = Outcome {
        law: Some(Law::Wmo),
        show_team: true,
        community: vec!["welzijn".into()],
        steps: vec![
            step("melding", None),
            step("gesprek", Some("wmo-onderzoek")),
        ],
        ..outcome("care-support", "wmo-loket")
    };
    let care_helper = Outcome {
        law: Some(Law::Wmo),
        ..outcome("care-helper", "wmo-loket")
    };
    [
        unsafe_at_home,
        debt_urgent,
        debt,
        letter,
        child,
        one_contact,
        outside,
        care,
        care_helper,
    ]
    .into_iter()
    .map(|o| (o.id.clone(), o))
    .collect()
}

fn term(id: &str, amount: u16, unit: DurationUnit) -> (TermId, Term) {
    let term = Term {
        id: id.into(),
        duration: Duration { amount, unit },
        legal_basis: "test".into(),
        source: source(),
    };
    (id.into(), term)
}

fn postcode(s: &str) -> Postcode {
    Postcode::parse(s).expect("valid test postcode")
}

fn areas() -> Areas {
    let range = |from, to, team: &str| AddressRange {
        postcode: postcode("9996AB"),
        from,
        to,
        parity: Parity::All,
        team: team.into(),
    };
    Areas::new(
        vec![
            Pc4Range {
                from: 9990,
                to: 9993,
                team: "wijkteam-noord".into(),
            },
            Pc4Range {
                from: 9994,
                to: 9995,
                team: "wijkteam-zuid".into(),
            },
        ],
        vec![],
        vec![
            range(1, 20, "wijkteam-noord"),
            range(21, 99, "wijkteam-zuid"),
        ],
    )
}

/// The mini gemeente.
pub(crate) fn config() -> Config {
    Config {
        gemeente: Gemeente {
            name: "Minigemeente".into(),
            code: None,
            general_contact: "gemeente".into(),
            crisis: vec![
                "alarm-112".into(),
                "zelfmoord-113".into(),
                "veilig-thuis".into(),
            ],
            default_language: "nl".into(),
            languages: vec!["nl".into()],
            form: Form::Je,
            quick_exit_url: "https://weer.example".into(),
            postcodes: Vec::new(),
            storage: false,
            quick_exit: QuickExit::EveryScreen,
            share_crisis_advice: false,
            public_events: Vec::new(),
            overlays: IdMap::new(),
        },
        questionnaire: questionnaire(),
        outcomes: outcomes(),
        directory: directory(),
        areas: areas(),
        terms: [
            term("wgs-intake", 4, DurationUnit::Weeks),
            term("wgs-intake-urgent", 3, DurationUnit::WorkingDays),
            term("wmo-onderzoek", 6, DurationUnit::Weeks),
        ]
        .into_iter()
        .collect(),
    }
}

/// An answer map from literal pairs.
pub(crate) fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .map(|(q, a)| (QuestionId::new(*q), a.clone()))
        .collect()
}

/// A postcode answer.
pub(crate) fn pc_answer(pc: &str, number: Option<u32>) -> Answer {
    Answer::Postcode {
        postcode: postcode(pc),
        house_number: number.map(|number| HouseNumber {
            number,
            suffix: None,
        }),
    }
}

/// A multiple-choice answer.
pub(crate) fn picks(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|s| OptionId::new(*s)).collect())
}
