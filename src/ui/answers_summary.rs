//! "Je antwoorden": every answered question on the route, with a "Wijzig" button,
//! and "Opnieuw beginnen".
//!
//! A `<dl>` of question and answer. Free text is shown as typed: it never leaves the
//! device, and the resident should see what they wrote.

use super::choice_field::option_label;
use super::context::{arg, Ui};
use crate::i18n::ids;
use crate::model::{Answer, QuestionId};
use yew::prelude::*;

/// The list of answers: the answered questions on the route (`path`, in order) with
/// their `answers` (in helper wording when `ui` is in helper mode); `on_change` is called with the
/// question to change, `on_restart` to start again.
pub fn answers_summary(
    ui: &Ui,
    path: &[QuestionId],
    answers: &crate::engine::Answers,
    on_change: Callback<QuestionId>,
    on_restart: Callback<()>,
) -> Html {
    if path.is_empty() {
        return html! {};
    }
    let on_restart = Callback::from(move |_: MouseEvent| on_restart.emit(()));
    html! {
        <section class="wegwijzer-answers wegwijzer-no-print">
            <h2 class="wegwijzer-subheading" id="ww-answers-heading">{ ui.t("answers-heading") }</h2>
            <dl class="wegwijzer-answers__list">
                { for path.iter().filter_map(|q| {
                    let answer = answers.get(q)?;
                    let question = ui.t(&ids::question(q));
                    let onclick = {
                        let (cb, q) = (on_change.clone(), q.clone());
                        Callback::from(move |_: MouseEvent| cb.emit(q.clone()))
                    };
                    Some(html! {
                        <div class="wegwijzer-answers__row">
                            <dt class="wegwijzer-answers__question">{ question.clone() }</dt>
                            <dd class="wegwijzer-answers__answer">{ answer_text(ui, q, answer) }</dd>
                            <dd class="wegwijzer-answers__change">
                                <button type="button" class="wegwijzer-link-button" {onclick}
                                    aria-label={ui.t_args("answers-change-label", &[("question", arg(question))])}>
                                    { ui.t("answers-change") }
                                </button>
                            </dd>
                        </div>
                    })
                }) }
            </dl>
            <button type="button" class="wegwijzer-button wegwijzer-button--secondary" onclick={on_restart}>
                { ui.t("restart") }
            </button>
        </section>
    }
}

/// An answer as the resident would say it: option labels, "1234 AB 12", own words.
pub fn answer_text(ui: &Ui, question: &QuestionId, answer: &Answer) -> String {
    let kind = &ui.config.questionnaire.get(question).kind;
    match answer {
        Answer::Choice(o) => option_label(ui, question, kind, o),
        Answer::Choices(os) => os
            .iter()
            .map(|o| option_label(ui, question, kind, o))
            .collect::<Vec<_>>()
            .join(", "),
        // Isolated (U+2068 … U+2069; the first letter makes it left to right): in
        // Arabic "1234 AB" must not read "AB 1234".
        Answer::Postcode {
            postcode,
            house_number: Some(h),
        } => format!("\u{2068}{postcode} {h}\u{2069}"),
        Answer::Postcode { postcode, .. } => format!("\u{2068}{postcode}\u{2069}"),
        Answer::Text(t) => t.clone(),
        Answer::Skipped => ui.t("answers-skipped"),
    }
}
