//! The advice: who to contact first and why, the resident's own wijkteam, the free
//! cliëntondersteuner, a community option next to the formal one, what happens next,
//! what to bring, crisis contacts when needed, and "Mijn overzicht".
//!
//! Never a dead end: when the postcode is unknown or skipped, the gemeente's general
//! contact stands in for the team, with a kind sentence instead of an error.

use super::bring_list::bring_list;
use super::context::Ui;
use super::handover_note::{handover_note, HandoverNoteProps, NoteControls};
use super::next_steps::{next_steps, AdviceLines};
use super::service_card::{listed_card, service_card, Look, ServiceCardProps};
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
    let card = |id: &ServiceId| listed_card(ui, id, Look::Full);

    // The advice is one landmark (named by its heading); the sections inside have no
    // name, so they are not landmarks: ten regions on one advice were noise.
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
                if crisis_first { { crisis_section(ui, &a.crisis) } }
                <div class="wegwijzer-advice__routes">
                    { service_card(ServiceCardProps {
                        ui,
                        service: &a.first_contact,
                        lead: Some(ui.t("first-contact-lead")),
                        why,
                        look: Look::Primary,
                        level: 3,
                    }) }
                    if !a.community.is_empty() {
                        <section class="wegwijzer-advice__community">
                            <h3 class="wegwijzer-subheading" id="ww-community-heading">{ ui.t("community-heading") }</h3>
                            <p>{ ui.t("community-text") }</p>
                            { for a.community.iter().map(card) }
                        </section>
                    }
                </div>
                { team_section(ui, a) }
                if let Some(cs) = &a.client_support {
                    <section class="wegwijzer-advice__support">
                        <h3 class="wegwijzer-subheading" id="ww-support-heading">{ ui.t("client-support-heading") }</h3>
                        <p>{ ui.t("client-support-text") }</p>
                        { card(cs) }
                    </section>
                }
                if !a.bring_in.is_empty() {
                    <section class="wegwijzer-advice__bring-in">
                        <h3 class="wegwijzer-subheading" id="ww-bring-in-heading">{ ui.t("bring-in-heading") }</h3>
                        <div class="wegwijzer-advice__compact">
                            { for a.bring_in.iter().map(|id| listed_card(ui, id, Look::Compact)) }
                        </div>
                    </section>
                }
                if let Some(tip) = helper_tip {
                    <div class="wegwijzer-advice__helper">
                        <h3 class="wegwijzer-subheading" id="ww-helper-tip">{ ui.t("helper-tip-heading") }</h3>
                        <p lang={ui.lang_for_attr(&outcome_id, ids::HELPER)}>{ tip }</p>
                    </div>
                }
                { next_steps(ui, &lines.steps) }
                { bring_list(ui, &lines.bring) }
                if !a.also.is_empty() {
                    <section class="wegwijzer-advice__also">
                        <h3 class="wegwijzer-subheading" id="ww-also-heading">{ ui.t("also-heading") }</h3>
                        <div class="wegwijzer-advice__compact">
                            { for a.also.iter().map(|id| listed_card(ui, id, Look::Compact)) }
                        </div>
                    </section>
                }
                if !crisis_first { { crisis_section(ui, &a.crisis) } }
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

fn crisis_section(ui: &Ui, crisis: &[ServiceId]) -> Html {
    if crisis.is_empty() {
        return html! {};
    }
    html! {
        <section class="wegwijzer-advice__crisis">
            <h3 class="wegwijzer-subheading" id="ww-crisis-heading">{ ui.t("crisis-advice-heading") }</h3>
            <div class="wegwijzer-advice__compact">
                { for crisis.iter().map(|id| listed_card(ui, id, Look::Compact)) }
            </div>
        </section>
    }
}

fn team_section(ui: &Ui, a: &Advice) -> Html {
    let (text, teams): (Option<String>, Vec<ServiceId>) = match &a.team {
        TeamAdvice::NotAsked => return html! {},
        TeamAdvice::Found(t) if t == &a.first_contact => return html! {},
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
    };
    html! {
        <section class="wegwijzer-advice__team">
            <h3 class="wegwijzer-subheading" id="ww-team-heading">{ ui.t("team-heading") }</h3>
            if let Some(t) = text { <p class="wegwijzer-advice__team-text">{ t }</p> }
            { for teams.iter().map(|id| listed_card(ui, id, Look::Full)) }
        </section>
    }
}
