#![cfg(all(feature = "web", not(target_arch = "wasm32")))]
//! Server-side renders of the widget's components, checked for the structure that
//! accessibility and the domain rules depend on: fieldset and legend, labelled
//! inputs, tel: links with digits only, the client-support card on Wmo routes, the
//! kind fallback for an unknown postcode, statutory terms in the steps, quick exit
//! on every screen (or only on sensitive ones, when configured), and `lang`/`dir` on
//! the root.
//!
//! Uses the real example configuration and the bundled Dutch texts, with Fluent's
//! bidi isolation marks off so the text can be compared.

use std::rc::Rc;
use wegwijzer::engine::{advise, Journey, Position};
use wegwijzer::i18n::Localizer;
use wegwijzer::model::{Answer, Config, HouseNumber, OptionId, Postcode, QuestionId, QuickExit};
use wegwijzer::ui::{handover_text, App, AppProps, Shared, Ui};
use yew::LocalServerRenderer;

const CONFIG: &str = include_str!("../config/voorbeeldgemeente.json");

fn config() -> Rc<Config> {
    match wegwijzer::config::load(CONFIG) {
        Ok(c) => Rc::new(c),
        Err(errs) => panic!("example config does not load: {errs:#?}"),
    }
}

fn dutch() -> Localizer {
    let mut l = Localizer::dutch();
    l.set_isolating(false);
    l
}

fn props(config: &Rc<Config>, l10n: Localizer, journey: Option<Journey>) -> AppProps {
    AppProps {
        config: Shared(Rc::clone(config)),
        l10n: Shared::new(l10n),
        initial: journey,
        on_event: Default::default(),
        on_language: Default::default(),
        on_words: Default::default(),
        speech: false,
        page_url: Some("https://gemeente.example/hulp".into()),
        history_key: None,
    }
}

fn render(p: AppProps) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(p)
            .hydratable(false)
            .render(),
    )
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|s| OptionId::new(*s)).collect())
}

fn choice(id: &str) -> Answer {
    Answer::Choice(OptionId::new(id))
}

fn postcode(pc: &str, house: Option<&str>) -> Answer {
    Answer::Postcode {
        postcode: Postcode::parse(pc).expect("test postcode"),
        house_number: house.and_then(HouseNumber::parse),
    }
}

fn journey(config: &Config, answers: &[(&str, Answer)], helper: bool) -> Journey {
    let map: wegwijzer::engine::Answers = answers
        .iter()
        .map(|(q, a)| (QuestionId::new(*q), a.clone()))
        .collect();
    Journey::from_answers(config, map, helper)
}

/// A household-help route (Wmo) ending at its advice, with `pc` as postcode.
fn household(config: &Config, pc: &str) -> Journey {
    let j = journey(
        config,
        &[
            ("topic", choices(&["home"])),
            ("home-need", choice("household")),
            (
                "own-words",
                Answer::Text("Ik kan niet meer goed koken.".into()),
            ),
            ("postcode", postcode(pc, None)),
        ],
        false,
    );
    assert_eq!(j.position(), &Position::Outcome("wmo-household".into()));
    j
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// Every `href="tel:…"` target in the HTML.
fn tel_targets(html: &str) -> Vec<String> {
    html.split("href=\"tel:")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or("").to_owned())
        .collect()
}

/// The text of the first element with this id (up to the next tag).
fn text_of(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}\"")).expect("element present");
    let rest = &html[at..];
    let start = rest.find('>').expect("tag end") + 1;
    rest[start..].split('<').next().unwrap_or("").to_owned()
}

#[test]
fn question_screen_has_fieldset_legend_heading_and_labelled_tiles() {
    let c = config();
    let html = render(props(&c, dutch(), None));
    assert!(html.contains("<form novalidate=\"novalidate\""), "{html}");
    assert_eq!(count(&html, "<fieldset"), 1);
    let legend = &html[html.find("<legend").unwrap()..html.find("</legend>").unwrap()];
    assert!(
        legend.contains("<h2") && legend.contains("tabindex=\"-1\""),
        "{legend}"
    );
    assert!(legend.contains("id=\"ww-question-heading\""));
    // 11 life-area tiles, each a named checkbox with a label pointing at it.
    assert_eq!(
        count(&html, "type=\"checkbox\""),
        11 + 1 /* helper toggle */
    );
    assert_eq!(count(&html, "name=\"ww-topic\""), 11);
    for option in ["money", "safety", "dont-know"] {
        assert!(
            html.contains(&format!("id=\"ww-opt-{option}\"")),
            "{option}"
        );
        assert!(
            html.contains(&format!("for=\"ww-opt-{option}\"")),
            "{option}"
        );
    }
    // Decorative icons are hidden from screen readers and the tab order.
    assert!(count(&html, "<svg") >= 11);
    assert_eq!(
        count(&html, "<svg"),
        count(&html, "aria-hidden=\"true\" focusable=\"false\"")
    );
    assert!(html.contains("<button type=\"submit\""));
    assert!(html.contains(">Volgende</button>"));
    assert!(html.contains("<details class=\"wegwijzer-why\">"));
    assert!(html.contains("Waarom vragen we dit?"));
    assert!(html.contains(">Vraag 1 van hooguit 8<"), "{html}");
    // Focus on the heading announces a screen: no live region repeats the question.
    // The question's one status region is empty until a tick clears others.
    assert!(!html.contains("aria-live"), "{html}");
    assert!(html.contains("<p role=\"status\" class=\"wegwijzer-visually-hidden\"></p>"));
    assert!(
        !html.contains("Vraag 1:"),
        "no status line repeating the question"
    );
    // Option hints are in their labels only, the question's hint on the group only.
    let options = &html[html.find("<fieldset").unwrap()..html.find("</fieldset>").unwrap()];
    assert_eq!(count(options, "aria-describedby"), 1, "{options}");
    assert!(
        options.starts_with("<fieldset aria-describedby="),
        "{options}"
    );
    // A checkbox group cannot be required (each box would be); a radio group can.
    assert!(!options.contains("required"));
    assert!(html.contains("Ik vul dit in voor iemand anders"));
    // First question: no back button, no answers yet.
    assert!(!html.contains("wegwijzer-back"));
    assert!(!html.contains("ww-answers-heading"));
    assert!(!html.contains('⟦'), "missing text marker in {html}");
}

#[test]
fn later_questions_have_back_answers_and_progress() {
    let c = config();
    let j = journey(&c, &[("topic", choices(&["money"]))], false);
    let html = render(props(&c, dutch(), Some(j)));
    // An upper bound from the routing graph: the age question also leads on for other
    // topics, so money (really 3 questions) says "at most 5" here.
    assert!(html.contains(">Vraag 2 van hooguit 5<"), "{html}");
    assert!(html.contains("class=\"wegwijzer-back\""));
    assert!(html.contains("Je antwoorden"));
    assert!(html.contains(">Wijzig<"));
    assert!(html.contains("Opnieuw beginnen"));
    // Yes-no: two radios with the shared labels.
    assert_eq!(count(&html, "type=\"radio\""), 2);
    assert!(html.contains(">Ja<") && html.contains(">Nee<"));
    // A required single choice says so on its group: a radiogroup.
    assert!(
        html.contains("<fieldset role=\"radiogroup\" aria-required=\"true\""),
        "{html}"
    );
    assert!(!html.contains("required=\"required\""));
}

#[test]
fn postcode_and_free_text_fields() {
    let c = config();
    let j = journey(
        &c,
        &[
            ("topic", choices(&["home"])),
            ("home-need", choice("household")),
        ],
        false,
    );
    let html = render(props(&c, dutch(), Some(j.clone())));
    assert!(html.contains("<textarea"));
    assert!(html.contains("aria-labelledby=\"ww-question-heading\""));
    assert!(html.contains("tekens typen."), "character count: {html}");
    assert!(html.contains(">Sla over<"), "own-words is optional");
    assert!(
        !html.contains("required"),
        "an optional question is not required"
    );
    assert!(
        html.contains("<fieldset class=\"wegwijzer-fieldset\">"),
        "the textarea, not its group, carries the hint and count: {html}"
    );

    let j = j
        .apply(
            &c,
            wegwijzer::engine::Action::Answer("own-words".into(), Answer::Skipped),
        )
        .unwrap();
    let html = render(props(&c, dutch(), Some(j)));
    assert!(html.contains("autocomplete=\"postal-code\""));
    assert!(!html.contains("required"), "the postcode is optional here");
    assert!(
        html.contains("id=\"ww-house\""),
        "house number is optional in the example"
    );
}

#[test]
fn crisis_strip_on_every_screen_with_digit_only_tel_links() {
    let c = config();
    for j in [None, Some(household(&c, "9990 AB"))] {
        let html = render(props(&c, dutch(), j));
        let strip = &html[html.find("wegwijzer-crisis").unwrap()..html.find("</aside>").unwrap()];
        for number in ["112", "113", "08002000"] {
            assert!(
                strip.contains(&format!("href=\"tel:{number}\"")),
                "{number} in {strip}"
            );
        }
        assert!(strip.contains("Levensgevaar?"));
        // Its title is a heading (level 2, like the screen's) that names the landmark.
        assert!(html.contains("<aside aria-labelledby=\"ww-crisis-title\""));
        assert!(strip.contains(
            "<p id=\"ww-crisis-title\" role=\"heading\" aria-level=\"2\" class=\"wegwijzer-crisis__title\">Direct hulp nodig?</p>"
        ));
        // The number as the config writes it, with a hyphen that does not break
        // (U+2011; issue 19: in Arabic numbers wrapped mid-number).
        assert!(
            strip.contains("Bel 0800\u{2011}2000"),
            "Dutch grouping in the text: {strip}"
        );
        for t in tel_targets(&html) {
            assert!(
                !t.is_empty() && t.chars().all(|ch| ch.is_ascii_digit() || ch == '+'),
                "tel target `{t}`"
            );
        }
        // The strip comes before the question or advice.
        assert!(html.find("wegwijzer-crisis").unwrap() < html.find("wegwijzer-main").unwrap());
    }
}

#[test]
fn wmo_advice_has_first_contact_client_support_and_steps_with_terms() {
    let c = config();
    let html = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    assert!(html.contains("id=\"ww-advice-heading\""));
    assert!(html.contains("wegwijzer-card--primary"));
    assert!(html.contains("Neem eerst contact op met:"));
    assert!(html.contains("Waarom dit advies?"));
    let loket = c.directory.get(&"wmo-loket".into());
    assert!(html.contains(&loket.name));
    assert!(html.contains("Wil je dat iemand met je meegaat? Dat is gratis."));
    // Team found by postcode 9990 → wijkteam-noord.
    assert!(html.contains(&c.directory.get(&"wijkteam-noord".into()).name));
    let steps = &html[html
        .find("<ol start=\"2\" class=\"wegwijzer-steps__list\"")
        .unwrap()..];
    let steps = &steps[..steps.find("</ol>").unwrap()];
    assert!(steps.contains("6 weken"), "{steps}");
    assert!(steps.contains("7 dagen"), "{steps}");
    assert!(html.contains("Wat gebeurt er daarna?"));
    assert!(html.contains("Neem mee"));
    assert!(!html.contains('⟦'), "missing text marker in {html}");
    // Landmarks: the crisis strip, the advice, the note. Sections inside the advice
    // are plain (no name, so no landmark); no live region repeats the heading.
    assert_eq!(count(&html, "<aside"), 1, "{html}");
    assert_eq!(count(&html, "class=\"wegwijzer-advice\""), 1);
    let named = html
        .split("<section")
        .skip(1)
        .filter(|s| s[..s.find('>').unwrap()].contains("aria-label"))
        .count();
    assert_eq!(named, 2, "the advice and the note only");
    assert!(!html.contains("aria-live") && !html.contains("Je advies:"));
}

/// The `<summary>` texts of the advice's closed sections, in order.
fn summaries(html: &str) -> Vec<&str> {
    html.split("<details class=\"wegwijzer-more\"><summary>")
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap_or(""))
        .collect()
}

/// Issue 19: what to do now first and open (the first contact, its call button, what
/// to say on that call), the rest in closed sections with clear names.
#[test]
fn advice_puts_what_to_do_now_first_and_the_rest_in_closed_sections() {
    let c = config();
    let html = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    let advice = &html[html.find("class=\"wegwijzer-advice\"").unwrap()..];
    let advice = &advice[..advice.find("wegwijzer-handover").unwrap()];
    assert_eq!(
        summaries(advice),
        [
            "Wat gebeurt er daarna?",
            "Neem mee",
            "Meer hulp in de buurt",
            "Je rechten"
        ]
    );
    // Closed: no `open` attribute; a summary holds text only (no heading in a button).
    assert!(!advice.contains("<details class=\"wegwijzer-more\" open"));
    assert!(!advice.contains("<details class=\"wegwijzer-more\"><summary><h"));
    let first_closed = advice.find("wegwijzer-more").unwrap();
    let open = &advice[..first_closed];
    let loket = c.directory.get(&"wmo-loket".into());
    assert!(open.contains(&loket.name) && open.contains("wegwijzer-card--primary"));
    assert!(
        open.contains("href=\"tel:"),
        "the first contact's call button is open"
    );
    // What to say on that call: the first step, once (the list goes on from 2).
    let first_step = "Je vertelt de gemeente wat je nodig hebt. Dat heet een Wmo-melding.";
    assert!(open.contains(first_step), "{open}");
    assert_eq!(count(advice, first_step), 1);
    // The team and the free cliëntondersteuner: in "Meer hulp in de buurt".
    let more = &advice[advice.find("Meer hulp in de buurt").unwrap()..];
    let more = &more[..more.find("</details>").unwrap()];
    for name in [
        &c.directory.get(&"wijkteam-noord".into()).name,
        &c.directory.get(&"clientondersteuning".into()).name,
    ] {
        assert!(more.contains(name.as_str()), "{name} in {more}");
    }
    assert!(more.contains("Wil je dat iemand met je meegaat? Dat is gratis."));
    let rights = &advice[advice.find("Je rechten").unwrap()..];
    assert!(rights.contains("Je mag gratis hulp van een cliëntondersteuner."));

    // Crisis advice: the crisis cards and the notice first, never in a closed section.
    let j = journey(&c, &[("topic", choices(&["safety"]))], false);
    let html = render(props(&c, dutch(), Some(j)));
    let advice = &html[html.find("class=\"wegwijzer-advice\"").unwrap()..];
    let crisis = advice.find("wegwijzer-advice__crisis").unwrap();
    assert!(crisis < advice.find("wegwijzer-card--primary").unwrap());
    assert!(crisis < advice.find("<details class=\"wegwijzer-more\"").unwrap());
    assert!(!summaries(advice).contains(&"Je rechten"));
}

#[test]
fn unknown_postcode_gets_the_gemeente_with_a_kind_sentence() {
    // A gemeente that does not list its own postcodes cannot tell "outside" from
    // "inside, but no team": the gemeente-wide contact, with a kind sentence.
    let mut c = config();
    Rc::make_mut(&mut c).gemeente.postcodes.clear();
    let html = render(props(&c, dutch(), Some(household(&c, "1234 AB"))));
    assert!(html.contains(
        "We weten niet welk wijkteam bij je postcode hoort. Bel de gemeente, zij helpen je verder."
    ));
    // The sentence is open, before the first closed section; the card is in "Meer
    // hulp in de buurt".
    let sentence = html.find("We weten niet welk wijkteam").unwrap();
    assert!(sentence < html.find("<details class=\"wegwijzer-more\"").unwrap());
    let general = c.directory.get(&c.gemeente.general_contact);
    let team = &html[html.find("wegwijzer-advice__team").unwrap()..];
    assert!(
        team.contains(&general.name),
        "general contact card in {team}"
    );
}

#[test]
fn a_postcode_of_another_gemeente_is_told_plainly_with_national_help() {
    let c = config();
    let j = journey(
        &c,
        &[
            ("topic", choices(&["home"])),
            ("home-need", choice("household")),
            ("own-words", Answer::Skipped),
            ("postcode", postcode("1012 AB", None)),
        ],
        false,
    );
    assert_eq!(j.position(), &Position::Outcome("outside-gemeente".into()));
    // Numbers on screen do not break (no-break spaces and hyphens); compare digits.
    let html = render(props(&c, dutch(), Some(j)))
        .replace('\u{a0}', " ")
        .replace('\u{2011}', "-");
    assert!(html.contains("Je woont niet in deze gemeente"), "{html}");
    assert!(html.contains("14 en dan het netnummer van je woonplaats"));
    for national in ["0800-2000", "113", "0800-8115"] {
        assert!(html.contains(national), "{national} on the outside advice");
    }
    // None of this gemeente's own desks.
    for local in ["0999-120 200", "0999-120 300"] {
        assert!(!html.contains(local), "{local} must not be offered outside");
    }
}

#[test]
fn crisis_advice_lists_no_rights_it_does_not_give() {
    let c = config();
    let j = journey(&c, &[("topic", choices(&["safety"]))], false);
    let html = render(props(&c, dutch(), Some(j)));
    let note = &html[html.find("wegwijzer-handover").unwrap()..];
    assert!(!html.contains("Je rechten"), "{html}");
    assert!(!note.contains("bezwaar"), "{note}");
    let h = household(&c, "9990 AB");
    let html = render(props(&c, dutch(), Some(h)));
    let note = &html[html.find("wegwijzer-handover").unwrap()..];
    assert!(note.contains("Je rechten"), "{note}");
}

/// Issue 19: on paper the note must hold every contact shown on screen for the advice,
/// with its numbers, hours and address, and the crisis numbers; the copied text too.
#[test]
fn handover_note_lists_every_contact_with_numbers_and_the_crisis_lines() {
    let c = config();
    let html = render(props(&c, dutch(), Some(household(&c, "9990 AB"))))
        .replace('\u{a0}', " ")
        .replace('\u{2011}', "-");
    let note = &html[html.find("wegwijzer-handover").unwrap()..];
    let ui = Ui::new(Shared(Rc::clone(&c)), Shared::new(Localizer::dutch()));
    let advice = advise(&c, &household(&c, "9990 AB")).unwrap();
    let text = handover_text(&ui, &advice);
    let mut ids = advice.shown_services();
    ids.extend(c.gemeente.crisis.iter().cloned());
    for id in &ids {
        let s = c.directory.get(id);
        for p in &s.phones {
            let n = p.number.display();
            assert!(note.contains(n), "{n} of {id:?} in the note");
            assert!(text.contains(n), "{n} of {id:?} in the copied text");
        }
        assert!(text.contains(&s.name), "{} in the copied text", s.name);
        if let Some(a) = &s.address {
            assert!(note.contains(&a.street), "address of {id:?} in the note");
        }
    }
    assert!(note.contains("Andere contacten") && text.contains("Andere contacten"));
}

#[test]
fn postcode_inputs_run_left_to_right() {
    let c = config();
    let j = journey(
        &c,
        &[
            ("topic", choices(&["home"])),
            ("home-need", choice("household")),
            ("own-words", Answer::Skipped),
        ],
        false,
    );
    let html = render(props(&c, dutch(), Some(j)));
    assert!(
        html.contains(r#"name="postcode" dir="ltr""#),
        "postcode input is dir=ltr: {html}"
    );
}

#[test]
fn handover_note_has_topics_own_words_and_rights() {
    let c = config();
    let html = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    let note = &html[html.find("wegwijzer-handover").unwrap()..];
    assert!(note.contains("Mijn overzicht"));
    assert!(note.contains("Ik kan niet meer goed koken."));
    assert!(note.contains("Je mag iemand meenemen naar het gesprek."));
    assert!(note.contains("binnen 6 weken"));
    assert!(note.contains(">Print<") && note.contains(">Kopieer<") && note.contains(">Deel link<"));
    // Everything else on the advice is hidden when printing.
    assert!(html.contains("<div class=\"wegwijzer-no-print\">"));

    let ui = Ui::new(Shared(Rc::clone(&c)), Shared::new(Localizer::dutch()));
    let advice = advise(&c, &household(&c, "9990 AB")).unwrap();
    let text = handover_text(&ui, &advice);
    assert!(text.starts_with("Mijn overzicht\n"), "{text}");
    assert!(text.contains("In mijn eigen woorden: Ik kan niet meer goed koken."));
    assert!(text.contains("6 weken"));
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "no bidi marks in copied text"
    );
}

#[test]
fn helper_mode_changes_the_wording() {
    let c = config();
    let plain = render(props(&c, dutch(), None));
    let helper = render(props(&c, dutch(), Some(journey(&c, &[], true))));
    let (a, b) = (
        text_of(&plain, "ww-question-heading"),
        text_of(&helper, "ww-question-heading"),
    );
    assert!(!a.is_empty() && !b.is_empty());
    assert_ne!(a, b, "helper wording should differ");
    assert!(
        helper.contains("checked"),
        "the helper toggle shows it is on"
    );
}

#[test]
fn quick_exit_on_every_screen_by_default() {
    let c = config();
    assert_eq!(c.gemeente.quick_exit, QuickExit::EveryScreen);
    let start = render(props(&c, dutch(), None));
    assert!(start.contains(">Snel weg<"), "the first question offers it");
    assert!(start.contains("Je browsergeschiedenis wordt niet gewist."));
    let debt = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    assert!(
        debt.contains(">Snel weg<"),
        "an advice that is not sensitive too"
    );
}

#[test]
fn quick_exit_only_on_sensitive_screens_when_configured() {
    let mut config = (*config()).clone();
    config.gemeente.quick_exit = QuickExit::SensitiveScreens;
    let c = Rc::new(config);
    let start = render(props(&c, dutch(), None));
    assert!(!start.contains("Snel weg"));
    let debt = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    assert!(!debt.contains("Snel weg"));

    let unsafe_home = journey(&c, &[("topic", choices(&["safety"]))], false);
    assert_eq!(
        unsafe_home.position(),
        &Position::Outcome("unsafe-at-home".into())
    );
    let html = render(props(&c, dutch(), Some(unsafe_home)));
    assert!(html.contains(">Snel weg<"));
    assert!(html.contains("Je browsergeschiedenis wordt niet gewist."));
    assert!(html.contains("Ben je nu in gevaar? Bel 112."));

    let child = journey(&c, &[("topic", choices(&["children"]))], false);
    assert_eq!(child.position(), &Position::Question("child-safety".into()));
    assert!(render(props(&c, dutch(), Some(child))).contains(">Snel weg<"));
}

#[test]
fn arabic_root_is_right_to_left_with_dutch_fallback() {
    let c = config();
    let ar = Localizer::new("ar", &[]).with_fallback(dutch());
    let html = render(props(&c, ar, None));
    assert!(
        html.starts_with("<div lang=\"ar\" dir=\"rtl\" class=\"wegwijzer\""),
        "{}",
        &html[..200]
    );
    let nl = render(props(&c, dutch(), None));
    assert!(nl.starts_with("<div lang=\"nl\" dir=\"ltr\" class=\"wegwijzer\""));
}

#[test]
fn language_switcher_and_read_aloud() {
    let c = config();
    let mut p = props(&c, dutch(), None);
    let html = render(p.clone());
    assert!(html.contains("Taal / Language"));
    assert!(html.contains("<option lang=\"ar\" value=\"ar\""));
    // Choosing applies only with the button (WCAG 3.2.2), not on `change`.
    let switcher = &html[html.find("wegwijzer-language ").unwrap()..];
    let switcher = &switcher[..switcher.find("</div>").unwrap()];
    assert!(
        !switcher.contains("onchange") && switcher.contains("</select><button type=\"button\""),
        "{switcher}"
    );
    assert!(switcher.contains(">Wissel taal</button>"));
    assert!(html.contains("العربية"));
    assert!(!html.contains("Lees voor"), "no speech, no button");
    p.speech = true;
    let html = render(p);
    assert!(html.contains(">Lees voor<"));
    assert!(html.contains("aria-pressed=\"false\""), "a toggle, off");
}

#[test]
fn unverified_free_numbers_do_not_say_gratis() {
    let c = config();
    let html = render(props(&c, dutch(), None));
    // Veilig Thuis is verified free in the example: the strip says so.
    let strip = &html[html.find("wegwijzer-crisis").unwrap()..html.find("</aside>").unwrap()];
    assert!(strip.contains("gratis"), "{strip}");
    // Any phone marked free but not verified must not say "gratis" next to it.
    for s in c.directory.iter() {
        for p in &s.phones {
            if p.free == Some(true) && p.source.evidence != wegwijzer::model::Evidence::Verified {
                let at = html.find(&format!("tel:{}\"", p.number.dial()));
                if let Some(at) = at {
                    let line = &html[at..at + html[at..].find("</li>").unwrap_or(0)];
                    assert!(!line.contains("gratis"), "{} says gratis: {line}", s.id);
                }
            }
        }
    }
}

#[test]
fn texts_from_the_dutch_fallback_are_marked_lang_nl() {
    // An English bundle that has every message except the first question's title, as
    // when a gemeente adds a question and has not translated it yet (WCAG 3.1.2).
    let config = config();
    let en_src = [
        std::fs::read_to_string("locales/en/ui.ftl").expect("en ui"),
        std::fs::read_to_string("locales/en/flow.ftl").expect("en flow"),
    ];
    let without_title: String = en_src[1]
        .lines()
        .filter(|l| !l.starts_with("question-topic = "))
        .collect::<Vec<_>>()
        .join("\n");
    let mut en = Localizer::new("en", &[&en_src[0], &without_title]).with_fallback(dutch());
    en.set_isolating(false);
    let html = render(props(&config, en, None));
    assert!(
        html.starts_with(r#"<div lang="en" dir="ltr" class="wegwijzer""#),
        "{html}"
    );
    // The title, its hint and its "why" come from Dutch; each is marked, nothing else
    // (the language switcher names each language in itself, with its own `lang`).
    let switcher_option = r#"<option lang="nl" value="nl">Nederlands</option>"#;
    assert_eq!(count(&html, switcher_option), 1);
    let html = html.replace(switcher_option, "");
    let marked: Vec<&str> = html
        .split(r#"lang="nl""#)
        .skip(1)
        .map(|rest| {
            rest.split('>')
                .nth(1)
                .unwrap_or("")
                .split('<')
                .next()
                .unwrap_or("")
        })
        .collect();
    // The crisis strip's names are Dutch data: marked too (see
    // `names_and_addresses_are_marked_dutch_unless_the_language_has_its_own`).
    assert_eq!(
        marked,
        vec![
            "Veilig Thuis",
            "Huisartsenpost Voorbeeldregio",
            "Gemeente Voorbeeldgemeente",
            "Waar wil je hulp bij?",
            "Je mag meer dan één ding kiezen.",
            "Zo weten we waar je het best terecht kunt. Je antwoorden blijven op je eigen apparaat."
        ],
        "{html}"
    );

    // Complete English: nothing marked but the names.
    let mut full = Localizer::new("en", &[&en_src[0], &en_src[1]]).with_fallback(dutch());
    full.set_isolating(false);
    let html = render(props(&config, full, None)).replace(switcher_option, "");
    assert_eq!(
        count(&html, r#"lang="nl""#),
        count(&html, r#"<bdi lang="nl">"#),
        "{html}"
    );
}

/// English texts from the shipped files over the Dutch ones, plus `extra` sources (a
/// gemeente's English overlay), bidi isolation off.
fn english(extra: &[&str]) -> Localizer {
    let ui = std::fs::read_to_string("locales/en/ui.ftl").expect("en ui");
    let flow = std::fs::read_to_string("locales/en/flow.ftl").expect("en flow");
    let mut sources = vec![ui.as_str(), flow.as_str()];
    sources.extend_from_slice(extra);
    let mut en = Localizer::new("en", &sources).with_fallback(dutch());
    en.set_isolating(false);
    en
}

/// WCAG 3.1.2 for data (ADR 0013): on an English screen every service name and every
/// address is Dutch and sits in a `<bdi lang="nl">` of its own, also inside the link
/// texts ("Website of …") and on "Mijn overzicht"; on a Dutch screen nothing is marked.
#[test]
fn names_and_addresses_are_marked_dutch_unless_the_language_has_its_own() {
    let c = config();
    let html = render(props(&c, english(&[]), Some(household(&c, "9990 AB"))));
    let advice = advise(&c, &household(&c, "9990 AB")).unwrap();
    let mut shown = advice.shown_services();
    shown.extend(c.gemeente.crisis.iter().cloned());
    for id in &shown {
        let s = c.directory.get(id);
        let marked = count(&html, &format!(r#"<bdi lang="nl">{}</bdi>"#, s.name));
        assert!(marked > 0, "{} is shown marked Dutch: {html}", s.name);
        assert_eq!(
            count(&html, &format!(">{}<", s.name)),
            marked,
            "{} is never shown unmarked",
            s.name
        );
        if let Some(a) = &s.address {
            let line = format!("{}, {} {}", a.street, a.postcode, a.city);
            assert!(
                html.contains(&format!(r#"<bdi lang="nl">{line}</bdi>"#)),
                "{line} marked Dutch"
            );
        }
    }
    let noord = r#"<bdi lang="nl">Sociaal Wijkteam Noord</bdi>"#;
    assert!(
        html.contains(&format!("Website of {noord}")),
        "the name inside the link text is its own part: {html}"
    );
    // The card's heading, its website link and the note: each marked.
    assert_eq!(count(&html, noord), 3, "{html}");

    // Dutch: names are in the screen's language, nothing is marked.
    let nl = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    assert_eq!(
        count(&nl, r#"lang="nl""#),
        1 + count(&nl, r#"<option lang="nl""#),
        "only the root and the language switcher's own name for Dutch: {nl}"
    );
    assert!(nl.contains("<bdi>Sociaal Wijkteam Noord</bdi>"));
}

/// A gemeente's English overlay can name a service in English (`.name` on
/// `service-<id>`, ADR 0013): that name is shown unmarked, everywhere the name
/// appears, also in the copied note; a Dutch `.name` changes nothing (the Dutch name
/// is the configuration's).
#[test]
fn a_name_per_language_from_an_overlay() {
    let c = config();
    let overlay = "service-wijkteam-noord = The team for your neighbourhood.\n    .name = Social Team North\n";
    let en = english(&[overlay]);
    let html = render(props(&c, en, Some(household(&c, "9990 AB"))));
    assert!(!html.contains("Sociaal Wijkteam Noord"), "{html}");
    assert!(html.contains("<bdi>Social Team North</bdi>"), "{html}");
    assert!(html.contains("Website of <bdi>Social Team North</bdi>"));
    assert!(html.contains(">The team for your neighbourhood.<"));
    let ui = Ui::new(Shared(Rc::clone(&c)), Shared::new(english(&[overlay])));
    let advice = advise(&c, &household(&c, "9990 AB")).unwrap();
    let text = handover_text(&ui, &advice);
    assert!(
        text.contains("Social Team North") && !text.contains("Sociaal Wijkteam Noord"),
        "{text}"
    );
    // Other services keep their Dutch names, marked.
    assert!(html.contains(r#"<bdi lang="nl">Loket Wonen, Welzijn en Zorg</bdi>"#));

    // An attribute-only overlay message keeps the name and loses the English
    // description, which then comes from Dutch and is marked so.
    let only_name = "service-wijkteam-noord =\n    .name = Social Team North\n";
    let html = render(props(
        &c,
        english(&[only_name]),
        Some(household(&c, "9990 AB")),
    ));
    assert!(html.contains("<bdi>Social Team North</bdi>"));
    assert!(
        html.contains(r#"<p lang="nl" class="wegwijzer-card__about">Het team"#),
        "{html}"
    );

    // In Dutch a `.name` is not used.
    let mut nl = Localizer::new(
        "nl",
        &[
            wegwijzer::i18n::bundled::NL_COMPLETE[0],
            wegwijzer::i18n::bundled::NL_COMPLETE[1],
            "service-wijkteam-noord = Het team.\n    .name = Buurtteam Noord\n",
        ],
    );
    nl.set_isolating(false);
    let html = render(props(&c, nl, Some(household(&c, "9990 AB"))));
    assert!(
        html.contains("<bdi>Sociaal Wijkteam Noord</bdi>") && !html.contains("Buurtteam Noord")
    );
}

#[test]
fn crisis_notice_does_not_repeat_the_heading() {
    let c = config();
    let unsafe_home = journey(&c, &[("topic", choices(&["safety"]))], false);
    assert!(matches!(unsafe_home.position(), Position::Outcome(_)));
    let html = render(props(&c, dutch(), Some(unsafe_home)));
    assert!(
        html.contains(r#"class="wegwijzer-heading">Ben je nu in gevaar? Bel 112.</h2>"#)
            || html.contains(">Ben je nu in gevaar? Bel 112.</h2>"),
        "{html}"
    );
    assert!(
        !html.contains("wegwijzer-notice--crisis"),
        "no notice repeating the heading: {html}"
    );
    // Another crisis advice with its own heading keeps the notice.
    let mental = journey(
        &c,
        &[
            ("topic", choices(&["health"])),
            ("health-need", choice("crisis")),
        ],
        false,
    );
    let html = render(props(&c, dutch(), Some(mental)));
    assert!(html.contains("wegwijzer-notice--crisis"), "{html}");
}

#[test]
fn crisis_advice_has_no_share_link_unless_the_gemeente_opts_in() {
    let c = config();
    let unsafe_home = journey(&c, &[("topic", choices(&["safety"]))], false);
    assert_eq!(
        unsafe_home.position(),
        &Position::Outcome("unsafe-at-home".into())
    );
    let html = render(props(&c, dutch(), Some(unsafe_home.clone())));
    let note = &html[html.find("wegwijzer-handover").unwrap()..];
    assert!(
        note.contains(">Print<") && note.contains(">Kopieer<"),
        "{note}"
    );
    assert!(
        !note.contains(">Deel link<"),
        "no share link on crisis advice"
    );

    let mut opted_in = (*c).clone();
    opted_in.gemeente.share_crisis_advice = true;
    let opted_in = Rc::new(opted_in);
    let html = render(props(&opted_in, dutch(), Some(unsafe_home)));
    assert!(html.contains(">Deel link<"), "the gemeente opted in");
    // Other advice keeps its share link.
    let html = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    assert!(html.contains(">Deel link<"));
}

/// Days and hours are written out (issue 19): "ma t/m vr" is read aloud as "t slash m".
#[test]
fn opening_days_are_written_out() {
    let c = config();
    let html = render(props(&c, dutch(), Some(household(&c, "9990 AB"))));
    assert!(html.contains("maandag tot en met vrijdag"), "{html}");
    assert!(
        !html.contains("t/m"),
        "no abbreviation a speech engine spells out"
    );
}
