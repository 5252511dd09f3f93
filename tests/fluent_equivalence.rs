//! Proof that our Fluent runtime (`wegwijzer::i18n::fluent`) formats exactly like the
//! reference implementation, fluent-bundle 0.16 (a dev-dependency only).
//!
//! For every shipped locale (and the Dutch u-form, the gemeente overlays of the tests
//! and a sample that uses every supported Fluent feature), every message and every
//! attribute is formatted by both runtimes, with bidi isolation on and off, with
//! argument values that reach every plural category and every string variant key, and
//! without arguments (missing variables). Texts and whether errors were reported must
//! be identical. Also: arbitrary input never panics the parser or the formatter, and
//! the hand-written plural rules agree with intl_pluralrules for 0..=1000.
#![cfg(not(target_arch = "wasm32"))]

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use wegwijzer::i18n::fluent::{self, Args, Bundle};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// Numbers that reach every CLDR category of nl, fy, en, tr, ar, pl and uk.
const NUMBERS: &[i64] = &[
    0, 1, 2, 3, 4, 5, 7, 10, 11, 12, 14, 21, 22, 25, 100, 101, 102, 111, 1000,
];

/// Every Fluent feature the runtime supports, including the ways formatting can fail.
const SAMPLE: &str = r#"
### Resource comment
## Group comment
-brand = Wegwijzer
    .gender = masculine
-team = { $case ->
    [lower] het wijkteam
   *[upper] Het wijkteam
}
# A message comment
plain = Gewoon tekst
with-var = Hallo { $name }, welkom.
only-var = { $name }
literal = Tekst { "met een string" } en { 42 } en { -3 } en { 1.50 } en { 007 }
escapes = { "\u0041\U01F600 \"quoted\" back\\slash" }
term-ref = Welkom bij { -brand }.
term-args = { -team(case: "lower") } helpt, { -team } ook.
term-attr = { -brand.gender ->
    [masculine] hij
   *[other] het
}
msg-ref = Zie: { plain }
attr-ref = Zie ook { with-attrs.hint }
with-attrs = Titel
    .hint = Een hint met { $name }
    .why = Omdat
attrs-only =
    .hint = Alleen een attribuut
no-value-ref = { attrs-only }
missing-ref = { nowhere } en { plain.nohint } en { -noterm }
function = { NUMBER($count) } stuks
multiline =
    Eerste regel
    tweede regel, { $name }

      ingesprongen regel
    laatste regel
inline-then-block = Begin
        verder
    terug
count = { $count ->
    [0] geen
    [one] één
    [few] een paar ({ $count })
    [many] veel ({ $count })
   *[other] { $count } stuks
}
exact-after-category = { $count ->
    [one] categorie
    [1] exact
   *[other] anders
}
string-select = { $kind ->
    [a] soort A
    [b] soort B
   *[other] iets anders: { $kind }
}
nested = { $unit ->
    [weeks] { $count ->
        [one] 1 week
       *[other] { $count } weken
    }
   *[days] { $count } dagen
}
select-on-number-literal = { 1 ->
    [one] een
   *[other] meer
}
select-on-string-literal = { "b" ->
    [b] bee
   *[other] anders
}
nested-placeable = { { $name } }
self-ref = Ik ben { self-ref }
cycle-a = A { cycle-b }
cycle-b = B { cycle-a }
trailing = Spaties aan het eind   
dup = eerste
dup = tweede
    .a = attr
"#;

/// A source with broken entries among good ones (junk recovery).
const BROKEN: &str = "ok = Goed\nbroken = { $\nalso-ok = Ook goed\nno-default = { $n ->\n    [one] een\n}\nbad-brace = a } b\nlast = Laatste\n";

struct Set {
    name: String,
    lang: &'static str,
    sources: Vec<String>,
}

fn sets() -> Vec<Set> {
    let mut out = Vec::new();
    let locale = |dir: &Path| -> Vec<String> {
        ["ui.ftl", "flow.ftl"]
            .iter()
            .map(|f| dir.join(f))
            .filter(|p| p.exists())
            .map(|p| read(&p))
            .collect()
    };
    for lang in wegwijzer::i18n::LANGUAGES {
        out.push(Set {
            name: lang.tag.to_owned(),
            lang: lang.tag,
            sources: locale(&root().join("locales").join(lang.tag)),
        });
    }
    out.push(Set {
        name: "nl/u".into(),
        lang: "nl",
        sources: locale(&root().join("locales/nl/u")),
    });
    for overlay in [
        "tests/fixtures/cli/overlay-nl.ftl",
        "tests/e2e/pages/overlay-nl.ftl",
    ] {
        let mut sources = locale(&root().join("locales/nl"));
        sources.push(read(&root().join(overlay)));
        out.push(Set {
            name: format!("nl + {overlay}"),
            lang: "nl",
            sources,
        });
    }
    for (dir, lang) in [
        ("tests/fixtures/cli/locales/en", "en"),
        ("tests/fixtures/cli/locales/nl", "nl"),
        ("tests/fixtures/cli/locales-nl-only/nl", "nl"),
    ] {
        out.push(Set {
            name: dir.into(),
            lang,
            sources: locale(&root().join(dir)),
        });
    }
    out.push(Set {
        name: "bundled Dutch".into(),
        lang: "nl",
        sources: wegwijzer::i18n::bundled::NL
            .iter()
            .map(|s| s.to_string())
            .collect(),
    });
    for lang in ["nl", "ar", "pl", "uk", "tr", "xx"] {
        out.push(Set {
            name: format!("sample ({lang})"),
            lang,
            sources: vec![SAMPLE.to_owned(), BROKEN.to_owned()],
        });
    }
    out
}

/// Variables a message uses, with the string keys of selects on them.
type Vars = BTreeMap<String, BTreeSet<String>>;

fn vars_of_pattern(p: &ast::Pattern<&str>, out: &mut Vars) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_of_expression(expression, out);
        }
    }
}

fn vars_of_expression(e: &ast::Expression<&str>, out: &mut Vars) {
    match e {
        ast::Expression::Inline(i) => vars_of_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            vars_of_inline(selector, out);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = out.entry(id.name.to_owned()).or_default();
                for v in variants {
                    if let ast::VariantKey::Identifier { name } = v.key {
                        keys.insert(name.to_owned());
                    }
                }
            }
            for v in variants {
                vars_of_pattern(&v.value, out);
            }
        }
    }
}

fn vars_of_inline(i: &ast::InlineExpression<&str>, out: &mut Vars) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.entry(id.name.to_owned()).or_default();
        }
        ast::InlineExpression::Placeable { expression } => vars_of_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for p in &arguments.positional {
                vars_of_inline(p, out);
            }
        }
        _ => {}
    }
}

/// The variables each message uses (in its value and attributes), by message id; the
/// variables of terms are added to every message, since any message may reference one.
fn variables(sources: &[String]) -> BTreeMap<String, Vars> {
    let mut by_message: BTreeMap<String, Vars> = BTreeMap::new();
    let mut in_terms = Vars::new();
    for src in sources {
        let resource = match fluent_syntax::parser::parse(src.as_str()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in &resource.body {
            let (value, attributes, vars) = match entry {
                ast::Entry::Message(m) => (
                    m.value.as_ref(),
                    &m.attributes,
                    by_message.entry(m.id.name.to_owned()).or_default(),
                ),
                ast::Entry::Term(t) => (Some(&t.value), &t.attributes, &mut in_terms),
                _ => continue,
            };
            if let Some(v) = value {
                vars_of_pattern(v, vars);
            }
            for a in attributes {
                vars_of_pattern(&a.value, vars);
            }
        }
    }
    for vars in by_message.values_mut() {
        for (name, keys) in &in_terms {
            vars.entry(name.clone())
                .or_default()
                .extend(keys.iter().cloned());
        }
    }
    by_message
}

/// Plural category names: numbers reach those variants, strings need not.
const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Argument sets: each string key of each selector variable, crossed with every number
/// and one plain string for all other variables; and no arguments at all.
fn argument_sets(vars: &Vars, lang: &str) -> Vec<Option<Vec<(String, Arg)>>> {
    let mut others: Vec<Arg> = NUMBERS
        .iter()
        .filter(|&&n| !intl_pluralrules_wrong(lang, n))
        .map(|&n| Arg::Int(n))
        .collect();
    others.push(Arg::Str("Tekst".into()));
    let mut out = vec![None];
    let keyed: Vec<(&String, Vec<&String>)> = vars
        .iter()
        .map(|(v, keys)| {
            (
                v,
                keys.iter()
                    .filter(|k| !CATEGORIES.contains(&k.as_str()))
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, keys)| !keys.is_empty())
        .collect();
    let mut key_choices: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for (var, keys) in &keyed {
        let mut next = Vec::new();
        for choice in &key_choices {
            for key in keys
                .iter()
                .copied()
                .chain(std::iter::once(&"geen-sleutel".to_owned()))
            {
                let mut c = choice.clone();
                c.push(((*var).clone(), key.clone()));
                next.push(c);
            }
        }
        key_choices = next;
    }
    for choice in &key_choices {
        for other in &others {
            let mut set: Vec<(String, Arg)> =
                vars.keys().map(|v| (v.clone(), other.clone())).collect();
            for (var, key) in choice {
                if let Some(slot) = set.iter_mut().find(|(v, _)| v == var) {
                    slot.1 = Arg::Str(key.clone());
                }
            }
            out.push(Some(set));
        }
    }
    out
}

#[derive(Debug, Clone)]
enum Arg {
    Str(String),
    Int(i64),
}

fn reference_bundle(set: &Set, isolating: bool) -> FluentBundle<FluentResource> {
    let lang = set.lang.parse().expect("language tag");
    let mut bundle = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(isolating);
    for src in &set.sources {
        let resource = match FluentResource::try_new(src.clone()) {
            Ok(r) | Err((r, _)) => r,
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

#[test]
fn formats_every_message_exactly_like_fluent_bundle() {
    let mut compared = 0usize;
    let mut differences = Vec::new();
    for set in sets() {
        assert!(!set.sources.is_empty(), "{}: no sources", set.name);
        let refs: Vec<&str> = set.sources.iter().map(String::as_str).collect();
        let vars = variables(&set.sources);
        let ids: BTreeSet<String> = vars.keys().cloned().collect();
        for isolating in [true, false] {
            let reference = reference_bundle(&set, isolating);
            let (mut ours, _) = Bundle::new(set.lang, &refs);
            ours.set_use_isolating(isolating);
            let our_ids: BTreeSet<String> = ours.message_ids().map(str::to_owned).collect();
            let reference_ids: BTreeSet<String> = ids
                .iter()
                .filter(|id| reference.has_message(id))
                .cloned()
                .collect();
            assert_eq!(our_ids, reference_ids, "{}: message ids differ", set.name);
            for id in &ids {
                let Some(ref_msg) = reference.get_message(id) else {
                    continue;
                };
                let our_msg = ours.message(id).expect("same ids");
                let sets_of_args = argument_sets(&vars[id], set.lang);
                let mut patterns = vec![(None, ref_msg.value())];
                patterns.extend(
                    ref_msg
                        .attributes()
                        .map(|a| (Some(a.id()), Some(a.value()))),
                );
                for (attr, ref_pattern) in patterns {
                    for args in &sets_of_args {
                        let ref_args: Option<FluentArgs> = args.as_ref().map(|a| {
                            a.iter()
                                .map(|(n, v)| {
                                    let v = match v {
                                        Arg::Str(s) => FluentValue::from(s.clone()),
                                        Arg::Int(i) => FluentValue::from(*i),
                                    };
                                    (n.clone(), v)
                                })
                                .collect()
                        });
                        let our_args: Option<Args> = args.as_ref().map(|a| {
                            a.iter()
                                .map(|(n, v)| {
                                    let v = match v {
                                        Arg::Str(s) => fluent::Value::Str(s.clone()),
                                        Arg::Int(i) => fluent::Value::Int(*i),
                                    };
                                    (n.clone(), v)
                                })
                                .collect()
                        });
                        let mut ref_errors = Vec::new();
                        let expected = ref_pattern.map(|p| {
                            reference
                                .format_pattern(p, ref_args.as_ref(), &mut ref_errors)
                                .into_owned()
                        });
                        let mut our_errors = Vec::new();
                        let got = ours.format(our_msg, attr, our_args.as_ref(), &mut our_errors);
                        compared += 1;
                        let same_errors = ref_errors.len() == our_errors.len();
                        if expected != got || !same_errors {
                            differences.push(format!(
                                "{} {id}{} isolating={isolating} args={args:?}\n  fluent-bundle: {expected:?} {ref_errors:?}\n  ours:          {got:?} {our_errors:?}",
                                set.name,
                                attr.map(|a| format!(".{a}")).unwrap_or_default(),
                            ));
                        }
                    }
                }
            }
        }
    }
    println!("compared {compared} formatted texts");
    assert!(compared > 10_000, "too few comparisons: {compared}");
    assert!(
        differences.is_empty(),
        "{} difference(s), first ones:\n{}",
        differences.len(),
        differences
            .iter()
            .take(15)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn broken_entries_are_reported_with_their_line_and_skipped() {
    let parsed = fluent::parse(BROKEN);
    let lines: Vec<usize> = parsed.errors.iter().map(|e| e.line).collect();
    // The missing default is noticed at the closing brace.
    assert_eq!(lines, [2, 6, 7], "{:?}", parsed.errors);
    let ids: Vec<&str> = parsed.messages.iter().map(|m| m.id.of(BROKEN)).collect();
    assert_eq!(ids, ["ok", "also-ok", "last"]);
    assert_eq!(
        parsed.errors[1].to_string(),
        "line 6: the select expression has no default variant *[…]"
    );
}

#[test]
fn plural_rules_agree_with_intl_pluralrules() {
    use intl_pluralrules::{PluralCategory as P, PluralRuleType, PluralRules};
    use wegwijzer::i18n::fluent::plural::{category, Category as C};
    for lang in ["nl", "fy", "en", "tr", "ar", "pl", "uk"] {
        let id: unic_langid::LanguageIdentifier = lang.parse().expect("tag");
        // fluent-bundle falls back to English rules for a language CLDR lacks.
        let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
            .or_else(|_| {
                PluralRules::create(
                    "en".parse::<unic_langid::LanguageIdentifier>().expect("en"),
                    PluralRuleType::CARDINAL,
                )
            })
            .expect("rules");
        for n in 0..=1000i64 {
            let m = if intl_pluralrules_wrong(lang, n) {
                n % 100
            } else {
                n
            };
            let expected = match rules.select(m).expect("select") {
                P::ZERO => C::Zero,
                P::ONE => C::One,
                P::TWO => C::Two,
                P::FEW => C::Few,
                P::MANY => C::Many,
                P::OTHER => C::Other,
            };
            assert_eq!(category(lang, n), expected, "{lang} {n}");
        }
    }
}

/// intl_pluralrules 7.0.2 (CLDR 37 generated code) tests Arabic `few`/`many` on the
/// integer `i` instead of `n % 100`, so 103 comes out `other` where CLDR says `few`
/// (and 111 `many`). We follow CLDR; for these numbers the tests compare with the
/// rules applied to `n % 100`, which is what CLDR specifies.
fn intl_pluralrules_wrong(lang: &str, n: i64) -> bool {
    lang == "ar" && n >= 100 && n % 100 >= 3
}

#[test]
fn arabic_follows_cldr_above_one_hundred() {
    use wegwijzer::i18n::fluent::plural::{category, Category as C};
    assert_eq!(category("ar", 103), C::Few);
    assert_eq!(category("ar", 111), C::Many);
    assert_eq!(category("ar", 100), C::Other);
    assert_eq!(category("ar", 102), C::Other);
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(src in any::<String>()) {
        format_everything(&src);
    }

    #[test]
    fn fluent_like_text_never_panics(src in "[a-z =\\-{}$\\[\\]*.\n\r\"\\\\#0-9()>,:uA-F ]{0,160}") {
        format_everything(&src);
    }
}

/// Parses `src` and formats all its messages and attributes, with and without args.
fn format_everything(src: &str) {
    let (bundle, _) = Bundle::new("ar", &[src, src]);
    let ids: Vec<String> = bundle.message_ids().map(str::to_owned).collect();
    let mut args = Args::new();
    args.set("a", 3);
    args.set("n", "x");
    for id in ids {
        let msg = bundle.message(&id).expect("listed");
        let mut errors = Vec::new();
        bundle.format(msg, None, None, &mut errors);
        bundle.format(msg, None, Some(&args), &mut errors);
        bundle.format(msg, Some("a"), Some(&args), &mut errors);
    }
}

#[test]
fn bundled_dutch_is_the_first_screens_of_the_files_and_formats_like_them() {
    let files: Vec<String> = ["ui.ftl", "flow.ftl"]
        .iter()
        .map(|f| read(&root().join("locales/nl").join(f)))
        .collect();
    let raw: Vec<&str> = files.iter().map(String::as_str).collect();
    let bundled = wegwijzer::i18n::bundled::NL;
    assert!(
        bundled.iter().map(|s| s.len()).sum::<usize>() < raw.iter().map(|s| s.len()).sum::<usize>(),
        "the bundled Dutch still has its comments"
    );
    assert!(bundled
        .iter()
        .all(|s| !s.lines().any(|l| l.starts_with('#'))));
    let (from_files, file_errors) = Bundle::new("nl", &raw);
    let (from_bundle, bundle_errors) = Bundle::new("nl", bundled);
    assert!(file_errors.is_empty() && bundle_errors.is_empty());
    // The widget compiles in what the first screens need; the rest comes with the
    // complete files (ADR 0011). Every bundled message formats exactly like the file's.
    let all: Vec<&str> = from_files.message_ids().collect();
    let ids: Vec<&str> = from_bundle.message_ids().collect();
    assert!(
        ids.iter().all(|id| all.contains(id)),
        "bundled ids come from the files"
    );
    assert!(
        ids.iter().all(|id| !id.ends_with("-helper")),
        "no helper variants"
    );
    let first_screens = |id: &&str| id.starts_with("question-") || id.starts_with("option-");
    assert!(
        all.iter()
            .filter(|id| first_screens(id) && !id.ends_with("-helper"))
            .all(|id| ids.contains(id)),
        "every question and option text is compiled in"
    );
    assert!(
        ids.len() < all.len() / 2,
        "the advice texts are fetched, not compiled in"
    );
    assert!(
        bundled.iter().all(|s| !s.contains(".helper")),
        "the helper tips come with the full files"
    );
    let vars = variables(&files);
    for id in ids {
        for args in argument_sets(&vars[id], "nl").into_iter().flatten() {
            let args: Args = args
                .into_iter()
                .map(|(n, v)| match v {
                    Arg::Str(s) => (n, fluent::Value::Str(s)),
                    Arg::Int(i) => (n, fluent::Value::Int(i)),
                })
                .collect();
            for attr in [None, Some("why"), Some("hint")] {
                let a = from_files.format(
                    from_files.message(id).expect("id"),
                    attr,
                    Some(&args),
                    &mut Vec::new(),
                );
                let b = from_bundle.format(
                    from_bundle.message(id).expect("id"),
                    attr,
                    Some(&args),
                    &mut Vec::new(),
                );
                assert_eq!(a, b, "{id} {attr:?}");
            }
        }
    }
}
