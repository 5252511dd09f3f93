//! "Mijn overzicht": a note the resident takes to the first conversation or gives to
//! someone who helps. Topics, their own words, the advice, what to bring and their
//! rights. Print (print CSS shows only this), copy as plain text, or share a link
//! whose state lives only in the URL fragment (opaque, not secret: the panel says
//! that anyone with the link can see the answers; none on crisis advice unless the
//! gemeente opts in, see `embed::share`).

use super::browser;
use super::context::{arg, Ui};
use super::next_steps::{step_text, AdviceLines};
use crate::engine::Advice;
use crate::i18n::ids;
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
    let first = ui.service(&a.first_contact);
    let topics = topic_labels(ui, a);

    html! {
        <section class="wegwijzer-handover" aria-labelledby="ww-handover-heading">
            <h3 class="wegwijzer-subheading" id="ww-handover-heading">{ ui.t("handover-heading") }</h3>
            <p class="wegwijzer-handover__intro">{ ui.t("handover-intro") }</p>
            <dl class="wegwijzer-handover__list">
                if !topics.is_empty() {
                    <dt>{ ui.t("handover-topics") }</dt>
                    <dd>{ topics.join(", ") }</dd>
                }
                if let Some(words) = &a.own_words {
                    <dt>{ ui.t("handover-own-words") }</dt>
                    <dd class="wegwijzer-handover__words">{ words.clone() }</dd>
                }
                <dt>{ ui.t("handover-advice") }</dt>
                <dd>{ ui.t(&ids::outcome(&a.outcome)) }</dd>
                <dt>{ ui.t("handover-first-contact") }</dt>
                <dd>
                    { &first.name }
                    if let Some(p) = first.main_phone() {
                        { ", " }<a href={p.number.tel_uri()}>{ p.number.display() }</a>
                    }
                </dd>
                if !lines.steps.is_empty() {
                    <dt>{ ui.t("steps-heading") }</dt>
                    <dd><ol>{ for lines.steps.iter().map(|s| html! { <li>{ s.text.clone() }</li> }) }</ol></dd>
                }
                if !lines.bring.is_empty() {
                    <dt>{ ui.t("bring-heading") }</dt>
                    <dd><ul>{ for lines.bring.iter().map(|b| html! { <li>{ b.text.clone() }</li> }) }</ul></dd>
                }
                if !a.rights.is_empty() {
                    <dt>{ ui.t("handover-rights") }</dt>
                    <dd><ul>{ for a.rights.iter().map(|r| html! { <li>{ ui.t(r.message_id()) }</li> }) }</ul></dd>
                }
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
    let first = ui.service(&a.first_contact);
    let phone = first
        .main_phone()
        .map(|p| {
            format!(
                ", {}",
                ui.t_args("phone-call", &[("number", arg(p.number.display()))])
            )
        })
        .unwrap_or_default();
    out.push(format!(
        "{}: {}{phone}",
        ui.t("handover-first-contact"),
        first.name
    ));
    if let Some(cs) = &a.client_support {
        let s = ui.service(cs);
        let phone = s
            .main_phone()
            .map(|p| format!(", {}", p.number.display()))
            .unwrap_or_default();
        out.push(format!(
            "{}: {}{phone}",
            ui.t("handover-client-support"),
            s.name
        ));
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
        out.extend(
            a.bring
                .iter()
                .map(|b| format!("- {}", ui.t(&ids::bring(b)))),
        );
    }
    if !a.rights.is_empty() {
        out.push(String::new());
        out.push(ui.t("handover-rights"));
        out.extend(
            a.rights
                .iter()
                .map(|r| format!("- {}", ui.t(r.message_id()))),
        );
    }
    out.join("\n").replace(['\u{2068}', '\u{2069}'], "")
}
