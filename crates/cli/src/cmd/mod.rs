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

impl DataDirArg {
    /// Opens (creating when new) the data directory, naming it in the error.
    pub fn open(&self) -> anyhow::Result<marsad_store::DataDir> {
        marsad_store::DataDir::open(&self.path)
            .with_context(|| format!("opening data directory {}", self.path.display()))
    }

    /// Opens a data directory that must exist already: for the commands that read or rework what is
    /// stored, where a mistyped `--data` would otherwise show an empty store (and create one).
    pub fn open_existing(&self) -> anyhow::Result<marsad_store::DataDir> {
        let dir = self.path.display();
        if !marsad_store::DataDir::exists(&self.path) {
            anyhow::bail!(
                "no marsad data directory at {dir} (no marsad.db there): check --data or MARSAD_DATA, or \
                 ingest articles into it first (marsad ingest --data {dir} PATH...)"
            );
        }
        match self.open() {
            Err(e) if is_read_only(&e) => self.open_read_only(),
            opened => opened,
        }
    }

    /// Opens the data directory without writing, for a user who may only read it.
    fn open_read_only(&self) -> anyhow::Result<marsad_store::DataDir> {
        let dir = self.path.display();
        let data = marsad_store::DataDir::open_read_only(&self.path).with_context(|| {
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
