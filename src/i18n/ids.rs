//! Model id → Fluent message id. The only place that spells message ids for config
//! content, so the UI, the CLI checks and the locale tests always agree.

use crate::model::{BringId, OptionId, OutcomeId, QuestionId, ServiceId, StepId};

/// The question as a title: `question-<id>` (attributes `.hint`, `.why`), or in helper
/// mode the third-person variant `question-<id>-helper`.
pub fn question(id: &QuestionId, helper: bool) -> String {
    if helper {
        format!("question-{id}-helper")
    } else {
        format!("question-{id}")
    }
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

/// One line about what a service does: `service-<id>`.
pub fn service(id: &ServiceId) -> String {
    format!("service-{id}")
}

/// Formats a term's duration; variables `$amount` and `$unit`.
pub const DURATION: &str = "duration";

/// Attribute with the reason behind a question or advice.
pub const WHY: &str = "why";
/// Attribute with a short hint under a question or option.
pub const HINT: &str = "hint";
/// Attribute with a tip for helpers on an advice.
pub const HELPER: &str = "helper";
