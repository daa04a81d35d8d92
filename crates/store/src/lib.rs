//! marsad's memory: articles, their analyses and events in SQLite, an Arabic full-text index in
//! tantivy, near-duplicate detection, cross-outlet event merging, and exports.
//!
//! # Overview
//!
//! - [`DataDir`]: a data directory (`marsad.db` + `index/`); ingest, re-analyse, re-index, and
//!   every query the CLI and the HTTP API run.
//! - [`Store`]: the storage interface, implemented by [`SqliteStore`] (one file, the default) and
//!   [`PgStore`] (one PostgreSQL database shared by a team); [`AnyStore`] is either.
//! - [`Analyzer`]: what turns an [`ArticleInput`] into an [`Analysis`] (the CLI adapts
//!   `marsad_pipeline`).
//! - [`export`]: CSV (ACLED columns), GeoJSON, PLOVER JSON Lines, JSON, table.
//!
//! # Example
//!
//! ```
//! use marsad_store::{ArticleInput, DataDir, Filter, IngestItem, IngestOptions, PageRequest, TextOnlyAnalyzer};
//! let dir = std::env::temp_dir().join(format!("marsad-doc-{}", std::process::id()));
//! let mut data = DataDir::open(&dir).unwrap();
//! let article = ArticleInput {
//!     doc: "a1".into(),
//!     title: "دوريـ.ـات روسية".into(),
//!     body: "سيرت القوات الروسية والتركية دوريات مشتركة في ريف الدرباسية.".into(),
//!     ..ArticleInput::default()
//! };
//! let items = vec![IngestItem::Article(article.clone()), IngestItem::Article(article)];
//! let summary = data.ingest(items, &TextOnlyAnalyzer, IngestOptions::default(), &mut |_| {}).unwrap();
//! assert_eq!((summary.new, summary.duplicates), (1, 1));
//! let hits = data.search("الدورية", &Filter::default(), PageRequest::default()).unwrap();
//! assert_eq!(hits.total, 1);
//! # drop(data); std::fs::remove_dir_all(&dir).unwrap();
//! ```
#![deny(missing_docs)]

mod analyzer_ar;
mod datadir;
mod days;
mod error;
pub mod export;
mod fatalities;
mod ids;
mod ingest;
mod input;
mod iso3166;
pub mod merge;
mod merge_index;
pub mod minhash;
mod outlets;
#[doc(hidden)]
pub mod pg_test;
pub mod pipeline;
mod places;
mod postgres;
mod query;
mod readonly_dir;
mod records;
mod rows;
mod schema;
mod search;
mod sqlite;
mod store;

pub use crate::analyzer_ar::{fold_word, light_stem, search_fold_char, ArabicTokenizer, PROCLITIC_MARK};
pub use crate::datadir::DataDir;
pub use crate::days::{day_number, day_string, parse_filter_date};
pub use crate::error::{Error, Result};
pub use crate::fatalities::stated_fatalities;
pub use crate::ids::{IdFilter, UnknownId};
pub use crate::ingest::{content_hash, Failure, IngestItem, IngestOptions, IngestSummary};
pub use crate::input::{Analysis, Analyzer, ArticleInput, Deobfuscated, EntityInfo, TextOnlyAnalyzer};
pub use crate::outlets::{source_scale, SourceScale};
pub use crate::places::PlaceTree;
pub use crate::postgres::{is_postgres_url, redact_url, PgStore, PG_SCHEMA_VERSION, WRITE_LOCK};
pub use crate::records::{
    ArticleRecord, EntitySummary, EventRecord, EventSource, Exclude, Filter, Near, Page, PageRequest,
    PlaceRef, SpanRecord, StoreStats,
};
pub use crate::schema::SCHEMA_VERSION;
pub use crate::search::{BodyLookup, SearchHit, SearchIndex, INDEX_VERSION};
pub use crate::sqlite::SqliteStore;
pub use crate::store::{AnyStore, IndexDoc, NewArticle, Original, Store, Stored};

#[cfg(test)]
mod tests {
    fn assert_send<T: Send>() {}
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn shareable_types() {
        assert_send::<super::DataDir>();
        assert_send_sync::<super::SearchIndex>();
        assert_send_sync::<super::EventRecord>();
    }
}
