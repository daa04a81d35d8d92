//! The one error type of the coder: loading trigger and cue files.

use std::path::PathBuf;

/// Why the trigger data could not be loaded.
///
/// Loading checks everything up front; coding an article never fails.
/// Messages are lowercase and name the file and the offending value.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// A file is not valid TOML of the expected shape.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The parser's message, with its line.
        message: String,
    },
    /// A file parsed but its entries break the format's rules; every problem
    /// found is listed, not just the first.
    #[error("{path}: {}", problems.join("; "))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// One message per bad entry (`duplicate id TRG-consult-001`).
        problems: Vec<String>,
    },
}
