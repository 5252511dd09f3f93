//! The share link: the journey's answers, helper flag, language and form in the URL
//! fragment (`#wegwijzer=…`), never in the query string, so no server ever receives it.
//!
//! Pure code, no browser: encode and decode are unit-tested natively.
//!
//! # Format v2 (written)
//!
//! A link gets pasted into chats and mails and sits in browser histories, so it must
//! not say at a glance what it is about: no topic words (`safety`), no postcode, no
//! ids. The state is a compact binary record, scrambled and written in base64url:
//!
//! * byte 0: the version, `2`;
//! * bytes 1–4: a checksum (FNV-1a, 32 bits) of the plain record;
//! * the rest: the plain record XOR a keystream (xorshift32, seeded with the checksum
//!   and a fixed constant).
//!
//! The plain record is a flags byte (helper mode, u-form), the language tag, then one
//! entry per answer: question id, a kind byte and its payload (one option id; a count
//! and option ids; postcode and house number as text; nothing for skipped). Every
//! string and count is preceded by its length as a LEB128 varint (one byte below 128).
//!
//! Questions and options go in by their **id**, not by their position in the
//! config: a link survives a gemeente adding, removing or reordering options and
//! questions; only a renamed id is lost, and then the reopened journey simply stops
//! at that question (as with v1).
//!
//! Because the keystream depends on the checksum, changing one answer changes nearly
//! every character of the link; a damaged link fails the checksum and is refused
//! cleanly ([`ShareError::Damaged`]). **This is obfuscation, not encryption**: the
//! key is in this public source, and anyone with the link can open it and see the
//! answers (the panel says so). It keeps a passer-by, a chat preview or a shoulder
//! surfer from reading "veilig thuis" or an address in the link; it does not keep
//! anyone out. For that reason crisis advice has no share link at all unless the
//! gemeente opts in ([`offered`]).
//!
//! # Format v1 (refused)
//!
//! The first format, `1~h~topic_msafety~postcode_p1234AB.12A`, carried the answers in
//! plain words. Such a link is refused (the widget opens at its first question): it
//! would otherwise keep working as a readable record of someone's situation, and the
//! code to read it cost bytes before every first question.
//!
//! # Own words
//!
//! The resident's own words (free text) are never put in a link: they can be the
//! most private part. A question answered in free text goes into the link as skipped,
//! so the reopened journey still reaches the same advice: leaving it out would stop
//! the route at that question and drop every later answer (the postcode), because the
//! journey keeps only answers on its route.
//!
//! # Language and form
//!
//! The link carries the language tag it was made in and the form (je/u). The embed
//! opens the link in that language when the gemeente offers it (so a link made in
//! English reopens in English, whatever the page's `lang`). The form is carried for
//! completeness, but the gemeente's configured form always stands: a configuration
//! offers exactly one form, and the register the gemeente chose is its voice.

use crate::engine::{Advice, Answers};
use crate::model::{
    is_valid_id, Answer, Config, Form, HouseNumber, OptionId, Postcode, QuestionId, Urgency,
};
use std::fmt;

/// The fragment parameter that holds the state.
pub const KEY: &str = "wegwijzer";
/// The version byte of the format this module writes.
const VERSION: u8 = 2;
/// The prefix of the old, readable format (read only).
const V1_PREFIX: &str = "1~";
/// Longer fragments are not ours (or are abuse); ignore them.
const MAX_LEN: usize = 4000;
/// Mixed into the keystream seed; changing it breaks every v2 link.
const SEED: u32 = 0x5745_475a; // "WEGZ"
/// Bytes before the scrambled record: version and checksum.
const HEADER: usize = 5;
/// Longest language tag taken from a link (BCP 47 tags we use are far shorter).
const MAX_LANG: usize = 35;

const FLAG_HELPER: u8 = 1;
const FLAG_FORM_U: u8 = 2;
const KIND_SKIPPED: u8 = 0;
const KIND_CHOICE: u8 = 1;
const KIND_CHOICES: u8 = 2;
const KIND_POSTCODE: u8 = 3;

/// Everything a link holds, as read from it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SharedState {
    /// Answers by question (not yet checked against a config).
    pub answers: Answers,
    /// Helper mode.
    pub helper: bool,
    /// The language the link was made in (`None` in a v1 link).
    pub lang: Option<String>,
    /// The form the link was made in (`None` in a v1 link).
    pub form: Option<Form>,
}

/// Why a fragment is not a share state.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShareError {
    /// The fragment holds no `wegwijzer=` parameter.
    Absent,
    /// Longer than any state we write.
    TooLong,
    /// Written by a newer or unknown version of the widget.
    Version(String),
    /// A v2 link that is cut off, changed or not base64url (the checksum or the
    /// record does not add up).
    Damaged,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Absent => f.write_str("no wegwijzer state in the fragment"),
            ShareError::TooLong => f.write_str("share state is too long"),
            ShareError::Version(v) => write!(f, "unknown share state version `{v}`"),
            ShareError::Damaged => f.write_str("share link is damaged or incomplete"),
        }
    }
}

/// Whether the advice gets a share link: not on crisis advice (a link to "veilig
/// thuis" in a shared chat or browser history can put someone in danger), unless the
/// gemeente opted in with `share-crisis-advice`. Print and copy stay either way.
pub fn offered(config: &Config, advice: &Advice) -> bool {
    advice.urgency != Urgency::Crisis || config.gemeente.share_crisis_advice
}

/// Encodes answers, helper flag, language and form (the part after `wegwijzer=`).
pub fn encode(answers: &Answers, helper: bool, lang: &str, form: Form) -> String {
    let mut plain = Vec::with_capacity(64);
    let mut flags = 0;
    if helper {
        flags |= FLAG_HELPER;
    }
    if form == Form::U {
        flags |= FLAG_FORM_U;
    }
    plain.push(flags);
    put_str(&mut plain, lang);
    for (q, a) in answers {
        put_str(&mut plain, q.as_str());
        match a {
            Answer::Choice(o) => {
                plain.push(KIND_CHOICE);
                put_str(&mut plain, o.as_str());
            }
            Answer::Choices(os) => {
                plain.push(KIND_CHOICES);
                put_len(&mut plain, os.len());
                for o in os {
                    put_str(&mut plain, o.as_str());
                }
            }
            Answer::Postcode {
                postcode,
                house_number,
            } => {
                plain.push(KIND_POSTCODE);
                put_str(&mut plain, &postcode.compact());
                let house = house_number.as_ref().map(|h| h.to_string());
                put_str(&mut plain, house.as_deref().unwrap_or(""));
            }
            // Own words never go into a link, only that the question was passed
            // (see the module docs).
            Answer::Skipped | Answer::Text(_) => plain.push(KIND_SKIPPED),
        }
    }
    let sum = checksum(&plain);
    let mut bytes = Vec::with_capacity(HEADER + plain.len());
    bytes.push(VERSION);
    bytes.extend_from_slice(&sum.to_be_bytes());
    bytes.extend(plain);
    scramble(&mut bytes[HEADER..], sum);
    base64url(&bytes)
}

/// The fragment parameter for the widget with history key `widget` (`w0`, `w1`, … in
/// page order): `wegwijzer` for the first widget on the page, `wegwijzer-w1` for the
/// second, and so on. A link opens in the widget it was made in, not in every widget
/// on the page (issue 23).
fn param(widget: &str) -> String {
    let mut name = KEY.to_owned();
    if widget != "w0" {
        name.push('-');
        name.push_str(widget);
    }
    name
}

/// The full link: `base` (page URL without fragment) + `#wegwijzer=…`, for `widget`.
pub fn link(
    base: &str,
    widget: &str,
    answers: &Answers,
    helper: bool,
    lang: &str,
    form: Form,
) -> String {
    let base = base.split('#').next().unwrap_or(base);
    let state = encode(answers, helper, lang, form);
    format!("{base}#{}={state}", param(widget))
}

/// Finds `widget`'s state in a fragment (`#wegwijzer=…`, possibly among other `&`
/// params).
pub fn from_fragment<'f>(fragment: &'f str, widget: &str) -> Option<&'f str> {
    let name = param(widget);
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix(name.as_str())?.strip_prefix('='))
}

/// The fragment without `widget`'s state (and without `#`): what the address bar keeps
/// once the widget has read its link, so the history entry no longer holds it.
pub fn without_state(fragment: &str, widget: &str) -> String {
    let name = param(widget);
    let mut rest = String::new();
    for p in fragment.trim_start_matches('#').split('&') {
        if !p.is_empty() && p.split('=').next() != Some(name.as_str()) {
            if !rest.is_empty() {
                rest.push('&');
            }
            rest.push_str(p);
        }
    }
    rest
}

/// Decodes `widget`'s state from a fragment; never panics on bad input.
pub fn decode_fragment(fragment: &str, widget: &str) -> Result<SharedState, ShareError> {
    decode(from_fragment(fragment, widget).ok_or(ShareError::Absent)?)
}

/// Decodes the part after `wegwijzer=` (v2; a v1 link is refused as version "1").
pub fn decode(s: &str) -> Result<SharedState, ShareError> {
    if s.len() > MAX_LEN {
        return Err(ShareError::TooLong);
    }
    if s == "1" || s.starts_with(V1_PREFIX) {
        return Err(ShareError::Version("1".into()));
    }
    let mut bytes = unbase64url(s).ok_or(ShareError::Damaged)?;
    match bytes.first() {
        Some(&VERSION) => {}
        Some(v) => return Err(ShareError::Version(v.to_string())),
        None => return Err(ShareError::Version(String::new())),
    }
    let header = bytes.get(1..HEADER).ok_or(ShareError::Damaged)?;
    let sum = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
    let plain = &mut bytes[HEADER..];
    scramble(plain, sum);
    if checksum(plain) != sum {
        return Err(ShareError::Damaged);
    }
    read_record(plain).ok_or(ShareError::Damaged)
}

/// The plain v2 record; `None` when it does not add up.
fn read_record(plain: &[u8]) -> Option<SharedState> {
    let mut r = Reader(plain);
    let flags = r.byte()?;
    if flags & !(FLAG_HELPER | FLAG_FORM_U) != 0 {
        return None;
    }
    let lang = r.str()?;
    let lang_ok =
        lang.len() <= MAX_LANG && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !lang_ok {
        return None;
    }
    let mut state = SharedState {
        answers: Answers::new(),
        helper: flags & FLAG_HELPER != 0,
        lang: (!lang.is_empty()).then(|| lang.to_owned()),
        form: Some(if flags & FLAG_FORM_U != 0 {
            Form::U
        } else {
            Form::Je
        }),
    };
    while !r.0.is_empty() {
        let q = r.id()?;
        let answer = match r.byte()? {
            KIND_SKIPPED => Answer::Skipped,
            KIND_CHOICE => Answer::Choice(OptionId::new(r.id()?)),
            KIND_CHOICES => {
                let n = r.count()?;
                // Each option takes at least two bytes: a count beyond that is damage.
                if n == 0 || n > r.0.len() {
                    return None;
                }
                let os: Option<Vec<OptionId>> = (0..n).map(|_| r.id().map(OptionId::new)).collect();
                Answer::Choices(os?)
            }
            KIND_POSTCODE => {
                let postcode = Postcode::parse(r.str()?).ok()?;
                let house = r.str()?;
                let house_number = if house.is_empty() {
                    None
                } else {
                    Some(HouseNumber::parse(house)?)
                };
                Answer::Postcode {
                    postcode,
                    house_number,
                }
            }
            _ => return None,
        };
        state.answers.insert(QuestionId::new(q), answer);
    }
    Some(state)
}

/// Reads the plain record front to back; every method gives `None` past the end.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    /// A LEB128 varint, at most three bytes (lengths stay far below 2^21).
    fn count(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in [0, 7, 14] {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.count()?;
        if n > self.0.len() {
            return None;
        }
        let (s, rest) = self.0.split_at(n);
        self.0 = rest;
        std::str::from_utf8(s).ok()
    }

    fn id(&mut self) -> Option<&'a str> {
        self.str().filter(|s| is_valid_id(s))
    }
}

fn put_len(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// FNV-1a, 32 bits: enough to tell a damaged link from a whole one.
fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// XORs `bytes` with an xorshift32 keystream seeded by `sum` (its own inverse).
fn scramble(bytes: &mut [u8], sum: u32) {
    let mut x = sum ^ SEED;
    if x == 0 {
        x = SEED;
    }
    for b in bytes {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *b ^= (x >> 24) as u8;
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding: safe in a fragment as is.
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The bytes of base64url text without padding; `None` on any other character or a
/// length no encoder writes.
fn unbase64url(s: &str) -> Option<Vec<u8>> {
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 2);
    for chunk in s.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Answers {
        let mut m = Answers::new();
        m.insert(
            QuestionId::new("topic"),
            Answer::Choices(vec![OptionId::new("money"), OptionId::new("care")]),
        );
        m.insert(
            QuestionId::new("urgent"),
            Answer::Choice(OptionId::new("yes")),
        );
        m.insert(
            QuestionId::new("postcode"),
            Answer::Postcode {
                postcode: Postcode::parse("9991 ab").unwrap(),
                house_number: HouseNumber::parse("12-2"),
            },
        );
        m.insert(QuestionId::new("age"), Answer::Skipped);
        m
    }

    const ALPHABET_STR: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    #[test]
    fn round_trips_answers_helper_language_and_form() {
        let answers = sample();
        for (helper, lang, form) in [
            (true, "en", Form::Je),
            (false, "nl", Form::U),
            (true, "ar", Form::U),
            (false, "", Form::Je),
        ] {
            let encoded = encode(&answers, helper, lang, form);
            let back = decode(&encoded).unwrap();
            assert_eq!(back.answers, answers);
            assert_eq!(back.helper, helper);
            assert_eq!(back.lang.as_deref(), (!lang.is_empty()).then_some(lang));
            assert_eq!(back.form, Some(form));
        }
    }

    #[test]
    fn the_link_is_opaque() {
        let encoded = encode(&sample(), true, "en", Form::Je);
        assert!(
            encoded.chars().all(|c| ALPHABET_STR.contains(c)),
            "{encoded}"
        );
        for word in [
            "topic", "money", "care", "urgent", "postcode", "9991", "AB", "12-2", "age", "en",
        ] {
            assert!(!encoded.contains(word), "`{word}` readable in {encoded}");
        }
        // Short, as links go: version, checksum and a few bytes per answer.
        assert!(encoded.len() < 100, "{} chars: {encoded}", encoded.len());
    }

    #[test]
    fn one_changed_answer_changes_most_of_the_link() {
        let a = encode(&sample(), false, "nl", Form::Je);
        let mut other = sample();
        other.insert(
            QuestionId::new("urgent"),
            Answer::Choice(OptionId::new("no")),
        );
        let b = encode(&other, false, "nl", Form::Je);
        let same = a.chars().zip(b.chars()).filter(|(x, y)| x == y).count();
        // Only the version character is fixed; random text agrees on 1 in 64.
        assert!(same < a.len().min(b.len()) / 4, "{a}\n{b}");
        // Helper mode or language alone change it too.
        assert_ne!(a, encode(&sample(), true, "nl", Form::Je));
        assert_ne!(a, encode(&sample(), false, "en", Form::Je));
        assert_ne!(a, encode(&sample(), false, "nl", Form::U));
    }

    #[test]
    fn own_words_never_enter_the_link() {
        let mut answers = sample();
        answers.insert(QuestionId::new("story"), Answer::Text("mijn geheim".into()));
        let encoded = encode(&answers, false, "nl", Form::Je);
        let back = decode(&encoded).unwrap();
        assert_eq!(
            back.answers.get(&QuestionId::new("story")),
            Some(&Answer::Skipped),
            "passed as skipped"
        );
        assert!(!back
            .answers
            .iter()
            .any(|(_, a)| matches!(a, Answer::Text(_))));
        // Not merely scrambled: the words are not in the record at all.
        let mut bytes = unbase64url(&encoded).unwrap();
        let sum = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
        scramble(&mut bytes[HEADER..], sum);
        assert!(!String::from_utf8_lossy(&bytes).contains("geheim"));
    }

    #[test]
    fn links_use_the_fragment_only() {
        let l = link(
            "https://gemeente.nl/hulp?x=1#old",
            "w0",
            &sample(),
            false,
            "nl",
            Form::Je,
        );
        assert!(
            l.starts_with("https://gemeente.nl/hulp?x=1#wegwijzer=A"),
            "{l}"
        );
        assert_eq!(
            decode_fragment(&l[l.find('#').unwrap()..], "w0")
                .unwrap()
                .answers,
            sample()
        );
        assert_eq!(from_fragment("#a=b&wegwijzer=1~h", "w0"), Some("1~h"));
        assert_eq!(decode_fragment("#other", "w0"), Err(ShareError::Absent));
    }

    #[test]
    fn a_link_is_for_one_widget_and_leaves_the_rest_of_the_fragment() {
        let second = link("https://g.nl/", "w1", &sample(), false, "nl", Form::Je);
        let fragment = &second[second.find('#').unwrap()..];
        assert!(fragment.starts_with("#wegwijzer-w1=A"), "{fragment}");
        assert_eq!(decode_fragment(fragment, "w0"), Err(ShareError::Absent));
        assert_eq!(decode_fragment(fragment, "w1").unwrap().answers, sample());
        let mixed = format!("#top&{}&x=1", &fragment[1..]);
        assert_eq!(without_state(&mixed, "w1"), "top&x=1");
        assert_eq!(without_state(&mixed, "w0"), mixed[1..]);
        assert_eq!(without_state(fragment, "w1"), "");
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255u8).collect();
        for n in 0..40 {
            let text = base64url(&data[..n]);
            assert_eq!(text.len(), (n * 4).div_ceil(3));
            assert_eq!(unbase64url(&text).as_deref(), Some(&data[..n]));
        }
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
        assert_eq!(unbase64url("A"), None);
        assert_eq!(unbase64url("AA=A"), None);
        assert_eq!(unbase64url("AA+A"), None);
    }

    #[test]
    fn old_readable_links_are_refused() {
        for old in [
            "1",
            "1~h~age_s~postcode_p9991AB.12-2~topic_mmoney.care~urgent_cyes",
            "1~topic_msafety",
        ] {
            assert_eq!(decode(old), Err(ShareError::Version("1".into())), "{old}");
        }
        assert_eq!(decode(&"1~h".repeat(2000)), Err(ShareError::TooLong));
    }

    #[test]
    fn rejects_damaged_v2_links() {
        let good = encode(&sample(), true, "en", Form::Je);
        assert!(matches!(decode(""), Err(ShareError::Version(_))));
        assert!(matches!(decode("2~h"), Err(ShareError::Damaged)));
        // Another version byte (3), well formed otherwise.
        let mut bytes = unbase64url(&good).unwrap();
        bytes[0] = 3;
        assert_eq!(
            decode(&base64url(&bytes)),
            Err(ShareError::Version("3".into()))
        );
        // Cut off anywhere: refused.
        for n in 0..good.len() {
            assert!(decode(&good[..n]).is_err(), "cut at {n}");
        }
        // Any one character changed: refused (or, where only unused bits of the
        // last character change, the very same state).
        let want = decode(&good).unwrap();
        for i in 0..good.len() {
            for c in ALPHABET_STR.chars() {
                let mut s = good.clone();
                s.replace_range(i..=i, c.encode_utf8(&mut [0; 4]));
                match decode(&s) {
                    Ok(state) => assert_eq!(state, want, "{s}"),
                    Err(e) => assert!(
                        matches!(e, ShareError::Damaged | ShareError::Version(_)),
                        "{s}: {e}"
                    ),
                }
            }
        }
        assert_eq!(decode(&"A".repeat(MAX_LEN + 1)), Err(ShareError::TooLong));
    }

    #[test]
    fn record_checks_reject_what_an_encoder_never_writes() {
        // Plain records with a correct checksum but impossible content.
        let sealed = |plain: &[u8]| {
            let sum = checksum(plain);
            let mut bytes = vec![VERSION];
            bytes.extend_from_slice(&sum.to_be_bytes());
            bytes.extend_from_slice(plain);
            scramble(&mut bytes[HEADER..], sum);
            decode(&base64url(&bytes))
        };
        assert!(sealed(&[0, 0]).is_ok(), "no answers: the start");
        for bad in [
            &[][..],                                     // no flags
            &[4, 0],                                     // unknown flag
            &[0, 2, b'e', b'/'],                         // bad language tag
            &[0, 0, 1, b'T', 0],                         // bad question id
            &[0, 0, 1, b't', 9],                         // unknown kind
            &[0, 0, 1, b't', 1, 1, b'X'],                // bad option id
            &[0, 0, 1, b't', 2, 0],                      // no options
            &[0, 0, 1, b't', 2, 200, 1],                 // more options than bytes
            &[0, 0, 1, b't', 3, 2, b'1', b'2', 0],       // not a postcode
            &[0, 0, 1, b't', 1, 5, b'a'],                // string runs past the end
            &[0, 0, 1, b't', 1, 0xff, 0xff, 0xff, 0xff], // endless varint
        ] {
            assert_eq!(sealed(bad), Err(ShareError::Damaged), "{bad:?}");
        }
    }

    #[test]
    fn crisis_advice_gets_no_link_unless_the_gemeente_opts_in() {
        let mut config = default_config();
        let routes = crate::engine::routes::enumerate(&config, 10_000);
        let crisis = routes
            .routes
            .iter()
            .find(|r| r.advice.urgency == Urgency::Crisis)
            .expect("the default config has crisis advice");
        let normal = routes
            .routes
            .iter()
            .find(|r| r.advice.urgency != Urgency::Crisis)
            .expect("and other advice");
        assert!(!config.gemeente.share_crisis_advice, "off by default");
        assert!(!offered(&config, &crisis.advice));
        assert!(offered(&config, &normal.advice));
        config.gemeente.share_crisis_advice = true;
        assert!(offered(&config, &crisis.advice));
    }

    fn default_config() -> Config {
        crate::config::load(include_str!("../../config/voorbeeldgemeente.json"))
            .expect("the default config is valid")
    }

    /// The answers of a route of `routes::enumerate`, rebuilt from its labels.
    fn route_answers(config: &Config, route: &crate::engine::routes::Route) -> Answers {
        use crate::engine::{check_answer, Input};
        use crate::model::QuestionKind;
        let mut answers = Answers::new();
        for (q, label) in &route.answers {
            let question = config.questionnaire.get(q);
            let input = match (label.as_str(), &question.kind) {
                ("(skipped)", _) => Input::Skip,
                ("(own words)", _) => Input::Text("mijn geheim verhaal".into()),
                (l, QuestionKind::MultipleChoice { .. }) => {
                    Input::Choices(l.split(" + ").map(str::to_owned).collect())
                }
                (l, QuestionKind::Postcode { .. }) => Input::Postcode {
                    postcode: l[..7].to_owned(),
                    house_number: String::new(),
                },
                (l, _) => Input::Choice(l.to_owned()),
            };
            let answer = check_answer(question, input).expect("a route's answer fits");
            answers.insert(q.clone(), answer);
        }
        answers
    }

    #[test]
    fn every_route_of_the_default_config_is_opaque_and_reopens() {
        use crate::engine::{Journey, Position};
        let config = default_config();
        let routes = crate::engine::routes::enumerate(&config, 10_000);
        assert!(!routes.truncated && routes.routes.len() > 20);
        // Every id a link could give away. Ids under four characters ("yes", "no")
        // are left out: random base64 text contains them by chance.
        let mut words: Vec<String> = Vec::new();
        for q in config.questionnaire.questions() {
            words.push(q.id.to_string());
            words.extend(q.kind.option_ids().iter().map(|o| o.to_string()));
        }
        words.extend(config.outcomes.iter().map(|(o, _)| o.to_string()));
        words.retain(|w| w.len() >= 4);
        for route in &routes.routes {
            let mut answers = route_answers(&config, route);
            // A house number as well, where a postcode was given.
            let questions: Vec<QuestionId> = answers.iter().map(|(q, _)| q.clone()).collect();
            for q in &questions {
                if let Some(Answer::Postcode { house_number, .. }) = answers.get_mut(q) {
                    *house_number = HouseNumber::parse("1234b");
                }
            }
            let mut secrets = words.clone();
            for (_, a) in &answers {
                if let Answer::Postcode { postcode, .. } = a {
                    let compact = postcode.compact();
                    secrets.extend([
                        compact.clone(),
                        compact[..4].to_owned(),
                        postcode.to_string(),
                    ]);
                    secrets.push("1234B".into());
                }
            }
            for lang in &config.gemeente.languages {
                for helper in [false, true] {
                    let encoded = encode(&answers, helper, lang, config.gemeente.form);
                    for s in &secrets {
                        assert!(!encoded.contains(s.as_str()), "`{s}` readable in {encoded}");
                    }
                    let back = decode(&encoded).unwrap();
                    assert_eq!(back.answers.len(), answers.len());
                    assert_eq!(
                        (back.helper, back.lang.as_deref()),
                        (helper, Some(lang.as_str()))
                    );
                }
            }
            // Reopened (without house numbers, as the route was walked), the link
            // lands on the route's advice.
            let answers = route_answers(&config, route);
            let back = decode(&encode(&answers, false, "nl", Form::Je)).unwrap();
            let journey = Journey::from_answers(&config, back.answers, back.helper);
            assert_eq!(
                journey.position(),
                &Position::Outcome(route.advice.outcome.clone()),
                "{:?}",
                route.answers
            );
        }
    }
}

/// Property tests (proptest is native-only).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    fn id() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?"
    }

    fn answer() -> impl Strategy<Value = Answer> {
        prop_oneof![
            Just(Answer::Skipped),
            "[a-z ]{0,20}".prop_map(Answer::Text),
            id().prop_map(|o| Answer::Choice(OptionId::new(o))),
            prop::collection::vec(id(), 1..5)
                .prop_map(|os| Answer::Choices(os.into_iter().map(OptionId::new).collect())),
            (
                1000u16..=9999,
                "[A-RT-Z][A-RT-Z]",
                prop::option::of("[1-9][0-9]{0,3}[A-Z]?")
            )
                .prop_map(|(d, l, h)| Answer::Postcode {
                    postcode: Postcode::parse(&format!("{d}{l}")).unwrap(),
                    house_number: h.and_then(|h| HouseNumber::parse(&h)),
                }),
        ]
    }

    fn state() -> impl Strategy<Value = (Answers, bool, String, bool)> {
        (
            prop::collection::vec((id(), answer()), 0..8),
            any::<bool>(),
            "[a-z]{2}(-[A-Z]{2})?",
            any::<bool>(),
        )
            .prop_map(|(pairs, helper, lang, u)| {
                let mut answers = Answers::new();
                for (q, a) in pairs {
                    answers.insert(QuestionId::new(q), a);
                }
                (answers, helper, lang, u)
            })
    }

    /// What a link keeps of answers: own words become "skipped".
    fn as_linked(answers: &Answers) -> Answers {
        let mut out = Answers::new();
        for (q, a) in answers {
            let a = match a {
                Answer::Text(_) => Answer::Skipped,
                other => other.clone(),
            };
            out.insert(q.clone(), a);
        }
        out
    }

    /// A decoded state a config could be given: ids valid, no own words.
    fn well_formed(s: &SharedState) -> bool {
        s.answers.iter().all(|(q, a)| {
            is_valid_id(q.as_str())
                && match a {
                    Answer::Choice(o) => is_valid_id(o.as_str()),
                    Answer::Choices(os) => {
                        !os.is_empty() && os.iter().all(|o| is_valid_id(o.as_str()))
                    }
                    Answer::Postcode { .. } | Answer::Skipped => true,
                    Answer::Text(_) => false,
                }
        })
    }

    proptest! {
        #[test]
        fn any_state_round_trips((answers, helper, lang, u) in state()) {
            let form = if u { Form::U } else { Form::Je };
            let encoded = encode(&answers, helper, &lang, form);
            let back = decode(&encoded).unwrap();
            prop_assert_eq!(back.answers, as_linked(&answers));
            prop_assert_eq!(back.helper, helper);
            prop_assert_eq!(back.lang, Some(lang));
            prop_assert_eq!(back.form, Some(form));
        }

        #[test]
        fn random_text_is_an_error_or_a_valid_state(s in "\\PC{0,80}|[A-Za-z0-9_-]{0,120}|1~[a-z_~.0-9A-Z]{0,40}") {
            if let Ok(state) = decode(&s) {
                prop_assert!(well_formed(&state), "{:?}", state);
            }
        }

        #[test]
        fn mutated_links_are_an_error_or_a_valid_state(
            (answers, helper, lang, u) in state(),
            cut in any::<prop::sample::Index>(),
            at in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let form = if u { Form::U } else { Form::Je };
            let encoded = encode(&answers, helper, &lang, form);
            let truncated = &encoded[..cut.index(encoded.len() + 1)];
            if let Ok(state) = decode(truncated) {
                prop_assert!(well_formed(&state));
            }
            let mut bytes = unbase64url(&encoded).unwrap();
            let i = at.index(bytes.len());
            bytes[i] ^= byte | 1;
            let mutated = base64url(&bytes);
            prop_assert!(decode(&mutated).is_err(), "a changed byte is caught: {}", mutated);
        }
    }
}
