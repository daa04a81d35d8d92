//! HTML pages and RSS/Atom feeds, read with `marsad-extract` and turned into [`Article`]s.
//!
//! The page's main text goes through the same boilerplate rules as a plain-text article, with the page's
//! headline given, so a byline or caption the extractor kept is still set apart. The lines the extractor
//! itself left out (`Page::boilerplate`) are kept in [`Article::page_boilerplate`], not as
//! [`crate::Chrome`]: they have no span in the text the body comes from, and a `Chrome` span must point
//! into it.

use std::path::Path;

use marsad_extract::{FeedItem, Kind, Page};

use crate::{parse_date, Article, Error, Reader};

/// What a file holds, by extension first and by its bytes otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Markup {
    Html,
    Feed,
    None,
}

pub(crate) fn markup_of(path: &Path, bytes: &[u8]) -> Markup {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => Markup::Html,
        Some("xml" | "rss" | "atom") => Markup::Feed,
        _ => match marsad_extract::sniff(bytes) {
            Kind::Html => Markup::Html,
            Kind::Feed => Markup::Feed,
            _ => Markup::None,
        },
    }
}

/// The day of an ISO date or date-time (`2013-08-03T10:00:00Z` → `2013-08-03`).
fn published_day(iso: Option<&str>) -> Option<marsad_model::DateValue> {
    iso.and_then(|s| s.get(..10).or(Some(s))).and_then(parse_date)
}

impl Reader {
    /// Reads an HTML page that came without a file (a body posted to `marsad serve`) as
    /// [`Reader::read_file`] reads an `.html` file; `name` is the article's id and names it in errors.
    /// `charset` is the one its `Content-Type` gave, which beats the page's own `<meta charset>`.
    ///
    /// # Errors
    ///
    /// The page cannot be read (see [`Error::Extract`]).
    pub fn read_html_bytes(&self, name: &str, bytes: &[u8], charset: Option<&str>) -> Result<Article, Error> {
        self.html_bytes_to_article(Path::new(name), name, bytes, charset)
    }

    /// Reads an RSS or Atom feed that came without a file (a body posted to `marsad serve`) as
    /// [`Reader::read_articles`] reads a `.xml` file: one article per item with text, its id
    /// `name#item-id` (`name#n` counting from 1 when the item has no id).
    ///
    /// # Errors
    ///
    /// The feed cannot be parsed ([`Error::Extract`]) or no item has text ([`Error::Blank`]).
    pub fn read_feed_bytes(&self, name: &str, bytes: &[u8]) -> Result<Vec<Article>, Error> {
        self.feed_bytes_to_articles(Path::new(name), name, bytes)
    }

    /// One article from a read page; `id` names it, `title` overrides the page's own headline.
    fn page_to_article(&self, id: &str, title: Option<&str>, page: Page) -> Article {
        let title = title.or(page.title.as_deref()).filter(|t| !t.trim().is_empty());
        let mut a = self.parse_body(id, title, &page.text);
        a.page_boilerplate = page.boilerplate;
        if let Some(b) = page.byline.filter(|b| !b.trim().is_empty()) {
            a.author = Some(b);
        }
        if page.outlet.is_some() {
            a.outlet = page.outlet;
        }
        a.url = page.url;
        a.published = published_day(page.published.as_deref());
        a.drop_nul();
        a
    }

    /// Reads an HTML page's bytes into one article; `charset` is what its `Content-Type` said.
    pub(crate) fn html_bytes_to_article(
        &self,
        path: &Path,
        id: &str,
        bytes: &[u8],
        charset: Option<&str>,
    ) -> Result<Article, Error> {
        let err = |source| Error::Extract { path: path.into(), source };
        let decoded = marsad_extract::decode_html_as(bytes, charset).map_err(err)?;
        let page = marsad_extract::extract_html(&decoded.text, None).map_err(err)?;
        let mut a = self.page_to_article(id, None, page);
        a.encoding = "html".into();
        if let Some(w) = decoded.warning {
            let warning = format!("{}: {w}", path.display());
            tracing::warn!("{warning}");
            a.warnings.push(warning);
        }
        Ok(a)
    }

    /// One article per feed item, in feed order.
    pub(crate) fn feed_bytes_to_articles(
        &self,
        path: &Path,
        id: &str,
        bytes: &[u8],
    ) -> Result<Vec<Article>, Error> {
        let items = marsad_extract::parse_feed(bytes)
            .map_err(|source| Error::Extract { path: path.into(), source })?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let item_id = if item.id.trim().is_empty() { (i + 1).to_string() } else { item.id.clone() };
            let item_id = format!("{id}#{item_id}");
            // Named by its place in the feed and its headline, which a reader of the feed sees, and
            // by the id `analyze` prints.
            let named = match item.title.as_deref() {
                Some(t) => format!("{}: item {} «{t}» ({item_id})", path.display(), i + 1),
                None => format!("{}: item {} ({item_id})", path.display(), i + 1),
            };
            let unread_date =
                item.published_raw.clone().filter(|_| published_day(item.published.as_deref()).is_none());
            match self.feed_item_to_article(&item_id, item) {
                Some(mut a) => {
                    if let Some(raw) = unread_date {
                        let warning =
                            format!("{named}: publication date '{raw}' ignored (not a date marsad can read)");
                        tracing::warn!("{warning}");
                        a.warnings.push(warning);
                    }
                    out.push(a)
                }
                None => tracing::warn!("{named}: no headline and no text; skipped"),
            }
        }
        if out.is_empty() {
            return Err(Error::Blank { path: path.into() });
        }
        Ok(out)
    }

    fn feed_item_to_article(&self, id: &str, item: FeedItem) -> Option<Article> {
        let html = item.content_html.as_deref().or(item.summary_html.as_deref()).unwrap_or("");
        let title = item.title.as_deref().filter(|t| !t.trim().is_empty());
        let mut a = match marsad_extract::extract_html(html, item.url.as_deref()) {
            Ok(page) => self.page_to_article(id, title, page),
            Err(_) => {
                // Feed summaries are often one bare sentence that readability does not call an article.
                let text = strip_tags(html);
                if text.trim().is_empty() && title.is_none() {
                    return None;
                }
                self.parse_body(id, title, &text)
            }
        };
        if let Some(u) = item.url.filter(|u| !u.trim().is_empty()) {
            a.url = Some(u);
        }
        if let Some(d) = published_day(item.published.as_deref()) {
            a.published = Some(d);
        }
        if let Some(au) = item.author.filter(|au| !au.trim().is_empty()) {
            a.author = Some(au);
        }
        // An item names no outlet of its own: the feed it came in is its outlet (the CSV's `source`
        // column was empty for every feed item).
        if a.outlet.is_none() {
            a.outlet = item.feed_title;
        }
        a.encoding = "feed".into();
        a.drop_nul();
        Some(a)
    }

    /// The article of a JSON Lines record that gives `html` and no `text`.
    pub(crate) fn html_record_to_article(
        &self,
        id: &str,
        title: Option<&str>,
        html: &str,
    ) -> Result<Article, String> {
        let page = marsad_extract::extract_html(html, None).map_err(|e| format!("{id}: \"html\": {e}"))?;
        Ok(self.page_to_article(id, title, page))
    }
}

/// Plain text of a markup fragment: tags dropped, block ends as new lines, common entities decoded.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag_end = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        let tag = rest[lt..tag_end].to_ascii_lowercase();
        if ["<p", "</p", "<br", "<div", "</div", "<li", "<h"].iter().any(|b| tag.starts_with(b)) {
            out.push('\n');
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    let out = out
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_tags_keeps_paragraphs_and_decodes_entities() {
        assert_eq!(strip_tags("<p>قصف &amp; نزوح</p><p>ثانٍ<br>ثالث</p>"), "قصف & نزوح\nثانٍ\nثالث");
        assert_eq!(strip_tags("نص بلا وسوم"), "نص بلا وسوم");
    }

    #[test]
    fn markup_by_extension_then_bytes() {
        assert_eq!(markup_of(Path::new("a.HTML"), b"x"), Markup::Html);
        assert_eq!(markup_of(Path::new("a.rss"), b"x"), Markup::Feed);
        assert_eq!(markup_of(Path::new("a.txt"), "عنوان\n\nنص".as_bytes()), Markup::None);
        assert_eq!(
            markup_of(Path::new("page"), b"<!DOCTYPE html><html><body><p>x</p></body></html>"),
            Markup::Html
        );
    }

    #[test]
    fn published_day_takes_the_date_of_a_date_time() {
        assert_eq!(
            published_day(Some("2013-08-03T10:00:00Z")).and_then(|d| d.value).as_deref(),
            Some("2013-08-03")
        );
        assert_eq!(published_day(Some("بالأمس")), None);
    }
}
