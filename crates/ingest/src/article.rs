use std::borrow::Cow;
use std::path::PathBuf;

use marsad_model::{DateValue, Span};
use serde::{Deserialize, Serialize};

/// One article as read from its source, before any analysis.
///
/// # Invariants
///
/// No text of it holds a NUL character (U+0000): the reader takes them out of what it reads (see
/// `without_nul`), so every store keeps the same text and the offsets made on it.
///
/// `body` is the source text with the headline and every piece of site chrome removed; it is not cleaned
/// (`marsad_text::clean` runs later, in the pipeline). Kept lines are joined with `\n`, one line per
/// paragraph. Every [`Chrome`] span and every [`Segment::raw`] span is a byte range of the *raw* text
/// (the decoded file, or the JSON Lines record's `text`, without NUL characters), so both the chrome and the body can be traced back
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
    /// Takes NUL characters out of the fields a reader fills from metadata (a JSON record's or a
    /// page's or a feed's): the body and headline lose theirs before they are split (see
    /// `chrome::split`), where the offsets are made.
    pub(crate) fn drop_nul(&mut self) {
        let fields = [Some(&mut self.id), Some(&mut self.title), self.author.as_mut(), self.outlet.as_mut()];
        let more = [self.url.as_mut(), self.byline.as_mut()];
        for s in fields.into_iter().chain(more).flatten().chain(self.page_boilerplate.iter_mut()) {
            if s.contains('\0') {
                s.retain(|c| c != '\0');
            }
        }
    }

    /// The raw-text offset of a body offset, when it falls inside a copied stretch (not on a joining `\n`).
    pub fn body_to_raw(&self, offset: usize) -> Option<usize> {
        let i = self.segments.partition_point(|s| s.body.end < offset);
        let s = self.segments.get(i)?;
        (s.body.start <= offset && offset <= s.body.end).then(|| s.raw.start + (offset - s.body.start))
    }
}

/// `text` without its NUL characters (U+0000). A NUL is never text in a news report (it comes
/// from a broken conversion: C-string padding, UTF-16 read as bytes); PostgreSQL's text columns
/// cannot hold one (a JSON record with `\u0000` in its text failed the whole batch there while
/// SQLite stored it), and an offset made on a text that still held one would point elsewhere in
/// the text stored without it. Removed, as `marsad_text::clean` removes invisible characters.
pub(crate) fn without_nul(text: &str) -> Cow<'_, str> {
    if text.contains('\0') {
        Cow::Owned(text.replace('\0', ""))
    } else {
        Cow::Borrowed(text)
    }
}
