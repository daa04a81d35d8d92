//! One module per subcommand; each has `Args` (clap) and `run`.

pub mod analyze;
pub mod bench;
pub mod clean;
pub mod dates;
pub mod demo;
pub mod fold;

/// How a command ended when it did not fail outright.
pub enum Outcome {
    /// Everything was processed.
    Done,
    /// This many inputs (files or lines) were skipped with a warning; the others were processed.
    SomeFailed(usize),
}
