//! Quoting text from a configuration or a page in messages for webmasters: `"text"`,
//! with the characters a reader could not see or tell apart written as escapes.
//!
//! Rust's `{:?}` does this too, but it decides what is "printable" with Unicode tables
//! that cost the widget ~3 KB of brotli; these two functions need none. For quotes,
//! backslashes, control characters, the Unicode whitespace other than the plain space
//! and the invisible format characters below they write exactly what `{:?}` writes.
//! Other characters (letters of every script, combining accents, emoji) appear as
//! themselves, where `{:?}` would escape a few rare ones (combining marks, unassigned
//! code points). Tests in this file pin both halves of that promise.

/// `s` between double quotes, escaped like `{:?}` for the characters named above.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            _ if needs_escape(c) => out.push_str(&escaped(c)),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One control, whitespace or invisible character as `{:?}` / `escape_debug` writes
/// it: `\t`, `\r`, `\n`, `\0`, or `\u{hex}`. Other characters are returned as they are.
pub fn escaped(c: char) -> String {
    match c {
        '\t' => "\\t".into(),
        '\r' => "\\r".into(),
        '\n' => "\\n".into(),
        '\0' => "\\0".into(),
        ' ' => " ".into(),
        _ if needs_escape(c) => format!("\\u{{{:x}}}", c as u32),
        _ => c.to_string(),
    }
}

/// Control characters, whitespace other than the plain space, and the format
/// characters that change text without showing: soft hyphen, zero-width characters,
/// direction marks, embeddings, overrides and isolates, word joiner and invisible
/// operators, the byte-order mark, and interlinear annotation marks.
fn needs_escape(c: char) -> bool {
    c != ' '
        && (c.is_control()
            || c.is_whitespace()
            || matches!(
                c,
                '\u{ad}'
                    | '\u{61c}'
                    | '\u{180e}'
                    | '\u{200b}'..='\u{200f}'
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{2066}'..='\u{206f}'
                    | '\u{feff}'
                    | '\u{fff9}'..='\u{fffb}'
            ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character `needs_escape` picks, and every control or whitespace character
    /// (what the JSON reader names in its messages), is written as `escape_debug` does.
    #[test]
    fn escapes_like_debug_where_it_escapes() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if c.is_control() || c.is_whitespace() {
                assert_eq!(
                    escaped(c),
                    c.escape_debug().to_string(),
                    "U+{:04X}",
                    c as u32
                );
            }
            if needs_escape(c) {
                assert_eq!(
                    escaped(c),
                    c.escape_debug().to_string(),
                    "U+{:04X}",
                    c as u32
                );
                assert_eq!(quoted(&c.to_string()), format!("{:?}", c.to_string()));
            }
        }
    }

    /// Ordinary text of every script quotes exactly like `{:?}`.
    #[test]
    fn ordinary_text_quotes_like_debug() {
        for s in [
            "",
            "wijkteam-noord",
            "Gemeente 's-Hertogenbosch",
            "een \"citaat\" en een \\ schuine streep",
            "tab\there, line\nbreak, cr\r, nul\0",
            "é ü ñ ø ß — “curly” ‘quotes’ …",
            "العربية والأرقام ١٢٣",
            "Українська мова",
            "Türkçe İ ı ş ğ",
            "日本語 🙂 👍🏽",
            "non\u{a0}breaking, thin\u{2009}space, ideographic\u{3000}space",
            "zero\u{200b}width, rlo\u{202e}override, isolate\u{2068}x\u{2069}, bom\u{feff}",
        ] {
            assert_eq!(quoted(s), format!("{s:?}"), "{s}");
        }
    }

    /// Where `{:?}` escapes a visible character (a combining mark, an unassigned code
    /// point), we keep the character: the deliberate difference.
    #[test]
    fn rare_visible_characters_stay_as_they_are() {
        assert_eq!(quoted("e\u{301}"), "\"e\u{301}\"");
        assert_ne!(quoted("e\u{301}"), format!("{:?}", "e\u{301}"));
    }
}
