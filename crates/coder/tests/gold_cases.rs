//! One runner for every event-coding case in `tests/gold/*.toml`.
//!
//! Each file names the trigger directory it runs against (`[setup]`), a tiny
//! lexicon (surface → "ID kind", or "ID kind rule" to give the mention a
//! lexicon rule such as `rule:metonym(…)`), and its cases. A case lists the
//! events the coder must code, in text order; with `exact = false` other
//! events may be coded too. An expectation checks only the fields it gives.
//! On failure the runner reports every failing case with its id, text and
//! the difference.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use marsad_coder::{Coder, Input};
use marsad_model::{DateMention, DateValue, EntityKind, Event, Mention, Precision, ReportedAs, Span};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    setup: Setup,
    lexicon: HashMap<String, String>,
    /// Place id → the states and administrative parents it lies in.
    #[serde(default)]
    within: HashMap<String, Vec<String>>,
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Setup {
    triggers: String,
    published: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    category: String,
    note: String,
    text: String,
    #[serde(default)]
    dates: Vec<DateCase>,
    #[serde(default = "yes")]
    exact: bool,
    #[serde(default)]
    expect: Vec<Expect>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DateCase {
    text: String,
    value: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    #[serde(rename = "type")]
    kind: String,
    mode: Option<String>,
    source: Option<Vec<String>>,
    target: Option<Vec<String>>,
    place: Option<String>,
    date: Option<String>,
    rule: Option<String>,
    negated: Option<bool>,
    reported_as: Option<String>,
    historical: Option<bool>,
    also: Option<usize>,
}

fn date_value(v: &str) -> DateValue {
    let precision = match v.len() {
        4 => Precision::Year,
        7 => Precision::Month,
        _ => Precision::Day,
    };
    DateValue { value: Some(v.to_string()), precision }
}

fn kind(name: &str) -> EntityKind {
    match name {
        "place" => EntityKind::Place,
        "country" => EntityKind::Country,
        "person" => EntityKind::Person,
        "armed_group" => EntityKind::ArmedGroup,
        "ngo" => EntityKind::Ngo,
        _ => EntityKind::StateOrgan,
    }
}

/// Differences between what was expected and what was coded.
fn check(e: &Expect, ev: &Event) -> Vec<String> {
    let mut d = Vec::new();
    let mut same = |what: &str, want: String, got: String| {
        if want != got {
            d.push(format!("{what}: want {want}, got {got}"));
        }
    };
    if let Some(m) = &e.mode {
        same("mode", m.clone(), ev.mode.clone().unwrap_or_default());
    }
    if let Some(s) = &e.source {
        same("source", format!("{s:?}"), format!("{:?}", ev.source));
    }
    if let Some(t) = &e.target {
        same("target", format!("{t:?}"), format!("{:?}", ev.target));
    }
    if let Some(p) = &e.place {
        same("place", p.clone(), ev.place.clone().unwrap_or_default());
    }
    if let Some(v) = &e.date {
        same("date", v.clone(), ev.date.as_ref().and_then(|d| d.value.clone()).unwrap_or_default());
    }
    if let Some(r) = &e.rule {
        same("rule", r.clone(), ev.rule.clone());
    }
    if let Some(n) = e.negated {
        same("negated", n.to_string(), ev.negated.to_string());
    }
    if let Some(r) = &e.reported_as {
        let got = match ev.reported_as {
            ReportedAs::Fact => "fact",
            ReportedAs::Claim => "claim",
            ReportedAs::Plan => "plan",
            ReportedAs::Hypothetical => "hypothetical",
        };
        same("reported_as", r.clone(), got.to_string());
    }
    if let Some(h) = e.historical {
        same("historical", h.to_string(), ev.historical.to_string());
    }
    if let Some(a) = e.also {
        same("also", a.to_string(), ev.also.len().to_string());
    }
    d
}

fn run_file(path: &Path, failures: &mut Vec<String>) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let coder = Coder::from_dir(&tests.join(&file.setup.triggers)).unwrap_or_else(|e| panic!("{e}"));
    let published = date_value(&file.setup.published);
    // "ID kind" or "ID kind rule": the rule the lexicon would give the mention
    // (`rule:metonym(place:damascus SYR-GOV#metonym0)`), else "case".
    let mut lexicon: Vec<(String, String, EntityKind, String)> = file
        .lexicon
        .iter()
        .map(|(surface, v)| {
            let mut parts = v.splitn(3, ' ');
            let id = parts.next().unwrap_or(v);
            let k = parts.next().unwrap_or("country");
            let rule = parts.next().unwrap_or("case");
            (marsad_text::clean(surface).text, id.to_string(), kind(k), rule.to_string())
        })
        .collect();
    lexicon.sort_by_key(|(s, _, _, _)| std::cmp::Reverse(s.len()));
    let kinds: HashMap<String, EntityKind> = lexicon.iter().map(|(_, id, k, _)| (id.clone(), *k)).collect();
    let kind_of = |id: &str| kinds.get(id).copied();
    let within =
        |inner: &str, outer: &str| file.within.get(inner).is_some_and(|o| o.iter().any(|x| x == outer));
    for case in &file.cases {
        assert!(!case.category.is_empty() && !case.note.is_empty(), "{}: category and note", case.id);
        let body = marsad_text::clean(&case.text).text;
        let mut taken = vec![false; body.len()];
        let mut mentions = Vec::new();
        for (surface, id, _, rule) in &lexicon {
            for (i, _) in body.match_indices(surface.as_str()) {
                if taken[i..i + surface.len()].iter().any(|t| *t) {
                    continue;
                }
                taken[i..i + surface.len()].iter_mut().for_each(|t| *t = true);
                let span = Span::new(i, i + surface.len());
                mentions.push(Mention {
                    entity_id: id.clone(),
                    span,
                    text: surface.clone(),
                    rule: rule.clone(),
                });
            }
        }
        let dates: Vec<DateMention> = case
            .dates
            .iter()
            .flat_map(|d| {
                let t = marsad_text::clean(&d.text).text;
                body.match_indices(t.as_str())
                    .map(|(i, _)| DateMention {
                        span: Span::new(i, i + t.len()),
                        text: t.clone(),
                        value: date_value(&d.value),
                        anchor: "case".into(),
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let sentences = marsad_text::sentences(&body);
        let input = Input {
            body: &body,
            sentences: &sentences,
            mentions: &mentions,
            kinds: &kind_of,
            within: &within,
            dates: &dates,
            published: &published,
        };
        let events = coder.code(&input);
        let mut diff = Vec::new();
        if case.exact && events.len() != case.expect.len() {
            diff.push(format!("want {} events, got {}", case.expect.len(), events.len()));
        }
        // Expectations are matched in order to events of their type.
        let mut from = 0;
        for (n, e) in case.expect.iter().enumerate() {
            let found = events[from.min(events.len())..]
                .iter()
                .position(|ev| ev.kind.as_str() == e.kind && (case.exact || check(e, ev).is_empty()));
            match found {
                Some(k) => {
                    let ev = &events[from + k];
                    for d in check(e, ev) {
                        diff.push(format!("event {} ({}): {d}", n + 1, e.kind));
                    }
                    from += k + 1;
                }
                None => diff.push(format!("event {} ({}) not coded", n + 1, e.kind)),
            }
        }
        if !diff.is_empty() {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{} {:?}→{:?} place={:?} rule={}",
                        e.kind.as_str(),
                        e.source,
                        e.target,
                        e.place,
                        e.rule
                    )
                })
                .collect();
            failures.push(format!(
                "{} [{}] {}\n  text: {}\n  {}\n  coded: {}",
                case.id,
                case.category,
                case.note,
                case.text,
                diff.join("\n  "),
                got.join("; ")
            ));
        }
    }
    file.cases.len()
}

#[test]
fn gold_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for f in files.iter().filter(|f| f.extension().is_some_and(|x| x == "toml")) {
        n += run_file(f, &mut failures);
    }
    assert!(n >= 30, "only {n} cases");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}
