//! Plain words for hard ones: abbreviations (Wmo, UWV) and jargon (dagbesteding)
//! explained where a resident first meets them on a screen.
//!
//! The glossary is data in the locales, one message per entry: `glossary-<term> =
//! <word>: <explanation>`, e.g. `glossary-wmo = Wmo: de wet voor hulp thuis`, with the
//! word as the texts of that language write it before the colon (another form of the
//! word, "toeslag", is an entry of its own). A gemeente adds entries in its overlay
//! files. [`explain`] writes the explanation in brackets
//! after the first use — "Wmo (de wet voor hulp thuis)", "WW-uitkering (WW: …)" — so
//! it is text that every screen reader, touch user and printer gets (an `<abbr
//! title>` is not). A word that the text itself explains in brackets, "(CJG)" or
//! "beschikking (…)", is explained in place; one inside other brackets waits for its
//! next use.
//!
//! Matching is by bytes, case-sensitive except for a capital first letter
//! ("Dagbesteding" at the start of a sentence), at word boundaries: every byte here
//! is downloaded by every resident, so no sorting, no Unicode tables, no searchers.
//! [`unexplained`] is the check behind `wegwijzer check --locales`.

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

/// `text` with an explanation after the first use of each entry not yet `seen` on
/// this screen (bit `k` for entry `k`; entries after the 64th are not used); `None`
/// when nothing changes. Entries found are marked seen, also when the text explains
/// them in place. One inside brackets waits for its next use: brackets in brackets
/// are hard to read (this also keeps explanations out of the ones already written
/// in). Not in an e-mail address.
pub fn explain(entries: &[String], text: &str, seen: &mut u64) -> Option<String> {
    let mut out: Option<String> = None;
    for (k, entry) in entries.iter().take(64).enumerate() {
        let now = out.as_deref().unwrap_or(text);
        let t = now.as_bytes();
        let (Some((form, meaning)), 0) = (entry.split_once(':'), *seen >> k & 1) else {
            continue;
        };
        let Some(start) = find(t, form.as_bytes()) else {
            continue;
        };
        let end = start + form.len();
        let at = word_end(t, end);
        let depth = t[..start]
            .iter()
            .fold(0, |d, &b| d + i32::from(b == b'(') - i32::from(b == b')'));
        let in_place = in_place(t, start, at);
        if depth > 0 && !in_place || t.get(at) == Some(&b'@') {
            continue;
        }
        *seen |= 1 << k;
        if !in_place {
            // "WW-uitkering (WW: …)": a compound names the word explained.
            let (head, sep) = if at == end {
                ("", "")
            } else {
                (&now[start..end], ": ")
            };
            let meaning = meaning.trim_start_matches(' ');
            out = Some([&now[..at], " (", head, sep, meaning, ")", &now[at..]].concat());
        }
    }
    out
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

    fn explained(texts: &[&str]) -> Vec<String> {
        let g = glossary();
        let mut seen = 0;
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
            explained(&["Wmoloket, www, wwmo, ww, wmo, wmo-loket@gemeente.nl, www.Wmo.nl, toeslagen@gemeente.nl"]),
            ["Wmoloket, www, wwmo, ww, wmo, wmo-loket@gemeente.nl, www.Wmo.nl, toeslagen@gemeente.nl"]
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
        // A word right inside an argument (bidi isolation marks) is left alone.
        assert_eq!(
            explained(&["Bel \u{2068}WW\u{2069}."]),
            ["Bel \u{2068}WW\u{2069}."]
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
