use std::fmt;
use std::path::PathBuf;

/// Why the date tables could not be loaded.
///
/// Loading checks every file up front and collects every bad entry, so one
/// run names all the problems; reading text afterwards never fails.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A data file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A data file is not valid TOML of the expected shape.
    Parse {
        /// The file.
        path: PathBuf,
        /// What the parser said.
        message: String,
    },
    /// Files that do not parse, and entries that break a rule (duplicate id, a
    /// surface form with two meanings, a value out of range), one message each.
    Invalid {
        /// The directory the files were read from.
        path: PathBuf,
        /// One line per problem, naming its file and entry.
        problems: Vec<String>,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            Error::Parse { path, message } => write!(f, "{}: {message}", path.display()),
            // Each problem names its own file.
            Error::Invalid { problems, .. } => write!(f, "{}", problems.join("; ")),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
