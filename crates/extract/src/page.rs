//! The plain data an HTML page yields.

/// One news page, read: metadata and main text, no markup.
///
/// Every field is plain data for `ingest` to turn into a `marsad_model` article; nothing here refers back
/// to the DOM.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// Headline (see [`crate::extract_html`] for the order of sources).
    pub title: Option<String>,
    /// Author(s) as the page names them; several are joined by `، `.
    pub byline: Option<String>,
    /// Publication date in ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` plus the offset as the page
    /// wrote it. A human-written date (`<time>الثلاثاء 12 آذار 2024</time>`) is read with `marsad-dates`
    /// into its day. `None` when no source gives a full day; [`Page::published_raw`] may still hold text.
    pub published: Option<String>,
    /// The date exactly as found (meta content, JSON-LD string, `<time>` text, or the dated part of the
    /// URL path such as `/2013/middle_east/8/3/`).
    pub published_raw: Option<String>,
    /// Publishing outlet: JSON-LD `publisher.name`, else `og:site_name` and kin.
    pub outlet: Option<String>,
    /// The URL given by the caller, else the page's canonical link or `og:url`.
    pub url: Option<String>,
    /// Language the page declares (`<html lang>`), as written (`ar`, `ar-SY`).
    pub lang: Option<String>,
    /// Right-to-left: `dir="rtl"` on `<html>`/`<body>`, or, when no direction is declared, a main text
    /// that is mostly Arabic-script letters.
    pub dir_rtl: bool,
    /// Main article text; one paragraph per line (`\n`), whitespace collapsed, no markup. Never empty.
    pub text: String,
    /// Lines of the page left out of the main text: leading lines repeating the headline or date, and
    /// lines readability kept around the article body that the body's own container does not hold
    /// (date line, comment notice, tag list, share counters), in page order.
    pub boilerplate: Vec<String>,
}
