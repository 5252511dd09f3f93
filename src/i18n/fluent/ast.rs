//! The parsed form of a Fluent file: entries whose names and texts are byte spans into
//! the source, so parsing allocates little more than the element lists.

/// A byte range in a resource's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    pub(crate) fn new(start: usize, end: usize) -> Span {
        // Sources are far below 4 GiB; `Resource::parse` refuses bigger ones.
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The text this span covers.
    #[inline(always)]
    pub fn of<'s>(&self, source: &'s str) -> &'s str {
        source
            .get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}

/// A message (`id = …`) or a term (`-id = …`; the span excludes the `-`).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The identifier.
    pub id: Span,
    /// The value; a message may have attributes only, a term always has a value.
    pub value: Option<Pattern>,
    /// `.name = pattern` lines, in source order.
    pub attributes: Vec<Attribute>,
}

/// One `.name = pattern` line of an entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// The attribute name.
    pub id: Span,
    /// Its text.
    pub value: Pattern,
}

/// A text with placeables. Elements are split exactly as fluent-syntax splits them (one
/// text element per source line), because bidi isolation depends on whether a pattern
/// has more than one element.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// The elements in order.
    pub elements: Vec<Element>,
}

/// Part of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// Literal text (indentation already removed).
    Text(Span),
    /// `{ … }`.
    Placeable(Expression),
}

/// What a placeable holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Expression {
    /// A single value.
    Inline(Inline),
    /// `{ $n -> [one] … *[other] … }`.
    Select {
        /// The value the variants are chosen on.
        selector: Inline,
        /// The variants, in source order (the first match wins).
        variants: Vec<Variant>,
    },
}

/// One `[key] pattern` of a select expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// The key.
    pub key: VariantKey,
    /// The text.
    pub value: Pattern,
    /// Marked with `*`.
    pub default: bool,
}

/// A variant key: a name (`[one]`, `[weeks]`) or a number (`[1]`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum VariantKey {
    /// An identifier: a plural category or a string value.
    Identifier(Span),
    /// A number literal as written.
    Number(Span),
}

/// An expression that produces one value.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// `"text"` (the span is inside the quotes, escapes still in it).
    String(Span),
    /// `42`, `-1.5`, as written.
    Number(Span),
    /// `$name`.
    Variable(Span),
    /// `other-message` or `other-message.attr`.
    Message {
        /// The message id.
        id: Span,
        /// The attribute, if any.
        attribute: Option<Span>,
    },
    /// `-term`, `-term.attr`, `-term(case: "x")`.
    Term {
        /// The term id without `-`.
        id: Span,
        /// The attribute, if any.
        attribute: Option<Span>,
        /// Arguments, if written.
        arguments: Option<CallArguments>,
    },
    /// `FUNCTION(…)`. Parsed so files using them load; no functions are provided, so
    /// formatting one writes `{NAME()}` and records an error, as fluent-bundle does
    /// without registered functions.
    Function {
        /// The function name.
        id: Span,
        /// Its arguments.
        arguments: CallArguments,
    },
    /// `{ … }` nested inside a placeable.
    Placeable(Box<Expression>),
}

/// `(positional, name: literal)` arguments of a term or function.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallArguments {
    /// Positional arguments.
    pub positional: Vec<Inline>,
    /// Named arguments (values are literals).
    pub named: Vec<(Span, Inline)>,
}
