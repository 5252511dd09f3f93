//! "Lees voor": the toggle button that reads the current screen aloud with the
//! browser's own speech, in the screen's language, only with a voice that runs on the
//! device ([`browser::speak`]; what it reads and leaves out is described in
//! `src/embed/speech.js`). Only rendered when the browser has speech.
//! `aria-pressed` and the button's words say whether it is reading; it turns off when
//! the reading ends, and `App` stops it on every move and helper toggle (the embed on
//! a language switch). Without a voice on the device it says so instead of reading.

use super::browser;
use super::context::Ui;
use super::state::{Msg, WidgetState};
use yew::prelude::*;

/// What "Lees voor" shows (kept in [`WidgetState`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    /// Not reading.
    #[default]
    Off,
    /// Reading.
    On,
    /// The last try found no voice on this device for the language: said, not read.
    NoVoice,
}

/// The toggle button that reads the element `target`, and the line that says when
/// this device has no voice for the language (an alert: it appears with its words, and
/// screen readers say an alert that appears; a status region would have to be there
/// before, empty, on every screen).
pub fn read_aloud(
    ui: &Ui,
    target: NodeRef,
    reading: Reading,
    d: UseReducerDispatcher<WidgetState>,
) -> Html {
    let on = reading == Reading::On;
    let lang = ui.lang().to_owned();
    let onclick = Callback::from(move |_: MouseEvent| {
        let mut set = Reading::Off;
        if on {
            browser::stop_speaking();
        } else if let Some(node) = target.get() {
            // The end of this reading, or its stop by another widget (the browser reads
            // one text at a time); a late end after a stop finds it off already.
            let end = d.clone();
            set = if browser::speak(&node, &lang, move || end.dispatch(Msg::Read(Reading::Off))) {
                Reading::On
            } else {
                Reading::NoVoice
            };
        }
        d.dispatch(Msg::Read(set));
    });
    html! {
        <>
            <button type="button" class="wegwijzer-read-aloud wegwijzer-no-print"
                aria-pressed={if on { "true" } else { "false" }} {onclick}>
                { ui.t(if on { "read-aloud-stop" } else { "read-aloud" }) }
            </button>
            if reading == Reading::NoVoice {
                <p class="wegwijzer-read-aloud__note" role="alert">{ ui.t("read-aloud-no-voice") }</p>
            }
        </>
    }
}
