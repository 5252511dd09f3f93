//! "Waarom vragen we dit?" / "Waarom dit advies?": a native `<details>` disclosure.
//!
//! Native so it works with keyboard and screen readers without script, and so a
//! resident who does not care is not slowed down.

use yew::prelude::*;

/// Props of [`WhyDisclosure`].
#[derive(Properties, PartialEq)]
pub struct WhyDisclosureProps {
    /// The visible summary line.
    pub summary: AttrValue,
    /// The explanation.
    pub text: AttrValue,
    /// `lang` of the text when it differs from the widget's (Dutch fallback).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

/// A closed disclosure with an explanation.
#[component]
pub fn WhyDisclosure(props: &WhyDisclosureProps) -> Html {
    html! {
        <details class="wegwijzer-why">
            <summary class="wegwijzer-why__summary">{ props.summary.clone() }</summary>
            <p class="wegwijzer-why__text" lang={props.lang.clone()}>{ props.text.clone() }</p>
        </details>
    }
}
