//! A plain-language (B1) check for Dutch resident texts.
//!
//! Measures words per sentence and flags officialese from the lint list of the domain
//! brief (§5.3). An official term is allowed once in brackets — "een brief met het
//! besluit (beschikking)" — because residents meet it in letters; so text inside
//! parentheses and Fluent placeables is not checked. This is a guide, not a judge:
//! context decides, and a native B1 writer has the last word.

/// Officialese (lowercase) and the plain word to use instead. Single words match at the
/// start of a word, so inflections and compounds are caught ("voorzieningen",
/// "maatwerkvoorziening" via "voorziening"); phrases match anywhere.
pub const OFFICIALESE: &[(&str, &str)] = &[
    ("indienen", "sturen, geven"),
    ("ingediend", "gestuurd, gegeven"),
    ("voorziening", "hulp"),
    ("beschikking", "brief met het besluit"),
    ("verstrekken", "geven"),
    ("verstrekt", "gegeven"),
    ("indien", "als"),
    ("echter", "maar"),
    ("inlichten", "laten weten, vertellen"),
    ("sanctie", "straf, boete"),
    ("voltooid", "klaar"),
    ("implementeren", "uitvoeren, invoeren"),
    ("ter inzage", "om in te kijken"),
    ("teneinde", "om"),
    ("alsmede", "en"),
    ("conform", "volgens"),
    ("overeenkomstig", "volgens"),
    ("middels", "met"),
    ("door middel van", "met"),
    ("ten behoeve van", "voor"),
    ("inzake", "over"),
    ("reeds", "al"),
    ("thans", "nu"),
    ("derhalve", "daarom"),
    ("zorgdragen", "zorgen voor, regelen"),
    ("zorg dragen", "zorgen voor, regelen"),
    ("in behandeling nemen", "bekijken"),
    ("in behandeling genomen", "bekeken"),
    ("belanghebbende", "je"),
    ("ondersteuningsbehoefte", "waar je hulp bij nodig hebt"),
    ("zelfredzaamheid", "dingen zelf kunnen doen"),
    ("participatie", "meedoen"),
    ("retourneren", "terugsturen"),
    ("woonachtig", "wonen"),
    ("dient te", "moet"),
    ("dienen te", "moeten"),
];

/// Jargon that residents meet in letters but often do not know (lowercase; phrases
/// allowed): a text using one needs an explanation, from the glossary or in brackets
/// right after the plain words (see [`super::glossary`]). Abbreviations (two or more
/// capitals) need one too; they are found without a list.
pub const JARGON: &[&str] = &[
    "dagbesteding",
    "bijzondere bijstand",
    "toeslagen",
    "toeslag",
    "ergotherapeut",
    "ervaringsdeskundige",
    "eigen bijdrage",
    "keukentafelgesprek",
    "respijtzorg",
    "persoonsgebonden budget",
    "maatwerkvoorziening",
];

/// Abbreviated days and ranges in one text: "t/m" in any language (a speech engine
/// says "t slash m"), and in Dutch the short day names ("ma", "vr"). Days and hours
/// are written out: "maandag tot en met vrijdag".
pub fn abbreviated_days(text: &str, dutch: bool) -> Vec<&'static str> {
    const DAYS: &[&str] = &["ma", "di", "wo", "vr", "za"];
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '/')
        .collect();
    let mut out = Vec::new();
    if words.iter().any(|w| w.eq_ignore_ascii_case("t/m")) {
        out.push("t/m");
    }
    if dutch {
        out.extend(
            DAYS.iter()
                .filter(|d| words.iter().any(|w| w.eq_ignore_ascii_case(d))),
        );
    }
    out
}

/// The result of checking one text.
#[derive(Debug, Clone, PartialEq)]
pub struct PlainReport {
    /// Number of sentences found.
    pub sentences: usize,
    /// Number of words found.
    pub words: usize,
    /// Officialese found, with the plain alternative.
    pub flagged: Vec<(&'static str, &'static str)>,
}

impl PlainReport {
    /// Average words per sentence (0 for an empty text).
    pub fn average_sentence_length(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.words as f64 / self.sentences as f64
        }
    }
}

/// Checks one resident text (a Fluent message value as written in the `.ftl` file).
pub fn check(text: &str) -> PlainReport {
    let cleaned = strip_brackets_and_placeables(text).to_lowercase();
    let sentences: Vec<&str> = cleaned
        .split(['.', '!', '?', ';', ':', '\n'])
        .filter(|s| s.split_whitespace().any(is_word))
        .collect();
    let words = sentences
        .iter()
        .map(|s| s.split_whitespace().filter(|w| is_word(w)).count())
        .sum();
    let padded = format!(" {} ", cleaned.replace(|c: char| !c.is_alphanumeric(), " "));
    let flagged = OFFICIALESE
        .iter()
        .filter(|(bad, _)| padded.contains(&format!(" {bad}")))
        .copied()
        .collect();
    PlainReport {
        sentences: sentences.len(),
        words,
        flagged,
    }
}

fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
}

/// Removes `( … )` and `{ … }` spans; a placeable counts as one word ("{ $term }" reads
/// as "6 weken" to a resident, but two words would not change the verdict).
fn strip_brackets_and_placeables(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut paren, mut brace) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '(' => paren += 1,
            ')' => paren = paren.saturating_sub(1),
            '{' => {
                if brace == 0 && paren == 0 {
                    out.push_str(" iets ");
                }
                brace += 1;
            }
            '}' => brace = brace.saturating_sub(1),
            _ if paren == 0 && brace == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_per_sentence() {
        let r = check("Je belt ons. Wij praten met je over wat je nodig hebt!");
        assert_eq!(r.sentences, 2);
        assert_eq!(r.words, 12);
        assert_eq!(r.average_sentence_length(), 6.0);
        assert!(r.flagged.is_empty());
    }

    #[test]
    fn flags_officialese_but_not_in_brackets() {
        let r = check("Indien u een voorziening wilt, dient u een aanvraag in te dienen.");
        let words: Vec<&str> = r.flagged.iter().map(|(w, _)| *w).collect();
        assert!(
            words.contains(&"indien") && words.contains(&"voorziening"),
            "{words:?}"
        );
        let ok = check("Je krijgt een brief met het besluit (beschikking).");
        assert!(ok.flagged.is_empty(), "{:?}", ok.flagged);
        // Word starts only: "echter" must not match inside "rechter".
        assert!(check("De rechter beslist.").flagged.is_empty());
    }

    #[test]
    fn abbreviated_days_are_found() {
        assert_eq!(
            abbreviated_days("ma t/m vr 9:00", true),
            ["t/m", "ma", "vr"]
        );
        assert_eq!(
            abbreviated_days("maandag tot en met vrijdag", true),
            Vec::<&str>::new()
        );
        // "ma" is a Polish word ("has"): day names are only checked in Dutch.
        assert_eq!(
            abbreviated_days("Ta osoba ma pracę", false),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn placeables_count_as_one_word() {
        let r = check("Binnen { $term } bellen we je.");
        assert_eq!((r.sentences, r.words), (1, 5));
    }
}
