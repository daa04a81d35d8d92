//! Loading errors and data-check problems.

use std::fmt;
use std::path::PathBuf;

/// Why the lexicon could not be loaded.
///
/// Loading collects every bad line of every file before failing, so one run
/// shows all the problems (`Error::Invalid`), the way `marsad lexicon check` does.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// One or more entries are bad; each problem names its file and line.
    #[error("{} problem(s) in lexicon data:\n{}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
    /// The alias index could not be built (more keys than ids).
    #[error("cannot build the alias matcher: {0}")]
    Automaton(String),
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

/// One problem found in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, as given to the loader (`data/actors/states.toml`).
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// Lowercase message naming the offending value.
    pub message: String,
}

impl Problem {
    pub(crate) fn new(file: &str, line: usize, message: impl Into<String>) -> Problem {
        Problem { file: file.to_string(), line, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}
