//! "Lees voor": reads the current screen aloud with the browser's own speech
//! (`speechSynthesis`), in the current language. Nothing is sent anywhere. Only
//! rendered when the browser has speech (checked once by the embed).

use super::browser;
use super::context::Ui;
use yew::prelude::*;

/// The read-aloud toggle button; it reads the text of the element `target`.
pub fn read_aloud(ui: &Ui, target: NodeRef) -> Html {
    let lang = ui.lang().to_owned();
    let onclick = Callback::from(move |_: MouseEvent| {
        if browser::speaking() {
            browser::stop_speaking();
        } else if let Some(text) = browser::inner_text(&target) {
            browser::speak(&text, &lang);
        }
    });
    html! {
        <button type="button" class="wegwijzer-read-aloud wegwijzer-no-print" {onclick}>
            { ui.t("read-aloud") }
        </button>
    }
}
