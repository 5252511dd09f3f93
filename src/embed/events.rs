//! Events for the host page: `wegwijzer:step` and `wegwijzer:advice`, dispatched on
//! the element, bubbling and composed. Never answers; a step's number, and an id only
//! where the gemeente made it public (`gemeente.public-events`, never a sensitive
//! question or urgent or crisis advice), so a gemeente can count use without cookies
//! and no script on the page learns what the resident is going through.

use crate::ui::HostEvent;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Dispatches the event for `event` on `host`.
pub fn dispatch(host: &HtmlElement, event: &HostEvent) {
    let detail = Object::new();
    let (name, key, value) = match event {
        HostEvent::Step(n, q) => {
            let _ = Reflect::set(&detail, &"number".into(), &(*n as f64).into());
            ("wegwijzer:step", "step", q.as_ref().map(|q| q.as_str()))
        }
        HostEvent::Advice(o) => (
            "wegwijzer:advice",
            "outcome",
            o.as_ref().map(|o| o.as_str()),
        ),
    };
    if let Some(value) = value {
        let _ = Reflect::set(&detail, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(ev) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&ev);
    }
}
