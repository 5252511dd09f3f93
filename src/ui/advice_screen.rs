//! The advice: first what to do now (crisis contacts when needed, who to contact first
//! and why, what to say on that call), then closed sections: what happens next, what
//! to bring, more help (the resident's own wijkteam, the free cliëntondersteuner,
//! other desks, a community option) and their rights; then "Mijn overzicht".
//!
//! Never a dead end: when the postcode is unknown or skipped, the gemeente's general
//! contact stands in for the team, with a kind sentence instead of an error.

use super::bring_list::bring_list;
use super::context::Ui;
use super::handover_note::{handover_note, HandoverNoteProps, NoteControls};
use super::next_steps::{next_steps, AdviceLines};
use super::service_card::{listed_card, service_card, Look, ServiceCardProps};
use super::why_disclosure::closed_section;
use crate::engine::{Advice, TeamAdvice, TeamFallback};
use crate::i18n::ids;
use crate::model::{ServiceId, Urgency};
use yew::prelude::*;

/// Element id of the advice heading.
pub const ADVICE_HEADING_ID: &str = "ww-advice-heading";

/// What [`advice_screen`] draws.
pub struct AdviceScreenProps<'a> {
    /// Configuration and words.
    pub ui: &'a Ui,
    /// The advice to show.
    pub advice: &'a Advice,
    /// Identifies this advice among moves: a new advice is new DOM (closed
    /// disclosures, no stale focus).
    pub key: String,
    /// The heading, where the app moves focus when the advice appears.
    pub heading: NodeRef,
    /// The share link for "Mijn overzicht", if the page URL is known.
    pub share_link: Option<AttrValue>,
    /// Back to the last question (design §4: a back link on every screen); no
    /// button when `None`.
    pub on_back: Option<Callback<()>>,
    /// The state of "Mijn overzicht" and its buttons.
    pub note: NoteControls,
}

/// The advice screen.
pub fn advice_screen(props: AdviceScreenProps<'_>) -> Html {
    let ui = props.ui;
    let a = props.advice;
    // Formatted once per render and shared with "Mijn overzicht". The advice renders
    // again on a language switch and when the note's copy status or share link
    // changes: a few dozen messages, no more.
    let lines = AdviceLines::new(ui, a);
    let outcome_id = ids::outcome(&a.outcome);
    // Until the complete Dutch words arrive (ADR 0011) a non-crisis advice has no title
    // of its own: a plain one instead of a missing-text marker.
    let words = ui.l10n.has(&outcome_id);
    let title = if words {
        ui.t(&outcome_id)
    } else {
        ui.t("advice-heading-fallback")
    };
    let why = ui
        .attr(&a.why, ids::WHY)
        .map(|w| (AttrValue::from(w), ui.lang_for_attr(&a.why, ids::WHY)));
    let helper_tip = a
        .helper
        .then(|| ui.attr(&outcome_id, ids::HELPER))
        .flatten();
    let crisis_first = a.urgency == Urgency::Crisis;
    // Crisis advice opens with the outcome's own crisis lines (the engine lists them
    // first). The gemeente's general crisis numbers (the strip's, on every screen) follow
    // the closed sections, open. The first contact is not repeated as a crisis card.
    let own = match crisis_first {
        true => ui
            .config
            .outcomes
            .get(&a.outcome)
            .map_or(0, |o| o.crisis.len()),
        false => 0,
    };
    let (crisis_now, crisis_later) = a.crisis.split_at(own.min(a.crisis.len()));
    let (team_text, teams) = team(ui, a);

    // What to do now comes first and open: the first contact with its call button and
    // what to say on that call (the first step). The rest waits in closed sections, so
    // a resident in distress meets one thing to do, not fifteen screens. Crisis cards
    // are never closed away. The advice is one landmark (named by its heading); the
    // sections inside have no name, so they are not landmarks.
    html! {
        <section class="wegwijzer-advice" key={props.key} aria-labelledby={ADVICE_HEADING_ID}>
            <div class="wegwijzer-no-print">
                if let Some(cb) = props.on_back.clone() {
                    <button type="button" class="wegwijzer-back" onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{ ui.t("button-back") }</button>
                }
                <h2 class="wegwijzer-heading" id={ADVICE_HEADING_ID} tabindex="-1" ref={props.heading} lang={ui.lang_for(&outcome_id)}>{ title.clone() }</h2>
                { urgency_notice(ui, a.urgency, &title) }
                // The advice's words come with the complete Dutch files (ADR 0011); if
                // they have not arrived, say so: the contacts below are data and right.
                if !words {
                    <p class="wegwijzer-notice wegwijzer-notice--urgent" role="status">{ ui.t("advice-words-missing") }</p>
                }
                { crisis_section(ui, "crisis-advice-heading", crisis_now, &a.first_contact) }
                { service_card(ServiceCardProps {
                    ui,
                    service: &a.first_contact,
                    lead: Some(ui.t("first-contact-lead")),
                    why,
                    look: Look::Primary,
                    level: 3,
                }) }
                if let Some(now) = lines.steps.first() {
                    <p class="wegwijzer-advice__now" lang={now.lang.clone()}>{ now.text.clone() }</p>
                }
                if let Some(t) = team_text { <p class="wegwijzer-advice__team-text">{ t }</p> }
                if let Some(tip) = helper_tip {
                    <div class="wegwijzer-advice__helper">
                        <h3 class="wegwijzer-subheading">{ ui.t("helper-tip-heading") }</h3>
                        <p lang={ui.lang_for_attr(&outcome_id, ids::HELPER)}>{ tip }</p>
                    </div>
                }
                { next_steps(ui, &lines.steps) }
                { bring_list(ui.t("bring-heading"), &lines.bring) }
                { more_help(ui, a, &teams) }
                { bring_list(ui.t("handover-rights"), &lines.rights) }
                // After the crisis lines on top, these are the strip's: its title.
                { crisis_section(ui, if crisis_first { "crisis-heading" } else { "crisis-advice-heading" }, crisis_later, &a.first_contact) }
            </div>
            { handover_note(HandoverNoteProps {
                ui,
                advice: a,
                lines: &lines,
                share_link: props.share_link,
                note: props.note,
            }) }
        </section>
    }
}

/// "Meer hulp in de buurt", closed: the wijkteam (or the gemeente standing in for it),
/// the free cliëntondersteuner, the desks the first contact can bring in, other places
/// and the community options. Nothing when there are none.
fn more_help(ui: &Ui, a: &Advice, teams: &[ServiceId]) -> Html {
    if teams.len() + a.bring_in.len() + a.also.len() + a.community.len() == 0
        && a.client_support.is_none()
    {
        return html! {};
    }
    let card = |id: &ServiceId| listed_card(ui, id, Look::Full);
    let compact = |id: &ServiceId| listed_card(ui, id, Look::Compact);
    closed_section(
        ui.t("more-help-heading"),
        html! { <>
            if !teams.is_empty() {
                <section class="wegwijzer-advice__team">
                    <h3 class="wegwijzer-subheading">{ ui.t("team-heading") }</h3>
                    { for teams.iter().map(card) }
                </section>
            }
            if let Some(cs) = &a.client_support {
                <section class="wegwijzer-advice__support">
                    <h3 class="wegwijzer-subheading">{ ui.t("client-support-heading") }</h3>
                    <p>{ ui.t("client-support-text") }</p>
                    { card(cs) }
                </section>
            }
            if !a.bring_in.is_empty() {
                <section class="wegwijzer-advice__bring-in">
                    <h3 class="wegwijzer-subheading">{ ui.t("bring-in-heading") }</h3>
                    <div class="wegwijzer-advice__compact">{ for a.bring_in.iter().map(compact) }</div>
                </section>
            }
            if !a.also.is_empty() {
                <section class="wegwijzer-advice__also">
                    <h3 class="wegwijzer-subheading">{ ui.t("also-heading") }</h3>
                    <div class="wegwijzer-advice__compact">{ for a.also.iter().map(compact) }</div>
                </section>
            }
            if !a.community.is_empty() {
                <section class="wegwijzer-advice__community">
                    <h3 class="wegwijzer-subheading">{ ui.t("community-heading") }</h3>
                    <p>{ ui.t("community-text") }</p>
                    { for a.community.iter().map(card) }
                </section>
            }
        </> },
    )
}

/// The urgent/crisis notice under the heading, unless it would only repeat the heading
/// ("Ben je nu in gevaar? Bel 112." twice in a row helps nobody).
fn urgency_notice(ui: &Ui, urgency: Urgency, heading: &str) -> Html {
    let id = match urgency {
        Urgency::Normal => return html! {},
        Urgency::Urgent => "urgency-urgent",
        Urgency::Crisis => "urgency-crisis",
    };
    let text = ui.t(id);
    if text.trim() == heading.trim() {
        return html! {};
    }
    // Literal classes per branch (see `service_card` on `Classes`).
    match urgency {
        Urgency::Crisis => {
            html! { <p class="wegwijzer-notice wegwijzer-notice--crisis">{ text }</p> }
        }
        _ => html! { <p class="wegwijzer-notice wegwijzer-notice--urgent">{ text }</p> },
    }
}

/// Crisis cards under `heading`, without the first contact (its card is above).
fn crisis_section(ui: &Ui, heading: &str, crisis: &[ServiceId], first: &ServiceId) -> Html {
    if crisis.iter().all(|id| id == first) {
        return html! {};
    }
    html! {
        <section class="wegwijzer-advice__crisis">
            <h3 class="wegwijzer-subheading">{ ui.t(heading) }</h3>
            <div class="wegwijzer-advice__compact">
                { for crisis.iter().filter(|id| *id != first).map(|id| listed_card(ui, id, Look::Compact)) }
            </div>
        </section>
    }
}

/// The sentence about the resident's wijkteam, shown open (never a dead end: an unknown
/// or skipped postcode is said kindly), and the team cards for "Meer hulp in de buurt".
fn team(ui: &Ui, a: &Advice) -> (Option<String>, Vec<ServiceId>) {
    match &a.team {
        TeamAdvice::NotAsked => (None, vec![]),
        TeamAdvice::Found(t) if t == &a.first_contact => (None, vec![]),
        TeamAdvice::Found(t) => (None, vec![t.clone()]),
        TeamAdvice::Choose(ts) => (Some(ui.t("team-choose")), ts.clone()),
        TeamAdvice::GemeenteWide { reason } => {
            let text = match reason {
                TeamFallback::UnknownPostcode => ui.t("team-unknown"),
                _ => ui.t("team-skipped"),
            };
            let general = a.general_contact.clone();
            let teams = if general == a.first_contact {
                vec![]
            } else {
                vec![general]
            };
            (Some(text), teams)
        }
    }
}
