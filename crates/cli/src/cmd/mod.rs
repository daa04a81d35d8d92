//! One module per subcommand; each has `Args` (clap) and `run`.

pub mod analyze;
pub mod bench;
pub mod clean;
pub mod dates;
pub mod demo;
pub mod eval;
pub mod events;
pub mod explain;
pub mod fold;
pub mod gazetteer;
pub mod ingest;
pub mod lexicon;
pub mod reanalyze;
pub mod reindex;
pub mod search;
pub mod serve;

use std::path::PathBuf;

use anyhow::Context;

/// The `--published` flag of the commands that analyse articles.
#[derive(clap::Args)]
pub struct PublishedArg {
    /// Publication date for articles whose metadata and byline give none.
    #[arg(long = "published", value_name = "YYYY-MM-DD")]
    pub value: Option<String>,
}

impl PublishedArg {
    /// The date given, if any; a date that does not parse is an error naming the flag.
    pub fn date(&self) -> anyhow::Result<Option<marsad_model::DateValue>> {
        self.value
            .as_deref()
            .map(|s| {
                marsad_ingest::parse_date(s)
                    .with_context(|| format!("--published {s:?}: not a date (want YYYY-MM-DD, YYYY-MM or YYYY, a real month and day)"))
            })
            .transpose()
    }
}

/// The `--data DIR` flag of every command that works on a store, and of those that read only its
/// places/ and actors/ (`analyze`, `explain`, `gazetteer import`, which writes them).
#[derive(clap::Args)]
pub struct DataDirArg {
    /// Data directory: database, search index, and the places/ and actors/ that `marsad gazetteer import`
    /// writes, which extend the knowledge.
    #[arg(
        id = "data",
        long = "data",
        alias = "data-dir",
        env = "MARSAD_DATA",
        value_name = "DIR",
        default_value = "marsad-data"
    )]
    pub path: PathBuf,
}

/// The `--store` flag of the commands that work on a store: a team's PostgreSQL store, which the
/// data directory then only indexes.
#[derive(clap::Args)]
pub struct StoreArg {
    /// A PostgreSQL store shared by a team (postgres://user@host:port/dbname; a password may be in
    /// the address or in PGPASSWORD): the data directory then holds only this machine's search index
    /// of it. Without it, the data directory's own SQLite file is the store.
    #[arg(long = "store", env = "MARSAD_STORE", hide_env_values = true, value_name = "URL")]
    pub url: Option<String>,
}

impl StoreArg {
    /// The PostgreSQL address given, if any (an empty `MARSAD_STORE` is none).
    ///
    /// # Errors
    ///
    /// The value is not a PostgreSQL address (named without its password).
    pub fn url(&self) -> anyhow::Result<Option<&str>> {
        match self.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            None => Ok(None),
            Some(url) if marsad_store::is_postgres_url(url) => Ok(Some(url)),
            Some(url) => anyhow::bail!(
                "--store {}: not a PostgreSQL address (postgres://user@host:port/dbname); without --store (and \
                 MARSAD_STORE) the data directory's own SQLite file is the store",
                marsad_store::redact_url(url)
            ),
        }
    }
}

impl DataDirArg {
    /// Opens (creating when new) the data directory over `store`, naming it in the error.
    pub fn open(&self, store: &StoreArg) -> anyhow::Result<marsad_store::DataDir> {
        marsad_store::DataDir::open_with(&self.path, store.url()?)
            .with_context(|| format!("opening data directory {}", self.path.display()))
    }

    /// Opens a data directory that must exist already: for the commands that read or rework what is
    /// stored, where a mistyped `--data` would otherwise show an empty store (and create one). Over
    /// a PostgreSQL store the directory may be new: it is this machine's index of the store.
    pub fn open_existing(&self, store: &StoreArg) -> anyhow::Result<marsad_store::DataDir> {
        let dir = self.path.display();
        if store.url()?.is_some() {
            return match self.open(store) {
                Err(e) if is_read_only(&e) => self.open_read_only(store),
                opened => opened,
            };
        }
        if !marsad_store::DataDir::exists(&self.path) {
            anyhow::bail!(
                "no marsad data directory at {dir} (no marsad.db there): check --data or MARSAD_DATA, or \
                 ingest articles into it first (marsad ingest --data {dir} PATH...)"
            );
        }
        match self.open(store) {
            Err(e) if is_read_only(&e) => self.open_read_only(store),
            opened => opened,
        }
    }

    /// Opens the data directory without writing, for a user who may only read it.
    fn open_read_only(&self, store: &StoreArg) -> anyhow::Result<marsad_store::DataDir> {
        let dir = self.path.display();
        let data =
            marsad_store::DataDir::open_read_only_with(&self.path, store.url()?).with_context(|| {
                format!("opening data directory {dir} (read-only: this user may not write it)")
            })?;
        tracing::info!("{dir}: opened read-only (this user may not write it)");
        let behind = data.unindexed()?;
        if behind > 0 {
            tracing::warn!("{dir}: {behind} stored article(s) are not in the search index yet; a user who may write the directory brings it up to date with any marsad command on it");
        }
        Ok(data)
    }
}

/// SQLite refused to write: the user may read the data directory but not write it.
fn is_read_only(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<marsad_store::Error>().is_some_and(marsad_store::Error::is_read_only))
}

/// How a command ended when it did not fail outright.
pub enum Outcome {
    /// Everything was processed.
    Done,
    /// This many inputs (files or lines) were skipped with a warning; the others were processed.
    SomeFailed(usize),
}

/// `s` on one line and at most `n` characters, with an ellipsis when cut: a
/// title, an evidence sentence or a line of chrome in a listing.
pub(crate) fn shorten(s: &str, n: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}
