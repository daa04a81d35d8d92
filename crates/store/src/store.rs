//! The storage interface, implemented by SQLite and PostgreSQL, and [`AnyStore`], either of them.

use crate::input::{Analysis, ArticleInput};
use crate::minhash::Signature;
use crate::records::*;
use crate::Result;
use marsad_model::DateValue;

/// One article ready to be written: its input, keys, and analysis.
#[derive(Clone, Debug)]
pub struct NewArticle {
    /// The article as read.
    pub input: ArticleInput,
    /// xxh3-128 of the folded body with white space collapsed (see [`crate::content_hash`]).
    pub content_hash: [u8; 16],
    /// MinHash signature of the body.
    pub signature: Signature,
    /// The first-seen original this is a near-duplicate of, and the estimated similarity. A
    /// near-duplicate is stored but not analysed: its analysis holds the cleaned text only.
    pub duplicate_of: Option<(Original, f64)>,
    /// The analysis (for a near-duplicate: cleaned headline and body, nothing else).
    pub analysis: Analysis,
}

/// What the search index needs of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexDoc {
    /// Article id.
    pub id: i64,
    /// Cleaned headline.
    pub title: String,
    /// Cleaned body.
    pub body: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date with its precision, when known (a month or a year is found by any
    /// period that overlaps it).
    pub published: Option<DateValue>,
    /// Actor ids named.
    pub actors: Vec<String>,
    /// Place ids named.
    pub places: Vec<String>,
    /// Types of the events it reports.
    pub event_types: Vec<String>,
    /// The original it duplicates.
    pub duplicate_of: Option<i64>,
}

/// Where articles, spans and events are kept.
///
/// # Guarantees every implementation gives
///
/// - [`Store::insert_batch`] is atomic: after a crash either every article of the batch, with its
///   spans and events, is stored, or none is.
/// - Article ids grow with insertion order, so "first seen" is "lowest id".
/// - An article of a batch whose address or content is stored already when the batch is written
///   (another node stored it after this one looked) is not stored again: it is
///   [`Stored::Already`], and the rest of the batch is stored.
/// - Queries see only committed batches.
pub trait Store {
    /// The id of a stored article with this URL or this content hash.
    fn find_existing(&self, url: Option<&str>, content_hash: &[u8; 16]) -> Result<Option<i64>>;
    /// Signatures of every article that is not itself a near-duplicate, by id.
    fn original_signatures(&self) -> Result<Vec<(i64, Signature)>>;
    /// Stores a batch in one transaction, merging its events into known ones; returns what became
    /// of each article, in batch order: its new id, or the id of the article stored already with its
    /// address or content (see [`Stored`]).
    fn insert_batch(&mut self, batch: &[NewArticle]) -> Result<Vec<Stored>>;
    /// Every original (non-duplicate) article as it was read, by id, for re-analysis.
    fn originals(&self) -> Result<Vec<(i64, ArticleInput)>>;
    /// Replaces every analysis, span and event with those given (one transaction), re-merging
    /// events in article order. The originals stored since `analyses` were made (another node's
    /// ingest during a re-analysis of a shared store) are analysed by `late` inside that
    /// transaction, under the write lock: their reports are re-merged too, never dropped.
    fn replace_analyses(&mut self, analyses: &[(i64, Analysis)], late: &dyn crate::Analyzer) -> Result<()>;
    /// Up to `limit` articles with id above `after_id`, by id, for the search index.
    fn index_docs(&self, after_id: i64, limit: usize) -> Result<Vec<IndexDoc>>;
    /// The clean bodies of those of `ids` that are stored (search snippets are cut from them).
    fn clean_bodies(&self, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>>;
    /// The highest article id (0 when empty).
    fn max_article_id(&self) -> Result<i64>;
    /// A number that changes whenever another connection (another `marsad` process: `ingest`,
    /// `reanalyze`) commits to the store, and never for this connection's own commits; a reader that
    /// caches what it read (the server's map) is stale when it changes.
    fn data_version(&self) -> Result<i64>;
    /// Events matching a filter (the text filter excepted; see [`crate::DataDir::list_events`]).
    fn list_events(&self, filter: &Filter, page: PageRequest) -> Result<Page<EventRecord>>;
    /// One event with every source.
    fn get_event(&self, id: i64) -> Result<Option<EventRecord>>;
    /// The events of `ids` with every source, in the order of `ids` (an id with no event is
    /// left out): what [`Store::get_event`] gives for each, read in three queries for them all.
    fn get_events(&self, ids: &[i64]) -> Result<Vec<EventRecord>>;
    /// One article with its spans.
    fn get_article(&self, id: i64) -> Result<Option<ArticleRecord>>;
    /// Every actor seen, with counts.
    fn actors(&self) -> Result<Vec<EntitySummary>>;
    /// Every place seen, with counts.
    fn places(&self) -> Result<Vec<EntitySummary>>;
    /// Ids of places within a circle.
    fn places_near(&self, near: Near) -> Result<Vec<String>>;
    /// Counts and size.
    fn stats(&self) -> Result<StoreStats>;
}

/// What [`Store::insert_batch`] made of one article of a batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Stored under this id.
    New(i64),
    /// Not stored: an article with the same address or the same content was stored before this
    /// batch was written (by another node of a shared store, after this one looked it up, or
    /// earlier in the batch); its id. Counted as a duplicate, as a second ingest counts it.
    Already(i64),
}

impl Stored {
    /// The article's id in the store (new or already there).
    pub fn id(self) -> i64 {
        match self {
            Stored::New(id) | Stored::Already(id) => id,
        }
    }

    /// The new id, when the article was stored by this batch.
    pub fn new_id(self) -> Option<i64> {
        match self {
            Stored::New(id) => Some(id),
            Stored::Already(_) => None,
        }
    }
}

/// The original a near-duplicate points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Original {
    /// An article already stored.
    Stored(i64),
    /// An earlier article of the same batch, by position (it is stored first).
    Batch(usize),
}

/// The store of a data directory: SQLite (the default, a file in the directory) or PostgreSQL
/// (shared by a team). Each variant's own methods stay reachable through it.
// One per open data directory: the variants' sizes do not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum AnyStore {
    /// `marsad.db` in the data directory.
    Sqlite(crate::SqliteStore),
    /// A PostgreSQL database (`--store postgres://…`).
    Postgres(crate::PgStore),
}

macro_rules! delegate {
    ($self:ident, $s:ident => $e:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $e,
            AnyStore::Postgres($s) => $e,
        }
    };
}

impl AnyStore {
    /// Events matching a filter; `text_articles` (from a search) restricts them to those
    /// reported by these articles.
    ///
    /// # Errors
    ///
    /// A filter is malformed, or the store fails.
    pub fn list_events_in(
        &self,
        f: &Filter,
        page: PageRequest,
        text_articles: Option<&[i64]>,
    ) -> Result<Page<EventRecord>> {
        match self {
            AnyStore::Sqlite(s) => s.list_events_in(f, page, text_articles),
            AnyStore::Postgres(s) => s.list_events_in(f, page, text_articles),
        }
    }

    /// The schema version of the open store (SQLite's and PostgreSQL's are numbered apart:
    /// [`crate::SCHEMA_VERSION`], [`crate::PG_SCHEMA_VERSION`]).
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn schema_version(&self) -> Result<i64> {
        delegate!(self, s => s.schema_version())
    }

    /// Judges which places lie in which by `places` from now on (see [`crate::PlaceTree`]).
    pub fn set_places(&mut self, places: std::sync::Arc<crate::PlaceTree>) {
        delegate!(self, s => s.set_places(places))
    }

    /// Which places lie in which.
    pub fn places_tree(&self) -> &std::sync::Arc<crate::PlaceTree> {
        delegate!(self, s => s.places_tree())
    }

    /// The SQLite store, when it is one.
    pub fn sqlite(&self) -> Option<&crate::SqliteStore> {
        match self {
            AnyStore::Sqlite(s) => Some(s),
            AnyStore::Postgres(_) => None,
        }
    }

    /// Whether other processes (other machines) write the store too: a PostgreSQL store.
    pub fn is_shared(&self) -> bool {
        matches!(self, AnyStore::Postgres(_))
    }

    /// Connects a shared store again when its connection was lost (see
    /// [`crate::PgStore::restore_connection`]); a SQLite store has none to lose (`Ok(false)`).
    ///
    /// # Errors
    ///
    /// The store cannot be reached.
    pub fn restore_connection(&self) -> Result<bool> {
        match self {
            AnyStore::Sqlite(_) => Ok(false),
            AnyStore::Postgres(s) => s.restore_connection(),
        }
    }

    /// The analysis generation of a shared store (see [`crate::PgStore::generation`]).
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn generation(&self) -> Result<Option<i64>> {
        match self {
            AnyStore::Sqlite(_) => Ok(None),
            AnyStore::Postgres(s) => s.generation().map(Some),
        }
    }
}

impl Store for AnyStore {
    fn find_existing(&self, url: Option<&str>, content_hash: &[u8; 16]) -> Result<Option<i64>> {
        delegate!(self, s => s.find_existing(url, content_hash))
    }
    fn original_signatures(&self) -> Result<Vec<(i64, Signature)>> {
        delegate!(self, s => s.original_signatures())
    }
    fn insert_batch(&mut self, batch: &[NewArticle]) -> Result<Vec<Stored>> {
        delegate!(self, s => s.insert_batch(batch))
    }
    fn originals(&self) -> Result<Vec<(i64, ArticleInput)>> {
        delegate!(self, s => s.originals())
    }
    fn replace_analyses(&mut self, analyses: &[(i64, Analysis)], late: &dyn crate::Analyzer) -> Result<()> {
        delegate!(self, s => s.replace_analyses(analyses, late))
    }
    fn index_docs(&self, after_id: i64, limit: usize) -> Result<Vec<IndexDoc>> {
        delegate!(self, s => s.index_docs(after_id, limit))
    }
    fn clean_bodies(&self, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>> {
        delegate!(self, s => s.clean_bodies(ids))
    }
    fn max_article_id(&self) -> Result<i64> {
        delegate!(self, s => s.max_article_id())
    }
    fn data_version(&self) -> Result<i64> {
        delegate!(self, s => s.data_version())
    }
    fn list_events(&self, filter: &Filter, page: PageRequest) -> Result<Page<EventRecord>> {
        delegate!(self, s => s.list_events(filter, page))
    }
    fn get_event(&self, id: i64) -> Result<Option<EventRecord>> {
        delegate!(self, s => s.get_event(id))
    }
    fn get_events(&self, ids: &[i64]) -> Result<Vec<EventRecord>> {
        delegate!(self, s => s.get_events(ids))
    }
    fn get_article(&self, id: i64) -> Result<Option<ArticleRecord>> {
        delegate!(self, s => s.get_article(id))
    }
    fn actors(&self) -> Result<Vec<EntitySummary>> {
        delegate!(self, s => s.actors())
    }
    fn places(&self) -> Result<Vec<EntitySummary>> {
        delegate!(self, s => s.places())
    }
    fn places_near(&self, near: Near) -> Result<Vec<String>> {
        delegate!(self, s => s.places_near(near))
    }
    fn stats(&self) -> Result<StoreStats> {
        delegate!(self, s => s.stats())
    }
}
