//! "Snel weg": leave the page at once, for residents who may be watched.
//!
//! The button wipes the widget's state (the parent does that in `on_exit`) and
//! replaces the page with a neutral one, so Back does not return here. The note
//! beneath is honest: the browser history is not erased.

use super::context::Ui;
use yew::prelude::*;

/// Props of [`QuickExit`].
#[derive(Properties, PartialEq)]
pub struct QuickExitProps {
    /// Configuration and words.
    pub ui: Ui,
    /// Called when the resident presses the button.
    pub on_exit: Callback<()>,
}

/// The quick-exit button with its note.
#[component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    let ui = &props.ui;
    let cb = props.on_exit.clone();
    let onclick = Callback::from(move |_: MouseEvent| cb.emit(()));
    // Only the button stays in view while scrolling: with the note inside the sticky
    // bar it covered about a third of a 320 px phone screen.
    html! {
        <>
            <div class="wegwijzer-quick-exit wegwijzer-no-print">
                <button type="button" class="wegwijzer-quick-exit__button" {onclick}>{ ui.t("quick-exit") }</button>
            </div>
            <p class="wegwijzer-quick-exit__note wegwijzer-no-print">{ ui.t("quick-exit-note") }{ " " }{ ui.t("quick-exit-keys") }</p>
        </>
    }
}
