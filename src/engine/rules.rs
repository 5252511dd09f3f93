//! Evaluating routing conditions and the named policy rules.
//!
//! Owns the meaning of every [`Condition`] combinator and every [`Rule`]. Conditions are
//! data from the config; rules are the few pieces of policy that data cannot express,
//! each implemented and tested here by name. Nothing here changes a journey.

use super::Answers;
use crate::model::{Answer, Postcode};
use crate::model::{AreaMatch, Condition, Config, Rule};

/// What a condition may look at: the config, the answers so far and the helper flag.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The validated configuration.
    pub config: &'a Config,
    /// The answers so far, by question id.
    pub answers: &'a Answers,
    /// Whether someone fills this in for someone else.
    pub helper: bool,
}

/// Whether `condition` holds for these facts. A condition on an unanswered (or skipped)
/// question does not hold, except `count-at-least 0`.
pub fn holds(condition: &Condition, facts: &Facts) -> bool {
    match condition {
        Condition::AnswerIs { question, option } => {
            matches!(facts.answers.get(question), Some(Answer::Choice(o)) if o == option)
        }
        Condition::AnswerIncludes { question, option } => facts
            .answers
            .get(question)
            .is_some_and(|a| a.includes(option)),
        Condition::CountAtLeast { question, count } => {
            facts.answers.get(question).map_or(0, Answer::count) >= *count
        }
        Condition::All(cs) => cs.iter().all(|c| holds(c, facts)),
        Condition::Any(cs) => cs.iter().any(|c| holds(c, facts)),
        Condition::Not(c) => !holds(c, facts),
        Condition::Rule(rule) => rule_holds(*rule, facts),
    }
}

/// Whether a named rule holds for these facts.
pub fn rule_holds(rule: Rule, facts: &Facts) -> bool {
    match rule {
        Rule::HelperMode => facts.helper,
        Rule::PostcodeServed => postcode_matches(facts)
            .any(|m| matches!(m, AreaMatch::Team(_) | AreaMatch::Ambiguous(_))),
        Rule::PostcodeOutsideAreas => postcode_matches(facts).any(|m| m == AreaMatch::Unknown),
        Rule::DangerSignalled => danger_signalled(facts),
        Rule::PostcodeOutsideGemeente => outside_gemeente(facts),
    }
}

/// Whether a postcode answer lies outside the gemeente's own PC4 areas; never when the
/// configuration does not list them (then nobody can tell).
fn outside_gemeente(facts: &Facts) -> bool {
    let own = &facts.config.gemeente.postcodes;
    !own.is_empty()
        && facts.answers.values().any(|a| match a {
            Answer::Postcode { postcode, .. } => {
                let pc4 = postcode.pc4();
                !own.iter().any(|&(from, to)| (from..=to).contains(&pc4))
            }
            _ => false,
        })
}

/// The area lookup of every postcode answer (skipped postcodes have none).
fn postcode_matches<'a>(facts: &'a Facts<'a>) -> impl Iterator<Item = AreaMatch> + 'a {
    facts.answers.values().filter_map(|a| match a {
        Answer::Postcode {
            postcode,
            house_number,
        } => Some(lookup(
            facts.config,
            postcode,
            house_number.as_ref().map(|h| h.number),
        )),
        _ => None,
    })
}

fn lookup(config: &Config, postcode: &Postcode, number: Option<u32>) -> AreaMatch {
    config.areas.lookup(postcode, number)
}

/// Whether any picked option, in any choice question, is marked `danger`.
fn danger_signalled(facts: &Facts) -> bool {
    facts.answers.iter().any(|(qid, answer)| {
        facts.config.questionnaire.find(qid).is_some_and(|q| {
            q.kind
                .choices()
                .iter()
                .any(|c| c.danger && answer.includes(&c.id))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testkit::{answers, config, pc_answer};
    use crate::model::OptionId;

    fn facts<'a>(config: &'a Config, answers: &'a Answers, helper: bool) -> Facts<'a> {
        Facts {
            config,
            answers,
            helper,
        }
    }

    fn is(q: &str, o: &str) -> Condition {
        Condition::AnswerIs {
            question: q.into(),
            option: o.into(),
        }
    }

    fn includes(q: &str, o: &str) -> Condition {
        Condition::AnswerIncludes {
            question: q.into(),
            option: o.into(),
        }
    }

    fn at_least(q: &str, count: usize) -> Condition {
        Condition::CountAtLeast {
            question: q.into(),
            count,
        }
    }

    #[test]
    fn answer_is_needs_that_single_answer() {
        let c = config();
        let a = answers(&[("debt-threat", Answer::Choice("yes".into()))]);
        let f = facts(&c, &a, false);
        assert!(holds(&is("debt-threat", "yes"), &f));
        assert!(!holds(&is("debt-threat", "no"), &f));
        assert!(!holds(&is("topic", "money"), &f), "unanswered");
        // A multiple-choice answer is not an `answer-is` answer.
        let a = answers(&[("topic", Answer::Choices(vec!["money".into()]))]);
        assert!(!holds(&is("topic", "money"), &facts(&c, &a, false)));
    }

    #[test]
    fn answer_includes_reads_single_and_multiple() {
        let c = config();
        let a = answers(&[
            (
                "topic",
                Answer::Choices(vec!["money".into(), "care".into()]),
            ),
            ("debt-threat", Answer::Choice("no".into())),
        ]);
        let f = facts(&c, &a, false);
        assert!(holds(&includes("topic", "money"), &f));
        assert!(holds(&includes("topic", "care"), &f));
        assert!(!holds(&includes("topic", "child"), &f));
        assert!(holds(&includes("debt-threat", "no"), &f));
        let skipped = answers(&[("topic", Answer::Skipped)]);
        assert!(!holds(
            &includes("topic", "money"),
            &facts(&c, &skipped, false)
        ));
    }

    #[test]
    fn count_at_least_counts_picks() {
        let c = config();
        let a = answers(&[(
            "topic",
            Answer::Choices(vec!["money".into(), "care".into()]),
        )]);
        let f = facts(&c, &a, false);
        assert!(holds(&at_least("topic", 0), &f));
        assert!(holds(&at_least("topic", 2), &f));
        assert!(!holds(&at_least("topic", 3), &f));
        let none = Answers::new();
        assert!(holds(&at_least("topic", 0), &facts(&c, &none, false)));
        assert!(!holds(&at_least("topic", 1), &facts(&c, &none, false)));
    }

    #[test]
    fn all_any_not() {
        let c = config();
        let a = answers(&[("debt-threat", Answer::Choice("yes".into()))]);
        let f = facts(&c, &a, false);
        let t = || is("debt-threat", "yes");
        let fl = || is("debt-threat", "no");
        assert!(holds(&Condition::All(vec![]), &f), "empty all is true");
        assert!(!holds(&Condition::Any(vec![]), &f), "empty any is false");
        assert!(holds(&Condition::All(vec![t(), t()]), &f));
        assert!(!holds(&Condition::All(vec![t(), fl()]), &f));
        assert!(holds(&Condition::Any(vec![fl(), t()]), &f));
        assert!(!holds(&Condition::Any(vec![fl(), fl()]), &f));
        assert!(holds(&Condition::Not(Box::new(fl())), &f));
        assert!(!holds(&Condition::Not(Box::new(t())), &f));
        let nested = Condition::Not(Box::new(Condition::All(vec![
            t(),
            Condition::Any(vec![fl(), Condition::Rule(Rule::HelperMode)]),
        ])));
        assert!(holds(&nested, &f));
        assert!(!holds(&nested, &facts(&c, &a, true)));
    }

    #[test]
    fn rule_helper_mode() {
        let c = config();
        let a = Answers::new();
        assert!(rule_holds(Rule::HelperMode, &facts(&c, &a, true)));
        assert!(!rule_holds(Rule::HelperMode, &facts(&c, &a, false)));
    }

    #[test]
    fn rule_postcode_served_and_outside() {
        let c = config();
        let cases = [
            // (postcode, number, served, outside)
            ("9991AB", None, true, false),    // PC4 range noord
            ("9994ZZ", Some(1), true, false), // PC4 range zuid
            ("9996AB", None, true, false),    // split street: ambiguous still counts as served
            ("1011AB", Some(5), false, true), // not in this gemeente
        ];
        for (pc, number, served, outside) in cases {
            let a = answers(&[("postcode", pc_answer(pc, number))]);
            let f = facts(&c, &a, false);
            assert_eq!(rule_holds(Rule::PostcodeServed, &f), served, "{pc}");
            assert_eq!(rule_holds(Rule::PostcodeOutsideAreas, &f), outside, "{pc}");
        }
        // Skipped or not asked: neither served nor outside.
        for a in [answers(&[("postcode", Answer::Skipped)]), Answers::new()] {
            let f = facts(&c, &a, false);
            assert!(!rule_holds(Rule::PostcodeServed, &f));
            assert!(!rule_holds(Rule::PostcodeOutsideAreas, &f));
        }
    }

    #[test]
    fn rule_danger_signalled() {
        let c = config();
        let danger = answers(&[(
            "topic",
            Answer::Choices(vec!["money".into(), "unsafe".into()]),
        )]);
        assert!(rule_holds(
            Rule::DangerSignalled,
            &facts(&c, &danger, false)
        ));
        let calm = answers(&[("topic", Answer::Choices(vec!["money".into()]))]);
        assert!(!rule_holds(Rule::DangerSignalled, &facts(&c, &calm, false)));
        // An answer to a question that does not exist is ignored, not a panic.
        let stray = answers(&[("nope", Answer::Choice(OptionId::new("unsafe")))]);
        assert!(!rule_holds(
            Rule::DangerSignalled,
            &facts(&c, &stray, false)
        ));
    }

    #[test]
    fn rule_condition_delegates() {
        let c = config();
        let a = Answers::new();
        assert!(holds(
            &Condition::Rule(Rule::HelperMode),
            &facts(&c, &a, true)
        ));
    }
}
