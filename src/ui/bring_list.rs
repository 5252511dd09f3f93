//! "Neem mee" and "Je rechten": a closed section with a bulleted list of lines.

use super::next_steps::Line;
use super::why_disclosure::closed_section;
use yew::prelude::*;

/// The formatted `items` under `summary`, closed; nothing when there are none.
pub fn bring_list(summary: String, items: &[Line]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    closed_section(
        summary,
        html! {
            <ul class="wegwijzer-bring__list">
                { for items.iter().map(|b| html! { <li lang={b.lang.clone()}>{ b.text.clone() }</li> }) }
            </ul>
        },
    )
}
