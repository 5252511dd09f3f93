//! "Wat gebeurt er nu?": the steps after the first contact, in order, with the
//! statutory term in each ("binnen 6 weken"). The honest "it can take longer" line
//! is a step of its own in the config (`may-take-longer`), so it is data, not code.

use super::context::{arg, num, Ui};
use crate::engine::{Advice, StepView};
use crate::i18n::ids;
use crate::model::Duration;
use yew::prelude::*;

/// One formatted line (a step, a thing to bring) with the `lang` to mark it with when
/// it comes from the Dutch fallback.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The text.
    pub text: AttrValue,
    /// `Some("nl")` when shown from the fallback inside another language.
    pub lang: Option<AttrValue>,
}

/// The lines the advice shows twice, in its own sections and in "Mijn overzicht":
/// formatted once per render of the advice, not once for each of the two places (the
/// steps go through Fluent with a plural-selected term each).
#[derive(Debug, Clone, PartialEq)]
pub struct AdviceLines {
    /// "Wat gebeurt er nu?", in order.
    pub steps: Vec<Line>,
    /// "Neem mee", in order.
    pub bring: Vec<Line>,
}

impl AdviceLines {
    /// Formats the steps and the things to bring of `advice`.
    pub fn new(ui: &Ui, advice: &Advice) -> Self {
        let steps = advice
            .steps
            .iter()
            .map(|s| Line {
                text: AttrValue::from(step_text(ui, s)),
                lang: ui.lang_for(&ids::step(&s.step)),
            })
            .collect();
        let bring = advice
            .bring
            .iter()
            .map(|b| {
                let id = ids::bring(b);
                Line {
                    text: AttrValue::from(ui.t(&id)),
                    lang: ui.lang_for(&id),
                }
            })
            .collect();
        AdviceLines { steps, bring }
    }
}

/// The ordered list of steps (formatted); nothing when there are none.
pub fn next_steps(ui: &Ui, steps: &[Line]) -> Html {
    if steps.is_empty() {
        return html! {};
    }
    html! {
        <section class="wegwijzer-steps">
            <h3 class="wegwijzer-subheading" id="ww-steps-heading">{ ui.t("steps-heading") }</h3>
            <ol class="wegwijzer-steps__list">
                { for steps.iter().map(|s| html! {
                    <li class="wegwijzer-steps__item" lang={s.lang.clone()}>{ s.text.clone() }</li>
                }) }
            </ol>
        </section>
    }
}

/// A step's text, with `$term` filled in when the step has a term.
pub fn step_text(ui: &Ui, step: &StepView) -> String {
    let id = ids::step(&step.step);
    match &step.term {
        Some(term) => {
            let term = duration_text(ui, ui.config.term(term).duration);
            ui.t_args(&id, &[("term", arg(term))])
        }
        None => ui.t(&id),
    }
}

/// "6 weken", "3 werkdagen": the `duration` message with `$amount` and `$unit`.
pub fn duration_text(ui: &Ui, d: Duration) -> String {
    ui.t_args(
        ids::DURATION,
        &[
            ("amount", num(usize::from(d.amount))),
            ("unit", arg(d.unit.as_str())),
        ],
    )
}
