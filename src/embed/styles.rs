//! The widget's CSS, compiled into the wasm and adopted by each shadow root as a
//! constructable stylesheet, so it works under a CSP without `'unsafe-inline'`.

use js_sys::{Array, Reflect};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The first screens' stylesheets in cascade order, without comments (see `build.rs`).
/// What follows the first question (the advice, "Mijn overzicht", print) is
/// `wegwijzer_later.css`, adopted by the loader (ADR 0016).
#[cfg(not(feature = "playground"))]
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// The playground's preview has every stylesheet compiled in: it runs without the loader.
#[cfg(feature = "playground")]
pub const CSS: &str = concat!(
    include_str!(concat!(env!("OUT_DIR"), "/widget.css")),
    include_str!(concat!(env!("OUT_DIR"), "/later.css"))
);

thread_local! {
    /// One parsed sheet shared by every widget on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Gives `root` the widget's styles. Falls back to a `<style>` element where
/// constructable stylesheets are missing (old browsers; blocked by a strict CSP).
pub fn adopt(root: &ShadowRoot) -> Result<(), JsValue> {
    match shared_sheet() {
        Ok(sheet) => {
            Reflect::set(root, &"adoptedStyleSheets".into(), &Array::of1(&sheet))?;
            Ok(())
        }
        Err(_) => {
            let doc = web_sys::window()
                .and_then(|w| w.document())
                .ok_or_else(|| JsValue::from_str("no document"))?;
            let style = doc.create_element("style")?;
            style.set_text_content(Some(CSS));
            root.append_child(&style)?;
            Ok(())
        }
    }
}

fn shared_sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(CSS)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}
