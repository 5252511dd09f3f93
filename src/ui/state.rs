//! The widget's state: a pure reducer around `Journey::apply`, the trail of screens
//! the browser's Back and Forward return to, and the little that "Mijn overzicht"
//! remembers on one advice.
//!
//! Design habit 6: the reducer only computes the next value. Focus, events, browser
//! history entries, leaving the page and every other effect happen in `App`, after
//! the state changed. A history entry holds only a move index ([`Trail::index`]);
//! the journeys it points to stay here, in memory, and are gone with "Snel weg".

use super::handover_note::CopyStatus;
use super::read_aloud::Reading;
use crate::engine::{Action, Journey, Position};
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
    /// The screens of this widget's browser-history entries, for Back and Forward.
    pub trail: Trail,
    /// Whether the screen on show came from a move of the resident, so `App` adds a
    /// history entry for it; not after Back or Forward in the browser (`Msg::Travel`).
    pub push: bool,
    /// What "Lees voor" shows; off on every move and helper toggle (`App` stops the
    /// speech).
    pub reading: Reading,
}

/// One journey per screen the resident moved to, in order, and which one is on show.
/// Browser-history entries name a screen by its move index, never by its answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Trail {
    /// The move index of `journeys[0]`. A wipe starts the next trail above every index
    /// handed out before, so an entry from before "Snel weg" is unknown.
    pub first: u32,
    /// Which journey is on show.
    pub at: usize,
    /// The journeys, one per screen; never empty.
    pub journeys: Vec<Journey>,
}

impl Trail {
    fn new(first: u32, journey: Journey) -> Trail {
        Trail {
            first,
            at: 0,
            journeys: vec![journey],
        }
    }

    /// The move index of the screen on show, as its history entry holds it.
    pub fn index(&self) -> u32 {
        self.first + self.at as u32
    }

    /// The position in `journeys` of move index `index`; `None` names the first screen
    /// (an entry without this widget's key), an index it never handed out is unknown.
    fn find(&self, index: Option<u32>) -> Option<usize> {
        match index {
            None => Some(0),
            Some(i) => i
                .checked_sub(self.first)
                .map(|k| k as usize)
                .filter(|k| *k < self.journeys.len()),
        }
    }

    /// The first index after every one this trail handed out.
    fn end(&self) -> u32 {
        self.first + self.journeys.len() as u32
    }
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
    /// The browser went Back or Forward to the history entry with this move index
    /// (`None`: the entry has no index of this widget, so its first screen).
    Travel(Option<u32>),
    /// "Lees voor" started reading, stopped or ended, or found no voice.
    Read(Reading),
}

impl WidgetState {
    /// A state at `journey`, or at the start when there is none.
    pub fn new(config: Rc<Config>, journey: Option<Journey>) -> Self {
        Self::starting_at(config, journey, 0)
    }

    fn starting_at(config: Rc<Config>, journey: Option<Journey>, first: u32) -> Self {
        let journey = journey.unwrap_or_else(|| Journey::new(&config));
        WidgetState {
            config,
            trail: Trail::new(first, journey.clone()),
            journey,
            moves: 0,
            copy: CopyStatus::Idle,
            show_link: false,
            push: false,
            reading: Reading::Off,
        }
    }

    /// The state after the browser went to move `index` (see [`Msg::Travel`]).
    fn travel(self: Rc<Self>, index: Option<u32>) -> Rc<Self> {
        let Some(at) = self.trail.find(index) else {
            // Not one of ours any more ("Snel weg", or another life of the page): the
            // first question with no answers, and a trail that knows nothing older.
            let fresh = WidgetState::starting_at(Rc::clone(&self.config), None, self.trail.end());
            return Rc::new(WidgetState {
                moves: self.moves + 1,
                ..fresh
            });
        };
        if at == self.trail.at {
            return self;
        }
        let journey = resume(&self.config, &self.journey, &self.trail.journeys[at]);
        Rc::new(WidgetState {
            config: Rc::clone(&self.config),
            journey,
            moves: self.moves + 1,
            copy: CopyStatus::Idle,
            show_link: false,
            trail: Trail {
                at,
                ..self.trail.clone()
            },
            push: false,
            reading: Reading::Off,
        })
    }
}

/// The screen of `snapshot`, reached from the answers of `current`: an earlier
/// question shows with its answer and keeps the later ones, as the in-widget Back
/// does. Only when the current answers do not lead there (the resident started again,
/// say) does the snapshot itself come back.
fn resume(config: &Config, current: &Journey, snapshot: &Journey) -> Journey {
    let resumed = match snapshot.position() {
        Position::Question(q) => current.apply(config, Action::Change(q.clone())).ok(),
        Position::Outcome(_) => {
            let j = Journey::from_answers(config, current.answers().clone(), current.helper());
            (j.position() == snapshot.position()).then_some(j)
        }
    };
    resumed.unwrap_or_else(|| snapshot.clone())
}

impl Reducible for WidgetState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        match msg {
            Msg::Apply(action) => {
                let moves_screen = !matches!(action, Action::SetHelper(_));
                match self.journey.apply(&self.config, action) {
                    Ok(journey) => {
                        let mut trail = self.trail.clone();
                        if moves_screen {
                            // A move drops the screens ahead, as the browser drops
                            // its forward entries when one is added.
                            trail.journeys.truncate(trail.at + 1);
                            trail.journeys.push(journey.clone());
                            trail.at += 1;
                        } else {
                            trail.journeys[trail.at] = journey.clone();
                        }
                        Rc::new(WidgetState {
                            config: Rc::clone(&self.config),
                            journey,
                            moves: self.moves + u32::from(moves_screen),
                            copy: CopyStatus::Idle,
                            show_link: false,
                            trail,
                            push: moves_screen,
                            reading: Reading::Off,
                        })
                    }
                    // The UI only offers actions that fit; an action that does not
                    // (a stale click) leaves the state as it was.
                    Err(_) => self,
                }
            }
            // Still counted as a move, so `moves` never repeats: a copy started before
            // the wipe stays stale, and the screen after it is always a new one.
            Msg::Wipe => Rc::new(WidgetState {
                moves: self.moves + 1,
                ..WidgetState::starting_at(Rc::clone(&self.config), None, self.trail.end())
            }),
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
            Msg::Travel(index) => self.travel(index),
            Msg::Read(reading) => Rc::new(WidgetState {
                reading,
                ..(*self).clone()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testkit;
    use crate::model::{Answer, QuestionId};

    fn start() -> Rc<WidgetState> {
        Rc::new(WidgetState::new(Rc::new(testkit::config()), None))
    }

    fn answer(s: Rc<WidgetState>, q: &str, a: Answer) -> Rc<WidgetState> {
        s.reduce(Msg::Apply(Action::Answer(QuestionId::new(q), a)))
    }

    fn at_q(q: &str) -> Position {
        Position::Question(QuestionId::new(q))
    }

    /// Two moves: the money question, then its answer, which leads to an advice.
    fn two_moves() -> Rc<WidgetState> {
        let s = answer(start(), "topic", testkit::picks(&["money"]));
        assert_eq!((s.trail.index(), s.push), (1, true));
        let s = answer(s, "debt-threat", Answer::Choice("yes".into()));
        assert!(matches!(s.journey.position(), Position::Outcome(_)));
        assert_eq!((s.trail.index(), s.moves), (2, 2));
        s
    }

    #[test]
    fn back_and_forward_show_earlier_screens_with_every_answer_kept() {
        let end = two_moves();
        let back = end.clone().reduce(Msg::Travel(Some(1)));
        assert_eq!(back.journey.position(), &at_q("debt-threat"));
        assert_eq!(
            back.journey.answers(),
            end.journey.answers(),
            "answers kept"
        );
        assert_eq!(
            (back.moves, back.push),
            (3, false),
            "a screen change, no new entry"
        );
        let first = back.reduce(Msg::Travel(None));
        assert_eq!(first.journey.position(), &at_q("topic"));
        assert_eq!(first.journey.answers(), end.journey.answers());
        let forward = first.reduce(Msg::Travel(Some(2)));
        assert_eq!(forward.journey, end.journey);
        let again = forward.clone().reduce(Msg::Travel(Some(2)));
        assert!(
            Rc::ptr_eq(&again, &forward),
            "landing where it is changes nothing"
        );
    }

    /// "Lees voor" shows off after every screen change and helper toggle (issue 19).
    #[test]
    fn reading_aloud_is_off_after_a_move_back_travel_wipe_and_helper_toggle() {
        let reading = |s: Rc<WidgetState>| s.reduce(Msg::Read(Reading::On));
        let s = reading(start());
        assert_eq!(s.reading, Reading::On);
        let moved = answer(s, "topic", testkit::picks(&["money"]));
        assert_eq!(moved.reading, Reading::Off, "a move");
        for msg in [
            Msg::Apply(Action::Back),
            Msg::Apply(Action::SetHelper(true)),
            Msg::Travel(Some(0)),
            Msg::Wipe,
        ] {
            assert_eq!(reading(moved.clone()).reduce(msg).reading, Reading::Off);
        }
        let note = moved.reduce(Msg::Read(Reading::NoVoice));
        assert_eq!(note.reading, Reading::NoVoice);
        assert_eq!(note.reduce(Msg::Read(Reading::Off)).reading, Reading::Off);
    }

    #[test]
    fn a_move_after_back_drops_the_screens_ahead() {
        let back = two_moves().reduce(Msg::Travel(Some(1)));
        let moved = answer(back, "debt-threat", Answer::Choice("no".into()));
        assert_eq!((moved.trail.index(), moved.trail.journeys.len()), (2, 3));
        let unknown = moved.reduce(Msg::Travel(Some(3)));
        assert_eq!(unknown.journey, Journey::new(&unknown.config));
    }

    #[test]
    fn back_after_restart_brings_the_earlier_screen_back() {
        let end = two_moves();
        let restarted = end.clone().reduce(Msg::Apply(Action::Restart));
        assert!(restarted.journey.answers().is_empty());
        assert_eq!(restarted.reduce(Msg::Travel(Some(2))).journey, end.journey);
    }

    #[test]
    fn after_a_wipe_no_entry_brings_an_answer_back() {
        let wiped = two_moves().reduce(Msg::Wipe);
        assert_eq!(wiped.trail.index(), 3, "above every index handed out");
        assert_eq!((wiped.moves, wiped.push), (3, false), "no new entry");
        for index in [None, Some(0), Some(1), Some(2)] {
            let s = wiped.clone().reduce(Msg::Travel(index));
            assert!(s.journey.answers().is_empty(), "{index:?}");
            assert_eq!(s.journey.position(), &at_q("topic"));
        }
    }

    #[test]
    fn the_helper_toggle_is_no_move() {
        let s = start().reduce(Msg::Apply(Action::SetHelper(true)));
        assert_eq!((s.moves, s.push, s.trail.index()), (0, false, 0));
        assert!(s.trail.journeys[0].helper());
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
