//! Events for the host page: `wegwijzer:step` and `wegwijzer:advice`, dispatched on
//! the element, bubbling and composed. They carry ids only, never answers, so a
//! gemeente can count use without cookies and without learning anything personal.

use crate::ui::HostEvent;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Dispatches the event for `event` on `host`.
pub fn dispatch(host: &HtmlElement, event: &HostEvent) {
    let (name, key, value) = match event {
        HostEvent::Step(q) => ("wegwijzer:step", "step", q.as_str()),
        HostEvent::Advice(o) => ("wegwijzer:advice", "outcome", o.as_str()),
    };
    let detail = Object::new();
    let _ = Reflect::set(&detail, &JsValue::from_str(key), &JsValue::from_str(value));
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(ev) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&ev);
    }
}
