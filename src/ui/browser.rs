//! The few browser services that buttons need: print, copy, speak, leave.
//!
//! Kept in one place so the views stay renderable natively (SSR tests never click,
//! so these functions never run there). Every function is best-effort: it reports
//! failure as a value and never panics. None of them stores anything or sends
//! anything anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Opens the print dialog; print CSS shows only "Mijn overzicht".
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Copies plain text to the clipboard; `true` when the browser confirmed it.
pub async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    // `navigator.clipboard` is missing on plain http pages; check before calling.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(&text))
        .await
        .is_ok()
}

/// Whether the browser can read text aloud (`window.speechSynthesis`).
pub fn speech_available() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::has(&w, &"speechSynthesis".into()).ok())
        .unwrap_or(false)
}

/// Reads `text` aloud in `lang`, stopping whatever was being read.
pub fn speak(text: &str, lang: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    synth.cancel();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        synth.speak(&utterance);
    }
}

/// Stops reading aloud.
pub fn stop_speaking() {
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synth.cancel();
    }
}

/// Whether the browser is reading aloud right now.
pub fn speaking() -> bool {
    web_sys::window()
        .and_then(|w| w.speech_synthesis().ok())
        .is_some_and(|s| s.speaking())
}

/// "Snel weg": replaces the page, so Back does not return to the widget.
pub fn leave(url: &str) {
    stop_speaking();
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

/// The visible text of an element, for reading aloud.
pub fn inner_text(node: &yew::NodeRef) -> Option<String> {
    node.get()
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| el.inner_text())
}

/// Moves keyboard focus to the element (a heading with `tabindex="-1"`) once the
/// current render pass is over, still before the browser paints.
///
/// Focusing forces the browser to compute style and layout there and then. Effects
/// of a new screen run while other parts (the answers list, the status line)
/// are still being updated in the same pass, and those changes would force a second
/// full layout before the paint. Deferring to the end of the pass lays out once.
pub fn focus(node: &yew::NodeRef) {
    let node = node.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(el) = node.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
}
