//! The widget's state: a pure reducer around `Journey::apply`, plus the little that
//! "Mijn overzicht" remembers on one advice.
//!
//! Design habit 6: the reducer only computes the next value. Focus, events, leaving
//! the page and every other effect happen in `App`, after the state changed.

use super::handover_note::CopyStatus;
use crate::engine::{Action, Journey};
use crate::model::Config;
use std::rc::Rc;
use yew::Reducible;

/// What the widget remembers for one resident: the journey and, on the advice, what
/// the note's buttons did. Nothing else.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    /// The configuration the journey runs on (never changes for one widget).
    pub config: Rc<Config>,
    /// Where the resident is and what they answered.
    pub journey: Journey,
    /// Counts moves between screens (answer, back, change, restart), so `App` knows
    /// when to move focus to the new screen's heading: never on the first render.
    pub moves: u32,
    /// What the last copy on the advice did; back to idle on every move.
    pub copy: CopyStatus,
    /// Whether the share link on the advice is unfolded; folded on every move.
    pub show_link: bool,
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A resident action, applied by the engine.
    Apply(Action),
    /// "Snel weg": forget everything, keep nothing.
    Wipe,
    /// A copy on the advice finished: whether the browser took the text. `moves` is
    /// the move it was started on; a copy that finishes after the resident moved on
    /// (or left with "Snel weg") changes nothing.
    Copied {
        /// Whether the browser took the text.
        ok: bool,
        /// [`WidgetState::moves`] when the copy started.
        moves: u32,
    },
    /// "Deel link": fold the share link in or out.
    ToggleShareLink,
}

impl WidgetState {
    /// A state at `journey`, or at the start when there is none.
    pub fn new(config: Rc<Config>, journey: Option<Journey>) -> Self {
        let journey = journey.unwrap_or_else(|| Journey::new(&config));
        WidgetState {
            config,
            journey,
            moves: 0,
            copy: CopyStatus::Idle,
            show_link: false,
        }
    }
}

impl Reducible for WidgetState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        match msg {
            Msg::Apply(action) => {
                let moves_screen = !matches!(action, Action::SetHelper(_));
                match self.journey.apply(&self.config, action) {
                    Ok(journey) => Rc::new(WidgetState {
                        config: Rc::clone(&self.config),
                        journey,
                        moves: self.moves + u32::from(moves_screen),
                        copy: CopyStatus::Idle,
                        show_link: false,
                    }),
                    // The UI only offers actions that fit; an action that does not
                    // (a stale click) leaves the state as it was.
                    Err(_) => self,
                }
            }
            Msg::Wipe => Rc::new(WidgetState::new(Rc::clone(&self.config), None)),
            Msg::Copied { moves, .. } if moves != self.moves => self,
            Msg::Copied { ok, .. } => Rc::new(WidgetState {
                copy: if ok {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                },
                ..(*self).clone()
            }),
            Msg::ToggleShareLink => Rc::new(WidgetState {
                show_link: !self.show_link,
                ..(*self).clone()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testkit;

    fn start() -> Rc<WidgetState> {
        Rc::new(WidgetState::new(Rc::new(testkit::config()), None))
    }

    #[test]
    fn a_copy_shows_its_status_until_the_next_move() {
        let s = start().reduce(Msg::Copied { ok: true, moves: 0 });
        assert_eq!(s.copy, CopyStatus::Copied);
        let s = s.reduce(Msg::Copied {
            ok: false,
            moves: 0,
        });
        assert_eq!(s.copy, CopyStatus::Failed);
        let s = s.reduce(Msg::ToggleShareLink);
        assert!(s.show_link);
        let moved = s.reduce(Msg::Apply(Action::Restart));
        assert_eq!(moved.moves, 1, "restart is a move");
        assert_eq!((moved.copy, moved.show_link), (CopyStatus::Idle, false));
    }

    #[test]
    fn a_copy_that_finishes_after_a_move_changes_nothing() {
        let moved = start().reduce(Msg::Apply(Action::Restart));
        let s = moved.clone().reduce(Msg::Copied { ok: true, moves: 0 });
        assert!(
            Rc::ptr_eq(&s, &moved),
            "a stale copy leaves the state as it was"
        );
        assert_eq!(s.copy, CopyStatus::Idle);
    }
}
