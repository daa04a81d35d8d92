//! Runs `corpus_ar.toml`: every marked expression must be found with its
//! span, value and precision, and nothing else; negatives must give nothing.
//! On failure it prints the case id, the sentence and the difference.
use std::path::Path;

use marsad_dates::{DateReader, DateValue, Precision};
use serde::Deserialize;

#[derive(Deserialize)]
struct Corpus {
    published: String,
    group: Vec<Group>,
    negative: Vec<Negative>,
}

#[derive(Deserialize)]
struct Group {
    id: String,
    #[allow(dead_code)]
    category: String,
    #[allow(dead_code)]
    note: String,
    published: Option<String>,
    value: String,
    precision: String,
    sentences: Vec<String>,
}

#[derive(Deserialize)]
struct Negative {
    id: String,
    #[allow(dead_code)]
    note: String,
    published: Option<String>,
    sentences: Vec<String>,
}

const OPEN: char = '⟦';
const CLOSE: char = '⟧';

/// The sentence without marks, and the byte spans the marks enclosed.
fn strip_marks(marked: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut start = None;
    for c in marked.chars() {
        match c {
            OPEN => start = Some(text.len()),
            CLOSE => spans.push((start.take().expect("⟧ without ⟦"), text.len())),
            c => text.push(c),
        }
    }
    (text, spans)
}

fn published(s: &str) -> DateValue {
    let precision = match s.split('-').count() {
        _ if s.is_empty() => return DateValue::unknown(),
        3 => Precision::Day,
        2 => Precision::Month,
        _ => Precision::Year,
    };
    DateValue { value: Some(s.to_string()), precision }
}

type Found = (usize, usize, String, String, String);

fn found(reader: &DateReader, text: &str, published: &DateValue) -> Vec<Found> {
    reader
        .find(text, published)
        .into_iter()
        .map(|m| {
            let value = m.value.value.clone().unwrap_or_default();
            (m.span.start, m.span.end, m.text, value, m.value.precision.as_str().to_string())
        })
        .collect()
}

#[test]
fn corpus_ar() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus_ar.toml");
    let corpus: Corpus = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let reader = DateReader::embedded();
    let mut failures = Vec::new();
    let (mut positives, mut negatives) = (0, 0);
    for g in &corpus.group {
        let pubd = published(g.published.as_deref().unwrap_or(&corpus.published));
        for marked in &g.sentences {
            positives += 1;
            let (text, spans) = strip_marks(marked);
            assert!(!spans.is_empty(), "{}: sentence without ⟦ ⟧ marks: {marked}", g.id);
            let want: Vec<Found> = spans
                .iter()
                .map(|&(a, b)| (a, b, text[a..b].to_string(), g.value.clone(), g.precision.clone()))
                .collect();
            let got = found(&reader, &text, &pubd);
            if got != want {
                failures.push(format!("{}: {text}\n    want {want:?}\n    got  {got:?}", g.id));
            }
        }
    }
    for n in &corpus.negative {
        let pubd = published(n.published.as_deref().unwrap_or(&corpus.published));
        for text in &n.sentences {
            negatives += 1;
            let got = found(&reader, text, &pubd);
            if !got.is_empty() {
                failures.push(format!("{}: {text}\n    want nothing\n    got  {got:?}", n.id));
            }
        }
    }
    eprintln!(
        "corpus_ar: {positives} dated sentences in {} groups, {negatives} non-dates; {} failures",
        corpus.group.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{} corpus failures:\n{}", failures.len(), failures.join("\n"));
    assert!(positives >= 300 && negatives >= 50, "the corpus must keep 300 dated sentences and 50 non-dates");
}
