//! The resident's own words: a textarea with a character count.
//!
//! No hard `maxlength`: the browser would silently cut a pasted text. Instead the
//! count says how many characters are left (or too many), and the engine reports
//! "too long" on submit, like the GOV.UK character count. The count on screen is not
//! live (it would be said on every key); the question's status region says it near
//! the limit only.

use super::context::{num, Ui};
use yew::prelude::*;

/// Element id of the textarea.
pub const TEXT_ID: &str = "ww-text";

/// What [`text_field`] draws.
pub struct TextFieldProps<'a> {
    /// Configuration and words.
    pub ui: &'a Ui,
    /// Id of the element that names the textarea (the question heading).
    pub labelled_by: AttrValue,
    /// What is typed.
    pub value: AttrValue,
    /// Maximum length in characters.
    pub max: usize,
    /// Whether the last submit failed.
    pub invalid: bool,
    /// Whether an answer is needed (`aria-required`; see `postcode_field`).
    pub required: bool,
    /// Ids of elements describing the textarea (hint, error).
    pub described_by: Option<AttrValue>,
    /// Called on every keystroke.
    pub on_input: Callback<String>,
}

/// The textarea and its count.
pub fn text_field(props: TextFieldProps<'_>) -> Html {
    let ui = props.ui;
    let used = props.value.chars().count();
    let count = if used <= props.max {
        ui.t_args("text-count", &[("left", num(props.max - used))])
    } else {
        ui.t_args("text-over", &[("over", num(used - props.max))])
    };
    let count_id = format!("{TEXT_ID}-count");
    let described = match &props.described_by {
        Some(d) => format!("{d} {count_id}"),
        None => count_id.clone(),
    };
    let cb = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        cb.emit(area.value());
    });
    html! {
        <div class="wegwijzer-field">
            <textarea class="wegwijzer-textarea" id={TEXT_ID} name="text" rows="5"
                aria-labelledby={props.labelled_by.clone()}
                aria-required={props.required.then_some("true")}
                aria-invalid={props.invalid.then_some("true")}
                aria-describedby={described}
                value={props.value.clone()} {oninput} />
            if used > props.max {
                <p id={count_id} class="wegwijzer-count wegwijzer-count--over">{ count }</p>
            } else {
                <p id={count_id} class="wegwijzer-count">{ count }</p>
            }
        </div>
    }
}
