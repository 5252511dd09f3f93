//! The language choice: a native `<select>` with each language's own name, tagged
//! with its `lang` so screen readers pronounce it right. Switching keeps the answers:
//! the embed fetches the new words and hands in a new localizer.

use super::context::Ui;
use crate::i18n::{language, LANGUAGES};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The language select; nothing when the gemeente offers one language. `on_change` is
/// called with the chosen language tag.
pub fn language_switcher(ui: &Ui, on_change: Callback<String>) -> Html {
    let offered: Vec<&'static str> = LANGUAGES
        .iter()
        .filter(|l| {
            ui.config
                .gemeente
                .languages
                .iter()
                .any(|c| c.eq_ignore_ascii_case(l.tag))
        })
        .map(|l| l.tag)
        .collect();
    if offered.len() < 2 {
        return html! {};
    }
    let current = ui.lang().to_owned();
    let onchange = Callback::from(move |e: Event| {
        // `HtmlSelectElement` is not among the enabled web-sys features; read `value`.
        let value = e
            .target()
            .and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str("value")).ok())
            .and_then(|v| v.as_string());
        if let Some(tag) = value {
            on_change.emit(tag);
        }
    });
    html! {
        <div class="wegwijzer-language wegwijzer-no-print">
            <label class="wegwijzer-language__label" for="ww-language">{ ui.t("language-label") }</label>
            <select class="wegwijzer-language__select" id="ww-language" {onchange}>
                { for offered.iter().filter_map(|tag| language(tag)).map(|l| html! {
                    <option value={l.tag} lang={l.tag} selected={l.tag.eq_ignore_ascii_case(&current)}>{ l.native_name }</option>
                }) }
            </select>
        </div>
    }
}
