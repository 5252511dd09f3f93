//! The flow as a picture: Mermaid or Graphviz dot text, from the validated model.

use crate::model::{Condition, Config, QuestionKind, Target};

/// Output format of [`render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// Mermaid `flowchart TD` (renders on GitHub and in many wikis).
    Mermaid,
    /// Graphviz dot.
    Dot,
}

struct Edge {
    from: String,
    to: String,
    label: String,
}

/// Renders every question and outcome and every way between them.
pub fn render(config: &Config, format: GraphFormat) -> String {
    let edges = edges(config);
    match format {
        GraphFormat::Mermaid => mermaid(config, &edges),
        GraphFormat::Dot => dot(config, &edges),
    }
}

fn target_id(t: &Target) -> String {
    match t {
        Target::Question(q) => q.to_string(),
        Target::Outcome(o) => o.to_string(),
    }
}

fn edges(config: &Config) -> Vec<Edge> {
    let mut out = Vec::new();
    for q in config.questionnaire.questions() {
        let from = q.id.to_string();
        for b in &q.routing.branches {
            out.push(Edge {
                from: from.clone(),
                to: target_id(&b.to),
                label: describe(&b.condition),
            });
        }
        for (option, to) in &q.routing.by_answer {
            out.push(Edge {
                from: from.clone(),
                to: target_id(to),
                label: option.to_string(),
            });
        }
        // Several picks lead through these first (ADR 0012): drawn so the picture shows
        // where the safety questions are asked from.
        for (option, asks) in &q.screening {
            for ask in asks {
                out.push(Edge {
                    from: from.clone(),
                    to: ask.to_string(),
                    label: format!("screening: {option}"),
                });
            }
        }
        if let Some(next) = &q.routing.next {
            let label = if q.routing.branches.is_empty() && q.routing.by_answer.is_empty() {
                String::new()
            } else {
                "otherwise".to_owned()
            };
            out.push(Edge {
                from: from.clone(),
                to: target_id(next),
                label,
            });
        }
    }
    out
}

/// A short readable form of a condition for edge labels.
pub fn describe(c: &Condition) -> String {
    match c {
        Condition::AnswerIs { question, option } => format!("{question} = {option}"),
        Condition::AnswerIncludes { question, option } => format!("{question} has {option}"),
        Condition::CountAtLeast { question, count } => format!("{question}: {count}+ chosen"),
        Condition::All(cs) => cs.iter().map(describe).collect::<Vec<_>>().join(" and "),
        Condition::Any(cs) => cs.iter().map(describe).collect::<Vec<_>>().join(" or "),
        Condition::Not(c) => format!("not ({})", describe(c)),
        Condition::Rule(r) => format!("rule {}", r.as_str()),
    }
}

/// Mermaid node ids may not contain hyphens everywhere; labels keep the real id.
fn node(id: &str) -> String {
    format!("n_{}", id.replace('-', "_"))
}

fn mermaid(config: &Config, edges: &[Edge]) -> String {
    let mut s = String::from("flowchart TD\n");
    for q in config.questionnaire.questions() {
        let kind = q.kind.name();
        s += &format!("  {}[\"{} ({kind})\"]\n", node(q.id.as_str()), q.id);
    }
    for o in config.outcomes.values() {
        s += &format!("  {}([\"{}\"])\n", node(o.id.as_str()), o.id);
    }
    for e in edges {
        let arrow = if e.label.is_empty() {
            "-->".to_owned()
        } else {
            format!("-->|\"{}\"|", e.label.replace('"', "'"))
        };
        s += &format!("  {} {arrow} {}\n", node(&e.from), node(&e.to));
    }
    s += &format!(
        "  style {} stroke-width:3px\n",
        node(config.questionnaire.start.as_str())
    );
    s
}

fn dot(config: &Config, edges: &[Edge]) -> String {
    let mut s =
        String::from("digraph wegwijzer {\n  rankdir=TB;\n  node [fontname=\"sans-serif\"];\n");
    for q in config.questionnaire.questions() {
        let shape = if matches!(q.kind, QuestionKind::FreeText { .. }) {
            "note"
        } else {
            "box"
        };
        s += &format!(
            "  \"{}\" [shape={shape}, label=\"{}\\n({})\"];\n",
            q.id,
            q.id,
            q.kind.name()
        );
    }
    for o in config.outcomes.values() {
        s += &format!(
            "  \"{}\" [shape=ellipse, style=filled, fillcolor=\"#e8f0fe\"];\n",
            o.id
        );
    }
    for e in edges {
        s += &format!(
            "  \"{}\" -> \"{}\" [label=\"{}\"];\n",
            e.from,
            e.to,
            e.label.replace('"', "'")
        );
    }
    s += "}\n";
    s
}
