//! The advice engine: a pure state machine from answers to advice.
//!
//! [`Journey`] holds the answers by question id and where the resident is. Every change
//! goes through [`Journey::apply`] with an [`Action`]; nothing here does I/O, reads a
//! clock or touches the browser, so every route can be tested natively and exhaustively.
//! [`advise`] turns a finished journey into an [`Advice`] the UI renders.

mod advice;
mod answers;
mod journey;
pub mod routes;
pub mod rules;
pub mod safety;

#[cfg(test)]
pub(crate) mod testkit;

pub use advice::{advise, Advice, Right, ServiceCard, StepView, TeamAdvice, TeamFallback};
pub use answers::{answer_fits, check_answer, check_input, AnswerError, Input};
pub use journey::{Action, Answers, Journey, JourneyError, Position};
