//! "Lees voor": reads the current screen aloud with the browser's own speech
//! (`speechSynthesis`), in the current language. Nothing is sent anywhere. Only
//! rendered when the browser has speech (checked once by the embed).

use super::browser;
use super::context::Ui;
use yew::prelude::*;

/// Props of [`ReadAloud`].
#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// Configuration and words.
    pub ui: Ui,
    /// The element whose text is read.
    pub target: NodeRef,
}

/// The read-aloud toggle button.
#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let ui = &props.ui;
    let (target, lang) = (props.target.clone(), ui.lang().to_owned());
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
