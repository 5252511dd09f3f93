//! CLDR cardinal plural rules for whole numbers, written out for the shipped languages.
//!
//! Arguments are counts (weeks, characters, question numbers), so only the integer
//! operands of the CLDR rules matter (`v = 0`, `i = n`). A language without rules here
//! uses the English rules, as fluent-bundle does for an unknown locale.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// `zero`
    Zero,
    /// `one`
    One,
    /// `two`
    Two,
    /// `few`
    Few,
    /// `many`
    Many,
    /// `other`
    Other,
}

impl Category {
    /// The category a variant key names (`[few]`), if it names one.
    pub fn from_key(key: &str) -> Option<Category> {
        Some(match key {
            "zero" => Category::Zero,
            "one" => Category::One,
            "two" => Category::Two,
            "few" => Category::Few,
            "many" => Category::Many,
            "other" => Category::Other,
            _ => return None,
        })
    }
}

/// The cardinal category of the whole number `n` in language `lang` (a BCP 47 tag;
/// only its primary subtag counts).
pub fn category(lang: &str, n: i64) -> Category {
    let n = n.unsigned_abs();
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    match primary.to_ascii_lowercase().as_str() {
        "ar" => arabic(n),
        "pl" => polish(n),
        "uk" | "ru" => east_slavic(n),
        // nl, fy, en, tr, de, … and unknown languages: one for 1, else other.
        _ => one_other(n),
    }
}

fn one_other(n: u64) -> Category {
    if n == 1 {
        Category::One
    } else {
        Category::Other
    }
}

fn arabic(n: u64) -> Category {
    match (n, n % 100) {
        (0, _) => Category::Zero,
        (1, _) => Category::One,
        (2, _) => Category::Two,
        (_, 3..=10) => Category::Few,
        (_, 11..=99) => Category::Many,
        _ => Category::Other,
    }
}

fn polish(n: u64) -> Category {
    let (ten, hundred) = (n % 10, n % 100);
    if n == 1 {
        Category::One
    } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
        Category::Few
    } else {
        // Every other whole number: i != 1 and i % 10 in 0..1, or 5..9, or 12..14.
        Category::Many
    }
}

fn east_slavic(n: u64) -> Category {
    let (ten, hundred) = (n % 10, n % 100);
    if ten == 1 && hundred != 11 {
        Category::One
    } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
        Category::Few
    } else {
        Category::Many
    }
}

#[cfg(test)]
mod tests {
    use super::{category, Category::*};

    #[test]
    fn samples_from_cldr() {
        assert_eq!(category("nl", 1), One);
        assert_eq!(category("nl", 0), Other);
        assert_eq!(category("en-GB", 1), One);
        assert_eq!(category("xx", 2), Other);
        let ar: Vec<_> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103]
            .iter()
            .map(|&n| category("ar", n))
            .collect();
        assert_eq!(
            ar,
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few]
        );
        let pl: Vec<_> = [1, 2, 5, 12, 22, 25, 101]
            .iter()
            .map(|&n| category("pl", n))
            .collect();
        assert_eq!(pl, [One, Few, Many, Many, Few, Many, Many]);
        let uk: Vec<_> = [1, 2, 5, 11, 21, 22, 111]
            .iter()
            .map(|&n| category("uk", n))
            .collect();
        assert_eq!(uk, [One, Few, Many, Many, One, Few, Many]);
    }
}
