//! HTML page → [`Page`]: limits, readability main text, metadata, fallbacks.

use dom_smoothie::{Config, Readability};
use scraper::{Html, Selector};

use crate::arabic_date::read_arabic_date;
use crate::blocks::{collapse, core_paragraphs, densest_container, paragraphs, SKIPPED};
use crate::iso_date::iso_date;
use crate::limits::{check_depth, check_size, Markup, MAX_DEPTH, MAX_HTML_BYTES};
use crate::metadata;
use crate::{Error, Page};

/// Main text shorter than this (in chars) from readability is treated as a miss and the `<p>` fallback
/// is tried; the longer of the two wins.
const MIN_MAIN_TEXT_CHARS: usize = 250;

/// The text must have a line of at least this many words to count as an article.
const MIN_WORDS_IN_SOME_LINE: usize = 4;

/// Containers the fallback reads `<p>` from, most specific first.
const FALLBACK_SCOPES: &[&str] = &["[itemprop=articleBody]", "article", "main", "[role=main]", "body"];

/// Extracts the main text and metadata of an HTML page.
///
/// `url` is the address the page was fetched from, if known; it is kept in [`Page::url`], lets relative
/// links resolve, and is a last source for the publication date (`/2013/08/03/` in the path).
///
/// # Main text
/// `dom_smoothie` (a port of Mozilla's readability) picks the article node; its HTML is then walked into
/// paragraphs (block elements break lines, so the headline and a following `<time>` no longer run
/// together). Readability keeps the article node's siblings, which on modern pages brings in tag lists,
/// share counters and "related" headlines; so the text is narrowed to the page's densest prose container
/// when that container holds most of readability's text (see `narrow_to_core`), and the lines left out
/// go to [`Page::boilerplate`]. When readability fails or finds under 250 characters, the `<p>` elements
/// under `[itemprop=articleBody]`, `<article>`, `<main>` or `<body>` are joined instead (skipping
/// `<nav>`, `<header>`, `<footer>`, `<aside>`, forms, scripts). Leading lines equal to the title or to
/// the date line are moved to [`Page::boilerplate`] too. Nothing is executed: scripts are dropped.
///
/// # Metadata
/// Each field takes the first source that has it:
/// - title: `og:title`, `twitter:title`, JSON-LD `headline`, the `<h1>` that `<title>` contains (else
///   the longest `<h1>`), `<title>` without its site suffix, readability's title;
/// - byline: JSON-LD `author`, `<meta name=author>` and kin, `[rel=author]`/`[itemprop=author]`,
///   readability's byline (when at most 80 chars);
/// - published: `<meta property=article:published_time>` and kin, JSON-LD `datePublished`,
///   `<time datetime>` (else `<time>` text), readability's date, a date in the URL path; the raw string
///   goes to [`Page::published_raw`], and [`Page::published`] is its ISO form (machine-readable dates
///   directly, Arabic ones through `marsad-dates`);
/// - outlet: JSON-LD `publisher.name`, `og:site_name`, `application-name`, readability's site name;
/// - lang: `<html lang>`, readability's; url: the argument, else `<link rel=canonical>`, `og:url`.
///
/// # Errors
/// Checked before parsing, in this order: [`Error::TooLarge`] (over
/// [`MAX_HTML_BYTES`](crate::limits::MAX_HTML_BYTES)), [`Error::Empty`], [`Error::Binary`] (NUL bytes),
/// [`Error::NotHtml`] (no tag at all), [`Error::TooDeep`] (nesting over
/// [`MAX_DEPTH`](crate::limits::MAX_DEPTH)), [`Error::Truncated`] (ends inside a tag, comment or
/// script, or opens `<html>`/`<body>` and closes neither). After parsing: [`Error::NoText`] when no
/// line of the text has four words or more.
pub fn extract_html(html: &str, url: Option<&str>) -> Result<Page, Error> {
    check_size(html.len(), MAX_HTML_BYTES)?;
    if html.trim().is_empty() {
        return Err(Error::Empty);
    }
    if let Some(pos) = html.bytes().position(|b| b == 0) {
        return Err(Error::Binary { reason: format!("nul byte at offset {pos}") });
    }
    if !has_markup(html) {
        return Err(Error::NotHtml);
    }
    check_depth(html.as_bytes(), Markup::Html, MAX_DEPTH)?;
    if let Some(detail) = truncation(html) {
        return Err(Error::Truncated { detail });
    }

    let doc = Html::parse_document(html);
    let meta = metadata::read(&doc);
    let readable = readability(html, &doc, url);
    let main = readable.as_ref().map(|r| r.paragraphs.clone()).unwrap_or_default();
    let mut paras = if chars(&main) >= MIN_MAIN_TEXT_CHARS {
        main
    } else {
        let fallback = fallback_paragraphs(&doc);
        if chars(&fallback) > chars(&main) {
            fallback
        } else {
            main
        }
    };

    let title = meta.title.clone().or_else(|| readable.as_ref().and_then(|r| r.title.clone()));
    let (published_raw, from_url) = match meta.published_raw.clone() {
        Some(raw) => (Some(raw), None),
        None => match readable.as_ref().and_then(|r| r.published.clone()) {
            Some(raw) => (Some(raw), None),
            None => {
                let dated = url.or(meta.canonical_url.as_deref()).and_then(url_date);
                (dated.as_ref().map(|(raw, _)| raw.clone()), dated.map(|(_, iso)| iso))
            }
        },
    };
    let published = from_url
        .or_else(|| published_raw.as_deref().and_then(|raw| iso_date(raw).or_else(|| read_arabic_date(raw))));

    let mut boilerplate = strip_leading_metadata(&mut paras, title.as_deref(), published_raw.as_deref());
    if let Some(r) = readable.as_ref().filter(|r| paras == r.paragraphs) {
        boilerplate.extend(r.chrome.iter().cloned());
    }
    // A page whose only text is a menu or a button label has no article.
    if !paras.iter().any(|p| p.split_whitespace().count() >= MIN_WORDS_IN_SOME_LINE) {
        return Err(Error::NoText);
    }
    let text = paras.join("\n");
    let declared_dir = meta.dir.clone().or_else(|| readable.as_ref().and_then(|r| r.dir.clone()));
    let dir_rtl = match declared_dir.as_deref() {
        Some("rtl") => true,
        Some("ltr") => false,
        _ => mostly_rtl(&text),
    };
    let byline = meta
        .byline
        .clone()
        .or_else(|| readable.as_ref().and_then(|r| r.byline.clone()).filter(|b| b.chars().count() <= 80));
    let outlet = meta.outlet.clone().or_else(|| readable.as_ref().and_then(|r| r.site_name.clone()));
    let lang = meta.lang.clone().or_else(|| readable.as_ref().and_then(|r| r.lang.clone()));
    Ok(Page {
        title,
        byline,
        published,
        published_raw,
        outlet,
        url: url.map(str::to_string).or(meta.canonical_url),
        lang,
        dir_rtl,
        text,
        boilerplate,
    })
}

/// What readability found, reduced to plain data.
struct Readable {
    paragraphs: Vec<String>,
    /// Readability's lines left out of the article body (date line, comment notice, tag list).
    chrome: Vec<String>,
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    site_name: Option<String>,
    lang: Option<String>,
    dir: Option<String>,
}

fn readability(html: &str, doc: &Html, url: Option<&str>) -> Option<Readable> {
    // dom_smoothie refuses relative URLs; the page is still worth reading without one.
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut r = Readability::new(html, url, Some(Config::default()))
        .or_else(|_| Readability::new(html, None, Some(Config::default())))
        .ok()?;
    let article = r.parse().ok()?;
    let content = Html::parse_fragment(&article.content);
    let all = paragraphs(content.root_element());
    let (paragraphs, chrome) = narrow_to_core(doc, &content, all);
    let non_empty = |s: Option<String>| s.map(|s| collapse(&s)).filter(|s| !s.is_empty());
    Some(Readable {
        paragraphs,
        chrome,
        title: non_empty(Some(article.title)),
        byline: non_empty(article.byline),
        published: non_empty(article.published_time),
        site_name: non_empty(article.site_name),
        lang: non_empty(article.lang),
        dir: non_empty(article.dir).map(|d| d.to_ascii_lowercase()),
    })
}

/// Readability's paragraphs narrowed to the article body proper, when that body is clear.
///
/// Candidates, first that qualifies wins: the densest prose container of the whole page (where the page's
/// own markup still separates article paragraphs from the comment notice or tag list after them), then
/// the densest one inside readability's result (whose wrappers readability may have flattened). A
/// candidate qualifies when it holds at least 60% of readability's text and — for the page-level one —
/// at least 90% of its own text is among readability's paragraphs, i.e. both agree on where the article
/// is. Otherwise the article is split over several containers and readability's merge stands.
fn narrow_to_core(doc: &Html, content: &Html, all: Vec<String>) -> (Vec<String>, Vec<String>) {
    let total = chars(&all);
    let split = |core: Vec<String>, all: Vec<String>| {
        let dropped = all.into_iter().filter(|p| !core.contains(p)).collect();
        (core, dropped)
    };
    if total == 0 {
        return (all, Vec::new());
    }
    if let Some(body) = densest_container(doc.root_element()) {
        let core = core_paragraphs(body);
        let shared: usize = core.iter().filter(|p| all.contains(p)).map(|p| p.chars().count()).sum();
        let size = chars(&core);
        if size * 10 >= total * 6 && shared * 10 >= size * 9 {
            return split(core, all);
        }
    }
    if let Some(body) = densest_container(content.root_element()) {
        let core = core_paragraphs(body);
        if chars(&core) * 10 >= total * 6 {
            return split(core, all);
        }
    }
    (all, Vec::new())
}

/// `<p>` texts under the most specific article container that has any, outside page chrome.
fn fallback_paragraphs(doc: &Html) -> Vec<String> {
    let chrome = ["nav", "header", "footer", "aside", "form"];
    let p = Selector::parse("p").expect("static selector");
    for scope in FALLBACK_SCOPES {
        let sel = Selector::parse(scope).expect("static selector");
        let Some(container) = doc.select(&sel).next() else { continue };
        let paras: Vec<String> = container
            .select(&p)
            .filter(|p| {
                !p.ancestors().filter_map(scraper::ElementRef::wrap).any(|a| {
                    let name = a.value().name();
                    chrome.contains(&name) || SKIPPED.contains(&name)
                })
            })
            .flat_map(paragraphs)
            .collect();
        if !paras.is_empty() {
            return paras;
        }
    }
    Vec::new()
}

/// Moves leading lines that only repeat the title or the date into the returned boilerplate.
fn strip_leading_metadata(paras: &mut Vec<String>, title: Option<&str>, date: Option<&str>) -> Vec<String> {
    let mut removed = Vec::new();
    while let Some(first) = paras.first() {
        let is_title = title.is_some_and(|t| same_text(first, t));
        let is_date =
            date.is_some_and(|d| first.contains(d) && first.chars().count() < d.chars().count() + 40);
        if !(is_title || is_date) {
            break;
        }
        removed.push(paras.remove(0));
    }
    removed
}

/// Equal up to punctuation, quotes and spacing.
fn same_text(a: &str, b: &str) -> bool {
    let key = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let (ka, kb) = (key(a), key(b));
    !ka.is_empty() && ka == kb
}

/// A date in the URL path: a year segment followed (within three segments) by month and day segments,
/// as in `/2013/middle_east/8/3/` or `/2024/03/12/`. Returns the matched path part and the ISO date.
fn url_date(url: &str) -> Option<(String, String)> {
    let path = url.split("://").nth(1).map_or(url, |rest| rest.split_once('/').map_or("", |(_, p)| p));
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segs: Vec<&str> = path.split('/').collect();
    let num = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    for (i, seg) in segs.iter().enumerate() {
        let Some(year) = num(seg).filter(|y| seg.len() == 4 && (1990..=2100).contains(y)) else { continue };
        for j in i + 1..(i + 4).min(segs.len().saturating_sub(1)) {
            let (Some(month), Some(day)) = (num(segs[j]), num(segs[j + 1])) else { continue };
            if (1..=12).contains(&month)
                && (1..=31).contains(&day)
                && segs[j].len() <= 2
                && segs[j + 1].len() <= 2
            {
                let raw = format!("/{}/", segs[i..=j + 1].join("/"));
                return Some((raw, format!("{year:04}-{month:02}-{day:02}")));
            }
        }
    }
    None
}

fn chars(paras: &[String]) -> usize {
    paras.iter().map(|p| p.chars().count()).sum()
}

/// More Arabic-, Hebrew- or Syriac-script letters than Latin ones.
fn mostly_rtl(text: &str) -> bool {
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c as u32 {
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF => rtl += 1,
            _ => ltr += 1,
        }
    }
    rtl > ltr
}

/// Whether the text holds at least one tag or doctype.
fn has_markup(html: &str) -> bool {
    html.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!'))
}

/// Why the document looks cut off, if it does.
fn truncation(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    if let Some(open) = lower.rfind("<!--") {
        if !lower[open..].contains("-->") {
            return Some(format!("ends inside a comment opened at byte {open}"));
        }
    }
    if let Some(open) = lower.rfind("<script") {
        if !lower[open..].contains("</script") {
            return Some(format!("ends inside a <script> opened at byte {open}"));
        }
    }
    let last_lt = lower.rfind('<');
    let last_gt = lower.rfind('>');
    if let Some(lt) = last_lt {
        if last_gt.is_none_or(|gt| gt < lt)
            && lower[lt + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
        {
            return Some(format!("ends inside a tag opened at byte {lt}"));
        }
    }
    let opens = lower.contains("<html") || lower.contains("<body");
    if opens && !lower.contains("</body") && !lower.contains("</html") {
        return Some(format!("no </body> or </html> after {} bytes", html.len()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_dates() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html",
                Some(("/2013/middle_east/8/3/", "2013-08-03")),
            ),
            ("https://example.com/news/2024/03/12/qasf", Some(("/2024/03/12/", "2024-03-12"))),
            ("https://www.lbcgroup.tv/news/lifestyle/898682/slug", None),
            ("https://x.com/2024/99/1/", None),
            ("not a url", None),
        ];
        for (url, want) in cases {
            let got = url_date(url);
            assert_eq!(got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), *want, "{url}");
        }
    }

    #[test]
    fn truncations() {
        assert!(truncation("<html><body><p>نص</p><a hre").unwrap().contains("inside a tag"));
        assert!(truncation("<html><body><p>نص</p><!-- x").unwrap().contains("comment"));
        assert!(truncation("<html><body><script>var x = 1;").unwrap().contains("<script>"));
        assert!(truncation("<html><body><p>نص مقطوع في المنتصف").unwrap().contains("no </body>"));
        assert_eq!(truncation("<html><body><p>3 < 4</p></body></html>"), None);
        assert_eq!(truncation("<p>fragment</p>"), None);
    }

    #[test]
    fn arabic_time_text_headline_and_date_line() {
        // The shape STACK.md warns about: readability ran the <h1> and <time> together.
        let html = "<html lang=\"ar\"><body><article><h1>دورية روسية تركية مشتركة على طريق M4</h1>\
            <time>الثلاثاء 12 آذار 2024</time>\
            <p>سيرت القوات الروسية والتركية دورية مشتركة جديدة على الطريق الدولي حلب اللاذقية.</p>\
            <p>وانطلقت الدورية من بلدة ترنبة غرب سراقب باتجاه عين الحور بريف إدلب.</p></article></body></html>";
        let page = extract_html(html, None).unwrap();
        assert_eq!(page.title.as_deref(), Some("دورية روسية تركية مشتركة على طريق M4"));
        assert_eq!(page.published_raw.as_deref(), Some("الثلاثاء 12 آذار 2024"));
        assert_eq!(page.published.as_deref(), Some("2024-03-12"));
        assert!(page.text.starts_with("سيرت القوات الروسية"), "{}", page.text);
        assert!(!page.text.contains("M4الثلاثاء"));
        assert!(!page.text.contains("دورية روسية تركية مشتركة على طريق M4"));
        assert_eq!(page.boilerplate, ["الثلاثاء 12 آذار 2024"]);
        assert!(page.dir_rtl, "no dir declared, Arabic text");
    }

    #[test]
    fn article_split_around_an_ad_keeps_both_halves() {
        let p = |n: usize| {
            format!("<p>الفقرة رقم {n} من التقرير عن الاشتباكات في ريف حلب الشمالي وما تبعها من قصف متبادل بين الطرفين.</p>")
        };
        let first: String = (1..=3).map(p).collect();
        let second: String = (4..=6).map(p).collect();
        let html = format!(
            "<html><body><nav><a href=/>الرئيسية</a></nav><article><div class=\"part\">{first}</div>\
             <div class=\"ad\"><a href=/ad>إعلان</a></div><div class=\"part\">{second}</div></article>\
             <footer><p>جميع الحقوق محفوظة</p></footer></body></html>"
        );
        let page = extract_html(&html, None).unwrap();
        let lines: Vec<&str> = page.text.lines().collect();
        assert_eq!(lines.len(), 6, "{}", page.text);
        assert!(lines[0].contains("رقم 1") && lines[5].contains("رقم 6"));
    }

    #[test]
    fn rtl_guess() {
        assert!(mostly_rtl("قصف على إدلب CNN"));
        assert!(!mostly_rtl("Shelling in Idlib قصف"));
    }
}
