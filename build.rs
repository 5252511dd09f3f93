//! Build step: the widget's stylesheets, concatenated in cascade order and stripped of
//! comments and redundant whitespace, for `src/embed/styles.rs` to compile in. The
//! sources stay commented for people; residents do not download the comments.

use std::{env, fs, path::Path};

/// Every stylesheet, tokens first (the order is the cascade order).
const STYLES: &[&str] = &[
    "tokens",
    "base",
    "crisis-strip",
    "quick-exit",
    "toolbar",
    "question",
    "choice",
    "field",
    "error-summary",
    "answers",
    "advice",
    "service-card",
    "handover",
    "print",
];

fn main() {
    let mut css = String::new();
    for name in STYLES {
        let path = format!("styles/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        css.push_str(&minify_css(&text));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.css");
    fs::write(&out, css).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

/// Drops `/* comments */`, turns whitespace runs into one space and removes spaces next
/// to `{ } ; ,` and `>`. Quoted strings are copied untouched. Spaces around `:` are
/// kept, because in selectors `a :hover` and `a:hover` differ.
fn minify_css(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                pending_space = true;
            }
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c && !escaped {
                        break;
                    }
                    escaped = d == '\\' && !escaped;
                }
            }
            c if c.is_whitespace() => pending_space = true,
            c => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the one space a whitespace run stands for, unless punctuation on either side
/// makes it meaningless.
fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
    if std::mem::take(pending) {
        let after_tight = out.chars().last().is_none_or(|p| TIGHT.contains(&p));
        if !after_tight && !TIGHT.contains(&next) {
            out.push(' ');
        }
    }
}
