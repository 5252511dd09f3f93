//! A resident's journey through the questionnaire: a pure state machine.
//!
//! Owns where the resident is, the answers by question id and the helper flag, and the
//! one way to change them: [`Journey::apply`] with an [`Action`], which returns a new
//! journey and leaves the old one untouched (so the UI can keep it for undo). The route
//! is never stored: it is walked again from the start after every change, so answers
//! that no longer lie on it are dropped and nothing stale can steer the advice.
//!
//! Nothing here panics on bad input: unknown ids become [`JourneyError`]s.

use super::answers::answer_fits;
use super::rules::{holds, Facts};
use crate::model::{Answer, Config, OutcomeId, Question, QuestionId, Target, Urgency};
use std::fmt;

/// Where the resident is: at a question or at an advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    /// This question is on screen.
    Question(QuestionId),
    /// This advice is on screen.
    Outcome(OutcomeId),
}

/// Everything a resident (or the UI for them) can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Answer a question (checked with `check_answer` first).
    Answer(QuestionId, Answer),
    /// Go to the previous question on the route.
    Back,
    /// Go to an earlier question to change its answer ("wijzig").
    Change(QuestionId),
    /// Start again; the helper flag stays.
    Restart,
    /// Turn helper mode on or off.
    SetHelper(bool),
}

/// Why an action cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum JourneyError {
    /// The question exists but is not on the resident's route.
    NotOnPath(QuestionId),
    /// Back at the first question.
    NothingToGoBackTo,
    /// No question has this id.
    UnknownQuestion(QuestionId),
    /// The answer does not fit the question (wrong kind, unknown option, skip on a
    /// required question); answers should come from `check_answer`.
    AnswerDoesNotFit(QuestionId),
}

impl fmt::Display for JourneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JourneyError::NotOnPath(q) => write!(f, "question `{q}` is not on the route"),
            JourneyError::NothingToGoBackTo => f.write_str("already at the first question"),
            JourneyError::UnknownQuestion(q) => write!(f, "unknown question `{q}`"),
            JourneyError::AnswerDoesNotFit(q) => {
                write!(f, "the answer does not fit question `{q}`")
            }
        }
    }
}

impl std::error::Error for JourneyError {}

/// The answers by question id, in id order. One name for the map everywhere (journey,
/// rules, share link, UI), so its type can change in one place: every distinct map
/// type brings its own copy of the map code into the widget.
pub type Answers = crate::model::IdMap<QuestionId, Answer>;

/// The answers so far, the position and the helper flag.
#[derive(Debug, Clone, PartialEq)]
pub struct Journey {
    answers: Answers,
    at: Position,
    helper: bool,
}

/// The route the answers lead along: the answered questions in order, then where it
/// ends (the first unanswered question, or an outcome).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Route {
    pub(crate) answered: Vec<QuestionId>,
    pub(crate) end: Position,
    /// The most questions still to come from `end` on, `end` included (0 at an
    /// outcome): pending screening questions and the longest way after them.
    pub(crate) ahead: usize,
}

impl Route {
    /// Every position on the route, in order.
    fn positions(&self) -> impl Iterator<Item = Position> + '_ {
        self.answered
            .iter()
            .cloned()
            .map(Position::Question)
            .chain(std::iter::once(self.end.clone()))
    }

    /// Whether `q` is on the route, answered or the end.
    fn contains(&self, q: &QuestionId) -> bool {
        self.answered.contains(q) || self.end == Position::Question(q.clone())
    }
}

/// Where a question leads, given the answers so far: branches (first that holds), then
/// the chosen option, then `next`. `None` only in a broken config.
pub(crate) fn next_step(question: &Question, facts: &Facts) -> Option<Target> {
    let routing = &question.routing;
    if let Some(b) = routing.branches.iter().find(|b| holds(&b.condition, facts)) {
        return Some(b.to.clone());
    }
    let chosen = match facts.answers.get(&question.id) {
        Some(Answer::Choice(o)) => Some(o),
        Some(Answer::Choices(os)) if os.len() == 1 => os.first(),
        _ => None,
    };
    chosen
        .and_then(|o| routing.by_answer.get(o))
        .or(routing.next.as_ref())
        .cloned()
}

/// Walks from the start following the answers. Conditions see only the answers on the
/// route so far, so an answer further on can never steer an earlier step. Stops at the
/// first unanswered question, at an outcome, or — in a broken config — where the way
/// forward is missing, unknown or loops back.
///
/// Screening (safety as data): when several options of a question with `screening`
/// are picked, the screening questions of every picked option are asked next, in
/// option order; an answer that leads to crisis advice ends the route there, other
/// answers only record what was asked, and then the route goes on where the question
/// itself leads. A question already asked in screening is not asked again: the route
/// passes through it with its answer.
pub(crate) fn walk(config: &Config, answers: &Answers, helper: bool) -> Route {
    let mut so_far = Answers::new();
    let mut answered: Vec<QuestionId> = Vec::new();
    // Screening questions still to ask, and where the route goes on after them.
    let mut pending: Vec<QuestionId> = Vec::new();
    let mut resume: Option<Target> = None;
    let mut current = config.questionnaire.start.clone();
    // Each question is answered at most once, so this many steps always suffice.
    for _ in 0..=config.questionnaire.questions().len() {
        let (Some(answer), Some(question)) =
            (answers.get(&current), config.questionnaire.find(&current))
        else {
            break;
        };
        so_far.insert(current.clone(), answer.clone());
        let facts = Facts {
            config,
            answers: &so_far,
            helper,
        };
        let screening = !pending.is_empty() || resume.is_some();
        let mut step = next_step(question, &facts);
        if !is_crisis(config, step.as_ref()) {
            if answer.count() >= 2 && !question.screening.is_empty() && !screening {
                pending = question.screening_for(answer);
                pending.retain(|q| q != &current && !answered.contains(q));
                pending.reverse();
                resume = step.take();
            } else if screening {
                // A screening answer that does not mean danger only records what was
                // asked; the route goes on with the next screening question.
                step = None;
            }
            match pending.pop() {
                Some(q) => step = Some(Target::Question(q)),
                None if step.is_none() => step = resume.take(),
                None => {}
            }
        }
        answered.push(current.clone());
        let Some(mut to) = step else {
            answered.pop();
            break;
        };
        // Pass through questions already asked in screening, with their answers.
        while let Target::Question(q) = &to {
            if !answered.contains(q) || q == &current {
                break;
            }
            let Some(asked) = config.questionnaire.find(q) else {
                break;
            };
            let facts = Facts {
                config,
                answers: &so_far,
                helper,
            };
            match next_step(asked, &facts) {
                Some(t) if t != to => to = t,
                _ => break,
            }
        }
        match to {
            Target::Question(next)
                if config.questionnaire.find(&next).is_some() && !answered.contains(&next) =>
            {
                current = next;
            }
            Target::Outcome(outcome) if config.outcomes.contains_key(&outcome) => {
                return Route {
                    answered,
                    end: Position::Outcome(outcome),
                    ahead: 0,
                };
            }
            // No valid way forward: stay on this question rather than invent a route.
            _ => {
                answered.pop();
                break;
            }
        }
    }
    let qs = &config.questionnaire;
    let ahead = match resume {
        // Inside a screening walk: this question, the ones still pending, then where
        // the route resumes.
        Some(t) => 1 + pending.len() + qs.longest_from(&t),
        None => qs.longest_from(&Target::Question(current.clone())),
    };
    Route {
        answered,
        end: Position::Question(current),
        ahead,
    }
}

/// Whether `target` is advice for a crisis: it ends the route wherever it comes up.
pub(crate) fn is_crisis(config: &Config, target: Option<&Target>) -> bool {
    matches!(target, Some(Target::Outcome(o))
        if config.outcomes.get(o).is_some_and(|o| o.urgency == Urgency::Crisis))
}

impl Journey {
    /// A fresh journey at the start question.
    pub fn new(config: &Config) -> Journey {
        Journey {
            answers: Answers::new(),
            at: Position::Question(config.questionnaire.start.clone()),
            helper: false,
        }
    }

    /// Applies an action and returns the new journey; `self` is not changed.
    pub fn apply(&self, config: &Config, action: Action) -> Result<Journey, JourneyError> {
        match action {
            Action::Answer(q, answer) => self.answer_question(config, q, answer),
            Action::Back => self.back(config),
            Action::Change(q) => self.change(config, q),
            Action::Restart => Ok(Journey {
                helper: self.helper,
                ..Journey::new(config)
            }),
            Action::SetHelper(helper) => Ok(self.with_helper(config, helper)),
        }
    }

    /// Where the resident is.
    pub fn position(&self) -> &Position {
        &self.at
    }

    /// Every answer on the route, by question id (also those after the position, when
    /// the resident went back).
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The answer to `q`, if given (to pre-fill the form when going back).
    pub fn answer(&self, q: &QuestionId) -> Option<&Answer> {
        self.answers.get(q)
    }

    /// Whether someone fills this in for someone else.
    pub fn helper(&self) -> bool {
        self.helper
    }

    /// Whether the journey is at an advice.
    pub fn is_finished(&self) -> bool {
        matches!(self.at, Position::Outcome(_))
    }

    /// The question on screen, if any.
    pub fn current_question<'c>(&self, config: &'c Config) -> Option<&'c Question> {
        match &self.at {
            Position::Question(q) => config.questionnaire.find(q),
            Position::Outcome(_) => None,
        }
    }

    /// The questions on the route from the start up to (not including) the current
    /// position, in order: for "Je antwoorden" and Back.
    pub fn path(&self, config: &Config) -> Vec<QuestionId> {
        let route = self.route(config);
        let mut path = Vec::new();
        for p in route.positions() {
            match p {
                p if p == self.at => break,
                Position::Question(q) => path.push(q),
                Position::Outcome(_) => break,
            }
        }
        path
    }

    /// The 1-based number of the current question on the route ("Vraag 2"); at an
    /// advice, one more than the number of questions answered.
    pub fn step_number(&self, config: &Config) -> usize {
        self.path(config).len() + 1
    }

    /// The most questions this route can have, answered ones included: "Vraag 2 van
    /// hooguit 5": the questions answered, then the longest way on from the current
    /// one (screening included). An upper bound whatever the resident answers next.
    pub fn questions_at_most(&self, config: &Config) -> usize {
        let route = self.route(config);
        if route.end == self.at {
            route.answered.len() + route.ahead
        } else {
            // After Back or "Wijzig" the answers further on can still change: the
            // longest route of all bounds it (one walk less than replaying the path).
            let start = Target::Question(config.questionnaire.start.clone());
            config.questionnaire.longest_from(&start)
        }
    }

    /// Replays a set of answers (from a share link): walks from the start, stops at the
    /// first unanswered question or an outcome, and drops answers that are not on that
    /// route or do not fit their question.
    pub fn from_answers(config: &Config, answers: Answers, helper: bool) -> Journey {
        let answers = only(answers, &|q, a| {
            config
                .questionnaire
                .find(q)
                .is_some_and(|question| answer_fits(question, a))
        });
        let route = walk(config, &answers, helper);
        Journey {
            answers: keep_on_route(answers, &route),
            at: route.end,
            helper,
        }
    }

    /// The route the current answers lead along.
    pub(crate) fn route(&self, config: &Config) -> Route {
        walk(config, &self.answers, self.helper)
    }

    fn answer_question(
        &self,
        config: &Config,
        q: QuestionId,
        answer: Answer,
    ) -> Result<Journey, JourneyError> {
        let question = config
            .questionnaire
            .find(&q)
            .ok_or_else(|| JourneyError::UnknownQuestion(q.clone()))?;
        if !self.route(config).contains(&q) {
            return Err(JourneyError::NotOnPath(q));
        }
        if !answer_fits(question, &answer) {
            return Err(JourneyError::AnswerDoesNotFit(q));
        }
        let mut answers = self.answers.clone();
        answers.insert(q.clone(), answer);
        let route = walk(config, &answers, self.helper);
        // The step right after `q`, not the end: after changing an earlier answer the
        // resident walks forward through the later questions, pre-filled.
        let at = match route.answered.iter().position(|a| a == &q) {
            Some(i) => route
                .answered
                .get(i + 1)
                .cloned()
                .map(Position::Question)
                .unwrap_or_else(|| route.end.clone()),
            None => route.end.clone(),
        };
        Ok(Journey {
            answers: keep_on_route(answers, &route),
            at,
            helper: self.helper,
        })
    }

    fn back(&self, config: &Config) -> Result<Journey, JourneyError> {
        let previous = self
            .path(config)
            .pop()
            .ok_or(JourneyError::NothingToGoBackTo)?;
        Ok(Journey {
            at: Position::Question(previous),
            ..self.clone()
        })
    }

    fn change(&self, config: &Config, q: QuestionId) -> Result<Journey, JourneyError> {
        if config.questionnaire.find(&q).is_none() {
            return Err(JourneyError::UnknownQuestion(q));
        }
        if !self.route(config).contains(&q) {
            return Err(JourneyError::NotOnPath(q));
        }
        Ok(Journey {
            at: Position::Question(q),
            ..self.clone()
        })
    }

    /// Helper mode may steer routing (`rule: helper-mode`), so the route is walked again;
    /// the position stays where it was if it is still on the route.
    fn with_helper(&self, config: &Config, helper: bool) -> Journey {
        let route = walk(config, &self.answers, helper);
        let at = if route.positions().any(|p| p == self.at) {
            self.at.clone()
        } else {
            route.end.clone()
        };
        Journey {
            answers: keep_on_route(self.answers.clone(), &route),
            at,
            helper,
        }
    }
}

fn keep_on_route(answers: Answers, route: &Route) -> Answers {
    // The end question's answer stays too: it pre-fills the form when the route is stuck
    // there (a broken config) or when the resident comes back to it.
    only(answers, &|q, _| route.contains(q))
}

/// The answers for which `keep` holds. Built by inserting into a new map rather than
/// with `retain` or `collect`: the answer map then needs only the tree's insert code,
/// not its removal and bulk-build code (and `collect`'s sort) as well — several KB of
/// wasm for a map that holds a dozen answers.
fn only(answers: Answers, keep: &dyn Fn(&QuestionId, &Answer) -> bool) -> Answers {
    let mut kept = Answers::new();
    for (q, a) in answers {
        if keep(&q, &a) {
            kept.insert(q, a);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testkit::{config, pc_answer, picks};

    fn qid(s: &str) -> QuestionId {
        QuestionId::new(s)
    }

    fn at_q(s: &str) -> Position {
        Position::Question(qid(s))
    }

    fn at_o(s: &str) -> Position {
        Position::Outcome(OutcomeId::new(s))
    }

    fn answer(j: &Journey, c: &Config, q: &str, a: Answer) -> Journey {
        j.apply(c, Action::Answer(qid(q), a))
            .unwrap_or_else(|e| panic!("answer {q}: {e}"))
    }

    fn yes() -> Answer {
        Answer::Choice("yes".into())
    }

    #[test]
    fn starts_at_the_start_question() {
        let c = config();
        let j = Journey::new(&c);
        assert_eq!(j.position(), &at_q("topic"));
        assert!(j.answers().is_empty());
        assert!(!j.helper());
        assert_eq!(j.path(&c), Vec::<QuestionId>::new());
        assert_eq!(j.step_number(&c), 1);
        assert_eq!(j.current_question(&c).map(|q| q.id.as_str()), Some("topic"));
    }

    // Per node: each question leads where its routing says.

    #[test]
    fn topic_single_pick_follows_by_answer() {
        let c = config();
        let j = Journey::new(&c);
        let money = answer(&j, &c, "topic", picks(&["money"]));
        assert_eq!(money.position(), &at_q("debt-threat"));
        let letter = answer(&j, &c, "topic", picks(&["letter"]));
        assert_eq!(letter.position(), &at_o("letter-help"));
        assert!(letter.is_finished());
        // No by-answer entry: the default next step.
        let care = answer(&j, &c, "topic", picks(&["care"]));
        assert_eq!(care.position(), &at_q("postcode"));
    }

    #[test]
    fn topic_branches_come_first() {
        let c = config();
        let j = Journey::new(&c);
        // Danger wins over everything, even together with money.
        let unsafe_ = answer(&j, &c, "topic", picks(&["money", "unsafe"]));
        assert_eq!(unsafe_.position(), &at_o("unsafe-at-home"));
        // Two picks: no by-answer even though "money" alone would go to debt-threat.
        let two = answer(&j, &c, "topic", picks(&["money", "letter"]));
        assert_eq!(two.position(), &at_q("postcode"));
    }

    #[test]
    fn debt_threat_yes_and_no() {
        let c = config();
        let j = answer(&Journey::new(&c), &c, "topic", picks(&["money"]));
        assert_eq!(
            answer(&j, &c, "debt-threat", yes()).position(),
            &at_o("debt-help-urgent")
        );
        assert_eq!(
            answer(&j, &c, "debt-threat", Answer::Choice("no".into())).position(),
            &at_o("debt-help")
        );
    }

    #[test]
    fn postcode_node_branches() {
        let c = config();
        let start = Journey::new(&c);
        let after = |topic: &[&str], pc: Answer| {
            let j = answer(&start, &c, "topic", picks(topic));
            answer(&j, &c, "postcode", pc).position().clone()
        };
        let inside = || pc_answer("9991AB", None);
        assert_eq!(
            after(&["care"], pc_answer("1011AB", None)),
            at_o("outside-gemeente")
        );
        assert_eq!(after(&["money", "care"], inside()), at_o("one-contact"));
        assert_eq!(after(&["child"], inside()), at_o("child-worry"));
        assert_eq!(after(&["care"], inside()), at_q("own-words"));
        assert_eq!(after(&["dont-know"], inside()), at_o("one-contact"));
        // Skipped counts as answered and is neither served nor outside.
        assert_eq!(after(&["care"], Answer::Skipped), at_q("own-words"));
    }

    #[test]
    fn own_words_node_and_helper_rule() {
        let c = config();
        let mut j = answer(&Journey::new(&c), &c, "topic", picks(&["care"]));
        j = answer(&j, &c, "postcode", pc_answer("9994AB", Some(3)));
        let text = Answer::Text("het lukt niet".into());
        assert_eq!(
            answer(&j, &c, "own-words", text.clone()).position(),
            &at_o("care-support")
        );
        let helper = j.apply(&c, Action::SetHelper(true)).unwrap();
        assert_eq!(
            answer(&helper, &c, "own-words", text).position(),
            &at_o("care-helper")
        );
        assert_eq!(
            answer(&j, &c, "own-words", Answer::Skipped).position(),
            &at_o("care-support")
        );
    }

    #[test]
    fn apply_is_pure() {
        let c = config();
        let j = Journey::new(&c);
        let before = j.clone();
        let _ = j.apply(&c, Action::Answer(qid("topic"), picks(&["money"])));
        assert_eq!(j, before);
    }

    #[test]
    fn unknown_and_off_route_questions_are_errors() {
        let c = config();
        let j = Journey::new(&c);
        assert_eq!(
            j.apply(&c, Action::Answer(qid("nope"), yes())),
            Err(JourneyError::UnknownQuestion(qid("nope")))
        );
        assert_eq!(
            j.apply(&c, Action::Answer(qid("debt-threat"), yes())),
            Err(JourneyError::NotOnPath(qid("debt-threat")))
        );
        assert_eq!(
            j.apply(&c, Action::Change(qid("nope"))),
            Err(JourneyError::UnknownQuestion(qid("nope")))
        );
        assert_eq!(
            j.apply(&c, Action::Change(qid("postcode"))),
            Err(JourneyError::NotOnPath(qid("postcode")))
        );
        assert_eq!(
            j.apply(&c, Action::Back),
            Err(JourneyError::NothingToGoBackTo)
        );
        assert_eq!(
            j.apply(&c, Action::Answer(qid("topic"), Answer::Skipped)),
            Err(JourneyError::AnswerDoesNotFit(qid("topic")))
        );
        assert_eq!(
            j.apply(&c, Action::Answer(qid("topic"), picks(&["rent"]))),
            Err(JourneyError::AnswerDoesNotFit(qid("topic")))
        );
        for e in [
            JourneyError::NotOnPath(qid("x")),
            JourneyError::NothingToGoBackTo,
            JourneyError::UnknownQuestion(qid("x")),
            JourneyError::AnswerDoesNotFit(qid("x")),
        ] {
            assert!(!e.to_string().is_empty());
        }
    }

    fn care_to_outcome(c: &Config) -> Journey {
        let mut j = answer(&Journey::new(c), c, "topic", picks(&["care"]));
        j = answer(&j, c, "postcode", pc_answer("9991AB", None));
        answer(&j, c, "own-words", Answer::Text("zwaar".into()))
    }

    #[test]
    fn path_and_step_numbers() {
        let c = config();
        let j = care_to_outcome(&c);
        assert_eq!(j.position(), &at_o("care-support"));
        assert_eq!(
            j.path(&c),
            vec![qid("topic"), qid("postcode"), qid("own-words")]
        );
        assert_eq!(j.step_number(&c), 4);
        let back = j.apply(&c, Action::Back).unwrap();
        assert_eq!(back.position(), &at_q("own-words"));
        assert_eq!(back.path(&c), vec![qid("topic"), qid("postcode")]);
        assert_eq!(back.step_number(&c), 3);
        // Going back keeps every answer, to pre-fill the form.
        assert_eq!(back.answers(), j.answers());
        assert_eq!(
            back.answer(&qid("own-words")),
            Some(&Answer::Text("zwaar".into()))
        );
    }

    #[test]
    fn back_twice_then_forward_again() {
        let c = config();
        let j = care_to_outcome(&c);
        let back2 = j
            .apply(&c, Action::Back)
            .and_then(|j| j.apply(&c, Action::Back))
            .unwrap();
        assert_eq!(back2.position(), &at_q("postcode"));
        // Answering the same again moves one step, not to the end.
        let again = answer(&back2, &c, "postcode", pc_answer("9991AB", None));
        assert_eq!(again.position(), &at_q("own-words"));
        assert_eq!(again.answers(), j.answers());
    }

    #[test]
    fn changing_an_answer_drops_what_no_longer_applies() {
        let c = config();
        let j = care_to_outcome(&c);
        let changing = j.apply(&c, Action::Change(qid("topic"))).unwrap();
        assert_eq!(changing.position(), &at_q("topic"));
        assert_eq!(changing.answers().len(), 3, "change keeps answers");
        // care → child: postcode still applies, own-words no longer does.
        let child = answer(&changing, &c, "topic", picks(&["child"]));
        assert_eq!(child.position(), &at_q("postcode"));
        assert!(child.answer(&qid("postcode")).is_some());
        assert!(child.answer(&qid("own-words")).is_none());
        // care → money: the route no longer passes postcode either.
        let money = answer(&changing, &c, "topic", picks(&["money"]));
        assert_eq!(money.position(), &at_q("debt-threat"));
        assert_eq!(money.answers().len(), 1);
    }

    #[test]
    fn change_to_a_later_answered_question_after_back() {
        let c = config();
        let j = care_to_outcome(&c);
        let at_topic = j.apply(&c, Action::Change(qid("topic"))).unwrap();
        // own-words is answered and still on the route: it may be changed directly.
        let changed = at_topic
            .apply(&c, Action::Change(qid("own-words")))
            .unwrap();
        assert_eq!(changed.position(), &at_q("own-words"));
    }

    #[test]
    fn restart_keeps_only_the_helper_flag() {
        let c = config();
        let j = care_to_outcome(&c)
            .apply(&c, Action::SetHelper(true))
            .unwrap();
        let fresh = j.apply(&c, Action::Restart).unwrap();
        assert_eq!(fresh.position(), &at_q("topic"));
        assert!(fresh.answers().is_empty());
        assert!(fresh.helper());
    }

    #[test]
    fn set_helper_rewalks_the_route() {
        let c = config();
        let j = care_to_outcome(&c);
        assert_eq!(j.position(), &at_o("care-support"));
        // At an outcome the helper rule changes where own-words leads.
        let helper = j.apply(&c, Action::SetHelper(true)).unwrap();
        assert!(helper.helper());
        assert_eq!(helper.position(), &at_o("care-helper"));
        assert_eq!(helper.answers(), j.answers());
        // While at a question the flag changes nothing else.
        let first = Journey::new(&c).apply(&c, Action::SetHelper(true)).unwrap();
        assert_eq!(first.position(), &at_q("topic"));
    }

    #[test]
    fn from_answers_replays_and_drops_the_rest() {
        let c = config();
        let mut answers = care_to_outcome(&c).answers().clone();
        answers.insert(qid("debt-threat"), yes()); // not on this route
        answers.insert(qid("nope"), yes()); // unknown question
        let j = Journey::from_answers(&c, answers, false);
        assert_eq!(j.position(), &at_o("care-support"));
        assert_eq!(j.answers().len(), 3);
        // A misfit answer is dropped, and the journey stops at that question.
        let mut bad = Answers::new();
        bad.insert(qid("topic"), Answer::Text("money".into()));
        let j = Journey::from_answers(&c, bad, true);
        assert_eq!(j.position(), &at_q("topic"));
        assert!(j.answers().is_empty());
        assert!(j.helper());
        // Stops at the first unanswered question.
        let mut part = Answers::new();
        part.insert(qid("topic"), picks(&["money"]));
        let j = Journey::from_answers(&c, part, false);
        assert_eq!(j.position(), &at_q("debt-threat"));
    }

    #[test]
    fn broken_routing_stays_put_instead_of_panicking() {
        let mut c = config();
        let mut questions = c.questionnaire.questions().to_vec();
        // debt-threat leads nowhere; topic "letter" leads to a missing outcome.
        questions[1].routing = Default::default();
        questions[0]
            .routing
            .by_answer
            .insert("letter".into(), Target::Outcome("gone".into()));
        c.questionnaire = crate::model::Questionnaire::new(qid("topic"), questions);
        let j = answer(&Journey::new(&c), &c, "topic", picks(&["money"]));
        let stuck = answer(&j, &c, "debt-threat", yes());
        assert_eq!(stuck.position(), &at_q("debt-threat"));
        let letter = answer(&Journey::new(&c), &c, "topic", picks(&["letter"]));
        assert_eq!(letter.position(), &at_q("topic"));
    }

    #[test]
    fn a_routing_loop_stops() {
        let mut c = config();
        let mut questions = c.questionnaire.questions().to_vec();
        questions[1].routing.by_answer.clear();
        questions[1].routing.next = Some(Target::Question(qid("topic")));
        c.questionnaire = crate::model::Questionnaire::new(qid("topic"), questions);
        let j = answer(&Journey::new(&c), &c, "topic", picks(&["money"]));
        let looped = answer(&j, &c, "debt-threat", yes());
        assert_eq!(looped.position(), &at_q("debt-threat"));
    }
}
