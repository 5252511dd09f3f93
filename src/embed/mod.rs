//! The custom element's Rust side: `mount` a widget into a host element.
//!
//! Owns everything that touches the page: reading the `config` attribute or inline
//! JSON, fetching files, choosing the language, the shadow root and its styles,
//! events for the host page, the share-link fragment and the widget's key in the
//! browser-history state (the app adds and reads its entries; see `ui::browser`). The JS loader
//! (`dist/wegwijzer.js`) defines `<wegwijzer-widget>` and calls [`mount`] from
//! `connectedCallback` and [`WidgetHandle::destroy`] from `disconnectedCallback`.
//!
//! Failure is never a blank: until a valid config is loaded no shadow root exists,
//! so the light-DOM fallback text (with a phone number) stays visible, and every
//! reason is logged for the webmaster. Nothing here panics; nothing is stored.

mod events;
mod fetch;
mod locale;
mod log;
#[cfg(feature = "playground")]
mod playground;
pub mod share;
mod styles;

pub use styles::CSS;

use crate::config::compiled;
use crate::engine::Journey;
use crate::model::Config;
use crate::ui::{App, AppProps, Shared};
use js_sys::Uint8Array;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback};

thread_local! {
    /// How many widgets were mounted on this page: the next one's history key.
    static MOUNTS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The running widget of one element; `destroy` unmounts it.
#[wasm_bindgen]
pub struct WidgetHandle {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Default)]
struct Inner {
    destroyed: bool,
    app: Option<AppHandle<App>>,
    props: Option<AppProps>,
    mount_point: Option<Element>,
    /// The language on screen, whether its words are complete (ADR 0011) and whether
    /// the complete words are being fetched.
    lang: String,
    complete: bool,
    loading: bool,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the app and removes its DOM; safe to call while still loading.
    pub fn destroy(self) {
        let (app, mount_point) = {
            let mut inner = self.inner.borrow_mut();
            inner.destroyed = true;
            inner.props = None;
            (inner.app.take(), inner.mount_point.take())
        };
        if let Some(app) = app {
            app.destroy();
        }
        if let Some(el) = mount_point {
            el.remove();
        }
    }
}

/// Takes "Lees voor" (`speak`, see `src/embed/speech.js`) from the loader, once, where
/// the browser has speech; without it no widget shows the button.
#[wasm_bindgen]
pub fn speech(speak: js_sys::Function) {
    crate::ui::browser::set_speech(speak);
}

/// Mounts a widget into `host`. `base_url` is the folder of the widget's files
/// (ends with `/`), for locale files. Returns at once; loading continues in the
/// background. Never panics: problems are logged and the fallback stays visible.
/// `prefetched` is the config request the loader already started for the `config`
/// attribute, if any (see `fetch::prefetched`). The widget reads compiled
/// configurations; for a JSON one it calls `compile(json, source)`, which returns a
/// promise of the compiled bytes, or of `null` after logging every problem (the loader
/// has the checker module do this; see [`read_config`] and ADR 0009).
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    base_url: String,
    prefetched: Option<js_sys::Promise>,
    compile: Option<js_sys::Function>,
) -> WidgetHandle {
    let inner = Rc::new(RefCell::new(Inner::default()));
    let weak = Rc::downgrade(&inner);
    // The widget's key in the browser-history state: `w0`, `w1`, … in the order the
    // loader mounts them, which is the page's order, so the same after a reload. An
    // element mounted again gets a new key, so it never mistakes the old one's entries.
    let key = MOUNTS.with(|n| n.replace(n.get() + 1));
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(reasons) = start(host, base_url, prefetched, compile, weak, key).await {
            for r in reasons {
                log::error(&r);
            }
        }
    });
    WidgetHandle { inner }
}

async fn start(
    host: HtmlElement,
    base_url: String,
    prefetched: Option<js_sys::Promise>,
    compile: Option<js_sys::Function>,
    inner: Weak<RefCell<Inner>>,
    key: u32,
) -> Result<(), Vec<String>> {
    let page = page_url().ok_or_else(|| vec!["no page URL".to_owned()])?;
    let (body, config_url) = config_source(&host, &page, prefetched)
        .await
        .map_err(|e| vec![e])?;
    let Some(config) = read_config(body, &config_url, compile.as_ref())
        .await
        .map_err(|e| vec![e])?
    else {
        return Ok(());
    };
    let config = Rc::new(config);
    let bases = locale::Bases {
        widget: base_url,
        config: config_url,
    };
    let shared = shared_state(&format!("w{key}"));
    // A share link reopens in the language it was made in, when the gemeente offers it.
    let lang = shared
        .as_ref()
        .and_then(|s| s.lang.as_deref())
        .and_then(|l| offered_language(&config, l))
        .unwrap_or_else(|| locale::choose(&host, &config));
    // A share link opens on an advice: its words are needed before it shows. Otherwise
    // the first question shows with the bundled words, and the rest follows (below).
    let (l10n, complete) = locale::localizer(&lang, &config, &bases, shared.is_some()).await;
    let initial = shared.map(|s| Journey::from_answers(&config, s.answers, s.helper));

    let Some(inner_rc) = inner.upgrade() else {
        return Ok(());
    };
    if inner_rc.borrow().destroyed {
        return Ok(());
    }
    let (root, mount_point) =
        shadow(&host).map_err(|e| vec![format!("cannot attach the widget: {}", log::js(&e))])?;
    if let Err(e) = styles::adopt(&root) {
        log::warn(&format!("styles not applied: {}", log::js(&e)));
    }

    let on_event = {
        let host = host.clone();
        Callback::from(move |e| events::dispatch(&host, &e))
    };
    let on_language = language_switch(inner.clone(), Rc::clone(&config), bases.clone());
    let on_words = complete_words(inner.clone(), Rc::clone(&config), bases);
    let props = AppProps {
        config: Shared(Rc::clone(&config)),
        l10n: Shared::new(l10n),
        initial,
        on_event,
        on_language,
        on_words: on_words.clone(),
        speech: crate::ui::browser::speech_available(),
        page_url: Some(AttrValue::from(page)),
        history_key: Some(AttrValue::from(format!("w{key}"))),
    };
    let app =
        yew::Renderer::<App>::with_root_and_props(mount_point.clone(), props.clone()).render();
    let mut guard = inner_rc.borrow_mut();
    guard.app = Some(app);
    guard.props = Some(props);
    guard.mount_point = Some(mount_point);
    guard.lang = lang;
    guard.complete = complete;
    drop(guard);
    // The first question is on screen: now fetch the rest of the Dutch words.
    on_words.emit(());
    Ok(())
}

/// The configuration in `body`, the bytes of its file. A compiled configuration is
/// decoded here. JSON goes to the loader's `compile`: the checker module checks and
/// compiles it, or logs every problem with its line and hint and gives `None` (the
/// widget carries neither the JSON reader nor the words, ADR 0009).
async fn read_config(
    body: Vec<u8>,
    source: &str,
    compile: Option<&js_sys::Function>,
) -> Result<Option<Config>, String> {
    let bytes = if compiled::is_compiled(&body) {
        body
    } else {
        let json = String::from_utf8(body).map_err(|_| {
            format!("the configuration {source} is neither JSON text nor compiled; showing the fallback text")
        })?;
        // A JSON configuration is an object. Anything else (an HTML page a server sends
        // with status 200 for a missing file, say) is refused here, so residents never
        // download the checker module for it.
        if !json.trim_start().starts_with('{') {
            return Err(format!(
                "the configuration {source} is not compiled nor JSON (it starts {}); showing the fallback text",
                crate::model::quoted(&json.trim_start().chars().take(15).collect::<String>())
            ));
        }
        match compile_json(compile, &json, source).await? {
            Some(bytes) => bytes,
            None => return Ok(None),
        }
    };
    compiled::decode(&bytes).map(Some).map_err(|e| {
        format!(
            "the compiled configuration {source} cannot be used: {e}; showing the fallback text"
        )
    })
}

/// Asks the loader to compile a JSON configuration (see [`mount`]).
async fn compile_json(
    compile: Option<&js_sys::Function>,
    json: &str,
    source: &str,
) -> Result<Option<Vec<u8>>, String> {
    let compile = compile.ok_or_else(|| {
        format!("the configuration {source} is JSON, and only the loader (wegwijzer.js) can have it compiled; showing the fallback text")
    })?;
    let promise = compile
        .call2(&JsValue::NULL, &json.into(), &source.into())
        .map_err(|e| log::js(&e))?;
    let compiled = JsFuture::from(js_sys::Promise::from(promise))
        .await
        .map_err(|e| log::js(&e))?;
    Ok(compiled.dyn_ref::<Uint8Array>().map(Uint8Array::to_vec))
}

/// The language switcher's callback: fetch the words, then re-render with the same
/// state (the reducer lives in the app, so answers survive).
fn language_switch(
    inner: Weak<RefCell<Inner>>,
    config: Rc<Config>,
    bases: locale::Bases,
) -> Callback<String> {
    Callback::from(move |tag: String| {
        let Some(tag) = offered_language(&config, &tag) else {
            return;
        };
        // Reading aloud stops (the browser reports its end, and the button shows off).
        crate::ui::browser::stop_speaking();
        reload_words(inner.clone(), Rc::clone(&config), bases.clone(), tag);
    })
}

/// "Make sure the words are complete": after the first question, when helper mode is
/// turned on, and when an advice lacks its words. Fetches the complete Dutch files once
/// (ADR 0011); a failed fetch is tried again at the next call.
fn complete_words(
    inner: Weak<RefCell<Inner>>,
    config: Rc<Config>,
    bases: locale::Bases,
) -> Callback<()> {
    Callback::from(move |()| {
        let Some(rc) = inner.upgrade() else { return };
        let lang = {
            let i = rc.borrow();
            if i.complete || i.loading {
                return;
            }
            i.lang.clone()
        };
        reload_words(inner.clone(), Rc::clone(&config), bases.clone(), lang);
    })
}

/// Builds the complete words for `lang` and re-renders with them; the app's state is
/// untouched.
fn reload_words(
    inner: Weak<RefCell<Inner>>,
    config: Rc<Config>,
    bases: locale::Bases,
    lang: String,
) {
    if let Some(rc) = inner.upgrade() {
        rc.borrow_mut().loading = true;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let (l10n, complete) = locale::localizer(&lang, &config, &bases, true).await;
        let Some(inner) = inner.upgrade() else { return };
        let mut guard = inner.borrow_mut();
        guard.loading = false;
        // The words for `lang` could not be fetched (the localizer fell back to Dutch):
        // stay in the language on screen and put the list back to it (issue 23),
        // rather than show Dutch under another language's name.
        if !l10n.lang().eq_ignore_ascii_case(&lang) {
            let select = guard
                .mount_point
                .as_ref()
                .and_then(|m| m.query_selector("#ww-language").ok().flatten());
            if let Some(select) = select {
                let value = JsValue::from_str(&guard.lang);
                let _ = js_sys::Reflect::set(&select, &JsValue::from_str("value"), &value);
            }
            return;
        }
        let Some(mut props) = guard.props.clone() else {
            return;
        };
        props.l10n = Shared::new(l10n);
        guard.props = Some(props.clone());
        guard.lang = lang;
        guard.complete = complete;
        if let Some(app) = guard.app.as_mut() {
            app.update(props);
        }
    });
}

/// The config file's bytes and where they came from: the `config` attribute (fetched, relative
/// to the document) or a child `<script type="application/json">`.
async fn config_source(
    host: &HtmlElement,
    page: &str,
    prefetched: Option<js_sys::Promise>,
) -> Result<(Vec<u8>, String), String> {
    if let Some(attr) = host
        .get_attribute("config")
        .filter(|a| !a.trim().is_empty())
    {
        let base = host
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_else(|| page.to_owned());
        let url = fetch::resolve(attr.trim(), &base)?;
        let text = match prefetched {
            Some(p) => fetch::prefetched(&url, p).await,
            None => fetch::bytes(&url).await,
        }
        .map_err(|e| format!("cannot load the configuration: {e}"))?;
        return Ok((text, url));
    }
    let inline = host
        .query_selector("script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|s| s.text_content());
    match inline {
        Some(json) => Ok((json.into_bytes(), format!("{page} (inline)"))),
        None => Err("no configuration: give the element a `config` attribute or a <script type=\"application/json\"> child".to_owned()),
    }
}

/// The gemeente's spelling of `tag`, if it offers that language.
fn offered_language(config: &Config, tag: &str) -> Option<String> {
    config
        .gemeente
        .languages
        .iter()
        .find(|l| l.eq_ignore_ascii_case(tag))
        .cloned()
}

/// The state of a share link for widget `key` (`#wegwijzer=…` for the first widget),
/// if the fragment holds one. Its form is not applied: the gemeente's configured form
/// stands (see [`share`]). Once read, the link leaves the address bar and the history
/// entry (`replaceState` with the rest of the fragment): after "Snel weg", Back finds
/// no link that reopens the resident's advice (issue 23).
fn shared_state(key: &str) -> Option<share::SharedState> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let result = share::decode_fragment(&hash, key);
    if result != Err(share::ShareError::Absent) {
        let rest = share::without_state(&hash, key);
        let mut url = page_url().unwrap_or_default();
        if !rest.is_empty() {
            url.push('#');
            url.push_str(&rest);
        }
        if let Ok(history) = window.history() {
            let state = history.state().unwrap_or_default();
            let _ = history.replace_state_with_url(&state, "", Some(&url));
        }
    }
    match result {
        Ok(state) => Some(state),
        Err(share::ShareError::Absent) => None,
        Err(e) => {
            log::warn(&format!("share link ignored: {e}"));
            None
        }
    }
}

/// The page URL without its fragment.
fn page_url() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_owned())
}

/// The shadow root (reused when the element is moved and mounted again) and a fresh
/// element in it to render into. Only called once the config is valid: attaching a
/// shadow root hides the light-DOM fallback.
fn shadow(host: &HtmlElement) -> Result<(ShadowRoot, Element), JsValue> {
    let root = match host.shadow_root() {
        Some(root) => {
            // Node by node, not `innerHTML = ""`: under Trusted Types
            // (`require-trusted-types-for 'script'`) any string HTML sink throws, even
            // an empty one, and the moved element stayed blank (issue 23).
            while let Some(child) = root.first_child() {
                root.remove_child(&child)?;
            }
            root
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let doc = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let el = doc.create_element("div")?;
    el.set_class_name("wegwijzer-root");
    root.append_child(&el)?;
    Ok((root, el))
}
