//! A set of Fluent sources for one language, and formatting their messages.
//!
//! Messages and terms sit in vectors sorted by id (binary search; later sources
//! replace earlier ones). Formatting follows fluent-bundle 0.16 step by step, so the
//! output is the same character for character: bidi isolation marks around placeables
//! of multi-element patterns, `{$name}` for a missing variable, the first matching
//! variant in source order, cycle detection and a cap of 100 placeables per message.

use super::args::{Args, Value};
use super::ast::*;
use super::parser::{parse, ParseError};
use super::plural::{self, Category};
use std::borrow::Cow;
use std::fmt;

/// First strong isolate: starts an isolated run around a placeable.
const FSI: char = '\u{2068}';
/// Pop directional isolate: ends it.
const PDI: char = '\u{2069}';
/// fluent-bundle's limit, which stops "billion laughs" messages.
const MAX_PLACEABLES: u8 = 100;

/// What went wrong while formatting (the text still comes out, with `{…}` markers).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormatError {
    /// `$name` was not passed.
    UnknownVariable(String),
    /// A referenced message (or `message.attr`) does not exist.
    UnknownMessage(String),
    /// A referenced term (or `-term.attr`) does not exist.
    UnknownTerm(String),
    /// A function was called; none are provided.
    UnknownFunction(String),
    /// A referenced message has attributes only.
    NoValue(String),
    /// A message refers to itself, directly or through others.
    Cyclic,
    /// More than 100 placeables were formatted for one message.
    TooManyPlaceables,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::UnknownVariable(name) => write!(f, "Unknown variable: ${name}"),
            FormatError::UnknownMessage(id) => write!(f, "Unknown message: {id}"),
            FormatError::UnknownTerm(id) => write!(f, "Unknown term: -{id}"),
            FormatError::UnknownFunction(id) => write!(f, "Unknown function: {id}()"),
            FormatError::NoValue(id) => write!(f, "No value: {id}"),
            FormatError::Cyclic => f.write_str("Cyclical dependency detected"),
            FormatError::TooManyPlaceables => f.write_str("Too many placeables"),
        }
    }
}

/// A message or term and the source it came from.
#[derive(Debug)]
struct Slot {
    source: usize,
    entry: Entry,
}

/// Messages and terms of one language from one or more sources.
#[derive(Debug)]
pub struct Bundle {
    lang: String,
    sources: Vec<Box<str>>,
    messages: Vec<Slot>,
    terms: Vec<Slot>,
    use_isolating: bool,
}

/// A message found in a bundle.
#[derive(Debug, Clone, Copy)]
pub struct Message<'b> {
    source: &'b str,
    entry: &'b Entry,
}

impl<'b> Message<'b> {
    /// Whether the message has a value (not only attributes).
    pub fn has_value(&self) -> bool {
        self.entry.value.is_some()
    }

    /// Whether the message has this attribute.
    pub fn has_attribute(&self, name: &str) -> bool {
        self.attribute(name).is_some()
    }

    fn attribute(&self, name: &str) -> Option<&'b Pattern> {
        // The first one wins when an attribute is repeated, as in fluent-bundle.
        let entry: &'b Entry = self.entry;
        entry
            .attributes
            .iter()
            .find(|a| a.id.of(self.source) == name)
            .map(|a| &a.value)
    }
}

impl Bundle {
    /// Parses `sources` in order; a later message or term with the same id replaces an
    /// earlier one. Returns the syntax errors per source index (the valid entries of a
    /// source with errors are still used).
    pub fn new(lang: &str, sources: &[&str]) -> (Bundle, Vec<(usize, Vec<ParseError>)>) {
        let mut messages = Vec::new();
        let mut terms = Vec::new();
        let mut errors = Vec::new();
        for (i, src) in sources.iter().enumerate() {
            let parsed = parse(src);
            if !parsed.errors.is_empty() {
                errors.push((i, parsed.errors));
            }
            messages.extend(
                parsed
                    .messages
                    .into_iter()
                    .map(|entry| Slot { source: i, entry }),
            );
            terms.extend(
                parsed
                    .terms
                    .into_iter()
                    .map(|entry| Slot { source: i, entry }),
            );
        }
        let sources: Vec<Box<str>> = sources.iter().map(|s| Box::from(*s)).collect();
        let bundle = Bundle {
            lang: lang.to_owned(),
            messages: by_id(messages, &sources),
            terms: by_id(terms, &sources),
            sources,
            use_isolating: true,
        };
        (bundle, errors)
    }

    /// Turns bidi isolation of placeables on (the default) or off.
    pub fn set_use_isolating(&mut self, on: bool) {
        self.use_isolating = on;
    }

    /// The message with this id.
    pub fn message(&self, id: &str) -> Option<Message<'_>> {
        find(&self.messages, &self.sources, id)
    }

    /// The ids of all messages, sorted.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.messages
            .iter()
            .map(|s| s.entry.id.of(&self.sources[s.source]))
    }

    /// Formats a message's value, or its attribute `attr`; `None` when the message has
    /// no such value or attribute.
    pub fn format(
        &self,
        message: Message<'_>,
        attr: Option<&str>,
        args: Option<&Args>,
        errors: &mut Vec<FormatError>,
    ) -> Option<String> {
        let pattern = match attr {
            Some(name) => message.attribute(name)?,
            None => message.entry.value.as_ref()?,
        };
        let mut scope = Scope {
            bundle: self,
            args,
            local_args: None,
            root: pattern,
            traveled: Vec::new(),
            errors,
            placeables: 0,
            dirty: false,
        };
        let mut out = String::with_capacity(text_len(pattern) + 16);
        scope.write_pattern(&mut out, pattern, message.source);
        Some(out)
    }
}

/// Sorts entries by id, keeping only the last of each id (sources load in order).
fn by_id(slots: Vec<Slot>, sources: &[Box<str>]) -> Vec<Slot> {
    // Load positions stably sorted by id: among equal ids the one loaded last comes
    // last. The shared non-generic sort keeps another copy of std's sort out of the wasm.
    let ids: Vec<&str> = slots
        .iter()
        .map(|s| s.entry.id.of(&sources[s.source]))
        .collect();
    let order: Vec<(&str, usize)> =
        crate::model::stable_order(ids.len(), &|a, b| ids[a].cmp(ids[b]))
            .into_iter()
            .map(|i| (ids[i], i))
            .collect();
    let mut slots: Vec<Option<Slot>> = slots.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(order.len());
    for (k, (id, i)) in order.iter().enumerate() {
        let replaced_later = order.get(k + 1).is_some_and(|(next, _)| next == id);
        if let (false, Some(slot)) = (replaced_later, slots[*i].take()) {
            out.push(slot);
        }
    }
    out
}

fn find<'b>(slots: &'b [Slot], sources: &'b [Box<str>], id: &str) -> Option<Message<'b>> {
    let i = slots
        .binary_search_by(|s| s.entry.id.of(&sources[s.source]).cmp(id))
        .ok()?;
    let slot = &slots[i];
    Some(Message {
        source: &sources[slot.source],
        entry: &slot.entry,
    })
}

/// A value an expression resolves to, for selecting a variant or passing to a term.
#[derive(Debug, Clone)]
enum Resolved<'a> {
    Str(Cow<'a, str>),
    Int(i64),
    /// A number literal with a fraction (`1.50`), normalised as fluent-bundle prints it.
    Decimal(String),
    /// A missing variable or a function call.
    Error,
}

impl Resolved<'_> {
    fn write(&self, w: &mut String) {
        match self {
            Resolved::Str(s) => w.push_str(s),
            Resolved::Int(n) => w.push_str(&n.to_string()),
            Resolved::Decimal(d) => w.push_str(d),
            Resolved::Error => {}
        }
    }

    fn to_owned_value(&self) -> Resolved<'static> {
        match self {
            Resolved::Str(s) => Resolved::Str(Cow::Owned(s.to_string())),
            Resolved::Int(n) => Resolved::Int(*n),
            Resolved::Decimal(d) => Resolved::Decimal(d.clone()),
            Resolved::Error => Resolved::Error,
        }
    }
}

impl<'a> From<&'a Value> for Resolved<'a> {
    fn from(v: &'a Value) -> Resolved<'a> {
        match v {
            Value::Str(s) => Resolved::Str(Cow::Borrowed(s)),
            Value::Int(n) => Resolved::Int(*n),
        }
    }
}

/// A number literal as fluent-bundle reads it: whole numbers as integers, others with
/// as many fraction digits as written.
fn number_literal(text: &str) -> Resolved<'static> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let zero = int == "0" && frac.bytes().all(|b| b == b'0');
    if frac.is_empty() && !(negative && zero) {
        if let Ok(n) = format!("{}{int}", if negative { "-" } else { "" }).parse::<i64>() {
            return Resolved::Int(n);
        }
    }
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        Resolved::Decimal(format!("{sign}{int}"))
    } else {
        Resolved::Decimal(format!("{sign}{int}.{frac}"))
    }
}

/// The plural category of a number literal with a fraction: only rules that look at
/// the value `n` (not at the visible fraction digits) can pick something else than
/// `other`, and only when the fraction is zero ("1.0" is `one` in Turkish).
fn decimal_category(lang: &str, text: &str) -> Category {
    let digits = text.trim_start_matches('-');
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let whole = frac.bytes().all(|b| b == b'0');
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    match int.parse::<i64>() {
        Ok(n) if whole && matches!(primary, "ar" | "tr") => plural::category(lang, n),
        _ => Category::Other,
    }
}

/// State while formatting one message, as in fluent-bundle's `Scope`.
struct Scope<'b, 'e> {
    bundle: &'b Bundle,
    args: Option<&'b Args>,
    /// A term's own arguments while it is formatted (they hide the message's).
    local_args: Option<Vec<(&'b str, Resolved<'b>)>>,
    /// The message's own pattern and the referenced patterns being formatted, to
    /// detect cycles (the stack only allocates when a message references another).
    root: *const Pattern,
    traveled: Vec<*const Pattern>,
    errors: &'e mut Vec<FormatError>,
    placeables: u8,
    /// Set when the placeable limit is hit: formatting stops.
    dirty: bool,
}

impl<'b> Scope<'b, '_> {
    fn write_pattern(&mut self, w: &mut String, pattern: &'b Pattern, src: &'b str) {
        let multi = pattern.elements.len() > 1;
        for element in &pattern.elements {
            if self.dirty {
                return;
            }
            match element {
                Element::Text(span) => w.push_str(span.of(src)),
                Element::Placeable(expression) => {
                    self.placeables += 1;
                    if self.placeables > MAX_PLACEABLES {
                        self.dirty = true;
                        self.errors.push(FormatError::TooManyPlaceables);
                        return;
                    }
                    let isolate = self.bundle.use_isolating
                        && multi
                        && !matches!(
                            expression,
                            Expression::Inline(
                                Inline::Message { .. } | Inline::Term { .. } | Inline::String(_)
                            )
                        );
                    if isolate {
                        w.push(FSI);
                    }
                    self.write_expression(w, expression, src);
                    if self.dirty {
                        w.push('{');
                        write_reference(w, expression_head(expression), src);
                        w.push('}');
                    }
                    if isolate {
                        w.push(PDI);
                    }
                }
            }
        }
    }

    fn write_expression(&mut self, w: &mut String, expression: &'b Expression, src: &'b str) {
        match expression {
            Expression::Inline(inline) => self.write_inline(w, inline, src),
            Expression::Select { selector, variants } => {
                let value = self.resolve(selector, src);
                let chosen = variants
                    .iter()
                    .find(|v| self.key_matches(v.key, &value, src))
                    .or_else(|| variants.iter().find(|v| v.default));
                // The parser guarantees a default variant.
                if let Some(v) = chosen {
                    self.write_pattern(w, &v.value, src);
                }
            }
        }
    }

    fn key_matches(&self, key: VariantKey, value: &Resolved<'_>, src: &str) -> bool {
        match (key, value) {
            (VariantKey::Identifier(name), Resolved::Str(s)) => name.of(src) == s,
            (VariantKey::Identifier(name), Resolved::Int(n)) => {
                Category::from_key(name.of(src)) == Some(plural::category(&self.bundle.lang, *n))
            }
            (VariantKey::Identifier(name), Resolved::Decimal(d)) => {
                Category::from_key(name.of(src)) == Some(decimal_category(&self.bundle.lang, d))
            }
            (VariantKey::Number(number), Resolved::Int(_) | Resolved::Decimal(_)) => {
                match (number_literal(number.of(src)), value) {
                    (Resolved::Int(a), Resolved::Int(b)) => a == *b,
                    (Resolved::Decimal(a), Resolved::Decimal(b)) => a == *b,
                    _ => false,
                }
            }
            _ => false,
        }
    }

    fn write_inline(&mut self, w: &mut String, inline: &'b Inline, src: &'b str) {
        match inline {
            Inline::String(span) => unescape(w, span.of(src)),
            Inline::Number(span) => number_literal(span.of(src)).write(w),
            Inline::Variable(name) => {
                let name = name.of(src);
                match self.variable(name) {
                    Some(value) => value.write(w),
                    None => {
                        if self.local_args.is_none() {
                            self.errors
                                .push(FormatError::UnknownVariable(name.to_owned()));
                        }
                        write_marker(w, inline, src);
                    }
                }
            }
            Inline::Message { id, attribute } => {
                self.write_message(w, inline, *id, *attribute, src)
            }
            Inline::Term {
                id,
                attribute,
                arguments,
            } => {
                let local = self.term_arguments(arguments.as_ref(), src);
                self.local_args = Some(local);
                match find(&self.bundle.terms, &self.bundle.sources, id.of(src)) {
                    Some(term) => {
                        let pattern = match attribute {
                            Some(a) => term.attribute(a.of(src)),
                            None => term.entry.value.as_ref(),
                        };
                        match pattern {
                            Some(p) => self.track(w, p, term.source, inline, src),
                            None => self.reference_error(w, inline, src),
                        }
                    }
                    None => self.reference_error(w, inline, src),
                }
                // As in fluent-bundle: cleared, not restored, after a term.
                self.local_args = None;
            }
            Inline::Function { arguments, .. } => {
                self.resolve_arguments(arguments, src);
                self.reference_error(w, inline, src);
            }
            Inline::Placeable(expression) => self.write_expression(w, expression, src),
        }
    }

    fn write_message(
        &mut self,
        w: &mut String,
        inline: &'b Inline,
        id: Span,
        attribute: Option<Span>,
        src: &'b str,
    ) {
        let Some(message) = self.bundle.message(id.of(src)) else {
            return self.reference_error(w, inline, src);
        };
        match attribute {
            Some(a) => match message.attribute(a.of(src)) {
                Some(p) => self.track(w, p, message.source, inline, src),
                None => self.reference_error(w, inline, src),
            },
            None => match &message.entry.value {
                Some(p) => self.track(w, p, message.source, inline, src),
                None => {
                    self.errors
                        .push(FormatError::NoValue(id.of(src).to_owned()));
                    write_marker(w, inline, src);
                }
            },
        }
    }

    /// Formats a referenced pattern unless that would loop.
    fn track(
        &mut self,
        w: &mut String,
        pattern: &'b Pattern,
        pattern_src: &'b str,
        inline: &Inline,
        src: &str,
    ) {
        let ptr: *const Pattern = pattern;
        if ptr == self.root || self.traveled.contains(&ptr) {
            self.errors.push(FormatError::Cyclic);
            write_marker(w, inline, src);
            return;
        }
        self.traveled.push(ptr);
        self.write_pattern(w, pattern, pattern_src);
        self.traveled.pop();
    }

    fn reference_error(&mut self, w: &mut String, inline: &Inline, src: &str) {
        let mut name = String::new();
        write_reference(&mut name, inline, src);
        self.errors.push(match inline {
            Inline::Term { .. } => FormatError::UnknownTerm(name[1..].to_owned()),
            Inline::Function { id, .. } => FormatError::UnknownFunction(id.of(src).to_owned()),
            Inline::Variable(v) => FormatError::UnknownVariable(v.of(src).to_owned()),
            _ => FormatError::UnknownMessage(name.clone()),
        });
        write_marker(w, inline, src);
    }

    fn variable(&self, name: &str) -> Option<Resolved<'b>> {
        match &self.local_args {
            Some(local) => local
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_owned_value()),
            None => self.args?.get(name).map(Resolved::from),
        }
    }

    /// The value of a selector or argument.
    fn resolve(&mut self, inline: &'b Inline, src: &'b str) -> Resolved<'b> {
        match inline {
            Inline::String(span) => {
                let mut s = String::new();
                unescape(&mut s, span.of(src));
                Resolved::Str(Cow::Owned(s))
            }
            Inline::Number(span) => number_literal(span.of(src)),
            Inline::Variable(name) => {
                let name = name.of(src);
                if let Some(v) = self.variable(name) {
                    return v;
                }
                if self.local_args.is_none() {
                    self.errors
                        .push(FormatError::UnknownVariable(name.to_owned()));
                }
                Resolved::Error
            }
            Inline::Function { arguments, .. } => {
                self.resolve_arguments(arguments, src);
                Resolved::Error
            }
            _ => {
                let mut s = String::new();
                self.write_inline(&mut s, inline, src);
                Resolved::Str(Cow::Owned(s))
            }
        }
    }

    /// Evaluates call arguments for their side effects (errors) and named values.
    fn resolve_arguments(
        &mut self,
        arguments: &'b CallArguments,
        src: &'b str,
    ) -> Vec<(&'b str, Resolved<'b>)> {
        for p in &arguments.positional {
            self.resolve(p, src);
        }
        arguments
            .named
            .iter()
            .map(|(name, value)| (name.of(src), self.resolve(value, src)))
            .collect()
    }

    fn term_arguments(
        &mut self,
        arguments: Option<&'b CallArguments>,
        src: &'b str,
    ) -> Vec<(&'b str, Resolved<'b>)> {
        arguments.map_or_else(Vec::new, |a| self.resolve_arguments(a, src))
    }
}

/// The length of a pattern's literal text, to size the output once.
fn text_len(pattern: &Pattern) -> usize {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            Element::Text(span) => (span.end - span.start) as usize,
            Element::Placeable(_) => 8,
        })
        .sum()
}

/// The inline expression a placeable starts with, for the `{…}` marker.
fn expression_head(expression: &Expression) -> &Inline {
    match expression {
        Expression::Inline(inline) => inline,
        Expression::Select { selector, .. } => selector,
    }
}

/// `{$name}`, `{message}`, `{-term.attr}`, `{FUNC()}`: what fluent-bundle writes in
/// place of something it could not format.
fn write_marker(w: &mut String, inline: &Inline, src: &str) {
    w.push('{');
    write_reference(w, inline, src);
    w.push('}');
}

fn write_reference(w: &mut String, inline: &Inline, src: &str) {
    match inline {
        Inline::Message { id, attribute } => {
            w.push_str(id.of(src));
            if let Some(a) = attribute {
                w.push('.');
                w.push_str(a.of(src));
            }
        }
        Inline::Term { id, attribute, .. } => {
            w.push('-');
            w.push_str(id.of(src));
            if let Some(a) = attribute {
                w.push('.');
                w.push_str(a.of(src));
            }
        }
        Inline::Function { id, .. } => {
            w.push_str(id.of(src));
            w.push_str("()");
        }
        Inline::Variable(name) => {
            w.push('$');
            w.push_str(name.of(src));
        }
        // Literals and nested placeables never fail by themselves.
        Inline::String(_) | Inline::Number(_) | Inline::Placeable(_) => {}
    }
}

/// Writes a string literal's text with `\\`, `\"`, `\uXXXX` and `\UXXXXXX` resolved.
/// An escape naming no character becomes U+FFFD.
fn unescape(w: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = rest.find('\\') {
        w.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let (c, used) = match after.as_bytes().first() {
            Some(b'\\') => ('\\', 1),
            Some(b'"') => ('"', 1),
            Some(&u @ (b'u' | b'U')) => {
                let len = if u == b'u' { 4 } else { 6 };
                match after
                    .get(1..1 + len)
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                {
                    Some(code) => (char::from_u32(code).unwrap_or('\u{FFFD}'), 1 + len),
                    None => ('\u{FFFD}', 1),
                }
            }
            Some(_) => ('\u{FFFD}', after.chars().next().map_or(0, char::len_utf8)),
            None => ('\u{FFFD}', 0),
        };
        w.push(c);
        rest = &after[used..];
    }
    w.push_str(rest);
}
