//! The widget's state: a pure reducer around `Journey::apply`.
//!
//! Design habit 6: the reducer only computes the next value. Focus, events, leaving
//! the page and every other effect happen in components, after the state changed.

use crate::engine::{Action, Journey};
use crate::model::Config;
use std::rc::Rc;
use yew::Reducible;

/// What the widget remembers for one resident: the journey, nothing else.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    /// The configuration the journey runs on (never changes for one widget).
    pub config: Rc<Config>,
    /// Where the resident is and what they answered.
    pub journey: Journey,
    /// Counts moves between screens (answer, back, change, restart), so the screen
    /// knows when to move focus to its heading: never on the first render.
    pub moves: u32,
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A resident action, applied by the engine.
    Apply(Action),
    /// "Snel weg": forget everything, keep nothing.
    Wipe,
}

impl WidgetState {
    /// A state at `journey`, or at the start when there is none.
    pub fn new(config: Rc<Config>, journey: Option<Journey>) -> Self {
        let journey = journey.unwrap_or_else(|| Journey::new(&config));
        WidgetState {
            config,
            journey,
            moves: 0,
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
                    }),
                    // The UI only offers actions that fit; an action that does not
                    // (a stale click) leaves the state as it was.
                    Err(_) => self,
                }
            }
            Msg::Wipe => Rc::new(WidgetState {
                config: Rc::clone(&self.config),
                journey: Journey::new(&self.config),
                moves: 0,
            }),
        }
    }
}
