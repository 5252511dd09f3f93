//! Parse-checks translated Fluent files and compares them with the Dutch source.
//!
//! Usage: cargo run --quiet --no-default-features --example ftl_check -- locales/tr/flow.ftl ...
//!
//! For each file: parses it with `fluent_syntax::parser::parse` and prints every syntax
//! error; then compares message ids and attributes (and, as a warning, the variables each
//! message uses) with `locales/nl/<same file name>`, printing missing and extra ids.
//! Exits 1 on any syntax error or any missing/extra id or attribute.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>; // id -> (attrs, vars)

fn vars_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                vars_inline(p, out);
            }
            for n in &arguments.named {
                vars_inline(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => vars_expr(expression, out),
        _ => {}
    }
}

fn vars_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            vars_inline(selector, out);
            for v in variants {
                vars_pattern(&v.value, out);
            }
        }
        Expression::Inline(i) => vars_inline(i, out),
    }
}

fn vars_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            vars_expr(expression, out);
        }
    }
}

/// Parses `src`, printing errors under `label`; returns the shape and whether it was clean.
fn shape(label: &str, src: &str) -> (Shape, bool) {
    let (res, ok) = match parse(src) {
        Ok(r) => (r, true),
        Err((r, errs)) => {
            for e in &errs {
                let line = src[..e.pos.start.min(src.len())].matches('\n').count() + 1;
                println!("{label}:{line}: syntax error: {:?}", e.kind);
            }
            (r, false)
        }
    };
    let mut out = Shape::new();
    for entry in &res.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                vars_pattern(v, &mut vars);
            }
            let mut attrs = BTreeSet::new();
            for a in &m.attributes {
                attrs.insert(a.id.name.to_string());
                vars_pattern(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_string(), (attrs, vars));
        } else if let Entry::Junk { content } = entry {
            let first = content.lines().next().unwrap_or("");
            println!("{label}: junk (unparsed text): {first}");
        }
    }
    (out, ok)
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: ftl_check <locales/xx/file.ftl>...");
        std::process::exit(2);
    }
    let mut failed = false;
    for f in &files {
        let src = match std::fs::read_to_string(f) {
            Ok(s) => s,
            Err(e) => {
                println!("{f}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let (got, ok) = shape(f, &src);
        failed |= !ok;
        let name = Path::new(f)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        // `locales/<lang>/<name>` and nested sets such as the u-form `locales/nl/u/<name>`
        // both compare with `locales/nl/<name>`: walk up to the `locales` folder if there is one.
        let nl_path = Path::new(f)
            .ancestors()
            .skip(1)
            .find(|p| p.file_name().is_some_and(|n| n == "locales"))
            .or_else(|| Path::new(f).parent().and_then(Path::parent))
            .map(|p| p.join("nl").join(&name))
            .unwrap();
        let Ok(nl_src) = std::fs::read_to_string(&nl_path) else {
            println!("{f}: no Dutch source at {}", nl_path.display());
            failed = true;
            continue;
        };
        let (want, _) = shape(&nl_path.to_string_lossy(), &nl_src);
        let mut problems = 0;
        for (id, (attrs, vars)) in &want {
            match got.get(id) {
                None => {
                    println!("{f}: missing id {id}");
                    problems += 1;
                }
                Some((a, v)) => {
                    for x in attrs.difference(a) {
                        println!("{f}: missing attribute {id}.{x}");
                        problems += 1;
                    }
                    for x in a.difference(attrs) {
                        println!("{f}: extra attribute {id}.{x}");
                        problems += 1;
                    }
                    if v != vars {
                        println!("{f}: warning: {id} uses variables {v:?}, Dutch uses {vars:?}");
                    }
                }
            }
        }
        for id in got.keys().filter(|id| !want.contains_key(*id)) {
            println!("{f}: extra id {id}");
            problems += 1;
        }
        failed |= problems > 0;
        println!(
            "{f}: {} messages ({} in Dutch source), {}",
            got.len(),
            want.len(),
            if ok && problems == 0 {
                "OK"
            } else {
                "PROBLEMS"
            }
        );
    }
    std::process::exit(i32::from(failed));
}
