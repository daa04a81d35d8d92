//! The [`Backend`] over a marsad data directory (`marsad_store::DataDir`:
//! SQLite + tantivy), ingesting posted articles through the same reader and
//! pipeline as `marsad ingest`.
//!
//! `DataDir` holds one SQLite connection and is not `Sync`, so it sits behind
//! a mutex: requests are answered one at a time against the store, which is
//! what SQLite does with one connection anyway.

use std::path::Path;
use std::sync::{Arc, Mutex};

use marsad_model::{DateMention, DateValue, EntityKind, GeoPrecision, Mention, Precision, Span};
use marsad_store::{DataDir, EventRecord, Filter, IngestItem, IngestOptions, PageRequest, PlaceRef};

use crate::backend::*;
use crate::day::Day;
use crate::map_index::MapIndex;

/// The data directory and the map's view of it, kept in step under one lock.
struct Inner {
    data: DataDir,
    map: MapIndex,
    /// The unfiltered `/api/points` body and the `map.up_to` it was made at.
    points_body: Option<(i64, Arc<Vec<u8>>)>,
    /// The store's data version when `map` was built: another process's `reanalyze` replaces events
    /// without adding articles, so the highest article id alone does not show that the map is stale.
    data_version: i64,
}

/// The store backend.
pub struct StoreBackend {
    inner: Mutex<Inner>,
    /// `/api/health`'s backend: `sqlite` or `postgresql`.
    backend_name: &'static str,
    analyzer: marsad_pipeline::Analyzer,
    reader: marsad_ingest::Reader,
    lexicon: marsad_lexicon::Lexicon,
}

impl StoreBackend {
    /// Opens (creating if needed) the data directory, over the PostgreSQL store at `store` when
    /// given (see [`DataDir::open_with`]).
    pub fn open(
        dir: &Path,
        store: Option<&str>,
        analyzer: marsad_pipeline::Analyzer,
        reader: marsad_ingest::Reader,
        lexicon: marsad_lexicon::Lexicon,
    ) -> anyhow::Result<StoreBackend> {
        let mut data = DataDir::open_with(dir, store)
            .map_err(|e| anyhow::anyhow!("cannot open the data directory {}: {e}", dir.display()))?;
        // A place filter holds the places inside it, as `marsad events --place` does.
        data.set_places(std::sync::Arc::new(marsad_store::PlaceTree::of_lexicon(&lexicon)));
        use marsad_store::Store;
        let data_version = data
            .store()
            .data_version()
            .map_err(|e| anyhow::anyhow!("cannot read the data directory {}: {e}", dir.display()))?;
        let map = MapIndex::build(&data, &lexicon)
            .map_err(|e| anyhow::anyhow!("cannot read the events of {}: {e}", dir.display()))?;
        let backend_name = if data.store().is_shared() { "postgresql" } else { "sqlite" };
        Ok(StoreBackend {
            inner: Mutex::new(Inner { data, map, points_body: None, data_version }),
            backend_name,
            analyzer,
            reader,
            lexicon,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The data directory, for calls that do not need the map index.
    fn data(&self) -> DataGuard<'_> {
        DataGuard(self.lock())
    }

    /// The store and a map index that covers it (rebuilt when another process added articles or
    /// re-analysed them).
    fn fresh(&self) -> BackendResult<std::sync::MutexGuard<'_, Inner>> {
        use marsad_store::Store;
        let mut inner = self.lock();
        let stored = inner.data.store().max_article_id().map_err(store_error)?;
        let version = inner.data.store().data_version().map_err(store_error)?;
        if stored != inner.map.up_to || version != inner.data_version {
            // A shared store's other nodes stored or re-analysed articles: the search index
            // follows (a SQLite store's index is kept by whoever writes it).
            if inner.data.store().is_shared() {
                inner.data.follow_store().map_err(store_error)?;
            }
            inner.map = MapIndex::build(&inner.data, &self.lexicon).map_err(store_error)?;
            inner.points_body = None;
            inner.data_version = version;
        }
        Ok(inner)
    }

    /// An actor or place as the knowledge in use gives it, else as the store does: the store's
    /// English name and kind (`stored`) and, for the Arabic name, the words an article names it
    /// by (`arabic`; empty when no report names it: the desk then shows the English name).
    fn entity(&self, id: &str, stored: Stored<'_>) -> EntityRef {
        match self.lexicon.entity(id) {
            Some(e) => EntityRef {
                id: e.id.clone(),
                kind: e.kind,
                name_ar: e.name_ar.clone(),
                name_en: e.name_en.clone(),
                lat: e.lat,
                lon: e.lon,
                geo_precision: e.geo_precision,
            },
            None => EntityRef {
                id: id.to_string(),
                kind: stored.kind.and_then(entity_kind).unwrap_or(if id.starts_with("place:") {
                    EntityKind::Place
                } else {
                    EntityKind::Collective
                }),
                name_ar: stored.arabic.unwrap_or_default().to_string(),
                name_en: stored.english.unwrap_or(id).to_string(),
                lat: None,
                lon: None,
                geo_precision: None,
            },
        }
    }

    /// A place as events and lists show it: the knowledge's names, the store's coordinates
    /// (none for a place wider than a state: `marsad_store::export::known_place`).
    fn place(&self, p: &PlaceRef) -> EntityRef {
        let mut p = p.clone();
        marsad_store::export::known_place(&self.lexicon, &mut p);
        let mut r = self.entity(&p.id, Stored { english: Some(&p.name_en), ..Stored::default() });
        r.kind = EntityKind::Place;
        r.lat = p.lat;
        r.lon = p.lon;
        r.geo_precision = p.precision.as_deref().and_then(geo_precision).or(r.geo_precision);
        r
    }

    fn row(&self, e: &EventRecord) -> EventRow {
        let actor = |id: &String| {
            self.entity(
                id,
                Stored {
                    english: e.names.get(id).map(String::as_str),
                    kind: e.kinds.get(id).map(String::as_str),
                    arabic: e.sources.iter().find_map(|s| s.mentions.get(id)).map(String::as_str),
                },
            )
        };
        EventRow {
            id: e.id.to_string(),
            kind: e.kind,
            mode: e.mode.clone(),
            date: e.date.clone(),
            source: e.source.iter().map(actor).collect(),
            target: e.target.iter().map(actor).collect(),
            place: e.place.as_ref().map(|p| self.place(p)),
            reported_as: e.reported_as,
            historical: e.historical,
            negated: e.negated,
            evidence: e.sources.first().map(|s| s.evidence.clone()).unwrap_or_default(),
            source_count: e.article_count(),
        }
    }

    /// Stored events as the knowledge names them (`marsad_store::export::with_knowledge`, the
    /// rule `marsad events` follows).
    fn known(&self, mut events: Vec<EventRecord>) -> Vec<EventRecord> {
        marsad_store::export::with_knowledge(&mut events, &self.lexicon);
        events
    }

    fn detail(&self, e: &EventRecord) -> EventDetail {
        let mut places: Vec<EntityRef> = e.place.iter().map(|p| self.place(p)).collect();
        for s in &e.sources {
            if let Some(p) = &s.place {
                if !places.iter().any(|r| &r.id == p) {
                    places.push(self.entity(p, Stored::default()));
                }
            }
        }
        EventDetail {
            row: self.row(e),
            places,
            sources: e
                .sources
                .iter()
                .map(|s| EventSource {
                    article_id: s.article_id.to_string(),
                    outlet: s.outlet.clone(),
                    url: s.url.clone(),
                    title: Some(s.title.clone()),
                    published: s.published.clone(),
                    sentence: s.evidence.clone(),
                    span: s.sentence,
                    trigger: (!s.trigger.is_empty()).then_some(s.trigger),
                    date: s.date.clone(),
                    reported_as: s.reported_as,
                })
                .collect(),
        }
    }

    /// The article a posted body holds, read by the reader `marsad ingest` uses: a text file's
    /// way, an HTML file's, or a JSON Lines line's.
    /// What it could not use is said in `warnings`.
    fn read_posted(
        &self,
        posted: &NewArticle,
        warnings: &mut Vec<String>,
    ) -> BackendResult<Vec<marsad_ingest::Article>> {
        // What came without a file or an id is named by its content: the same body, the same name.
        let hash = marsad_store::content_hash(&String::from_utf8_lossy(&posted.bytes));
        let doc = format!("posted-{}", hash[..6].iter().map(|b| format!("{b:02x}")).collect::<String>());
        match posted.format {
            ArticleFormat::Text => {
                let text = marsad_text::decode(&posted.bytes)
                    .map_err(|e| BackendError::BadInput(format!("article body is not readable text: {e}")))?
                    .text;
                let mut read = self.reader.parse_text(&doc, &text);
                if !marsad_text::has_text(&read.body) {
                    // A headline with nothing under it but site chrome: it is the report itself. (A
                    // text of one line the reader already reads as all body.)
                    read.body = std::mem::take(&mut read.title);
                }
                Ok(vec![read])
            }
            ArticleFormat::Html => self
                .reader
                .read_html_bytes(&doc, &posted.bytes, posted.charset.as_deref())
                .map(|a| vec![a])
                .map_err(|e| BackendError::BadInput(format!("cannot read the HTML page: {e}"))),
            ArticleFormat::Feed => self
                .reader
                .read_feed_bytes(&doc, &posted.bytes)
                .map_err(|e| BackendError::BadInput(format!("cannot read the feed: {e}"))),
            ArticleFormat::Record => {
                let json = std::str::from_utf8(&posted.bytes)
                    .map_err(|e| BackendError::BadInput(format!("the JSON article is not UTF-8: {e}")))?;
                let read = self
                    .reader
                    .read_record(json, Some(&doc))
                    .map_err(|e| BackendError::BadInput(format!("cannot read the JSON article: {e}")))?;
                // `ingest` passes over a date it cannot read (`0501-20-17` in real/bulk/), and so does
                // the server, which says so in its answer: the article is stored undated.
                let given: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
                if let Some(p) = ["published", "date"].iter().find_map(|k| given.get(k)?.as_str()) {
                    if marsad_ingest::parse_date(p).is_none() {
                        let forms = marsad_ingest::DATE_FORMS;
                        warnings.push(format!("publication date '{p}' ignored (expected {forms})"));
                    }
                }
                Ok(vec![read])
            }
        }
    }

    /// Stores one article read from a post and says what became of it.
    fn ingest_one(
        &self,
        read: &marsad_ingest::Article,
        warnings: Vec<String>,
    ) -> BackendResult<IngestOutcome> {
        let input = marsad_store::pipeline::article_input(read);
        let analyzer =
            marsad_store::pipeline::PipelineAnalyzer { analyzer: &self.analyzer, fallback_published: None };
        use marsad_store::Store;
        let mut guard = self.fresh()?;
        let inner = &mut *guard;
        let summary = inner
            .data
            .ingest(
                vec![IngestItem::Article(input.clone())],
                &analyzer,
                IngestOptions::default(),
                &mut |_| {},
            )
            .map_err(store_error)?;
        // Said in the answer, not as an error: a feed's other items are stored all the same.
        if let Some(f) = summary.failed.first() {
            return Ok(IngestOutcome {
                article_id: None,
                status: "failed".into(),
                duplicate_of: None,
                events: 0,
                item: Some(read.id.clone()),
                reason: Some(f.reason.clone()),
                warnings,
            });
        }
        let id = inner
            .data
            .store()
            .find_existing(input.url.as_deref(), &marsad_store::content_hash(&input.body))
            .map_err(store_error)?
            .ok_or_else(|| {
                BackendError::Other(anyhow::anyhow!("the article was stored but cannot be found"))
            })?;
        let stored = inner.data.get_article(id).map_err(store_error)?;
        // The map follows the store: the article's events, new or merged into known ones.
        let mut touched = Vec::new();
        for event_id in stored.as_ref().map(|a| a.event_ids.as_slice()).unwrap_or_default() {
            touched.extend(inner.data.get_event(*event_id).map_err(store_error)?);
        }
        let up_to = inner.data.store().max_article_id().map_err(store_error)?;
        let touched = self.known(touched);
        inner.map.add_events(&touched, up_to);
        let (status, duplicate_of) = if summary.new == 1 {
            ("new", None)
        } else if summary.near_duplicates == 1 {
            ("near_duplicate", stored.and_then(|a| a.duplicate_of).map(|(o, _)| o.to_string()))
        } else {
            ("duplicate", None)
        };
        Ok(IngestOutcome {
            article_id: Some(id.to_string()),
            status: status.into(),
            duplicate_of,
            events: summary.event_reports,
            item: None,
            reason: None,
            warnings,
        })
    }

    /// The store's page of the events matching, newest first for the desk or oldest first for a
    /// file: the call `marsad events` makes, its actor and place ids read alike.
    fn list(
        &self,
        q: &EventQuery,
        newest_first: bool,
        page: PageRequest,
    ) -> BackendResult<marsad_store::Page<EventRecord>> {
        let mut filter = filter_of(q);
        filter.newest_first = newest_first;
        let data = self.data();
        data.resolve_ids(&mut filter).map_err(store_error)?;
        let mut page = data.list_events(&filter, page).map_err(store_error)?;
        marsad_store::export::with_knowledge(&mut page.items, &self.lexicon);
        Ok(page)
    }
}

/// What the store knows of an actor or place the knowledge in use may not hold.
#[derive(Clone, Copy, Default)]
struct Stored<'a> {
    /// Its English name.
    english: Option<&'a str>,
    /// Its kind (`country`, `person`, …).
    kind: Option<&'a str>,
    /// The words an article names it by.
    arabic: Option<&'a str>,
}

fn entity_kind(s: &str) -> Option<EntityKind> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

/// The locked data directory.
struct DataGuard<'a>(std::sync::MutexGuard<'a, Inner>);

impl std::ops::Deref for DataGuard<'_> {
    type Target = DataDir;
    fn deref(&self) -> &DataDir {
        &self.0.data
    }
}

impl std::ops::DerefMut for DataGuard<'_> {
    fn deref_mut(&mut self) -> &mut DataDir {
        &mut self.0.data
    }
}

fn filter_of(q: &EventQuery) -> Filter {
    Filter {
        from: q.from.map(|d| d.to_string()),
        to: q.to.map(|d| d.to_string()),
        kinds: q.types.clone(),
        actor: q.actor.clone(),
        place: q.place.clone(),
        near: None,
        bbox: q.bbox.map(|b| [b.west, b.south, b.east, b.north]),
        text: q.q.clone(),
        // The desk lists the latest news first.
        newest_first: true,
        exclude: q.exclude,
    }
}

fn store_error(e: marsad_store::Error) -> BackendError {
    match e {
        // As `marsad events --actor` says it, with the parameter's name.
        marsad_store::Error::UnknownId(unknown) => {
            BackendError::BadInput(unknown.message(&format!("'{}'", unknown.filter.name())))
        }
        marsad_store::Error::Query { .. } | marsad_store::Error::BadFilter { .. } => {
            BackendError::BadInput(e.to_string())
        }
        other => BackendError::Other(anyhow::anyhow!("store: {other}")),
    }
}

/// Most events first, then by id, so the filter menus show the busiest entities on top.
fn most_active(mut list: Vec<EntityStat>) -> Vec<EntityStat> {
    list.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.entity.id.cmp(&b.entity.id)));
    list
}

fn geo_precision(s: &str) -> Option<GeoPrecision> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

fn precision(s: Option<&str>) -> Precision {
    s.and_then(|p| serde_json::from_value(serde_json::Value::String(p.to_string())).ok())
        .unwrap_or(Precision::Unknown)
}

impl Backend for StoreBackend {
    fn name(&self) -> &'static str {
        self.backend_name
    }

    fn events(&self, q: &EventQuery) -> BackendResult<Page<EventRow>> {
        let narrowed = !q.types.is_empty() || q.from.is_some() || q.to.is_some() || q.bbox.is_some();
        if narrowed {
            // Types, dates or a box: the map index pages them, then the page's events are read by
            // id. In SQL every such page sorted all matching events (`ORDER BY date DESC` has no
            // index with the type or the date range in front): on 100k events a year of dates
            // took p50 43 ms that way, a type's own list 270 ms. The unfiltered list and the
            // actor, place and text filters stay in SQL.
            let inner = self.fresh()?;
            if let Some(selected) = inner.map.select(q) {
                let mut total = 0;
                let mut ids = Vec::new();
                for e in selected {
                    if total >= q.offset && ids.len() < q.limit {
                        ids.push(e.id);
                    }
                    total += 1;
                }
                // The page's events read together (three queries, not three an event).
                let events = self.known(inner.data.get_events(&ids).map_err(store_error)?);
                let items = events.iter().map(|e| self.row(e)).collect();
                return Ok(Page { total, offset: q.offset, limit: q.limit, items });
            }
            drop(inner);
        }
        let page = self.list(q, true, PageRequest { offset: q.offset, limit: q.limit })?;
        Ok(Page {
            total: page.total,
            offset: q.offset,
            limit: q.limit,
            items: page.items.iter().map(|e| self.row(e)).collect(),
        })
    }

    fn points(&self, q: &EventQuery) -> BackendResult<Vec<MapPoint>> {
        if let Some(points) = self.fresh()?.map.points(q) {
            return Ok(points);
        }
        Ok(self
            .list(q, true, PageRequest::all())?
            .items
            .iter()
            .filter_map(|e| {
                let p = e.place.as_ref()?;
                Some(MapPoint {
                    id: e.id.to_string(),
                    kind: e.kind,
                    lat: p.lat?,
                    lon: p.lon?,
                    day: e
                        .date
                        .as_ref()
                        .and_then(Day::bounds_of)
                        .map(|(s, _)| marsad_store::day_number(s.year, s.month, s.day)),
                    precision: e.date.as_ref().map(|d| d.precision).unwrap_or(Precision::Unknown),
                })
            })
            .collect())
    }

    fn points_json(&self, q: &EventQuery) -> BackendResult<Arc<Vec<u8>>> {
        // Every page load asks for all points unfiltered: that body is kept until the store changes.
        let unfiltered = EventQuery { offset: q.offset, limit: q.limit, ..EventQuery::default() } == *q;
        if unfiltered {
            let mut inner = self.fresh()?;
            if let Some(body) = inner.points_body.as_ref().filter(|(up_to, _)| *up_to == inner.map.up_to) {
                return Ok(body.1.clone());
            }
            let body = Arc::new(points_payload(&inner.map.points(q).unwrap_or_default()));
            inner.points_body = Some((inner.map.up_to, body.clone()));
            return Ok(body);
        }
        Ok(Arc::new(points_payload(&self.points(q)?)))
    }

    fn event(&self, id: &str) -> BackendResult<Option<EventDetail>> {
        let Ok(id) = id.parse::<i64>() else { return Ok(None) };
        let e = self.data().get_event(id).map_err(store_error)?;
        Ok(e.map(|e| self.detail(&self.known(vec![e])[0])))
    }

    fn article(&self, id: &str) -> BackendResult<Option<ArticleView>> {
        let Ok(id) = id.parse::<i64>() else { return Ok(None) };
        let data = self.data();
        let Some(a) = data.get_article(id).map_err(store_error)? else { return Ok(None) };
        let mut dates = Vec::new();
        let mut mentions = Vec::new();
        for s in &a.spans {
            let span = Span::new(s.start, s.end);
            match (s.kind.as_str(), &s.entity_id) {
                ("mention", Some(entity)) => mentions.push(Mention {
                    entity_id: entity.clone(),
                    span,
                    text: s.text.clone(),
                    rule: String::new(),
                }),
                ("date", _) => dates.push(DateMention {
                    span,
                    text: s.text.clone(),
                    value: DateValue { value: s.value.clone(), precision: precision(s.precision.as_deref()) },
                    anchor: String::new(),
                }),
                _ => {}
            }
        }
        let mut events = Vec::new();
        for eid in &a.event_ids {
            if let Some(e) = data.get_event(*eid).map_err(store_error)? {
                if let Some(s) = e.sources.iter().find(|s| s.article_id == id) {
                    events.push(ArticleEvent {
                        event_id: e.id.to_string(),
                        kind: e.kind,
                        span: s.sentence,
                        trigger: (!s.trigger.is_empty()).then_some(s.trigger),
                    });
                }
            }
        }
        Ok(Some(ArticleView {
            id: a.id.to_string(),
            url: a.url,
            outlet: a.outlet,
            title: Some(a.title),
            author: a.author,
            published: a.published,
            text: a.body,
            boilerplate: Vec::new(),
            boilerplate_removed: a.boilerplate,
            dates,
            mentions,
            events,
            duplicate_of: a.duplicate_of.map(|(id, _)| id.to_string()),
        }))
    }

    fn search(&self, q: &EventQuery) -> BackendResult<Page<SearchHit>> {
        let mut filter = filter_of(q);
        filter.text = None;
        // The index follows the store first: on a shared store another node may have stored or
        // re-analysed articles since, and the event list already shows them.
        let data = DataGuard(self.fresh()?);
        data.resolve_ids(&mut filter).map_err(store_error)?;
        let text = q.q.as_deref().unwrap_or_default();
        let page = data
            .search(text, &filter, PageRequest { offset: q.offset, limit: q.limit })
            .map_err(store_error)?;
        Ok(Page {
            total: page.total,
            offset: page.offset,
            limit: page.limit,
            items: page.items.into_iter().map(SearchHit::from).collect(),
        })
    }

    fn actors(&self) -> BackendResult<Vec<EntityStat>> {
        let list = self.data().actors().map_err(store_error)?;
        Ok(most_active(
            list.into_iter()
                .map(|a| {
                    let stored = Stored { english: Some(&a.name_en), kind: Some(&a.kind), arabic: None };
                    EntityStat { entity: self.entity(&a.id, stored), events: a.events }
                })
                .collect(),
        ))
    }

    fn places(&self) -> BackendResult<Vec<EntityStat>> {
        let list = self.data().places().map_err(store_error)?;
        Ok(most_active(
            list.into_iter()
                .map(|p| {
                    let place = PlaceRef {
                        id: p.id.clone(),
                        name_en: p.name_en.clone(),
                        lat: p.lat,
                        lon: p.lon,
                        precision: p.precision.clone(),
                    };
                    EntityStat { entity: self.place(&place), events: p.events }
                })
                .collect::<Vec<_>>(),
        ))
    }

    fn export(&self, q: &EventQuery, format: ExportFormat) -> BackendResult<Vec<u8>> {
        // Oldest first and written by marsad_store::export, as `marsad events --format …` does, so
        // the API and the CLI hand out the same files.
        let events = self.list(q, false, PageRequest { offset: q.offset, limit: q.limit })?.items;
        Ok(match format {
            ExportFormat::Csv => marsad_store::export::to_csv(&events, Some(&self.lexicon)).into_bytes(),
            ExportFormat::GeoJson => marsad_store::export::to_geojson_text(&events).into_bytes(),
            ExportFormat::Jsonl => marsad_store::export::to_plover_jsonl(&events).into_bytes(),
        })
    }

    fn ingest(&self, article: NewArticle) -> BackendResult<Vec<IngestOutcome>> {
        let mut warnings = Vec::new();
        let articles = self.read_posted(&article, &mut warnings)?;
        let mut outcomes = Vec::with_capacity(articles.len());
        for read in articles {
            let mut said = std::mem::take(&mut warnings);
            said.extend(read.warnings.iter().cloned());
            outcomes.push(self.ingest_one(&read, said)?);
        }
        Ok(outcomes)
    }

    fn reconnect(&self) -> BackendResult<bool> {
        match self.lock().data.store().restore_connection() {
            Ok(reconnected) => Ok(reconnected),
            Err(marsad_store::Error::StoreUnavailable { store, message }) => {
                Err(BackendError::Unavailable(format!(
                "the store {store} is unreachable ({message}); the server connects again on the next request"
            )))
            }
            Err(e) => Err(store_error(e)),
        }
    }

    fn counts(&self) -> BackendResult<Counts> {
        let s = self.data().stats().map_err(store_error)?;
        Ok(Counts { articles: s.articles, events: s.events })
    }

    fn roads(&self) -> BackendResult<Vec<RoadLine>> {
        Ok(self
            .lexicon
            .entities()
            .filter_map(|e| {
                let line = self.lexicon.road_line(&e.id)?;
                Some(RoadLine {
                    id: e.id.clone(),
                    name_ar: e.name_ar.clone(),
                    name_en: e.name_en.clone(),
                    line: line.to_vec(),
                })
            })
            .collect())
    }
}
