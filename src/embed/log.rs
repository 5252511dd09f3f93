//! Messages for the webmaster in the browser console, always prefixed "wegwijzer:".
//! Never logs answers.

use crate::config::Location;
use wasm_bindgen::JsValue;

/// Something is broken: the widget stays hidden behind its fallback text.
pub fn error(msg: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("wegwijzer: {msg}")));
}

/// Something is degraded but the widget works (e.g. a language fell back to Dutch).
pub fn warn(msg: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("wegwijzer: {msg}")));
}

/// A JavaScript error value as text.
pub fn js(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(e, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// " (line L, column C)" for a located problem, else nothing: how console lines say where.
pub fn at(location: Option<Location>) -> String {
    location
        .map(|l| format!(" (line {}, column {})", l.line, l.column))
        .unwrap_or_default()
}
