//! Choosing the language and loading its words.
//!
//! Dutch is compiled in and is always the fallback. Another language is fetched from
//! `{base}locales/{lang}/ui.ftl` and `flow.ftl`; when those are missing the widget
//! stays Dutch and says so in the console. A gemeente's overlay files (relative to
//! its config) go last, so its wording wins. The bundled Dutch has what the first
//! screens need (ADR 0011): the complete Dutch files (every advice text, the helper-mode
//! variants) are fetched once the first question shows and layered over it; until they
//! arrive, or if they cannot, crisis advice and every question still have their words.

use super::{fetch, log};
use crate::i18n::{bundled, negotiate, Localizer};
use crate::model::{Config, Form};
use web_sys::HtmlElement;

/// The element's `lang`, else the page's `<html lang>`, else the config default,
/// limited to the languages the gemeente offers.
pub fn choose(host: &HtmlElement, config: &Config) -> String {
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let own = host.get_attribute("lang");
    let requested: Vec<&str> = [own.as_deref(), page.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let available: Vec<&str> = config
        .gemeente
        .languages
        .iter()
        .map(String::as_str)
        .collect();
    negotiate(&requested, &available, &config.gemeente.default_language)
}

/// Where files come from: the widget's own folder and the config's folder.
#[derive(Debug, Clone)]
pub struct Bases {
    /// The folder of `wegwijzer.js` (ends with `/`).
    pub widget: String,
    /// The URL the config came from (or the page, for an inline config).
    pub config: String,
}

/// Whether the words for `lang` are only complete with the full Dutch files: the
/// bundled je-form has the first screens only (the u-form set and other languages are
/// fetched whole).
pub fn needs_complete_dutch(lang: &str, config: &Config) -> bool {
    lang.eq_ignore_ascii_case("nl") && config.gemeente.form == Form::Je
}

/// Builds the localizer for `lang`, with Dutch (plus Dutch overlays) as fallback; with
/// `complete`, the full Dutch files over the bundled ones where
/// [`needs_complete_dutch`]. Also says whether the words are complete (false when
/// those files could not be fetched, so the caller can try again later).
pub async fn localizer(
    lang: &str,
    config: &Config,
    bases: &Bases,
    complete: bool,
) -> (Localizer, bool) {
    let mut nl_sources: Vec<String> = bundled::NL.iter().map(|s| (*s).to_owned()).collect();
    let mut whole = !needs_complete_dutch(lang, config);
    if complete && !whole {
        let files = fetch_set("nl", bases).await;
        whole = files.len() == 2;
        nl_sources.extend(files);
    }
    if config.gemeente.form == Form::U {
        // The u-form is a complete alternative set layered over the bundled je-form,
        // so a message the u-set lacks still shows (in je-form) rather than a marker.
        nl_sources.extend(fetch_set("nl/u", bases).await);
    }
    nl_sources.extend(overlays("nl", config, bases).await);
    let dutch = build("nl", &nl_sources);
    if lang.eq_ignore_ascii_case("nl") {
        return (dutch, whole);
    }
    let mut sources = Vec::new();
    for file in ["ui.ftl", "flow.ftl"] {
        let url = fetch::resolve(&format!("locales/{lang}/{file}"), &bases.widget);
        match url {
            Ok(url) => match fetch::text(&url).await {
                Ok(text) => sources.push(text),
                Err(e) => log::warn(&format!(
                    "texts for `{lang}` not loaded, using Dutch where missing: {e}"
                )),
            },
            Err(e) => log::warn(&e),
        }
    }
    if sources.is_empty() {
        return (dutch, whole);
    }
    sources.extend(overlays(lang, config, bases).await);
    (build(lang, &sources).with_fallback(dutch), whole)
}

/// `ui.ftl` and `flow.ftl` from `{widget}locales/{folder}/`; missing files are
/// warned about and skipped (Dutch fills in).
async fn fetch_set(folder: &str, bases: &Bases) -> Vec<String> {
    let mut sources = Vec::new();
    for file in ["ui.ftl", "flow.ftl"] {
        let loaded = match fetch::resolve(&format!("locales/{folder}/{file}"), &bases.widget) {
            Ok(url) => fetch::text(&url).await,
            Err(e) => Err(e),
        };
        match loaded {
            Ok(text) => sources.push(text),
            Err(e) => log::warn(&format!(
                "texts `{folder}` not loaded, using Dutch where missing: {e}"
            )),
        }
    }
    sources
}

fn build(lang: &str, sources: &[String]) -> Localizer {
    let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
    let l = Localizer::new(lang, &refs);
    for p in l.problems() {
        log::warn(&format!("texts `{lang}`: {p}"));
    }
    l
}

/// The gemeente's overlay files for `lang`, fetched only from the config's own origin:
/// the validator allows relative paths only, and a compiled file may have been edited,
/// so a path that resolves elsewhere is refused here too (no third-party request).
async fn overlays(lang: &str, config: &Config, bases: &Bases) -> Vec<String> {
    let mut out = Vec::new();
    for file in config.gemeente.overlays.get(lang).into_iter().flatten() {
        let loaded = match same_origin(file, &bases.config) {
            Ok(url) => fetch::text(&url).await,
            Err(e) => Err(e),
        };
        match loaded {
            Ok(text) => out.push(text),
            Err(e) => log::warn(&format!("overlay for `{lang}` not loaded: {e}")),
        }
    }
    out
}

/// `path` resolved against `base`, if it stays on `base`'s origin: the result starts
/// with the origin's root, `https://host:port/` (whose `/` ends the host, so
/// `https://host.evil/` does not pass).
fn same_origin(path: &str, base: &str) -> Result<String, String> {
    let url = fetch::resolve(path, base)?;
    if !url.starts_with(&fetch::resolve("/", base)?) {
        return Err(format!("{url} is on another site; not fetched"));
    }
    Ok(url)
}
