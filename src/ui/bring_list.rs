//! "Neem mee": what to bring to the first conversation.

use super::context::Ui;
use super::next_steps::Line;
use yew::prelude::*;

/// Props of [`BringList`].
#[derive(Properties, PartialEq)]
pub struct BringListProps {
    /// Configuration and words.
    pub ui: Ui,
    /// The items, formatted.
    pub items: Vec<Line>,
}

/// The list of things to bring.
#[component]
pub fn BringList(props: &BringListProps) -> Html {
    let ui = &props.ui;
    if props.items.is_empty() {
        return html! {};
    }
    html! {
        <section class="wegwijzer-bring" aria-labelledby="ww-bring-heading">
            <h3 class="wegwijzer-subheading" id="ww-bring-heading">{ ui.t("bring-heading") }</h3>
            <ul class="wegwijzer-bring__list">
                { for props.items.iter().map(|b| html! { <li lang={b.lang.clone()}>{ b.text.clone() }</li> }) }
            </ul>
        </section>
    }
}
