//! Fetching the widget's own files (config, locale texts): the only requests the
//! widget makes. A 10-second timeout, no cookies to other origins, no caching of a
//! stale config.

use super::log;
use gloo::timers::callback::Timeout;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

/// How long a file may take before we give up.
pub const TIMEOUT_MS: u32 = 10_000;

/// Resolves `url` against `base` (a document or module URL).
pub fn resolve(url: &str, base: &str) -> Result<String, String> {
    web_sys::Url::new_with_base(url, base)
        .map(|u| u.href())
        .map_err(|e| format!("not a valid URL `{url}`: {}", log::js(&e)))
}

/// Awaits the config request the loader started before the module was ready
/// (`prefetchConfig` in `wegwijzer.js`), whose promise settles to the body text,
/// `null` for the timeout or the error; gives the same texts as [`text`].
pub async fn prefetched(url: &str, result: js_sys::Promise) -> Result<String, String> {
    let settled = JsFuture::from(result).await.unwrap_or_else(|e| e);
    match settled.as_string() {
        Some(body) => Ok(body),
        None if settled.is_null() => Err(format!(
            "{url}: no answer within {} seconds",
            TIMEOUT_MS / 1000
        )),
        None => Err(format!("{url}: {}", log::js(&settled))),
    }
}

/// GETs a text file; the error says why in words a webmaster can act on.
pub async fn text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let controller = AbortController::new().map_err(|e| log::js(&e))?;
    let signal = controller.signal();
    let init = RequestInit::new();
    init.set_signal(Some(&signal));
    // Set through Reflect: the RequestCache/RequestCredentials enums are not among
    // the enabled web-sys features, and the plain strings are what fetch reads anyway.
    let _ = Reflect::set(&init, &"cache".into(), &"no-cache".into());
    let _ = Reflect::set(&init, &"credentials".into(), &"same-origin".into());
    let timeout = Timeout::new(TIMEOUT_MS, move || controller.abort());
    let result = async {
        let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|e| log::js(&e))?;
        let resp: Response = resp.dyn_into().map_err(|_| "not a response".to_owned())?;
        if !resp.ok() {
            return Err(format!("HTTP {} {}", resp.status(), resp.status_text()));
        }
        let body = resp.text().map_err(|e| log::js(&e))?;
        let body: JsValue = JsFuture::from(body).await.map_err(|e| log::js(&e))?;
        body.as_string()
            .ok_or_else(|| "body is not text".to_owned())
    }
    .await;
    drop(timeout);
    result.map_err(|e| {
        if signal.aborted() {
            format!("{url}: no answer within {} seconds", TIMEOUT_MS / 1000)
        } else {
            format!("{url}: {e}")
        }
    })
}
