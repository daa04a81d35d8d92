use std::path::PathBuf;

use marsad_model::{DateValue, Span};
use serde::{Deserialize, Serialize};

/// One article as read from its source, before any analysis.
///
/// # Invariants
///
/// `body` is the source text with the headline and every piece of site chrome removed; it is not cleaned
/// (`marsad_text::clean` runs later, in the pipeline). Kept lines are joined with `\n`, one line per
/// paragraph. Every [`Chrome`] span and every [`Segment::raw`] span is a byte range of the *raw* text
/// (the decoded file, or the JSON Lines record's `text`), so both the chrome and the body can be traced back
/// to what the outlet published.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The document id: the file name, or the JSON Lines record's `id`.
    pub id: String,
    /// The headline as written (not yet cleaned).
    pub title: String,
    /// The byline's author, when a byline rule names one.
    pub author: Option<String>,
    /// The outlet, from metadata or a rule that names it (a comment disclaimer, a credit).
    pub outlet: Option<String>,
    /// The article's address, from metadata.
    pub url: Option<String>,
    /// The publication date given by metadata or by the caller (`--published`); `None` when not given.
    /// The pipeline reads the byline and the text when this is `None`.
    pub published: Option<DateValue>,
    /// The byline line (`سياسي | 05 سبتمبر 2020 | مالك الحافظ`), for the date reader.
    pub byline: Option<String>,
    /// The article text with the chrome removed.
    pub body: String,
    /// What was removed from the body, in source order.
    pub boilerplate: Vec<Chrome>,
    /// Lines of an HTML page (or feed item) that the page extractor left out of the main text
    /// (`marsad_extract::Page::boilerplate`: date line, tag list, share counters), in page order.
    /// They have no [`Chrome`] span because they are not in the text the body was cut from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub page_boilerplate: Vec<String>,
    /// Where each stretch of `body` came from in the raw text, in order.
    pub segments: Vec<Segment>,
    /// The file the article was read from.
    pub source_path: Option<PathBuf>,
    /// The encoding the bytes were decoded from (`UTF-8`, `windows-1256`, …); `html` for a page and `feed`
    /// for a feed item, whose bytes `marsad-extract` decoded.
    pub encoding: String,
    /// What the reader found but could not use, each naming the file (a feed item's publication
    /// date that is no date, a page's wrong charset): already logged as warnings, and kept here
    /// for a caller that answers someone else (the server's answer to a post). Not stored.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// A line or fragment of site chrome removed from an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chrome {
    /// The id of the rule that recognised it (`BP-byline-001`).
    pub rule: String,
    /// What kind of chrome it is (`byline`, `related`, `caption`, …).
    pub kind: String,
    /// The removed text, trimmed of surrounding white space.
    pub text: String,
    /// Where `text` is in the raw text.
    pub span: Span,
}

/// A stretch of the body and the raw bytes it was copied from (same length).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// The stretch in `Article::body`.
    pub body: Span,
    /// The same bytes in the raw text.
    pub raw: Span,
}

impl Article {
    /// The raw-text offset of a body offset, when it falls inside a copied stretch (not on a joining `\n`).
    pub fn body_to_raw(&self, offset: usize) -> Option<usize> {
        let i = self.segments.partition_point(|s| s.body.end < offset);
        let s = self.segments.get(i)?;
        (s.body.start <= offset && offset <= s.body.end).then(|| s.raw.start + (offset - s.body.start))
    }
}
