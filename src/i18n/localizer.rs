//! Formatting messages with a Dutch fallback and a visible marker for what is missing.

use super::fluent::{Args, Bundle};
use super::languages::{language, Direction};
use crate::model::quoted;
use std::cell::RefCell;
use std::fmt;

/// A problem with locale data. Non-fatal: the widget keeps working and shows markers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum I18nError {
    /// A `.ftl` source has syntax errors; the valid messages are still used.
    Parse {
        /// Which source (index in load order or file name).
        source: String,
        /// The parser's messages.
        errors: Vec<String>,
    },
    /// The language tag is not valid BCP 47 (letters, digits and `-` in subtags of
    /// 1 to 8 characters, the first of 2 to 8 letters).
    BadLanguage(String),
    /// A message was asked for that exists in no bundle.
    Missing(String),
    /// Formatting a message reported errors (e.g. a missing variable).
    Format {
        /// The message id.
        id: String,
        /// What went wrong.
        errors: Vec<String>,
    },
}

impl fmt::Display for I18nError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            I18nError::Parse { source, errors } => {
                write!(f, "{source}: fluent syntax errors: {}", errors.join("; "))
            }
            I18nError::BadLanguage(tag) => write!(f, "not a valid language tag: {}", quoted(tag)),
            I18nError::Missing(id) => write!(f, "missing message: {id}"),
            I18nError::Format { id, errors } => {
                write!(f, "while formatting {id}: {}", errors.join("; "))
            }
        }
    }
}

/// Whether `tag` is well-formed BCP 47 as far as a language choice needs: a primary
/// subtag of 2–8 letters, then subtags of 1–8 letters or digits, separated by `-`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Formats resident text in one language, falling back to Dutch per message.
pub struct Localizer {
    lang: String,
    dir: Direction,
    bundle: Bundle,
    fallback: Option<Box<Localizer>>,
    problems: RefCell<Vec<I18nError>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .field("fallback", &self.fallback.as_ref().map(|l| l.lang.clone()))
            .finish()
    }
}

impl Localizer {
    /// Builds a bundle for `lang` from Fluent sources; later sources override earlier
    /// ones (so a gemeente overlay goes last). Parse errors are recorded, not fatal.
    pub fn new(lang: &str, sources: &[&str]) -> Localizer {
        let mut problems = Vec::new();
        if !is_language_tag(lang) {
            problems.push(I18nError::BadLanguage(lang.to_owned()));
        }
        let (bundle, errors) = Bundle::new(lang, sources);
        for (i, errs) in errors {
            problems.push(I18nError::Parse {
                source: format!("{lang} source {i}"),
                errors: errs.iter().map(|e| e.to_string()).collect(),
            });
        }
        let dir = language(lang).map_or(Direction::Ltr, |l| l.dir);
        Localizer {
            lang: lang.to_owned(),
            dir,
            bundle,
            fallback: None,
            problems: RefCell::new(problems),
        }
    }

    /// The complete Dutch texts (not only what the widget compiles in; see
    /// [`super::bundled::NL_COMPLETE`]).
    pub fn dutch() -> Localizer {
        Localizer::new("nl", super::bundled::NL_COMPLETE)
    }

    /// Adds a fallback used per message when this bundle lacks it.
    pub fn with_fallback(mut self, fallback: Localizer) -> Localizer {
        self.fallback = Some(Box::new(fallback));
        self
    }

    /// Turns Unicode bidi isolation marks around arguments on or off. On by default
    /// (needed for right-to-left text); tests compare text with it off.
    pub fn set_isolating(&mut self, on: bool) {
        self.bundle.set_use_isolating(on);
        if let Some(fb) = self.fallback.as_mut() {
            fb.set_isolating(on);
        }
    }

    /// The language tag.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The writing direction.
    pub fn dir(&self) -> Direction {
        self.dir
    }

    /// Whether this bundle itself (not the fallback) has the message.
    pub fn has_own(&self, id: &str) -> bool {
        self.has_message(id)
    }

    /// The ids of this language's glossary entries (helper variants are chosen by
    /// the caller): those starting with [`super::ids::GLOSSARY`], in this bundle
    /// only. A Dutch explanation inside another language would be in the wrong
    /// language; shipped languages have every entry (locale tests).
    pub fn glossary_ids(&self) -> impl Iterator<Item = &str> {
        self.bundle
            .message_ids()
            .filter(|id| id.starts_with(super::ids::GLOSSARY) && !super::ids::is_helper(id))
    }

    /// Whether the message exists here or in the fallback.
    pub fn has(&self, id: &str) -> bool {
        self.has_message(id) || self.fallback.as_ref().is_some_and(|f| f.has(id))
    }

    /// In helper mode, the id to show instead of `id`: its helper variant
    /// (`<id>-helper`) when the first bundle in the chain that has either message has
    /// the variant; `None` when `id` itself is to be shown. So a language's own
    /// first-person text is never replaced by a Dutch third-person one, and a message
    /// that only the Dutch fallback has still gets the Dutch helper wording.
    pub fn helper_id(&self, id: &str) -> Option<String> {
        let variant = super::ids::helper(id);
        if self.has_message(&variant) {
            Some(variant)
        } else if self.has_message(id) {
            None
        } else {
            self.fallback.as_ref()?.helper_id(id)
        }
    }

    /// The language the message will actually be shown in (for `lang` attributes on
    /// fallback text, WCAG 3.1.2), if it exists at all. A message with attributes only
    /// (an overlay that gives a service's `.name`, say) shows the fallback's value.
    pub fn lang_of(&self, id: &str) -> Option<&str> {
        if self.bundle.message(id).is_some_and(|m| m.has_value()) {
            Some(&self.lang)
        } else {
            self.fallback.as_ref().and_then(|f| f.lang_of(id))
        }
    }

    /// The language an attribute will be shown in: this bundle's when its message has
    /// the attribute, else the fallback's (if it has it there).
    pub fn lang_of_attr(&self, id: &str, attr: &str) -> Option<&str> {
        if self
            .bundle
            .message(id)
            .is_some_and(|m| m.has_attribute(attr))
        {
            Some(&self.lang)
        } else {
            self.fallback
                .as_ref()
                .and_then(|f| f.lang_of_attr(id, attr))
        }
    }

    /// Formats a message. Missing everywhere → a visible marker `⟦id⟧`, recorded.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, None)
            .unwrap_or_else(|| self.missing(id))
    }

    /// Formats a message with arguments.
    pub fn text_args(&self, id: &str, args: &Args) -> String {
        self.format(id, None, Some(args))
            .unwrap_or_else(|| self.missing(id))
    }

    /// Formats an attribute (`.why`, `.hint`), or `None` when it does not exist. An
    /// absent attribute is normal (hints are optional), so it is not recorded.
    pub fn attr(&self, id: &str, attr: &str) -> Option<String> {
        self.format(id, Some(attr), None)
    }

    /// Everything that went wrong so far (parse errors, missing messages), for logs.
    pub fn problems(&self) -> Vec<I18nError> {
        let mut all = self.problems.borrow().clone();
        if let Some(fb) = &self.fallback {
            all.extend(fb.problems());
        }
        all
    }

    fn missing(&self, id: &str) -> String {
        self.problems
            .borrow_mut()
            .push(I18nError::Missing(id.to_owned()));
        format!("⟦{id}⟧")
    }

    /// Whether this bundle has the message; one with attributes only counts too.
    fn has_message(&self, id: &str) -> bool {
        self.bundle.message(id).is_some()
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&Args>) -> Option<String> {
        let own = self.bundle.message(id).and_then(|msg| {
            let mut errors = Vec::new();
            let text = self.bundle.format(msg, attr, args, &mut errors)?;
            if !errors.is_empty() {
                self.problems.borrow_mut().push(I18nError::Format {
                    id: id.to_owned(),
                    errors: errors.iter().map(|e| e.to_string()).collect(),
                });
            }
            Some(text)
        });
        own.or_else(|| self.fallback.as_ref()?.format(id, attr, args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lang: &str, src: &str) -> Localizer {
        let mut l = Localizer::new(lang, &[src]);
        l.set_isolating(false);
        l
    }

    #[test]
    fn formats_with_args_and_attributes() {
        let l = plain("nl", "hello = Hallo { $name }\n    .why = Omdat het kan\n");
        let mut args = Args::new();
        args.set("name", "Sam");
        assert_eq!(l.text_args("hello", &args), "Hallo Sam");
        assert_eq!(l.attr("hello", "why").as_deref(), Some("Omdat het kan"));
        assert_eq!(l.attr("hello", "hint"), None);
    }

    #[test]
    fn falls_back_to_dutch_then_marks_missing() {
        let mut en = Localizer::new("en", &["only-en = Only English\n"])
            .with_fallback(plain("nl", "both = Beide\nonly-nl = Alleen Nederlands\n"));
        en.set_isolating(false);
        assert_eq!(en.text("only-en"), "Only English");
        assert_eq!(en.text("only-nl"), "Alleen Nederlands");
        assert_eq!(en.lang_of("only-nl"), Some("nl"));
        assert_eq!(en.text("nowhere"), "⟦nowhere⟧");
        assert!(en
            .problems()
            .contains(&I18nError::Missing("nowhere".into())));
    }

    #[test]
    fn a_message_with_attributes_only_shows_the_fallback_value_in_its_language() {
        // An overlay that gives only a service's `.name` replaces the message: its
        // one-line description then comes from Dutch and must be marked Dutch.
        let en = Localizer::new("en", &["service-x =\n    .name = Team North\n"])
            .with_fallback(plain("nl", "service-x = Het team in Noord.\n"));
        assert_eq!(en.text("service-x"), "Het team in Noord.");
        assert_eq!(en.lang_of("service-x"), Some("nl"));
        assert_eq!(en.attr("service-x", "name").as_deref(), Some("Team North"));
        assert_eq!(en.lang_of_attr("service-x", "name"), Some("en"));
    }

    #[test]
    fn helper_variant_wins_within_a_language_never_across() {
        let nl = "a = Ik ben\na-helper = De ander is\nb = Neutraal\nonly-nl = Mijn ding\nonly-nl-helper = Het ding van de ander\n";
        let en = Localizer::new("en", &["a = I am\nb = Neutral\n"]).with_fallback(plain("nl", nl));
        let nl = plain("nl", nl);
        assert_eq!(nl.helper_id("a").as_deref(), Some("a-helper"));
        assert_eq!(nl.helper_id("b"), None, "neutral texts need no variant");
        // English has its own `a` but no `a-helper`: English stays (the locale tests
        // make sure every shipped language has every Dutch variant).
        assert_eq!(en.helper_id("a"), None);
        assert_eq!(en.helper_id("only-nl").as_deref(), Some("only-nl-helper"));
        assert_eq!(en.helper_id("nowhere"), None);
    }

    #[test]
    fn later_sources_override_earlier_ones() {
        let l = Localizer::new("nl", &["team = Wijkteam\n", "team = Buurtteam\n"]);
        assert_eq!(l.text("team"), "Buurtteam");
    }

    #[test]
    fn broken_source_keeps_valid_messages() {
        let l = Localizer::new("nl", &["ok = Goed\nbroken = { $\n"]);
        assert_eq!(l.text("ok"), "Goed");
        assert!(matches!(l.problems()[0], I18nError::Parse { .. }));
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Localizer::new("ar", &[]).dir(), Direction::Rtl);
        assert_eq!(Localizer::new("nl", &[]).dir(), Direction::Ltr);
    }

    #[test]
    fn dutch_plurals_select() {
        let l = plain(
            "nl",
            "weeks = { $n ->\n    [one] 1 week\n   *[other] { $n } weken\n}\n",
        );
        let mut args = Args::new();
        args.set("n", 1);
        assert_eq!(l.text_args("weeks", &args), "1 week");
        args.set("n", 6);
        assert_eq!(l.text_args("weeks", &args), "6 weken");
    }
}
