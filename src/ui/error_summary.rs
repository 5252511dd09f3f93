//! The error summary at the top of a question: what went wrong, with a link that
//! moves focus to the field (GOV.UK / NL Design System pattern).
//!
//! It takes focus when it appears, which makes screen readers read it; it is not also
//! `role="alert"`, which would have it said twice (GOV.UK drops the role for the same
//! reason). The link works without changing the host page's URL fragment, which may
//! hold a share link.

use super::context::Ui;
use yew::prelude::*;

/// The error summary: `message` (the same text as the inline message) links to the
/// field with id `target`; `node` is where the summary takes focus when it appears.
pub fn error_summary(ui: &Ui, message: String, target: String, node: NodeRef) -> Html {
    let href = format!("#{target}");
    let onclick = {
        let node = node.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            focus_by_id(&node, &target);
        })
    };
    html! {
        <div class="wegwijzer-error-summary" tabindex="-1" ref={node}>
            <h3 class="wegwijzer-error-summary__title">{ ui.t("error-summary-title") }</h3>
            <ul class="wegwijzer-error-summary__list" role="list">
                <li><a {href} {onclick}>{ message }</a></li>
            </ul>
        </div>
    }
}

/// Focuses the element with `id` inside the same shadow root (or document) as `near`.
fn focus_by_id(near: &NodeRef, id: &str) {
    use wasm_bindgen::JsCast;
    let Some(node) = near.get() else { return };
    let root = node.get_root_node();
    let found = js_sys::Reflect::get(&root, &"getElementById".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&root, &id.into()).ok())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = found {
        let _ = el.focus();
    }
}
