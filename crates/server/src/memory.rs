//! A [`Backend`] held in memory: for tests, benchmarks and the browser test.
//!
//! It answers every query the store answers, over analysed articles handed to
//! it ([`AnalyzedArticle`]). It does no cross-outlet merge (each event has the
//! one article it was read from) and its search is a folded substring match,
//! not the store's tantivy index; the store replaces both.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, RwLock};

use marsad_model::{DateMention, DateValue, Entity, Event, Mention, Span};

use crate::backend::*;
use crate::day::Day;
use crate::export;

/// An article after the pipeline: what the memory backend stores.
#[derive(Clone, Debug, Default)]
pub struct AnalyzedArticle {
    /// Id to store it under; one is made up when `None`.
    pub id: Option<String>,
    /// Source URL.
    pub url: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<DateValue>,
    /// Cleaned body; every span points into it.
    pub text: String,
    /// Site chrome inside the body.
    pub boilerplate: Vec<Span>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
    /// Actor and place mentions.
    pub mentions: Vec<Mention>,
    /// Coded events (ids unique within the article).
    pub events: Vec<Event>,
    /// Every entity the mentions and events name.
    pub entities: Vec<Entity>,
}

/// Turns a posted article into an analysed one (the pipeline, when wired).
pub type Analyzer = dyn Fn(&NewArticle) -> anyhow::Result<AnalyzedArticle> + Send + Sync;

struct ArticleRec {
    id: String,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    author: Option<String>,
    published: Option<DateValue>,
    text: Arc<str>,
    boilerplate: Vec<Span>,
    dates: Vec<DateMention>,
    mentions: Vec<Mention>,
    /// Event ids read from this article, in article order.
    events: Vec<String>,
    folded: String,
}

struct EventRec {
    id: String,
    article: usize,
    event: Event,
    bounds: Option<(Day, Day)>,
    /// The place that locates it and its coordinates.
    location: Option<(String, f64, f64)>,
    folded: String,
    /// Its [`MapPoint`] as JSON, made once: the map asks for every point.
    point_json: Option<String>,
}

#[derive(Default)]
struct Inner {
    articles: Vec<ArticleRec>,
    article_ids: HashMap<String, usize>,
    by_hash: HashMap<u64, usize>,
    by_url: HashMap<String, usize>,
    entities: HashMap<String, Entity>,
    events: Vec<EventRec>,
    event_ids: HashMap<String, usize>,
    /// Indices into `events`, newest first, undated last; rebuilt on insert.
    order: Vec<usize>,
    /// Actor and place rankings, rebuilt on insert.
    actor_stats: Vec<EntityStat>,
    place_stats: Vec<EntityStat>,
}

/// The in-memory backend.
pub struct MemoryBackend {
    inner: RwLock<Inner>,
    analyzer: Box<Analyzer>,
}

impl Default for MemoryBackend {
    fn default() -> MemoryBackend {
        MemoryBackend::new(Box::new(basic_analyzer))
    }
}

impl MemoryBackend {
    /// An empty backend that analyses posted articles with `analyzer`.
    pub fn new(analyzer: Box<Analyzer>) -> MemoryBackend {
        MemoryBackend { inner: RwLock::new(Inner::default()), analyzer }
    }

    /// Stores analysed articles; returns the ids they got.
    ///
    /// An article whose text (or URL) is already stored is skipped and the
    /// existing id returned.
    pub fn insert_all(&self, articles: Vec<AnalyzedArticle>) -> Vec<(String, bool)> {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let out = articles.into_iter().map(|a| inner.insert(a)).collect();
        inner.reorder();
        out
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(|e| e.into_inner())
    }
}

impl Inner {
    fn insert(&mut self, a: AnalyzedArticle) -> (String, bool) {
        let hash = content_hash(&a.text);
        if let Some(&i) = self.by_hash.get(&hash) {
            return (self.articles[i].id.clone(), false);
        }
        if let Some(&i) = a.url.as_ref().and_then(|u| self.by_url.get(u)) {
            return (self.articles[i].id.clone(), false);
        }
        let index = self.articles.len();
        let mut id = a.id.clone().unwrap_or_else(|| format!("a{}", index + 1));
        if self.article_ids.contains_key(&id) {
            id = format!("{id}-{}", index + 1);
        }
        for e in a.entities {
            self.entities.entry(e.id.clone()).or_insert(e);
        }
        let mut event_ids = Vec::new();
        for event in a.events {
            let event_id = format!("{id}.{}", event.id);
            let location = std::iter::once(&event.place).flatten().chain(event.places.iter()).find_map(|p| {
                let e = self.entities.get(p)?;
                Some((p.clone(), e.lat?, e.lon?))
            });
            let bounds = event.date.as_ref().and_then(Day::bounds_of);
            let folded = marsad_text::fold(&event.evidence);
            self.event_ids.insert(event_id.clone(), self.events.len());
            event_ids.push(event_id.clone());
            let mut rec =
                EventRec { id: event_id, article: index, event, bounds, location, folded, point_json: None };
            rec.point_json = point_of(&rec).and_then(|p| serde_json::to_string(&p).ok());
            self.events.push(rec);
        }
        let folded = marsad_text::fold(&format!("{}\n{}", a.title.as_deref().unwrap_or(""), a.text));
        self.by_hash.insert(hash, index);
        if let Some(u) = &a.url {
            self.by_url.insert(u.clone(), index);
        }
        self.article_ids.insert(id.clone(), index);
        self.articles.push(ArticleRec {
            id: id.clone(),
            url: a.url,
            outlet: a.outlet,
            title: a.title,
            author: a.author,
            published: a.published,
            text: a.text.into(),
            boilerplate: a.boilerplate,
            dates: a.dates,
            mentions: a.mentions,
            events: event_ids,
            folded,
        });
        (id, true)
    }

    fn reorder(&mut self) {
        let mut order: Vec<usize> = (0..self.events.len()).collect();
        let events = &self.events;
        order.sort_by(|&a, &b| {
            let (ea, eb) = (&events[a], &events[b]);
            let key = |e: &EventRec| e.bounds.map(|(s, _)| s);
            match (key(ea), key(eb)) {
                (Some(x), Some(y)) => y.cmp(&x).then_with(|| ea.id.cmp(&eb.id)),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => ea.id.cmp(&eb.id),
            }
        });
        self.order = order;
        self.actor_stats = self.stats(false);
        self.place_stats = self.stats(true);
    }

    fn entity_ref(&self, id: &str) -> EntityRef {
        match self.entities.get(id) {
            Some(e) => EntityRef {
                id: e.id.clone(),
                kind: e.kind,
                name_ar: e.name_ar.clone(),
                name_en: e.name_en.clone(),
                lat: e.lat,
                lon: e.lon,
                geo_precision: e.geo_precision,
            },
            // An id the lexicon no longer knows: show the id rather than fail.
            None => EntityRef {
                id: id.to_string(),
                kind: if id.starts_with("place:") {
                    marsad_model::EntityKind::Place
                } else {
                    marsad_model::EntityKind::Collective
                },
                name_ar: id.to_string(),
                name_en: id.to_string(),
                lat: None,
                lon: None,
                geo_precision: None,
            },
        }
    }

    fn row(&self, rec: &EventRec) -> EventRow {
        let e = &rec.event;
        EventRow {
            id: rec.id.clone(),
            kind: e.kind,
            mode: e.mode.clone(),
            date: e.date.clone(),
            source: e.source.iter().map(|a| self.entity_ref(a)).collect(),
            target: e.target.iter().map(|a| self.entity_ref(a)).collect(),
            place: rec
                .location
                .as_ref()
                .map(|(p, _, _)| self.entity_ref(p))
                .or_else(|| e.place.as_deref().map(|p| self.entity_ref(p))),
            reported_as: e.reported_as,
            historical: e.historical,
            negated: e.negated,
            evidence: e.evidence.clone(),
            source_count: 1,
        }
    }

    fn detail(&self, rec: &EventRec) -> EventDetail {
        let e = &rec.event;
        let a = &self.articles[rec.article];
        let mut places: Vec<EntityRef> = Vec::new();
        for p in e.place.iter().chain(e.places.iter()) {
            if !places.iter().any(|r| &r.id == p) {
                places.push(self.entity_ref(p));
            }
        }
        EventDetail {
            row: self.row(rec),
            places,
            sources: vec![EventSource {
                article_id: a.id.clone(),
                outlet: a.outlet.clone(),
                url: a.url.clone(),
                title: a.title.clone(),
                published: a.published.clone(),
                sentence: e.evidence.clone(),
                span: e.span,
                trigger: (!e.trigger.is_empty()).then_some(e.trigger),
                date: e.date.clone(),
                reported_as: e.reported_as,
            }],
        }
    }

    /// The matching events, in list order.
    fn matching<'a>(&'a self, q: &'a EventQuery) -> impl Iterator<Item = &'a EventRec> + 'a {
        let terms: Vec<String> = q.q.as_deref().map(query_terms).unwrap_or_default();
        let range = (q.from, q.to);
        self.order.iter().map(|&i| &self.events[i]).filter(move |rec| {
            let e = &rec.event;
            if range.0.is_some() || range.1.is_some() {
                let Some((start, end)) = rec.bounds else { return false };
                if range.0.is_some_and(|f| end < f) || range.1.is_some_and(|t| start > t) {
                    return false;
                }
            }
            if !q.types.is_empty() && !q.types.contains(&e.kind) {
                return false;
            }
            if let Some(actor) = &q.actor {
                if !e.source.iter().chain(e.target.iter()).any(|a| a == actor) {
                    return false;
                }
            }
            if let Some(place) = &q.place {
                if e.place.as_ref() != Some(place) && !e.places.contains(place) {
                    return false;
                }
            }
            if let Some(bbox) = &q.bbox {
                match &rec.location {
                    Some((_, lat, lon)) if bbox.contains(*lat, *lon) => {}
                    _ => return false,
                }
            }
            if !terms.is_empty() {
                let title = &self.articles[rec.article].folded;
                let title = title.split('\n').next().unwrap_or("");
                if !terms.iter().all(|t| rec.folded.contains(t.as_str()) || title.contains(t.as_str())) {
                    return false;
                }
            }
            true
        })
    }

    fn stats(&self, places: bool) -> Vec<EntityStat> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for rec in &self.events {
            let e = &rec.event;
            let ids: Vec<&String> = if places {
                e.place.iter().chain(e.places.iter()).collect()
            } else {
                e.source.iter().chain(e.target.iter()).collect()
            };
            let mut seen: Vec<&str> = Vec::new();
            for id in ids {
                if !seen.contains(&id.as_str()) {
                    seen.push(id);
                    *counts.entry(id).or_default() += 1;
                }
            }
        }
        let mut out: Vec<EntityStat> =
            counts.into_iter().map(|(id, n)| EntityStat { entity: self.entity_ref(id), events: n }).collect();
        out.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.entity.id.cmp(&b.entity.id)));
        out
    }
}

impl Backend for MemoryBackend {
    fn name(&self) -> &'static str {
        "memory"
    }

    fn events(&self, q: &EventQuery) -> BackendResult<Page<EventRow>> {
        let inner = self.read();
        let mut total = 0;
        let mut items = Vec::new();
        for rec in inner.matching(q) {
            if total >= q.offset && items.len() < q.limit {
                items.push(inner.row(rec));
            }
            total += 1;
        }
        Ok(Page { total, offset: q.offset, limit: q.limit, items })
    }

    fn points(&self, q: &EventQuery) -> BackendResult<Vec<MapPoint>> {
        let inner = self.read();
        Ok(inner.matching(q).filter_map(point_of).collect())
    }

    fn points_json(&self, q: &EventQuery) -> BackendResult<(usize, Vec<u8>)> {
        let inner = self.read();
        let mut out = Vec::with_capacity(64 * 1024);
        out.push(b'[');
        let mut n = 0;
        for json in inner.matching(q).filter_map(|rec| rec.point_json.as_deref()) {
            if n > 0 {
                out.push(b',');
            }
            out.extend_from_slice(json.as_bytes());
            n += 1;
        }
        out.push(b']');
        Ok((n, out))
    }

    fn event(&self, id: &str) -> BackendResult<Option<EventDetail>> {
        let inner = self.read();
        Ok(inner.event_ids.get(id).map(|&i| inner.detail(&inner.events[i])))
    }

    fn article(&self, id: &str) -> BackendResult<Option<ArticleView>> {
        let inner = self.read();
        let Some(&i) = inner.article_ids.get(id) else { return Ok(None) };
        let a = &inner.articles[i];
        let events = a
            .events
            .iter()
            .filter_map(|eid| inner.event_ids.get(eid))
            .map(|&ei| {
                let rec = &inner.events[ei];
                ArticleEvent {
                    event_id: rec.id.clone(),
                    kind: rec.event.kind,
                    span: rec.event.span,
                    trigger: (!rec.event.trigger.is_empty()).then_some(rec.event.trigger),
                }
            })
            .collect();
        Ok(Some(ArticleView {
            id: a.id.clone(),
            url: a.url.clone(),
            outlet: a.outlet.clone(),
            title: a.title.clone(),
            author: a.author.clone(),
            published: a.published.clone(),
            text: a.text.to_string(),
            boilerplate: a.boilerplate.clone(),
            boilerplate_removed: Vec::new(),
            dates: a.dates.clone(),
            mentions: a.mentions.clone(),
            events,
            duplicate_of: None,
        }))
    }

    fn search(&self, q: &str, limit: usize) -> BackendResult<Vec<SearchHit>> {
        let terms = query_terms(q);
        if terms.is_empty() {
            return Err(BackendError::BadInput(format!("the query '{q}' has no words to search for")));
        }
        let inner = self.read();
        let mut hits: Vec<(usize, usize)> = inner
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| terms.iter().all(|t| a.folded.contains(t.as_str())))
            .map(|(i, a)| (i, terms.iter().map(|t| a.folded.matches(t.as_str()).count()).sum()))
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(hits
            .into_iter()
            .take(limit)
            .map(|(i, n)| {
                let a = &inner.articles[i];
                let (snippet, highlights) = snippet(&a.text, &terms);
                SearchHit {
                    article_id: a.id.clone(),
                    title: a.title.clone(),
                    outlet: a.outlet.clone(),
                    published: a.published.clone(),
                    snippet,
                    highlights,
                    score: n as f32,
                }
            })
            .collect())
    }

    fn actors(&self) -> BackendResult<Vec<EntityStat>> {
        Ok(self.read().actor_stats.clone())
    }

    fn places(&self) -> BackendResult<Vec<EntityStat>> {
        Ok(self.read().place_stats.clone())
    }

    fn export(&self, q: &EventQuery, format: ExportFormat) -> BackendResult<Vec<u8>> {
        let inner = self.read();
        let details: Vec<EventDetail> = inner.matching(q).map(|rec| inner.detail(rec)).collect();
        Ok(export::write(&details, format))
    }

    fn ingest(&self, article: NewArticle) -> BackendResult<IngestOutcome> {
        let analyzed = (self.analyzer)(&article)
            .map_err(|e| BackendError::BadInput(format!("cannot analyse the article: {e:#}")))?;
        let events = analyzed.events.len();
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let (id, new) = inner.insert(analyzed);
        inner.reorder();
        Ok(IngestOutcome {
            article_id: id,
            status: if new { "new" } else { "duplicate" }.into(),
            duplicate_of: None,
            events: if new { events } else { 0 },
        })
    }

    fn counts(&self) -> BackendResult<Counts> {
        let inner = self.read();
        Ok(Counts { articles: inner.articles.len(), events: inner.events.len() })
    }
}

fn point_of(rec: &EventRec) -> Option<MapPoint> {
    let (_, lat, lon) = rec.location.as_ref()?;
    Some(MapPoint {
        id: rec.id.clone(),
        kind: rec.event.kind,
        lat: *lat,
        lon: *lon,
        day: rec.bounds.map(|(s, _)| s.to_string()),
        precision: rec.event.date.as_ref().map(|d| d.precision).unwrap_or(marsad_model::Precision::Unknown),
    })
}

fn content_hash(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    marsad_text::fold(text).split_whitespace().for_each(|w| w.hash(&mut h));
    h.finish()
}

/// The folded words of a query; a word shorter than two letters matches too much to help.
fn query_terms(q: &str) -> Vec<String> {
    let folded = marsad_text::fold(q);
    marsad_text::tokens(&folded)
        .iter()
        .map(|t| t.text.to_string())
        .filter(|t| t.chars().count() >= 2)
        .collect()
}

/// The first sentence holding a query word, with the matching words' spans.
fn snippet(text: &str, terms: &[String]) -> (String, Vec<Span>) {
    let sentences = marsad_text::sentences(text);
    let chosen = sentences
        .iter()
        .find(|s| {
            let f = marsad_text::fold(&text[s.start..s.end]);
            terms.iter().any(|t| f.contains(t.as_str()))
        })
        .or(sentences.first())
        .copied()
        .unwrap_or_default();
    let mut end = chosen.end.min(chosen.start + 600);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let snippet = text[chosen.start..end].to_string();
    let highlights = marsad_text::tokens(&snippet)
        .into_iter()
        .filter(|tok| {
            let f = marsad_text::fold(tok.text);
            terms.iter().any(|t| f.contains(t.as_str()))
        })
        .map(|tok| tok.span)
        .collect();
    (snippet, highlights)
}

/// Analysis without the pipeline: the text is cleaned (HTML reduced to its
/// text) and stored, but no events are coded. Used until a pipeline is wired.
pub fn basic_analyzer(article: &NewArticle) -> anyhow::Result<AnalyzedArticle> {
    let (body, html_title) = match article.format {
        ArticleFormat::Text => (article.body.clone(), None),
        ArticleFormat::Html => html_to_text(&article.body),
    };
    let cleaned = marsad_text::clean(&body);
    if cleaned.text.trim().is_empty() {
        anyhow::bail!("no text left after cleaning");
    }
    Ok(AnalyzedArticle {
        url: article.url.clone(),
        outlet: article.outlet.clone(),
        title: article.title.clone().or(html_title),
        published: article
            .published
            .as_deref()
            .and_then(Day::parse)
            .map(|d| DateValue::day(d.year, d.month, d.day)),
        text: cleaned.text,
        ..AnalyzedArticle::default()
    })
}

/// Reduces an HTML page to its text and `<title>`: scripts, styles and tags
/// dropped, block ends made line breaks, the common entities decoded.
pub fn html_to_text(html: &str) -> (String, Option<String>) {
    let lower = html.to_ascii_lowercase();
    let title = lower.find("<title").and_then(|s| {
        let open_end = s + lower[s..].find('>')? + 1;
        let close = open_end + lower[open_end..].find("</title")?;
        Some(decode_entities(html[open_end..close].trim()))
    });
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < html.len() {
        let rest = &lower[i..];
        if rest.starts_with("<script") || rest.starts_with("<style") || rest.starts_with("<title") {
            let tag = if rest.starts_with("<script") {
                "</script"
            } else if rest.starts_with("<style") {
                "</style"
            } else {
                "</title"
            };
            i = match rest.find(tag) {
                Some(close) => i + close + tag.len(),
                None => html.len(),
            };
            i = lower[i..].find('>').map(|g| i + g + 1).unwrap_or(html.len());
        } else if rest.starts_with('<') {
            let end = rest.find('>').map(|g| i + g + 1).unwrap_or(html.len());
            let tag = &lower[i..end];
            if ["<p", "</p", "<br", "<div", "</div", "<li", "<h1", "<h2", "<h3", "</h", "<tr"]
                .iter()
                .any(|b| tag.starts_with(b))
            {
                out.push('\n');
            }
            i = end;
        } else {
            let next = rest.find('<').map(|n| i + n).unwrap_or(html.len());
            out.push_str(&decode_entities(&html[i..next]));
            i = next;
        }
    }
    (out, title)
}

fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_to_text_keeps_text_and_drops_code() {
        let html = "<html><head><title>دوريات &amp; نقاط</title><style>p{}</style></head>\
                    <body><script>alert(1)</script><p>سيرت القوات دورية</p><p>في ريف حلب</p></body></html>";
        let (text, title) = html_to_text(html);
        assert_eq!(title.as_deref(), Some("دوريات & نقاط"));
        assert!(text.contains("سيرت القوات دورية\n"));
        assert!(text.contains("في ريف حلب"));
        assert!(!text.contains("alert"));
        assert!(!text.contains("p{}"));
    }

    #[test]
    fn snippet_highlights_folded_matches() {
        let text = "جملة أولى. سيرت القوات الروسية والتركية الدورية المشتركة على الطريق.";
        let (snip, marks) = snippet(text, &query_terms("دوريه"));
        assert!(snip.starts_with("سيرت"));
        let marked: Vec<&str> = marks.iter().map(|s| &snip[s.start..s.end]).collect();
        assert_eq!(marked, vec!["الدورية"]);
    }
}
