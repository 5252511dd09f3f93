//! A rough benchmark of the core on a big gemeente (not a test):
//!
//! ```text
//! cargo run --release --no-default-features --example bench_core
//! ```
//!
//! Generates, in memory, a configuration with 200 questions, 500 services and 20 000
//! postcode entries (PC4, PC6 and house-number ranges), then times `config::load`
//! (median of several runs) and `Areas::lookup` (mean over many random postcodes).
//! Validation must stay linear or `n log n`; this makes a quadratic check obvious.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Instant;
use wegwijzer::model::Postcode;

const QUESTIONS: usize = 200;
const SERVICES: usize = 500;
const TEAMS: usize = 100;
const OUTCOMES: usize = 50;
const PC4_ENTRIES: usize = 4_000;
const PC6_ENTRIES: usize = 12_000;
const ADDRESS_ENTRIES: usize = 4_000;
const LOAD_RUNS: usize = 9;
const LOOKUPS: usize = 1_000_000;

fn main() {
    let json = generate();
    let config = wegwijzer::config::load(&json).unwrap_or_else(|errs| {
        for e in errs.iter().take(10) {
            eprintln!("{e}");
        }
        panic!(
            "the generated config should be valid ({} errors)",
            errs.len()
        );
    });

    let mut load_ms: Vec<f64> = (0..LOAD_RUNS)
        .map(|_| {
            let t = Instant::now();
            black_box(wegwijzer::config::load(black_box(&json)).is_ok());
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    load_ms.sort_by(f64::total_cmp);
    let median_ms = load_ms[LOAD_RUNS / 2];

    let postcodes = random_postcodes(10_000);
    let t = Instant::now();
    let mut found = 0usize;
    for i in 0..LOOKUPS {
        let (pc, number) = &postcodes[i % postcodes.len()];
        if !matches!(
            config.areas.lookup(black_box(pc), *number),
            wegwijzer::model::AreaMatch::Unknown
        ) {
            found += 1;
        }
    }
    let lookup_ns = t.elapsed().as_secs_f64() * 1e9 / LOOKUPS as f64;

    let areas = &config.areas;
    let entries =
        areas.pc4_ranges().len() + areas.pc6_entries().len() + areas.address_ranges().len();
    println!(
        "config: {} KB JSON, {} questions, {} outcomes, {} services, {} postcode entries",
        json.len() / 1024,
        config.questionnaire.questions().len(),
        config.outcomes.len(),
        config.directory.len(),
        entries
    );
    println!();
    println!("| what | measured | target |");
    println!("|---|---|---|");
    println!("| config::load (median of {LOAD_RUNS}) | {median_ms:.1} ms | < 50 ms |");
    println!("| Areas::lookup (mean of {LOOKUPS}) | {lookup_ns:.0} ns | < 1 µs |");
    println!();
    println!(
        "({:.0} % of the random addresses have a team)",
        found as f64 * 100.0 / LOOKUPS as f64
    );
}

/// A deterministic xorshift generator, so runs are comparable without a rand crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn random_postcodes(n: usize) -> Vec<(Postcode, Option<u32>)> {
    let mut rng = Rng(0x5eed_cafe);
    (0..n)
        .map(|_| {
            let pc4 = 1000 + rng.below(9000);
            let letters = letters(rng.below(26 * 26) as usize);
            let pc = Postcode::parse(&format!("{pc4}{letters}"))
                .unwrap_or_else(|_| Postcode::parse("1000AA").expect("a valid postcode"));
            let number = (rng.below(3) > 0).then(|| 1 + rng.below(200) as u32);
            (pc, number)
        })
        .collect()
}

/// Two letters for index `i`, skipping the pairs that are never used.
fn letters(i: usize) -> String {
    let a = (b'A' + (i / 26 % 26) as u8) as char;
    let b = (b'A' + (i % 26) as u8) as char;
    match (a, b) {
        ('S', 'A' | 'D' | 'S') => "ZZ".to_owned(),
        _ => format!("{a}{b}"),
    }
}

fn source() -> &'static str {
    r#"{"url": "https://www.example.nl/bron", "verified_on": "2026-01-15"}"#
}

fn service(out: &mut String, id: &str, role: &str, number: &str) {
    let _ = write!(
        out,
        r#"{{"id": "{id}", "role": "{role}", "name": "Dienst {id}",
            "phones": [{{"number": "{number}", "hours": {{"times": [{{"days": ["mo", "tu", "we"], "opens": "09:00", "closes": "17:00"}}]}}, "source": {}}}],
            "url": "https://www.example.nl/{id}", "email": "{id}@example.nl"}},"#,
        source()
    );
}

/// The whole configuration as JSON text.
fn generate() -> String {
    let mut s = String::with_capacity(3 << 20);
    s.push_str(
        r#"{"version": 1,
  "gemeente": {"name": "Grootgemeente", "general-contact": "gemeente-loket",
    "crisis": ["alarm", "zelfmoordpreventie", "veilig-thuis"], "languages": ["nl", "en", "ar", "tr"],
    "quick-exit-url": "https://weerplaza.nl"},
  "questionnaire": {"start": "q0", "questions": ["#,
    );
    for i in 0..QUESTIONS {
        let next = if i + 1 < QUESTIONS {
            format!("q{}", i + 1)
        } else {
            "o0".to_owned()
        };
        let outcome = format!("o{}", i % OUTCOMES);
        let branch = if i > 0 {
            format!(
                r#", "branches": [{{"when": {{"all": [{{"answer-is": {{"question": "q{}", "option": "b"}}}}, {{"rule": "helper-mode"}}]}}, "to": "{outcome}"}}]"#,
                i - 1
            )
        } else {
            String::new()
        };
        let _ = write!(
            s,
            r#"{}{{"id": "q{i}", "kind": "single-choice",
      "options": [{{"id": "a", "icon": "money"}}, {{"id": "b"}}, {{"id": "c", "danger": true}}],
      "next-by-answer": {{"a": "{next}", "b": "{outcome}"}}, "next": "{next}"{branch}}}"#,
            if i == 0 { "" } else { "," }
        );
    }
    s.push_str("]},\n  \"outcomes\": [");
    for i in 0..OUTCOMES {
        let _ = write!(
            s,
            r#"{}{{"id": "o{i}", "first-contact": "desk-{i}", "law": "wmo", "show-team": true,
      "also": ["desk-{}"], "steps": [{{"id": "melding", "term": "wmo-onderzoek"}}], "bring": ["id-card"]}}"#,
            if i == 0 { "" } else { "," },
            i + 1
        );
    }
    let _ = write!(
        s,
        r#"],
  "terms": [{{"id": "wmo-onderzoek", "amount": 6, "unit": "weeks", "legal-basis": "Wmo 2015 art. 2.3.2", "source": {}}}],
  "directory": ["#,
        source()
    );
    service(&mut s, "gemeente-loket", "gemeente", "14 0999");
    service(&mut s, "alarm", "emergency", "112");
    service(&mut s, "zelfmoordpreventie", "suicide-prevention", "113");
    service(&mut s, "veilig-thuis", "veilig-thuis", "0800-2000");
    service(
        &mut s,
        "clientondersteuning",
        "clientondersteuning",
        "0800-1234",
    );
    for t in 0..TEAMS {
        service(
            &mut s,
            &format!("team-{t}"),
            "sociaal-wijkteam",
            "0999-123456",
        );
    }
    for d in 0..SERVICES - TEAMS - 5 {
        service(&mut s, &format!("desk-{d}"), "welzijn", "0999-654321");
    }
    s.pop(); // trailing comma
    s.push_str("],\n  \"areas\": [");
    // Every team gets a share of each level; the levels use disjoint PC4 bands so
    // nothing overlaps: PC4 1000–4999, PC6 in 5000–8999, house numbers in 9000–9999.
    for t in 0..TEAMS {
        let pc4: Vec<String> = (0..PC4_ENTRIES / TEAMS)
            .map(|k| format!("\"{}\"", 1000 + t * (PC4_ENTRIES / TEAMS) + k))
            .collect();
        let pc6: Vec<String> = (0..PC6_ENTRIES / TEAMS)
            .map(|k| {
                let n = t * (PC6_ENTRIES / TEAMS) + k;
                format!("\"{} {}\"", 5000 + n / 300, letters(n % 300))
            })
            .collect();
        let addresses: Vec<String> = (0..ADDRESS_ENTRIES / TEAMS)
            .map(|k| {
                let n = t * (ADDRESS_ENTRIES / TEAMS) + k;
                // Two ranges per PC6, split odd/even down the street.
                let pc = format!("{} {}", 9000 + n / 200, letters(n / 2 % 100));
                let parity = if n % 2 == 0 { "odd" } else { "even" };
                format!(r#"{{"postcode": "{pc}", "from": 1, "to": 199, "parity": "{parity}"}}"#)
            })
            .collect();
        let _ = write!(
            s,
            r#"{}{{"team": "team-{t}", "pc4": [{}], "pc6": [{}], "addresses": [{}]}}"#,
            if t == 0 { "" } else { "," },
            pc4.join(", "),
            pc6.join(", "),
            addresses.join(", ")
        );
    }
    s.push_str("]}\n");
    s
}
