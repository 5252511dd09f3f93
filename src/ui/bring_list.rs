//! "Neem mee": what to bring to the first conversation.

use super::context::Ui;
use super::next_steps::Line;
use yew::prelude::*;

/// The list of things to bring (formatted `items`); nothing when there are none.
pub fn bring_list(ui: &Ui, items: &[Line]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="wegwijzer-bring">
            <h3 class="wegwijzer-subheading" id="ww-bring-heading">{ ui.t("bring-heading") }</h3>
            <ul class="wegwijzer-bring__list">
                { for items.iter().map(|b| html! { <li lang={b.lang.clone()}>{ b.text.clone() }</li> }) }
            </ul>
        </section>
    }
}
