//! Every distinct route through a questionnaire, for review before publishing.
//!
//! Walks the questionnaire with the real engine ([`Journey::apply`]), trying for each
//! question a representative set of answers: every option of a single-choice or yes-no
//! question; every single option and every pair of options of a multiple-choice
//! question (pairs reach the "several problems" routes); for a postcode question a
//! skip, a postcode of each team, a split street without a house number and a postcode
//! no team serves; for free text a skip or
//! a sample. Routes that visit the same questions and end in the same outcome with the
//! same team result count once: the first example is kept.

use super::{advise, check_input, Action, Advice, Input, Journey, Position, TeamAdvice};
use crate::model::{Config, OutcomeId, Parity, Question, QuestionId, QuestionKind};
use std::collections::BTreeSet;

/// One route: the answers given and the advice it ends in.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Each question on the route with a short, readable form of the answer.
    pub answers: Vec<(QuestionId, String)>,
    /// The advice at the end.
    pub advice: Advice,
}

/// A route that ends without an advice (a question with no way on): always a config bug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadEnd {
    /// The answers given.
    pub answers: Vec<(QuestionId, String)>,
    /// Where it got stuck.
    pub at: QuestionId,
}

/// The result of walking every route.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Routes {
    /// Distinct routes that end in an advice, in walk order.
    pub routes: Vec<Route>,
    /// Routes that got stuck.
    pub dead_ends: Vec<DeadEnd>,
    /// Whether the walk stopped at the limit before it was complete.
    pub truncated: bool,
    /// Multiple-choice questions with so many options that only the first
    /// [`MAX_PAIRS`] pairs were tried (every single option always is).
    pub pairs_limited: Vec<QuestionId>,
}

/// The most pairs of options tried per multiple-choice question. Every pair of `n`
/// options is n²/2 walks, each through all `n` options: 400 options took minutes
/// and 20 000 ran out of memory (issue 23). Eleven topics make 45 pairs.
pub const MAX_PAIRS: usize = 300;

/// Walks every route, up to `limit` distinct routes.
pub fn enumerate(config: &Config, limit: usize) -> Routes {
    let mut walk = Walk {
        config,
        limit,
        seen: BTreeSet::new(),
        out: Routes::default(),
    };
    walk.visit(Journey::new(config), Vec::new(), 0);
    walk.out
}

struct Walk<'c> {
    config: &'c Config,
    limit: usize,
    seen: BTreeSet<(Vec<QuestionId>, OutcomeId, String)>,
    out: Routes,
}

impl Walk<'_> {
    fn visit(&mut self, journey: Journey, answers: Vec<(QuestionId, String)>, depth: usize) {
        if self.out.routes.len() >= self.limit {
            self.out.truncated = true;
            return;
        }
        let id = match journey.position() {
            Position::Outcome(_) => return self.record(&journey, answers),
            Position::Question(id) => id.clone(),
        };
        let question = self.config.questionnaire.get(&id);
        // A validated questionnaire has no cycles; the depth bound keeps a bug finite.
        let mut moved = false;
        if depth <= self.config.questionnaire.questions().len() {
            let (tries, limited) = candidates(self.config, question);
            if limited && !self.out.pairs_limited.contains(&id) {
                self.out.pairs_limited.push(id.clone());
            }
            for (input, label) in tries {
                let Ok(answer) = check_input(self.config, question, input) else {
                    continue;
                };
                let Ok(next) = journey.apply(self.config, Action::Answer(id.clone(), answer))
                else {
                    continue;
                };
                if next.position() == journey.position() {
                    continue;
                }
                moved = true;
                let mut more = answers.clone();
                more.push((id.clone(), label));
                self.visit(next, more, depth + 1);
            }
        }
        if !moved {
            self.out.dead_ends.push(DeadEnd { answers, at: id });
        }
    }

    fn record(&mut self, journey: &Journey, answers: Vec<(QuestionId, String)>) {
        let Some(advice) = advise(self.config, journey) else {
            return;
        };
        let team = match &advice.team {
            TeamAdvice::Found(_) => "found".to_owned(),
            other => format!("{other:?}"),
        };
        let questions = answers.iter().map(|(q, _)| q.clone()).collect();
        if self.seen.insert((questions, advice.outcome.clone(), team)) {
            self.out.routes.push(Route { answers, advice });
        }
    }
}

/// The answers to try for one question, each with a readable label, and whether the
/// pairs were cut at [`MAX_PAIRS`].
fn candidates(config: &Config, question: &Question) -> (Vec<(Input, String)>, bool) {
    let mut out = Vec::new();
    let mut limited = false;
    match &question.kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::YesNo => {
            for o in question.kind.option_ids() {
                out.push((Input::Choice(o.to_string()), o.to_string()));
            }
        }
        QuestionKind::MultipleChoice { options } => {
            for o in options {
                out.push((Input::Choices(vec![o.id.to_string()]), o.id.to_string()));
            }
            let pickable: Vec<_> = options.iter().filter(|o| !o.exclusive).collect();
            let mut pairs = 0;
            'pairs: for (i, a) in pickable.iter().enumerate() {
                for b in &pickable[i + 1..] {
                    if pairs == MAX_PAIRS {
                        limited = true;
                        break 'pairs;
                    }
                    pairs += 1;
                    let label = format!("{} + {}", a.id, b.id);
                    out.push((
                        Input::Choices(vec![a.id.to_string(), b.id.to_string()]),
                        label,
                    ));
                }
            }
        }
        QuestionKind::Postcode { .. } => {
            for (postcode, house_number, label) in sample_postcodes(config) {
                out.push((
                    Input::Postcode {
                        postcode,
                        house_number,
                    },
                    label,
                ));
            }
        }
        QuestionKind::FreeText { .. } => {
            out.push((
                Input::Text("(eigen woorden)".to_owned()),
                "(own words)".to_owned(),
            ));
        }
    }
    if question.optional {
        out.push((Input::Skip, "(skipped)".to_owned()));
    }
    (out, limited)
}

/// One answer a question takes without a resident: a postcode of the first team, or
/// a sample of own words (for walks that need to get past the question).
pub(crate) fn sample_input(config: &Config, question: &Question) -> Input {
    match &question.kind {
        QuestionKind::Postcode { .. } => Input::Postcode {
            postcode: sample_postcodes(config)
                .into_iter()
                .next()
                .map(|(pc, _, _)| pc)
                .unwrap_or_default(),
            house_number: String::new(),
        },
        _ => Input::Text("(eigen woorden)".to_owned()),
    }
}

/// One postcode per team (from its first PC4 range, else its first exact PC6), the
/// first split street without a house number (the resident is asked to choose), and
/// one postcode that no team serves.
fn sample_postcodes(config: &Config) -> Vec<(String, String, String)> {
    let areas = &config.areas;
    let mut seen_teams = BTreeSet::new();
    let mut out = Vec::new();
    for r in areas.pc4_ranges() {
        if seen_teams.insert(r.team.clone()) {
            out.push((
                format!("{} AA", r.from),
                String::new(),
                format!("{} AA ({})", r.from, r.team),
            ));
        }
    }
    for (pc, team) in areas.pc6_entries() {
        if seen_teams.insert(team.clone()) {
            out.push((pc.to_string(), String::new(), format!("{pc} ({team})")));
        }
    }
    // A split street: the first house number of each team's part (without one the
    // resident is asked for it, and a question that asks no house number gets the
    // teams to choose from).
    if let Some(first) = areas.address_ranges().first() {
        let pc = first.postcode;
        out.push((
            pc.to_string(),
            String::new(),
            format!("{pc} (split street, no house number)"),
        ));
        for r in areas.address_ranges().iter().filter(|r| r.postcode == pc) {
            let n = match (r.parity, r.from % 2) {
                (Parity::Odd, 0) | (Parity::Even, 1) => r.from + 1,
                _ => r.from,
            };
            out.push((
                pc.to_string(),
                n.to_string(),
                format!("{pc} {n} ({})", r.team),
            ));
        }
    }
    let served = |pc4: u16| {
        areas
            .pc4_ranges()
            .iter()
            .any(|r| (r.from..=r.to).contains(&pc4))
    };
    if let Some(free) = (1000..=9999u16).rev().find(|pc4| !served(*pc4)) {
        out.push((
            format!("{free} ZZ"),
            String::new(),
            format!("{free} ZZ (no team)"),
        ));
    }
    out
}
