//! Records the store tests hand the store in place of a real analysis: one event, a village
//! and an actor, with just the fields the merge, the exports and search read.

use marsad_model::{DateValue, Event, EventType, ReportedAs, Span};
use marsad_store::EntityInfo;

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
