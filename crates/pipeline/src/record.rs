//! The analysis record: the gold annotation schema of `../shared/corpus/GOLD_FORMAT.md`.

use marsad_model::{DateValue, Event, Precision};
use serde::{Deserialize, Serialize};

/// One analysed article, field for field the gold schema (plus `url` and offsets).
///
/// # Offsets
///
/// `start`/`end` in `dates` and `events` are byte offsets into `body`, the *cleaned* article text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The document id: file name, or the JSON Lines record's `id`.
    pub doc: String,
    /// The headline, cleaned (obfuscated words joined).
    pub title: String,
    /// The publication date: from metadata, the byline, or inferred from the text; else unknown.
    pub published: DateValue,
    /// The byline's author.
    pub author: Option<String>,
    /// The outlet named by metadata or the text.
    pub outlet: Option<String>,
    /// The article's address, when the input gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Site chrome removed from the body, exactly as written.
    pub boilerplate: Vec<String>,
    /// Obfuscated words and what they were cleaned to (headline and body, first occurrence each).
    pub deobfuscated: Vec<Deobfuscated>,
    /// The cleaned body: chrome removed, then `marsad_text::clean`.
    pub body: String,
    /// Temporal expressions of the body (bylines excluded: they give `published`).
    pub dates: Vec<DateRecord>,
    /// Actors and places named in the body, one entry per id.
    pub entities: Vec<EntityRecord>,
    /// Coded PLOVER events.
    pub events: Vec<EventRecord>,
}

/// One obfuscated word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deobfuscated {
    /// As written (`المحـ.ـتلة`).
    pub raw: String,
    /// As cleaned (`المحتلة`).
    pub clean: String,
}

/// One temporal expression.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRecord {
    /// The exact text in the cleaned body.
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-MM-DD/YYYY-MM-DD`, or null when it cannot be fixed.
    pub value: Option<String>,
    /// How much of the value the text fixes.
    pub precision: Precision,
    /// How the value was fixed.
    pub anchor: String,
    /// First byte in the cleaned body.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One actor or place, with every way the article names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// Stable id (`TUR-MIL`, `place:saraqib`).
    pub id: String,
    /// `country`, `state_organ`, …, or `place`.
    #[serde(rename = "type")]
    pub kind: String,
    /// English name.
    pub name_en: String,
    /// Latitude (places).
    pub lat: Option<f64>,
    /// Longitude (places).
    pub lon: Option<f64>,
    /// Geographic precision (`point`, `village`, …) for places.
    pub precision: Option<String>,
    /// The distinct surface forms, in order of first appearance.
    pub mentions: Vec<String>,
}

/// A coded event: the model's [`Event`] plus the evidence sentence's offsets at top level, as the gold
/// schema's readers expect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// The event.
    #[serde(flatten)]
    pub event: Event,
    /// First byte of the evidence sentence in the cleaned body.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

impl From<Event> for EventRecord {
    fn from(event: Event) -> EventRecord {
        let (start, end) = (event.span.start, event.span.end);
        EventRecord { event, start, end }
    }
}
