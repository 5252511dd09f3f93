//! The root component: holds the journey, picks the screen, and wires the always-
//! present parts (crisis strip, quick exit, language, read aloud, answers).
//!
//! State is a pure reducer ([`super::state`]); effects here report steps to the host
//! page (ids, never answers), move focus, add browser-history entries (move indices,
//! never answers) and listen for Back and Forward (`popstate`, and `pageshow` from the
//! back-forward cache), from when the app mounts until it is destroyed. Escape twice
//! and keeping focus clear of the "Snel weg" bar are the loader's (`wegwijzer.js`).

use super::advice_screen::{advice_screen, AdviceScreenProps};
use super::answers_summary::answers_summary;
use super::browser;
use super::context::{Shared, Ui};
use super::crisis_strip::crisis_strip;
use super::handover_note::NoteControls;
use super::helper_toggle::helper_toggle;
use super::language_switcher::language_switcher;
use super::question_screen::{question_screen, use_question_memory, QuestionScreenProps};
use super::quick_exit::quick_exit;
use super::read_aloud::read_aloud;
use super::state::{Msg, WidgetState};
use crate::embed::share;
use crate::engine::{advise, Action, Journey, Position};
use crate::i18n::{ids, Localizer};
use crate::model::{Answer, Config, OutcomeId, QuestionId, QuickExit};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the widget tells the host page: never answers, and ids only where the
/// gemeente made them public (`gemeente.public-events`; the checker keeps sensitive
/// questions and urgent or crisis advice out), since every script on the page, session
/// replay included, hears these events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    /// A question is on screen (`wegwijzer:step`): its number on the route, and its id
    /// if public.
    Step(usize, Option<QuestionId>),
    /// An advice is on screen (`wegwijzer:advice`), with its outcome id if public.
    Advice(Option<OutcomeId>),
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The validated configuration.
    pub config: Shared<Config>,
    /// The words in the resident's language (Dutch fallback inside).
    pub l10n: Shared<Localizer>,
    /// Where to start (a share link); the start question when `None`.
    #[prop_or_default]
    pub initial: Option<Journey>,
    /// Receives step and advice events for the host page.
    #[prop_or_default]
    pub on_event: Callback<HostEvent>,
    /// Asked to switch language; the embed fetches words and passes a new `l10n`.
    #[prop_or_default]
    pub on_language: Callback<String>,
    /// Asks the embed to make the words complete: the bundled Dutch has the first
    /// screens only; the rest (every advice, the helper-mode variants) is fetched and
    /// passed as a new `l10n` (ADR 0011). Called when helper mode is turned on and when
    /// an advice lacks its words; the embed fetches at most once at a time.
    #[prop_or_default]
    pub on_words: Callback<()>,
    /// Whether the browser can read aloud (checked once by the embed).
    #[prop_or_default]
    pub speech: bool,
    /// The page URL without fragment, for share links; no "Deel link" without it.
    #[prop_or_default]
    pub page_url: Option<AttrValue>,
    /// This widget's key in the browser-history state (unique on the page). `None`
    /// leaves browser history alone (server-side renders, tests).
    #[prop_or_default]
    pub history_key: Option<AttrValue>,
}

/// The window events after which the widget shows the screen of the history entry.
const KINDS: [&str; 2] = ["popstate", "pageshow"];

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let (config, initial) = (Rc::clone(&props.config.0), props.initial.clone());
        use_reducer(move || WidgetState::new(config, initial))
    };
    let ui = Ui::new(props.config.clone(), props.l10n.clone()).with_helper(state.journey.helper());
    let content = use_node_ref();
    // The heading of the screen on show, question or advice: it takes focus on a move.
    let heading = use_node_ref();
    let question = use_question_memory();
    let journey = &state.journey;
    let config = &*props.config;

    // The route is walked once per render: numbers and "Je antwoorden" follow from it.
    let path = journey.path(config);
    {
        let on_event = props.on_event.clone();
        let public = |id: &str| config.gemeente.is_public(id);
        let event = match journey.position() {
            Position::Question(q) => {
                HostEvent::Step(path.len() + 1, public(q.as_str()).then(|| q.clone()))
            }
            Position::Outcome(o) => HostEvent::Advice(public(o.as_str()).then(|| o.clone())),
        };
        use_effect_with(event, move |e| on_event.emit(e.clone()));
    }

    // An advice whose words have not arrived yet (or could not be fetched): ask again.
    {
        let words = props.on_words.clone();
        let missing = match journey.position() {
            Position::Outcome(o) => !props.l10n.has(&ids::outcome(o)),
            Position::Question(_) => false,
        };
        use_effect_with(
            (journey.position().clone(), missing),
            move |(_, missing)| {
                if *missing {
                    words.emit(());
                }
            },
        );
    }

    // Every move puts focus on the new screen's heading: never on the first render,
    // not on a language switch or the helper toggle (they do not count as moves).
    // That focus is the one announcement of a new screen: there is no live region
    // repeating the heading (a screen reader would say it twice). Live regions only
    // say what focus does not: see `question_screen`.
    // A move adds a history entry; Back or Forward in the browser records where it
    // landed (the same index, or the first screen's after an unknown one). Reading
    // aloud stops: it would read what is gone (the reducer shows it off).
    {
        let heading = heading.clone();
        let (key, index, push) = (props.history_key.clone(), state.trail.index(), state.push);
        use_effect_with(state.moves, move |moves| {
            if *moves > 0 {
                browser::stop_speaking();
                browser::focus(&heading);
                if let Some(key) = key {
                    browser::history_record(&key, index, push);
                }
            }
        });
    }
    // Back and Forward in the browser, for as long as the app lives. (Escape twice
    // and keeping focus clear of the "Snel weg" bar are page listeners in the loader,
    // `wegwijzer.js`: they need no state, and cost a fraction of the bytes there.)
    {
        let (d, first) = (state.dispatcher(), state.trail.index());
        use_effect_with(props.history_key.clone(), move |key| {
            let key = key.clone().zip(web_sys::window()).map(|(key, win)| {
                browser::history_record(&key, first, false);
                let seen = Cell::new(browser::exits());
                // Also on every `pageshow`: a page back from the back-forward cache
                // fires no `popstate`. Landing where it already is changes nothing.
                let travel = Closure::<dyn FnMut()>::new(move || {
                    // "Snel weg" (of any widget here) left the page since: nothing
                    // answered before comes back.
                    if seen.replace(browser::exits()) != browser::exits() {
                        d.dispatch(Msg::Wipe);
                    }
                    d.dispatch(Msg::Travel(browser::history_index(&key)));
                });
                for kind in KINDS {
                    let _ =
                        win.add_event_listener_with_callback(kind, travel.as_ref().unchecked_ref());
                }
                (win, travel)
            });
            move || {
                if let Some((win, travel)) = key {
                    for kind in KINDS {
                        let _ = win.remove_event_listener_with_callback(
                            kind,
                            travel.as_ref().unchecked_ref(),
                        );
                    }
                }
            }
        });
    }
    // The question's form starts over on every step; after a failed submit the error
    // summary takes focus, each time.
    if let Position::Question(q) = journey.position() {
        question.sync((q.clone(), state.moves), journey.answer(q));
    }
    {
        let summary = question.summary.clone();
        use_effect_with(question.attempts(), move |n| {
            if *n > 0 {
                browser::focus(&summary);
            }
        });
    }

    let advice = advise(config, journey);
    let offered = match config.gemeente.quick_exit {
        QuickExit::EveryScreen => true,
        QuickExit::SensitiveScreens => match &advice {
            Some(a) => a.quick_exit,
            None => question_screen_sensitive(config, journey, &path),
        },
    };
    // Plain callbacks, made fresh on every render: the views they go to are functions,
    // drawn again with the app anyway (ADR 0010), so memoising them would buy nothing.
    let exit = {
        let (state, url) = (state.dispatcher(), config.gemeente.quick_exit_url.clone());
        Callback::from(move |_: ()| {
            state.dispatch(Msg::Wipe);
            browser::leave(&url);
        })
    };
    let on_change = {
        let d = state.dispatcher();
        Callback::from(move |q: QuestionId| d.dispatch(Msg::Apply(Action::Change(q))))
    };
    let on_restart = {
        let d = state.dispatcher();
        Callback::from(move |_: ()| d.dispatch(Msg::Apply(Action::Restart)))
    };
    let on_back = {
        let d = state.dispatcher();
        Callback::from(move |_: ()| d.dispatch(Msg::Apply(Action::Back)))
    };
    let on_helper = {
        let (d, words) = (state.dispatcher(), props.on_words.clone());
        Callback::from(move |on: bool| {
            browser::stop_speaking();
            d.dispatch(Msg::Apply(Action::SetHelper(on)));
            if on {
                words.emit(());
            }
        })
    };

    let screen = match journey.position() {
        Position::Question(q) => {
            let on_answer = {
                let (d, q) = (state.dispatcher(), q.clone());
                Callback::from(move |a: Answer| {
                    d.dispatch(Msg::Apply(Action::Answer(q.clone(), a)))
                })
            };
            // The route is walked once per render: the number follows from `path`.
            let number = path.len() + 1;
            let at_most = journey.questions_at_most(config);
            // Not keyed: the screen starts over when `step` changes, and yew patches
            // the DOM instead of removing and rebuilding it.
            html! {
                { question_screen(QuestionScreenProps {
                    ui: &ui,
                    question: q,
                    number,
                    at_most,
                    step: state.moves,
                    can_go_back: !path.is_empty(),
                    heading: heading.clone(),
                    memory: question.clone(),
                    on_answer,
                    on_back: on_back.clone(),
                }) }
            }
        }
        Position::Outcome(o) => {
            // No share link on crisis advice unless the gemeente opts in (share::offered).
            let share_link = props
                .page_url
                .as_ref()
                .filter(|_| advice.as_ref().is_some_and(|a| share::offered(config, a)))
                // Its words follow the first question (ADR 0016).
                .filter(|_| ui.l10n.has("share-anyone"))
                .map(|base| {
                    AttrValue::from(share::link(
                        base,
                        props.history_key.as_deref().unwrap_or("w0"),
                        journey.answers(),
                        journey.helper(),
                        ui.lang(),
                        config.gemeente.form,
                    ))
                });
            let note = NoteControls {
                copy: state.copy,
                show_link: state.show_link,
                on_copied: {
                    let (d, moves) = (state.dispatcher(), state.moves);
                    Callback::from(move |ok: bool| d.dispatch(Msg::Copied { ok, moves }))
                },
                on_share: {
                    let d = state.dispatcher();
                    Callback::from(move |_: ()| d.dispatch(Msg::ToggleShareLink))
                },
            };
            match &advice {
                Some(advice) => advice_screen(AdviceScreenProps {
                    ui: &ui,
                    advice,
                    key: format!("o-{o}-{}", state.moves),
                    heading: heading.clone(),
                    share_link,
                    on_back: (!path.is_empty()).then(|| on_back.clone()),
                    note,
                }),
                None => html! {},
            }
        }
    };
    let on_question = matches!(journey.position(), Position::Question(_));

    html! {
        <div class="wegwijzer" lang={ui.lang().to_owned()} dir={props.l10n.dir().as_str()}>
            if offered {
                { quick_exit(&ui, exit) }
            }
            { crisis_strip(&ui) }
            <div class="wegwijzer-toolbar wegwijzer-no-print">
                { language_switcher(&ui, props.on_language.clone()) }
                if props.speech {
                    { read_aloud(&ui, content.clone(), state.reading, state.dispatcher()) }
                }
            </div>
            if on_question {
                { helper_toggle(&ui, journey.helper(), on_helper) }
            }
            // Plain words: the glossary script (ADR 0016) watches this element and
            // explains hard words at their first use, with the entries given here in
            // the screen's language.
            <div class="wegwijzer-main" ref={content} data-glossary={ui.glossary()}>
                { screen }
            </div>
            { answers_summary(&ui, &path, journey.answers(), on_change, on_restart) }
        </div>
    }
}

/// Whether a question screen needs the quick exit: the question itself is sensitive,
/// or an earlier answer on the route was sensitive or signalled danger.
fn question_screen_sensitive(config: &Config, journey: &Journey, path: &[QuestionId]) -> bool {
    let current = journey
        .current_question(config)
        .is_some_and(|q| q.sensitive);
    current
        || path.iter().any(|qid| {
            let Some(q) = config.questionnaire.find(qid) else {
                return false;
            };
            let danger = journey.answer(qid).is_some_and(|a| {
                q.kind
                    .choices()
                    .iter()
                    .any(|c| c.danger && a.includes(&c.id))
            });
            q.sensitive || danger
        })
}
