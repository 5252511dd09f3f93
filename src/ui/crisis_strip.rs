//! The crisis strip: 112, 113, Veilig Thuis and the gemeente's own numbers, on every
//! screen, above the question, whatever was answered.
//!
//! Numbers are data and stay identical in every language; only the labels are
//! translated. Links dial digits only (`tel:08002000`); the text shows the number as
//! the config writes it ("0800-2000").

use super::context::Ui;
use super::service_card::{call_label, part};
use crate::model::{Evidence, Service};
use yew::prelude::*;

/// The always-visible strip with crisis numbers: a complementary landmark named by
/// its own heading (level 2, like the screen's heading after it), so it can be found
/// by heading and by landmark. A `<p role="heading">`, not an `<h2>`: the screen's
/// heading stays the widget's first `<h2>`, which host pages and scripts look for.
pub fn crisis_strip(ui: &Ui) -> Html {
    html! {
        <aside class="wegwijzer-crisis" aria-labelledby="ww-crisis-title">
            <p class="wegwijzer-crisis__title" id="ww-crisis-title" role="heading" aria-level="2">{ ui.t("crisis-heading") }</p>
            <ul class="wegwijzer-crisis__list" role="list">
                { for ui.config.gemeente.crisis.iter().map(|id| crisis_item(ui, ui.service(id))) }
            </ul>
        </aside>
    }
}

fn crisis_item(ui: &Ui, service: &Service) -> Html {
    // Names are Dutch unless the language has its own (`Ui::name`): they carry their
    // `lang`. A line whose role has no label of its own shows the name once.
    let (name, nl) = ui.name(service);
    let label = ui.t_opt(&role_label_id(service)).unwrap_or_default();
    let Some(phone) = service.main_phone() else {
        // A crisis service without a phone (a chat-only line) still shows its link.
        return html! {
            <li class="wegwijzer-crisis__item">
                <span class="wegwijzer-crisis__label">{ label }</span>
                // The chat page, else the website: `Option::or`, not an iterator chain
                // (whose adapters cost the module a kilobyte).
                if let Some(u) = service.chat_url.as_ref().or(service.url.as_ref()) {
                    <a class="wegwijzer-crisis__link" href={u.clone()} rel="noopener">{ part(name, nl) }</a>
                }
            </li>
        };
    };
    let number = phone.number.display().to_owned();
    let show_name = label.is_empty() || !name.contains(&number);
    // Only "gratis" here (verified numbers only): the strip must stay short on a
    // phone screen; hours and anonymity are on the advice cards.
    let free = phone.free == Some(true) && phone.source.evidence == Evidence::Verified;
    html! {
        <li class="wegwijzer-crisis__item">
            <span class="wegwijzer-crisis__label">{ label }</span>
            { " " }
            <a class="wegwijzer-crisis__link" href={phone.number.tel_uri()}>
                { call_label(ui, &number) }
            </a>
            if show_name {
                { " " }
                { part(name, nl) }
            }
            if free {
                { " " }
                <span class="wegwijzer-crisis__facts">{ ui.t("phone-free") }</span>
            }
        </li>
    }
}

/// The UI message for a crisis line's role, e.g. `crisis-role-veilig-thuis`
/// ("Onveilig thuis?"). Roles are a closed set of UI vocabulary, not config ids.
fn role_label_id(service: &Service) -> String {
    format!("crisis-role-{}", service.role.as_str())
}
