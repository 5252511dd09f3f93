//! Turning a finished journey into the advice the resident sees.
//!
//! Owns the combination of an outcome with the answers: which wijkteam serves the
//! postcode (never a dead end: unknown or skipped → the gemeente-wide contact), the
//! independent cliëntondersteuner on Wmo/Jeugd routes, the specialist desks on the
//! one-contact route, and crisis contacts when danger was signalled. Words stay in
//! Fluent: the advice holds ids only.

use super::journey::{Journey, Position};
use super::rules::{rule_holds, Facts};
use crate::model::{
    Answer, AreaMatch, BringId, Config, Law, OptionId, Outcome, OutcomeId, QuestionId, Role, Rule,
    ServiceId, StepId, TermId, Urgency,
};

/// A service with the reason it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCard {
    /// The service.
    pub service: ServiceId,
    /// Fluent message id explaining why, e.g. "reason-client-support".
    pub reason: Option<String>,
}

/// Why the gemeente-wide contact stands in for the wijkteam.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamFallback {
    /// No postcode was given (skipped, or not asked on this route).
    Skipped,
    /// The postcode is not served by any team of this gemeente.
    UnknownPostcode,
}

/// The resident's own wijkteam, by postcode.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamAdvice {
    /// This team serves the address.
    Found(ServiceId),
    /// Several teams serve parts of the postcode; the resident picks (or calls one).
    Choose(Vec<ServiceId>),
    /// No team found: show `Advice::general_contact`.
    GemeenteWide {
        /// Why no team was found.
        reason: TeamFallback,
    },
    /// This advice does not involve a wijkteam.
    NotAsked,
}

/// A right the advice tells the resident about; words in Fluent as [`Right::message_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Right {
    /// Free help from an independent cliëntondersteuner (Wmo art. 2.3.2 lid 3).
    ClientSupport,
    /// Taking someone along to the conversation.
    Company,
    /// Objecting to a decision within 6 weeks (Awb).
    Objection,
}

impl Right {
    /// The Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            Right::ClientSupport => "right-client-support",
            Right::Company => "right-company",
            Right::Objection => "right-objection",
        }
    }
}

/// One "what happens next" step with its statutory term.
#[derive(Debug, Clone, PartialEq)]
pub struct StepView {
    /// The step; words in Fluent as `step-<id>`.
    pub step: StepId,
    /// The term that applies, if any.
    pub term: Option<TermId>,
}

/// Everything the advice screen and the handover note show, as ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// The outcome.
    pub outcome: OutcomeId,
    /// How fast to act.
    pub urgency: Urgency,
    /// Who to contact first: the resident's own team when the outcome names a wijkteam
    /// and the postcode found one.
    pub first_contact: ServiceId,
    /// Fluent message id whose `.why` attribute explains the advice.
    pub why: String,
    /// The resident's wijkteam.
    pub team: TeamAdvice,
    /// The gemeente-wide contact, always present: never a dead end.
    pub general_contact: ServiceId,
    /// The independent cliëntondersteuner, on Wmo/Jeugd routes and where configured.
    pub client_support: Option<ServiceId>,
    /// Community options, next to the formal route.
    pub community: Vec<ServiceId>,
    /// Other formal places.
    pub also: Vec<ServiceId>,
    /// One-contact route: specialist desks the first contact can bring in.
    pub bring_in: Vec<ServiceId>,
    /// Crisis contacts on this advice: the outcome's own first, then (on crisis advice
    /// or when danger was signalled) the strip's.
    pub crisis: Vec<ServiceId>,
    /// What happens next.
    pub steps: Vec<StepView>,
    /// What to bring.
    pub bring: Vec<BringId>,
    /// The rights that apply to this advice: none on crisis advice, the objection only
    /// where a law leads to a decision letter, client support only where it is offered.
    pub rights: Vec<Right>,
    /// Show the quick-exit button.
    pub quick_exit: bool,
    /// Helper mode (third-person wording).
    pub helper: bool,
    /// The options picked at the start question, for the handover note.
    pub topics: Vec<OptionId>,
    /// The resident's own words (first free-text answer); stays on the device.
    pub own_words: Option<String>,
}

impl Advice {
    /// Every service the advice shows, in screen order, each once: first contact, team
    /// (or the gemeente-wide contact standing in for it), client support, bring-in,
    /// also, community, crisis.
    pub fn shown_services(&self) -> Vec<ServiceId> {
        let team: Vec<ServiceId> = match &self.team {
            TeamAdvice::Found(t) => vec![t.clone()],
            TeamAdvice::Choose(ts) => ts.clone(),
            TeamAdvice::GemeenteWide { .. } => vec![self.general_contact.clone()],
            TeamAdvice::NotAsked => vec![],
        };
        let all = std::iter::once(self.first_contact.clone())
            .chain(team)
            .chain(self.client_support.clone())
            .chain(self.bring_in.iter().cloned())
            .chain(self.also.iter().cloned())
            .chain(self.community.iter().cloned())
            .chain(self.crisis.iter().cloned());
        dedup(all)
    }
}

/// The advice for a journey at an outcome; `None` while at a question.
pub fn advise(config: &Config, journey: &Journey) -> Option<Advice> {
    let Position::Outcome(id) = journey.position() else {
        return None;
    };
    let outcome = config.outcomes.get(id)?;
    let path = journey.path(config);
    let facts = Facts {
        config,
        answers: journey.answers(),
        helper: journey.helper(),
    };
    let first_is_wijkteam = has_role(config, &outcome.first_contact, Role::SociaalWijkteam);
    let team = if outcome.show_team || first_is_wijkteam {
        team_advice(config, journey, &path)
    } else {
        TeamAdvice::NotAsked
    };
    let first_contact = match (&team, first_is_wijkteam) {
        (TeamAdvice::Found(t), true) => t.clone(),
        _ => outcome.first_contact.clone(),
    };
    let danger = rule_holds(Rule::DangerSignalled, &facts);
    let client_support = client_support(config, outcome);
    Some(Advice {
        rights: rights(outcome, client_support.is_some()),
        outcome: outcome.id.clone(),
        urgency: outcome.urgency,
        why: format!("outcome-{}", outcome.id),
        bring_in: bring_in(config, journey, outcome, &first_contact),
        first_contact,
        team,
        general_contact: config.gemeente.general_contact.clone(),
        client_support,
        community: outcome.community.clone(),
        also: outcome.also.clone(),
        crisis: crisis(config, outcome, danger),
        steps: outcome
            .steps
            .iter()
            .map(|s| StepView {
                step: s.id.clone(),
                term: s.term.clone(),
            })
            .collect(),
        bring: outcome.bring.clone(),
        quick_exit: outcome.sensitive || danger || any_sensitive(config, &path),
        helper: journey.helper(),
        topics: topics(config, journey),
        own_words: own_words(journey, &path),
    })
}

/// What the resident may claim on this route. Crisis advice lists none: a resident
/// who calls 113 or Veilig Thuis needs no objection period. A law that leads to a
/// decision letter (Wmo, Jeugdwet, Participatiewet, Wgs) brings the conversation and
/// the objection; client support follows the card.
fn rights(outcome: &Outcome, client_support: bool) -> Vec<Right> {
    if outcome.urgency == Urgency::Crisis {
        return Vec::new();
    }
    let decision = matches!(
        outcome.law,
        Some(Law::Wmo | Law::Jeugdwet | Law::Participatiewet | Law::Wgs)
    );
    let mut out = Vec::new();
    if client_support {
        out.push(Right::ClientSupport);
    }
    if decision || client_support {
        out.push(Right::Company);
    }
    if decision {
        out.push(Right::Objection);
    }
    out
}

fn has_role(config: &Config, id: &ServiceId, role: Role) -> bool {
    config
        .directory
        .find(id.as_str())
        .is_some_and(|s| s.role == role)
}

/// The first postcode given along the route decides the team.
fn team_advice(config: &Config, journey: &Journey, path: &[QuestionId]) -> TeamAdvice {
    let given = path.iter().find_map(|q| match journey.answer(q) {
        Some(Answer::Postcode {
            postcode,
            house_number,
        }) => Some((postcode, house_number.as_ref().map(|h| h.number))),
        _ => None,
    });
    let Some((postcode, number)) = given else {
        return TeamAdvice::GemeenteWide {
            reason: TeamFallback::Skipped,
        };
    };
    match config.areas.lookup(postcode, number) {
        AreaMatch::Team(t) => TeamAdvice::Found(t),
        AreaMatch::Ambiguous(ts) => TeamAdvice::Choose(ts),
        AreaMatch::Unknown => TeamAdvice::GemeenteWide {
            reason: TeamFallback::UnknownPostcode,
        },
    }
}

fn client_support(config: &Config, outcome: &Outcome) -> Option<ServiceId> {
    outcome
        .offers_client_support()
        .then(|| config.directory.by_role(Role::Clientondersteuning))
        .flatten()
        .map(|s| s.id.clone())
}

/// The specialist for each picked option, in option order, without the first contact.
fn bring_in(
    config: &Config,
    journey: &Journey,
    outcome: &Outcome,
    first_contact: &ServiceId,
) -> Vec<ServiceId> {
    let Some(b) = &outcome.bring_in else {
        return Vec::new();
    };
    let Some(answer) = journey.answer(&b.question) else {
        return Vec::new();
    };
    let order = config
        .questionnaire
        .find(&b.question)
        .map(|q| q.kind.option_ids())
        .unwrap_or_default();
    let picked = order.iter().filter(|o| answer.includes(o));
    let services = picked.filter_map(|o| {
        b.services
            .iter()
            .find(|(opt, _)| opt == o)
            .map(|(_, s)| s.clone())
    });
    dedup(services.filter(|s| s != first_contact && s != &outcome.first_contact))
}

/// The outcome's crisis contacts, plus the gemeente's crisis strip when danger was
/// signalled or the route itself is a crisis.
fn crisis(config: &Config, outcome: &Outcome, danger: bool) -> Vec<ServiceId> {
    let strip = (danger || outcome.urgency == Urgency::Crisis)
        .then(|| config.gemeente.crisis.iter().cloned())
        .into_iter()
        .flatten();
    dedup(outcome.crisis.iter().cloned().chain(strip))
}

fn any_sensitive(config: &Config, path: &[QuestionId]) -> bool {
    path.iter()
        .filter_map(|q| config.questionnaire.find(q))
        .any(|q| q.sensitive)
}

fn topics(config: &Config, journey: &Journey) -> Vec<OptionId> {
    match journey.answer(&config.questionnaire.start) {
        Some(Answer::Choice(o)) => vec![o.clone()],
        Some(Answer::Choices(os)) => os.clone(),
        _ => Vec::new(),
    }
}

fn own_words(journey: &Journey, path: &[QuestionId]) -> Option<String> {
    path.iter().find_map(|q| match journey.answer(q) {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    })
}

/// Keeps the first of each id, in order.
fn dedup(ids: impl IntoIterator<Item = ServiceId>) -> Vec<ServiceId> {
    let mut out: Vec<ServiceId> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::journey::Action;
    use crate::engine::testkit::{config, pc_answer, picks};

    fn ids(xs: &[&str]) -> Vec<ServiceId> {
        xs.iter().map(|s| ServiceId::new(*s)).collect()
    }

    fn run(c: &Config, helper: bool, steps: &[(&str, Answer)]) -> Journey {
        let mut j = Journey::new(c)
            .apply(c, Action::SetHelper(helper))
            .expect("set helper");
        for (q, a) in steps {
            j = j
                .apply(c, Action::Answer(QuestionId::new(*q), a.clone()))
                .unwrap_or_else(|e| panic!("{q}: {e}"));
        }
        j
    }

    fn advice(c: &Config, steps: &[(&str, Answer)]) -> Advice {
        advise(c, &run(c, false, steps)).expect("at an outcome")
    }

    #[test]
    fn none_while_at_a_question() {
        let c = config();
        assert_eq!(advise(&c, &Journey::new(&c)), None);
        let j = run(&c, false, &[("topic", picks(&["money"]))]);
        assert_eq!(advise(&c, &j), None);
    }

    #[test]
    fn debt_urgent_route() {
        let c = config();
        let a = advice(
            &c,
            &[
                ("topic", picks(&["money"])),
                ("debt-threat", Answer::Choice("yes".into())),
            ],
        );
        assert_eq!(a.outcome.as_str(), "debt-help-urgent");
        assert_eq!(a.urgency, Urgency::Urgent);
        assert_eq!(a.first_contact.as_str(), "schuldhulp");
        assert_eq!(a.why, "outcome-debt-help-urgent");
        assert_eq!(a.team, TeamAdvice::NotAsked);
        assert_eq!(a.general_contact.as_str(), "gemeente");
        assert_eq!(a.client_support, None, "wgs does not entitle");
        assert_eq!(a.also, ids(&["geldfit"]));
        assert_eq!(a.community, ids(&["welzijn"]));
        assert!(a.crisis.is_empty());
        assert_eq!(
            a.steps,
            vec![StepView {
                step: "intake".into(),
                term: Some("wgs-intake-urgent".into())
            }]
        );
        assert_eq!(a.bring, vec![BringId::new("letters")]);
        assert!(!a.quick_exit);
        assert_eq!(a.topics, vec![OptionId::new("money")]);
        assert_eq!(a.own_words, None);
        assert_eq!(
            a.shown_services(),
            ids(&["schuldhulp", "geldfit", "welzijn"])
        );
    }

    #[test]
    fn unsafe_at_home_shows_crisis_at_once() {
        let c = config();
        let a = advice(&c, &[("topic", picks(&["money", "unsafe"]))]);
        assert_eq!(a.outcome.as_str(), "unsafe-at-home");
        assert_eq!(a.urgency, Urgency::Crisis);
        assert_eq!(a.first_contact.as_str(), "veilig-thuis");
        // Outcome's own crisis first, then the strip, each once.
        assert_eq!(
            a.crisis,
            ids(&["alarm-112", "zelfmoord-113", "veilig-thuis"])
        );
        assert!(a.quick_exit);
    }

    #[test]
    fn wijkteam_first_contact_becomes_the_resident_team() {
        let c = config();
        let zuid = advice(
            &c,
            &[
                ("topic", picks(&["money", "care", "child"])),
                ("postcode", pc_answer("9994AB", None)),
            ],
        );
        assert_eq!(zuid.outcome.as_str(), "one-contact");
        assert_eq!(zuid.first_contact.as_str(), "wijkteam-zuid");
        assert_eq!(zuid.team, TeamAdvice::Found("wijkteam-zuid".into()));
        // client_support: true on the outcome.
        assert_eq!(zuid.client_support, Some("clientondersteuning".into()));
        // Specialists in option order (money, care, child), not the first contact.
        assert_eq!(zuid.bring_in, ids(&["schuldhulp", "wmo-loket", "cjg"]));
        assert_eq!(zuid.topics.len(), 3);
    }

    #[test]
    fn bring_in_excludes_the_first_contact_and_dedups() {
        let c = config();
        let a = advice(
            &c,
            &[
                ("topic", picks(&["dont-know"])),
                ("postcode", pc_answer("9991AB", None)),
            ],
        );
        assert_eq!(a.first_contact.as_str(), "wijkteam-noord");
        assert!(a.bring_in.is_empty(), "{:?}", a.bring_in);
    }

    #[test]
    fn team_fallbacks_are_never_a_dead_end() {
        let c = config();
        let skipped = advice(
            &c,
            &[
                ("topic", picks(&["dont-know"])),
                ("postcode", Answer::Skipped),
            ],
        );
        assert_eq!(
            skipped.team,
            TeamAdvice::GemeenteWide {
                reason: TeamFallback::Skipped
            }
        );
        // The outcome's own wijkteam stays the first contact; the gemeente is shown too.
        assert_eq!(skipped.first_contact.as_str(), "wijkteam-noord");
        assert!(skipped.shown_services().contains(&"gemeente".into()));
        let split = advice(
            &c,
            &[
                ("topic", picks(&["dont-know"])),
                ("postcode", pc_answer("9996AB", None)),
            ],
        );
        assert_eq!(
            split.team,
            TeamAdvice::Choose(ids(&["wijkteam-noord", "wijkteam-zuid"]))
        );
        let by_number = advice(
            &c,
            &[
                ("topic", picks(&["dont-know"])),
                ("postcode", pc_answer("9996AB", Some(40))),
            ],
        );
        assert_eq!(by_number.team, TeamAdvice::Found("wijkteam-zuid".into()));
    }

    #[test]
    fn unknown_postcode_falls_back_to_the_gemeente() {
        let mut c = config();
        // Make the outcome for outside postcodes show a team, to see the fallback reason.
        c.outcomes
            .get_mut(&OutcomeId::new("outside-gemeente"))
            .expect("exists")
            .show_team = true;
        let a = advice(
            &c,
            &[
                ("topic", picks(&["care"])),
                ("postcode", pc_answer("1011AB", None)),
            ],
        );
        assert_eq!(
            a.team,
            TeamAdvice::GemeenteWide {
                reason: TeamFallback::UnknownPostcode
            }
        );
    }

    #[test]
    fn wmo_and_jeugd_routes_offer_client_support() {
        let c = config();
        let child = advice(
            &c,
            &[
                ("topic", picks(&["child"])),
                ("postcode", pc_answer("9991AB", Some(1))),
            ],
        );
        assert_eq!(child.client_support, Some("clientondersteuning".into()));
        assert_eq!(child.team, TeamAdvice::Found("wijkteam-noord".into()));
        // cjg is not a wijkteam: it stays the first contact.
        assert_eq!(child.first_contact.as_str(), "cjg");
        let letter = advice(&c, &[("topic", picks(&["letter"]))]);
        assert_eq!(letter.client_support, None);
    }

    #[test]
    fn own_words_helper_and_sensitive_question() {
        let c = config();
        let steps = [
            ("topic", picks(&["care"])),
            ("postcode", pc_answer("9991AB", None)),
            ("own-words", Answer::Text("ik red het niet".into())),
        ];
        let a = advise(&c, &run(&c, true, &steps)).expect("outcome");
        assert_eq!(a.outcome.as_str(), "care-helper");
        assert!(a.helper);
        assert_eq!(a.own_words.as_deref(), Some("ik red het niet"));
        // own-words is a sensitive question on the route.
        assert!(a.quick_exit);
        assert!(a.crisis.is_empty());
        let plain = advice(&c, &steps);
        assert_eq!(plain.outcome.as_str(), "care-support");
        assert_eq!(
            plain
                .steps
                .iter()
                .map(|s| s.term.clone())
                .collect::<Vec<_>>(),
            vec![None, Some(TermId::new("wmo-onderzoek"))]
        );
    }

    #[test]
    fn missing_client_support_service_is_none_not_a_panic() {
        let mut c = config();
        c.directory = crate::model::Directory::new(
            c.directory
                .iter()
                .filter(|s| s.role != Role::Clientondersteuning)
                .cloned()
                .collect::<Vec<_>>(),
        );
        let a = advice(
            &c,
            &[
                ("topic", picks(&["child"])),
                ("postcode", pc_answer("9991AB", None)),
            ],
        );
        assert_eq!(a.client_support, None);
    }
}
