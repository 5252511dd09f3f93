//! The languages Wegwijzer ships, with their native names and writing direction.

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The HTML `dir` value.
    pub fn as_str(&self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language the widget can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, also the folder under `locales/`.
    pub tag: &'static str,
    /// The name in the language itself, for the language switcher.
    pub native_name: &'static str,
    /// Writing direction.
    pub dir: Direction,
}

/// Every shipped language, in the order the switcher shows them.
pub const LANGUAGES: &[Language] = &[
    Language {
        tag: "nl",
        native_name: "Nederlands",
        dir: Direction::Ltr,
    },
    Language {
        tag: "en",
        native_name: "English",
        dir: Direction::Ltr,
    },
    Language {
        tag: "ar",
        native_name: "العربية",
        dir: Direction::Rtl,
    },
    Language {
        tag: "tr",
        native_name: "Türkçe",
        dir: Direction::Ltr,
    },
    Language {
        tag: "pl",
        native_name: "Polski",
        dir: Direction::Ltr,
    },
    Language {
        tag: "uk",
        native_name: "Українська",
        dir: Direction::Ltr,
    },
    Language {
        tag: "fy",
        native_name: "Frysk",
        dir: Direction::Ltr,
    },
];

/// The shipped language with this tag (case-insensitive), if any.
pub fn language(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}
