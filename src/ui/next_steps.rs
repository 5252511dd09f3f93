//! "Wat gebeurt er nu?": the steps after the first contact, in order, with the
//! statutory term in each ("binnen 6 weken"). The honest "it can take longer" line
//! is a step of its own in the config (`may-take-longer`), so it is data, not code.

use super::context::{arg, num, Ui};
use crate::engine::StepView;
use crate::i18n::ids;
use crate::model::Duration;
use yew::prelude::*;

/// Props of [`NextSteps`].
#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    /// Configuration and words.
    pub ui: Ui,
    /// The steps, in order.
    pub steps: Vec<StepView>,
}

/// The ordered list of steps.
#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let ui = &props.ui;
    if props.steps.is_empty() {
        return html! {};
    }
    html! {
        <section class="wegwijzer-steps" aria-labelledby="ww-steps-heading">
            <h3 class="wegwijzer-subheading" id="ww-steps-heading">{ ui.t("steps-heading") }</h3>
            <ol class="wegwijzer-steps__list">
                { for props.steps.iter().map(|s| html! {
                    <li class="wegwijzer-steps__item" lang={ui.lang_for(&ids::step(&s.step))}>{ step_text(ui, s) }</li>
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
