//! One desk, team or helpline as a card: name, what they do, how to reach them.
//!
//! Phone first (a resident who reads little can still press "Bel"), then hours,
//! walk-in times, address and website. "Gratis" appears only when the config says
//! free *and* the source is verified: a wrong "free" costs residents money.

use super::context::{arg, Ui};
use super::why_disclosure::why_disclosure;
use crate::i18n::ids;
use crate::model::{
    Address, Evidence, Hours, OpeningTime, Phone, Schedule, ScheduleKind, Service, ServiceId,
    Weekday,
};
use yew::prelude::*;

/// What [`service_card`] draws.
pub struct ServiceCardProps<'a> {
    /// Configuration and words.
    pub ui: &'a Ui,
    /// The service to show.
    pub service: &'a ServiceId,
    /// A short lead line above the name ("Neem eerst contact op met").
    pub lead: Option<String>,
    /// Why this service, with its `lang` when it is not the screen's: shown in a
    /// "Waarom dit advies?" disclosure.
    pub why: Option<(AttrValue, Option<AttrValue>)>,
    /// Full, compact or emphasised.
    pub look: Look,
    /// Heading level of the name: 3 on its own, 4 inside a titled section (any other
    /// value is taken as 4).
    pub level: u8,
}

/// How much a card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// Everything: phones, hours, walk-in times, address, links.
    Full,
    /// Only name, description and phone (for "they can bring in" lists).
    Compact,
    /// Everything, emphasised: the first contact.
    Primary,
}

/// A card inside a titled section (heading level 4), full or compact.
pub fn listed_card(ui: &Ui, service: &ServiceId, look: Look) -> Html {
    service_card(ServiceCardProps {
        ui,
        service,
        lead: None,
        why: None,
        look,
        level: 4,
    })
}

/// A service card.
pub fn service_card(props: ServiceCardProps<'_>) -> Html {
    let ui = props.ui;
    let s = ui.service(props.service);
    let message = ids::service(&s.id);
    let about = ui.t_opt(&message);
    let (name, nl) = ui.name(s);
    let name = part(name, nl);
    // A literal tag per level: a computed tag name (`<@{…}>`) brings yew's code for
    // dynamic tags and a `format!`.
    let heading = if props.level == 3 {
        html! { <h3 class="wegwijzer-card__name">{ name }</h3> }
    } else {
        html! { <h4 class="wegwijzer-card__name">{ name }</h4> }
    };
    let compact = props.look == Look::Compact;
    let body = html! {
        <>
            if let Some(lead) = props.lead {
                <p class="wegwijzer-card__lead">{ lead }</p>
            }
            { heading }
            if let Some(about) = about {
                <p class="wegwijzer-card__about" lang={ui.lang_for(&message)}>{ about }</p>
            }
            if let Some((why, why_lang)) = props.why {
                { why_disclosure(ui.t("why-advice"), why, why_lang, None) }
            }
            { contact(ui, s, compact) }
        </>
    };
    // Literal classes per look: yew turns a computed `class` into an `IndexSet`
    // (`Classes`), whose code is about 2 KB brotli of the module.
    match props.look {
        Look::Full => html! { <article class="wegwijzer-card">{ body }</article> },
        Look::Compact => {
            html! { <article class="wegwijzer-card wegwijzer-card--compact">{ body }</article> }
        }
        Look::Primary => {
            html! { <article class="wegwijzer-card wegwijzer-card--primary">{ body }</article> }
        }
    }
}

fn contact(ui: &Ui, s: &Service, compact: bool) -> Html {
    let phones = if compact {
        &s.phones[..s.phones.len().min(1)]
    } else {
        &s.phones[..]
    };
    let schedules: &[Schedule] = if compact { &[] } else { &s.schedules };
    html! {
        <>
            if !phones.is_empty() {
                <ul class="wegwijzer-card__phones" role="list">
                    { for phones.iter().map(|p| phone_line(ui, p)) }
                </ul>
            }
            { for schedules.iter().map(|sch| schedule_line(ui, sch)) }
            if !compact {
                if let Some(a) = &s.address {
                    <p class="wegwijzer-card__address">
                        <span class="wegwijzer-card__label">{ ui.t("address-label") }</span>
                        { " " }{ part(address_text(a), ui.dutch_is_foreign()) }
                    </p>
                }
                <ul class="wegwijzer-card__links" role="list">
                    if let Some(url) = &s.url {
                        <li><a href={url.clone()} rel="noopener">{ with_name(ui, "link-website", s) }</a></li>
                    }
                    if let Some(url) = &s.chat_url {
                        <li><a href={url.clone()} rel="noopener">{ with_name(ui, "link-chat", s) }</a></li>
                    }
                    if let Some(mail) = &s.email {
                        <li><a href={format!("mailto:{mail}")}>{ ui.t_args("link-email", &[("address", arg(mail.clone()))]) }</a></li>
                    }
                </ul>
            }
        </>
    }
}

/// A message with the service's name in it ("Website van …"), the name a [`part`]:
/// a Dutch name in an English sentence is a part in another language. The message is
/// formatted with a placeholder for `$name` and cut there (Fluent's isolation marks
/// around it stay, balanced, on either side).
fn with_name(ui: &Ui, id: &str, s: &Service) -> Html {
    let (name, nl) = ui.name(s);
    let text = ui.t_args(id, &[("name", arg("\u{1}"))]);
    let (before, after) = text.split_once('\u{1}').unwrap_or((&text, ""));
    html! { <>{ before.to_owned() }{ part(name, nl) }{ after.to_owned() }</> }
}

/// Data shown as it is written (a name, an address) inside the screen's text: isolated
/// (`<bdi>`: "112 (alarmnummer)" must not flip in Arabic; an address starts with a
/// letter, so "9990 BC" keeps its order) and marked `lang="nl"` when it is Dutch on a
/// screen in another language (`nl`, WCAG 3.1.2). One element builder for all of them
/// keeps the module small.
pub(crate) fn part(text: String, nl: bool) -> Html {
    // Static attributes per branch: an optional one makes yew's attribute lists dynamic.
    if nl {
        html! { <bdi lang="nl">{ text }</bdi> }
    } else {
        html! { <bdi>{ text }</bdi> }
    }
}

/// "Noorderhof 12, 9990 BC Voorbeeldstad": names of a street and a place, so Dutch.
pub(crate) fn address_text(a: &Address) -> String {
    format!("{}, {} {}", a.street, a.postcode, a.city)
}

fn phone_line(ui: &Ui, p: &Phone) -> Html {
    let facts = phone_facts(ui, p);
    html! {
        <li class="wegwijzer-card__phone">
            <a class="wegwijzer-card__call" href={p.number.tel_uri()}>
                { call_label(ui, p.number.display()) }
            </a>
            if !facts.is_empty() {
                { " " }<span class="wegwijzer-card__facts">{ facts.join(", ") }</span>
            }
            if let Some(Hours::Times(times)) = &p.hours {
                <span class="wegwijzer-card__hours">
                    { ui.t("hours-label") }{ " " }{ times_text(ui, times) }
                </span>
            }
        </li>
    }
}

/// "Bel 0800-2000" with a number that never breaks inside (no-break spaces and
/// hyphens), while the words around it still wrap; Fluent's isolation marks around
/// the argument keep it left to right in Arabic. `tel:` targets stay digits only.
pub(crate) fn call_label(ui: &Ui, number: &str) -> String {
    ui.t_args("phone-call", &[("number", arg(unbroken(number)))])
}

/// A phone number that does not break: no-break spaces (U+00A0) and hyphens (U+2011).
pub(crate) fn unbroken(number: &str) -> String {
    number.replace(' ', "\u{a0}").replace('-', "\u{2011}")
}

/// Short facts about a phone line: "gratis" (verified only), "dag en nacht", "anoniem".
pub(crate) fn phone_facts(ui: &Ui, p: &Phone) -> Vec<String> {
    let mut facts = Vec::new();
    if p.free == Some(true) && p.source.evidence == Evidence::Verified {
        facts.push(ui.t("phone-free"));
    }
    if p.hours == Some(Hours::AlwaysOpen) {
        facts.push(ui.t("hours-always"));
    }
    if p.anonymous {
        facts.push(ui.t("phone-anonymous"));
    }
    facts
}

fn schedule_line(ui: &Ui, s: &Schedule) -> Html {
    let label = match s.kind {
        ScheduleKind::WalkIn => "schedule-walk-in",
        ScheduleKind::Phone => "schedule-phone",
        ScheduleKind::Appointment => "schedule-appointment",
    };
    html! {
        <p class="wegwijzer-card__schedule">
            <span class="wegwijzer-card__label">{ ui.t(label) }</span>
            { " " }{ times_text(ui, &s.times) }
        </p>
    }
}

/// "ma t/m vr 09:00 tot 17:00; za 10:00 tot 12:00".
pub(crate) fn times_text(ui: &Ui, times: &[OpeningTime]) -> String {
    times
        .iter()
        .map(|t| {
            ui.t_args(
                "opening-time",
                &[
                    ("days", arg(days_text(ui, &t.days))),
                    ("opens", arg(OpeningTime::clock(t.opens))),
                    ("closes", arg(OpeningTime::clock(t.closes))),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// "ma t/m vr" for a run of three or more days in a row, else "di, do".
fn days_text(ui: &Ui, days: &[Weekday]) -> String {
    let day = |d: &Weekday| ui.t(&format!("day-{}", d.as_str()));
    // Monday to Sunday, each once: filtering the week keeps a sort out of the module.
    let sorted: Vec<Weekday> = Weekday::ALL
        .iter()
        .copied()
        .filter(|d| days.contains(d))
        .collect();
    let consecutive = sorted
        .windows(2)
        .all(|w| w[1] as usize == w[0] as usize + 1);
    match (sorted.first(), sorted.last()) {
        (Some(first), Some(last)) if consecutive && sorted.len() >= 3 => ui.t_args(
            "day-range",
            &[("from", arg(day(first))), ("to", arg(day(last)))],
        ),
        _ => sorted.iter().map(day).collect::<Vec<_>>().join(", "),
    }
}
