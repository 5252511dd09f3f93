//! Calendar dates ("2026-11-23") for `verified_on` fields, without a date crate.

use std::fmt;

/// A calendar date. Only what `verified_on` needs: parse, compare, count months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31 (checked against the month).
    pub day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateError {
    /// Not in the form YYYY-MM-DD.
    Format,
    /// The form is right but the day does not exist (e.g. 2026-02-30).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "expected a date like 2026-11-23",
            DateError::NoSuchDay => "that day does not exist",
        })
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// Parses "YYYY-MM-DD".
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u16>().expect("checked digits");
        let (year, month, day) = (num(0..4), num(5..7) as u8, num(8..10) as u8);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(&self, later: &Date) -> i32 {
        let months =
            (later.year as i32 - self.year as i32) * 12 + later.month as i32 - self.month as i32;
        if later.day < self.day {
            months - 1
        } else {
            months
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_counts_months() {
        let a = Date::parse("2026-05-23").unwrap();
        let b = Date::parse("2026-11-23").unwrap();
        assert_eq!(a.months_until(&b), 6);
        assert_eq!(
            Date::parse("2026-11-22")
                .unwrap()
                .months_until(&Date::parse("2027-05-21").unwrap()),
            5
        );
        assert_eq!(b.to_string(), "2026-11-23");
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Ok(29));
        assert_eq!(Date::parse("2025-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2025-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("23-11-2026"), Err(DateError::Format));
        assert_eq!(Date::parse("2026-1-1"), Err(DateError::Format));
    }
}
