//! Page metadata from `<meta>`, `<time>`, JSON-LD, `<h1>` and `<title>`, in a documented order.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use crate::blocks::collapse;

/// What the page says about itself, before any choice between sources.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published_raw: Option<String>,
    pub outlet: Option<String>,
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
}

/// `<meta>` keys giving the publication time, most specific first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "sailthru.date",
    "date",
];

const TITLE_KEYS: &[&str] = &["og:title", "twitter:title", "headline"];
const AUTHOR_KEYS: &[&str] = &["author", "article:author", "dc.creator", "byl", "sailthru.author"];
const OUTLET_KEYS: &[&str] = &["og:site_name", "application-name", "publisher"];

/// JSON-LD `@type`s that describe the article itself (not the site or a breadcrumb).
const ARTICLE_TYPES: &[&str] =
    &["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage"];

/// Reads the metadata of a parsed page.
///
/// Sources, first non-empty wins for each field:
/// - title: `og:title`, `twitter:title`, JSON-LD `headline`, the `<h1>` that `<title>` contains (else the
///   longest `<h1>`), `<title>` with its site suffix cut at ` - `, ` | `, ` – `, ` — `;
/// - byline: JSON-LD `author` (name, list of names), `<meta name=author>` and kin (URLs skipped),
///   `[rel=author]`, `[itemprop=author]`;
/// - published: `<meta property=article:published_time>` and kin, JSON-LD `datePublished`,
///   `<time datetime>` (inside `<article>`/`<main>` first), else the text of the first such `<time>`;
/// - outlet: JSON-LD `publisher.name`, `og:site_name`, `application-name`;
/// - lang/dir: `<html lang dir>`, then `<body dir>`.
pub(crate) fn read(doc: &Html) -> Metadata {
    let metas = meta_pairs(doc);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter()
            .find_map(|k| metas.iter().find(|(key, v)| key == k && !v.is_empty()).map(|(_, v)| v.clone()))
    };
    let ld = json_ld_article(doc);
    let ld_str = |f: &dyn Fn(&Value) -> Option<String>| ld.as_ref().and_then(f).map(|s| decode_entities(&s));

    let title = meta(TITLE_KEYS)
        .or_else(|| ld_str(&|v| string(v.get("headline")?)))
        .or_else(|| heading_title(doc))
        .or_else(|| document_title(doc).map(|t| strip_site_suffix(&t)));
    let byline = ld_str(&|v| author_names(v.get("author")?))
        .or_else(|| meta(AUTHOR_KEYS).filter(|a| !a.starts_with("http")))
        .or_else(|| first_text(doc, "[rel=author], [itemprop=author]:not(meta)"));
    let published_raw = meta(PUBLISHED_KEYS)
        .or_else(|| ld_str(&|v| string(v.get("datePublished")?)))
        .or_else(|| time_element(doc));
    let outlet = ld_str(&|v| string(v.get("publisher")?.get("name")?)).or_else(|| meta(OUTLET_KEYS));
    let canonical_url = first_attr(doc, "link[rel=canonical]", "href").or_else(|| meta(&["og:url"]));
    let html = doc.root_element();
    let body = first(doc, "body");
    let lang = html.attr("lang").or_else(|| html.attr("xml:lang")).map(str::trim).filter(|s| !s.is_empty());
    let dir = html.attr("dir").or_else(|| body.and_then(|b| b.attr("dir")));
    Metadata {
        title: title.map(|t| collapse(&t)).filter(|t| !t.is_empty()),
        byline: byline.map(|t| collapse(&t)).filter(|t| !t.is_empty()),
        published_raw: published_raw.map(|t| collapse(&t)).filter(|t| !t.is_empty()),
        outlet: outlet.map(|t| collapse(&t)).filter(|t| !t.is_empty()),
        canonical_url,
        lang: lang.map(str::to_string).or_else(|| meta(&["content-language", "og:locale"])),
        dir: dir.map(|d| d.trim().to_ascii_lowercase()),
    }
}

/// `(key, content)` of every `<meta>`, key from `property`, `name`, `itemprop` or `http-equiv`,
/// lowercased.
fn meta_pairs(doc: &Html) -> Vec<(String, String)> {
    let sel = Selector::parse("meta[content]").expect("static selector");
    doc.select(&sel)
        .filter_map(|m| {
            let el = m.value();
            let key =
                el.attr("property").or(el.attr("name")).or(el.attr("itemprop")).or(el.attr("http-equiv"))?;
            Some((key.trim().to_ascii_lowercase(), el.attr("content")?.trim().to_string()))
        })
        .collect()
}

/// The JSON-LD object describing the article: the first of an article type, else the first with a
/// `datePublished`. Looks into arrays and `@graph`. Unparsable blocks are skipped.
fn json_ld_article(doc: &Html) -> Option<Value> {
    let sel = Selector::parse("script[type=\"application/ld+json\"]").expect("static selector");
    let mut objects = Vec::new();
    for script in doc.select(&sel) {
        let raw: String = script.text().collect();
        if let Ok(v) = serde_json::from_str::<Value>(raw.trim().trim_end_matches(';')) {
            flatten(v, &mut objects, 0);
        }
    }
    let is_article = |o: &Value| match o.get("@type") {
        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
        _ => false,
    };
    let position = objects
        .iter()
        .position(|o| is_article(o) && o.get("datePublished").is_some())
        .or_else(|| objects.iter().position(is_article))
        .or_else(|| objects.iter().position(|o| o.get("datePublished").is_some()))?;
    Some(objects.swap_remove(position))
}

fn flatten(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.into_iter().for_each(|i| flatten(i, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

fn string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Array(items) => items.iter().find_map(string),
        _ => None,
    }
}

/// Author names from JSON-LD: a string, an object with `name`, or a list of either, joined by `، `.
fn author_names(v: &Value) -> Option<String> {
    let names: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(author_names).collect(),
        Value::Object(o) => o.get("name").and_then(string).into_iter().collect(),
        Value::String(s) if !s.trim().is_empty() && !s.starts_with("http") => vec![s.trim().to_string()],
        _ => vec![],
    };
    (!names.is_empty()).then(|| names.join("، "))
}

/// JSON-LD strings are often HTML-escaped by the CMS (`&quot;شعر وردي&quot;`); decode them as HTML.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let frag = Html::parse_fragment(s);
    frag.root_element().text().collect()
}

/// The `<h1>` naming the article: the one whose text `<title>` contains, else the longest.
fn heading_title(doc: &Html) -> Option<String> {
    let sel = Selector::parse("h1").expect("static selector");
    let page_title = document_title(doc).unwrap_or_default();
    let heads: Vec<String> =
        doc.select(&sel).map(|h| collapse(&h.text().collect::<String>())).filter(|t| !t.is_empty()).collect();
    heads
        .iter()
        .find(|h| h.chars().count() > 8 && page_title.contains(h.as_str()))
        .or_else(|| heads.iter().max_by_key(|h| h.chars().count()))
        .cloned()
}

fn document_title(doc: &Html) -> Option<String> {
    first_text(doc, "title")
}

/// Cuts the site name off a `<title>`: splits on the usual separators and keeps the longest part.
fn strip_site_suffix(title: &str) -> String {
    let t = collapse(title);
    [" | ", " - ", " – ", " — ", " :: "]
        .iter()
        .find(|sep| t.contains(*sep))
        .and_then(|sep| t.split(*sep).max_by_key(|p| p.chars().count()).map(|p| p.trim().to_string()))
        .unwrap_or(t)
}

/// `datetime` of the first `<time>` in the article (else the page); its text when it has no `datetime`.
fn time_element(doc: &Html) -> Option<String> {
    for scope in ["article time, main time", "time"] {
        let sel = Selector::parse(scope).expect("static selector");
        let mut times = doc.select(&sel);
        if let Some(t) = times.clone().find_map(|t| t.attr("datetime").filter(|d| !d.trim().is_empty())) {
            return Some(t.trim().to_string());
        }
        if let Some(t) =
            times.next().map(|t| collapse(&t.text().collect::<String>())).filter(|t| !t.is_empty())
        {
            return Some(t);
        }
    }
    None
}

fn first<'a>(doc: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    let sel = Selector::parse(css).ok()?;
    doc.select(&sel).next()
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    doc.select(&sel).map(|e| collapse(&e.text().collect::<String>())).find(|t| !t.is_empty())
}

fn first_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    doc.select(&sel).find_map(|e| e.attr(attr).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_tags_win_and_json_ld_fills_in() {
        let html = r#"<html lang="ar" dir="rtl"><head>
            <title>قصف على إدلب - موقع الخبر</title>
            <meta property="og:site_name" content="الخبر">
            <meta property="article:published_time" content="2024-03-12T09:00:00+03:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"&quot;قصف&quot; على إدلب","datePublished":"2024-03-11",
               "author":[{"@type":"Person","name":"سامر أحمد"},{"name":"ليلى"}],"publisher":{"name":"شبكة الخبر"}}]}
            </script></head><body><h1>قصف على إدلب</h1></body></html>"#;
        let m = read(&Html::parse_document(html));
        assert_eq!(m.title.as_deref(), Some("\"قصف\" على إدلب"));
        assert_eq!(m.byline.as_deref(), Some("سامر أحمد، ليلى"));
        assert_eq!(m.published_raw.as_deref(), Some("2024-03-12T09:00:00+03:00"));
        assert_eq!(m.outlet.as_deref(), Some("شبكة الخبر"));
        assert_eq!(m.lang.as_deref(), Some("ar"));
        assert_eq!(m.dir.as_deref(), Some("rtl"));
    }

    #[test]
    fn fallbacks_h1_title_and_time_text() {
        let html = r#"<html><head><title>غارات على ريف حماة | الموقع</title></head><body>
            <h1><a href="/">CNN</a></h1><article><h1>غارات على ريف حماة</h1>
            <time>الأربعاء، 28 آب/اغسطس 2013</time><p>نص</p></article></body></html>"#;
        let m = read(&Html::parse_document(html));
        assert_eq!(m.title.as_deref(), Some("غارات على ريف حماة"));
        assert_eq!(m.published_raw.as_deref(), Some("الأربعاء، 28 آب/اغسطس 2013"));
        assert_eq!(m.byline, None);
        assert_eq!(m.outlet, None);
        let only_title = read(&Html::parse_document("<title>اشتباكات في درعا – عنب بلدي</title>"));
        assert_eq!(only_title.title.as_deref(), Some("اشتباكات في درعا"));
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let html = r#"<script type="application/ld+json">{"headline": "x",</script><meta name="author" content="https://x/y">"#;
        let m = read(&Html::parse_document(html));
        assert_eq!(m.title, None);
        assert_eq!(m.byline, None);
    }
}
