//! Strips comment lines from the bundled Dutch `.ftl` files before they are compiled
//! into the widget (src/i18n/bundled.rs): comments are for translators, and leaving
//! them out makes the wasm smaller and start-up parsing shorter.

use std::path::Path;

/// The Dutch sources compiled in, as (file under `locales/nl/`, name in `OUT_DIR`).
const BUNDLED: &[(&str, &str)] = &[("ui.ftl", "nl-ui.ftl"), ("flow.ftl", "nl-flow.ftl")];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (file, out) in BUNDLED {
        let path = Path::new("locales/nl").join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        std::fs::write(Path::new(&out_dir).join(out), strip_comments(&source))
            .expect("cannot write to OUT_DIR");
    }
}

/// Drops comment lines (`#` in the first column). A comment block stays when the next
/// non-blank line is indented: removing it would turn that (broken) line into a
/// continuation of the message before the comment and change what the file means.
fn strip_comments(source: &str) -> String {
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
