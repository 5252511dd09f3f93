//! Postcode (and optionally house number) as two plain text inputs.
//!
//! `autocomplete="postal-code"` lets the browser fill it in; no pattern attribute,
//! because residents type "1234ab", "1234 AB" or with a tab, and the engine accepts
//! all of those. The house number is optional and says so in its label. Both inputs are
//! left to right (`dir="ltr"`): typed in Arabic, "9992 cd" must not show as "CD 9992".

use super::context::Ui;
use yew::prelude::*;

/// Element id of the postcode input.
pub const POSTCODE_ID: &str = "ww-postcode";
/// Element id of the house-number input.
pub const HOUSE_ID: &str = "ww-house";

/// What [`postcode_field`] draws.
pub struct PostcodeFieldProps<'a> {
    /// Configuration and words.
    pub ui: &'a Ui,
    /// Also ask for the house number.
    pub house_number: bool,
    /// What is typed in the postcode input.
    pub postcode: AttrValue,
    /// What is typed in the house-number input.
    pub house: AttrValue,
    /// Which input the last error is about, if any.
    pub invalid: Option<&'static str>,
    /// Whether the postcode is needed (`aria-required`, not `required`: Chromium would
    /// call the empty field invalid before anything was typed; the house number never
    /// is needed).
    pub required: bool,
    /// Id of the inline error message.
    pub error_id: Option<AttrValue>,
    /// Called on every keystroke in the postcode input.
    pub on_postcode: Callback<String>,
    /// Called on every keystroke in the house-number input.
    pub on_house: Callback<String>,
}

/// The postcode inputs.
pub fn postcode_field(props: PostcodeFieldProps<'_>) -> Html {
    let ui = props.ui;
    let describe = |id: &str| {
        let mut ids = vec![format!("{id}-hint")];
        if props.invalid == Some(id) {
            ids.extend(props.error_id.iter().map(|e| e.to_string()));
        }
        ids.join(" ")
    };
    let oninput = |cb: Callback<String>| {
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    html! {
        <div class="wegwijzer-postcode">
            <div class="wegwijzer-field">
                <label class="wegwijzer-field__label" for={POSTCODE_ID}>{ ui.t("postcode-label") }</label>
                <p class="wegwijzer-field__hint" id={format!("{POSTCODE_ID}-hint")}>{ ui.t("postcode-hint") }</p>
                <input class="wegwijzer-input wegwijzer-input--postcode" type="text" id={POSTCODE_ID}
                    name="postcode" dir="ltr" autocomplete="postal-code" spellcheck="false"
                    autocapitalize="characters" value={props.postcode.clone()}
                    aria-required={props.required.then_some("true")}
                    aria-invalid={(props.invalid == Some(POSTCODE_ID)).then_some("true")}
                    aria-describedby={describe(POSTCODE_ID)}
                    oninput={oninput(props.on_postcode.clone())} />
            </div>
            if props.house_number {
                <div class="wegwijzer-field">
                    <label class="wegwijzer-field__label" for={HOUSE_ID}>{ ui.t("house-number-label") }</label>
                    <p class="wegwijzer-field__hint" id={format!("{HOUSE_ID}-hint")}>{ ui.t("house-number-hint") }</p>
                    <input class="wegwijzer-input wegwijzer-input--house" type="text" id={HOUSE_ID}
                        name="house-number" dir="ltr" spellcheck="false" value={props.house.clone()}
                        aria-invalid={(props.invalid == Some(HOUSE_ID)).then_some("true")}
                        aria-describedby={describe(HOUSE_ID)}
                        oninput={oninput(props.on_house.clone())} />
                </div>
            }
        </div>
    }
}
