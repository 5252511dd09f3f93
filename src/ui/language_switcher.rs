//! The language choice: a native `<select>` with each language's own name, tagged
//! with its `lang` so screen readers pronounce it right, and a button that applies
//! it. Switching keeps the answers: the embed fetches the new words and hands in a
//! new localizer.
//!
//! Choosing in the list changes nothing by itself (WCAG 3.2.2): arrow keys on a closed
//! `<select>` fire `change` on every press, which would switch (and mirror, and
//! re-announce) the whole widget per key. Only the button next to it applies the
//! choice. (A plain button, not a form's submit: "Volgende" stays the one submit.)

use super::context::Ui;
use crate::i18n::{language, LANGUAGES};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The language form; nothing when the gemeente offers one language. `on_change` is
/// called with the chosen language tag when the resident confirms it.
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
    let onclick = Callback::from(move |e: MouseEvent| {
        // `HtmlSelectElement` is not among the enabled web-sys features: read the
        // `value` of the select just before the button.
        let value = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|b| b.previous_element_sibling())
            .and_then(|s| js_sys::Reflect::get(&s, &JsValue::from_str("value")).ok())
            .and_then(|v| v.as_string());
        if let Some(tag) = value {
            on_change.emit(tag);
        }
    });
    html! {
        <div class="wegwijzer-language wegwijzer-no-print">
            <label class="wegwijzer-language__label" for="ww-language">{ ui.t("language-label") }</label>
            <select class="wegwijzer-language__select" id="ww-language">
                { for offered.iter().filter_map(|tag| language(tag)).map(|l| html! {
                    <option value={l.tag} lang={l.tag} selected={l.tag.eq_ignore_ascii_case(&current)}>{ l.native_name }</option>
                }) }
            </select>
            <button type="button" class="wegwijzer-language__button" {onclick}>{ ui.t("language-apply") }</button>
        </div>
    }
}
