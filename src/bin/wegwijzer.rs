//! `wegwijzer`: the webmaster's command-line tool, on the same core as the widget.
//!
//! Checks a configuration before publishing (every error with file:line:column, path and
//! hint), compiles it into the form the widget reads, lists every route with its advice for review, gives the advice for one set of
//! answers, draws the flow, prints the JSON Schema and writes a starter config. This is
//! an edge: it renders the library's error values for people and owns the exit codes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wegwijzer::config::{self, graph};
use wegwijzer::engine::{self, routes, Action, Advice, Input, Journey, Position, TeamAdvice};
use wegwijzer::i18n::{catalog, glossary, ids, plain, Localizer};
use wegwijzer::model::{Config, Date, QuestionId};

const USAGE: &str = "\
wegwijzer — check and explain a Wegwijzer configuration

usage:
  wegwijzer check CONFIG [--locales DIR] [--today YYYY-MM-DD] [--verbose]
  wegwijzer compile CONFIG [--out FILE]     (default: CONFIG with .wgw; publish that file)
  wegwijzer inline CONFIG                   (a checked <script> block to paste in the element)
  wegwijzer routes CONFIG [--format md|csv|json] [--locales DIR]
  wegwijzer advise CONFIG --answers JSON [--format text|json] [--helper]
  wegwijzer graph CONFIG [--format mermaid|dot]
  wegwijzer schema
  wegwijzer init [FILE]

  --answers takes a JSON object by question id: \"option\", [\"option\", ...],
  {\"postcode\": \"9991 AB\", \"house-number\": \"12\"}, {\"text\": \"...\"} or null (skipped).

exit codes: 0 ok (warnings allowed), 1 errors found, 2 wrong usage or unreadable file";

/// A failure that ends the command: a message for stderr and an exit code.
struct Fail(String, u8);

type Outcome = Result<(), Fail>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg, code)) => {
            if !msg.is_empty() {
                diag(&format!("{msg}\n"));
            }
            ExitCode::from(code)
        }
    }
}

fn usage(msg: &str) -> Fail {
    Fail(format!("error: {msg}\n\n{USAGE}"), 2)
}

/// Writes to stdout, ignoring a closed pipe (`wegwijzer routes cfg.json | head`).
fn out(text: &str) {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// Writes diagnostics to stderr, ignoring a closed pipe.
fn diag(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Command-line arguments: positionals, `--option value` (or `--option=value`) and
/// `--switch` flags.
struct Args {
    positional: Vec<String>,
    options: BTreeMap<String, String>,
    switches: Vec<String>,
}

impl Args {
    fn switch(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }
}

fn parse_args(args: &[String], known: &[&str], switches: &[&str]) -> Result<Args, Fail> {
    let mut out = Args {
        positional: Vec::new(),
        options: BTreeMap::new(),
        switches: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let Some(flag) = a.strip_prefix("--") else {
            out.positional.push(a.clone());
            continue;
        };
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (flag, None),
        };
        if switches.contains(&name) && inline.is_none() {
            out.switches.push(name.to_owned());
        } else if known.contains(&name) {
            let value = match inline {
                Some(v) => v,
                None => it
                    .next()
                    .ok_or_else(|| usage(&format!("--{name} needs a value")))?
                    .clone(),
            };
            out.options.insert(name.to_owned(), value);
        } else {
            let all: Vec<&str> = known.iter().chain(switches).copied().collect();
            let hint = match config::did_you_mean(name, &all) {
                Some(s) => format!(" (did you mean --{s}?)"),
                None => String::new(),
            };
            return Err(usage(&format!("unknown option --{name}{hint}")));
        }
    }
    Ok(out)
}

fn run(args: &[String]) -> Outcome {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(usage("no command given"));
    };
    match cmd.as_str() {
        "check" => check(&parse_args(rest, &["locales", "today"], &["verbose"])?),
        "compile" => compile_cmd(&parse_args(rest, &["out"], &[])?),
        "inline" => inline_cmd(&parse_args(rest, &[], &[])?),
        "routes" => routes_cmd(&parse_args(rest, &["format", "locales"], &[])?),
        "advise" => advise_cmd(&parse_args(rest, &["answers", "format"], &["helper"])?),
        "graph" => graph_cmd(&parse_args(rest, &["format"], &[])?),
        "schema" => {
            parse_args(rest, &[], &[])?;
            let schema = config::schema::json_schema();
            out(&format!(
                "{}\n",
                serde_json::to_string_pretty(&schema).expect("a schema serializes")
            ));
            Ok(())
        }
        "init" => {
            let args = parse_args(rest, &[], &[])?;
            match args.positional.as_slice() {
                [] => init(None),
                [one] => init(Some(one)),
                _ => Err(usage("init takes at most one file name")),
            }
        }
        "help" | "--help" | "-h" => {
            out(&format!("{USAGE}\n"));
            Ok(())
        }
        other => Err(usage(&format!("unknown command `{other}`"))),
    }
}

fn config_path(args: &Args) -> Result<PathBuf, Fail> {
    match args.positional.as_slice() {
        [one] => Ok(PathBuf::from(one)),
        [] => Err(usage("give the configuration file")),
        _ => Err(usage("give one configuration file")),
    }
}

fn read(path: &Path) -> Result<String, Fail> {
    read_text(path).map_err(|e| Fail(format!("error: cannot read {}: {e}", path.display()), 2))
}

/// The most a configuration or `.ftl` file may hold; anything larger is not one.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a text file that must be UTF-8. Refuses at once what is not a regular file
/// (a device such as `/dev/zero`, a pipe, a folder: reading those blocks or never
/// ends) and anything over [`MAX_FILE_BYTES`]; bytes that are not UTF-8 are located
/// by line and column (issue 23).
fn read_text(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file (a folder, device or pipe); give a file".to_owned());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the file holds {} bytes, more than a configuration ever needs ({MAX_FILE_BYTES})",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // `before` is valid UTF-8 up to `at`: count characters, not bytes.
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        format!(
            "{line}:{column}: not UTF-8 (byte {at} is 0x{:02x}); save the file as UTF-8",
            e.as_bytes()[at]
        )
    })
}

/// Loads a config or renders every error and fails with exit code 1.
fn load(path: &Path) -> Result<Config, Fail> {
    let text = read(path)?;
    config::load(&text).map_err(|errors| Fail(render_errors(path, &errors), 1))
}

fn render_errors(path: &Path, errors: &[config::ConfigError]) -> String {
    let mut out = String::new();
    for e in errors {
        let at = match e.location {
            // serde_json reports column 0 at the start of a line; editors count from 1.
            Some(l) => format!("{}:{}:{}", path.display(), l.line, l.column.max(1)),
            None => path.display().to_string(),
        };
        let _ = writeln!(out, "{at}: error: {e}");
    }
    let n = errors.len();
    let _ = write!(
        out,
        "{n} error{} in {}",
        if n == 1 { "" } else { "s" },
        path.display()
    );
    out
}

fn today(args: &Args) -> Result<Date, Fail> {
    match args.options.get("today") {
        Some(s) => Date::parse(s).map_err(|e| usage(&format!("--today: {e}"))),
        None => Ok(system_date()),
    }
}

/// Today's date from the system clock (UTC), without a date crate.
fn system_date() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((secs / 86_400) as i64)
}

/// Howard Hinnant's days-from-civil inverse: days since 1970-01-01 → calendar date.
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

fn check(args: &Args) -> Outcome {
    let path = config_path(args)?;
    let today = today(args)?;
    let config = load(&path)?;
    let source = read(&path)?;
    let file = path.display().to_string();
    // file:line:column of the element a warning is about, as for errors.
    let at = |w: &config::ConfigWarning| match config::locate(&source, &w.path) {
        Some(l) => format!("{file}:{}:{}", l.line, l.column),
        None => file.clone(),
    };
    let (warnings, infos): (Vec<_>, Vec<_>) = config::lint(&config, today)
        .into_iter()
        .partition(|w| w.kind.level() == config::Level::Warning);
    let mut lines: Vec<String> = warnings.iter().map(|w| format!("{}: {w}", at(w))).collect();
    let mut warning_count = warnings.len();
    let overlay_base = path.parent().unwrap_or(Path::new("."));
    let locale_lines = check_locales(
        &config,
        args.options.get("locales").map(Path::new),
        overlay_base,
        &file,
    )?;
    warning_count += locale_lines.len();
    lines.extend(locale_lines);
    if args.switch("verbose") {
        lines.extend(infos.iter().map(|w| format!("{}: {w}", at(w))));
    }
    for line in &lines {
        diag(&format!("{line}\n"));
    }
    let mut summary = format!(
        "ok: {}: {} questions, {} outcomes, {} services; {}",
        config.gemeente.name,
        config.questionnaire.questions().len(),
        config.outcomes.len(),
        config.directory.len(),
        plural(warning_count, "warning"),
    );
    if !infos.is_empty() {
        summary += &format!(", {}", plural(infos.len(), "note"));
        if !args.switch("verbose") {
            summary += " (facts with secondary or unverified evidence; --verbose lists them)";
        }
    }
    out(&format!("{summary}\n"));
    Ok(())
}

fn plural(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// Missing messages are listed one per line up to this many per language; beyond
/// that, one summary line (a language that is barely translated yet).
const MISSING_LISTED: usize = 12;

/// The gemeente's overlay files (always), and with `--locales DIR` every offered
/// language: messages missing (named by id and language), Fluent syntax errors,
/// officialese or long sentences in the Dutch texts, and abbreviations or jargon
/// without an explanation (see [`plain_words`]).
fn check_locales(
    config: &Config,
    dir: Option<&Path>,
    base: &Path,
    file: &str,
) -> Result<Vec<String>, Fail> {
    let needed = catalog::required_messages(config);
    // New messages for the gemeente's own items may live in an overlay only.
    let needed_ids: BTreeSet<&str> = needed.iter().map(|n| n.id.as_str()).collect();
    let mut out = Vec::new();
    for lang in &config.gemeente.languages {
        let mut index = catalog::FtlIndex::default();
        let mut base_ids = BTreeSet::new();
        // Every file of the language, for the glossary check once all are read.
        let mut texts: Vec<(PathBuf, String)> = Vec::new();
        let lang_dir = dir.map(|d| d.join(lang));
        if let Some(lang_dir) = &lang_dir {
            match ftl_files(lang_dir) {
                Some(files) => {
                    for file in &files {
                        let one = read_ftl(file, lang, &mut out, &mut texts)?;
                        base_ids.extend(one.messages.keys().cloned());
                        index.merge(one);
                    }
                }
                None => out.push(format!(
                    "{}: warning: language `{lang}` is offered, but there is no folder with its .ftl files (Dutch is shown instead)",
                    lang_dir.display()
                )),
            }
        }
        for overlay in config.gemeente.overlays.get(lang).into_iter().flatten() {
            let file = base.join(overlay);
            if !file.is_file() {
                out.push(format!(
                    "{}: warning: overlay file for `{lang}` not found (gemeente.overlays.{lang})",
                    file.display()
                ));
                continue;
            }
            let one = read_ftl(&file, lang, &mut out, &mut texts)?;
            out.extend(name_problems(config, &file, lang, &one));
            if dir.is_some() && !base_ids.is_empty() {
                // Glossary entries may be added: that is what overlays are for.
                let adds = |id: &str| id.starts_with(ids::GLOSSARY);
                for id in one.messages.keys().filter(|id| {
                    !base_ids.contains(*id) && !needed_ids.contains(id.as_str()) && !adds(id)
                }) {
                    out.push(format!(
                        "{}: warning: overlay message `{id}` replaces no `{lang}` message and the configuration does not need it; is the id spelled right?",
                        file.display()
                    ));
                }
            }
            index.merge(one);
        }
        out.extend(plain_words(lang, &texts));
        // Service names are shown as written, in every language: checked against the
        // glossary of the default language.
        if *lang == config.gemeente.default_language && !texts.is_empty() {
            let entries = glossary_of(lang, &texts);
            for service in config.directory.iter() {
                for word in glossary::unexplained(&service.name, &entries) {
                    out.push(format!(
                        "{file}: warning: directory.{}.name ({lang}): `{word}` is not explained; {}",
                        service.id,
                        add_hint(word)
                    ));
                }
            }
        }
        let Some(lang_dir) = lang_dir.filter(|d| d.is_dir()) else {
            continue;
        };
        // An attribute of a missing message is not listed separately.
        let missing: Vec<String> = needed
            .iter()
            .filter(|n| !index.has(n))
            .filter(|n| n.attr.is_none() || index.messages.contains_key(&n.id))
            .map(|n| n.to_string())
            .collect();
        let fallback = if *lang == config.gemeente.default_language {
            "the widget shows the id instead"
        } else {
            "Dutch is shown instead"
        };
        if missing.len() > MISSING_LISTED {
            let first: Vec<String> = missing.iter().take(3).map(|id| format!("`{id}`")).collect();
            out.push(format!(
                "{}: warning: {} of the {} messages this configuration needs are missing in `{lang}` ({fallback}), e.g. {}",
                lang_dir.display(),
                missing.len(),
                needed.len(),
                first.join(", ")
            ));
            continue;
        }
        for id in &missing {
            out.push(format!(
                "{}: warning: message `{id}` is missing in `{lang}` ({fallback})",
                lang_dir.display()
            ));
        }
    }
    Ok(out)
}

/// Names per language in an overlay (`.name` on `service-<id>`, ADR 0013) that the
/// widget would not show: on a message that is no service of the configuration, or in
/// Dutch (the Dutch name is the configuration's `name`).
fn name_problems(
    config: &Config,
    file: &Path,
    lang: &str,
    overlay: &catalog::FtlIndex,
) -> Vec<String> {
    let mut out = Vec::new();
    for (id, attrs) in &overlay.messages {
        if !attrs.contains(ids::NAME) {
            continue;
        }
        let service = id
            .strip_prefix("service-")
            .filter(|s| config.directory.iter().any(|d| d.id.as_str() == *s));
        let problem = match service {
            None => format!(
                "`{id}.name` names no service: a name per language is read only on `service-<id>` of a service in `directory`; hint: is the id spelled right?"
            ),
            Some(s) if lang == "nl" => format!(
                "`{id}.name` is not shown: the Dutch name is the configuration's; hint: change `directory.{s}.name` instead"
            ),
            Some(_) => continue,
        };
        out.push(format!("{}: warning: {problem}", file.display()));
    }
    out
}

/// The `.ftl` files in a folder, sorted; `None` when the folder cannot be read.
fn ftl_files(dir: &Path) -> Option<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    Some(files)
}

/// Reads and indexes one `.ftl` file, reporting syntax errors (and, for Dutch, plain
/// language problems) into `out`; keeps the text in `texts`.
fn read_ftl(
    file: &Path,
    lang: &str,
    out: &mut Vec<String>,
    texts: &mut Vec<(PathBuf, String)>,
) -> Result<catalog::FtlIndex, Fail> {
    let src = read(file)?;
    let index = catalog::FtlIndex::parse(&src);
    for e in &index.errors {
        out.push(format!(
            "{}: warning: fluent syntax error: {e}",
            file.display()
        ));
    }
    if lang == "nl" {
        out.extend(plain_language(file, &src));
    }
    texts.push((file.to_owned(), src));
    Ok(index)
}

/// The glossary entries of one language's files (and overlays), formatted.
fn glossary_of(lang: &str, texts: &[(PathBuf, String)]) -> Vec<String> {
    let sources: Vec<&str> = texts.iter().map(|(_, src)| src.as_str()).collect();
    let mut words = Localizer::new(lang, &sources);
    words.set_isolating(false);
    words.glossary_ids().map(|id| words.text(id)).collect()
}

/// What to do about an unexplained word.
fn add_hint(word: &str) -> String {
    format!(
        "add `{}{} = {word}: <explanation>` to the glossary (a gemeente: in its overlay), or explain it in brackets after the plain words",
        ids::GLOSSARY,
        word.to_lowercase().replace(' ', "-"),
    )
}

/// Abbreviations (UWV, WW) and jargon ([`plain::JARGON`]) that a text of `lang` uses
/// without an explanation in the language's glossary (`glossary-*` in its files and
/// the gemeente's overlays, [`glossary`]) or in brackets, and abbreviated days ("t/m",
/// in Dutch "ma", "vr"). A glossary entry's own explanation must use none.
fn plain_words(lang: &str, texts: &[(PathBuf, String)]) -> Vec<String> {
    let entries = glossary_of(lang, texts);
    let mut out = Vec::new();
    if entries.len() > 64 {
        out.push(format!(
            "warning: the `{lang}` glossary has {} entries; the widget uses the first 64 (by id)",
            entries.len()
        ));
    }
    for (file, src) in texts {
        let mut message = "";
        for (n, line) in src.lines().enumerate() {
            let Some((id, text)) = message_text(line) else {
                continue;
            };
            let id = match id.strip_prefix('.') {
                Some(attr) => format!("{message}.{attr}"),
                None => {
                    message = id;
                    id.to_owned()
                }
            };
            let at = format!("{}:{}: warning: {id} ({lang})", file.display(), n + 1);
            let found = match text.split_once(": ") {
                _ if !id.starts_with(ids::GLOSSARY) => glossary::unexplained(text, &entries),
                Some((_, meaning)) => glossary::unexplained(meaning, &[]),
                None => {
                    out.push(format!(
                        "{at}: a glossary entry reads `<word>: <explanation>`, e.g. `Wmo: de wet voor hulp thuis`"
                    ));
                    continue;
                }
            };
            for word in found {
                out.push(format!(
                    "{at}: `{word}` is not explained; {}",
                    add_hint(word)
                ));
            }
            for short in plain::abbreviated_days(text, lang == "nl") {
                out.push(format!(
                    "{at}: `{short}` is abbreviated; write days and ranges out (\"maandag tot en met vrijdag\"): a speech engine reads \"t/m\" as \"t slash m\""
                ));
            }
        }
    }
    out
}

/// Flags officialese and sentences averaging over 12 words in one Dutch `.ftl` file.
fn plain_language(file: &Path, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut message = "";
    for (n, line) in src.lines().enumerate() {
        let Some((id, text)) = message_text(line) else {
            continue;
        };
        // Attributes (`    .why = ...`) belong to the message above them.
        let id = if let Some(attr) = id.strip_prefix('.') {
            format!("{message}.{attr}")
        } else {
            message = id;
            id.to_owned()
        };
        let report = plain::check(text);
        for (word, instead) in &report.flagged {
            out.push(format!(
                "{}:{}: warning: {id}: officialese `{word}`; plain: {instead}",
                file.display(),
                n + 1
            ));
        }
        if report.average_sentence_length() > 12.0 {
            out.push(format!(
                "{}:{}: warning: {id}: {:.1} words per sentence (aim for at most 12)",
                file.display(),
                n + 1,
                report.average_sentence_length()
            ));
        }
    }
    out
}

/// `id = text` or `    .attr = text` → (id, text); comments, variants and blank lines → None.
fn message_text(line: &str) -> Option<(&str, &str)> {
    let trimmed = line.trim_start();
    if trimmed.starts_with('#') || !line.contains(" = ") {
        return None;
    }
    let (id, text) = trimmed.split_once(" = ")?;
    let id = id.trim();
    let is_id = id
        .trim_start_matches('.')
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (is_id && !id.is_empty()).then_some((id, text))
}

fn routes_cmd(args: &Args) -> Outcome {
    let path = config_path(args)?;
    let config = load(&path)?;
    let words = localizer(&config, &path, args.options.get("locales").map(Path::new))?;
    let all = routes::enumerate(&config, 5_000);
    let format = args.options.get("format").map_or("md", String::as_str);
    let text = match format {
        "md" => routes_markdown(&config, &all, &words),
        "csv" => routes_csv(&config, &all),
        "json" => {
            serde_json::to_string_pretty(&routes_json(&config, &all)).expect("json serializes")
        }
        other => return Err(usage(&format!("unknown format `{other}` (md, csv, json)"))),
    };
    out(&format!("{}\n", text.trim_end()));
    for q in &all.pairs_limited {
        diag(&format!(
            "note: question `{q}` has so many options that only the first {} pairs of them were tried; every single option was, and `check` still proves every pick of one to three options safe\n",
            routes::MAX_PAIRS
        ));
    }
    if all.dead_ends.is_empty() {
        Ok(())
    } else {
        let n = all.dead_ends.len();
        Err(Fail(
            format!(
                "error: {} without an advice (see the dead ends above)",
                plural(n, "route")
            ),
            1,
        ))
    }
}

/// Dutch words for titles: the bundled texts (or those in `--locales DIR`), then the
/// gemeente's Dutch overlays, which win. A missing overlay file is skipped here;
/// `check` reports it.
fn localizer(config: &Config, config_path: &Path, dir: Option<&Path>) -> Result<Localizer, Fail> {
    let mut sources: Vec<String> = match dir {
        None => wegwijzer::i18n::bundled::NL_COMPLETE
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
        Some(dir) => ftl_files(&dir.join("nl"))
            .unwrap_or_default()
            .iter()
            .map(|p| read(p))
            .collect::<Result<_, _>>()?,
    };
    let base = config_path.parent().unwrap_or(Path::new("."));
    for overlay in config.gemeente.overlays.get("nl").into_iter().flatten() {
        if let Ok(text) = read_text(&base.join(overlay)) {
            sources.push(text);
        }
    }
    let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
    let mut l = Localizer::new("nl", &refs);
    l.set_isolating(false);
    Ok(l)
}

fn name(config: &Config, id: &wegwijzer::model::ServiceId) -> String {
    config.directory.get(id).name.clone()
}

fn team_text(config: &Config, advice: &Advice) -> String {
    match &advice.team {
        TeamAdvice::Found(t) => name(config, t),
        TeamAdvice::Choose(ts) => ts
            .iter()
            .map(|t| name(config, t))
            .collect::<Vec<_>>()
            .join(" / "),
        TeamAdvice::GemeenteWide { .. } => {
            format!("{} (gemeente-wide)", name(config, &advice.general_contact))
        }
        TeamAdvice::NotAsked => "—".to_owned(),
    }
}

/// The services standing in the "team" column.
fn team_ids(advice: &Advice) -> Vec<wegwijzer::model::ServiceId> {
    match &advice.team {
        TeamAdvice::Found(t) => vec![t.clone()],
        TeamAdvice::Choose(ts) => ts.clone(),
        TeamAdvice::GemeenteWide { .. } => vec![advice.general_contact.clone()],
        TeamAdvice::NotAsked => Vec::new(),
    }
}

fn answers_text(answers: &[(QuestionId, String)]) -> String {
    answers
        .iter()
        .map(|(q, a)| format!("{q}: {a}"))
        .collect::<Vec<_>>()
        .join(" → ")
}

fn routes_markdown(config: &Config, all: &routes::Routes, words: &Localizer) -> String {
    let mut s = format!(
        "# Routes of {}\n\n{} distinct routes.\n\n",
        config.gemeente.name,
        all.routes.len()
    );
    s +=
        "| # | answers | advice | first contact | team | also shown |\n|---|---|---|---|---|---|\n";
    for (i, r) in all.routes.iter().enumerate() {
        let a = &r.advice;
        let title = words.text(&wegwijzer::i18n::ids::outcome(&a.outcome));
        let team = team_ids(a);
        let extras: Vec<String> = a
            .shown_services()
            .iter()
            .skip(1)
            .filter(|id| !team.contains(id))
            .map(|id| name(config, id))
            .collect();
        let _ = writeln!(
            s,
            "| {} | {} | {} (`{}`, {}) | {} | {} | {} |",
            i + 1,
            answers_text(&r.answers),
            title,
            a.outcome,
            a.urgency.as_str(),
            name(config, &a.first_contact),
            team_text(config, a),
            extras.join(", ")
        );
    }
    for d in &all.dead_ends {
        let _ = writeln!(
            s,
            "\n**Dead end** at `{}` after {}",
            d.at,
            answers_text(&d.answers)
        );
    }
    if all.truncated {
        s += "\n(stopped after 5000 routes)\n";
    }
    s
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn routes_csv(config: &Config, all: &routes::Routes) -> String {
    let mut s =
        String::from("route,answers,outcome,urgency,first_contact,team,client_support,crisis\n");
    for (i, r) in all.routes.iter().enumerate() {
        let a = &r.advice;
        let row = [
            (i + 1).to_string(),
            answers_text(&r.answers),
            a.outcome.to_string(),
            a.urgency.as_str().to_owned(),
            a.first_contact.to_string(),
            team_text(config, a),
            a.client_support
                .as_ref()
                .map_or(String::new(), |c| c.to_string()),
            a.crisis
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ];
        s += &row
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",");
        s.push('\n');
    }
    s
}

fn routes_json(config: &Config, all: &routes::Routes) -> serde_json::Value {
    serde_json::json!({
        "gemeente": config.gemeente.name,
        "routes": all.routes.iter().map(|r| serde_json::json!({
            "answers": r.answers.iter().map(|(q, a)| serde_json::json!({"question": q.as_str(), "answer": a})).collect::<Vec<_>>(),
            "advice": advice_json(config, &r.advice),
        })).collect::<Vec<_>>(),
        "dead-ends": all.dead_ends.iter().map(|d| serde_json::json!({"at": d.at.as_str(), "answers": answers_text(&d.answers)})).collect::<Vec<_>>(),
        "truncated": all.truncated,
    })
}

fn ids<T: std::fmt::Display>(xs: &[T]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

fn advice_json(config: &Config, a: &Advice) -> serde_json::Value {
    let team = match &a.team {
        TeamAdvice::Found(t) => serde_json::json!({"found": t.as_str()}),
        TeamAdvice::Choose(ts) => serde_json::json!({"choose": ids(ts)}),
        TeamAdvice::GemeenteWide { reason } => {
            serde_json::json!({"gemeente-wide": format!("{reason:?}").to_lowercase(), "contact": a.general_contact.as_str()})
        }
        TeamAdvice::NotAsked => serde_json::json!("not-asked"),
    };
    serde_json::json!({
        "outcome": a.outcome.as_str(),
        "urgency": a.urgency.as_str(),
        "first-contact": {"id": a.first_contact.as_str(), "name": name(config, &a.first_contact)},
        "team": team,
        "client-support": a.client_support.as_ref().map(|c| c.as_str()),
        "community": ids(&a.community),
        "also": ids(&a.also),
        "bring-in": ids(&a.bring_in),
        "crisis": ids(&a.crisis),
        "steps": a.steps.iter().map(|s| serde_json::json!({"step": s.step.as_str(), "term": s.term.as_ref().map(|t| t.as_str())})).collect::<Vec<_>>(),
        "bring": ids(&a.bring),
        "quick-exit": a.quick_exit,
    })
}

/// Turns one JSON answer into form input: "opt" → choice, ["a","b"] → choices,
/// {"postcode": "..", "house-number": ".."} → postcode, {"text": ".."} → text, null → skip.
fn input_from_json(v: &serde_json::Value) -> Option<Input> {
    use serde_json::Value;
    Some(match v {
        Value::Null => Input::Skip,
        Value::String(s) => Input::Choice(s.clone()),
        Value::Array(xs) => Input::Choices(
            xs.iter()
                .map(|x| x.as_str().map(str::to_owned))
                .collect::<Option<_>>()?,
        ),
        Value::Object(o) if o.contains_key("postcode") => Input::Postcode {
            postcode: o.get("postcode")?.as_str()?.to_owned(),
            house_number: o
                .get("house-number")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
        },
        Value::Object(o) => Input::Text(o.get("text")?.as_str()?.to_owned()),
        _ => return None,
    })
}

fn advise_cmd(args: &Args) -> Outcome {
    let path = config_path(args)?;
    let raw = args
        .options
        .get("answers")
        .ok_or_else(|| usage("advise needs --answers JSON"))?;
    let answers: serde_json::Map<String, serde_json::Value> = serde_json::from_str(raw)
        .map_err(|e| usage(&format!("--answers is not a JSON object: {e}")))?;
    let format = args.options.get("format").map_or("text", String::as_str);
    if !matches!(format, "text" | "json") {
        return Err(usage(&format!("unknown format `{format}` (text, json)")));
    }
    let config = load(&path)?;
    let mut journey = Journey::new(&config);
    if args.switch("helper") {
        journey = journey
            .apply(&config, Action::SetHelper(true))
            .map_err(|e| Fail(format!("error: {e}"), 1))?;
    }
    let mut used = BTreeSet::new();
    while let Position::Question(q) = journey.position().clone() {
        let question = config.questionnaire.get(&q);
        let Some(value) = answers.get(q.as_str()) else {
            return Err(Fail(
                format!("error: no answer for question `{q}` (the route needs it next)"),
                1,
            ));
        };
        used.insert(q.to_string());
        let input = input_from_json(value).ok_or_else(|| {
            Fail(
                format!("error: answer for `{q}` has an unexpected shape"),
                1,
            )
        })?;
        let answer = engine::check_input(&config, question, input)
            .map_err(|e| Fail(format!("error: answer for `{q}`: {e}"), 1))?;
        journey = journey
            .apply(&config, Action::Answer(q.clone(), answer))
            .map_err(|e| Fail(format!("error: {e}"), 1))?;
    }
    let advice = engine::advise(&config, &journey).expect("the loop ends at an outcome");
    for q in answers.keys().filter(|q| !used.contains(*q)) {
        diag(&format!(
            "note: the answer for `{q}` was not used on this route\n"
        ));
    }
    match format {
        "json" => out(&format!(
            "{}\n",
            serde_json::to_string_pretty(&advice_json(&config, &advice)).expect("json serializes")
        )),
        _ => out(&advice_text(
            &config,
            &advice,
            &localizer(&config, &path, None)?,
        )),
    }
    Ok(())
}

/// The advice as a webmaster reads it: Dutch title, then every part by id and name.
fn advice_text(config: &Config, advice: &Advice, words: &Localizer) -> String {
    let mut s = String::new();
    let title = words.text(&wegwijzer::i18n::ids::outcome(&advice.outcome));
    let _ = writeln!(
        s,
        "advice: {} — {title} ({})",
        advice.outcome,
        advice.urgency.as_str()
    );
    let _ = writeln!(
        s,
        "first contact: {}",
        contact(config, &advice.first_contact)
    );
    let _ = writeln!(s, "team: {}", team_text(config, advice));
    if let Some(c) = &advice.client_support {
        let _ = writeln!(s, "client support: {}", contact(config, c));
    }
    let lists = [
        ("bring in", &advice.bring_in),
        ("also", &advice.also),
        ("community", &advice.community),
        ("crisis", &advice.crisis),
    ];
    for (label, list) in lists {
        if !list.is_empty() {
            let names: Vec<String> = list.iter().map(|id| name(config, id)).collect();
            let _ = writeln!(s, "{label}: {}", names.join(", "));
        }
    }
    for (i, step) in advice.steps.iter().enumerate() {
        let term =
            step.term
                .as_ref()
                .and_then(|t| config.terms.get(t))
                .map_or(String::new(), |t| {
                    format!(
                        " (within {} {}, {})",
                        t.duration.amount,
                        t.duration.unit.as_str(),
                        t.legal_basis
                    )
                });
        let _ = writeln!(s, "step {}: {}{term}", i + 1, step.step);
    }
    if !advice.bring.is_empty() {
        let _ = writeln!(s, "bring: {}", ids(&advice.bring).join(", "));
    }
    if advice.quick_exit {
        s += "quick exit: shown\n";
    }
    s
}

/// A service's name with its main phone number.
fn contact(config: &Config, id: &wegwijzer::model::ServiceId) -> String {
    let service = config.directory.get(id);
    match service.main_phone() {
        Some(p) => format!("{} ({})", service.name, p.number.display()),
        None => service.name.clone(),
    }
}

/// Checks the configuration and writes the compiled form the widget reads
/// (`config::compiled`); the widget needs no JSON reader for it and starts faster.
fn compile_cmd(args: &Args) -> Outcome {
    let path = config_path(args)?;
    let config = load(&path)?;
    let target = match args.options.get("out") {
        Some(out) => PathBuf::from(out),
        None => path.with_extension("wgw"),
    };
    if target == path {
        return Err(usage("--out must not be the configuration itself"));
    }
    let bytes = config::compiled::encode(&config);
    std::fs::write(&target, &bytes)
        .map_err(|e| Fail(format!("error: cannot write {}: {e}", target.display()), 2))?;
    diag(&format!(
        "wrote {} ({} bytes): publish it and point the widget's `config` attribute at it\n",
        target.display(),
        bytes.len()
    ));
    Ok(())
}

/// Checks the configuration and prints it as a `<script type="application/json">` block
/// to paste inside the `<wegwijzer-widget>` element. Every `<` is written `\u003c` (the
/// same JSON), so no text can end the block or open a comment in it, whatever the
/// checker allowed; a leading BOM is dropped.
fn inline_cmd(args: &Args) -> Outcome {
    let path = config_path(args)?;
    load(&path)?;
    let text = read(&path)?;
    let json = text
        .trim_start_matches('\u{feff}')
        .trim()
        .replace('<', "\\u003c");
    out(&format!(
        "<script type=\"application/json\">\n{json}\n</script>\n"
    ));
    Ok(())
}

fn graph_cmd(args: &Args) -> Outcome {
    let path = config_path(args)?;
    let config = load(&path)?;
    let format = match args.options.get("format").map_or("mermaid", String::as_str) {
        "mermaid" => graph::GraphFormat::Mermaid,
        "dot" => graph::GraphFormat::Dot,
        other => return Err(usage(&format!("unknown format `{other}` (mermaid, dot)"))),
    };
    out(&graph::render(&config, format));
    Ok(())
}

/// The starter is the complete default configuration: every row of the default routing
/// table, the national numbers with their sources, and clearly fictional local desks
/// (marked `unverified`, so `check` warns until they are replaced).
const STARTER: &str = include_str!("../../config/voorbeeldgemeente.json");

fn init(file: Option<&str>) -> Outcome {
    let Some(file) = file else {
        out(STARTER);
        return Ok(());
    };
    let path = Path::new(file);
    if path.exists() {
        return Err(Fail(
            format!("error: {file} already exists; not overwriting it"),
            2,
        ));
    }
    std::fs::write(path, STARTER)
        .map_err(|e| Fail(format!("error: cannot write {file}: {e}"), 2))?;
    out(&format!(
        "wrote {file}: a starter configuration. Next: fill in your desks, teams and postcodes, then run `wegwijzer check {file}`.\n"
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0).to_string(), "1970-01-01");
        assert_eq!(civil_from_days(20_415).to_string(), "2025-11-23");
        assert_eq!(civil_from_days(11_016).to_string(), "2000-02-29");
    }
}
