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

/// How a command ended when it did not fail outright.
pub enum Outcome {
    /// Everything was processed.
    Done,
    /// This many inputs (files or lines) were skipped with a warning; the others were processed.
    SomeFailed(usize),
}
