//! Records the store tests hand the store in place of a real analysis: one event, a village
//! and an actor, with just the fields the merge, the exports and search read.

#![allow(dead_code)] // each test binary uses its own part of it

use std::path::{Path, PathBuf};

use marsad_model::{DateValue, Event, EventType, ReportedAs, Span};
use marsad_store::{Analysis, Analyzer, ArticleInput, EntityInfo, TextOnlyAnalyzer};

/// A path in the shared corpus (`../shared/corpus` beside the repository).
pub fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus").join(rel)
}

/// A file of `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The 112 real articles (the `.txt` files of `real/`, not its `bulk/` folder), in name order.
pub fn real_texts() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(corpus("real"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

/// An aerial event of `kind` at `place`, whose evidence is `evidence` from its first byte.
pub fn event(kind: EventType, date: DateValue, place: &str, source: &[&str], evidence: &str) -> Event {
    Event {
        id: "e1".into(),
        kind,
        mode: Some("aerial".into()),
        source: source.iter().map(|s| s.to_string()).collect(),
        target: vec![],
        place: Some(place.into()),
        places: vec![place.into()],
        date: Some(date),
        negated: false,
        reported_as: ReportedAs::Fact,
        historical: false,
        evidence: evidence.into(),
        span: Span::new(0, evidence.len()),
        trigger: Span::new(0, 4),
        rule: "TEST".into(),
        also: vec![],
        confidence: 0.8,
    }
}

/// A village record (the store keeps the pipeline's entity records, not model entities).
pub fn place(id: &str, lat: f64, lon: f64) -> EntityInfo {
    EntityInfo {
        id: id.into(),
        kind: "place".into(),
        name_en: id.trim_start_matches("place:").into(),
        lat: Some(lat),
        lon: Some(lon),
        precision: Some("village".into()),
        mentions: vec![],
    }
}

/// A state organ named `name_en`, found in the text by `mentions`.
pub fn actor(id: &str, name_en: &str, mentions: &[&str]) -> EntityInfo {
    EntityInfo {
        id: id.into(),
        kind: "state_organ".into(),
        name_en: name_en.into(),
        lat: None,
        lon: None,
        precision: None,
        mentions: mentions.iter().map(|m| m.to_string()).collect(),
    }
}

/// An analysis with one event in every article: an air strike at Saraqib by Russian forces on
/// 2020-03-02, with the village and the actor as its entities.
pub struct OneEvent;

impl Analyzer for OneEvent {
    fn analyze(&self, a: &ArticleInput) -> Analysis {
        let mut analysis = TextOnlyAnalyzer.analyze(a);
        let kind = EventType::parse("ASSAULT").unwrap();
        analysis.events.push(event(kind, DateValue::day(2020, 3, 2), "place:saraqib", &["RUS-MIL"], &a.body));
        analysis.entities =
            vec![place("place:saraqib", 35.86, 36.8), actor("RUS-MIL", "Russian forces", &["الروسية"])];
        analysis
    }
}
