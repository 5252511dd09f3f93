//! What every view needs to render: the configuration, the words and whether the
//! resident fills the widget in for someone else (helper mode).
//!
//! Helper mode is decided here, once, for every text: in helper mode each message is
//! looked up as its `<id>-helper` variant first ([`crate::i18n::ids::helper`]) and as `<id>`
//! when there is none, so options, hints, advice, steps, things to bring, the
//! handover note and the widget's own texts all follow without a view knowing.
//!
//! Both are shared, immutable and big, so props carry them behind `Rc` and compare by
//! pointer: a re-render happens when the embed hands in a new localizer (language
//! switch), never because of a deep comparison.

use crate::i18n::{ids, Args, Localizer, Value};
use crate::model::{Config, Service, ServiceId};
use std::borrow::Cow;
use std::ops::Deref;
use std::rc::Rc;
use yew::AttrValue;

/// An `Rc` that compares by pointer, so big shared values can be yew props.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

/// The configuration, the localizer and the helper flag, handed to every view as one
/// value. Every text goes through it, so helper wording needs no code in the views.
#[derive(Debug, Clone, PartialEq)]
pub struct Ui {
    /// The validated configuration.
    pub config: Shared<Config>,
    /// The words, in the resident's language with Dutch as fallback.
    pub l10n: Shared<Localizer>,
    /// Helper mode: someone fills this in for or with another person, so texts about
    /// that person are in the third person (`<id>-helper` variants).
    pub helper: bool,
}

impl Ui {
    /// Bundles a configuration and a localizer; helper mode off.
    pub fn new(config: Shared<Config>, l10n: Shared<Localizer>) -> Self {
        Ui {
            config,
            l10n,
            helper: false,
        }
    }

    /// The same, with helper mode on or off.
    pub fn with_helper(self, helper: bool) -> Self {
        Ui { helper, ..self }
    }

    /// The message shown for `id`: in helper mode its helper variant when the
    /// language has one (see [`Localizer::helper_id`]), else `id`.
    pub fn id<'a>(&self, id: &'a str) -> Cow<'a, str> {
        match self.helper.then(|| self.l10n.helper_id(id)).flatten() {
            Some(variant) => Cow::Owned(variant),
            None => Cow::Borrowed(id),
        }
    }

    /// The message whose attribute `attr` is shown for `id`: the helper variant when
    /// it has the attribute, else `id` (a variant may reword only the label, say).
    fn attr_id<'a>(&self, id: &'a str, attr: &str) -> Cow<'a, str> {
        let shown = self.id(id);
        if matches!(shown, Cow::Owned(_)) && self.l10n.lang_of_attr(&shown, attr).is_none() {
            Cow::Borrowed(id)
        } else {
            shown
        }
    }

    /// A message; missing messages render as a visible marker (never a blank).
    pub fn t(&self, id: &str) -> String {
        self.l10n.text(&self.id(id))
    }

    /// A message with arguments, e.g. `("number", 2.into())`.
    pub fn t_args(&self, id: &str, args: &[(&'static str, Value)]) -> String {
        let args: Args = args.iter().map(|(k, v)| (*k, v.clone())).collect();
        self.l10n.text_args(&self.id(id), &args)
    }

    /// An attribute (`.hint`, `.why`, `.helper`), if the message has it.
    pub fn attr(&self, id: &str, attr: &str) -> Option<String> {
        self.l10n
            .attr(&self.attr_id(id, attr), attr)
            .filter(|s| !s.trim().is_empty())
    }

    /// A message only when it exists (for optional lines such as per-role labels).
    pub fn t_opt(&self, id: &str) -> Option<String> {
        let id = self.id(id);
        self.l10n.has(&id).then(|| self.l10n.text(&id))
    }

    /// The service with this id (ids in a validated model always resolve).
    pub fn service(&self, id: &ServiceId) -> &Service {
        self.config.directory.get(id)
    }

    /// The language tag of the current texts.
    pub fn lang(&self) -> &str {
        self.l10n.lang()
    }

    /// `lang` for an element showing message `id`: `Some("nl")` when the message comes
    /// from the Dutch fallback inside another language (WCAG 3.1.2), else `None`, which
    /// yew leaves out. Shipped locales are complete; this covers a gemeente's own texts.
    pub fn lang_for(&self, id: &str) -> Option<AttrValue> {
        self.other_lang(self.l10n.lang_of(&self.id(id)))
    }

    /// As [`Ui::lang_for`], for an attribute (`.hint`, `.why`) of message `id`.
    pub fn lang_for_attr(&self, id: &str, attr: &str) -> Option<AttrValue> {
        self.other_lang(self.l10n.lang_of_attr(&self.attr_id(id, attr), attr))
    }

    /// Whether data written in Dutch (a service's name, an address) is a part in
    /// another language on this screen, to be marked `lang="nl"` (WCAG 3.1.2).
    pub fn dutch_is_foreign(&self) -> bool {
        self.lang() != "nl"
    }

    /// A service's name as shown, and whether it is Dutch on a screen in another
    /// language (see [`Ui::dutch_is_foreign`]): the screen language's own name
    /// (`.name` of `service-<id>`, from a gemeente's overlay) if it has one, else the
    /// configuration's `name`, which is Dutch. A Dutch `.name` is ignored: the Dutch
    /// name is the configuration's, in one place (ADR 0013). Names are the same in
    /// helper mode.
    pub fn name(&self, s: &Service) -> (String, bool) {
        let id = ids::service(&s.id);
        let foreign = self.dutch_is_foreign();
        match self.l10n.lang_of_attr(&id, ids::NAME) {
            Some(lang) if foreign && lang == self.lang() => {
                (self.l10n.attr(&id, ids::NAME).unwrap_or_default(), false)
            }
            _ => (s.name.clone(), foreign),
        }
    }

    /// The glossary of the screen's language, one `word: explanation` entry per line
    /// (in helper mode their helper variants), for `wegwijzer_glossary.js`, which
    /// explains each word at its first use on the screen (ADR 0016).
    pub fn glossary(&self) -> String {
        let mut lines = String::new();
        for id in self.l10n.glossary_ids() {
            lines.push_str(&self.t(id));
            lines.push('\n');
        }
        lines
    }

    fn other_lang(&self, shown_in: Option<&str>) -> Option<AttrValue> {
        match shown_in {
            Some(lang) if lang != self.l10n.lang() => Some(AttrValue::from(lang.to_owned())),
            _ => None,
        }
    }
}

/// A string argument for [`Ui::t_args`].
pub fn arg(s: impl Into<String>) -> Value {
    Value::Str(s.into())
}

/// A number argument for [`Ui::t_args`] (plural selection works on numbers).
pub fn num(n: usize) -> Value {
    Value::from(n)
}
