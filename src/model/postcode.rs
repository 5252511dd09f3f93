//! Dutch postcodes ("1234 AB") and house numbers ("12", "12A", "12-2", "12 bis").
//!
//! Parsing is forgiving about what people type (spaces, lower case) and strict about
//! what exists: the first digit is 1–9 and the letter pairs SA, SD and SS are never used.

use std::fmt;
use std::str::FromStr;

/// A full six-character postcode (PC6), stored as its four digits and two letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Postcode {
    digits: u16,
    letters: [u8; 2],
}

/// Why a text is not a postcode. Each variant names the fix in its display text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PostcodeError {
    /// Nothing was typed.
    Empty,
    /// Not four digits followed by two letters.
    Format,
    /// The four digits start with 0; Dutch postcodes run from 1000 to 9999.
    LeadingZero,
    /// SA, SD and SS are never used as postcode letters.
    ReservedLetters,
}

impl fmt::Display for PostcodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PostcodeError::Empty => "postcode is empty",
            PostcodeError::Format => "expected four digits and two letters, like 1234 AB",
            PostcodeError::LeadingZero => "a postcode starts with 1 to 9, not 0",
            PostcodeError::ReservedLetters => "the letters SA, SD and SS are not used in postcodes",
        })
    }
}

impl std::error::Error for PostcodeError {}

impl Postcode {
    /// Parses what a resident typed: case and spaces do not matter.
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        let compact: Vec<char> = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.is_empty() {
            return Err(PostcodeError::Empty);
        }
        let well_formed = compact.len() == 6
            && compact[..4].iter().all(char::is_ascii_digit)
            && compact[4..].iter().all(char::is_ascii_uppercase);
        if !well_formed {
            return Err(PostcodeError::Format);
        }
        if compact[0] == '0' {
            return Err(PostcodeError::LeadingZero);
        }
        let letters = [compact[4] as u8, compact[5] as u8];
        if matches!(&letters, b"SA" | b"SD" | b"SS") {
            return Err(PostcodeError::ReservedLetters);
        }
        let digits = compact[..4].iter().fold(0u16, |n, c| {
            n * 10 + c.to_digit(10).expect("checked digit") as u16
        });
        Ok(Postcode { digits, letters })
    }

    /// The four-digit area (PC4), 1000–9999.
    pub fn pc4(&self) -> u16 {
        self.digits
    }

    /// The two letters, e.g. "AB".
    pub fn letters(&self) -> &str {
        std::str::from_utf8(&self.letters).expect("ASCII letters")
    }

    /// The compact form "1234AB", as used in data files and URLs.
    pub fn compact(&self) -> String {
        format!("{}{}", self.digits, self.letters())
    }
}

/// Displays the Dutch way: "1234 AB".
impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.digits, self.letters())
    }
}

impl FromStr for Postcode {
    type Err = PostcodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Postcode::parse(s)
    }
}

/// A house number with an optional letter or addition ("12", "12A", "12-2", "12 bis").
/// Only the number decides which team serves the address.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HouseNumber {
    /// The number itself, 1–99999.
    pub number: u32,
    /// Letter or addition as typed, upper-cased, without leading separators.
    pub suffix: Option<String>,
}

impl HouseNumber {
    /// Parses "12", "12a", "12 A", "12-2", "12 bis". Returns `None` when there is no
    /// leading number or the number is 0 or above 99999.
    pub fn parse(input: &str) -> Option<Self> {
        let s = input.trim();
        let digits_end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        if digits_end == 0 || digits_end > 5 {
            return None;
        }
        let number: u32 = s[..digits_end].parse().ok()?;
        if number == 0 {
            return None;
        }
        let rest = s[digits_end..].trim_start_matches(|c: char| c == '-' || c.is_whitespace());
        let suffix_ok = rest.len() <= 6 && rest.chars().all(|c| c.is_ascii_alphanumeric());
        if !suffix_ok {
            return None;
        }
        let suffix = (!rest.is_empty()).then(|| rest.to_ascii_uppercase());
        Some(HouseNumber { number, suffix })
    }
}

impl fmt::Display for HouseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.suffix {
            Some(sfx) if sfx.chars().all(|c| c.is_ascii_digit()) => {
                write!(f, "{}-{sfx}", self.number)
            }
            Some(sfx) => write!(f, "{}{sfx}", self.number),
            None => write!(f, "{}", self.number),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_people_type() {
        for input in ["1234AB", "1234 AB", "1234ab", " 1234  ab ", "1234\tAb"] {
            let pc = Postcode::parse(input).unwrap();
            assert_eq!(pc.to_string(), "1234 AB");
            assert_eq!(pc.compact(), "1234AB");
            assert_eq!(pc.pc4(), 1234);
        }
    }

    #[test]
    fn rejects_what_does_not_exist() {
        assert_eq!(Postcode::parse(""), Err(PostcodeError::Empty));
        assert_eq!(Postcode::parse("   "), Err(PostcodeError::Empty));
        assert_eq!(Postcode::parse("0123AB"), Err(PostcodeError::LeadingZero));
        assert_eq!(
            Postcode::parse("1234SA"),
            Err(PostcodeError::ReservedLetters)
        );
        assert_eq!(
            Postcode::parse("1234 sd"),
            Err(PostcodeError::ReservedLetters)
        );
        assert_eq!(
            Postcode::parse("1234SS"),
            Err(PostcodeError::ReservedLetters)
        );
        for bad in [
            "123AB", "12345AB", "1234A", "1234ABC", "ABCD12", "1234 A1", "1234ÄB",
        ] {
            assert_eq!(Postcode::parse(bad), Err(PostcodeError::Format), "{bad}");
        }
        // SA/SD/SS are reserved only as a pair; S with other letters is fine.
        assert!(Postcode::parse("1234SB").is_ok());
        assert!(Postcode::parse("1234AS").is_ok());
    }

    #[test]
    fn orders_by_digits_then_letters() {
        let a = Postcode::parse("1234AB").unwrap();
        let b = Postcode::parse("1234AC").unwrap();
        let c = Postcode::parse("1235AA").unwrap();
        assert!(a < b && b < c);
    }

    #[test]
    fn house_numbers_with_suffixes() {
        let h = |s| HouseNumber::parse(s);
        assert_eq!(
            h("12"),
            Some(HouseNumber {
                number: 12,
                suffix: None
            })
        );
        assert_eq!(h("12a").unwrap().suffix.as_deref(), Some("A"));
        assert_eq!(h("12 A").unwrap().to_string(), "12A");
        assert_eq!(h("12-2").unwrap().to_string(), "12-2");
        assert_eq!(h("12 bis").unwrap().suffix.as_deref(), Some("BIS"));
        assert_eq!(h(" 7 ").unwrap().number, 7);
        for bad in ["", "A12", "0", "123456", "12/3", "-5", "12 <b>"] {
            assert_eq!(h(bad), None, "{bad}");
        }
    }
}
