//! The share link: the journey's answers and helper flag in the URL fragment
//! (`#wegwijzer=…`), never in the query string, so no server ever receives it.
//!
//! Pure code, no browser: encode and decode are unit-tested natively. The encoding is
//! short and readable: `1~h~topic_mmoney.care~postcode_p1234AB.12A`, i.e. a version,
//! an optional `h` (helper mode), then one entry per answer: question id, `_`, a kind
//! letter and its payload (`c` one option, `m` options joined by `.`, `p` postcode
//! with optional house number, `s` skipped). Ids are lowercase letters, digits and
//! hyphens, so `~`, `_` and `.` never clash with them.
//!
//! The resident's own words (free text) are never put in a link: a link gets pasted
//! into chats and mails, and those words can be the most private part. A question
//! answered in free text goes into the link as skipped (`s`), so the reopened journey
//! still reaches the same advice: leaving it out would stop the route at that question
//! and drop every later answer (the postcode), because the journey keeps only answers
//! on its route.

use crate::engine::Answers;
use crate::model::{is_valid_id, Answer, HouseNumber, OptionId, Postcode, QuestionId};
use std::fmt;

/// The fragment parameter that holds the state.
pub const KEY: &str = "wegwijzer";
const VERSION: &str = "1";
/// Longer fragments are not ours (or are abuse); ignore them.
const MAX_LEN: usize = 4000;

/// Answers and helper flag as read from a link.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SharedState {
    /// Answers by question (not yet checked against a config).
    pub answers: Answers,
    /// Helper mode.
    pub helper: bool,
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
    /// An entry cannot be read.
    BadEntry(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Absent => f.write_str("no wegwijzer state in the fragment"),
            ShareError::TooLong => f.write_str("share state is too long"),
            ShareError::Version(v) => write!(f, "unknown share state version `{v}`"),
            ShareError::BadEntry(e) => write!(f, "cannot read share entry `{e}`"),
        }
    }
}

/// Encodes answers and helper flag (the part after `wegwijzer=`).
pub fn encode(answers: &Answers, helper: bool) -> String {
    let mut parts = vec![VERSION.to_owned()];
    if helper {
        parts.push("h".to_owned());
    }
    for (q, a) in answers {
        let payload = match a {
            Answer::Choice(o) => format!("c{o}"),
            Answer::Choices(os) => format!(
                "m{}",
                os.iter()
                    .map(OptionId::as_str)
                    .collect::<Vec<_>>()
                    .join(".")
            ),
            Answer::Postcode {
                postcode,
                house_number,
            } => match house_number {
                Some(h) => format!("p{}.{h}", postcode.compact()),
                None => format!("p{}", postcode.compact()),
            },
            // Own words never go into a link, only that the question was passed
            // (see the module docs).
            Answer::Skipped | Answer::Text(_) => "s".to_owned(),
        };
        parts.push(format!("{q}_{payload}"));
    }
    parts.join("~")
}

/// The full link: `base` (page URL without fragment) + `#wegwijzer=…`.
pub fn link(base: &str, answers: &Answers, helper: bool) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#{KEY}={}", encode(answers, helper))
}

/// Finds the state in a fragment (`#wegwijzer=…`, possibly among other `&` params).
pub fn from_fragment(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix(KEY)?.strip_prefix('='))
}

/// Decodes a fragment into answers and helper flag; never panics on bad input.
pub fn decode_fragment(fragment: &str) -> Result<SharedState, ShareError> {
    decode(from_fragment(fragment).ok_or(ShareError::Absent)?)
}

/// Decodes the part after `wegwijzer=`.
pub fn decode(s: &str) -> Result<SharedState, ShareError> {
    if s.len() > MAX_LEN {
        return Err(ShareError::TooLong);
    }
    let mut parts = s.split('~');
    match parts.next() {
        Some(VERSION) => {}
        other => return Err(ShareError::Version(other.unwrap_or("").to_owned())),
    }
    let mut state = SharedState::default();
    for part in parts {
        if part == "h" {
            state.helper = true;
            continue;
        }
        let bad = || ShareError::BadEntry(part.chars().take(40).collect());
        let (q, payload) = part.split_once('_').ok_or_else(bad)?;
        if !is_valid_id(q) {
            return Err(bad());
        }
        let answer = decode_answer(payload).ok_or_else(bad)?;
        state.answers.insert(QuestionId::new(q), answer);
    }
    Ok(state)
}

fn decode_answer(payload: &str) -> Option<Answer> {
    let mut chars = payload.chars();
    let kind = chars.next()?;
    let rest = chars.as_str();
    let option = |s: &str| is_valid_id(s).then(|| OptionId::new(s));
    match kind {
        'c' => Some(Answer::Choice(option(rest)?)),
        'm' => {
            let os: Option<Vec<OptionId>> = rest.split('.').map(option).collect();
            Some(Answer::Choices(os.filter(|v| !v.is_empty())?))
        }
        'p' => {
            let (pc, house) = match rest.split_once('.') {
                Some((pc, h)) => (pc, Some(HouseNumber::parse(h)?)),
                None => (rest, None),
            };
            Some(Answer::Postcode {
                postcode: Postcode::parse(pc).ok()?,
                house_number: house,
            })
        }
        's' if rest.is_empty() => Some(Answer::Skipped),
        _ => None,
    }
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

    #[test]
    fn round_trips_every_answer_kind_but_text() {
        let answers = sample();
        let encoded = encode(&answers, true);
        assert_eq!(
            encoded,
            "1~h~age_s~postcode_p9991AB.12-2~topic_mmoney.care~urgent_cyes"
        );
        let back = decode(&encoded).unwrap();
        assert_eq!(back.answers, answers);
        assert!(back.helper);
    }

    #[test]
    fn own_words_never_enter_the_link() {
        let mut answers = sample();
        answers.insert(QuestionId::new("story"), Answer::Text("mijn geheim".into()));
        let encoded = encode(&answers, false);
        assert!(!encoded.contains("geheim"));
        assert!(
            encoded.contains("~story_s~"),
            "passed as skipped: {encoded}"
        );
        let back = decode(&encoded).unwrap();
        assert_eq!(
            back.answers.get(&QuestionId::new("story")),
            Some(&Answer::Skipped)
        );
        assert!(!back.helper);
    }

    #[test]
    fn links_use_the_fragment_only() {
        let l = link("https://gemeente.nl/hulp?x=1#old", &sample(), false);
        assert!(l.starts_with("https://gemeente.nl/hulp?x=1#wegwijzer=1~"));
        assert_eq!(
            decode_fragment(&l[l.find('#').unwrap()..]).unwrap().answers,
            sample()
        );
        assert_eq!(from_fragment("#a=b&wegwijzer=1~h"), Some("1~h"));
        assert_eq!(decode_fragment("#other"), Err(ShareError::Absent));
    }

    #[test]
    fn rejects_tampered_input_without_panicking() {
        assert!(matches!(decode("2~h"), Err(ShareError::Version(_))));
        assert!(matches!(decode(""), Err(ShareError::Version(_))));
        for bad in [
            "1~topic",
            "1~Topic_cx",
            "1~topic_c",
            "1~topic_cMONEY",
            "1~t_p0123AB",
            "1~t_p1234AB.x",
            "1~t_m",
            "1~t_m.a",
            "1~t_sx",
            "1~t_z",
            "1~_cyes",
            "1~t_cé",
        ] {
            assert!(matches!(decode(bad), Err(ShareError::BadEntry(_))), "{bad}");
        }
        assert_eq!(decode(&"1~h".repeat(2000)), Err(ShareError::TooLong));
    }
}
