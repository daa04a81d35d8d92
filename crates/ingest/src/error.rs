use std::path::PathBuf;

/// Why an article, a JSON Lines record or the boilerplate rules could not be read.
///
/// Every variant names the file (and the line, for JSON Lines and rules) so the message alone says where to
/// look. Messages are lowercase.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The bytes are not text in any encoding marsad reads (binary, truncated UTF-8, empty).
    #[error("{path}: {source}")]
    Decode {
        /// The file.
        path: PathBuf,
        /// What the decoder found.
        source: marsad_text::DecodeError,
    },
    /// The file decoded but holds no article (no headline line).
    #[error("{path}: no article text (only white space or control characters)")]
    Blank {
        /// The file.
        path: PathBuf,
    },
    /// An HTML page or feed could not be read: too large, nested too deeply, binary, truncated, no text.
    #[error("{path}: {source}")]
    Extract {
        /// The file.
        path: PathBuf,
        /// What `marsad-extract` found.
        source: marsad_extract::Error,
    },
    /// The file is a feed, which holds many articles; read it with `Reader::read_articles`.
    #[error("{path}: a feed holds several articles, where one was expected")]
    Feed {
        /// The file.
        path: PathBuf,
    },
    /// A JSON document (an array or one object spread over lines) or JSON Lines under another
    /// name, given as an article file: marsad reads article records as JSON Lines in a `.jsonl` file.
    #[error(
        "{path}: {found}; article records are read as JSON Lines, one {{\"id\", \"text\", \"title\"?}} \
         object a line, from a .jsonl file{hint}"
    )]
    Json {
        /// The file.
        path: PathBuf,
        /// What it holds (`a JSON array`).
        found: &'static str,
        /// How to convert it (for an array: `jq -c '.[]' FILE > FILE.jsonl`), or empty.
        hint: String,
    },
    /// One line of a JSON Lines file is not a usable article record.
    #[error("{path}:{line}: {message}")]
    Record {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The boilerplate rules file is malformed.
    #[error("{path}: {message}")]
    Rules {
        /// The rules file (`<embedded>` for the built-in copy).
        path: PathBuf,
        /// What is wrong, naming the rule id where there is one.
        message: String,
    },
}

impl Error {
    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Error::Io { path, .. }
            | Error::Decode { path, .. }
            | Error::Blank { path }
            | Error::Extract { path, .. }
            | Error::Feed { path }
            | Error::Json { path, .. }
            | Error::Record { path, .. }
            | Error::Rules { path, .. } => path,
        }
    }
}
