#![cfg(not(target_arch = "wasm32"))]
//! Properties of the journey state machine on the default configuration (and on the
//! engine's mini config): it never panics, always stands somewhere that exists, can
//! reach every question and outcome, and replaying a share link lands where answering
//! by hand does.

use proptest::prelude::*;
use std::collections::{BTreeSet, VecDeque};
use std::sync::OnceLock;
use wegwijzer::engine::{advise, check_answer, Action, Input, Journey, Position};
use wegwijzer::model::{
    Answer, AreaMatch, Config, OutcomeId, Question, QuestionId, QuestionKind, Target,
};

fn load(relative: &str) -> Config {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    wegwijzer::config::load(&json)
        .unwrap_or_else(|errs| panic!("{relative} does not load: {errs:#?}"))
}

fn default_config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| load("config/voorbeeldgemeente.json"))
}

fn mini_config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| load("tests/fixtures/engine/mini.json"))
}

/// Postcodes worth typing in this config: served ones, a split street with and without
/// a house number, one outside every area, and some that are not postcodes at all.
fn postcode_pool(config: &Config) -> Vec<(String, String)> {
    let areas = &config.areas;
    let mut pool: Vec<(String, String)> = Vec::new();
    for r in areas.pc4_ranges().iter().take(3) {
        pool.push((format!("{} ab", r.from), String::new()));
        pool.push((format!("{}XY", r.to), "7b".into()));
    }
    for (pc, _) in areas.pc6_entries().iter().take(3) {
        pool.push((pc.to_string(), String::new()));
    }
    for r in areas.address_ranges().iter().take(4) {
        pool.push((r.postcode.compact(), r.from.to_string()));
        pool.push((r.postcode.to_string().to_lowercase(), String::new()));
    }
    let outside = (1000..=9999u16).find_map(|pc4| {
        let pc = wegwijzer::model::Postcode::parse(&format!("{pc4}AA")).ok()?;
        (areas.lookup(&pc, None) == AreaMatch::Unknown).then(|| pc.to_string())
    });
    pool.extend(outside.map(|pc| (pc, "1".into())));
    // Not postcodes, or bad house numbers: must be refused, never panic.
    for (pc, nr) in [
        ("0123AB", ""),
        ("1234 SA", ""),
        ("12AB", ""),
        ("", ""),
        ("9999ZZ", "x1"),
    ] {
        pool.push((pc.into(), nr.into()));
    }
    pool
}

/// Builds an input for `question` from a seed: mostly sensible, sometimes wrong.
fn input_for(config: &Config, question: &Question, seed: u64) -> Input {
    let pick = |n: usize| (seed >> 8) as usize % n.max(1);
    if seed % 11 == 0 {
        return Input::Skip;
    }
    match &question.kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::YesNo => {
            let mut ids: Vec<String> = question
                .kind
                .option_ids()
                .iter()
                .map(|o| o.to_string())
                .collect();
            ids.push("no-such-option".into());
            Input::Choice(ids[pick(ids.len())].clone())
        }
        QuestionKind::MultipleChoice { options } => {
            let mut picked: Vec<String> = options
                .iter()
                .enumerate()
                .filter(|(i, _)| (seed >> (8 + i % 48)) & 1 == 1)
                .map(|(_, o)| o.id.to_string())
                .take(1 + (seed % 4) as usize)
                .collect();
            if seed % 13 == 0 {
                picked.push("no-such-option".into());
            }
            Input::Choices(picked)
        }
        QuestionKind::Postcode { .. } => {
            let pool = postcode_pool(config);
            let (postcode, house_number) = pool[pick(pool.len())].clone();
            Input::Postcode {
                postcode,
                house_number,
            }
        }
        QuestionKind::FreeText { max_length } => match seed % 4 {
            0 => Input::Text("x".repeat(max_length + 1)),
            1 => Input::Text("   ".into()),
            _ => Input::Text("Het gaat niet goed".into()),
        },
    }
}

/// A valid answer for `question`, derived from the seed (tries a few inputs).
fn valid_answer(config: &Config, question: &Question, seed: u64) -> Answer {
    let mut s = seed;
    for _ in 0..64 {
        if let Ok(a) = check_answer(question, input_for(config, question, s)) {
            return a;
        }
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
    }
    // Always possible: the first option, or skip, or a text.
    let first = question.kind.option_ids().into_iter().next();
    let input = match (&question.kind, first) {
        (QuestionKind::MultipleChoice { .. }, Some(o)) => Input::Choices(vec![o.to_string()]),
        (_, Some(o)) => Input::Choice(o.to_string()),
        (QuestionKind::FreeText { .. }, None) => Input::Text("tekst".into()),
        (_, None) => Input::Skip,
    };
    check_answer(question, input).expect("a first option, text or skip always fits")
}

fn assert_stands_somewhere(config: &Config, journey: &Journey) {
    match journey.position() {
        Position::Question(q) => {
            assert!(
                config.questionnaire.find(q).is_some(),
                "at unknown question {q}"
            );
            assert!(
                advise(config, journey).is_none(),
                "advice while at a question"
            );
        }
        Position::Outcome(o) => {
            assert!(config.outcomes.contains_key(o), "at unknown outcome {o}");
            let advice = advise(config, journey).expect("advice at an outcome");
            assert_eq!(&advice.outcome, o);
        }
    }
    for q in journey.answers().keys() {
        assert!(
            config.questionnaire.find(q).is_some(),
            "answer to unknown {q}"
        );
    }
    assert_eq!(journey.step_number(config), journey.path(config).len() + 1);
}

#[derive(Debug, Clone)]
enum Seed {
    Answer(u64),
    AnswerOther(usize, u64),
    Back,
    Change(usize),
    Restart,
    SetHelper(bool),
}

fn seed() -> impl Strategy<Value = Seed> {
    prop_oneof![
        6 => any::<u64>().prop_map(Seed::Answer),
        1 => (any::<usize>(), any::<u64>()).prop_map(|(i, s)| Seed::AnswerOther(i, s)),
        2 => Just(Seed::Back),
        1 => any::<usize>().prop_map(Seed::Change),
        1 => Just(Seed::Restart),
        1 => any::<bool>().prop_map(Seed::SetHelper),
    ]
}

/// Plays random actions; every step must keep the journey somewhere real.
fn random_walk(config: &Config, seeds: &[Seed]) {
    let mut journey = Journey::new(config);
    for s in seeds {
        let result = match s {
            Seed::Answer(seed) => match journey.current_question(config) {
                Some(q) => match check_answer(q, input_for(config, q, *seed)) {
                    Ok(answer) => {
                        let next = journey.apply(config, Action::Answer(q.id.clone(), answer));
                        assert!(
                            next.is_ok(),
                            "a checked answer to the current question: {next:?}"
                        );
                        next
                    }
                    Err(_) => Ok(journey.clone()),
                },
                None => journey.apply(
                    config,
                    Action::Answer("no-such-question".into(), Answer::Skipped),
                ),
            },
            Seed::AnswerOther(i, seed) => {
                let questions = config.questionnaire.questions();
                let q = &questions[i % questions.len()];
                let answer = valid_answer(config, q, *seed);
                journey.apply(config, Action::Answer(q.id.clone(), answer))
            }
            Seed::Back => journey.apply(config, Action::Back),
            Seed::Change(i) => {
                let path = journey.path(config);
                let q = if path.is_empty() {
                    QuestionId::new("not-on-any-path")
                } else {
                    path[i % path.len()].clone()
                };
                let changed = journey.apply(config, Action::Change(q.clone()));
                if !path.is_empty() {
                    let j = changed.as_ref().expect("change to a path question works");
                    assert_eq!(j.position(), &Position::Question(q));
                    assert_eq!(j.answers(), journey.answers(), "change keeps answers");
                }
                changed
            }
            Seed::Restart => journey.apply(config, Action::Restart),
            Seed::SetHelper(h) => journey.apply(config, Action::SetHelper(*h)),
        };
        if let Ok(next) = result {
            journey = next;
        }
        assert_stands_somewhere(config, &journey);
    }
}

/// Answers every question with a random valid answer (the "complete answer set").
fn complete_answers(config: &Config, seeds: &[u64]) -> wegwijzer::engine::Answers {
    config
        .questionnaire
        .questions()
        .iter()
        .zip(seeds.iter().cycle())
        .map(|(q, s)| (q.id.clone(), valid_answer(config, q, *s)))
        .collect()
}

/// Answers the current question from the set until it has no answer or an outcome.
fn replay(config: &Config, answers: &wegwijzer::engine::Answers, helper: bool) -> Journey {
    let mut journey = Journey::new(config)
        .apply(config, Action::SetHelper(helper))
        .expect("set helper");
    for _ in 0..=config.questionnaire.questions().len() {
        let Position::Question(q) = journey.position().clone() else {
            break;
        };
        let Some(a) = answers.get(&q) else { break };
        match journey.apply(config, Action::Answer(q, a.clone())) {
            Ok(next) if next != journey => journey = next,
            _ => break,
        }
    }
    journey
}

fn configs() -> [(&'static str, &'static Config); 2] {
    [
        ("voorbeeldgemeente", default_config()),
        ("mini", mini_config()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// (a) Random actions never panic and always stand somewhere that exists.
    #[test]
    fn random_actions_never_panic(seeds in prop::collection::vec(seed(), 0..40)) {
        for (_, config) in configs() {
            random_walk(config, &seeds);
        }
    }

    /// (c) A share link (from_answers) lands where answering by hand does.
    #[test]
    fn from_answers_equals_replay(seeds in prop::collection::vec(any::<u64>(), 1..16), helper in any::<bool>()) {
        for (name, config) in configs() {
            let answers = complete_answers(config, &seeds);
            let by_hand = replay(config, &answers, helper);
            let shared = Journey::from_answers(config, answers, helper);
            prop_assert_eq!(shared.position(), by_hand.position(), "{}", name);
            prop_assert_eq!(shared.answers(), by_hand.answers(), "{}", name);
            prop_assert!(matches!(shared.position(), Position::Outcome(_)), "{}: a complete answer set ends in advice, got {:?}", name, shared.position());
        }
    }

    /// (e) Progress "Vraag N van hooguit M" never promises fewer questions than come:
    /// on every question of a random route (several topics, screening, skips), the
    /// bound is at least the number of questions the route ends up asking, and never
    /// below the question's own number.
    #[test]
    fn progress_bound_holds(seeds in prop::collection::vec(any::<u64>(), 1..20)) {
        for (name, config) in configs() {
            let mut journey = Journey::new(config);
            let mut bounds = Vec::new();
            for seed in &seeds {
                let Some(q) = journey.current_question(config) else { break };
                let Ok(answer) = check_answer(q, input_for(config, q, *seed)) else { continue };
                let at_most = journey.questions_at_most(config);
                prop_assert!(at_most >= journey.step_number(config), "{}: {} < number {}", name, at_most, journey.step_number(config));
                bounds.push(at_most);
                journey = journey.apply(config, Action::Answer(q.id.clone(), answer)).expect("checked answer");
            }
            if matches!(journey.position(), Position::Outcome(_)) {
                let asked = journey.path(config).len();
                for b in bounds {
                    prop_assert!(b >= asked, "{}: promised at most {} questions, the route asked {} ({:?})", name, b, asked, journey.path(config));
                }
            }
        }
    }

    /// (d) Changing the first answer to the same value keeps every later answer.
    #[test]
    fn changing_to_the_same_answer_keeps_the_rest(seeds in prop::collection::vec(any::<u64>(), 1..16)) {
        for (name, config) in configs() {
            let done = Journey::from_answers(config, complete_answers(config, &seeds), false);
            let start = config.questionnaire.start.clone();
            let first = done.answer(&start).cloned().expect("start is answered");
            let changed = done
                .apply(config, Action::Change(start.clone()))
                .and_then(|j| j.apply(config, Action::Answer(start.clone(), first)))
                .expect("change and answer again");
            prop_assert_eq!(changed.answers(), done.answers(), "{}", name);
            // One step forward, not to the end.
            let path = done.path(config);
            let expected = path.get(1).cloned().map(Position::Question).unwrap_or_else(|| done.position().clone());
            prop_assert_eq!(changed.position(), &expected, "{}", name);
        }
    }
}

/// (b) Every question and outcome is reachable from the start over the routing graph.
#[test]
fn every_node_is_reachable_in_the_graph() {
    for (name, config) in configs() {
        let mut seen_q: BTreeSet<QuestionId> = BTreeSet::new();
        let mut seen_o: BTreeSet<OutcomeId> = BTreeSet::new();
        let mut queue = VecDeque::from([config.questionnaire.start.clone()]);
        while let Some(q) = queue.pop_front() {
            if !seen_q.insert(q.clone()) {
                continue;
            }
            let r = &config.questionnaire.get(&q).routing;
            let targets = r
                .branches
                .iter()
                .map(|b| &b.to)
                .chain(r.by_answer.values())
                .chain(r.next.iter());
            for t in targets {
                match t {
                    Target::Question(next) => queue.push_back(next.clone()),
                    Target::Outcome(o) => {
                        seen_o.insert(o.clone());
                    }
                }
            }
        }
        let all_q: BTreeSet<QuestionId> = config
            .questionnaire
            .questions()
            .iter()
            .map(|q| q.id.clone())
            .collect();
        let all_o: BTreeSet<OutcomeId> = config.outcomes.keys().cloned().collect();
        assert_eq!(
            all_q.difference(&seen_q).collect::<Vec<_>>(),
            Vec::<&QuestionId>::new(),
            "{name}: unreachable questions"
        );
        assert_eq!(
            all_o.difference(&seen_o).collect::<Vec<_>>(),
            Vec::<&OutcomeId>::new(),
            "{name}: unreachable outcomes"
        );
    }
}

/// (b) …and the engine really gets there: explore journeys with a pool of answers per
/// question (both helper settings) and collect every position visited.
#[test]
fn every_node_is_reachable_by_answering() {
    for (name, config) in configs() {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut visited: BTreeSet<String> = BTreeSet::new();
        let mut queue: VecDeque<Journey> = VecDeque::new();
        for helper in [false, true] {
            queue.push_back(
                Journey::new(config)
                    .apply(config, Action::SetHelper(helper))
                    .expect("helper"),
            );
        }
        while let Some(j) = queue.pop_front() {
            if !visited.insert(format!("{:?}{:?}", j.answers(), j.helper())) {
                continue;
            }
            assert!(visited.len() < 200_000, "{name}: exploration does not end");
            match j.position() {
                Position::Outcome(o) => {
                    seen.insert(format!("outcome {o}"));
                }
                Position::Question(q) => {
                    seen.insert(format!("question {q}"));
                    let question = config.questionnaire.get(q);
                    for a in answer_pool(config, question) {
                        if let Ok(next) = j.apply(config, Action::Answer(q.clone(), a)) {
                            queue.push_back(next);
                        }
                    }
                }
            }
        }
        let missing: Vec<String> = config
            .questionnaire
            .questions()
            .iter()
            .map(|q| format!("question {}", q.id))
            .chain(config.outcomes.keys().map(|o| format!("outcome {o}")))
            .filter(|n| !seen.contains(n))
            .collect();
        assert!(
            missing.is_empty(),
            "{name}: never reached by answering: {missing:?}"
        );
    }
}

/// Every single pick, every pair of picks, skip, text and every pool postcode.
fn answer_pool(config: &Config, q: &Question) -> Vec<Answer> {
    let ids: Vec<String> = q.kind.option_ids().iter().map(|o| o.to_string()).collect();
    let mut inputs = vec![Input::Skip];
    match &q.kind {
        QuestionKind::MultipleChoice { .. } => {
            for (i, a) in ids.iter().enumerate() {
                inputs.push(Input::Choices(vec![a.clone()]));
                for b in &ids[i + 1..] {
                    inputs.push(Input::Choices(vec![a.clone(), b.clone()]));
                }
            }
        }
        QuestionKind::SingleChoice { .. } | QuestionKind::YesNo => {
            inputs.extend(ids.iter().cloned().map(Input::Choice));
        }
        QuestionKind::Postcode { .. } => {
            inputs.extend(
                postcode_pool(config)
                    .into_iter()
                    .map(|(postcode, house_number)| Input::Postcode {
                        postcode,
                        house_number,
                    }),
            );
        }
        QuestionKind::FreeText { .. } => inputs.push(Input::Text("mijn verhaal".into())),
    }
    let mut out: Vec<Answer> = Vec::new();
    for input in inputs {
        if let Ok(a) = check_answer(q, input) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// Progress is tight where the route is plain: on the default configuration, the
/// household route ("Hulp in huis": home-need, own words, postcode) says "of at most 4"
/// from its second question on, and the first question bounds every route.
#[test]
fn progress_bound_on_the_household_route() {
    let config = default_config();
    let start = Journey::new(config);
    let topic = config.questionnaire.start.clone();
    let home = start
        .apply(
            config,
            Action::Answer(topic, Answer::Choices(vec!["home".into()])),
        )
        .expect("topic home");
    assert_eq!(
        home.current_question(config)
            .map(|q| q.id.to_string())
            .as_deref(),
        Some("home-need")
    );
    assert_eq!(home.questions_at_most(config), 4);
    let longest = wegwijzer::engine::routes::enumerate(config, 10_000)
        .routes
        .iter()
        .map(|r| r.answers.len())
        .max()
        .expect("routes");
    let first = start.questions_at_most(config);
    assert!(
        first >= longest,
        "first question promises {first}, a route asks {longest}"
    );
}
