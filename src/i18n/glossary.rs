//! Plain words for hard ones: abbreviations (Wmo, UWV) and jargon (dagbesteding)
//! explained where a resident first meets them on a screen.
//!
//! The glossary is data in the locales, one message per entry: `glossary-<term> =
//! <forms>: <explanation>`, e.g. `glossary-wmo = Wmo: de wet voor hulp thuis`, with the
//! forms it matches in that language before the colon, separated by `, `. A gemeente
//! adds entries in its overlay files. [`explain`] writes the explanation in brackets
//! after the first use — "Wmo (de wet voor hulp thuis)", "WW-uitkering (WW: …)" — so
//! it is text that every screen reader, touch user and printer gets (an `<abbr
//! title>` is not). A word that the text itself explains in brackets, "(CJG)" or
//! "beschikking (…)", is explained in place; one inside other brackets waits for its
//! next use.
//!
//! Matching is by bytes, case-sensitive except for the first letter ("Dagbesteding"
//! at the start of a sentence), at word boundaries: small code, no Unicode tables.
//! [`unexplained`] is the check behind `wegwijzer check --locales`.

/// Whether `c` belongs to a word: ASCII letters and digits, and letters of other
/// scripts; not the punctuation block (U+2000–U+2FFF: dashes, quotes, the bidi
/// isolation marks Fluent puts around arguments).
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c >= 'À' && !('\u{2000}'..'\u{3000}').contains(&c)
}

/// Where `form` first occurs in `text` as a word of its own, not in an e-mail or web
/// address, as a byte range. A lowercase first letter may be a capital in the text
/// ("Dagbesteding" at the start of a sentence); a capital must be one ("Wmo", not the
/// "wmo" of an address).
fn find(text: &str, form: &str) -> Option<(usize, usize)> {
    let first = form.chars().next()?;
    let rest = &form[first.len_utf8()..];
    text.char_indices()
        .find(|&(i, c)| {
            let after = &text[i + c.len_utf8()..];
            if !((c == first || c == first.to_ascii_uppercase()) && after.starts_with(rest)) {
                return false;
            }
            let tail = &text[word_end(text, i + c.len_utf8() + rest.len())..];
            !text[..i].ends_with(|c| is_word(c) || "@./".contains(c))
                && !after[rest.len()..].starts_with(is_word)
                && !tail.starts_with(['@', '/'])
                && !tail
                    .strip_prefix('.')
                    .is_some_and(|t| t.starts_with(is_word))
        })
        .map(|(i, _)| (i, i + form.len()))
}

/// The end of the word a match ends inside: "WW" in "WW-uitkering", "UWV" in "UWV'ye".
fn word_end(text: &str, end: usize) -> usize {
    end + text[end..]
        .find(|c: char| !(is_word(c) || c == '-' || c == '\''))
        .unwrap_or(text.len() - end)
}

/// Whether the text explains the word at `start..end` itself: it stands in brackets
/// right after the plain words ("(CJG)"), or brackets follow it.
fn in_place(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('(') || text[word_end(text, end)..].starts_with(" (")
}

/// The forms and the explanation of an entry (`None` without `": "`).
fn split(entry: &str) -> Option<(std::str::Split<'_, &str>, &str)> {
    entry
        .split_once(": ")
        .map(|(forms, meaning)| (forms.split(", "), meaning))
}

/// `text` with an explanation after the first use of each entry not yet `seen` on
/// this screen (one flag per entry); `None` when nothing changes. Entries found are
/// marked seen, also when the text explains them in place.
pub fn explain(entries: &[String], text: &str, seen: &mut [bool]) -> Option<String> {
    let mut inserts: Vec<(usize, String)> = Vec::new();
    for (entry, seen) in entries.iter().zip(seen.iter_mut()) {
        let Some((forms, meaning)) = split(entry).filter(|_| !*seen) else {
            continue;
        };
        let Some((start, end)) = forms.filter_map(|f| find(text, f)).min() else {
            continue;
        };
        let before = &text[..start];
        if !in_place(text, start, end) && before.rfind('(') > before.rfind(')') {
            // Inside brackets, "(eigen bijdrage Wmo)": brackets in brackets are hard
            // to read, so the explanation waits for the next use.
            continue;
        }
        *seen = true;
        if in_place(text, start, end) {
            continue;
        }
        let at = word_end(text, end);
        let head = if at == end { "" } else { &text[start..end] };
        let sep = if at == end { "" } else { ": " };
        inserts.push((at, [" (", head, sep, meaning, ")"].concat()));
    }
    if inserts.is_empty() {
        return None;
    }
    inserts.sort();
    let (mut out, mut from) = (String::new(), 0);
    for (at, gloss) in inserts {
        out += &text[from..at];
        out += &gloss;
        from = at;
    }
    Some(out + &text[from..])
}

/// Whether an entry matches `word` (the first letter in either case).
fn covers(entries: &[String], word: &str) -> bool {
    entries
        .iter()
        .filter_map(|e| split(e))
        .any(|(mut forms, _)| forms.any(|f| find(word, f) == Some((0, word.len()))))
}

/// Abbreviations (two or more capitals: UWV, WW) and [`super::plain::JARGON`] in one
/// resident text that neither the glossary `entries` nor the text itself explain, in
/// order, once each. A postcode's letters ("1234 AB") are not an abbreviation.
pub fn unexplained<'a>(text: &'a str, entries: &[String]) -> Vec<&'a str> {
    let mut found: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &text[s..i];
                let capitals = word.chars().all(char::is_uppercase) && word.chars().count() > 1;
                let postcode = text[..s].trim_end().ends_with(|c: char| c.is_ascii_digit());
                if capitals && !postcode && !in_place(text, s, i) {
                    found.push((s, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    for jargon in super::plain::JARGON {
        if let Some((s, e)) = find(text, jargon).filter(|&(s, e)| !in_place(text, s, e)) {
            found.push((s, &text[s..e]));
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
            "toeslagen, toeslag: geld van de overheid",
            "bijzondere bijstand: extra geld voor hoge kosten",
        ]
        .map(String::from)
        .to_vec()
    }

    fn explained(texts: &[&str]) -> Vec<String> {
        let g = glossary();
        let mut seen = vec![false; g.len()];
        texts
            .iter()
            .map(|t| explain(&g, t, &mut seen).unwrap_or_else(|| (*t).to_owned()))
            .collect()
    }

    #[test]
    fn first_use_on_a_screen_is_explained_the_second_is_not() {
        assert_eq!(
            explained(&["Dit regelt de Wmo.", "Vraag het via de Wmo."]),
            [
                "Dit regelt de Wmo (de wet voor hulp thuis).",
                "Vraag het via de Wmo."
            ]
        );
    }

    #[test]
    fn compounds_phrases_and_capitals_at_the_start() {
        assert_eq!(
            explained(&["Vraag een WW-uitkering. Toeslagen en bijzondere bijstand helpen."]),
            ["Vraag een WW-uitkering (WW: geld als je werk stopt). Toeslagen (geld van de overheid) en bijzondere bijstand (extra geld voor hoge kosten) helpen."]
        );
    }

    #[test]
    fn only_whole_words_and_not_what_the_text_explains_itself() {
        // Not inside another word or an address; not in the wrong case ("ww" is not
        // "WW", "wmo" is not "Wmo").
        assert_eq!(
            explained(&["Wmoloket, www, wwmo, ww, wmo, wmo-loket@gemeente.nl, www.wmo.nl, Wmo.nl"]),
            ["Wmoloket, www, wwmo, ww, wmo, wmo-loket@gemeente.nl, www.wmo.nl, Wmo.nl"]
        );
        // In brackets after the plain words, or followed by brackets: explained in
        // place, and so not again later on the screen.
        assert_eq!(
            explained(&["Geld van de overheid (toeslagen).", "Toeslagen bestaan."]),
            ["Geld van de overheid (toeslagen).", "Toeslagen bestaan."]
        );
        assert_eq!(explained(&["De Wmo (wet) helpt."]), ["De Wmo (wet) helpt."]);
        // Inside other brackets: no brackets in brackets; the next use is explained.
        assert_eq!(
            explained(&["CAK (eigen bijdrage Wmo)", "De Wmo helpt."]),
            [
                "CAK (eigen bijdrage Wmo)",
                "De Wmo (de wet voor hulp thuis) helpt."
            ]
        );
        // Fluent's bidi isolation marks around an argument are not letters.
        assert_eq!(
            explained(&["Bel \u{2068}WW\u{2069}."]),
            ["Bel \u{2068}WW (geld als je werk stopt)\u{2069}."]
        );
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
