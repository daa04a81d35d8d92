//! What the HTTP layer needs from a data layer, and the shapes it answers with.
//!
//! The handlers only see [`Backend`]; the SQLite/tantivy store and a later
//! PostgreSQL store sit behind it, and tests wrap it to inject failures. Every type here is what the JSON API returns, so changing a field
//! changes the API.

use marsad_model::{DateMention, DateValue, EntityKind, EventType, GeoPrecision, Mention, Precision, Span};
use serde::{Deserialize, Serialize};

use crate::day::Day;

/// Why a backend call failed; the HTTP layer maps each case to a status.
#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    /// The request is well formed but cannot be honoured (400).
    #[error("{0}")]
    BadInput(String),
    /// The backend cannot answer now, e.g. no pipeline to analyse with (503).
    #[error("{0}")]
    Unavailable(String),
    /// Anything else (500); the message is shown to the client.
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Result of a backend call.
pub type BackendResult<T> = Result<T, BackendError>;

/// A bounding box in degrees, GeoJSON order (west, south, east, north).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    /// Smallest longitude.
    pub west: f64,
    /// Smallest latitude.
    pub south: f64,
    /// Largest longitude.
    pub east: f64,
    /// Largest latitude.
    pub north: f64,
}

impl BBox {
    /// True when the point lies inside the box, edges included.
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.south..=self.north).contains(&lat) && (self.west..=self.east).contains(&lon)
    }
}

/// Filters and paging for event lists and exports, as `marsad events` takes them.
///
/// # Semantics
///
/// `from`/`to` keep events whose date (expanded to its first and last day by
/// precision) overlaps the closed range; an event with no date is dropped as soon
/// as either bound is given. `types` is an OR. `actor` matches source or target.
/// `place` matches the event's place or any of its places. `q` is a text query
/// answered by the backend's Arabic search (folded, clitic-insensitive).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventQuery {
    /// First day, inclusive.
    pub from: Option<Day>,
    /// Last day, inclusive.
    pub to: Option<Day>,
    /// PLOVER types to keep; empty keeps all.
    pub types: Vec<EventType>,
    /// Actor id in source or target.
    pub actor: Option<String>,
    /// Place id.
    pub place: Option<String>,
    /// Only located events inside this box.
    pub bbox: Option<BBox>,
    /// Text query.
    pub q: Option<String>,
    /// Events that did not happen as reported, left out (none by default).
    pub exclude: marsad_store::Exclude,
    /// Items to skip.
    pub offset: usize,
    /// Items to return at most.
    pub limit: usize,
}

/// One page of a longer list.
#[derive(Clone, Debug, Serialize)]
pub struct Page<T> {
    /// How many items match in all.
    pub total: usize,
    /// Items skipped before this page.
    pub offset: usize,
    /// The page size asked for.
    pub limit: usize,
    /// This page's items.
    pub items: Vec<T>,
}

/// An actor or place as the API shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityRef {
    /// Stable id (`TUR-MIL`, `place:saraqib`).
    pub id: String,
    /// What it is.
    pub kind: EntityKind,
    /// Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Latitude, places only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude, places only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// Precision of the coordinates, places only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo_precision: Option<GeoPrecision>,
}

/// An event in a list: enough to show a row and place a marker.
#[derive(Clone, Debug, Serialize)]
pub struct EventRow {
    /// Store-wide event id.
    pub id: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// PLOVER mode, when known.
    pub mode: Option<String>,
    /// When it happened, with precision.
    pub date: Option<DateValue>,
    /// Actors doing the act.
    pub source: Vec<EntityRef>,
    /// Actors the act is done to.
    pub target: Vec<EntityRef>,
    /// The place that locates the event on the map, if any has coordinates.
    pub place: Option<EntityRef>,
    /// Fact, claim, plan or hypothetical.
    pub reported_as: marsad_model::ReportedAs,
    /// A recap of an earlier happening.
    pub historical: bool,
    /// The text says it did not happen.
    pub negated: bool,
    /// The clearest sentence reporting it.
    pub evidence: String,
    /// How many articles report it.
    pub source_count: usize,
}

/// One article's report of an event.
#[derive(Clone, Debug, Serialize)]
pub struct EventSource {
    /// The article's id (for `/api/articles/{id}`).
    pub article_id: String,
    /// Outlet name, when known.
    pub outlet: Option<String>,
    /// Where the article was published, when known.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<DateValue>,
    /// The sentence this source uses, exactly as in the cleaned body.
    pub sentence: String,
    /// Where that sentence is in the article's cleaned body.
    pub span: Span,
    /// The trigger phrase inside the body, when the coder recorded it.
    pub trigger: Option<Span>,
    /// The date this source gives.
    pub date: Option<DateValue>,
    /// How this source presents it.
    pub reported_as: marsad_model::ReportedAs,
}

/// An event with every source and the places it is located at.
#[derive(Clone, Debug, Serialize)]
pub struct EventDetail {
    /// The list fields.
    #[serde(flatten)]
    pub row: EventRow,
    /// Every place the event is located at.
    pub places: Vec<EntityRef>,
    /// Every article reporting it, first-seen first.
    pub sources: Vec<EventSource>,
}

/// An event as it sits inside one article (for highlighting).
#[derive(Clone, Debug, Serialize)]
pub struct ArticleEvent {
    /// Store-wide event id.
    pub event_id: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// The evidence sentence in the body.
    pub span: Span,
    /// The trigger phrase, when recorded.
    pub trigger: Option<Span>,
}

/// A stored article: clean text plus every span the pipeline found.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleView {
    /// Store-wide article id.
    pub id: String,
    /// Where it was published.
    pub url: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<DateValue>,
    /// The cleaned body every span points into.
    pub text: String,
    /// Site chrome inside the body (menus, bylines, share buttons).
    pub boilerplate: Vec<Span>,
    /// Site chrome the reader already cut out of the body, as text.
    pub boilerplate_removed: Vec<String>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
    /// Actor and place mentions.
    pub mentions: Vec<Mention>,
    /// Events read from this article.
    pub events: Vec<ArticleEvent>,
    /// The original this article near-duplicates, if any.
    pub duplicate_of: Option<String>,
}

/// An article found by a text search: one of the `hits` of [`SearchResults`].
#[derive(Clone, Debug, Serialize)]
pub struct SearchHit {
    /// Article id.
    pub article_id: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date with its precision (`{"value": "2024-03", "precision": "month"}`).
    pub published: Option<DateValue>,
    /// The original article this one near-duplicates, if any.
    pub duplicate_of: Option<String>,
    /// A passage around the best match.
    pub snippet: String,
    /// Byte ranges of the matches inside `snippet`.
    pub highlights: Vec<Span>,
    /// Relevance, larger is better.
    pub score: f32,
}

impl From<marsad_store::SearchHit> for SearchHit {
    fn from(h: marsad_store::SearchHit) -> SearchHit {
        SearchHit {
            article_id: h.article_id.to_string(),
            title: Some(h.title),
            outlet: h.outlet,
            published: h.published,
            duplicate_of: h.duplicate_of.map(|d| d.to_string()),
            snippet: h.snippet,
            highlights: h.highlights.into_iter().map(|(s, e)| Span::new(s, e)).collect(),
            score: h.score,
        }
    }
}

/// What `/api/search` answers and `marsad search --json` prints, alike: the query, the count of
/// every matching article, the page asked for, and its hits, best first.
#[derive(Clone, Debug, Serialize)]
pub struct SearchResults {
    /// The search text as given.
    pub query: String,
    /// How many articles match in all.
    pub total: usize,
    /// Hits skipped before this page.
    pub offset: usize,
    /// The page size asked for (0: only the count).
    pub limit: usize,
    /// This page's hits.
    pub hits: Vec<SearchHit>,
}

impl SearchResults {
    /// The results of searching `query`: one page of hits and the total.
    pub fn new(query: &str, page: Page<SearchHit>) -> SearchResults {
        SearchResults {
            query: query.to_string(),
            total: page.total,
            offset: page.offset,
            limit: page.limit,
            hits: page.items,
        }
    }
}

/// An actor or place with how many events it takes part in.
#[derive(Clone, Debug, Serialize)]
pub struct EntityStat {
    /// The entity.
    #[serde(flatten)]
    pub entity: EntityRef,
    /// Events naming it.
    pub events: usize,
}

/// A located event in its most compact form, for the map and the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct MapPoint {
    /// Event id.
    pub id: String,
    /// PLOVER type.
    pub kind: EventType,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// First day the event's date covers, as days since 1970-01-01, if dated.
    pub day: Option<i64>,
    /// Precision of that date.
    pub precision: Precision,
}

/// The `/api/points` body: located events as rows of a table, the shape the map loads.
///
/// ```json
/// {"total": 2, "types": ["AGREE", …], "precisions": ["day", …],
///  "points": [["17", 15, 35.93, 36.63, 19926, 0], ["9", 1, 36.2, 37.1, null, 4]]}
/// ```
///
/// Each row is `[id, type index, lat, lon, first day (days since 1970-01-01) or null,
/// precision index]`, indexes into `types` and `precisions`. Rows instead of objects with
/// named fields cut the body by more than half (10,000 points: ~300 KB before gzip), which is
/// what the map waits for on first render.
pub fn points_payload(points: &[MapPoint]) -> Vec<u8> {
    use std::io::Write;
    const PRECISIONS: [Precision; 5] =
        [Precision::Day, Precision::Range, Precision::Month, Precision::Year, Precision::Unknown];
    let mut out = Vec::with_capacity(64 + points.len() * 40);
    let quoted = |names: &mut dyn Iterator<Item = &str>| {
        names.map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(",")
    };
    let types = quoted(&mut EventType::ALL.iter().map(|t| t.as_str()));
    let precisions = quoted(&mut PRECISIONS.iter().map(|p| p.as_str()));
    let _ = write!(
        out,
        "{{\"total\":{},\"types\":[{types}],\"precisions\":[{precisions}],\"points\":[",
        points.len()
    );
    for (i, p) in points.iter().enumerate() {
        let t = EventType::ALL.iter().position(|t| *t == p.kind).unwrap_or(0);
        let pr = PRECISIONS.iter().position(|x| *x == p.precision).unwrap_or(PRECISIONS.len() - 1);
        let id = serde_json::to_string(&p.id).unwrap_or_else(|_| "\"\"".into());
        let sep = if i == 0 { "" } else { "," };
        let _ = match p.day {
            Some(d) => write!(out, "{sep}[{id},{t},{},{},{d},{pr}]", p.lat, p.lon),
            None => write!(out, "{sep}[{id},{t},{},{},null,{pr}]", p.lat, p.lon),
        };
    }
    out.extend_from_slice(b"]}");
    out
}

/// File formats of `/api/export.*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// ACLED-style columns, UTF-8 with BOM.
    Csv,
    /// A GeoJSON FeatureCollection of located events.
    GeoJson,
    /// One JSON event per line.
    Jsonl,
}

impl ExportFormat {
    /// The HTTP content type.
    pub fn content_type(&self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::GeoJson => "application/geo+json",
            ExportFormat::Jsonl => "application/x-ndjson",
        }
    }

    /// The file extension.
    pub fn extension(&self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::GeoJson => "geojson",
            ExportFormat::Jsonl => "jsonl",
        }
    }
}

/// How a posted article's body is written (from its `Content-Type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleFormat {
    /// Plain text: the headline on the first line, then the body.
    Text,
    /// An HTML page; main text, headline and metadata are extracted.
    Html,
    /// A JSON article record, read as a line of a JSON Lines file is (`marsad ingest` and the
    /// server take the same records).
    Record,
    /// An RSS or Atom feed: one article per item, read as `marsad ingest` reads a `.xml` file.
    Feed,
}

/// An article posted for ingest: the body as sent, read by the same reader as `marsad ingest`.
#[derive(Clone, Debug)]
pub struct NewArticle {
    /// The request body.
    pub bytes: Vec<u8>,
    /// How `bytes` is written.
    pub format: ArticleFormat,
    /// The charset its `Content-Type` named (`utf-8` of `text/html; charset=utf-8`): for a page it
    /// beats the page's own `<meta charset>`, as in a browser.
    pub charset: Option<String>,
}

/// What ingesting one article did.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct IngestOutcome {
    /// The stored article's id (the existing one for a duplicate); absent when nothing was stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article_id: Option<String>,
    /// `new`, `duplicate`, `near_duplicate`, or `failed` (a feed item that could not be stored:
    /// `item` names it and `reason` says why; the feed's other items are stored all the same).
    pub status: String,
    /// The original, for a near duplicate.
    pub duplicate_of: Option<String>,
    /// Events coded from it.
    pub events: usize,
    /// The item that failed, as `marsad analyze` names it (`feed#item-id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Why it failed (`no article text: only the headline «…»`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// What was sent but not used (a publication date that is not a date), said so the client
    /// knows; absent when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A road as the map draws it: a line through waypoints.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoadLine {
    /// Stable id (`road:m4`).
    pub id: String,
    /// Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// Waypoints as `(lat, lon)`, in order along the road.
    pub line: Vec<(f64, f64)>,
}

/// Store size, for `/api/health`.
#[derive(Clone, Debug, Serialize)]
pub struct Counts {
    /// Stored articles.
    pub articles: usize,
    /// Stored events.
    pub events: usize,
}

/// The data layer behind the API.
///
/// Calls are blocking (SQLite, tantivy); the HTTP layer runs them on tokio's
/// blocking pool. Implementations must be safe to call from many threads.
pub trait Backend: Send + Sync + 'static {
    /// A short name for `/api/health` (`sqlite`, `postgresql`).
    fn name(&self) -> &'static str;
    /// One page of events, newest first, undated last.
    fn events(&self, q: &EventQuery) -> BackendResult<Page<EventRow>>;
    /// Every located event matching the filters (paging ignored).
    fn points(&self, q: &EventQuery) -> BackendResult<Vec<MapPoint>>;
    /// [`Backend::points`] as the body `/api/points` sends ([`points_payload`]); a backend may
    /// override it with a faster path (the map asks for every point at once).
    fn points_json(&self, q: &EventQuery) -> BackendResult<std::sync::Arc<Vec<u8>>> {
        Ok(std::sync::Arc::new(points_payload(&self.points(q)?)))
    }
    /// One event with all its sources; `None` when the id is unknown.
    fn event(&self, id: &str) -> BackendResult<Option<EventDetail>>;
    /// One article with its spans; `None` when the id is unknown.
    fn article(&self, id: &str) -> BackendResult<Option<ArticleView>>;
    /// Articles matching the Arabic text query `q.q` (none without one) and the filters of
    /// `q` (as `/api/events` reads them), best first: the asked page (`limit` 0: none), and how
    /// many match in all.
    fn search(&self, q: &EventQuery) -> BackendResult<Page<SearchHit>>;
    /// Actors named by events, most active first.
    fn actors(&self) -> BackendResult<Vec<EntityStat>>;
    /// Places named by events, most active first.
    fn places(&self) -> BackendResult<Vec<EntityStat>>;
    /// Matching events as a file, oldest first: `q.limit` of them after the first `q.offset`.
    fn export(&self, q: &EventQuery, format: ExportFormat) -> BackendResult<Vec<u8>>;
    /// Runs the posted article through the pipeline and stores it: one outcome, or one per item
    /// of a feed, in feed order.
    fn ingest(&self, article: NewArticle) -> BackendResult<Vec<IngestOutcome>>;
    /// How much is stored.
    fn counts(&self) -> BackendResult<Counts>;
    /// Connects to the store again when its connection was lost (a PostgreSQL server restarted):
    /// `Ok(true)` when it did, so a failed read may be tried once more; [`BackendError::Unavailable`]
    /// when the store cannot be reached. A backend with nothing to reconnect answers `Ok(false)`.
    fn reconnect(&self) -> BackendResult<bool> {
        Ok(false)
    }
    /// The roads the knowledge files draw (the lexicon's road lines).
    fn roads(&self) -> BackendResult<Vec<RoadLine>>;
}
