//! Progress as plain text ("Vraag 2"): no bar that promises a length the route may
//! not have, since routes differ per answer.

use super::context::{num, Ui};
use yew::prelude::*;

/// Props of [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// Configuration and words.
    pub ui: Ui,
    /// 1-based question number on the route.
    pub number: usize,
}

/// "Vraag 2".
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    html! {
        <p class="wegwijzer-progress">{ props.ui.t_args("progress", &[("number", num(props.number))]) }</p>
    }
}
