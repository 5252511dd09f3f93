//! One question on one screen: heading in the legend, hint, the field, "Volgende",
//! "Sla over" for optional questions, an error summary when the answer does not fit,
//! and "Waarom vragen we dit?".
//!
//! The form state (what is ticked or typed) lives in a [`QuestionMemory`] until submit;
//! the engine's `check_input` decides whether it is an answer. The state is tied to
//! the step (question and move count), so it starts fresh (pre-filled from an earlier
//! answer) on every step, while the DOM is reconciled rather than rebuilt. `App` keeps
//! the memory and the focus effects (ADR 0010: hooks only in the component).

use super::choice_field::{
    choice_field, option_input_id, option_label, ChoiceFieldProps, ChoiceView,
};
use super::context::{arg, num, Ui};
use super::error_summary::error_summary;
use super::postcode_field::{postcode_field, PostcodeFieldProps, HOUSE_ID, POSTCODE_ID};
use super::progress::progress;
use super::text_field::{text_field, TextFieldProps, TEXT_ID};
use super::why_disclosure::why_disclosure;
use crate::engine::{check_input, AnswerError, Input};
use crate::i18n::ids;
use crate::model::{Answer, HouseNumberMode, OptionId, Question, QuestionId, QuestionKind};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Element id of the question heading (names the textarea, receives focus).
pub const HEADING_ID: &str = "ww-question-heading";
const HINT_ID: &str = "ww-question-hint";
const ERROR_ID: &str = "ww-question-error";

/// What [`question_screen`] draws.
pub struct QuestionScreenProps<'a> {
    /// Configuration and words.
    pub ui: &'a Ui,
    /// The question on screen.
    pub question: &'a QuestionId,
    /// 1-based number on the route.
    pub number: usize,
    /// The most questions the route can have (`Journey::questions_at_most`).
    pub at_most: usize,
    /// Counts moves between screens (gives the "why" disclosure a new identity).
    pub step: u32,
    /// Show the back button (not on the first question).
    pub can_go_back: bool,
    /// The heading, where the app moves focus on every step.
    pub heading: NodeRef,
    /// The form's state for this step, synced by the app.
    pub memory: QuestionMemory,
    /// Called with a checked answer.
    pub on_answer: Callback<Answer>,
    /// Called when the resident goes back.
    pub on_back: Callback<()>,
}

/// What is ticked or typed, before submit.
#[derive(Debug, Clone, PartialEq, Default)]
struct FormState {
    picked: Vec<OptionId>,
    postcode: String,
    house: String,
    text: String,
}

impl FormState {
    fn from_answer(answer: Option<&Answer>) -> Self {
        let mut f = FormState::default();
        match answer {
            Some(Answer::Choice(o)) => f.picked = vec![o.clone()],
            Some(Answer::Choices(os)) => f.picked = os.clone(),
            Some(Answer::Postcode {
                postcode,
                house_number,
            }) => {
                f.postcode = postcode.to_string();
                f.house = house_number
                    .as_ref()
                    .map(|h| h.to_string())
                    .unwrap_or_default();
            }
            Some(Answer::Text(t)) => f.text = t.clone(),
            Some(Answer::Skipped) | None => {}
        }
        f
    }

    fn input(&self, kind: &QuestionKind) -> Input {
        match kind {
            QuestionKind::SingleChoice { .. } | QuestionKind::YesNo => match self.picked.first() {
                Some(o) => Input::Choice(o.to_string()),
                None => Input::Choices(Vec::new()),
            },
            QuestionKind::MultipleChoice { .. } => {
                Input::Choices(self.picked.iter().map(|o| o.to_string()).collect())
            }
            QuestionKind::Postcode { .. } => Input::Postcode {
                postcode: self.postcode.clone(),
                house_number: self.house.clone(),
            },
            QuestionKind::FreeText { .. } => Input::Text(self.text.clone()),
        }
    }

    /// Ticks or unticks an option; an exclusive option ("ik weet het niet") clears the
    /// others and any other option clears it, so the form never holds a conflict.
    /// Returns what was cleared that way, so it can be said: a tick vanishing
    /// silently is lost on a screen-reader user.
    fn toggle(&mut self, question: &Question, option: OptionId) -> Option<Notice> {
        match &question.kind {
            QuestionKind::MultipleChoice { options } => {
                let exclusive = |o: &OptionId| options.iter().any(|c| &c.id == o && c.exclusive);
                if let Some(i) = self.picked.iter().position(|o| o == &option) {
                    self.picked.remove(i);
                    None
                } else if exclusive(&option) {
                    let others = !self.picked.is_empty();
                    self.picked = vec![option];
                    others.then_some(Notice::OthersOff)
                } else {
                    let cleared = self.picked.iter().find(|o| exclusive(o)).cloned();
                    self.picked.retain(|o| !exclusive(o));
                    self.picked.push(option);
                    cleared.map(Notice::ExclusiveOff)
                }
            }
            _ => {
                self.picked = vec![option];
                None
            }
        }
    }
}

/// What the question's status region says after a tick cleared other ticks.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    /// The exclusive option was ticked: the others went off.
    OthersOff,
    /// Another option was ticked: this exclusive one went off.
    ExclusiveOff(OptionId),
}

/// What the screen holds for one step: the form, the error and how often submitting
/// failed (to move focus to the summary each time).
#[derive(Default)]
struct Step {
    /// The question and move count this state belongs to; `None` before the first.
    stamp: Option<(QuestionId, u32)>,
    form: FormState,
    error: Option<AnswerError>,
    attempts: u32,
    /// Said once in the status region; the next tick replaces or clears it.
    notice: Option<Notice>,
}

/// The question screen's state between renders, and the handle that redraws after
/// changing it: typing redraws without going through the widget's reducer.
#[derive(Clone)]
pub struct QuestionMemory {
    step: Rc<RefCell<Step>>,
    redraw: UseForceUpdateHandle,
    /// The error summary, which takes focus after every failed submit.
    pub summary: NodeRef,
}

/// The memory; `App` calls this on every render, whatever the screen (hooks are
/// never conditional).
#[hook]
pub fn use_question_memory() -> QuestionMemory {
    QuestionMemory {
        step: use_mut_ref(Step::default),
        redraw: use_force_update(),
        summary: use_node_ref(),
    }
}

impl QuestionMemory {
    /// Starts the step over when `stamp` (question, move count) is new, pre-filled
    /// from the earlier `answer` when the resident comes back to change it.
    pub fn sync(&self, stamp: (QuestionId, u32), answer: Option<&Answer>) {
        if self.step.borrow().stamp.as_ref() != Some(&stamp) {
            *self.step.borrow_mut() = Step {
                stamp: Some(stamp),
                form: FormState::from_answer(answer),
                ..Step::default()
            };
        }
    }

    /// How often submitting failed on this step.
    pub fn attempts(&self) -> u32 {
        self.step.borrow().attempts
    }

    fn update(&self, f: impl FnOnce(&mut Step)) {
        f(&mut self.step.borrow_mut());
        self.redraw.force_update();
    }
}

/// The question screen.
pub fn question_screen(props: QuestionScreenProps<'_>) -> Html {
    let ui = props.ui;
    let question = ui.config.questionnaire.get(props.question).clone();
    let step = props.memory;
    let (form, error, notice) = {
        let s = step.step.borrow();
        (s.form.clone(), s.error.clone(), s.notice.clone())
    };

    let submit = {
        let step = step.clone();
        let (question, on_answer) = (question.clone(), props.on_answer.clone());
        let config = ui.config.clone();
        move |input: Input| match check_input(&config, &question, input) {
            Ok(answer) => {
                if step.step.borrow().error.is_some() {
                    step.update(|s| s.error = None);
                }
                on_answer.emit(answer);
            }
            Err(e) => step.update(|s| {
                s.error = Some(e);
                s.attempts += 1;
            }),
        }
    };
    let onsubmit = {
        let (step, kind, submit) = (step.clone(), question.kind.clone(), submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = step.step.borrow().form.input(&kind);
            submit(input);
        })
    };
    let on_skip = Callback::from(move |_: MouseEvent| submit(Input::Skip));
    let on_back = {
        let cb = props.on_back.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };

    // In helper mode `ui` shows the third-person variants; a variant without its own
    // hint or why shows the plain question's.
    let title_id = ids::question(&question.id);
    let title = ui.t(&title_id);
    let attr = |name: &str| {
        ui.attr(&title_id, name)
            .map(|t| (t, ui.lang_for_attr(&title_id, name)))
    };
    let hint = attr(ids::HINT);
    let why = attr(ids::WHY);

    let message = error.as_ref().map(|e| error_text(ui, &question, e));
    let target = error.as_ref().map(|e| error_target(&question, e));
    // Hint and error are said once: on the group for choices (not on each of up to
    // twelve options), on the textarea for free text; a postcode's error is on the
    // input it is about, so its group carries the hint only.
    let described = |error: bool| {
        let mut d: Vec<&str> = Vec::new();
        if hint.is_some() {
            d.push(HINT_ID);
        }
        if error && message.is_some() {
            d.push(ERROR_ID);
        }
        (!d.is_empty()).then(|| AttrValue::from(d.join(" ")))
    };
    // A required single choice says so on its group: `required` on the radios would
    // make Chromium call them invalid before anything was answered, and radios take
    // no `aria-required`; a radiogroup does. (Checkboxes have no such group.)
    let single = matches!(
        question.kind,
        QuestionKind::SingleChoice { .. } | QuestionKind::YesNo
    );
    let radiogroup = (single && !question.optional).then_some("radiogroup");
    let (group_described, text_described) = match question.kind {
        QuestionKind::FreeText { .. } => (None, described(true)),
        QuestionKind::Postcode { .. } => (described(false), None),
        _ => (described(true), None),
    };
    // The one live region of a question: what focus does not say. A new screen is
    // announced by focus on its heading, an error by focus on the summary; this says
    // which ticks an exclusive option cleared, and the character count near its
    // limit only (not on every key).
    let live = match (&notice, &question.kind) {
        (Some(Notice::OthersOff), _) => ui.t("choice-others-off"),
        (Some(Notice::ExclusiveOff(o)), kind) => ui.t_args(
            "choice-exclusive-off",
            &[("option", arg(option_label(ui, &question.id, kind, o)))],
        ),
        (None, QuestionKind::FreeText { max_length }) => count_alert(ui, &form.text, *max_length),
        _ => String::new(),
    };

    html! {
        <section class="wegwijzer-question" aria-labelledby={HEADING_ID}>
            if props.can_go_back {
                <button type="button" class="wegwijzer-back" onclick={on_back}>{ ui.t("button-back") }</button>
            }
            { progress(ui, props.number, props.at_most) }
            if let (Some(m), Some(t)) = (&message, &target) {
                { error_summary(ui, m.clone(), t.clone(), step.summary.clone()) }
            }
            <form class="wegwijzer-form" novalidate=true {onsubmit}>
                <fieldset class="wegwijzer-fieldset" role={radiogroup} aria-required={radiogroup.map(|_| "true")} aria-describedby={group_described}>
                    <legend class="wegwijzer-legend">
                        <h2 class="wegwijzer-heading" id={HEADING_ID} tabindex="-1" ref={props.heading} lang={ui.lang_for(&title_id)}>{ title }</h2>
                    </legend>
                    if let Some((h, lang)) = &hint {
                        <p class="wegwijzer-hint" id={HINT_ID} lang={lang.clone()}>{ h.clone() }</p>
                    }
                    if hint.is_none() && matches!(question.kind, QuestionKind::MultipleChoice { .. }) {
                        <p class="wegwijzer-hint">{ ui.t("choose-many") }</p>
                    }
                    if let Some(m) = &message {
                        <p class="wegwijzer-error-message" id={ERROR_ID}>
                            <span class="wegwijzer-visually-hidden">{ ui.t("error-prefix") }{ " " }</span>{ m.clone() }
                        </p>
                    }
                    { field(ui, &question, &form, &step, error.as_ref(), text_described) }
                </fieldset>
                // Keyed by step, so a disclosure opened on one question is closed on the next.
                { for why.map(|(w, lang)| why_disclosure(ui.t("why-question"), AttrValue::from(w), lang, Some(format!("{}-{}", question.id, props.step)))) }
                <div class="wegwijzer-actions">
                    <button type="submit" class="wegwijzer-button wegwijzer-button--primary">{ ui.t("button-next") }</button>
                    if question.optional {
                        <button type="button" class="wegwijzer-button wegwijzer-button--secondary" onclick={on_skip}>{ ui.t("button-skip") }</button>
                    }
                </div>
            </form>
            <p class="wegwijzer-visually-hidden" role="status">{ live }</p>
        </section>
    }
}

fn field(
    ui: &Ui,
    question: &Question,
    form: &FormState,
    step: &QuestionMemory,
    error: Option<&AnswerError>,
    described: Option<AttrValue>,
) -> Html {
    let invalid = error.is_some();
    match &question.kind {
        QuestionKind::SingleChoice { .. }
        | QuestionKind::MultipleChoice { .. }
        | QuestionKind::YesNo => {
            let on_toggle = {
                let (step, question) = (step.clone(), question.clone());
                Callback::from(move |o: OptionId| {
                    step.update(|s| s.notice = s.form.toggle(&question, o))
                })
            };
            html! {
                { choice_field(ChoiceFieldProps {
                    ui,
                    question: question.id.clone(),
                    kind: question.kind.clone(),
                    multiple: matches!(question.kind, QuestionKind::MultipleChoice { .. }),
                    selected: form.picked.clone(),
                    invalid,
                    on_toggle,
                }) }
            }
        }
        QuestionKind::Postcode { house_number } => {
            let on_postcode = {
                let step = step.clone();
                Callback::from(move |v: String| step.update(|s| s.form.postcode = v))
            };
            let on_house = {
                let step = step.clone();
                Callback::from(move |v: String| step.update(|s| s.form.house = v))
            };
            let invalid = error.map(|e| match e {
                AnswerError::HouseNumber | AnswerError::HouseNumberNeeded => HOUSE_ID,
                _ => POSTCODE_ID,
            });
            html! {
                { postcode_field(PostcodeFieldProps {
                    ui,
                    house_number: *house_number == HouseNumberMode::Optional,
                    postcode: AttrValue::from(form.postcode.clone()),
                    house: AttrValue::from(form.house.clone()),
                    invalid,
                    required: !question.optional,
                    error_id: Some(AttrValue::from(ERROR_ID)),
                    on_postcode,
                    on_house,
                }) }
            }
        }
        QuestionKind::FreeText { max_length } => {
            let on_input = {
                let step = step.clone();
                Callback::from(move |v: String| step.update(|s| s.form.text = v))
            };
            html! {
                { text_field(TextFieldProps {
                    ui,
                    labelled_by: AttrValue::from(HEADING_ID),
                    value: AttrValue::from(form.text.clone()),
                    max: *max_length,
                    invalid,
                    required: !question.optional,
                    described_by: described,
                    on_input,
                }) }
            }
        }
    }
}

/// The character count for the status region: only at a few points near the limit
/// (50, 20, 10 and 0 left, and the first character too many), so typing is not
/// interrupted on every key; empty otherwise, which screen readers do not say.
fn count_alert(ui: &Ui, text: &str, max: usize) -> String {
    let used = text.chars().count();
    match max.checked_sub(used) {
        Some(left @ (50 | 20 | 10 | 0)) if used > 0 => {
            ui.t_args("text-count", &[("left", num(left))])
        }
        None if used == max + 1 => ui.t_args("text-over", &[("over", num(1))]),
        _ => String::new(),
    }
}

/// The resident-facing text for an answer error.
fn error_text(ui: &Ui, question: &Question, e: &AnswerError) -> String {
    match e {
        AnswerError::TooLong { max } => ui.t_args(e.message_id(), &[("max", num(*max))]),
        AnswerError::ExclusiveWithOthers(o) => {
            let label = option_label(ui, &question.id, &question.kind, &OptionId::new(o.as_str()));
            ui.t_args(e.message_id(), &[("option", arg(label))])
        }
        _ => ui.t(e.message_id()),
    }
}

/// The input the error summary links to.
fn error_target(question: &Question, e: &AnswerError) -> String {
    match (&question.kind, e) {
        (_, AnswerError::HouseNumber | AnswerError::HouseNumberNeeded) => HOUSE_ID.to_owned(),
        (QuestionKind::Postcode { .. }, _) => POSTCODE_ID.to_owned(),
        (QuestionKind::FreeText { .. }, _) => TEXT_ID.to_owned(),
        (kind, _) => ChoiceView::of(kind)
            .first()
            .map(|o| option_input_id(&o.id))
            .unwrap_or_else(|| HEADING_ID.to_owned()),
    }
}
