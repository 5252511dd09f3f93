//! Plain words for hard ones: abbreviations (Wmo, UWV) and jargon (dagbesteding)
//! explained where a resident first meets them on a screen.
//!
//! The glossary is data in the locales, one message per entry: `glossary-<term> =
//! <word>: <explanation>`, e.g. `glossary-wmo = Wmo: de wet voor hulp thuis`, with the
//! word as the texts of that language write it before the colon (another form of the
//! word, "toeslag", is an entry of its own). A gemeente adds entries in its overlay
//! files. The widget's `wegwijzer_glossary.js` (ADR 0016) writes the explanation in brackets
//! after the first use — "Wmo (de wet voor hulp thuis)", "WW-uitkering (WW: …)" — so
//! it is text that every screen reader, touch user and printer gets (an `<abbr
//! title>` is not). A word that the text itself explains in brackets, "(CJG)" or
//! "beschikking (…)", is explained in place; one inside other brackets waits for its
//! next use.
//!
//! Here is [`unexplained`], the check behind `wegwijzer check --locales`; its word
//! matching is the script's (by bytes, case-sensitive except for a capital first
//! letter, at word boundaries), so what the check accepts is what residents see
//! explained.

/// Whether byte `b` belongs to a word: ASCII letters and digits, and every byte of a
/// character outside ASCII (letters of other scripts; also Fluent's bidi isolation
/// marks, so a word right inside an argument is not matched: names are shown as
/// text of their own).
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b > 127
}

/// Where `form` first starts in `t` as a word of its own, not inside an address
/// ("@", ".", "/" before it). A lowercase first letter may be a capital in the text
/// ("Dagbesteding" at the start of a sentence); a capital must be one ("Wmo", not
/// the "wmo" of wmo-loket@…).
fn find(t: &[u8], form: &[u8]) -> Option<usize> {
    let (&first, rest) = form.split_first()?;
    (0..t.len()).find(|&i| {
        let end = i + form.len();
        end <= t.len()
            && (t[i] == first || t[i] == first.to_ascii_uppercase())
            && &t[i + 1..end] == rest
            && (i == 0 || !is_word(t[i - 1]) && !b"@./".contains(&t[i - 1]))
            && !t.get(end).is_some_and(|&b| is_word(b))
    })
}

/// The end of the word that a match ending at `end` is part of: "WW" in
/// "WW-uitkering". A character boundary: it borders ASCII or the end.
fn word_end(t: &[u8], end: usize) -> usize {
    end + t[end..]
        .iter()
        .take_while(|&&b| is_word(b) || b == b'-')
        .count()
}

/// Whether the text explains the word at `start..at` itself: it stands in brackets
/// right after the plain words ("(CJG)"), or brackets follow it.
fn in_place(t: &[u8], start: usize, at: usize) -> bool {
    t[..start].ends_with(b"(") || t[at..].starts_with(b" (")
}

/// Whether an entry matches `word` (the first letter may be a capital).
fn covers(entries: &[String], word: &str) -> bool {
    entries
        .iter()
        .filter_map(|e| e.split_once(':'))
        .any(|(form, _)| {
            form.len() == word.len() && find(word.as_bytes(), form.as_bytes()) == Some(0)
        })
}

/// Abbreviations (two or more capitals: UWV, WW) and [`super::plain::JARGON`] in one
/// resident text that neither the glossary `entries` nor the text itself explain, in
/// order, once each. A postcode's letters ("1234 AB") are not an abbreviation.
pub fn unexplained<'a>(text: &'a str, entries: &[String]) -> Vec<&'a str> {
    let t = text.as_bytes();
    let mut found: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &text[s..i];
                let capitals = word.chars().all(char::is_uppercase) && word.chars().count() > 1;
                let postcode = text[..s].trim_end().ends_with(|c: char| c.is_ascii_digit());
                let at = word_end(t, i);
                if capitals && !postcode && !in_place(t, s, at) {
                    found.push((s, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    for jargon in super::plain::JARGON {
        if let Some(s) = find(t, jargon.as_bytes()) {
            if !in_place(t, s, word_end(t, s + jargon.len())) {
                found.push((s, &text[s..s + jargon.len()]));
            }
        }
    }
    found.sort();
    let mut out: Vec<&str> = Vec::new();
    for (_, word) in found {
        if !covers(entries, word) && !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Vec<String> {
        [
            "Wmo: de wet voor hulp thuis",
            "WW: geld als je werk stopt",
            "toeslagen: geld van de overheid",
            "bijzondere bijstand: extra geld voor hoge kosten",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn abbreviations_and_jargon_without_explanation_are_found() {
        let g = glossary();
        assert_eq!(
            unexplained("Bel UWV voor je WW. Vraag naar dagbesteding.", &g),
            ["UWV", "dagbesteding"]
        );
        assert_eq!(
            unexplained(
                "Het Centrum voor Jeugd en Gezin (CJG). CAK (eigen bijdrage).",
                &g
            ),
            Vec::<&str>::new()
        );
        assert_eq!(
            unexplained("Postcode 1234 AB. Bel 112.", &g),
            Vec::<&str>::new()
        );
        assert_eq!(unexplained("UWV en UWV.", &[]), ["UWV"]);
    }
}
