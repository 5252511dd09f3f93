//! Progress as plain text: "Vraag 2 van hooguit 5". No bar: routes differ per answer,
//! and a bar would promise a length. "At most" is an upper bound from the engine
//! (`Journey::questions_at_most`), so it never promises fewer questions than come;
//! it shrinks as answers rule routes out.

use super::context::{num, Ui};
use yew::prelude::*;

/// "Vraag 2 van hooguit 5", for the 1-based question `number` on a route of at most
/// `at_most` questions.
pub fn progress(ui: &Ui, number: usize, at_most: usize) -> Html {
    let args = [("number", num(number)), ("total", num(at_most.max(number)))];
    html! {
        <p class="wegwijzer-progress">{ ui.t_args("progress", &args) }</p>
    }
}
