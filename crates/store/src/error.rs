//! The one error type of the store.

use std::path::PathBuf;

/// What went wrong in the store, the index or a query.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite refused an operation.
    #[error("store database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The search index refused an operation.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A search query could not be parsed.
    #[error("search query {query:?}: {message}")]
    Query {
        /// The query as given.
        query: String,
        /// Why it was refused.
        message: String,
    },
    /// A file or directory of the data directory could not be used.
    #[error("{path}: {source}")]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A value stored in the database could not be read back.
    #[error("corrupt stored value in {what}: {message}")]
    Corrupt {
        /// Which table or column.
        what: String,
        /// Why.
        message: String,
    },
    /// The database was written by a newer marsad.
    #[error("store schema version {found} is newer than this marsad supports ({supported})")]
    SchemaTooNew {
        /// The version in the file.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// A filter value is malformed (a date, a type, coordinates).
    #[error("bad filter {name}: {message}")]
    BadFilter {
        /// The filter's name (`from`, `near`, …).
        name: &'static str,
        /// Why it was refused.
        message: String,
    },
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::Corrupt { what: "json".into(), message: e.to_string() }
    }
}

/// The store's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
