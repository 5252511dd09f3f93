//! Questions, their kinds, answers and the routing between them.
//!
//! Routing is data: a question names where each answer leads. The engine only follows
//! what is written here; it never decides a route in code except through a named
//! [`Rule`](super::Rule).

use super::IdMap;
use super::{Condition, HouseNumber, OptionId, OutcomeId, Postcode, QuestionId};

/// Where a step leads: another question or an advice.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// Ask this question next.
    Question(QuestionId),
    /// Show this advice.
    Outcome(OutcomeId),
}

/// A decorative pictogram next to a life-area option. Closed set: the SVGs ship with the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Icon {
    /// Coins: money and bills.
    Money,
    /// Briefcase: work or income.
    Work,
    /// House: at home.
    Home,
    /// Heart: health and how you feel.
    Health,
    /// Child: children and parenting.
    Child,
    /// Hands: caring for someone.
    Care,
    /// Person alone: loneliness.
    Alone,
    /// Shield: safety at home.
    Safety,
    /// People: taking part.
    People,
    /// Letter: letters and forms.
    Letter,
    /// Question mark: a lot at once / don't know.
    Question,
    /// Wheelchair: aids and adaptations.
    Wheelchair,
}

impl Icon {
    /// Every icon.
    pub const ALL: [Icon; 12] = [
        Icon::Money,
        Icon::Work,
        Icon::Home,
        Icon::Health,
        Icon::Child,
        Icon::Care,
        Icon::Alone,
        Icon::Safety,
        Icon::People,
        Icon::Letter,
        Icon::Question,
        Icon::Wheelchair,
    ];

    /// The config spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            Icon::Money => "money",
            Icon::Work => "work",
            Icon::Home => "home",
            Icon::Health => "health",
            Icon::Child => "child",
            Icon::Care => "care",
            Icon::Alone => "alone",
            Icon::Safety => "safety",
            Icon::People => "people",
            Icon::Letter => "letter",
            Icon::Question => "question",
            Icon::Wheelchair => "wheelchair",
        }
    }

    /// Parses the config spelling.
    pub fn parse(s: &str) -> Option<Icon> {
        Icon::ALL.into_iter().find(|i| i.as_str() == s)
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Unique within its question; its words are `option-<question>-<id>` in Fluent.
    pub id: OptionId,
    /// Optional pictogram.
    pub icon: Option<Icon>,
    /// Choosing this signals danger: the advice shows crisis contacts.
    pub danger: bool,
    /// In a multiple-choice question: choosing this clears the others ("ik weet het niet").
    pub exclusive: bool,
}

/// Whether a postcode question also asks for the house number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HouseNumberMode {
    /// Only the postcode.
    #[default]
    No,
    /// A house number field that may be left empty.
    Optional,
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick exactly one option.
    SingleChoice {
        /// The options, in display order.
        options: Vec<Choice>,
    },
    /// Pick one or more options.
    MultipleChoice {
        /// The options, in display order.
        options: Vec<Choice>,
    },
    /// Yes or no; the options are `yes` and `no`.
    YesNo,
    /// A postcode, optionally with a house number.
    Postcode {
        /// Whether to ask for the house number too.
        house_number: HouseNumberMode,
    },
    /// The resident's own words. Never used for routing; never leaves the device.
    FreeText {
        /// Maximum length in characters.
        max_length: usize,
    },
}

impl QuestionKind {
    /// The option ids a resident can pick (`yes`/`no` for yes-no), empty for others.
    pub fn option_ids(&self) -> Vec<OptionId> {
        match self {
            QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                options.iter().map(|o| o.id.clone()).collect()
            }
            QuestionKind::YesNo => vec![OptionId::new("yes"), OptionId::new("no")],
            _ => Vec::new(),
        }
    }

    /// The choices of a choice question (yes-no has no configured choices).
    pub fn choices(&self) -> &[Choice] {
        match self {
            QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                options
            }
            _ => &[],
        }
    }

    /// The config spelling of the kind.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::SingleChoice { .. } => "single-choice",
            QuestionKind::MultipleChoice { .. } => "multiple-choice",
            QuestionKind::YesNo => "yes-no",
            QuestionKind::Postcode { .. } => "postcode",
            QuestionKind::FreeText { .. } => "free-text",
        }
    }
}

/// A conditional next step: if `condition` holds, go to `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Branch {
    /// When to take this branch.
    pub condition: Condition,
    /// Where it leads.
    pub to: Target,
}

/// How a question leads on. Evaluated in this order: `branches` (first that holds),
/// then `by_answer` (the chosen option), then `next`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Routing {
    /// Conditional steps, first match wins.
    pub branches: Vec<Branch>,
    /// Per chosen option (single-choice and yes-no; for multiple-choice only when
    /// exactly one option is chosen).
    pub by_answer: IdMap<OptionId, Target>,
    /// The default next step.
    pub next: Option<Target>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Content-describing id; words in Fluent as `question-<id>` (+ `.hint`, `.why`).
    pub id: QuestionId,
    /// The kind of answer.
    pub kind: QuestionKind,
    /// How it leads on.
    pub routing: Routing,
    /// May be skipped ("Weet ik niet / sla over").
    pub optional: bool,
    /// Sensitive topic: show the quick-exit button while this question is on screen.
    pub sensitive: bool,
    /// Screening questions per option of a multiple-choice question: the questions that
    /// ask about danger or an acute threat for that topic (a child in danger, a
    /// crisis, an eviction). When several options are picked, the engine asks the
    /// screening questions of every picked option, in option order, before the route
    /// goes on; an answer that leads to crisis advice ends the route there. With one
    /// option the option's own route is followed, and the checker proves it asks them.
    pub screening: IdMap<OptionId, Vec<QuestionId>>,
}

impl Question {
    /// The screening questions for the options `answer` picked, in option order,
    /// each once (a question that screens two topics is asked once).
    pub fn screening_for(&self, answer: &Answer) -> Vec<QuestionId> {
        let mut out: Vec<QuestionId> = Vec::new();
        for option in self.kind.option_ids() {
            if !answer.includes(&option) {
                continue;
            }
            for q in self.screening.get(&option).into_iter().flatten() {
                if !out.contains(q) {
                    out.push(q.clone());
                }
            }
        }
        out
    }
}

/// The questions, with a start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Questionnaire {
    /// The first question.
    pub start: QuestionId,
    questions: Vec<Question>,
}

impl Questionnaire {
    /// Builds the questionnaire. The validator guarantees unique ids and a valid start.
    pub fn new(start: QuestionId, questions: Vec<Question>) -> Self {
        Questionnaire { start, questions }
    }

    /// The question with this id. Ids in a validated model always resolve.
    pub fn get(&self, id: &QuestionId) -> &Question {
        self.find(id)
            .expect("validated model: every question id resolves")
    }

    /// The question with this id, if it exists (for unvalidated input such as URLs).
    pub fn find(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// Every question, in config order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The most questions a route can still ask from `target` on, that question
    /// included: the longest way through the routing (branches, options, `next`), where
    /// a question with `screening` may first ask all its screening questions and then
    /// go on as with several picks. An upper bound, never an estimate: progress says
    /// "of at most N" with it, so it must not promise fewer questions than come.
    pub fn longest_from(&self, target: &Target) -> usize {
        // Memo per question index: linear in the routing, whatever its shape. The
        // checker refuses loops; `u32::MAX` marks "being computed", so a loop in a
        // hand-edited file counts as nothing instead of recursing forever.
        let mut memo = vec![None; self.questions.len()];
        self.longest(target, &mut memo)
    }

    fn longest(&self, target: &Target, memo: &mut Vec<Option<u32>>) -> usize {
        let Target::Question(id) = target else {
            return 0;
        };
        let Some(i) = self.questions.iter().position(|q| &q.id == id) else {
            return 0;
        };
        if let Some(n) = memo[i] {
            return if n == u32::MAX { 0 } else { n as usize };
        }
        memo[i] = Some(u32::MAX);
        let q = &self.questions[i];
        let r = &q.routing;
        let on = r.branches.iter().map(|b| &b.to).chain(&r.next);
        let on = on.map(|t| self.longest(t, memo)).max().unwrap_or(0);
        let by_answer = r.by_answer.values().map(|t| self.longest(t, memo)).max();
        // Distinct screening questions; no `sort` (std's sort costs ~2 KB of module).
        let mut screening: Vec<&QuestionId> = Vec::new();
        for s in q.screening.values().flatten() {
            if !screening.contains(&s) {
                screening.push(s);
            }
        }
        // One option picked: its own way (or branches/next); several: the screening
        // questions, then branches/next.
        let n = 1 + (on + screening.len()).max(by_answer.unwrap_or(0));
        memo[i] = Some(n as u32);
        n
    }
}

/// A resident's answer to one question, already checked against the question's kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// One option (single-choice, yes-no).
    Choice(OptionId),
    /// One or more options, in the question's option order.
    Choices(Vec<OptionId>),
    /// A postcode, with a house number if asked and given.
    Postcode {
        /// The postcode.
        postcode: Postcode,
        /// The house number, if given.
        house_number: Option<HouseNumber>,
    },
    /// The resident's own words.
    Text(String),
    /// An optional question left unanswered.
    Skipped,
}

impl Answer {
    /// Whether this answer picked `option` (for single, yes-no and multiple choice).
    pub fn includes(&self, option: &OptionId) -> bool {
        match self {
            Answer::Choice(o) => o == option,
            Answer::Choices(os) => os.contains(option),
            _ => false,
        }
    }

    /// How many options this answer picked.
    pub fn count(&self) -> usize {
        match self {
            Answer::Choice(_) => 1,
            Answer::Choices(os) => os.len(),
            _ => 0,
        }
    }
}
