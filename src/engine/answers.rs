//! Checking what a resident typed or picked against the question it answers.
//!
//! Owns the step from raw form input ([`Input`], strings as the UI collected them) to a
//! model [`Answer`] that fits its question. Forgiving about how people type (spaces,
//! lower case, "12a"), strict about what exists. Errors carry a Fluent message id for
//! the UI; this module never renders text for residents.

use crate::model::{
    Answer, AreaMatch, Choice, Config, HouseNumber, HouseNumberMode, OptionId, Postcode,
    PostcodeError, Question, QuestionKind,
};
use std::fmt;

/// What the UI collected from the form, before checking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// One option id (single-choice, yes-no).
    Choice(String),
    /// Option ids, in any order (multiple-choice).
    Choices(Vec<String>),
    /// A postcode and house number as typed; the house number may be empty.
    Postcode {
        /// The postcode field.
        postcode: String,
        /// The house-number field ("" when not asked or left empty).
        house_number: String,
    },
    /// Free text as typed.
    Text(String),
    /// "Weet ik niet / sla over".
    Skip,
}

/// Why an input is not an answer to its question.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnswerError {
    /// Nothing was chosen or typed and the question is not optional.
    Required,
    /// The option id is not an option of this question.
    UnknownOption(String),
    /// The postcode field is not a Dutch postcode.
    Postcode(PostcodeError),
    /// A house number was typed but it is not one ("12", "12a", "12-2" are).
    HouseNumber,
    /// The text is longer than the question allows.
    TooLong {
        /// The maximum number of characters.
        max: usize,
    },
    /// The input shape does not fit the question kind (a UI bug, not a resident's).
    WrongKind,
    /// An exclusive option ("ik weet het niet") was chosen together with others.
    ExclusiveWithOthers(String),
    /// The postcode is a street that several teams share, and the house number that
    /// tells them apart was left empty.
    HouseNumberNeeded,
}

impl AnswerError {
    /// The Fluent message id the UI shows for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            AnswerError::Required => "error-required",
            AnswerError::UnknownOption(_) | AnswerError::WrongKind => "error-choose-one",
            AnswerError::Postcode(PostcodeError::Empty) => "error-required",
            AnswerError::Postcode(PostcodeError::LeadingZero) => "error-postcode-leading-zero",
            AnswerError::Postcode(PostcodeError::ReservedLetters) => "error-postcode-reserved",
            AnswerError::Postcode(_) => "error-postcode-format",
            AnswerError::HouseNumber => "error-house-number",
            AnswerError::TooLong { .. } => "error-too-long",
            AnswerError::ExclusiveWithOthers(_) => "error-exclusive",
            AnswerError::HouseNumberNeeded => "error-house-number-needed",
        }
    }
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::Required => f.write_str("an answer is required"),
            AnswerError::UnknownOption(o) => write!(f, "unknown option `{o}`"),
            AnswerError::Postcode(e) => write!(f, "invalid postcode: {e}"),
            AnswerError::HouseNumber => {
                f.write_str("invalid house number; expected a number like 12, 12a or 12-2")
            }
            AnswerError::TooLong { max } => write!(f, "text is longer than {max} characters"),
            AnswerError::WrongKind => f.write_str("input does not fit the question kind"),
            AnswerError::ExclusiveWithOthers(o) => {
                write!(f, "option `{o}` cannot be combined with other options")
            }
            AnswerError::HouseNumberNeeded => {
                f.write_str("several teams serve this postcode; the house number is needed")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// Checks an input against its question and the gemeente: [`check_answer`], then a
/// postcode that several teams share needs the house number when the question asks
/// for one ("Kies het team van je straat" is an instruction nobody can follow).
pub fn check_input(
    config: &Config,
    question: &Question,
    input: Input,
) -> Result<Answer, AnswerError> {
    let answer = check_answer(question, input)?;
    let asks_number = matches!(
        question.kind,
        QuestionKind::Postcode {
            house_number: HouseNumberMode::Optional
        }
    );
    if let Answer::Postcode {
        postcode,
        house_number: None,
    } = &answer
    {
        if asks_number && matches!(config.areas.lookup(postcode, None), AreaMatch::Ambiguous(_)) {
            return Err(AnswerError::HouseNumberNeeded);
        }
    }
    Ok(answer)
}

/// Checks an input against its question and turns it into an [`Answer`].
pub fn check_answer(question: &Question, input: Input) -> Result<Answer, AnswerError> {
    if input == Input::Skip {
        return nothing_given(question);
    }
    match (&question.kind, input) {
        (QuestionKind::SingleChoice { .. } | QuestionKind::YesNo, Input::Choice(id)) => {
            check_single(question, id)
        }
        // A one-element list from a generic form is still one pick.
        (QuestionKind::SingleChoice { .. } | QuestionKind::YesNo, Input::Choices(mut ids))
            if ids.len() <= 1 =>
        {
            check_single(question, ids.pop().unwrap_or_default())
        }
        (QuestionKind::MultipleChoice { options }, Input::Choices(ids)) => {
            check_multiple(question, options, ids)
        }
        (QuestionKind::MultipleChoice { options }, Input::Choice(id)) => {
            let ids = if id.trim().is_empty() {
                Vec::new()
            } else {
                vec![id]
            };
            check_multiple(question, options, ids)
        }
        (
            QuestionKind::Postcode { house_number },
            Input::Postcode {
                postcode,
                house_number: number,
            },
        ) => check_postcode(question, *house_number, &postcode, &number),
        (QuestionKind::FreeText { max_length }, Input::Text(text)) => {
            check_text(question, *max_length, &text)
        }
        _ => Err(AnswerError::WrongKind),
    }
}

/// Nothing chosen or typed: fine for an optional question, an error otherwise.
fn nothing_given(question: &Question) -> Result<Answer, AnswerError> {
    if question.optional {
        Ok(Answer::Skipped)
    } else {
        Err(AnswerError::Required)
    }
}

fn check_single(question: &Question, id: String) -> Result<Answer, AnswerError> {
    let id = id.trim();
    if id.is_empty() {
        return nothing_given(question);
    }
    let option = OptionId::new(id);
    if question.kind.option_ids().contains(&option) {
        Ok(Answer::Choice(option))
    } else {
        Err(AnswerError::UnknownOption(id.to_owned()))
    }
}

fn check_multiple(
    question: &Question,
    options: &[Choice],
    ids: Vec<String>,
) -> Result<Answer, AnswerError> {
    let picked: Vec<OptionId> = ids
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(OptionId::new)
        .collect();
    if let Some(unknown) = picked.iter().find(|p| !options.iter().any(|o| &o.id == *p)) {
        return Err(AnswerError::UnknownOption(unknown.to_string()));
    }
    // The question's option order, each option once, whatever order the form sent.
    let chosen: Vec<&Choice> = options.iter().filter(|o| picked.contains(&o.id)).collect();
    if chosen.is_empty() {
        return nothing_given(question);
    }
    if chosen.len() > 1 {
        if let Some(excl) = chosen.iter().find(|o| o.exclusive) {
            return Err(AnswerError::ExclusiveWithOthers(excl.id.to_string()));
        }
    }
    Ok(Answer::Choices(
        chosen.into_iter().map(|o| o.id.clone()).collect(),
    ))
}

fn check_postcode(
    question: &Question,
    mode: HouseNumberMode,
    postcode: &str,
    number: &str,
) -> Result<Answer, AnswerError> {
    if postcode.trim().is_empty() {
        return nothing_given(question);
    }
    let postcode = Postcode::parse(postcode).map_err(AnswerError::Postcode)?;
    let house_number = match mode {
        // The field was not shown; whatever came along is not the resident's answer.
        HouseNumberMode::No => None,
        HouseNumberMode::Optional if number.trim().is_empty() => None,
        HouseNumberMode::Optional => {
            Some(HouseNumber::parse(number).ok_or(AnswerError::HouseNumber)?)
        }
    };
    Ok(Answer::Postcode {
        postcode,
        house_number,
    })
}

fn check_text(question: &Question, max: usize, text: &str) -> Result<Answer, AnswerError> {
    let text = text.trim();
    if text.is_empty() {
        return nothing_given(question);
    }
    if text.chars().count() > max {
        return Err(AnswerError::TooLong { max });
    }
    Ok(Answer::Text(text.to_owned()))
}

/// Whether an already-built answer fits its question: the same checks as
/// [`check_answer`], for answers that did not come through it (share links, tests).
pub fn answer_fits(question: &Question, answer: &Answer) -> bool {
    let options = question.kind.option_ids();
    match (&question.kind, answer) {
        (_, Answer::Skipped) => question.optional,
        (QuestionKind::SingleChoice { .. } | QuestionKind::YesNo, Answer::Choice(o)) => {
            options.contains(o)
        }
        (QuestionKind::MultipleChoice { options: choices }, Answer::Choices(picked)) => {
            let input = picked.iter().map(|o| o.to_string()).collect();
            check_multiple(question, choices, input).as_ref() == Ok(answer)
        }
        (
            QuestionKind::Postcode { house_number },
            Answer::Postcode {
                house_number: number,
                ..
            },
        ) => *house_number == HouseNumberMode::Optional || number.is_none(),
        (QuestionKind::FreeText { max_length }, Answer::Text(t)) => {
            !t.trim().is_empty() && t.chars().count() <= *max_length
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Routing;

    fn question(kind: QuestionKind, optional: bool) -> Question {
        Question {
            id: "q".into(),
            kind,
            routing: Routing::default(),
            optional,
            sensitive: false,
            screening: crate::model::IdMap::new(),
        }
    }

    fn choice(id: &str, exclusive: bool) -> Choice {
        Choice {
            id: id.into(),
            icon: None,
            danger: false,
            exclusive,
        }
    }

    fn single(optional: bool) -> Question {
        let options = vec![choice("a", false), choice("b", false)];
        question(QuestionKind::SingleChoice { options }, optional)
    }

    fn multiple(optional: bool) -> Question {
        let options = vec![
            choice("money", false),
            choice("care", false),
            choice("child", false),
            choice("dont-know", true),
        ];
        question(QuestionKind::MultipleChoice { options }, optional)
    }

    fn postcode_q(mode: HouseNumberMode, optional: bool) -> Question {
        question(QuestionKind::Postcode { house_number: mode }, optional)
    }

    fn pc(postcode: &str, number: &str) -> Input {
        Input::Postcode {
            postcode: postcode.into(),
            house_number: number.into(),
        }
    }

    fn choices(ids: &[&str]) -> Input {
        Input::Choices(ids.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn single_choice_accepts_known_options_only() {
        let q = single(false);
        assert_eq!(
            check_answer(&q, Input::Choice("a".into())),
            Ok(Answer::Choice("a".into()))
        );
        assert_eq!(
            check_answer(&q, Input::Choice(" b ".into())),
            Ok(Answer::Choice("b".into()))
        );
        assert_eq!(
            check_answer(&q, Input::Choice("c".into())),
            Err(AnswerError::UnknownOption("c".into()))
        );
        assert_eq!(
            check_answer(&q, Input::Choice(String::new())),
            Err(AnswerError::Required)
        );
        assert_eq!(
            check_answer(&q, choices(&["b"])),
            Ok(Answer::Choice("b".into()))
        );
        assert_eq!(
            check_answer(&q, choices(&["a", "b"])),
            Err(AnswerError::WrongKind)
        );
        assert_eq!(
            check_answer(&q, Input::Text("a".into())),
            Err(AnswerError::WrongKind)
        );
    }

    #[test]
    fn yes_no_has_yes_and_no() {
        let q = question(QuestionKind::YesNo, false);
        assert_eq!(
            check_answer(&q, Input::Choice("yes".into())),
            Ok(Answer::Choice("yes".into()))
        );
        assert_eq!(
            check_answer(&q, Input::Choice("no".into())),
            Ok(Answer::Choice("no".into()))
        );
        assert_eq!(
            check_answer(&q, Input::Choice("ja".into())),
            Err(AnswerError::UnknownOption("ja".into()))
        );
    }

    #[test]
    fn skip_only_on_optional_questions() {
        for q in [
            single(false),
            multiple(false),
            postcode_q(HouseNumberMode::No, false),
        ] {
            assert_eq!(check_answer(&q, Input::Skip), Err(AnswerError::Required));
        }
        for q in [
            single(true),
            multiple(true),
            postcode_q(HouseNumberMode::No, true),
        ] {
            assert_eq!(check_answer(&q, Input::Skip), Ok(Answer::Skipped));
        }
    }

    #[test]
    fn multiple_choice_keeps_option_order_and_dedups() {
        let q = multiple(false);
        assert_eq!(
            check_answer(&q, choices(&["child", "money", "child"])),
            Ok(Answer::Choices(vec!["money".into(), "child".into()]))
        );
        assert_eq!(
            check_answer(&q, Input::Choice("care".into())),
            Ok(Answer::Choices(vec!["care".into()]))
        );
        assert_eq!(check_answer(&q, choices(&[])), Err(AnswerError::Required));
        assert_eq!(
            check_answer(&multiple(true), choices(&[" "])),
            Ok(Answer::Skipped)
        );
        assert_eq!(
            check_answer(&q, choices(&["money", "rent"])),
            Err(AnswerError::UnknownOption("rent".into()))
        );
    }

    #[test]
    fn exclusive_option_stands_alone() {
        let q = multiple(false);
        assert_eq!(
            check_answer(&q, choices(&["dont-know"])),
            Ok(Answer::Choices(vec!["dont-know".into()]))
        );
        let err = check_answer(&q, choices(&["money", "dont-know"])).unwrap_err();
        assert_eq!(err, AnswerError::ExclusiveWithOthers("dont-know".into()));
        assert_eq!(err.message_id(), "error-exclusive");
        // Sending the exclusive option twice is still one option.
        assert!(check_answer(&q, choices(&["dont-know", "dont-know"])).is_ok());
    }

    #[test]
    fn postcode_spaces_and_lower_case() {
        let q = postcode_q(HouseNumberMode::No, false);
        for typed in ["9991AB", "9991 ab", " 9991  aB ", "9991\tab"] {
            let Ok(Answer::Postcode {
                postcode,
                house_number,
            }) = check_answer(&q, pc(typed, ""))
            else {
                panic!("{typed} should parse");
            };
            assert_eq!(postcode.to_string(), "9991 AB");
            assert_eq!(house_number, None);
        }
    }

    #[test]
    fn postcode_errors_name_the_fix() {
        let q = postcode_q(HouseNumberMode::No, false);
        let cases = [
            (
                "1234 SA",
                PostcodeError::ReservedLetters,
                "error-postcode-reserved",
            ),
            (
                "1234sd",
                PostcodeError::ReservedLetters,
                "error-postcode-reserved",
            ),
            (
                "1234 ss",
                PostcodeError::ReservedLetters,
                "error-postcode-reserved",
            ),
            (
                "0123 AB",
                PostcodeError::LeadingZero,
                "error-postcode-leading-zero",
            ),
            ("123 AB", PostcodeError::Format, "error-postcode-format"),
            ("1234 A", PostcodeError::Format, "error-postcode-format"),
            ("ABCD 12", PostcodeError::Format, "error-postcode-format"),
        ];
        for (typed, err, id) in cases {
            let got = check_answer(&q, pc(typed, "")).unwrap_err();
            assert_eq!(got, AnswerError::Postcode(err), "{typed}");
            assert_eq!(got.message_id(), id, "{typed}");
        }
    }

    #[test]
    fn empty_postcode_is_skip_or_required() {
        assert_eq!(
            check_answer(&postcode_q(HouseNumberMode::Optional, true), pc("  ", "12")),
            Ok(Answer::Skipped)
        );
        assert_eq!(
            check_answer(&postcode_q(HouseNumberMode::Optional, false), pc("", "")),
            Err(AnswerError::Required)
        );
    }

    #[test]
    fn house_numbers_with_suffixes() {
        let q = postcode_q(HouseNumberMode::Optional, false);
        let number = |typed: &str| match check_answer(&q, pc("9991 AB", typed)) {
            Ok(Answer::Postcode { house_number, .. }) => Ok(house_number.map(|h| h.to_string())),
            Ok(other) => panic!("not a postcode answer: {other:?}"),
            Err(e) => Err(e),
        };
        assert_eq!(number(""), Ok(None));
        assert_eq!(number("   "), Ok(None));
        assert_eq!(number("12"), Ok(Some("12".into())));
        assert_eq!(number("12a"), Ok(Some("12A".into())));
        assert_eq!(number("12 A"), Ok(Some("12A".into())));
        assert_eq!(number("12-2"), Ok(Some("12-2".into())));
        assert_eq!(number("12 bis"), Ok(Some("12BIS".into())));
        for bad in ["A12", "0", "12/3", "123456"] {
            assert_eq!(number(bad), Err(AnswerError::HouseNumber), "{bad}");
        }
        assert_eq!(AnswerError::HouseNumber.message_id(), "error-house-number");
    }

    #[test]
    fn house_number_ignored_when_not_asked() {
        let q = postcode_q(HouseNumberMode::No, false);
        assert!(matches!(
            check_answer(&q, pc("9991AB", "not a number")),
            Ok(Answer::Postcode {
                house_number: None,
                ..
            })
        ));
    }

    #[test]
    fn free_text_is_trimmed_and_limited() {
        let q = question(QuestionKind::FreeText { max_length: 5 }, true);
        assert_eq!(
            check_answer(&q, Input::Text("  hoi  ".into())),
            Ok(Answer::Text("hoi".into()))
        );
        // Characters, not bytes: five accented letters fit.
        assert_eq!(
            check_answer(&q, Input::Text("éééé é".into())),
            Err(AnswerError::TooLong { max: 5 })
        );
        assert_eq!(
            check_answer(&q, Input::Text("ééééé".into())),
            Ok(Answer::Text("ééééé".into()))
        );
        assert_eq!(
            check_answer(&q, Input::Text(" \n ".into())),
            Ok(Answer::Skipped)
        );
        let required = question(QuestionKind::FreeText { max_length: 5 }, false);
        assert_eq!(
            check_answer(&required, Input::Text(String::new())),
            Err(AnswerError::Required)
        );
        assert_eq!(
            check_answer(&required, Input::Choice("x".into())),
            Err(AnswerError::WrongKind)
        );
    }

    #[test]
    fn display_is_lowercase_english() {
        let errors = [
            AnswerError::Required,
            AnswerError::UnknownOption("x".into()),
            AnswerError::Postcode(PostcodeError::Format),
            AnswerError::HouseNumber,
            AnswerError::TooLong { max: 3 },
            AnswerError::WrongKind,
            AnswerError::ExclusiveWithOthers("x".into()),
        ];
        for e in errors {
            let text = e.to_string();
            assert!(text.starts_with(|c: char| c.is_lowercase()), "{text}");
            assert!(e.message_id().starts_with("error-"));
        }
    }

    #[test]
    fn answer_fits_mirrors_check_answer() {
        let m = multiple(false);
        assert!(answer_fits(&m, &Answer::Choices(vec!["money".into()])));
        assert!(!answer_fits(
            &m,
            &Answer::Choices(vec!["child".into(), "money".into()])
        ));
        assert!(!answer_fits(
            &m,
            &Answer::Choices(vec!["money".into(), "dont-know".into()])
        ));
        assert!(!answer_fits(&m, &Answer::Choices(vec![])));
        assert!(!answer_fits(&m, &Answer::Skipped));
        assert!(answer_fits(&multiple(true), &Answer::Skipped));
        assert!(answer_fits(&single(false), &Answer::Choice("a".into())));
        assert!(!answer_fits(&single(false), &Answer::Choice("z".into())));
        assert!(!answer_fits(&single(false), &Answer::Text("a".into())));
        let text = question(QuestionKind::FreeText { max_length: 3 }, false);
        assert!(answer_fits(&text, &Answer::Text("abc".into())));
        assert!(!answer_fits(&text, &Answer::Text("abcd".into())));
        let postcode = Postcode::parse("9991AB").unwrap();
        let with_number = Answer::Postcode {
            postcode,
            house_number: HouseNumber::parse("3"),
        };
        assert!(answer_fits(
            &postcode_q(HouseNumberMode::Optional, false),
            &with_number
        ));
        assert!(!answer_fits(
            &postcode_q(HouseNumberMode::No, false),
            &with_number
        ));
    }
}
