//! Model id → Fluent message id. The only place that spells message ids for config
//! content, so the UI, the CLI checks and the locale tests always agree.
//!
//! Helper mode (someone fills the widget in for another person) is one rule for every
//! message, not an id per kind: `<id>-helper` ([`helper`]) is the third-person variant
//! of `<id>`, used when it exists and `<id>` otherwise (neutral texts need none).
//! [`Localizer::helper_id`](super::Localizer::helper_id) decides which one is shown.

use crate::model::{BringId, OptionId, OutcomeId, QuestionId, ServiceId, StepId};

/// What ends the id of a message's helper-mode variant.
pub const HELPER_SUFFIX: &str = "-helper";

/// The helper-mode variant of any message: `<id>-helper`, third person about the person
/// helped ("de ander"), second person for the helper. Its attributes override the base
/// message's; an attribute it lacks comes from the base message.
pub fn helper(id: &str) -> String {
    format!("{id}{HELPER_SUFFIX}")
}

/// Whether `id` names a helper-mode variant (for the locale checks).
pub fn is_helper(id: &str) -> bool {
    id.ends_with(HELPER_SUFFIX)
}

/// The question as a title: `question-<id>` (attributes `.hint`, `.why`); in helper
/// mode shown as its [`helper`] variant like every other message.
pub fn question(id: &QuestionId) -> String {
    format!("question-{id}")
}

/// An option label: `option-<question>-<option>`. Yes-no questions use
/// [`YES`]/[`NO`] instead.
pub fn option(question: &QuestionId, option: &OptionId) -> String {
    format!("option-{question}-{option}")
}

/// Shared label for the `yes` option of yes-no questions.
pub const YES: &str = "answer-yes";
/// Shared label for the `no` option of yes-no questions.
pub const NO: &str = "answer-no";

/// The advice title: `outcome-<id>` (attributes `.why`, `.helper`).
pub fn outcome(id: &OutcomeId) -> String {
    format!("outcome-{id}")
}

/// A "what happens next" step: `step-<id>` (variable `$term`).
pub fn step(id: &StepId) -> String {
    format!("step-{id}")
}

/// A "what to bring" item: `bring-<id>`.
pub fn bring(id: &BringId) -> String {
    format!("bring-{id}")
}

/// One line about what a service does: `service-<id>`; its attribute [`NAME`] names
/// the service in a language other than Dutch.
pub fn service(id: &ServiceId) -> String {
    format!("service-{id}")
}

/// What starts the id of a glossary entry: `glossary-<term> = <forms>: <explanation>`
/// (see [`super::glossary`]); a gemeente's overlay may add entries.
pub const GLOSSARY: &str = "glossary-";

/// Formats a term's duration; variables `$amount` and `$unit`.
pub const DURATION: &str = "duration";

/// Attribute with the reason behind a question or advice.
pub const WHY: &str = "why";
/// Attribute with a short hint under a question or option.
pub const HINT: &str = "hint";
/// Attribute with a tip for helpers on an advice (on `outcome-<id>`; an
/// `outcome-<id>-helper` may leave it out and inherit it).
pub const HELPER: &str = "helper";
/// Attribute with a service's name in one language other than Dutch (on
/// `service-<id>`, in a gemeente's overlay): the configuration's `name` is the Dutch
/// one, shown with `lang="nl"` where a language has none (ADR 0013).
pub const NAME: &str = "name";
