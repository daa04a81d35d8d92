/// Why the knowledge for the pipeline could not be loaded.
///
/// Loading is the only fallible step: once an [`crate::Analyzer`] exists, analysing never fails.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The data directory does not exist or is not a directory.
    #[error("{0}: not a data directory")]
    NotADirectory(std::path::PathBuf),
    /// A stage's data files are malformed or missing; the message names the file.
    #[error("{stage}: {message}")]
    Stage {
        /// The stage (`dates`, `lexicon`, `coder`).
        stage: &'static str,
        /// The loader's message.
        message: String,
    },
}
