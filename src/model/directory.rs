//! Desks, teams and helplines: the directory of services.
//!
//! Field names follow Open Referral HSDS where they fit (`name`, `phones`, `schedules`,
//! `languages`). Every phone number carries its source and the date it was checked,
//! because numbers change and a wrong crisis number is worse than none.

use super::IdMap;
use super::{Date, Postcode, ServiceId};
use std::fmt;

/// What kind of place a service is. Routing and checks use the role, never the name,
/// because names differ per gemeente ("Vraagwijzer", "Buurtteam", ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Role {
    /// Receives the Wmo melding, plans the keukentafelgesprek.
    WmoLoket,
    /// Generalists close to home; one contact for several problems.
    SociaalWijkteam,
    /// CJG / jeugd- en gezinsteam.
    JeugdGezin,
    /// Bijstand, bijzondere bijstand, re-integration.
    WerkInkomen,
    /// Municipal debt help (Wgs).
    Schuldhulp,
    /// Free independent client support (Wmo art. 1.1.1, 2.3.2 lid 3).
    Clientondersteuning,
    /// Support for carers.
    Mantelzorg,
    /// Welzijn, buurtwerk, volunteers: the community option.
    Welzijn,
    /// Free social-legal help with letters, benefits and objections.
    SociaalRaadslieden,
    /// Free first-line legal advice.
    JuridischLoket,
    /// Domestic violence and child abuse: advice and reports.
    VeiligThuis,
    /// 112.
    Emergency,
    /// 113 Zelfmoordpreventie.
    SuicidePrevention,
    /// A national helpline (Geldfit, Luisterlijn, Kindertelefoon, ...).
    Helpline,
    /// The gemeente's general contact (14 + netnummer).
    Gemeente,
    /// The resident's own GP (outside the gemeente).
    Huisarts,
    /// Out-of-hours GP post.
    Huisartsenpost,
    /// UWV: unemployment and incapacity benefits.
    Uwv,
    /// CIZ: assessment for long-term care (Wlz).
    Ciz,
}

impl Role {
    /// Every role, for schema and documentation.
    pub const ALL: [Role; 19] = [
        Role::WmoLoket,
        Role::SociaalWijkteam,
        Role::JeugdGezin,
        Role::WerkInkomen,
        Role::Schuldhulp,
        Role::Clientondersteuning,
        Role::Mantelzorg,
        Role::Welzijn,
        Role::SociaalRaadslieden,
        Role::JuridischLoket,
        Role::VeiligThuis,
        Role::Emergency,
        Role::SuicidePrevention,
        Role::Helpline,
        Role::Gemeente,
        Role::Huisarts,
        Role::Huisartsenpost,
        Role::Uwv,
        Role::Ciz,
    ];

    /// The config spelling, e.g. `wmo-loket`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::WmoLoket => "wmo-loket",
            Role::SociaalWijkteam => "sociaal-wijkteam",
            Role::JeugdGezin => "jeugd-gezin",
            Role::WerkInkomen => "werk-inkomen",
            Role::Schuldhulp => "schuldhulp",
            Role::Clientondersteuning => "clientondersteuning",
            Role::Mantelzorg => "mantelzorg",
            Role::Welzijn => "welzijn",
            Role::SociaalRaadslieden => "sociaal-raadslieden",
            Role::JuridischLoket => "juridisch-loket",
            Role::VeiligThuis => "veilig-thuis",
            Role::Emergency => "emergency",
            Role::SuicidePrevention => "suicide-prevention",
            Role::Helpline => "helpline",
            Role::Gemeente => "gemeente",
            Role::Huisarts => "huisarts",
            Role::Huisartsenpost => "huisartsenpost",
            Role::Uwv => "uwv",
            Role::Ciz => "ciz",
        }
    }

    /// Parses the config spelling.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether the role is a crisis line whose number must be re-checked often.
    pub fn is_crisis(&self) -> bool {
        matches!(
            self,
            Role::Emergency | Role::SuicidePrevention | Role::VeiligThuis
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure we are of a fact; mirrors the [V]/[S]/[U] labels of the domain brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Evidence {
    /// Checked against a source that states it directly.
    #[default]
    Verified,
    /// From one secondary source; re-check before release.
    Secondary,
    /// Not verified: never presented to residents as certain (e.g. "gratis" is hidden).
    Unverified,
}

/// Where a fact comes from and when someone last checked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// A page that states the fact.
    pub url: String,
    /// When someone last checked the fact against that page.
    pub verified_on: Date,
    /// How strong the evidence is.
    pub evidence: Evidence,
}

/// A phone number as written ("0800-0113", "14 0999") and its dialable digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    display: String,
    dial: String,
}

/// Why a text is not a Dutch phone number we can dial.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PhoneError {
    /// Characters other than digits, spaces, hyphens, brackets or a leading +.
    Characters,
    /// Too few or too many digits for a Dutch number.
    Length,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PhoneError::Characters => "use only digits, spaces and hyphens, like 0800-0113",
            PhoneError::Length => {
                "a Dutch number has 3 digits (112), 5–7 digits (14 020, 14 0570), 10 digits (020-123 4567, 06-1234 5678, 088-0767 000), or is a 0800/0900/0906/0909 number with 4 or 7 digits after it (0800-2000, 0900-112 7 112)"
            }
        })
    }
}

impl PhoneNumber {
    /// Parses a Dutch number: short numbers (112, 113), 14 + netnummer, service numbers
    /// (0800, 0900, 0906, 0909 with 4 or 7 more digits) and ordinary 10-digit numbers
    /// (also 06 mobile and 085/088). International +31 and 0031 numbers are accepted.
    pub fn parse(s: &str) -> Result<Self, PhoneError> {
        let trimmed = s.trim();
        let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')');
        let body = trimmed.strip_prefix('+').unwrap_or(trimmed);
        if body.is_empty() || !body.chars().all(allowed) {
            return Err(PhoneError::Characters);
        }
        let digits: String = body.chars().filter(char::is_ascii_digit).collect();
        let service = ["0800", "0900", "0906", "0909"]
            .iter()
            .any(|p| digits.starts_with(p));
        let international = trimmed.starts_with('+') || digits.starts_with("0031");
        let len_ok = match digits.len() {
            3 => digits.starts_with('1'),
            5..=7 => digits.starts_with("14"),
            8 => service,
            10 => digits.starts_with('0'),
            11 if international => digits.starts_with("31"),
            11 => service,
            13 => digits.starts_with("0031"),
            _ => false,
        };
        if !len_ok {
            return Err(PhoneError::Length);
        }
        let dial = match digits.strip_prefix("00") {
            Some(rest) if international => format!("+{rest}"),
            _ if trimmed.starts_with('+') => format!("+{digits}"),
            _ => digits,
        };
        Ok(PhoneNumber {
            display: trimmed.to_owned(),
            dial,
        })
    }

    /// As written in the config, for display ("0800-0113").
    pub fn display(&self) -> &str {
        &self.display
    }

    /// Digits only, for a `tel:` link ("08000113").
    pub fn dial(&self) -> &str {
        &self.dial
    }

    /// The `tel:` URI.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.dial)
    }
}

/// A day of the week for opening hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday.
    Mo,
    /// Tuesday.
    Tu,
    /// Wednesday.
    We,
    /// Thursday.
    Th,
    /// Friday.
    Fr,
    /// Saturday.
    Sa,
    /// Sunday.
    Su,
}

impl Weekday {
    /// Every day, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mo,
        Weekday::Tu,
        Weekday::We,
        Weekday::Th,
        Weekday::Fr,
        Weekday::Sa,
        Weekday::Su,
    ];

    /// The config spelling (`mo` … `su`), also the Fluent key suffix (`day-mo`).
    pub fn as_str(&self) -> &'static str {
        ["mo", "tu", "we", "th", "fr", "sa", "su"][*self as usize]
    }

    /// Parses the config spelling.
    pub fn parse(s: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// Opening time on some days, "09:00"–"17:00" (24-hour clock, minutes since midnight).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpeningTime {
    /// Days this applies to.
    pub days: Vec<Weekday>,
    /// Opens at, minutes since midnight.
    pub opens: u16,
    /// Closes at, minutes since midnight.
    pub closes: u16,
}

impl OpeningTime {
    /// Formats minutes since midnight as "09:00".
    pub fn clock(minutes: u16) -> String {
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

/// When a phone line or desk is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    /// Day and night, every day.
    AlwaysOpen,
    /// On these days and times.
    Times(Vec<OpeningTime>),
}

/// A phone number with what residents need to know before they call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// The number.
    pub number: PhoneNumber,
    /// Free of charge (shown as "gratis" only when the source is verified).
    pub free: Option<bool>,
    /// When it is answered, if known.
    pub hours: Option<Hours>,
    /// Whether callers may stay anonymous.
    pub anonymous: bool,
    /// Where the number comes from.
    pub source: Source,
}

/// What a schedule is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleKind {
    /// Walk in without an appointment (inloopspreekuur).
    WalkIn,
    /// Reachable by phone.
    Phone,
    /// Open by appointment.
    Appointment,
}

/// A recurring opening, HSDS `schedules`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// What is open.
    pub kind: ScheduleKind,
    /// When.
    pub times: Vec<OpeningTime>,
}

/// A postal address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// Street and number, e.g. "Marktplein 1".
    pub street: String,
    /// Postcode.
    pub postcode: Postcode,
    /// Place name.
    pub city: String,
}

/// One desk, team or helpline.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Content-describing id, e.g. `wijkteam-noord`.
    pub id: ServiceId,
    /// What kind of place this is.
    pub role: Role,
    /// Proper name, shown as is: "Sociaal Wijkteam Noord".
    pub name: String,
    /// Phone numbers, the first is the main one.
    pub phones: Vec<Phone>,
    /// E-mail address.
    pub email: Option<String>,
    /// Website (https).
    pub url: Option<String>,
    /// Chat page (https), e.g. 113.nl.
    pub chat_url: Option<String>,
    /// Visiting address.
    pub address: Option<Address>,
    /// Walk-in and phone hours.
    pub schedules: Vec<Schedule>,
    /// Languages spoken (BCP 47), besides Dutch.
    pub languages: Vec<String>,
    /// Uniforme Productnamenlijst URI, when there is one.
    pub upl: Option<String>,
    /// Outside the gemeente (national helpline, UWV, CIZ): no postcode needed.
    pub national: bool,
}

impl Service {
    /// The main phone number, if any.
    pub fn main_phone(&self) -> Option<&Phone> {
        self.phones.first()
    }
}

/// All services, by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Directory {
    services: IdMap<ServiceId, Service>,
}

impl Directory {
    /// Builds the directory. The validator guarantees unique ids.
    pub fn new(services: impl IntoIterator<Item = Service>) -> Self {
        Directory {
            services: services.into_iter().map(|s| (s.id.clone(), s)).collect(),
        }
    }

    /// The service with this id. Ids in a validated model always resolve.
    pub fn get(&self, id: &ServiceId) -> &Service {
        self.services
            .get(id)
            .expect("validated model: every service id resolves")
    }

    /// The service with this id, if it exists (for unvalidated input such as URLs).
    pub fn find(&self, id: &str) -> Option<&Service> {
        self.services.get(&ServiceId::new(id))
    }

    /// Every service, ordered by id.
    pub fn iter(&self) -> impl Iterator<Item = &Service> {
        self.services.values()
    }

    /// The first service with this role, if any.
    pub fn by_role(&self, role: Role) -> Option<&Service> {
        self.services.values().find(|s| s.role == role)
    }

    /// How many services there are.
    pub fn len(&self) -> usize {
        self.services.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers() {
        let p = PhoneNumber::parse("0800-0113").unwrap();
        assert_eq!(p.display(), "0800-0113");
        assert_eq!(p.tel_uri(), "tel:08000113");
        assert_eq!(PhoneNumber::parse("112").unwrap().dial(), "112");
        assert_eq!(PhoneNumber::parse("14 020").unwrap().dial(), "14020");
        assert_eq!(PhoneNumber::parse("14 0570").unwrap().dial(), "140570");
        assert_eq!(
            PhoneNumber::parse("088-0767 000").unwrap().dial(),
            "0880767000"
        );
        assert_eq!(
            PhoneNumber::parse("+31 20 123 4567").unwrap().dial(),
            "+31201234567"
        );
        assert_eq!(
            PhoneNumber::parse("0800-FLOWERS"),
            Err(PhoneError::Characters)
        );
        assert_eq!(PhoneNumber::parse(""), Err(PhoneError::Characters));
        assert_eq!(PhoneNumber::parse("12345"), Err(PhoneError::Length));
        assert_eq!(PhoneNumber::parse("020-12345"), Err(PhoneError::Length));
    }

    /// Every format a gemeente's page shows (issue 21): 7-digit service numbers such as
    /// a huisartsenpost's, 0906/0909, 06 mobile (WhatsApp), 085/088, +31 and 0031.
    #[test]
    fn every_dutch_number_format() {
        for (written, dial) in [
            ("0900-112 7 112", "09001127112"),
            ("0900 - 1515", "09001515"),
            ("0906-1234", "09061234"),
            ("0909-1234567", "09091234567"),
            ("0800-0432", "08000432"),
            ("06-12345678", "0612345678"),
            ("085 - 123 45 67", "0851234567"),
            ("14 058", "14058"),
            ("+31 6 1234 5678", "+31612345678"),
            ("0031 20 123 4567", "+31201234567"),
            ("(020) 123 4567", "0201234567"),
        ] {
            let p = PhoneNumber::parse(written).unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(p.dial(), dial, "{written}");
            assert_eq!(p.display(), written);
        }
        for wrong in [
            "0901-123",
            "020-123456789",
            "31612345678",
            "0800-12345678",
            "+31 20 12",
        ] {
            assert_eq!(
                PhoneNumber::parse(wrong),
                Err(PhoneError::Length),
                "{wrong}"
            );
        }
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("wmo_loket"), None);
    }
}
