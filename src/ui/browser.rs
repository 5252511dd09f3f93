//! The few browser services the widget needs: print, copy, speak, leave, focus, and
//! the widget's browser-history entries.
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

/// Today as a long date in `lang` ("4 december 2026"), from the browser's clock and
/// `Intl`; `None` natively (SSR tests), so rendered markup stays the same every day.
pub fn today(lang: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        // Long ("4 december 2026"): a numeric date reads differently in "en" (US order).
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
        js_sys::Date::new_0()
            .to_locale_date_string(lang, &options)
            .as_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        None
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

thread_local! {
    /// `speak` of `wegwijzer_speech.js`, given by the loader where the browser has speech.
    static SPEAK: std::cell::OnceCell<js_sys::Function> = const { std::cell::OnceCell::new() };
}

/// Takes `speak(element, lang, done)` (`src/embed/speech.js`): reads the element aloud
/// with a voice on this device only and gives `false` when there is none for `lang`;
/// called with nothing, it stops. JavaScript because the same DOM walk and voice choice
/// cost about twice the bytes in the module; fetched after the first question.
pub fn set_speech(speak: js_sys::Function) {
    SPEAK.with(|s| {
        let _ = s.set(speak);
    });
}

/// `speak`, if the loader gave one.
fn speaker() -> Option<js_sys::Function> {
    SPEAK.with(|s| s.get().cloned())
}

/// Whether the widget can read aloud (the browser has speech; the loader gave `speak`).
pub fn speech_available() -> bool {
    speaker().is_some()
}

/// Reads the element `node` aloud in `lang`, stopping whatever was being read;
/// `on_end` runs when the reading ends or stops. `false` (and nothing read) when this
/// device has no voice of its own for `lang`.
pub fn speak(node: &web_sys::Node, lang: &str, on_end: impl FnMut() + 'static) -> bool {
    // Kept by the utterance for as long as the page lives: one small closure per reading.
    let end = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(on_end).into_js_value();
    speaker()
        .and_then(|f| f.call3(&f, node, &lang.into(), &end).ok())
        .is_some_and(|r| r.is_truthy())
}

/// Stops reading aloud.
pub fn stop_speaking() {
    if let Some(f) = speaker() {
        let _ = f.call0(&f);
    }
}

/// "Snel weg": replaces the page, so Back does not return to this screen. (Back can
/// still reach the widget's earlier history entries; they hold no answers, and every
/// widget shows its first question there, see [`exits`].)
pub fn leave(url: &str) {
    EXITS.with(|e| e.set(e.get() + 1));
    stop_speaking();
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
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

// ---- Browser history --------------------------------------------------------------
//
// Each widget keeps its screens in memory (`state::Trail`) and gives the browser only
// the move index of the screen on show, under its own key:
// `history.state = { "wegwijzer": { "<key>": 3, "<other widget>": 1 }, …the host's keys }`.
// Entries are added with the page's URL unchanged (no URL argument), so nothing is ever
// put in the address bar, nor a share link's fragment added back.

/// The move index this widget's key holds in the current history entry.
pub fn history_index(key: &str) -> Option<u32> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    let ours = js_sys::Reflect::get(&state, &"wegwijzer".into()).ok()?;
    js_sys::Reflect::get(&ours, &key.into())
        .ok()?
        .as_f64()
        .map(|i| i as u32)
}

/// Records move `index` for `key`: in a new history entry when `add`, else in the
/// current one. The other widgets' keys and the host page's own state are copied, so
/// every entry knows where each widget was. A host state that is not an object is
/// left alone (the widget then has no Back of its own rather than break the host's).
pub fn history_record(key: &str, index: u32, add: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let Ok(current) = history.state() else { return };
    let copy = |v: &wasm_bindgen::JsValue| {
        if v.is_object() {
            Some(js_sys::Object::assign(
                &js_sys::Object::new(),
                v.unchecked_ref(),
            ))
        } else if v.is_null() || v.is_undefined() {
            Some(js_sys::Object::new())
        } else {
            None
        }
    };
    let Some(state) = copy(&current) else { return };
    let ours = js_sys::Reflect::get(&state, &"wegwijzer".into()).unwrap_or_default();
    let Some(ours) = copy(&ours) else { return };
    let _ = js_sys::Reflect::set(&ours, &key.into(), &f64::from(index).into());
    let _ = js_sys::Reflect::set(&state, &"wegwijzer".into(), &ours);
    let _ = if add {
        history.push_state(&state, "")
    } else {
        // One binding for both replacements (embed::shared_state passes a URL).
        history.replace_state_with_url(&state, "", None)
    };
}

thread_local! {
    /// How often "Snel weg" left this page; a widget that sees the count change when
    /// the page comes back (Back, the back-forward cache) forgets its answers too.
    static EXITS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// How often [`leave`] ran in this page.
pub fn exits() -> u32 {
    EXITS.with(|e| e.get())
}
