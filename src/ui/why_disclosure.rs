//! Native `<details>` disclosures: "Waarom vragen we dit?" / "Waarom dit advies?", and
//! the advice's closed sections ("Neem mee", "Je rechten", …).
//!
//! Native so it works with keyboard and screen readers without script, and so a
//! resident who does not care is not slowed down.

use yew::prelude::*;

/// A closed disclosure: the visible `summary` line and the explanation `text`, with
/// `lang` when the text differs from the widget's language (Dutch fallback). `key`
/// gives the `<details>` a new identity, so one opened on an earlier screen is closed.
pub fn why_disclosure(
    summary: String,
    text: AttrValue,
    lang: Option<AttrValue>,
    key: Option<String>,
) -> Html {
    let mut node = html! {
        <details class="wegwijzer-why">
            <summary class="wegwijzer-why__summary">{ summary }</summary>
            <p class="wegwijzer-why__text" {lang}>{ text }</p>
        </details>
    };
    if let (Html::VTag(tag), Some(key)) = (&mut node, key) {
        std::rc::Rc::make_mut(tag).key = Some(key.into());
    }
    node
}

/// A closed section of the advice, named by its `summary`. The summary is plain text,
/// not a heading: a heading inside a summary (a button to assistive technology) is
/// flattened or read twice, depending on the screen reader. A new advice is new DOM
/// (its key), so every section starts closed.
pub fn closed_section(summary: String, body: Html) -> Html {
    html! {
        <details class="wegwijzer-more">
            <summary>{ summary }</summary>
            { body }
        </details>
    }
}
