//! Radio buttons or checkboxes as large tiles, each with its label, optional hint and
//! optional decorative icon. Used for single-choice, multiple-choice and yes-no.
//!
//! Native inputs, so keyboard use (arrow keys in a radio group, space on a checkbox)
//! and screen readers work as everywhere else. The tile is the `<label>`, so the
//! whole tile is the click target. An option's hint is in its label, so it is part of
//! the option's name and not repeated as a description; the question's hint and
//! error describe the group (the fieldset), not each option. Enter on a checkbox does
//! nothing (as in GOV.UK): browsers would submit the form, half ticked.

use super::context::Ui;
use super::icons::icon;
use crate::i18n::ids;
use crate::model::{Icon, OptionId, QuestionId, QuestionKind};
use yew::prelude::*;

/// One option as the field shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceView {
    /// The option id (`yes`/`no` for yes-no).
    pub id: OptionId,
    /// Decorative icon, if any.
    pub icon: Option<Icon>,
}

impl ChoiceView {
    /// The options of a choice or yes-no question, in display order.
    pub fn of(kind: &QuestionKind) -> Vec<ChoiceView> {
        match kind {
            QuestionKind::YesNo => kind
                .option_ids()
                .into_iter()
                .map(|id| ChoiceView { id, icon: None })
                .collect(),
            _ => kind
                .choices()
                .iter()
                .map(|c| ChoiceView {
                    id: c.id.clone(),
                    icon: c.icon,
                })
                .collect(),
        }
    }
}

/// The label of an option: yes-no share `answer-yes`/`answer-no`.
pub fn option_label(
    ui: &Ui,
    question: &QuestionId,
    kind: &QuestionKind,
    option: &OptionId,
) -> String {
    if matches!(kind, QuestionKind::YesNo) {
        ui.t(if option.as_str() == "yes" {
            ids::YES
        } else {
            ids::NO
        })
    } else {
        ui.t(&ids::option(question, option))
    }
}

/// The element id of an option's input (the error summary links to the first one).
pub fn option_input_id(option: &OptionId) -> String {
    format!("ww-opt-{option}")
}

/// What [`choice_field`] draws.
pub struct ChoiceFieldProps<'a> {
    /// Configuration and words.
    pub ui: &'a Ui,
    /// The question (for option message ids and the input `name`).
    pub question: QuestionId,
    /// The question's kind (yes-no labels differ).
    pub kind: QuestionKind,
    /// Checkboxes instead of radios.
    pub multiple: bool,
    /// What is picked now.
    pub selected: Vec<OptionId>,
    /// Whether the last submit failed (sets `aria-invalid`).
    pub invalid: bool,
    /// Called with the option the resident picked or un-picked.
    pub on_toggle: Callback<OptionId>,
}

/// The tiles.
pub fn choice_field(props: ChoiceFieldProps<'_>) -> Html {
    let ui = props.ui;
    let options = ChoiceView::of(&props.kind);
    let with_icons = options.iter().any(|o| o.icon.is_some());
    let tiles = html! {
        { for options.iter().map(|o| {
                let id = option_input_id(&o.id);
                let checked = props.selected.contains(&o.id);
                let label = option_label(ui, &props.question, &props.kind, &o.id);
                let hint = ui.attr(&ids::option(&props.question, &o.id), ids::HINT);
                let onchange = {
                    let cb = props.on_toggle.clone();
                    let oid = o.id.clone();
                    Callback::from(move |_: Event| cb.emit(oid.clone()))
                };
                let onkeydown = props.multiple.then(|| Callback::from(|e: KeyboardEvent| {
                    if e.key() == "Enter" {
                        e.prevent_default();
                    }
                }));
                let tile = html! {
                    <>
                        <input class="wegwijzer-choice__input"
                            type={if props.multiple { "checkbox" } else { "radio" }}
                            id={id.clone()}
                            name={format!("ww-{}", props.question)}
                            value={o.id.to_string()}
                            {checked}
                            aria-invalid={props.invalid.then_some("true")}
                            {onkeydown}
                            {onchange} />
                        <label class="wegwijzer-choice__label" for={id}>
                            if let Some(i) = o.icon { { icon(i) } }
                            <span class="wegwijzer-choice__text" lang={ui.lang_for(&ids::option(&props.question, &o.id))}>{ label }</span>
                            if let Some(h) = hint {
                                <span class="wegwijzer-choice__hint">{ h }</span>
                            }
                        </label>
                    </>
                };
                if checked {
                    html! { <div class="wegwijzer-choice wegwijzer-choice--checked">{ tile }</div> }
                } else {
                    html! { <div class="wegwijzer-choice">{ tile }</div> }
                }
            }) }
    };
    // Literal classes per case (see `service_card` on `Classes`).
    match (with_icons, matches!(props.kind, QuestionKind::YesNo)) {
        (true, true) => {
            html! { <div class="wegwijzer-choices wegwijzer-choices--tiles wegwijzer-choices--inline">{ tiles }</div> }
        }
        (true, false) => {
            html! { <div class="wegwijzer-choices wegwijzer-choices--tiles">{ tiles }</div> }
        }
        (false, true) => {
            html! { <div class="wegwijzer-choices wegwijzer-choices--inline">{ tiles }</div> }
        }
        (false, false) => html! { <div class="wegwijzer-choices">{ tiles }</div> },
    }
}
