//! Progress as plain text ("Vraag 2"): no bar that promises a length the route may
//! not have, since routes differ per answer.

use super::context::{num, Ui};
use yew::prelude::*;

/// "Vraag 2", for the 1-based question `number` on the route.
pub fn progress(ui: &Ui, number: usize) -> Html {
    html! {
        <p class="wegwijzer-progress">{ ui.t_args("progress", &[("number", num(number))]) }</p>
    }
}
