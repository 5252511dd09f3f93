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
/// (`prefetchConfig` in `wegwijzer.js`), whose promise settles to the body bytes,
/// `null` for the timeout or the error; gives the same texts as [`bytes`].
pub async fn prefetched(url: &str, result: js_sys::Promise) -> Result<Vec<u8>, String> {
    let settled = JsFuture::from(result).await.unwrap_or_else(|e| e);
    match settled.dyn_ref::<js_sys::Uint8Array>() {
        Some(body) => Ok(body.to_vec()),
        None if settled.is_null() => Err(format!(
            "{url}: no answer within {} seconds",
            TIMEOUT_MS / 1000
        )),
        None => Err(format!("{url}: {}", log::js(&settled))),
    }
}

/// GETs a text file; the error says why in words a webmaster can act on.
pub async fn text(url: &str) -> Result<String, String> {
    let body = get(url, Response::text).await?;
    body.as_string()
        .ok_or_else(|| format!("{url}: body is not text"))
}

/// GETs a file as bytes (the configuration: compiled or JSON), with [`text`]'s errors.
pub async fn bytes(url: &str) -> Result<Vec<u8>, String> {
    let body = get(url, Response::array_buffer).await?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}

/// GETs `url` and reads its body with `read` (text or bytes), within the timeout.
async fn get(
    url: &str,
    read: fn(&Response) -> Result<js_sys::Promise, JsValue>,
) -> Result<JsValue, String> {
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
        let body = read(&resp).map_err(|e| log::js(&e))?;
        JsFuture::from(body).await.map_err(|e| log::js(&e))
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
