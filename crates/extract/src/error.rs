//! The one error type of this crate.

/// Why a page or feed could not be read.
///
/// Every variant names the offending value or limit so that `ingest` can report it next to the file path
/// without further context. Messages are lowercase, as in the rest of marsad.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds no bytes, or only whitespace.
    #[error("empty document")]
    Empty,
    /// The input is larger than the crate accepts (see [`crate::limits`]).
    #[error("document too large: {size} bytes, limit is {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Tags are nested deeper than the crate accepts: a tag bomb, or a page no parser should walk.
    #[error("markup nested too deeply: depth {depth} at byte {offset}, limit is {limit}")]
    TooDeep {
        /// Depth reached when the check stopped.
        depth: usize,
        /// Byte offset of the tag that crossed the limit.
        offset: usize,
        /// The limit.
        limit: usize,
    },
    /// The bytes are not text (NUL bytes, a known binary signature, or many control characters).
    #[error("binary data, not a text document ({reason})")]
    Binary {
        /// What gave it away.
        reason: String,
    },
    /// The bytes could not be decoded as text in the declared or detected encoding.
    #[error("cannot decode as {encoding}: {detail}")]
    Decode {
        /// Name of the encoding tried.
        encoding: String,
        /// What went wrong.
        detail: String,
    },
    /// The input has no HTML markup at all.
    #[error("not an html document: no tags found")]
    NotHtml,
    /// The document ends in the middle of its markup.
    #[error("truncated html: {detail}")]
    Truncated {
        /// Where the document stops and what is still open.
        detail: String,
    },
    /// The page parsed but holds no article text.
    #[error("no article text found in the page")]
    NoText,
    /// The feed could not be parsed as RSS, Atom or RDF.
    #[error("not a readable feed: {detail}")]
    Feed {
        /// The parser's message.
        detail: String,
    },
}
