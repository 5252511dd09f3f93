//! "Ik vul dit in voor iemand anders": turns on helper mode (third-person wording,
//! a tip for the helper on the advice). A plain checkbox, outside the question form.

use super::context::Ui;
use yew::prelude::*;

/// The helper-mode checkbox: `on` is whether helper mode is on; `on_toggle` is called
/// with the new value.
pub fn helper_toggle(ui: &Ui, on: bool, on_toggle: Callback<bool>) -> Html {
    let onchange = Callback::from(move |_: Event| on_toggle.emit(!on));
    html! {
        <div class="wegwijzer-helper wegwijzer-no-print">
            <input class="wegwijzer-helper__input" type="checkbox" id="ww-helper" checked={on} {onchange} />
            <label class="wegwijzer-helper__label" for="ww-helper">{ ui.t("helper-toggle") }</label>
        </div>
    }
}
