//! The one error type of the store.

use std::path::PathBuf;

/// What went wrong in the store, the index or a query.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite refused an operation.
    #[error("store database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL refused an operation.
    #[error("store database (PostgreSQL): {}", pg_text(.0))]
    Postgres(#[from] postgres::Error),
    /// The PostgreSQL store cannot be used: not an address, the server cannot be reached, refuses
    /// the user or has no such database.
    #[error("store {store}: {message}")]
    StoreUnavailable {
        /// The store's address, without its password.
        store: String,
        /// Why.
        message: String,
    },
    /// A data directory indexes another store than the one given.
    #[error("{message}")]
    OtherStore {
        /// What the directory holds and what was asked, naming both.
        message: String,
    },
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
    /// A store this user may only read was written by an older marsad, and cannot be upgraded by it.
    #[error(
        "store schema version {found} is older than this marsad's ({supported}), and this user may not write \
         it to upgrade it: run `marsad reindex` once as a user who may"
    )]
    SchemaTooOld {
        /// The version in the file.
        found: i64,
        /// The version this build writes.
        supported: i64,
    },
    /// A search index this user may only read was built by another version of marsad.
    #[error(
        "search index {path} was built by another version of marsad ({found:?}, now {supported}) and this user may \
         not rebuild it: run `marsad reindex` once as a user who may"
    )]
    IndexStale {
        /// The index directory.
        path: PathBuf,
        /// The version found, if any.
        found: Option<u32>,
        /// The version this build writes.
        supported: u32,
    },
    /// Another process writes the data directory's search index.
    #[error(
        "{path} is in use by another marsad process (a running `marsad serve`, or another ingest): stop it \
         first, or send the articles to the server (POST /api/articles)"
    )]
    Busy {
        /// The index directory.
        path: PathBuf,
    },
    /// An actor or place filter names an id the store does not hold.
    #[error(transparent)]
    UnknownId(crate::ids::UnknownId),
    /// A filter value is malformed (a date, a type, coordinates).
    #[error("bad filter {name}: {message}")]
    BadFilter {
        /// The filter's name (`from`, `near`, …).
        name: &'static str,
        /// Why it was refused.
        message: String,
    },
}

impl Error {
    /// SQLite refused to write: the database or its directory is read-only to this user.
    pub fn is_read_only(&self) -> bool {
        matches!(self, Error::Sqlite(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::Corrupt { what: "json".into(), message: e.to_string() }
    }
}

/// A PostgreSQL error with the server's own words when it sent some.
fn pg_text(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => e.to_string(),
    }
}

/// The store's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
