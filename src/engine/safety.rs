//! Proof that danger cannot be bypassed: for every topic of a multiple-choice
//! question, alone and together with one or two others, each danger answer ends in
//! crisis advice.
//!
//! Owns the definition of a topic's *danger questions* — the questions listed as its
//! `screening`, and the questions on its own route that have an answer leading straight
//! to crisis advice — and the check that drives the real engine ([`Journey::apply`])
//! through every such pick with every danger answer. Data in ([`Config`]), value out
//! ([`Bypass`] list); the checker turns each into an error, so a configuration in which
//! a parent with debts and an unsafe child gets a wijkteam leaflet is never published.

use super::answers::{check_answer, Input};
use super::journey::{is_crisis, Action, Journey, Position};
use super::routes::sample_input;
use crate::model::{sort_stable_by, Config, OptionId, Question, QuestionId, QuestionKind, Target};

/// A pick with which a danger answer does not end in crisis advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bypass {
    /// The multiple-choice question the options were picked in.
    pub question: QuestionId,
    /// The options picked, in option order (the smallest pick that shows it).
    pub picked: Vec<OptionId>,
    /// The topic whose danger question it is (the `danger` option itself when the
    /// multiple-choice question's own option signals danger).
    pub topic: OptionId,
    /// The danger question (the multiple-choice question itself for a `danger` option).
    pub danger_question: QuestionId,
    /// The danger answer given.
    pub answer: OptionId,
    /// Where the route ended instead: an outcome or an unanswered question id.
    pub ended: String,
}

/// Every pick of one to three options of each multiple-choice question (one or two when
/// it has more than twelve) with which a danger answer (or a `danger` option) does not
/// end in crisis advice.
pub fn bypasses(config: &Config) -> Vec<Bypass> {
    let mut out = Vec::new();
    for question in config.questionnaire.questions() {
        let QuestionKind::MultipleChoice { options } = &question.kind else {
            continue;
        };
        let Some(before) = reach(config, &question.id) else {
            continue;
        };
        let ids: Vec<OptionId> = options.iter().map(|o| o.id.clone()).collect();
        // Only picks with a topic that can signal danger can bypass it. Triples for the
        // usual first question; with many options pairs suffice (the engine treats every
        // pick of two or more alike) and keep `check` fast.
        let risky: Vec<&OptionId> = options
            .iter()
            .filter(|o| o.danger || !danger_questions(config, question, &o.id).is_empty())
            .map(|o| &o.id)
            .collect();
        let max = if ids.len() <= 12 { 3 } else { 2 };
        let candidates = picks(&ids, max)
            .into_iter()
            .filter(|p| p.iter().any(|o| risky.contains(&o)));
        for picked in candidates {
            let Ok(answer) = check_answer(question, Input::Choices(strings(&picked))) else {
                continue; // e.g. an exclusive option with others: the form refuses it
            };
            let Ok(after) = before.apply(config, Action::Answer(question.id.clone(), answer))
            else {
                continue;
            };
            // A `danger` option among the picks: crisis advice at once.
            if let Some(d) = options.iter().find(|o| o.danger && picked.contains(&o.id)) {
                let end = finish(config, after.clone(), None);
                if !ends_in_crisis(config, &end) {
                    add(
                        &mut out,
                        bypass(question, &picked, &d.id, &question.id, &d.id, &end),
                    );
                }
                continue;
            }
            for topic in &picked {
                for danger in danger_questions(config, question, topic) {
                    let q = config.questionnaire.get(&danger);
                    for answer in danger_answers(config, q) {
                        let end = finish(config, after.clone(), Some((&danger, &answer)));
                        if !ends_in_crisis(config, &end) {
                            add(
                                &mut out,
                                bypass(question, &picked, topic, &danger, &answer, &end),
                            );
                        }
                    }
                }
            }
        }
    }
    out
}

/// Keeps one bypass per topic, danger question and answer: the first, smallest pick.
fn add(out: &mut Vec<Bypass>, b: Bypass) {
    let same = |o: &Bypass| {
        o.question == b.question
            && o.topic == b.topic
            && o.danger_question == b.danger_question
            && o.answer == b.answer
    };
    if !out.iter().any(same) {
        out.push(b);
    }
}

fn bypass(
    question: &Question,
    picked: &[OptionId],
    topic: &OptionId,
    danger: &QuestionId,
    answer: &OptionId,
    end: &Journey,
) -> Bypass {
    Bypass {
        question: question.id.clone(),
        picked: picked.to_vec(),
        topic: topic.clone(),
        danger_question: danger.clone(),
        answer: answer.clone(),
        ended: match end.position() {
            Position::Question(q) => q.to_string(),
            Position::Outcome(o) => o.to_string(),
        },
    }
}

/// The danger questions of `topic`: its screening questions, and every question on
/// its own route (following every edge from where the option leads) with an answer
/// that leads straight to crisis advice.
pub fn danger_questions(config: &Config, question: &Question, topic: &OptionId) -> Vec<QuestionId> {
    let mut out: Vec<QuestionId> = question.screening.get(topic).cloned().unwrap_or_default();
    let first = question
        .routing
        .by_answer
        .get(topic)
        .or(question.routing.next.as_ref());
    let mut stack: Vec<QuestionId> = match first {
        Some(Target::Question(q)) => vec![q.clone()],
        _ => Vec::new(),
    };
    let mut seen: Vec<QuestionId> = vec![question.id.clone()];
    while let Some(id) = stack.pop() {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id.clone());
        let Some(q) = config.questionnaire.find(&id) else {
            continue;
        };
        if !danger_answers(config, q).is_empty() && !out.contains(&id) {
            out.push(id.clone());
        }
        for t in targets(q) {
            if let Target::Question(next) = t {
                stack.push(next.clone());
            }
        }
    }
    out
}

/// The answers of a choice or yes-no question that lead straight to crisis advice, or
/// that are marked `danger`.
fn danger_answers(config: &Config, q: &Question) -> Vec<OptionId> {
    q.kind
        .option_ids()
        .into_iter()
        .filter(|o| {
            is_crisis(config, q.routing.by_answer.get(o))
                || q.kind.choices().iter().any(|c| &c.id == o && c.danger)
        })
        .collect()
}

fn targets(q: &Question) -> impl Iterator<Item = &Target> {
    q.routing
        .branches
        .iter()
        .map(|b| &b.to)
        .chain(q.routing.by_answer.values())
        .chain(q.routing.next.iter())
}

/// A journey at `target`, reached from the start with calm answers; `None` if the walk
/// never gets there.
fn reach(config: &Config, target: &QuestionId) -> Option<Journey> {
    let mut j = Journey::new(config);
    for _ in 0..=config.questionnaire.questions().len() {
        match j.position() {
            Position::Question(q) if q == target => return Some(j),
            Position::Question(q) => j = calm_answer(config, &j, q)?,
            Position::Outcome(_) => return None,
        }
    }
    None
}

/// Answers every question from here to the end calmly, except `danger` (question and
/// answer), which gets its danger answer.
fn finish(config: &Config, mut j: Journey, danger: Option<(&QuestionId, &OptionId)>) -> Journey {
    for _ in 0..=config.questionnaire.questions().len() {
        let Position::Question(q) = j.position().clone() else {
            break;
        };
        let next = match danger {
            Some((d, a)) if d == &q => j
                .apply(
                    config,
                    Action::Answer(q.clone(), crate::model::Answer::Choice(a.clone())),
                )
                .ok(),
            _ => calm_answer(config, &j, &q),
        };
        match next {
            Some(n) if n.position() != j.position() => j = n,
            _ => break,
        }
    }
    j
}

/// A calm answer: the first option that does not lead to crisis advice (not marked
/// danger), a skip where allowed, else a sample.
fn calm_answer(config: &Config, j: &Journey, q: &QuestionId) -> Option<Journey> {
    let question = config.questionnaire.find(q)?;
    let danger = danger_answers(config, question);
    let input = match &question.kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::YesNo => {
            // "no" before "yes": the calm answer to a yes-no danger question.
            let mut ids = question.kind.option_ids();
            ids.reverse();
            let calm = ids.into_iter().find(|o| !danger.contains(o))?;
            Input::Choice(calm.to_string())
        }
        QuestionKind::MultipleChoice { .. } => {
            let calm = question
                .kind
                .option_ids()
                .into_iter()
                .find(|o| !danger.contains(o))?;
            Input::Choices(vec![calm.to_string()])
        }
        _ if question.optional => Input::Skip,
        _ => sample_input(config, question),
    };
    let answer = check_answer(question, input).ok()?;
    j.apply(config, Action::Answer(q.clone(), answer)).ok()
}

fn ends_in_crisis(config: &Config, j: &Journey) -> bool {
    match j.position() {
        Position::Outcome(o) => is_crisis(config, Some(&Target::Outcome(o.clone()))),
        Position::Question(_) => false,
    }
}

/// Every pick of 1..=`max` of `ids`, in option order.
fn picks(ids: &[OptionId], max: usize) -> Vec<Vec<OptionId>> {
    let mut out: Vec<Vec<OptionId>> = Vec::new();
    let mut frontier: Vec<(usize, Vec<OptionId>)> = vec![(0, Vec::new())];
    while let Some((from, pick)) = frontier.pop() {
        for (i, id) in ids.iter().enumerate().skip(from) {
            let mut more = pick.clone();
            more.push(id.clone());
            if more.len() < max {
                frontier.push((i + 1, more.clone()));
            }
            out.push(more);
        }
    }
    sort_stable_by(&mut out, |a, b| a.len().cmp(&b.len()));
    out
}

fn strings(ids: &[OptionId]) -> Vec<String> {
    ids.iter().map(ToString::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_one_to_three_in_order() {
        let ids: Vec<OptionId> = ["a", "b", "c", "d"]
            .iter()
            .map(|s| OptionId::new(*s))
            .collect();
        let p = picks(&ids, 3);
        assert_eq!(p.len(), 4 + 6 + 4);
        assert!(p.iter().all(|x| x.windows(2).all(|w| w[0] < w[1])));
    }
}
