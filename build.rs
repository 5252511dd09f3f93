//! Build step: what the widget compiles in, without what only people need.
//!
//! * The stylesheets, concatenated in cascade order, without comments and redundant
//!   whitespace, for `src/embed/styles.rs` (`OUT_DIR/widget.css`).
//! * The bundled Dutch `.ftl` files without comment lines, for `src/i18n/bundled.rs`
//!   (`OUT_DIR/nl-ui.ftl`, `OUT_DIR/nl-flow.ftl`): comments are for translators. Also
//!   without the helper-mode variants (`<id>-helper`, and the `.helper` tips): they are
//!   a third of the Dutch texts and only someone who fills the widget in for another
//!   person reads them, so
//!   the widget fetches the full Dutch files when helper mode is turned on (ADR 0011).
//!   Of `flow.ftl` only what the first screens need is compiled in: the questions, their
//!   options and the terms, and the section `## Crisisadviezen` (crisis advice, which a
//!   resident can reach from the first screen). The other advice
//!   texts come with the full Dutch files, fetched once the first question is on screen
//!   (ADR 0011).
//!
//! The sources stay commented for people; residents do not download the comments.

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
];

/// The stylesheets of what comes after the first question (the answers, the advice, its
/// cards, "Mijn overzicht", print): `OUT_DIR/later.css`, which `scripts/build` ships as
/// `wegwijzer_later.css` and the loader adopts once the first question is on screen
/// (ADR 0016); the playground's module compiles it in.
const LATER_STYLES: &[&str] = &["answers", "advice", "service-card", "handover", "print"];

/// `ui.ftl` messages left to the fetched files (ADR 0016): the share link and the
/// rights, which crisis advice never shows; until the complete words arrive the advice
/// leaves them out.
const LATER_UI: &[&str] = &["share-", "handover-share", "right-", "handover-rights"];

/// `source` without the messages whose id starts with one of `prefixes` (with their
/// attributes and continuation lines).
fn without(source: &str, prefixes: &[&str]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut keep = true;
    for line in source.split_inclusive('\n') {
        if starts_entry(line) {
            keep = !prefixes.iter().any(|p| line.starts_with(p));
        }
        if keep {
            out.push_str(line);
        }
    }
    out
}

/// The Dutch sources compiled in, as (file under `locales/nl/`, name in `OUT_DIR`).
const BUNDLED: &[(&str, &str)] = &[("ui.ftl", "nl-ui.ftl"), ("flow.ftl", "nl-flow.ftl")];

/// `flow.ftl` messages compiled in by id: what the questions show.
const FIRST_SCREENS: &[&str] = &["question-", "option-", "answer-", "duration", "term-"];

/// The `flow.ftl` section compiled in whole: crisis advice and the services on it.
const CRISIS_SECTION: &str = "## Crisisadviezen";

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);

    for (names, file) in [(STYLES, "widget.css"), (LATER_STYLES, "later.css")] {
        let mut css = String::new();
        for name in names {
            let path = format!("styles/{name}.css");
            css.push_str(&minify_css(&read(Path::new(&path))));
        }
        write(&out_dir.join(file), &css);
    }

    for (file, out) in BUNDLED {
        let mut source = read(&Path::new("locales/nl").join(file));
        if *file == "flow.ftl" {
            source = first_screens(&source);
        } else {
            source = without(&source, LATER_UI);
        }
        write(
            &out_dir.join(out),
            &strip_helper_messages(&strip_ftl_comments(&source)),
        );
    }
}

fn read(path: &Path) -> String {
    println!("cargo::rerun-if-changed={}", path.display());
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
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

/// Drops comment lines (`#` in the first column). A comment block stays when the next
/// non-blank line is indented: removing it would turn that (broken) line into a
/// continuation of the message before the comment and change what the file means.
/// Whether `line` starts a message or term (an identifier at column 0); every other
/// non-comment line continues the entry before it (indented lines, and a closing `}`).
fn starts_entry(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-')
}

/// Keeps the messages whose id starts with one of [`FIRST_SCREENS`] and every message in
/// the [`CRISIS_SECTION`] (up to the next `## ` heading); comments stay for
/// [`strip_ftl_comments`]. Continuation lines (starting with a space) follow their message.
fn first_screens(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let (mut in_crisis, mut keep) = (false, false);
    for line in source.split_inclusive('\n') {
        if line.starts_with("## ") {
            in_crisis = line.starts_with(CRISIS_SECTION);
        }
        if line.starts_with('#') || line.trim().is_empty() {
            keep = false;
            out.push_str(line);
            continue;
        }
        if starts_entry(line) {
            keep = in_crisis || FIRST_SCREENS.iter().any(|p| line.starts_with(p));
        }
        if keep {
            out.push_str(line);
        }
    }
    out
}

/// Drops every message whose id ends in `-helper`, with its attributes and the blank
/// lines after it, and every `.helper` attribute (the tip for helpers on an advice). A
/// message starts at a line that begins with its id; the lines that begin with a space
/// (or are blank) belong to it; an attribute's value may go on in deeper-indented lines.
fn strip_helper_messages(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let (mut message, mut attribute) = (false, false);
    for line in source.split_inclusive('\n') {
        if line.starts_with('#') || starts_entry(line) {
            let id = line.split('=').next().unwrap_or_default().trim();
            message = starts_entry(line) && id.ends_with("-helper");
            attribute = false;
        } else if line.trim_start().starts_with('.') {
            attribute = line.trim_start().starts_with(".helper");
        } else if !line.starts_with("     ") && !line.trim().is_empty() {
            attribute = false;
        }
        if !message && !attribute {
            out.push_str(line);
        }
    }
    out
}

fn strip_ftl_comments(source: &str) -> String {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with('#') {
            out.push_str(lines[i]);
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| !lines[j].starts_with('#'))
            .unwrap_or(lines.len());
        let next = lines[end..].iter().find(|l| !l.trim().is_empty());
        if next.is_some_and(|l| l.starts_with(' ')) {
            lines[i..end].iter().for_each(|l| out.push_str(l));
        }
        i = end;
    }
    out
}
