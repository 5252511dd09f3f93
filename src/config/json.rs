//! A small JSON reader for the configuration, in place of serde_json in the widget.
//!
//! It owns the text → [`Value`] step: RFC 8259 JSON (a leading BOM is tolerated), every
//! value tagged with the byte offset where it starts, objects kept in key order. It
//! exists to keep serde_json's generic code out of the wasm and to give webmasters
//! syntax errors in the house style, each with a hint and a line:column that matches
//! their editor (see [`LineIndex`]).
//!
//! Decisions:
//! - A key written twice in one object is an error at the second one, with the first
//!   one's position in the hint: a silent "last one wins" hides edits that never apply.
//! - Numbers keep their literal text: the configuration only needs unsigned integers,
//!   read exactly by [`Value::as_u64`], and messages quote numbers as written.
//! - Nesting deeper than [`MAX_DEPTH`] is an error (as in serde_json), so hostile input
//!   cannot overflow the stack, here or in the recursive readers after it.

use super::error::{ConfigError, ErrorKind, Location};
use crate::model::escaped;

/// Deepest nesting of lists and objects accepted; the configuration needs about eight.
pub(crate) const MAX_DEPTH: usize = 128;

/// A JSON value and the byte offset where it starts in the source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Value {
    /// Byte offset of the value's first character.
    pub(crate) at: usize,
    /// What the value is.
    pub(crate) kind: Kind,
}

/// The JSON types; objects keep their entries in source order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    /// The number as written (validated against the JSON grammar).
    Number(Box<str>),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value of `key`, when this is an object that has it.
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        match &self.kind {
            Kind::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text, when this is a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::String(s) => Some(s),
            _ => None,
        }
    }

    /// A non-negative integer written without fraction or exponent, when it fits a u64.
    pub(crate) fn as_u64(&self) -> Option<u64> {
        match &self.kind {
            Kind::Number(n) => n.parse().ok(),
            _ => None,
        }
    }
}

/// Parses `text` as one JSON value. A syntax error is one [`ConfigError`] at the root
/// path, located, with a hint where one helps (in a `Vec`, as all config errors are).
pub(crate) fn parse(text: &str) -> Result<Value, Vec<ConfigError>> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    // Editors hide a byte-order mark; accept it like they do.
    if text.starts_with('\u{feff}') {
        p.i = '\u{feff}'.len_utf8();
    }
    let result = p.ws().and_then(|()| p.document());
    result.map_err(|e| vec![e.into_config_error(text)])
}

/// A syntax error before it is located.
#[derive(Debug)]
struct SyntaxError {
    at: usize,
    message: String,
    hint: Option<String>,
}

impl SyntaxError {
    fn into_config_error(self, text: &str) -> ConfigError {
        let mut err = ConfigError::new(
            "",
            ErrorKind::Syntax {
                message: self.message,
                hint: self.hint,
            },
        );
        err.location = Some(LineIndex::new(text).location(self.at));
        err
    }
}

type Parsed<T> = Result<T, SyntaxError>;

fn fail<T>(at: usize, message: impl Into<String>, hint: Option<String>) -> Parsed<T> {
    Err(SyntaxError {
        at,
        message: message.into(),
        hint,
    })
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Skips whitespace; a comment is an error here, as it is anywhere in JSON.
    fn ws(&mut self) -> Parsed<()> {
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' | b'\n' | b'\r' => self.i += 1,
                b'/' if matches!(self.b.get(self.i + 1), Some(b'/' | b'*')) => {
                    return fail(
                        self.i,
                        "comments are not allowed in JSON",
                        Some("remove the comment".into()),
                    )
                }
                _ => break,
            }
        }
        Ok(())
    }

    /// `found …` for messages: the character at the cursor, or the end of the file.
    fn found(&self) -> String {
        match self.text.get(self.i..).and_then(|s| s.chars().next()) {
            Some(c) if c.is_control() || c.is_whitespace() => format!("found {}", escaped(c)),
            Some(c) => format!("found `{c}`"),
            None => "found the end of the file".into(),
        }
    }

    fn document(&mut self) -> Parsed<Value> {
        if self.peek().is_none() {
            return fail(
                self.i,
                "the file is empty",
                Some("a configuration is one JSON object, `{ … }`".into()),
            );
        }
        let value = self.value()?;
        self.ws()?;
        if self.peek().is_some() {
            return fail(
                self.i,
                format!("unexpected text after the end of the configuration, {}", self.found()),
                Some(format!(
                    "the configuration ends at line {}; remove what follows, or check for a `}}` or `]` too many",
                    LineIndex::new(self.text).location(self.i).line
                )),
            );
        }
        Ok(value)
    }

    /// One value; the cursor is on its first character (whitespace already skipped).
    fn value(&mut self) -> Parsed<Value> {
        let at = self.i;
        let kind = match self.peek() {
            Some(b'{') => self.nested(Self::object)?,
            Some(b'[') => self.nested(Self::array)?,
            Some(b'"') => Kind::String(self.string()?),
            // `+1` and `.5` too, to say "invalid number" rather than "expected a value".
            Some(b'-' | b'+' | b'.' | b'0'..=b'9') => Kind::Number(self.number()?),
            Some(b't') if self.b[self.i..].starts_with(b"true") => self.word(4, Kind::Bool(true)),
            Some(b'f') if self.b[self.i..].starts_with(b"false") => self.word(5, Kind::Bool(false)),
            Some(b'n') if self.b[self.i..].starts_with(b"null") => self.word(4, Kind::Null),
            _ => return self.not_a_value(),
        };
        Ok(Value { at, kind })
    }

    fn word(&mut self, len: usize, kind: Kind) -> Kind {
        self.i += len;
        kind
    }

    fn not_a_value(&self) -> Parsed<Value> {
        let hint = match self.peek() {
            None => "the file ends too early; something is cut off".into(),
            Some(b'\'') => "strings are written in double quotes, like \"text\"".into(),
            Some(b'}' | b']') => "a value is missing here".into(),
            Some(c) if c.is_ascii_alphabetic() => {
                "JSON knows `true`, `false` and `null` (lowercase); put text in double quotes".into()
            }
            Some(_) => "expected text in double quotes, a number, a list `[…]`, an object `{…}`, `true`, `false` or `null`".into(),
        };
        fail(
            self.i,
            format!("expected a value, {}", self.found()),
            Some(hint),
        )
    }

    /// Runs a container reader one level deeper, refusing absurd nesting.
    fn nested(&mut self, read: fn(&mut Self) -> Parsed<Kind>) -> Parsed<Kind> {
        if self.depth >= MAX_DEPTH {
            return fail(
                self.i,
                format!("lists and objects nested more than {MAX_DEPTH} levels deep"),
                Some(
                    "a configuration needs only a few levels; check for a runaway `[` or `{`"
                        .into(),
                ),
            );
        }
        self.depth += 1;
        let kind = read(self)?;
        self.depth -= 1;
        Ok(kind)
    }

    fn object(&mut self) -> Parsed<Kind> {
        let open = self.i;
        self.i += 1;
        let mut members: Vec<(String, Value)> = Vec::new();
        let mut key_at: Vec<usize> = Vec::new();
        let mut comma = 0;
        self.ws()?;
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Kind::Object(members));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') if !members.is_empty() => {
                    return fail(
                        comma,
                        "trailing comma is not allowed in JSON",
                        Some("remove the `,` after the last entry".into()),
                    )
                }
                None => return self.unclosed(open, "an object", '}'),
                _ => {
                    return fail(
                        self.i,
                        format!("expected a key in double quotes, {}", self.found()),
                        Some("write keys in double quotes, like \"id\"".into()),
                    )
                }
            }
            let at = self.i;
            let key = self.string()?;
            self.ws()?;
            if self.peek() != Some(b':') {
                if self.peek().is_none() {
                    return self.unclosed(open, "an object", '}');
                }
                return fail(
                    self.i,
                    format!("expected `:` after the key `{key}`, {}", self.found()),
                    Some("write an entry as \"key\": value".into()),
                );
            }
            self.i += 1;
            self.ws()?;
            let value = self.value()?;
            members.push((key, value));
            key_at.push(at);
            self.ws()?;
            match self.peek() {
                Some(b',') => {
                    comma = self.i;
                    self.i += 1;
                    self.ws()?;
                }
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                None => return self.unclosed(open, "an object", '}'),
                Some(c) => {
                    let hint = if c == b'"' {
                        "a `,` is missing at the end of the entry before".into()
                    } else {
                        "separate entries with `,` and close the object with `}`".into()
                    };
                    return fail(
                        self.i,
                        format!(
                            "expected `,` or `}}` after an object entry, {}",
                            self.found()
                        ),
                        Some(hint),
                    );
                }
            }
        }
        self.no_duplicate_keys(&members, &key_at)?;
        Ok(Kind::Object(members))
    }

    /// A key written twice is an error at the second, pointing at the first.
    fn no_duplicate_keys(&self, members: &[(String, Value)], key_at: &[usize]) -> Parsed<()> {
        // Pairwise for the usual handful of keys; sorted for big objects, so a hostile
        // file with 100 000 keys stays n log n.
        let duplicate = if members.len() <= 16 {
            (1..members.len()).find_map(|j| {
                (0..j)
                    .find(|&i| members[i].0 == members[j].0)
                    .map(|i| (i, j))
            })
        } else {
            // Stable: equal keys stay in file order.
            let order =
                crate::model::stable_order(members.len(), &|a, b| members[a].0.cmp(&members[b].0));
            order
                .windows(2)
                .filter(|w| members[w[0]].0 == members[w[1]].0)
                .map(|w| (w[0], w[1]))
                .min_by_key(|&(_, second)| second)
        };
        match duplicate {
            None => Ok(()),
            Some((first, second)) => fail(
                key_at[second],
                format!("duplicate key `{}`", members[second].0),
                Some(format!(
                    "the same key is already at {}; keep one of the two",
                    LineIndex::new(self.text).location(key_at[first])
                )),
            ),
        }
    }

    fn array(&mut self) -> Parsed<Kind> {
        let open = self.i;
        self.i += 1;
        let mut items = Vec::new();
        let mut comma = 0;
        self.ws()?;
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Kind::Array(items));
        }
        loop {
            match self.peek() {
                Some(b']') => {
                    return fail(
                        comma,
                        "trailing comma is not allowed in JSON",
                        Some("remove the `,` after the last item".into()),
                    )
                }
                None => return self.unclosed(open, "a list", ']'),
                _ => {}
            }
            items.push(self.value()?);
            self.ws()?;
            match self.peek() {
                Some(b',') => {
                    comma = self.i;
                    self.i += 1;
                    self.ws()?;
                }
                Some(b']') => {
                    self.i += 1;
                    return Ok(Kind::Array(items));
                }
                None => return self.unclosed(open, "a list", ']'),
                Some(_) => {
                    return fail(
                        self.i,
                        format!("expected `,` or `]` after a list item, {}", self.found()),
                        Some("separate items with `,` and close the list with `]`".into()),
                    )
                }
            }
        }
    }

    /// The file ends inside a list or object: say which one is left open.
    fn unclosed<T>(&self, open: usize, what: &str, close: char) -> Parsed<T> {
        fail(
            self.i,
            format!("the file ends inside {what}"),
            Some(format!(
                "a closing `{close}` is missing for the `{}` at {}",
                if close == '}' { '{' } else { '[' },
                LineIndex::new(self.text).location(open)
            )),
        )
    }

    /// A string; the cursor is on the opening quote.
    fn string(&mut self) -> Parsed<String> {
        let open = self.i;
        self.i += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let run = self.i;
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The stops are ASCII, so both ends are character boundaries.
            out.push_str(self.text.get(run..self.i).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out)?,
                Some(c) if c == b'\n' || c == b'\r' => {
                    return fail(
                        self.i,
                        "the text has a line break before its closing `\"`",
                        Some(format!(
                            "close the text that starts at {} on the same line; write a line break in it as \\n",
                            LineIndex::new(self.text).location(open)
                        )),
                    )
                }
                Some(_) => {
                    return fail(
                        self.i,
                        format!("control character {} in a text", self.found().trim_start_matches("found ")),
                        Some("write a tab as \\t; other control characters as \\u00XX".into()),
                    )
                }
                None => {
                    return fail(
                        self.i,
                        "the file ends inside a text",
                        Some(format!(
                            "a closing `\"` is missing for the text that starts at {}",
                            LineIndex::new(self.text).location(open)
                        )),
                    )
                }
            }
        }
    }

    /// One escape; the cursor is on the backslash.
    fn escape(&mut self, out: &mut String) -> Parsed<()> {
        let at = self.i;
        let c = match self.b.get(self.i + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.i += 2;
                return self.unicode_escape(at, out);
            }
            _ => {
                self.i += 1;
                let shown = match self.text.get(self.i..).and_then(|s| s.chars().next()) {
                    Some(c) if !c.is_control() => format!("`\\{c}`"),
                    _ => "`\\`".into(),
                };
                return fail(
                    at,
                    format!("invalid escape {shown} in a text"),
                    Some(r#"JSON knows \" \\ \/ \b \f \n \r \t and \uXXXX; write a backslash itself as \\"#.into()),
                );
            }
        };
        self.i += 2;
        out.push(c);
        Ok(())
    }

    /// `\uXXXX`, or a surrogate pair of two; the cursor is after the first `\u`.
    fn unicode_escape(&mut self, at: usize, out: &mut String) -> Parsed<()> {
        let high = self.hex4(at)?;
        let code = match high {
            0xD800..=0xDBFF => {
                if !self.b[self.i..].starts_with(b"\\u") {
                    return lone_surrogate(at, high);
                }
                self.i += 2;
                let low = self.hex4(self.i - 2)?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return lone_surrogate(at, high);
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return lone_surrogate(at, high),
            other => other,
        };
        match char::from_u32(code) {
            Some(c) => {
                out.push(c);
                Ok(())
            }
            None => lone_surrogate(at, high),
        }
    }

    /// Four hex digits at the cursor.
    fn hex4(&mut self, escape_at: usize) -> Parsed<u32> {
        let digits = self
            .b
            .get(self.i..self.i + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        let Some(digits) = digits else {
            return fail(
                escape_at,
                "invalid unicode escape in a text",
                Some("write \\u followed by exactly four hex digits, like \\u00e9".into()),
            );
        };
        self.i += 4;
        Ok(digits
            .iter()
            .fold(0, |n, &d| n * 16 + char::from(d).to_digit(16).unwrap_or(0)))
    }

    /// A number per RFC 8259: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Parsed<Box<str>> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.i += 1;
            }
            p.i > from
        };
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let mut ok = digits(self);
        if ok && self.b[int_start] == b'0' && self.i - int_start > 1 {
            ok = false;
        }
        if ok && self.peek() == Some(b'.') {
            self.i += 1;
            ok = digits(self);
        }
        if ok && matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            ok = digits(self);
        }
        // Glued letters or digits (`12px`, `0x1F`, a leading zero) make it not a number.
        while !ok
            || self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'.')
        {
            ok = false;
            match self.peek() {
                Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-') => {
                    self.i += 1
                }
                _ => break,
            }
        }
        let literal = self.text.get(start..self.i).unwrap_or_default();
        if !ok {
            return fail(
                start,
                format!("invalid number `{literal}`"),
                Some("write numbers like 12, -3 or 1.5: no leading zeros, no `+`, no units; put other text in double quotes".into()),
            );
        }
        Ok(literal.into())
    }
}

fn lone_surrogate<T>(at: usize, unit: u32) -> Parsed<T> {
    fail(
        at,
        format!("invalid unicode escape `\\u{unit:04X}` in a text: half of a surrogate pair"),
        Some("a \\uD800–\\uDBFF escape must be followed by a \\uDC00–\\uDFFF escape; or write the character itself".into()),
    )
}

/// Byte offset → 1-based line and column as an editor shows them: columns count
/// characters, and a byte-order mark at the start takes no column.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { text, starts }
    }

    /// The location of a byte offset (clamped to the text).
    pub(crate) fn location(&self, offset: usize) -> Location {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let mut start = self.starts[line - 1];
        if start == 0 && self.text.starts_with('\u{feff}') {
            start = '\u{feff}'.len_utf8();
        }
        let end = offset.min(self.text.len()).max(start);
        let column = self
            .text
            .get(start..end)
            .map_or(1, |s| s.chars().count() + 1);
        Location { line, column }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Value {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    /// `line:col: message | hint` of a syntax error.
    fn err(text: &str) -> String {
        let e = parse(text).expect_err(text).remove(0);
        let ErrorKind::Syntax { message, hint } = e.kind else {
            panic!("not a syntax error: {e:?}");
        };
        let at = e.location.expect("located");
        format!("{at}: {message} | {}", hint.unwrap_or_default())
    }

    #[test]
    fn values_with_offsets_and_key_order() {
        let v = ok(" {\"b\": [1, -2.5e3, true, false, null], \"a\": \"x\"}");
        assert_eq!(v.at, 1);
        let Kind::Object(members) = &v.kind else {
            panic!("object")
        };
        let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a"]);
        let Some(Value {
            at: 7,
            kind: Kind::Array(items),
        }) = v.get("b")
        else {
            panic!("array at 7: {v:?}")
        };
        assert_eq!(items[0].as_u64(), Some(1));
        assert_eq!(items[1].kind, Kind::Number("-2.5e3".into()));
        assert_eq!(items[1].as_u64(), None);
        assert_eq!(items[2].kind, Kind::Bool(true));
        assert_eq!(items[4].kind, Kind::Null);
        assert_eq!(v.get("a").and_then(Value::as_str), Some("x"));
    }

    #[test]
    fn escapes_and_surrogate_pairs() {
        let v = ok(r#""a\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00z""#);
        assert_eq!(v.as_str(), Some("a\"\\/\u{8}\u{c}\n\r\té😀z"));
        assert_eq!(
            ok("\"gemeente Súdwest-Fryslân\"").as_str(),
            Some("gemeente Súdwest-Fryslân")
        );
        assert!(err(r#""\uD83D""#).contains("surrogate"));
        assert!(err(r#""\uDE00x""#).contains("surrogate"));
        assert!(err(r#""\uD83Dx\uDE00""#).contains("surrogate"));
        assert!(err(r#""\uD83D\u0041""#).contains("surrogate"));
        assert_eq!(
            err(r#"{"a": "\x"}"#),
            r#"1:8: invalid escape `\x` in a text | JSON knows \" \\ \/ \b \f \n \r \t and \uXXXX; write a backslash itself as \\"#
        );
        assert!(err(r#""\u12G4""#).starts_with("1:2: invalid unicode escape"));
    }

    #[test]
    fn numbers_follow_the_grammar() {
        for good in ["0", "-0", "12", "1.5", "1e3", "1E+3", "-1.0e-3"] {
            assert!(matches!(ok(good).kind, Kind::Number(_)), "{good}");
        }
        for bad in [
            "01", "+1", "1.", ".5", "1e", "-", "12px", "0x1F", "1.2.3", "--1",
        ] {
            assert!(err(bad).contains("invalid number"), "{bad}: {}", err(bad));
        }
        assert_eq!(ok("18446744073709551615").as_u64(), Some(u64::MAX));
        assert_eq!(ok("18446744073709551616").as_u64(), None);
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        assert_eq!(
            err("{\n  \"a\": 1,\n}"),
            "2:9: trailing comma is not allowed in JSON | remove the `,` after the last entry"
        );
        assert_eq!(
            err("[1, 2,]"),
            "1:6: trailing comma is not allowed in JSON | remove the `,` after the last item"
        );
        assert_eq!(
            err("{\"a\": 1 \"b\": 2}"),
            "1:9: expected `,` or `}` after an object entry, found `\"` | a `,` is missing at the end of the entry before"
        );
        assert_eq!(
            err("{\"a\" 1}"),
            "1:6: expected `:` after the key `a`, found `1` | write an entry as \"key\": value"
        );
        assert_eq!(
            err("{\"a\": [1, 2}"),
            "1:12: expected `,` or `]` after a list item, found `}` | separate items with `,` and close the list with `]`"
        );
        assert_eq!(
            err("{\"a\": [\n"),
            "2:1: the file ends inside a list | a closing `]` is missing for the `[` at 1:7"
        );
        assert_eq!(
            err("{'a': 1}"),
            "1:2: expected a key in double quotes, found `'` | write keys in double quotes, like \"id\""
        );
        assert_eq!(
            err("{\"a\": True}"),
            "1:7: expected a value, found `T` | JSON knows `true`, `false` and `null` (lowercase); put text in double quotes"
        );
        assert_eq!(
            err("{\"a\": 1} x"),
            "1:10: unexpected text after the end of the configuration, found `x` | the configuration ends at line 1; remove what follows, or check for a `}` or `]` too many"
        );
        assert_eq!(
            err("  "),
            "1:3: the file is empty | a configuration is one JSON object, `{ … }`"
        );
        assert!(err("{\"a\": 1 // note\n}").contains("comments are not allowed"));
        assert!(err("\"a\nb\"").starts_with("1:3: the text has a line break"));
        assert!(err("\"a\tb\"").starts_with("1:3: control character"));
        assert!(err("\"abc").starts_with("1:5: the file ends inside a text"));
    }

    #[test]
    fn duplicate_keys_name_both_places() {
        assert_eq!(
            err("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}"),
            "3:3: duplicate key `id` | the same key is already at 2:3; keep one of the two"
        );
        let many: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}, \"k7\": 0}}", many.join(", "));
        assert!(err(&text).contains("duplicate key `k7`"));
        assert!(parse(&format!("{{{}}}", many.join(", "))).is_ok());
    }

    #[test]
    fn bom_and_columns_in_characters() {
        assert!(ok("\u{feff}{}").get("x").is_none());
        assert_eq!(err("\u{feff}{,}"), "1:2: expected a key in double quotes, found `,` | write keys in double quotes, like \"id\"");
        assert_eq!(
            err("{\"ë\": x}").split(':').take(2).collect::<Vec<_>>(),
            ["1", "7"]
        );
        assert_eq!(
            err("{\r\n\"a\": x}").split(':').take(2).collect::<Vec<_>>(),
            ["2", "6"]
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(err(&deep).contains("nested more than 128 levels"));
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_ok());
        let too_deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(parse(&too_deep).is_err());
    }
}
