//! Loads the bundled sample articles with their hand annotations (the gold
//! format of `corpus/GOLD_FORMAT.md`) as analysed articles.
//!
//! This gives the desk real Arabic articles, real events and real evidence
//! sentences before any pipeline runs: the browser test and the demo data of
//! the in-memory backend come from here. Offsets are computed by finding each
//! copied string in the cleaned body; a string that cannot be found is left
//! out and counted in [`GoldLoad::unplaced`].

use std::path::Path;

use anyhow::Context;
use marsad_model::{
    DateMention, DateValue, Entity, EntityKind, Event, EventType, GeoPrecision, Mention, Precision,
    ReportedAs, Span,
};
use serde::Deserialize;

use crate::memory::AnalyzedArticle;

/// What loading a gold directory produced.
pub struct GoldLoad {
    /// One analysed article per gold file.
    pub articles: Vec<AnalyzedArticle>,
    /// Strings (evidence, mentions, boilerplate) not found in their cleaned body.
    pub unplaced: usize,
}

#[derive(Deserialize)]
struct GoldFile {
    doc: String,
    title: Option<String>,
    published: Option<GoldDate>,
    author: Option<String>,
    outlet: Option<String>,
    #[serde(default)]
    boilerplate: Vec<String>,
    #[serde(default)]
    deobfuscated: Vec<GoldDeobfuscation>,
    #[serde(default)]
    dates: Vec<GoldDateMention>,
    #[serde(default)]
    entities: Vec<GoldEntity>,
    #[serde(default)]
    events: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldDeobfuscation {
    raw: String,
    clean: String,
}

#[derive(Deserialize)]
struct GoldDate {
    value: Option<String>,
    precision: Option<String>,
}

#[derive(Deserialize)]
struct GoldDateMention {
    text: String,
    value: Option<String>,
    precision: Option<String>,
    #[serde(default)]
    anchor: String,
}

#[derive(Deserialize)]
struct GoldEntity {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    name_en: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    #[serde(default)]
    mentions: Vec<String>,
}

#[derive(Deserialize)]
struct GoldEvent {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    mode: Option<String>,
    #[serde(default)]
    source: Vec<String>,
    #[serde(default)]
    target: Vec<String>,
    place: Option<String>,
    #[serde(default)]
    places: Vec<String>,
    date: Option<GoldDate>,
    #[serde(default)]
    negated: bool,
    reported_as: Option<String>,
    evidence: String,
}

/// Reads every `*.gold.json` in `gold_dir` with its article from `articles_dir`.
pub fn load(articles_dir: &Path, gold_dir: &Path) -> anyhow::Result<GoldLoad> {
    let mut files: Vec<_> = std::fs::read_dir(gold_dir)
        .with_context(|| format!("cannot read gold directory {}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    let mut out = GoldLoad { articles: Vec::new(), unplaced: 0 };
    for path in files {
        let gold: GoldFile = serde_json::from_str(
            &std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?,
        )
        .with_context(|| format!("{} is not a gold annotation file", path.display()))?;
        let article_path = articles_dir.join(&gold.doc);
        let raw = std::fs::read(&article_path)
            .with_context(|| format!("cannot read article {}", article_path.display()))?;
        let raw =
            marsad_text::decode(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", article_path.display()))?.text;
        out.articles.push(article(gold, &raw, &mut out.unplaced));
    }
    Ok(out)
}

fn date_value(d: &GoldDate) -> DateValue {
    let precision = match d.precision.as_deref() {
        Some("day") => Precision::Day,
        Some("month") => Precision::Month,
        Some("year") => Precision::Year,
        Some("range") => Precision::Range,
        _ => Precision::Unknown,
    };
    match (&d.value, precision) {
        (Some(v), p) if p != Precision::Unknown => DateValue { value: Some(v.clone()), precision: p },
        _ => DateValue::unknown(),
    }
}

fn entity_kind(kind: &str) -> EntityKind {
    match kind {
        "country" => EntityKind::Country,
        "state_organ" => EntityKind::StateOrgan,
        "armed_group" => EntityKind::ArmedGroup,
        "person" => EntityKind::Person,
        "international_org" => EntityKind::InternationalOrg,
        "ngo" => EntityKind::Ngo,
        "political_entity" => EntityKind::PoliticalEntity,
        "political_party" => EntityKind::PoliticalParty,
        "place" => EntityKind::Place,
        _ => EntityKind::Collective,
    }
}

/// The cleaned body and a way back from original offsets to cleaned ones.
struct Body {
    raw: String,
    cleaned: marsad_text::Cleaned,
}

impl Body {
    fn text(&self) -> &str {
        &self.cleaned.text
    }

    /// The smallest cleaned offset (on a char boundary) whose original offset is at least `raw`.
    fn cleaned_offset(&self, raw: usize) -> usize {
        let text = self.text();
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.cleaned.to_original(mid) < raw {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut at = lo.min(text.len());
        while !text.is_char_boundary(at) {
            at += 1;
        }
        at
    }

    /// Where the n-th (from `after` on, in original bytes) copy of `needle` in the
    /// original text lands in the cleaned body. Gold strings are copied from the
    /// original, and the cleaner may rewrite them (digits, joins, quotes), so they
    /// are found there and mapped, not searched for in the cleaned text.
    fn find(&self, needle: &str, after: usize) -> Option<(Span, usize)> {
        if needle.trim().is_empty() {
            return None;
        }
        let start = after + self.raw.get(after..)?.find(needle)?;
        let end = start + needle.len();
        let span = Span::new(self.cleaned_offset(start), self.cleaned_offset(end));
        (!span.is_empty()).then_some((span, end))
    }
}

fn article(gold: GoldFile, raw: &str, unplaced: &mut usize) -> AnalyzedArticle {
    // The annotator's de-obfuscations first: the gold strings are copied from
    // the de-obfuscated text, whatever the cleaner of the day does with `ـ.ـ`.
    let mut raw = raw.to_string();
    for d in &gold.deobfuscated {
        raw = raw.replace(&d.raw, &d.clean);
    }
    let body = Body { cleaned: marsad_text::clean(&raw), raw };
    let find = |needle: &str| body.find(needle, 0).map(|(span, _)| span);
    let text = body.text().to_string();
    let mut boilerplate = Vec::new();
    for line in &gold.boilerplate {
        match find(line) {
            Some(s) => boilerplate.push(s),
            None => *unplaced += 1,
        }
    }
    let dates = gold
        .dates
        .iter()
        .filter_map(|d| {
            let span = find(&d.text).or_else(|| {
                *unplaced += 1;
                None
            })?;
            let value = date_value(&GoldDate { value: d.value.clone(), precision: d.precision.clone() });
            let found = text[span.start..span.end].to_string();
            Some(DateMention { span, text: found, value, anchor: d.anchor.clone() })
        })
        .collect();
    let mut mentions = Vec::new();
    let mut entities = Vec::new();
    for e in &gold.entities {
        for m in &e.mentions {
            let mut after = 0;
            while let Some((span, next)) = body.find(m, after) {
                let found = text[span.start..span.end].to_string();
                mentions.push(Mention { entity_id: e.id.clone(), span, text: found, rule: "gold".into() });
                after = next;
            }
        }
        let kind = entity_kind(&e.kind);
        entities.push(Entity {
            id: e.id.clone(),
            kind,
            name_en: e.name_en.clone().unwrap_or_else(|| e.id.trim_start_matches("person:").to_string()),
            name_ar: e.mentions.first().cloned().unwrap_or_else(|| e.id.clone()),
            lat: e.lat,
            lon: e.lon,
            geo_precision: (kind == EntityKind::Place && e.lat.is_some()).then_some(GeoPrecision::Village),
        });
    }
    mentions.sort_by_key(|m| m.span);
    let published = gold.published.as_ref().map(date_value).filter(|d| !d.is_unknown());
    let events = gold
        .events
        .iter()
        .filter_map(|g| {
            let Some(kind) = EventType::parse(&g.kind) else {
                *unplaced += 1;
                return None;
            };
            let Some(span) = find(&g.evidence) else {
                *unplaced += 1;
                return None;
            };
            let date = g.date.as_ref().map(date_value).filter(|d| !d.is_unknown());
            let historical = match (&date, &published) {
                (Some(d), Some(p)) => match (d.bounds(), p.bounds()) {
                    (Some((_, end)), Some((start, _))) => (end.0, end.1) < (start.0, start.1),
                    _ => false,
                },
                _ => false,
            };
            Some(Event {
                id: g.id.clone(),
                kind,
                mode: g.mode.clone(),
                source: g.source.clone(),
                target: g.target.clone(),
                place: g.place.clone(),
                places: g.places.clone(),
                date,
                negated: g.negated,
                reported_as: match g.reported_as.as_deref() {
                    Some("claim") => ReportedAs::Claim,
                    Some("plan") => ReportedAs::Plan,
                    Some("hypothetical") => ReportedAs::Hypothetical,
                    _ => ReportedAs::Fact,
                },
                historical,
                evidence: text[span.start..span.end].to_string(),
                span,
                trigger: Span::default(),
                rule: "gold".into(),
                also: Vec::new(),
                confidence: 1.0,
            })
        })
        .collect();
    let stem = gold.doc.trim_end_matches(".txt").to_string();
    AnalyzedArticle {
        id: Some(stem),
        url: None,
        outlet: gold.outlet,
        title: gold.title,
        author: gold.author,
        published,
        text,
        boilerplate,
        dates,
        mentions,
        events,
        entities,
    }
}

/// `corpus/` of the shared material, seen from this crate.
pub fn corpus_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

/// The five seed articles with their gold annotations.
pub fn seeds() -> anyhow::Result<GoldLoad> {
    let corpus = corpus_dir();
    load(&corpus.join("seeds"), &corpus.join("seeds-gold"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_load_with_their_evidence_in_place() {
        let load = seeds().unwrap();
        assert_eq!(load.articles.len(), 5);
        let events: usize = load.articles.iter().map(|a| a.events.len()).sum();
        // SUMMARY.md: 71 events; every evidence sentence must be found in its cleaned body.
        assert_eq!(events, 71, "gold events placed ({} strings unplaced)", load.unplaced);
        for a in &load.articles {
            for e in &a.events {
                assert_eq!(&a.text[e.span.start..e.span.end], e.evidence);
            }
        }
    }
}
