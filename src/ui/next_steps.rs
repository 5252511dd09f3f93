//! "Wat gebeurt er daarna?": the steps after the first one, in order, with the
//! statutory term in each ("binnen 6 weken"). The first step is what to say or do on
//! the first call: the advice shows it on top, next to the first contact. The honest "it can take longer" line
//! is a step of its own in the config (`may-take-longer`), so it is data, not code.

use super::context::{arg, num, Ui};
use super::why_disclosure::closed_section;
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
    /// "Wat gebeurt er daarna?", in order.
    pub steps: Vec<Line>,
    /// "Neem mee", in order.
    pub bring: Vec<Line>,
    /// "Je rechten", in order.
    pub rights: Vec<Line>,
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
        let line = |id: &str| Line {
            text: AttrValue::from(ui.t(id)),
            lang: ui.lang_for(id),
        };
        let bring = advice.bring.iter().map(|b| line(&ids::bring(b))).collect();
        // The rights' words follow the first question (ADR 0016; crisis advice has
        // none): until they arrive, no list of missing texts.
        let rights = match ui.l10n.has("handover-rights") {
            true => advice.rights.iter().map(|r| line(r.message_id())).collect(),
            false => Vec::new(),
        };
        AdviceLines {
            steps,
            bring,
            rights,
        }
    }
}

/// The steps after the first (formatted `steps`, all of them), numbered on from 2, in
/// a closed section; nothing when there are none.
pub fn next_steps(ui: &Ui, steps: &[Line]) -> Html {
    if steps.len() < 2 {
        return html! {};
    }
    closed_section(
        ui.t("steps-heading"),
        html! {
            <ol class="wegwijzer-steps__list" start="2">
                { for steps[1..].iter().map(|s| html! {
                    <li class="wegwijzer-steps__item" lang={s.lang.clone()}>{ s.text.clone() }</li>
                }) }
            </ol>
        },
    )
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
