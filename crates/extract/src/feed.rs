//! RSS 2.0 / RSS 1.0 (RDF) / Atom bytes → [`FeedItem`]s, keeping the raw date strings.

use crate::arabic_date::read_arabic_date;
use crate::iso_date::iso_date;
use crate::limits::{check_depth, check_size, Markup, MAX_DEPTH, MAX_FEED_BYTES};
use crate::sniff::binary_reason;
use crate::Error;

/// One entry of a feed, as plain data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedItem {
    /// The entry's id (`<guid>`, Atom `<id>`), or one feed-rs derives from link and title.
    pub id: String,
    /// Title as text.
    pub title: Option<String>,
    /// Link to the article: the `alternate` link, else the first. A relative link (`/news/1`) is
    /// resolved against the feed's own link, as a reader follows it; two sites' `/news/1` are
    /// different pages (kept relative, the store took the second for a copy of the first).
    pub url: Option<String>,
    /// Publication time in RFC 3339 with the offset the feed wrote (`2018-02-20T01:30:00+03:00`),
    /// from `pubDate`, `published`, `dc:date` or, failing those, `updated`: the day is the day where
    /// the item was published (in UTC, a Levant item of 01:30 was dated the day before). When the
    /// text is not RFC 2822 or ISO, feed-rs's UTC reading; when feed-rs cannot read it either (an
    /// Arabic `pubDate`), the raw text is read by `marsad-dates` and this is the ISO day it states
    /// (`2013-08-03`); `None` when nothing can read it.
    pub published: Option<String>,
    /// The entry's date element text exactly as written, whether or not it could be read.
    pub published_raw: Option<String>,
    /// First author's name (or e-mail when no name).
    pub author: Option<String>,
    /// `<description>` / Atom `<summary>`, HTML as given.
    pub summary_html: Option<String>,
    /// `<content:encoded>` / Atom `<content>`, HTML as given.
    pub content_html: Option<String>,
    /// The feed's own title (`<channel><title>`, Atom `<feed><title>`), else its link's host: the
    /// outlet of every item, which names none of its own.
    pub feed_title: Option<String>,
}

/// Date elements of an entry, in the order their text is preferred for `published_raw`.
const DATE_ELEMENTS: &[&str] = &["pubDate", "published", "dc:date", "issued", "updated", "modified"];

/// Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed.
///
/// The XML prolog's `encoding` is honoured (feed-rs decodes). Dates feed-rs cannot read (Arabic month
/// names, `السبت 3 آب 2013`) give `published = None` silently in feed-rs; here the element text is
/// kept in `published_raw` and read with `marsad-dates` (`DateReader::find_published`) into a day.
///
/// # Errors
/// [`Error::Empty`], [`Error::TooLarge`] (over [`MAX_FEED_BYTES`](crate::limits::MAX_FEED_BYTES)),
/// [`Error::Binary`], [`Error::TooDeep`], or [`Error::Feed`] with the parser's message.
pub fn parse_feed(bytes: &[u8]) -> Result<Vec<FeedItem>, Error> {
    check_size(bytes.len(), MAX_FEED_BYTES)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    if let Some(reason) = binary_reason(&bytes[..bytes.len().min(8192)]) {
        if encoding_rs::Encoding::for_bom(bytes).is_none() {
            return Err(Error::Binary { reason });
        }
    }
    check_depth(bytes, Markup::Xml, MAX_DEPTH)?;
    // feed-rs names an item with no id by its link and title, as here, but one with no link either
    // by a random UUID: a new id at every reading, which `explain --id` could never find again.
    // Such an item is named by its content instead (below).
    let feed = feed_rs::parser::Builder::new()
        .id_generator(|links, title, _| {
            links
                .first()
                .map_or_else(String::new, |l| feed_rs::parser::generate_id_from_link_and_title(l, title))
        })
        .build()
        .parse(bytes)
        .map_err(|e| Error::Feed { detail: e.to_string() })?;
    let raw_dates = raw_entry_dates(bytes);
    let aligned = raw_dates.len() == feed.entries.len();
    let base = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(feed.links.first())
        .and_then(|l| url::Url::parse(l.href.trim()).ok());
    let feed_title = feed.title.as_ref().map(text_of).filter(|t| !t.is_empty()).or_else(|| {
        base.as_ref().and_then(|b| b.host_str()).map(|h| h.trim_start_matches("www.").to_string())
    });
    Ok(feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let published_raw = if aligned { raw_dates[i].clone() } else { None };
            let published = published_raw
                .as_deref()
                .and_then(written_time)
                .or_else(|| e.published.or(e.updated).map(|d| d.to_rfc3339()))
                .or_else(|| published_raw.as_deref().and_then(read_arabic_date));
            let url = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .map(|l| resolve(base.as_ref(), &l.href));
            let author = e.authors.first().and_then(|p| {
                let name = p.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
                name.or(p.email.as_deref().map(str::trim)).filter(|n| !n.is_empty()).map(str::to_string)
            });
            let title = e.title.as_ref().map(text_of).filter(|t| !t.is_empty());
            let summary_html = e.summary.map(|s| s.content).filter(|s| !s.trim().is_empty());
            let content_html = e.content.and_then(|c| c.body).filter(|s| !s.trim().is_empty());
            let id = match e.id.trim().is_empty() {
                true => content_id(&[&title, &summary_html, &content_html, &published_raw]),
                false => e.id,
            };
            FeedItem {
                id,
                title,
                url,
                published,
                published_raw,
                author,
                summary_html,
                content_html,
                feed_title: feed_title.clone(),
            }
        })
        .collect())
}

/// A title as text: an Atom `type="html"` or `"xhtml"` title is markup (`&lt;b&gt;اشتباكات&lt;/b&gt;`
/// arrives as `<b>اشتباكات</b>`), kept as the words a reader sees.
fn text_of(t: &feed_rs::model::Text) -> String {
    let markup = matches!(t.content_type.subty().as_str(), "html" | "xhtml");
    if !markup {
        return t.content.trim().to_string();
    }
    let text = scraper::Html::parse_fragment(&t.content).root_element().text().collect::<String>();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The id of an item that has neither an id nor a link: a hash of what it says, so the same item of
/// the same feed has the same id at every reading.
fn content_id(parts: &[&Option<String>]) -> String {
    let mut key = Vec::new();
    for part in parts {
        key.extend_from_slice(part.as_deref().unwrap_or("").as_bytes());
        key.push(0);
    }
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&key))
}

/// A feed date as written, offset kept: RFC 2822 (`pubDate`) or ISO 8601 (Atom, `dc:date`).
fn written_time(raw: &str) -> Option<String> {
    let raw = raw.trim();
    iso_date(raw).or_else(|| chrono::DateTime::parse_from_rfc2822(raw).ok().map(|d| d.to_rfc3339()))
}

/// `href` as a reader follows it from the feed at `base`: absolute links as written.
fn resolve(base: Option<&url::Url>, href: &str) -> String {
    let href = href.trim();
    if url::Url::parse(href).is_ok() {
        return href.to_string();
    }
    base.and_then(|b| b.join(href).ok()).map_or_else(|| href.to_string(), String::from)
}

/// For each `<item>`/`<entry>` in document order, the text of its first date element.
///
/// feed-rs does not keep the strings it failed to read, so they are looked up here with a plain scan of
/// the decoded document. Items are matched to feed-rs entries by position; when the counts differ (an
/// unusual feed), no raw dates are reported rather than wrong ones.
fn raw_entry_dates(bytes: &[u8]) -> Vec<Option<String>> {
    let text = decode_xml(bytes);
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some((start, tag)) = next_entry_open(rest) {
        let body_start = start + rest[start..].find('>').map_or(rest.len() - start, |p| p + 1);
        let close = format!("</{tag}");
        let body_end = rest[body_start..].find(&close).map_or(rest.len(), |p| body_start + p);
        let body = &rest[body_start..body_end];
        out.push(DATE_ELEMENTS.iter().find_map(|name| element_text(body, name)));
        rest = &rest[body_end..];
    }
    out
}

/// Position and name of the next `<item …>` or `<entry …>` start tag (any namespace prefix ignored).
fn next_entry_open(s: &str) -> Option<(usize, &'static str)> {
    let mut from = 0;
    while let Some(p) = s[from..].find('<') {
        let at = from + p;
        for tag in ["item", "entry"] {
            let after = &s[at + 1..];
            if after.starts_with(tag) && after[tag.len()..].starts_with(['>', ' ', '\n', '\t', '\r']) {
                return Some((at, tag));
            }
        }
        from = at + 1;
    }
    None
}

/// Text of the first `<name>…</name>` in `body`, CDATA unwrapped and entities decoded, trimmed.
fn element_text(body: &str, name: &str) -> Option<String> {
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(p) = body[from..].find(&open) {
        let at = from + p + open.len();
        from = at;
        if !body[at..].starts_with(|c: char| c == '>' || c.is_whitespace()) {
            continue;
        }
        let start = at + body[at..].find('>')? + 1;
        let end = start + body[start..].find(&format!("</{name}"))?;
        let mut text = body[start..end].trim();
        if let Some(inner) = text.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")) {
            text = inner.trim();
        }
        let text = xml_unescape(text);
        return (!text.is_empty()).then_some(text);
    }
    None
}

fn xml_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The feed as text: BOM first, then the prolog's `encoding="…"`, else UTF-8 (lossy; only dates are
/// read from it).
fn decode_xml(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).to_ascii_lowercase();
    let label = head.find("encoding=").and_then(|p| {
        let rest = &head[p + 9..];
        let quote = rest.chars().next()?;
        let rest = &rest[1..];
        rest.find(quote).map(|end| rest[..end].to_string())
    });
    let enc =
        label.and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes())).unwrap_or(encoding_rs::UTF_8);
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_dates_per_item() {
        let xml = "<rss><channel><pubDate>channel date</pubDate>\
            <item><title>أ</title><pubDate><![CDATA[ السبت 3 آب 2013 ]]></pubDate></item>\
            <item><title>ب</title><dc:date>2013-08-04</dc:date></item>\
            <item><title>ج</title></item></channel></rss>";
        assert_eq!(
            raw_entry_dates(xml.as_bytes()),
            [Some("السبت 3 آب 2013".to_string()), Some("2013-08-04".into()), None]
        );
        let atom = "<feed><entry xml:lang=\"ar\"><updated>u</updated><published>p</published></entry></feed>";
        assert_eq!(raw_entry_dates(atom.as_bytes()), [Some("p".to_string())]);
        // `<items>` and `<entryPoint>` are not entries.
        assert!(raw_entry_dates(b"<items><entryPoint/></items>").is_empty());
    }

    #[test]
    fn prolog_encoding_is_honoured() {
        let (body, _, _) = encoding_rs::WINDOWS_1256
            .encode("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss>حلب</rss>");
        assert!(decode_xml(&body).contains("حلب"));
    }

    /// Two sites' feeds both link `/news/1`: resolved against each feed's link they are two pages.
    #[test]
    fn relative_links_are_resolved_against_the_feed() {
        let feed = |site: &str| {
            format!(
                "<rss version=\"2.0\"><channel><title>t</title><link>https://{site}/ar/</link>\
                 <item><title>أ</title><link>/news/1</link><description>نص</description></item>\
                 <item><title>ب</title><link>news/2</link><description>نص</description></item>\
                 <item><title>ج</title><link>https://other.example/x</link><description>نص</description></item>\
                 </channel></rss>"
            )
        };
        let a = parse_feed(feed("a.example").as_bytes()).unwrap();
        let b = parse_feed(feed("b.example").as_bytes()).unwrap();
        let urls = |items: &[FeedItem]| items.iter().map(|i| i.url.clone().unwrap()).collect::<Vec<_>>();
        assert_eq!(
            urls(&a),
            ["https://a.example/news/1", "https://a.example/ar/news/2", "https://other.example/x"]
        );
        assert_eq!(urls(&b)[0], "https://b.example/news/1");
    }

    /// 01:30 in Damascus (+03:00) is the 20th there and the 19th in UTC: the feed's own offset is kept.
    #[test]
    fn dates_keep_the_offset_the_feed_wrote() {
        let rss = "<rss version=\"2.0\"><channel><title>t</title>\
            <item><title>أ</title><pubDate>Tue, 20 Feb 2018 01:30:00 +0300</pubDate><description>نص</description></item>\
            </channel></rss>";
        let items = parse_feed(rss.as_bytes()).unwrap();
        assert_eq!(items[0].published.as_deref(), Some("2018-02-20T01:30:00+03:00"));
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>f</id><updated>2018-02-21T22:30:00-05:00</updated>\
            <entry><title>أ</title><id>e</id><updated>2018-02-21T22:30-05:00</updated><content>نص</content></entry></feed>";
        let items = parse_feed(atom.as_bytes()).unwrap();
        assert_eq!(items[0].published.as_deref(), Some("2018-02-21T22:30:00-05:00"));
    }
}
