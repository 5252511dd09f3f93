//! "Ik vul dit in voor iemand anders": turns on helper mode (third-person wording,
//! a tip for the helper on the advice). A plain checkbox, outside the question form.

use super::context::Ui;
use yew::prelude::*;

/// Props of [`HelperToggle`].
#[derive(Properties, PartialEq)]
pub struct HelperToggleProps {
    /// Configuration and words.
    pub ui: Ui,
    /// Whether helper mode is on.
    pub on: bool,
    /// Called with the new value.
    pub on_toggle: Callback<bool>,
}

/// The helper-mode checkbox.
#[component]
pub fn HelperToggle(props: &HelperToggleProps) -> Html {
    let cb = props.on_toggle.clone();
    let on = props.on;
    let onchange = Callback::from(move |_: Event| cb.emit(!on));
    html! {
        <div class="wegwijzer-helper wegwijzer-no-print">
            <input class="wegwijzer-helper__input" type="checkbox" id="ww-helper" checked={props.on} {onchange} />
            <label class="wegwijzer-helper__label" for="ww-helper">{ props.ui.t("helper-toggle") }</label>
        </div>
    }
}
