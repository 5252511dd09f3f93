//! "Snel weg": leave the page at once, for residents who may be watched.
//!
//! Offered on every screen by default (`gemeente.quick-exit`), or only on sensitive
//! ones. The button (or Escape twice anywhere on the page) wipes the widget's state,
//! its trail of screens included (the parent does that in `on_exit`), and replaces the
//! page with a neutral one, so Back does not return to this screen; the widget's
//! earlier history entries hold no answers. The note beneath is honest: the browser
//! history is not erased.

use super::context::Ui;
use yew::prelude::*;

/// The quick-exit button with its note; `on_exit` is called when the resident
/// presses the button (the loader presses it for Escape twice, see `wegwijzer.js`).
pub fn quick_exit(ui: &Ui, on_exit: Callback<()>) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| on_exit.emit(()));
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
