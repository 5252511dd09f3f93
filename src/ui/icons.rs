//! Decorative pictograms for the life-area tiles: inline SVG, hidden from screen
//! readers (the label says it all) and from the tab order.
//!
//! Inline so they need no request and follow `currentColor` (forced-colours mode).
//! Each icon is one `<path>` (its strokes as subpaths of one path datum) and the line
//! style comes from `choice.css`: the first question shows eleven icons, and every
//! element and attribute is a round trip from WebAssembly to the DOM.

use crate::model::Icon;
use yew::prelude::*;

/// The SVG for `icon`, 24×24, stroked in the current text colour. `fill` and `stroke`
/// stay attributes, so an icon still reads as a line drawing without the stylesheet.
pub fn icon(icon: Icon) -> Html {
    html! {
        <svg class="wegwijzer-icon" viewBox="0 0 24 24" width="32" height="32"
            aria-hidden="true" focusable="false" fill="none" stroke="currentColor">
            <path d={path(icon)} />
        </svg>
    }
}

/// The drawing as one path datum: every stroke starts with an absolute `M`, so the
/// strokes join into subpaths of one path and draw exactly as separate paths would.
fn path(icon: Icon) -> &'static str {
    match icon {
        Icon::Money => "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z M14.5 9.5a3 3 0 1 0 0 5 M8 11h5M8 13h5",
        Icon::Work => "M4 8h16v11H4z M9 8V5h6v3 M4 13h16",
        Icon::Home => "M4 11l8-7l8 7 M6 10v10h12V10 M10 20v-5h4v5",
        Icon::Health => "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
        Icon::Child => "M12 3a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M8 11h8 M12 8v7 M12 15l-3 5M12 15l3 5",
        Icon::Care => "M3 14l4-3h5a2 2 0 0 1 0 4H9 M12 15h4l5-4 M3 14v5h12l6-8",
        Icon::Alone => "M12 4a3 3 0 1 0 0 6a3 3 0 1 0 0-6z M6 20a6 6 0 0 1 12 0",
        Icon::Safety => "M12 3l7 3v5c0 5-3.5 8-7 10c-3.5-2-7-5-7-10V6z M9 12l2 2l4-4",
        Icon::People => "M8 5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M16 5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M3 19a5 5 0 0 1 10 0M11 19a5 5 0 0 1 10 0",
        Icon::Letter => "M3 6h18v12H3z M3 7l9 6l9-6",
        Icon::Question => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.4-1 1-1 1.7v.5 M12 17h.01",
        Icon::Wheelchair => "M10 4a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3z M10 8v6h6l2 5 M10 11h5 M8 11.5a5 5 0 1 0 7 6",
        // `Icon` is non-exhaustive: a new icon without a drawing shows a plain circle
        // rather than nothing.
        #[allow(unreachable_patterns)]
        _ => "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z",
    }
}
