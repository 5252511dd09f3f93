//! "Mijn overzicht": a note the resident takes to the first conversation or gives to
//! someone who helps. Topics, their own words, the advice, what to bring and their
//! rights. Print (print CSS shows only this), copy as plain text, or share a link
//! whose state lives only in the URL fragment (opaque, not secret: the panel says
//! that anyone with the link can see the answers; none on crisis advice unless the
//! gemeente opts in, see `embed::share`).

use super::browser;
use super::context::{arg, Ui};
use super::next_steps::{step_text, AdviceLines, Line};
use super::service_card::{address_text, part, phone_facts, times_text, unbroken};
use crate::engine::{Advice, TeamAdvice};
use crate::i18n::ids;
use crate::model::{Hours, ScheduleKind, ServiceId};
use yew::prelude::*;

/// What [`handover_note`] draws.
pub struct HandoverNoteProps<'a> {
    /// Configuration and words.
    pub ui: &'a Ui,
    /// The advice to summarise.
    pub advice: &'a Advice,
    /// Its steps and things to bring, formatted once by the advice screen.
    pub lines: &'a AdviceLines,
    /// The share link (page URL + `#wegwijzer=…`), when the page URL is known.
    pub share_link: Option<AttrValue>,
    /// What the note shows and where its buttons report.
    pub note: NoteControls,
}

/// The note's state (kept in the widget state, so it starts over with every move)
/// and the callbacks that change it.
#[derive(Clone)]
pub struct NoteControls {
    /// What the last copy did.
    pub copy: CopyStatus,
    /// Whether the share link is unfolded.
    pub show_link: bool,
    /// Called when a copy finished: whether the browser took the text.
    pub on_copied: Callback<bool>,
    /// Called by "Deel link" to fold the link in or out.
    pub on_share: Callback<()>,
}

/// What the last "Kopieer" did, said in a status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CopyStatus {
    /// Nothing copied yet.
    #[default]
    Idle,
    /// On the clipboard.
    Copied,
    /// The browser refused.
    Failed,
}

/// The handover note with its buttons.
pub fn handover_note(props: HandoverNoteProps<'_>) -> Html {
    let HandoverNoteProps {
        ui,
        advice: a,
        lines,
        share_link,
        note,
    } = props;

    // The text is made when the button is pressed, not on every render: the plain
    // note formats every message of the note a second time.
    let copy = |make: Box<dyn Fn() -> String>| {
        let on_copied = note.on_copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (on_copied, text) = (on_copied.clone(), make());
            wasm_bindgen_futures::spawn_local(async move {
                on_copied.emit(browser::copy(text).await);
            });
        })
    };
    let on_copy = {
        let (ui, advice) = (ui.clone(), a.clone());
        copy(Box::new(move || handover_text(&ui, &advice)))
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_share = {
        let cb = note.on_share.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let others = other_contacts(ui, a);
    let topics = topic_labels(ui, a);
    let date = dated(ui);

    html! {
        <section class="wegwijzer-handover" aria-labelledby="ww-handover-heading">
            <h3 class="wegwijzer-subheading" id="ww-handover-heading">{ ui.t("handover-heading") }</h3>
            <p class="wegwijzer-handover__intro">{ ui.t("handover-intro") }</p>
            if let Some(date) = date {
                <p class="wegwijzer-handover__date">{ date }</p>
            }
            <dl class="wegwijzer-handover__list">
                if !topics.is_empty() {
                    <dt>{ ui.t("handover-topics") }</dt>
                    <dd>{ topics.join(", ") }</dd>
                }
                if let Some(words) = &a.own_words {
                    <dt>{ ui.t("handover-own-words") }</dt>
                    <dd class="wegwijzer-handover__words" translate="no">{ words.clone() }</dd>
                }
                <dt>{ ui.t("handover-advice") }</dt>
                <dd lang={ui.lang_for(&ids::outcome(&a.outcome))}>{ ui.t(&ids::outcome(&a.outcome)) }</dd>
                <dt>{ ui.t("handover-first-contact") }</dt>
                <dd class="wegwijzer-handover__contact">{ contact(ui, &a.first_contact) }</dd>
                // Never empty: the crisis strip's numbers are always there.
                <dt>{ ui.t("handover-contacts") }</dt>
                <dd><ul>{ for others.into_iter().map(|id| html! {
                    <li class="wegwijzer-handover__contact">{ contact(ui, id) }</li>
                }) }</ul></dd>
                if !lines.steps.is_empty() {
                    <dt>{ ui.t("steps-heading") }</dt>
                    <dd><ol>{ for lines.steps.iter().map(|s| html! { <li lang={s.lang.clone()}>{ s.text.clone() }</li> }) }</ol></dd>
                }
                { listed(ui.t("bring-heading"), &lines.bring) }
                { listed(ui.t("handover-rights"), &lines.rights) }
            </dl>
            <div class="wegwijzer-actions wegwijzer-no-print">
                <button type="button" class="wegwijzer-button wegwijzer-button--secondary" onclick={on_print}>{ ui.t("handover-print") }</button>
                <button type="button" class="wegwijzer-button wegwijzer-button--secondary" onclick={on_copy}>{ ui.t("handover-copy") }</button>
                if share_link.is_some() {
                    <button type="button" class="wegwijzer-button wegwijzer-button--secondary"
                        aria-expanded={if note.show_link { "true" } else { "false" }} onclick={on_share}>
                        { ui.t("handover-share") }
                    </button>
                }
            </div>
            <p class="wegwijzer-handover__status wegwijzer-no-print" role="status">
                { match note.copy {
                    CopyStatus::Idle => String::new(),
                    CopyStatus::Copied => ui.t("handover-copied"),
                    CopyStatus::Failed => ui.t("handover-copy-failed"),
                } }
            </p>
            if let (true, Some(link)) = (note.show_link, &share_link) {
                <div class="wegwijzer-share wegwijzer-no-print">
                    <p class="wegwijzer-share__intro">{ ui.t("share-intro") }</p>
                    <p class="wegwijzer-share__who">{ ui.t("share-anyone") }</p>
                    <label class="wegwijzer-field__label" for="ww-share-link">{ ui.t("share-label") }</label>
                    <input class="wegwijzer-input wegwijzer-share__input" id="ww-share-link" type="text"
                        readonly=true value={link.clone()} />
                    <button type="button" class="wegwijzer-button wegwijzer-button--secondary"
                        onclick={{ let link = link.to_string(); copy(Box::new(move || link.clone())) }}>{ ui.t("share-copy") }</button>
                </div>
            }
        </section>
    }
}

/// A term of the note with its lines as a list ("Neem mee", "Je rechten"); nothing
/// when there are none.
fn listed(term: String, lines: &[Line]) -> Html {
    if lines.is_empty() {
        return html! {};
    }
    html! { <>
        <dt>{ term }</dt>
        <dd><ul>{ for lines.iter().map(|l| html! { <li lang={l.lang.clone()}>{ l.text.clone() }</li> }) }</ul></dd>
    </> }
}

/// "Gemaakt op 4 december 2026": today in the page language, taken when the note is
/// drawn or copied (the state has no clock). `None` outside a browser.
fn dated(ui: &Ui) -> Option<String> {
    browser::today(ui.lang()).map(|d| ui.t_args("handover-date", &[("date", arg(d))]))
}

/// Every contact of the advice on screen after the first, section by section (team or
/// gemeente-wide contact, client support, bring-in, also, community, crisis), then the
/// strip's crisis numbers, each once: paper must hold all of them.
fn other_contacts<'a>(ui: &'a Ui, a: &'a Advice) -> Vec<&'a ServiceId> {
    let team: &[ServiceId] = match &a.team {
        TeamAdvice::Found(t) => std::slice::from_ref(t),
        TeamAdvice::Choose(ts) => ts,
        TeamAdvice::GemeenteWide { .. } => std::slice::from_ref(&a.general_contact),
        TeamAdvice::NotAsked => &[],
    };
    let mut out: Vec<&ServiceId> = Vec::new();
    for list in [
        team,
        a.client_support.as_slice(),
        &a.bring_in,
        &a.also,
        &a.community,
        &a.crisis,
        &ui.config.gemeente.crisis,
    ] {
        for id in list {
            if id != &a.first_contact && !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// A contact on the note's screen, one line each: name, [`contact_lines`], address.
/// The name and the address are [`part`]s, with their `lang` (WCAG 3.1.2).
fn contact(ui: &Ui, id: &ServiceId) -> Html {
    let s = ui.service(id);
    let (name, nl) = ui.name(s);
    html! {
        <>
            { part(name, nl) }{ contact_lines(ui, id, true) }
            if let Some(a) = &s.address { { part(address_text(a), ui.dutch_is_foreign()) } }
        </>
    }
}

/// A contact's phones with their hours ("Bel 0800-2000 (gratis, dag en nacht)"),
/// opening times and address, each on a line of its own. On `screen` a number does not
/// break inside (no-break space and hyphen), and the name and the address are left to
/// [`contact`]; the copied text starts with the name and keeps plain characters, so a
/// pasted number still dials.
fn contact_lines(ui: &Ui, id: &ServiceId, screen: bool) -> String {
    let s = ui.service(id);
    let mut lines = vec![if screen { String::new() } else { ui.name(s).0 }];
    for p in &s.phones {
        let number = if screen {
            unbroken(p.number.display())
        } else {
            p.number.display().to_owned()
        };
        let mut facts = phone_facts(ui, p);
        if let Some(Hours::Times(times)) = &p.hours {
            facts.push(times_text(ui, times));
        }
        let call = ui.t_args("phone-call", &[("number", arg(number))]);
        lines.push(if facts.is_empty() {
            call
        } else {
            format!("{call} ({})", facts.join(", "))
        });
    }
    for sch in &s.schedules {
        let label = match sch.kind {
            ScheduleKind::WalkIn => "schedule-walk-in",
            ScheduleKind::Phone => "schedule-phone",
            ScheduleKind::Appointment => "schedule-appointment",
        };
        lines.push(format!("{} {}", ui.t(label), times_text(ui, &sch.times)));
    }
    if let Some(a) = &s.address {
        let label = ui.t("address-label") + " ";
        lines.push(if screen {
            label
        } else {
            label + &address_text(a)
        });
    }
    lines.join(if screen { "\n" } else { "\n  " })
}

fn topic_labels(ui: &Ui, a: &Advice) -> Vec<String> {
    let start = &ui.config.questionnaire.start;
    a.topics
        .iter()
        .map(|o| ui.t(&ids::option(start, o)))
        .collect()
}

/// The note as plain text, for the clipboard. Bidi isolation marks are removed:
/// pasted into a mail or chat they only confuse.
pub fn handover_text(ui: &Ui, a: &Advice) -> String {
    let mut out = Vec::new();
    out.push(ui.t("handover-heading"));
    out.extend(dated(ui));
    let topics = topic_labels(ui, a);
    if !topics.is_empty() {
        out.push(format!(
            "{}: {}",
            ui.t("handover-topics"),
            topics.join(", ")
        ));
    }
    if let Some(words) = &a.own_words {
        out.push(format!("{}: {words}", ui.t("handover-own-words")));
    }
    out.push(format!(
        "{}: {}",
        ui.t("handover-advice"),
        ui.t(&ids::outcome(&a.outcome))
    ));
    out.push(format!(
        "{}: {}",
        ui.t("handover-first-contact"),
        contact_lines(ui, &a.first_contact, false)
    ));
    out.push(String::new());
    out.push(ui.t("handover-contacts"));
    for id in other_contacts(ui, a) {
        out.push(format!("- {}", contact_lines(ui, id, false)));
    }
    if !a.steps.is_empty() {
        out.push(String::new());
        out.push(ui.t("steps-heading"));
        for (i, s) in a.steps.iter().enumerate() {
            out.push(format!("{}. {}", i + 1, step_text(ui, s)));
        }
    }
    if !a.bring.is_empty() {
        out.push(String::new());
        out.push(ui.t("bring-heading"));
        for b in &a.bring {
            out.push(format!("- {}", ui.t(&ids::bring(b))));
        }
    }
    if !a.rights.is_empty() {
        out.push(String::new());
        out.push(ui.t("handover-rights"));
        for r in &a.rights {
            out.push(format!("- {}", ui.t(r.message_id())));
        }
    }
    out.join("\n").replace(['\u{2068}', '\u{2069}'], "")
}
