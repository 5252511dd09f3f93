//! Messages for the webmaster in the browser console, always prefixed "wegwijzer:".
//! Never logs answers.

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
