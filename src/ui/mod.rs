//! The resident-facing widget: one yew component, [`App`], and view functions, one
//! piece per file.
//!
//! Owns what the resident sees and does: one question per screen, the crisis strip,
//! the advice, the handover note. It renders from the validated model (`Config`), the
//! engine (`Journey`, `Advice`) and a `Localizer`; it holds no routing logic of its
//! own and spells no config-derived message id itself (those come from `i18n::ids`).
//! It never fetches, never touches storage and never reads the document: the
//! [`embed`](crate::embed) module does that and hands everything in as props. The
//! few browser services it needs (print, clipboard, speech, leaving the page, its
//! browser-history entries) live in [`browser`], so every piece still renders natively
//! for SSR tests.
//!
//! Only `App` is a component: it holds the state (the widget reducer, the question's
//! form memory) and every effect (focus, host events, history entries, Back and
//! Forward). Everything else is a function from its inputs to `Html`, because each
//! yew component brings ~2 KB of yew's component machinery into the module (ADR 0010).
//! A computed `class` is written as literal classes per branch, never `classes!`, for
//! the same reason.

mod advice_screen;
mod answers_summary;
mod app;
mod bring_list;
pub mod browser;
mod choice_field;
mod context;
mod crisis_strip;
mod error_summary;
mod handover_note;
mod helper_toggle;
mod icons;
mod language_switcher;
mod next_steps;
mod postcode_field;
mod progress;
mod question_screen;
mod quick_exit;
mod read_aloud;
mod service_card;
pub mod state;
mod text_field;
mod why_disclosure;

pub use advice_screen::{advice_screen, AdviceScreenProps};
pub use answers_summary::answers_summary;
pub use app::{App, AppProps, HostEvent};
pub use bring_list::bring_list;
pub use context::{Shared, Ui};
pub use crisis_strip::crisis_strip;
pub use handover_note::{
    handover_note, handover_text, CopyStatus, HandoverNoteProps, NoteControls,
};
pub use next_steps::next_steps;
pub use question_screen::{
    question_screen, use_question_memory, QuestionMemory, QuestionScreenProps,
};
pub use quick_exit::quick_exit;
pub use service_card::{listed_card, service_card, Look, ServiceCardProps};
