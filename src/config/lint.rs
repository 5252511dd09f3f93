//! Lints: things a valid configuration may contain that still deserve a webmaster's
//! attention before publishing (stale crisis numbers, unverified facts, advice without
//! a human to contact). Warnings never stop the widget; the CLI prints them.
//!
//! Lints read the validated model only, so every id here resolves.

use crate::model::{Config, Date, Evidence, Phone, Role, Service};
use std::fmt;

/// Crisis numbers older than this many months must be re-checked.
pub const CRISIS_MAX_AGE_MONTHS: i32 = 6;

/// How much attention a warning needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Worth knowing; no action needed before publishing.
    Info,
    /// Check and fix before publishing.
    Warning,
}

/// What deserves attention.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WarningKind {
    /// A crisis line's number was last checked too long ago.
    StaleCrisisNumber {
        /// The service.
        service: String,
        /// The number as written.
        number: String,
        /// When it was last checked.
        verified_on: Date,
        /// Whole months between then and today.
        months: i32,
    },
    /// A Wmo or Jeugdwet advice, but no cliëntondersteuning service in the directory.
    NoClientSupport {
        /// The outcome.
        outcome: String,
    },
    /// The first contact of an advice has no phone, e-mail, website or address.
    NoHumanContact {
        /// The outcome.
        outcome: String,
        /// Its first contact.
        service: String,
    },
    /// A number is marked free, but its source is unverified (the UI hides "gratis").
    UnverifiedFree {
        /// The number as written.
        number: String,
    },
    /// Postcodes of the gemeente (from `gemeente.postcodes`) that no team serves:
    /// residents there get the gemeente-wide contact instead of a wijkteam.
    UnservedPostcodes {
        /// The PC4 ranges no area entry touches, inclusive.
        ranges: Vec<(u16, u16)>,
    },
    /// A fact rests on secondary or unverified evidence.
    WeakEvidence {
        /// Secondary or unverified.
        evidence: Evidence,
    },
}

impl WarningKind {
    /// How much attention it needs.
    pub fn level(&self) -> Level {
        match self {
            WarningKind::WeakEvidence { .. } => Level::Info,
            _ => Level::Warning,
        }
    }
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::StaleCrisisNumber {
                service,
                number,
                verified_on,
                months,
            } => write!(
                f,
                "crisis number `{number}` of `{service}` was last checked on {verified_on}, {months} months ago; check it again (at most every {CRISIS_MAX_AGE_MONTHS} months)"
            ),
            WarningKind::NoClientSupport { outcome } => write!(
                f,
                "outcome `{outcome}` falls under the Wmo or Jeugdwet, but the directory has no service with role `clientondersteuning`"
            ),
            WarningKind::NoHumanContact { outcome, service } => write!(
                f,
                "first contact `{service}` of outcome `{outcome}` has no phone, e-mail, website or address"
            ),
            WarningKind::UnverifiedFree { number } => write!(
                f,
                "`{number}` is marked free but its source is unverified; \"gratis\" will not be shown"
            ),
            WarningKind::UnservedPostcodes { ranges } => {
                let list: Vec<String> = ranges
                    .iter()
                    .map(|(a, b)| if a == b { a.to_string() } else { format!("{a}-{b}") })
                    .collect();
                write!(
                    f,
                    "no team serves postcode area {}; residents there get the gemeente-wide contact (add them to a team in `areas`)",
                    list.join(", ")
                )
            }
            WarningKind::WeakEvidence { evidence } => write!(
                f,
                "evidence is {}; verify before publishing",
                match evidence {
                    Evidence::Verified => "verified",
                    Evidence::Secondary => "secondary",
                    Evidence::Unverified => "unverified",
                }
            ),
        }
    }
}

/// One warning, with the path it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigWarning {
    /// Dotted path, as in [`ConfigError`](super::ConfigError).
    pub path: String,
    /// What deserves attention.
    pub kind: WarningKind,
}

/// `<level>: <path>: <message>`.
impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.kind.level() {
            Level::Info => "info",
            Level::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.path, self.kind)
    }
}

/// The gemeente's PC4 areas that no area entry (PC4 range, PC6 or house-number range)
/// touches, merged into inclusive ranges. A PC4 with only some PC6s served counts as
/// served: the gap is then a street, which `routes` shows.
fn unserved_postcodes(config: &Config) -> Vec<(u16, u16)> {
    let areas = &config.areas;
    let touched = |pc4: u16| {
        areas
            .pc4_ranges()
            .iter()
            .any(|r| (r.from..=r.to).contains(&pc4))
            || areas.pc6_entries().iter().any(|(pc, _)| pc.pc4() == pc4)
            || areas
                .address_ranges()
                .iter()
                .any(|r| r.postcode.pc4() == pc4)
    };
    let mut out: Vec<(u16, u16)> = Vec::new();
    for &(from, to) in &config.gemeente.postcodes {
        for pc4 in (from..=to).filter(|p| !touched(*p)) {
            match out.last_mut() {
                Some((_, end)) if *end + 1 == pc4 => *end = pc4,
                _ => out.push((pc4, pc4)),
            }
        }
    }
    out
}

/// Every warning for a validated configuration, as of `today`.
pub fn lint(config: &Config, today: Date) -> Vec<ConfigWarning> {
    let mut out = Vec::new();
    for service in config.directory.iter() {
        lint_service(config, service, today, &mut out);
    }
    let unserved = unserved_postcodes(config);
    if !unserved.is_empty() {
        out.push(ConfigWarning {
            path: "gemeente.postcodes".to_owned(),
            kind: WarningKind::UnservedPostcodes { ranges: unserved },
        });
    }
    let has_client_support = config
        .directory
        .by_role(Role::Clientondersteuning)
        .is_some();
    for outcome in config.outcomes.values() {
        let path = format!("outcomes.{}", outcome.id);
        if outcome.law.is_some_and(|l| l.entitles_client_support()) && !has_client_support {
            out.push(ConfigWarning {
                path: format!("{path}.law"),
                kind: WarningKind::NoClientSupport {
                    outcome: outcome.id.to_string(),
                },
            });
        }
        let first = config.directory.get(&outcome.first_contact);
        let reachable = !first.phones.is_empty()
            || first.email.is_some()
            || first.url.is_some()
            || first.address.is_some();
        if !reachable {
            out.push(ConfigWarning {
                path: format!("{path}.first-contact"),
                kind: WarningKind::NoHumanContact {
                    outcome: outcome.id.to_string(),
                    service: first.id.to_string(),
                },
            });
        }
    }
    for term in config.terms.values() {
        if term.source.evidence != Evidence::Verified {
            out.push(ConfigWarning {
                path: format!("terms.{}.source.evidence", term.id),
                kind: WarningKind::WeakEvidence {
                    evidence: term.source.evidence,
                },
            });
        }
    }
    out
}

fn lint_service(config: &Config, service: &Service, today: Date, out: &mut Vec<ConfigWarning>) {
    let is_crisis = service.role.is_crisis() || config.gemeente.crisis.contains(&service.id);
    for (j, phone) in service.phones.iter().enumerate() {
        let path = format!("directory.{}.phones[{j}]", service.id);
        if is_crisis {
            stale(service, phone, &path, today, out);
        }
        if phone.source.evidence == Evidence::Unverified && phone.free == Some(true) {
            out.push(ConfigWarning {
                path: format!("{path}.free"),
                kind: WarningKind::UnverifiedFree {
                    number: phone.number.display().to_owned(),
                },
            });
        }
        if phone.source.evidence != Evidence::Verified {
            out.push(ConfigWarning {
                path: format!("{path}.source.evidence"),
                kind: WarningKind::WeakEvidence {
                    evidence: phone.source.evidence,
                },
            });
        }
    }
}

fn stale(service: &Service, phone: &Phone, path: &str, today: Date, out: &mut Vec<ConfigWarning>) {
    let months = phone.source.verified_on.months_until(&today);
    // "More than six months": exactly six months ago is still fine.
    let too_old = months > CRISIS_MAX_AGE_MONTHS
        || (months == CRISIS_MAX_AGE_MONTHS && phone.source.verified_on.day < today.day);
    if too_old {
        out.push(ConfigWarning {
            path: format!("{path}.source.verified_on"),
            kind: WarningKind::StaleCrisisNumber {
                service: service.id.to_string(),
                number: phone.number.display().to_owned(),
                verified_on: phone.source.verified_on,
                months,
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = include_str!("../../tests/fixtures/config/minimal.json");

    fn date(s: &str) -> Date {
        Date::parse(s).expect("test date")
    }

    /// The warnings as a webmaster reads them, as of `today`.
    fn rendered(config: &Config, today: &str) -> Vec<String> {
        lint(config, date(today))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn minimal_config_is_clean_when_fresh() {
        let config = crate::config::load(MINIMAL).expect("minimal config loads");
        assert_eq!(lint(&config, date("2026-02-01")), vec![]);
    }

    #[test]
    fn postcodes_of_the_gemeente_that_no_team_serves() {
        // The minimal config's only team serves PC4 9990-9993 and the PC6 9995 AA.
        let json = MINIMAL.replace(
            r#""quick-exit-url": "https://weerplaza.nl""#,
            r#""quick-exit-url": "https://weerplaza.nl", "postcodes": ["9990-9997", "9999"]"#,
        );
        let config = crate::config::load(&json).expect("config loads");
        let rendered = rendered(&config, "2026-02-01");
        assert_eq!(
            rendered,
            vec!["warning: gemeente.postcodes: no team serves postcode area 9994, 9996-9997, 9999; residents there get the gemeente-wide contact (add them to a team in `areas`)"]
        );
        let bad = MINIMAL.replace(
            r#""quick-exit-url": "https://weerplaza.nl""#,
            r#""quick-exit-url": "https://weerplaza.nl", "postcodes": ["9995-9990", "99x"]"#,
        );
        let errors = crate::config::load(&bad).expect_err("bad postcodes are errors");
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            vec!["gemeente.postcodes[0]", "gemeente.postcodes[1]"]
        );
    }

    #[test]
    fn crisis_numbers_go_stale_after_six_months() {
        let config = crate::config::load(MINIMAL).expect("minimal config loads");
        // Verified 2026-01-15: six months later is still fine, one day more is not.
        assert_eq!(lint(&config, date("2026-07-15")), vec![]);
        let warnings = lint(&config, date("2026-07-16"));
        let rendered: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(rendered.len(), 3, "{rendered:#?}");
        assert_eq!(
            rendered[0],
            "warning: directory.alarm.phones[0].source.verified_on: crisis number `112` of `alarm` was last checked on 2026-01-15, 6 months ago; check it again (at most every 6 months)"
        );
    }

    #[test]
    fn weak_evidence_missing_support_and_no_contact() {
        let json = MINIMAL
            .replace(
                r#""number": "113", "free": true, "anonymous": true, "hours": "always-open", "source": { "url": "https://www.113.nl", "verified_on": "2026-01-15" }"#,
                r#""number": "113", "free": true, "anonymous": true, "hours": "always-open", "source": { "url": "https://www.113.nl", "verified_on": "2026-01-15", "evidence": "unverified" }"#,
            )
            .replace(r#""role": "clientondersteuning""#, r#""role": "welzijn""#)
            .replace(r#""email": "noord@testgemeente.nl","#, "")
            .replace(
                r#""address": { "street": "Marktplein 1", "postcode": "9991 AB", "city": "Testdorp" }"#,
                r#""national": false"#,
            );
        let config = crate::config::load(&json).expect("still valid");
        let rendered = rendered(&config, "2026-02-01");
        assert_eq!(
            rendered,
            vec![
                "warning: directory.zelfmoordpreventie.phones[0].free: `113` is marked free but its source is unverified; \"gratis\" will not be shown",
                "info: directory.zelfmoordpreventie.phones[0].source.evidence: evidence is unverified; verify before publishing",
                "warning: outcomes.care-help.law: outcome `care-help` falls under the Wmo or Jeugdwet, but the directory has no service with role `clientondersteuning`",
                "warning: outcomes.care-help.first-contact: first contact `wijkteam-noord` of outcome `care-help` has no phone, e-mail, website or address",
            ]
        );
    }
}
