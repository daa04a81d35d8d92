//! What the store is given: an article as read, and the analysis of it.
//!
//! These mirror `marsad_ingest::Article` and `marsad_pipeline::Analysis` without depending on
//! those crates, so the store can be driven by any reader and any analyser (the CLI adapts the
//! real ones; tests use [`TextOnlyAnalyzer`]).

use marsad_model::{DateMention, DateValue, Event};
use serde::{Deserialize, Serialize};

/// One article as read from its source, before analysis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleInput {
    /// The document id (file name, or the JSON Lines record's `id`).
    pub doc: String,
    /// The headline as written.
    pub title: String,
    /// The byline's author.
    pub author: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The article's address; two articles with one address are one article.
    pub url: Option<String>,
    /// The publication date from metadata, if any.
    pub published: Option<DateValue>,
    /// The file it was read from.
    pub source_path: Option<String>,
    /// The article text (site chrome removed, not cleaned). The content hash and the
    /// near-duplicate signature are computed from it.
    pub body: String,
    /// Opaque data the analyser needs to analyse the article again without the file
    /// (the CLI stores the serialised `marsad_ingest::Article`); kept verbatim.
    pub payload: Option<String>,
}

/// One obfuscated word and its cleaned form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deobfuscated {
    /// As written (`المحـ.ـتلة`).
    pub raw: String,
    /// As cleaned (`المحتلة`).
    pub clean: String,
}

/// An actor or place named in an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityInfo {
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
    /// Geographic precision (`point`, `village`, `governorate`, …).
    pub precision: Option<String>,
    /// The distinct surface forms in the cleaned body.
    pub mentions: Vec<String>,
}

impl EntityInfo {
    /// True for places.
    pub fn is_place(&self) -> bool {
        self.kind == "place"
    }
}

/// The analysis of one article (the gold schema's fields the store keeps).
///
/// # Offsets
///
/// Every span (dates, event sentences and triggers) is a byte range of `body`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The cleaned headline.
    pub title: String,
    /// The publication date the analyser settled on.
    pub published: Option<DateValue>,
    /// Site chrome removed from the body.
    pub boilerplate: Vec<String>,
    /// Obfuscated words joined by cleaning.
    pub deobfuscated: Vec<Deobfuscated>,
    /// The cleaned body.
    pub body: String,
    /// Temporal expressions of the body.
    pub dates: Vec<DateMention>,
    /// Actors and places named in the body.
    pub entities: Vec<EntityInfo>,
    /// Coded events.
    pub events: Vec<Event>,
}

/// Turns a stored or new article into its analysis.
///
/// Implementations must be pure: the same article gives the same analysis.
pub trait Analyzer: Sync {
    /// Analyses one article. Never fails.
    fn analyze(&self, article: &ArticleInput) -> Analysis;

    /// As [`Analyzer::analyze`], given the article's body already cleaned and folded
    /// (`body` is `PreparedBody::of(&article.body)`: the ingest folds every body for its keys
    /// before the analysis); the result must be the same. By default `body` is not used.
    fn analyze_prepared(&self, article: &ArticleInput, body: marsad_pipeline::PreparedBody) -> Analysis {
        drop(body);
        self.analyze(article)
    }

    /// Which places lie in which by the knowledge this analyser reads, for the merge (two towns
    /// are two happenings, a town and its governorate are not): `None` when it reads none.
    fn places(&self) -> Option<std::sync::Arc<crate::PlaceTree>> {
        None
    }
}

/// The analyser used when no event pipeline is wired in: cleans the body and headline only.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOnlyAnalyzer;

impl Analyzer for TextOnlyAnalyzer {
    fn analyze(&self, article: &ArticleInput) -> Analysis {
        Analysis {
            title: marsad_text::clean(&article.title).text,
            published: article.published.clone(),
            body: marsad_text::clean(&article.body).text,
            ..Analysis::default()
        }
    }
}

impl<F> Analyzer for F
where
    F: Fn(&ArticleInput) -> Analysis + Sync,
{
    fn analyze(&self, article: &ArticleInput) -> Analysis {
        self(article)
    }
}
