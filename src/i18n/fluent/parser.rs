//! The Fluent parser: source text → [`Resource`] of messages and terms.
//!
//! Follows the Fluent 1.0 grammar as fluent-syntax 0.12 implements it (the runtime
//! parser that fluent-bundle uses), including its indentation rules: continuation lines
//! must be indented, the smallest indentation of the indented lines is removed, blank
//! lines inside a pattern are kept and trailing blanks are dropped. A broken entry
//! becomes an error with its line number; parsing resumes at the next line that starts
//! with a letter, `-` or `#`, so the rest of the file still loads. No input panics.

use super::ast::*;
use std::fmt;

/// What is wrong in a Fluent source.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// A specific character was expected (`=`, `]`, `}`, `"`, `)`…).
    ExpectedToken(char),
    /// An identifier (starting with a letter) was expected.
    ExpectedIdentifier,
    /// A digit was expected in a number literal.
    ExpectedDigit,
    /// A line end was expected after `->`.
    ExpectedLineEnd,
    /// A message has neither a value nor attributes.
    ExpectedMessageField(String),
    /// A term has no value.
    ExpectedTermField(String),
    /// A variant or attribute has no text.
    MissingValue,
    /// A select expression has no `*[default]` variant.
    MissingDefaultVariant,
    /// A select expression has two `*[default]` variants.
    MultipleDefaultVariants,
    /// Only variables, literals, functions and term attributes can be selectors.
    BadSelector,
    /// `{ -term.attr }` may only be a selector.
    TermAttributeAsPlaceable,
    /// A function name must be upper case (`NUMBER`).
    ForbiddenCallee,
    /// A string literal runs to the end of the line.
    UnterminatedStringLiteral,
    /// `\x` in a string literal where only `\\`, `\"`, `\uXXXX`, `\UXXXXXX` exist.
    UnknownEscapeSequence,
    /// A named argument is followed by a positional one, or named twice.
    BadArguments,
    /// A `}` without an opening `{`.
    UnbalancedClosingBrace,
    /// Something other than a value inside `{ }`.
    ExpectedInlineExpression,
    /// A named argument's value must be a string or number literal.
    ExpectedLiteral,
    /// `#` not followed by a space or line end.
    BadComment,
    /// The source is bigger than 4 GiB (spans are 32-bit).
    TooLarge,
}

/// A syntax error: the entry it is in is skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line where the problem was found.
    pub line: usize,
    /// What is wrong.
    pub kind: ParseErrorKind,
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ParseErrorKind::*;
        match self {
            ExpectedToken(c) => write!(f, "expected \"{c}\""),
            ExpectedIdentifier => f.write_str("expected a name starting with a letter (a-z, A-Z)"),
            ExpectedDigit => f.write_str("expected a digit"),
            ExpectedLineEnd => f.write_str("expected a line end after \"->\""),
            ExpectedMessageField(id) => {
                write!(f, "message \"{id}\" has no value and no attributes")
            }
            ExpectedTermField(id) => write!(f, "term \"-{id}\" has no value"),
            MissingValue => f.write_str("expected a value"),
            MissingDefaultVariant => {
                f.write_str("the select expression has no default variant *[…]")
            }
            MultipleDefaultVariants => {
                f.write_str("the select expression has more than one default variant")
            }
            BadSelector => f.write_str(
                "only a variable, literal, function or term attribute can select variants",
            ),
            TermAttributeAsPlaceable => {
                f.write_str("a term attribute can only be used as a selector")
            }
            ForbiddenCallee => f.write_str("function names are upper case"),
            UnterminatedStringLiteral => f.write_str("unterminated string literal"),
            UnknownEscapeSequence => f.write_str("unknown escape sequence in a string literal"),
            BadArguments => f.write_str("named arguments must come last and appear once"),
            UnbalancedClosingBrace => f.write_str("\"}\" without \"{\""),
            ExpectedInlineExpression => f.write_str("expected a value inside { }"),
            ExpectedLiteral => f.write_str("expected a string or number literal"),
            BadComment => f.write_str("expected a space after #"),
            TooLarge => f.write_str("the file is too large"),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.kind)
    }
}

/// The entries of one source, with any syntax errors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// Messages in source order.
    pub messages: Vec<Entry>,
    /// Terms in source order.
    pub terms: Vec<Entry>,
    /// Syntax errors; their entries are left out.
    pub errors: Vec<ParseError>,
}

/// Parses a Fluent source.
pub fn parse(source: &str) -> Parsed {
    let mut out = Parsed::default();
    if u32::try_from(source.len()).is_err() {
        out.errors.push(ParseError {
            line: 1,
            kind: ParseErrorKind::TooLarge,
        });
        return out;
    }
    let mut p = Parser {
        src: source.as_bytes(),
        ptr: 0,
    };
    p.skip_blank_block();
    while p.ptr < p.src.len() {
        let entry = match p.peek() {
            Some(b'#') => p.comment().map(|()| None),
            Some(b'-') => p.term().map(|t| Some((true, t))),
            _ => p.message().map(|m| Some((false, m))),
        };
        match entry {
            Ok(Some((true, term))) => out.terms.push(term),
            Ok(Some((false, message))) => out.messages.push(message),
            Ok(None) => {}
            Err((pos, kind)) => {
                out.errors.push(ParseError {
                    line: line_of(source, pos),
                    kind,
                });
                p.skip_to_next_entry_start();
            }
        }
        p.skip_blank_block();
    }
    out
}

fn line_of(source: &str, pos: usize) -> usize {
    let end = pos.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// An error and the byte position where it was noticed.
type Fail = (usize, ParseErrorKind);
type Result<T> = std::result::Result<T, Fail>;

struct Parser<'s> {
    src: &'s [u8],
    ptr: usize,
}

/// Where a text element sits, for the indentation rules.
#[derive(Clone, Copy, PartialEq)]
enum Position {
    /// Right after `=` on the entry's first line (its indentation does not count).
    InitialLineStart,
    /// At the start of a continuation line.
    LineStart,
    /// After a placeable on the same line.
    Continuation,
}

/// How a text slice ended.
#[derive(Clone, Copy, PartialEq)]
enum Termination {
    LineFeed,
    Crlf,
    PlaceableStart,
    Eof,
}

/// A text element before the common indentation is known.
enum Pending {
    Placeable(Expression),
    Text {
        start: usize,
        end: usize,
        indent: usize,
        position: Position,
    },
}

impl Parser<'_> {
    // Called for nearly every byte: worth inlining even at opt-level "z".
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.src.get(self.ptr).copied()
    }

    // Called for nearly every byte: worth inlining even at opt-level "z".
    #[inline(always)]
    fn byte_at(&self, pos: usize) -> Option<u8> {
        self.src.get(pos).copied()
    }

    fn fail<T>(&self, kind: ParseErrorKind) -> Result<T> {
        Err((self.ptr, kind))
    }

    // Called for nearly every byte: worth inlining even at opt-level "z".
    #[inline(always)]
    fn take(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.ptr += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, b: u8) -> Result<()> {
        if self.take(b) {
            Ok(())
        } else {
            self.fail(ParseErrorKind::ExpectedToken(b as char))
        }
    }

    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.peek() == Some(b' ') {
            self.ptr += 1;
        }
        self.ptr - start
    }

    fn skip_eol(&mut self) -> bool {
        match self.peek() {
            Some(b'\n') => {
                self.ptr += 1;
                true
            }
            Some(b'\r') if self.byte_at(self.ptr + 1) == Some(b'\n') => {
                self.ptr += 2;
                true
            }
            _ => false,
        }
    }

    fn is_eol(&self) -> bool {
        match self.peek() {
            Some(b'\n') | None => true,
            Some(b'\r') => self.byte_at(self.ptr + 1) == Some(b'\n'),
            _ => false,
        }
    }

    /// Skips blank lines; returns how many.
    fn skip_blank_block(&mut self) -> usize {
        let mut count = 0;
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                return count;
            }
            count += 1;
        }
    }

    /// Skips spaces and line ends.
    fn skip_blank(&mut self) {
        while self.skip_blank_inline() > 0 || self.skip_eol() {}
    }

    fn skip_to_next_entry_start(&mut self) {
        while let Some(b) = self.peek() {
            let line_start = self.ptr == 0 || self.byte_at(self.ptr - 1) == Some(b'\n');
            if line_start && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
                return;
            }
            self.ptr += 1;
        }
    }

    /// One or more comment lines (`#`, `##`, `###`); they carry no text for residents.
    fn comment(&mut self) -> Result<()> {
        while self.peek() == Some(b'#') {
            let mut level = 0;
            while level < 3 && self.take(b'#') {
                level += 1;
            }
            if !self.is_eol() && !self.take(b' ') {
                return self.fail(ParseErrorKind::BadComment);
            }
            while !self.is_eol() {
                self.ptr += 1;
            }
            self.skip_eol();
        }
        Ok(())
    }

    fn identifier(&mut self) -> Result<Span> {
        if !self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            return self.fail(ParseErrorKind::ExpectedIdentifier);
        }
        Ok(self.identifier_rest(self.ptr))
    }

    /// The identifier starting at `start` (its first letter already checked).
    fn identifier_rest(&mut self, start: usize) -> Span {
        self.ptr = start + 1;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.ptr += 1;
        }
        Span::new(start, self.ptr)
    }

    fn message(&mut self) -> Result<Entry> {
        let entry_start = self.ptr;
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self.pattern()?;
        self.skip_blank_block();
        let attributes = self.attributes();
        if value.is_none() && attributes.is_empty() {
            let name = self.text(id).to_owned();
            return Err((entry_start, ParseErrorKind::ExpectedMessageField(name)));
        }
        Ok(Entry {
            id,
            value,
            attributes,
        })
    }

    fn term(&mut self) -> Result<Entry> {
        let entry_start = self.ptr;
        self.expect(b'-')?;
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        self.skip_blank_inline();
        let value = self.pattern()?;
        self.skip_blank_block();
        let attributes = self.attributes();
        match value {
            Some(value) => Ok(Entry {
                id,
                value: Some(value),
                attributes,
            }),
            None => {
                let name = self.text(id).to_owned();
                Err((entry_start, ParseErrorKind::ExpectedTermField(name)))
            }
        }
    }

    fn text(&self, span: Span) -> &str {
        std::str::from_utf8(&self.src[span.start as usize..span.end as usize]).unwrap_or("")
    }

    /// `.name = pattern` lines; a broken one ends the list (and the entry), leaving the
    /// line to be reported as the next entry.
    fn attributes(&mut self) -> Vec<Attribute> {
        let mut out = Vec::new();
        loop {
            let line_start = self.ptr;
            self.skip_blank_inline();
            if !self.take(b'.') {
                self.ptr = line_start;
                return out;
            }
            match self.attribute() {
                Ok(a) => out.push(a),
                Err(_) => {
                    self.ptr = line_start;
                    return out;
                }
            }
        }
    }

    fn attribute(&mut self) -> Result<Attribute> {
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        match self.pattern()? {
            Some(value) => Ok(Attribute { id, value }),
            None => self.fail(ParseErrorKind::MissingValue),
        }
    }

    /// A pattern after `=` or `]`; `None` when it is empty.
    fn pattern(&mut self) -> Result<Option<Pattern>> {
        let mut pending = Vec::new();
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;

        self.skip_blank_inline();
        let mut position = if self.skip_eol() {
            self.skip_blank_block();
            Position::LineStart
        } else {
            Position::InitialLineStart
        };

        while self.ptr < self.src.len() {
            if self.take(b'{') {
                if position == Position::LineStart {
                    common_indent = Some(0);
                }
                let expression = self.placeable()?;
                last_non_blank = Some(pending.len());
                pending.push(Pending::Placeable(expression));
                position = Position::Continuation;
                continue;
            }
            let slice_start = self.ptr;
            let mut indent = 0;
            if position == Position::LineStart {
                indent = self.skip_blank_inline();
                let Some(b) = self.peek() else { break };
                if indent == 0 {
                    if b != b'\r' && b != b'\n' {
                        break;
                    }
                } else if matches!(b, b'.' | b'}' | b'[' | b'*') {
                    // An attribute, the end of a select, or a variant: not this text.
                    self.ptr = slice_start;
                    break;
                }
            }
            let (end, blank, termination) = self.text_slice()?;
            if slice_start != end {
                if position == Position::LineStart && !blank {
                    common_indent = Some(common_indent.map_or(indent, |c| c.min(indent)));
                }
                if position != Position::LineStart || !blank || termination == Termination::LineFeed
                {
                    if !blank {
                        last_non_blank = Some(pending.len());
                    }
                    pending.push(Pending::Text {
                        start: slice_start,
                        end,
                        indent,
                        position,
                    });
                }
            }
            position = match termination {
                Termination::LineFeed | Termination::Crlf => Position::LineStart,
                Termination::PlaceableStart | Termination::Eof => Position::Continuation,
            };
        }

        let Some(last) = last_non_blank else {
            return Ok(None);
        };
        pending.truncate(last + 1);
        let elements = pending
            .into_iter()
            .enumerate()
            .map(|(i, p)| match p {
                Pending::Placeable(e) => Element::Placeable(e),
                Pending::Text {
                    start,
                    mut end,
                    indent,
                    position,
                } => {
                    let start = if position == Position::LineStart {
                        start + common_indent.map_or(indent, |c| c.min(indent))
                    } else {
                        start
                    };
                    if i == last {
                        while end > start && matches!(self.src[end - 1], b' ' | b'\r' | b'\n') {
                            end -= 1;
                        }
                    }
                    Element::Text(Span::new(start, end))
                }
            })
            .collect();
        Ok(Some(Pattern { elements }))
    }

    /// Text up to a line end, `{` or the end; returns its end, whether it is all spaces
    /// and what ended it. A `}` here is an error.
    fn text_slice(&mut self) -> Result<(usize, bool, Termination)> {
        let start = self.ptr;
        let rest = &self.src[start..];
        let stop = rest.iter().position(|&b| matches!(b, b'\n' | b'{' | b'}'));
        let blank = |text: &[u8]| text.iter().all(|&c| c == b' ');
        match stop {
            None => {
                self.ptr = self.src.len();
                Ok((self.ptr, blank(rest), Termination::Eof))
            }
            Some(i) => {
                let text = &rest[..i];
                match rest[i] {
                    b'}' => {
                        self.ptr = start + i;
                        self.fail(ParseErrorKind::UnbalancedClosingBrace)
                    }
                    b'{' => {
                        self.ptr = start + i;
                        Ok((self.ptr, blank(text), Termination::PlaceableStart))
                    }
                    _ if text.last() == Some(&b'\r') => {
                        // Stop before "\r\n": the "\n" becomes its own element next.
                        let text = &text[..text.len() - 1];
                        self.ptr = start + i;
                        Ok((start + text.len(), blank(text), Termination::Crlf))
                    }
                    _ => {
                        self.ptr = start + i + 1;
                        Ok((self.ptr, blank(text), Termination::LineFeed))
                    }
                }
            }
        }
    }

    /// After `{`: an expression and the closing `}`.
    fn placeable(&mut self) -> Result<Expression> {
        self.skip_blank();
        let expression = self.expression()?;
        self.skip_blank_inline();
        self.expect(b'}')?;
        Ok(expression)
    }

    fn expression(&mut self) -> Result<Expression> {
        let selector = self.inline(false)?;
        self.skip_blank();
        let is_select = self.peek() == Some(b'-') && self.byte_at(self.ptr + 1) == Some(b'>');
        if !is_select {
            if matches!(
                selector,
                Inline::Term {
                    attribute: Some(_),
                    ..
                }
            ) {
                return self.fail(ParseErrorKind::TermAttributeAsPlaceable);
            }
            return Ok(Expression::Inline(selector));
        }
        let selector_ok = match &selector {
            Inline::Term { attribute, .. } => attribute.is_some(),
            Inline::String(_)
            | Inline::Number(_)
            | Inline::Variable(_)
            | Inline::Function { .. } => true,
            Inline::Message { .. } | Inline::Placeable(_) => false,
        };
        if !selector_ok {
            return self.fail(ParseErrorKind::BadSelector);
        }
        self.ptr += 2; // ->
        self.skip_blank_inline();
        if !self.skip_eol() {
            return self.fail(ParseErrorKind::ExpectedLineEnd);
        }
        self.skip_blank();
        let variants = self.variants()?;
        Ok(Expression::Select { selector, variants })
    }

    fn variants(&mut self) -> Result<Vec<Variant>> {
        let mut variants = Vec::with_capacity(2);
        let mut has_default = false;
        loop {
            let default = self.take(b'*');
            if default {
                if has_default {
                    return self.fail(ParseErrorKind::MultipleDefaultVariants);
                }
                has_default = true;
            }
            if !self.take(b'[') {
                break;
            }
            let key = self.variant_key()?;
            let Some(value) = self.pattern()? else {
                return self.fail(ParseErrorKind::MissingValue);
            };
            variants.push(Variant {
                key,
                value,
                default,
            });
            self.skip_blank();
        }
        if has_default {
            Ok(variants)
        } else {
            self.fail(ParseErrorKind::MissingDefaultVariant)
        }
    }

    fn variant_key(&mut self) -> Result<VariantKey> {
        self.skip_blank();
        let key = if self.peek().is_some_and(|b| b.is_ascii_digit() || b == b'-') {
            VariantKey::Number(self.number()?)
        } else {
            VariantKey::Identifier(self.identifier()?)
        };
        self.skip_blank();
        self.expect(b']')?;
        Ok(key)
    }

    fn number(&mut self) -> Result<Span> {
        let start = self.ptr;
        self.take(b'-');
        self.digits()?;
        if self.take(b'.') {
            self.digits()?;
        }
        Ok(Span::new(start, self.ptr))
    }

    fn digits(&mut self) -> Result<()> {
        let start = self.ptr;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.ptr += 1;
        }
        if self.ptr == start {
            return self.fail(ParseErrorKind::ExpectedDigit);
        }
        Ok(())
    }

    /// A single value. `only_literal` for named arguments' values.
    fn inline(&mut self, only_literal: bool) -> Result<Inline> {
        match self.peek() {
            Some(b'"') => self.string_literal(),
            Some(b) if b.is_ascii_digit() => Ok(Inline::Number(self.number()?)),
            Some(b'-') if !only_literal => {
                if self
                    .byte_at(self.ptr + 1)
                    .is_some_and(|b| b.is_ascii_alphabetic())
                {
                    let id = self.identifier_rest(self.ptr + 1);
                    let attribute = self.attribute_accessor()?;
                    let arguments = self.call_arguments()?;
                    Ok(Inline::Term {
                        id,
                        attribute,
                        arguments,
                    })
                } else {
                    Ok(Inline::Number(self.number()?))
                }
            }
            Some(b'$') if !only_literal => {
                self.ptr += 1;
                Ok(Inline::Variable(self.identifier()?))
            }
            Some(b) if b.is_ascii_alphabetic() && !only_literal => {
                let id = self.identifier_rest(self.ptr);
                if let Some(arguments) = self.call_arguments()? {
                    let callee = self.src[id.start as usize..id.end as usize]
                        .iter()
                        .all(|c| {
                            c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_' || *c == b'-'
                        });
                    if !callee {
                        return self.fail(ParseErrorKind::ForbiddenCallee);
                    }
                    return Ok(Inline::Function { id, arguments });
                }
                let attribute = self.attribute_accessor()?;
                Ok(Inline::Message { id, attribute })
            }
            Some(b'{') if !only_literal => {
                self.ptr += 1;
                Ok(Inline::Placeable(Box::new(self.placeable()?)))
            }
            _ if only_literal => self.fail(ParseErrorKind::ExpectedLiteral),
            _ => self.fail(ParseErrorKind::ExpectedInlineExpression),
        }
    }

    fn string_literal(&mut self) -> Result<Inline> {
        self.ptr += 1; // "
        let start = self.ptr;
        loop {
            match self.peek() {
                Some(b'"') => break,
                Some(b'\\') => {
                    self.ptr += 1;
                    match self.peek() {
                        Some(b'\\' | b'"') => self.ptr += 1,
                        Some(b'u') => self.unicode_escape(4)?,
                        Some(b'U') => self.unicode_escape(6)?,
                        _ => return self.fail(ParseErrorKind::UnknownEscapeSequence),
                    }
                }
                Some(b'\n') | None => return self.fail(ParseErrorKind::UnterminatedStringLiteral),
                Some(_) => self.ptr += 1,
            }
        }
        let span = Span::new(start, self.ptr);
        self.ptr += 1; // "
        Ok(Inline::String(span))
    }

    /// After `\`, at `u`/`U`: exactly `len` hex digits must follow.
    fn unicode_escape(&mut self, len: usize) -> Result<()> {
        self.ptr += 1;
        for _ in 0..len {
            if !self.peek().is_some_and(|b| b.is_ascii_hexdigit()) {
                return self.fail(ParseErrorKind::UnknownEscapeSequence);
            }
            self.ptr += 1;
        }
        Ok(())
    }

    fn attribute_accessor(&mut self) -> Result<Option<Span>> {
        if self.take(b'.') {
            Ok(Some(self.identifier()?))
        } else {
            Ok(None)
        }
    }

    fn call_arguments(&mut self) -> Result<Option<CallArguments>> {
        // Blanks (even line ends) before "(" are skipped either way, as fluent-syntax does.
        self.skip_blank();
        if !self.take(b'(') {
            return Ok(None);
        }
        let mut args = CallArguments::default();
        self.skip_blank();
        while self.ptr < self.src.len() && self.peek() != Some(b')') {
            let expression = self.inline(false)?;
            self.skip_blank();
            match expression {
                Inline::Message {
                    id,
                    attribute: None,
                } if self.peek() == Some(b':') => {
                    let name = self.text(id);
                    if args.named.iter().any(|(n, _)| self.text(*n) == name) {
                        return self.fail(ParseErrorKind::BadArguments);
                    }
                    self.ptr += 1;
                    self.skip_blank();
                    let value = self.inline(true)?;
                    args.named.push((id, value));
                }
                positional => {
                    if !args.named.is_empty() {
                        return self.fail(ParseErrorKind::BadArguments);
                    }
                    args.positional.push(positional);
                }
            }
            self.skip_blank();
            self.take(b',');
            self.skip_blank();
        }
        self.expect(b')')?;
        Ok(Some(args))
    }
}
