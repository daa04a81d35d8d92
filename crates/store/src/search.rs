//! The full-text search index (tantivy), kept beside the database.
//!
//! # Consistency with the store
//!
//! The database is the truth; the index is derived. Articles are committed to the database
//! first, then indexed; every index commit carries a payload with the highest article id it
//! covers. After a crash between the two, [`SearchIndex::indexed_up_to`] is behind the store and
//! [`crate::DataDir::open`] indexes the missing articles; `marsad reindex` rebuilds everything.

use std::collections::HashMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use marsad_model::{DateValue, Precision};
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{RemoveLongFilter, TextAnalyzer, TokenizerManager};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::analyzer_ar::{typed_word_takes_reading, ArabicTokenizer, PROCLITIC_MARK};
use crate::days::{day_bounds, parse_filter_date};
use crate::query;
use crate::readonly_dir::ReadOnlyDirectory;
use crate::records::{Filter, Page, PageRequest};
use crate::store::IndexDoc;
use crate::{Error, Result};

/// Bumped when the analysers or fields change; an index of another version is rebuilt.
///
/// 2: the body is no longer stored in the index (snippets are cut from the store's clean text),
/// and the exact field holds only the words stemming changes.
/// 3: hamza seats fold to one letter (`مسئول`, `مسؤول`); words that may open with a one-letter
/// proclitic (`بإدلب`) also give their proclitic reading (`_ادلب`).
/// 4: a leading `و` is cut only when the rest stems to four letters or more or opens with the
/// article; otherwise it is a proclitic reading (`وادي` stays `وادي`, reads `_ادي`).
/// 5: the publication date keeps its precision (`published`, `precision`) and its last day
/// (`day_end`): an article of March 2024 is shown as `2024-03`, not `2024-03-01`, and is found by
/// any period that overlaps March, as events are.
pub const INDEX_VERSION: u32 = 5;

const WRITER_HEAP: usize = 64 * 1024 * 1024;

/// The smallest heap tantivy takes: enough for a writer taken only to see whether another holds it.
const PROBE_HEAP: usize = 15_000_000;

/// Where snippets come from: the clean bodies of the given article ids (the store's).
pub type BodyLookup<'a> = dyn Fn(&[i64]) -> Result<HashMap<i64, String>> + 'a;

/// One article found by a search (`marsad search --json` and `/api/search` write it as
/// `marsad_server::SearchHit`).
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// Article id.
    pub article_id: i64,
    /// BM25 score.
    pub score: f32,
    /// Cleaned headline.
    pub title: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date with its precision (`2024-03`, month), when known.
    pub published: Option<DateValue>,
    /// The original this article duplicates, if it is a near-duplicate.
    pub duplicate_of: Option<i64>,
    /// A passage of the cleaned body around the best matches.
    pub snippet: String,
    /// Byte ranges of `snippet` that matched the query.
    pub highlights: Vec<(usize, usize)>,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    body: Field,
    body_exact: Field,
    outlet: Field,
    /// First and last day of the publication date (day numbers).
    day: Field,
    day_end: Field,
    /// The publication date as stored and its precision (shown with each hit).
    published: Field,
    precision: Field,
    actor: Field,
    place: Field,
    kind: Field,
    duplicate_of: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let stemmed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("ar_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    // The exact field: at index time only the words stemming changes (the others are in the
    // stemmed field as written); queries on it use the full folded analyser (see `register`).
    let exact = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("ar_exact")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: b.add_i64_field("id", INDEXED | STORED | FAST),
        // The title is small and shown with every hit: stored. The body is not: the store keeps
        // the clean text, and snippets are cut from it (storing it again cost a third of the
        // index and its compression time).
        title: b.add_text_field("title", stemmed.clone().set_stored()),
        body: b.add_text_field("body", stemmed),
        body_exact: b.add_text_field("body_exact", exact),
        outlet: b.add_text_field("outlet", STRING | STORED),
        day: b.add_i64_field("day", INDEXED | FAST),
        day_end: b.add_i64_field("day_end", INDEXED | FAST),
        published: b.add_text_field("published", STORED),
        precision: b.add_text_field("precision", STORED),
        actor: b.add_text_field("actor", STRING),
        place: b.add_text_field("place", STRING),
        kind: b.add_text_field("type", STRING),
        duplicate_of: b.add_i64_field("duplicate_of", STORED),
    };
    (b.build(), fields)
}

fn analyser(t: ArabicTokenizer) -> TextAnalyzer {
    TextAnalyzer::builder(t).filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES)).build()
}

/// Registers the index-side analysers; returns the query-side ones, where the exact field takes
/// every folded word (a query word stemming leaves alone finds nothing there, harmlessly, and a
/// phrase keeps all its words).
fn register(index: &Index) -> TokenizerManager {
    index.tokenizers().register("ar_stem", analyser(ArabicTokenizer::STEMMED));
    index.tokenizers().register("ar_folded", analyser(ArabicTokenizer::FOLDED));
    index.tokenizers().register("ar_exact", analyser(ArabicTokenizer::EXACT_INDEX));
    let query = TokenizerManager::default();
    query.register("ar_stem", analyser(ArabicTokenizer::STEMMED));
    query.register("ar_folded", analyser(ArabicTokenizer::FOLDED));
    query.register("ar_exact", analyser(ArabicTokenizer::FOLDED));
    query
}

#[derive(Serialize, Deserialize)]
struct Payload {
    version: u32,
    up_to: i64,
}

/// The index's one writer (one indexing thread, `heap` bytes), or [`Error::Busy`] when another
/// process holds it.
fn writer_of(index: &Index, dir: &Path, heap: usize) -> Result<IndexWriter> {
    index.writer_with_num_threads(1, heap).map_err(|e| match e {
        tantivy::TantivyError::LockFailure(tantivy::directory::error::LockError::LockBusy, _) => {
            Error::Busy { path: dir.into() }
        }
        e => Error::from(e),
    })
}

/// The index format version recorded in the last commit (`None` for an index marsad did not write).
fn version_of(index: &Index) -> Option<u32> {
    index.load_metas().ok()?.payload.and_then(|p| serde_json::from_str::<Payload>(&p).ok()).map(|p| p.version)
}

/// The Arabic full-text index of every stored article.
pub struct SearchIndex {
    index: Index,
    query_tokenizers: TokenizerManager,
    reader: IndexReader,
    fields: Fields,
    writer: Mutex<Option<IndexWriter>>,
    /// Where the index lives, for messages.
    dir: PathBuf,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it (or re-creating it when its version differs).
    ///
    /// # Errors
    ///
    /// The directory cannot be created or the index is unreadable.
    pub fn open(dir: &Path) -> Result<SearchIndex> {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.into(), source })?;
        let (schema, fields) = schema();
        let opened = Index::open_in_dir(dir).ok();
        let existing =
            opened.as_ref().filter(|i| version_of(i) == Some(INDEX_VERSION) && i.schema() == schema);
        let index = match existing {
            Some(i) => i.clone(),
            None => {
                if let Some(old) = &opened {
                    // Another process (a `marsad serve` of the old version, say) may be writing
                    // it: its files are not ours to delete until its writer lock is free.
                    drop(writer_of(old, dir, PROBE_HEAP)?);
                    // Articles of an existing data directory: DataDir::open re-indexes them all,
                    // which takes a while on a large store.
                    tracing::warn!(
                        "search index {} was built by another version of marsad ({}, now {INDEX_VERSION}): \
                         rebuilding it from the stored articles",
                        dir.display(),
                        version_of(old).map_or("unknown".to_string(), |v| v.to_string())
                    );
                }
                // Stale or missing: start over; DataDir::open refills it from the store.
                for entry in
                    std::fs::read_dir(dir).map_err(|source| Error::Io { path: dir.into(), source })?
                {
                    let path = entry.map_err(|source| Error::Io { path: dir.into(), source })?.path();
                    let r = if path.is_dir() {
                        std::fs::remove_dir_all(&path)
                    } else {
                        std::fs::remove_file(&path)
                    };
                    r.map_err(|source| Error::Io { path: path.clone(), source })?;
                }
                let index = Index::create_in_dir(dir, schema)?;
                // Its version is recorded now, not at the first article: a data directory whose first
                // ingest stored nothing was "built by another version (unknown)" at every later open.
                let mut writer = writer_of(&index, dir, PROBE_HEAP)?;
                let mut commit = writer.prepare_commit()?;
                commit.set_payload(&serde_json::to_string(&Payload { version: INDEX_VERSION, up_to: 0 })?);
                commit.commit()?;
                drop(writer);
                index
            }
        };
        SearchIndex::over(dir, index, fields)
    }

    /// Opens the index in `dir` for reading only, for a user who may not write the data directory
    /// (see `readonly_dir`). An index built by another version of marsad is an error: rebuilding it
    /// would write.
    ///
    /// # Errors
    ///
    /// The index is missing, unreadable or of another version.
    pub fn open_read_only(dir: &Path) -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let directory = ReadOnlyDirectory::open(dir)
            .map_err(|e| Error::Io { path: dir.into(), source: std::io::Error::other(e.to_string()) })?;
        let index = Index::open(directory)?;
        let found = version_of(&index);
        if found != Some(INDEX_VERSION) || index.schema() != schema {
            return Err(Error::IndexStale { path: dir.into(), found, supported: INDEX_VERSION });
        }
        SearchIndex::over(dir, index, fields)
    }

    /// The search index over an opened tantivy index: its tokenizers registered and a reader.
    fn over(dir: &Path, index: Index, fields: Fields) -> Result<SearchIndex> {
        let query_tokenizers = register(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(SearchIndex { dir: dir.into(), index, query_tokenizers, reader, fields, writer: Mutex::new(None) })
    }

    /// The highest article id the last commit covers (0 for an empty index).
    pub fn indexed_up_to(&self) -> Result<i64> {
        Ok(self
            .index
            .load_metas()?
            .payload
            .and_then(|p| serde_json::from_str::<Payload>(&p).ok())
            .map_or(0, |p| p.up_to))
    }

    fn with_writer<T>(&self, f: impl FnOnce(&mut IndexWriter) -> Result<T>) -> Result<T> {
        let mut guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none() {
            *guard = Some(writer_of(&self.index, &self.dir, WRITER_HEAP)?);
        }
        f(guard.as_mut().expect("writer was just set"))
    }

    /// Takes the index's writer now, so that a command that writes fails before it changes
    /// anything when another process (a running `marsad serve`) holds it.
    ///
    /// # Errors
    ///
    /// [`Error::Busy`] when another process writes the index.
    pub fn claim_writer(&self) -> Result<()> {
        self.with_writer(|_| Ok(()))
    }

    /// Adds articles and commits, recording that every id up to `up_to` is indexed.
    pub fn add(&self, docs: &[IndexDoc], up_to: i64) -> Result<()> {
        self.stage(docs)?;
        self.commit(up_to)
    }

    /// Hands articles to the writer without committing: they become searchable (and durable)
    /// at the next [`SearchIndex::commit`]. The writer indexes them on its own thread, so the
    /// caller can go on storing the next batch meanwhile.
    pub fn stage(&self, docs: &[IndexDoc]) -> Result<()> {
        let f = self.fields;
        self.with_writer(|w| {
            for d in docs {
                let mut doc = TantivyDocument::default();
                doc.add_i64(f.id, d.id);
                doc.add_text(f.title, &d.title);
                doc.add_text(f.body, &d.body);
                doc.add_text(f.body_exact, &d.title);
                doc.add_text(f.body_exact, &d.body);
                if let Some(o) = &d.outlet {
                    doc.add_text(f.outlet, o);
                }
                if let Some((date, (first, last))) =
                    d.published.as_ref().and_then(|p| Some((p, day_bounds(p)?)))
                {
                    doc.add_i64(f.day, first);
                    doc.add_i64(f.day_end, last);
                    doc.add_text(f.published, date.value.as_deref().unwrap_or_default());
                    doc.add_text(f.precision, date.precision.as_str());
                }
                for a in &d.actors {
                    doc.add_text(f.actor, a);
                }
                for p in &d.places {
                    doc.add_text(f.place, p);
                }
                for k in &d.event_types {
                    doc.add_text(f.kind, k);
                }
                if let Some(o) = d.duplicate_of {
                    doc.add_i64(f.duplicate_of, o);
                }
                w.add_document(doc)?;
            }
            Ok(())
        })
    }

    /// Commits what was staged, recording that every article id up to `up_to` is indexed, and
    /// makes it visible to searches.
    pub fn commit(&self, up_to: i64) -> Result<()> {
        self.with_writer(|w| {
            let payload = serde_json::to_string(&Payload { version: INDEX_VERSION, up_to })?;
            let mut commit = w.prepare_commit()?;
            commit.set_payload(&payload);
            commit.commit()?;
            Ok(())
        })?;
        self.reader.reload()?;
        Ok(())
    }

    /// Drops what was staged since the last commit (a batch whose store transaction failed).
    pub fn rollback(&self) -> Result<()> {
        let mut guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(w) = guard.as_mut() {
            w.rollback()?;
        }
        Ok(())
    }

    /// Removes every document (before a full rebuild).
    pub fn clear(&self) -> Result<()> {
        self.with_writer(|w| {
            w.delete_all_documents()?;
            let payload = serde_json::to_string(&Payload { version: INDEX_VERSION, up_to: 0 })?;
            let mut commit = w.prepare_commit()?;
            commit.set_payload(&payload);
            commit.commit()?;
            Ok(())
        })?;
        self.reader.reload()?;
        Ok(())
    }

    /// Number of indexed articles.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Articles matching `query` (syntax in the `query` module: any text is a query) and the
    /// filter (its text field is ignored), best first, with snippets cut from their clean
    /// bodies, which `bodies` gives by article id (the store's). `near_places`, when given, are
    /// the place ids an article must name one of (those inside the filter's circle or box, or inside
    /// its place: see [`crate::DataDir::search`]). A page of limit 0 only counts.
    pub fn search(
        &self,
        query: &str,
        filter: &Filter,
        near_places: Option<&[String]>,
        page: PageRequest,
        bodies: &BodyLookup<'_>,
    ) -> Result<Page<SearchHit>> {
        let f = self.fields;
        let (total, top, text_query, searcher) = self.top(query, filter, near_places, page)?;
        let hits = top
            .into_iter()
            .map(|(score, addr)| Ok((score, searcher.doc::<TantivyDocument>(addr)?)))
            .collect::<Result<Vec<_>>>()?;
        let ids: Vec<i64> = hits
            .iter()
            .map(|(_, d)| d.get_first(f.id).and_then(|v| v.as_i64()).unwrap_or_default())
            .collect();
        let texts = if ids.is_empty() { HashMap::new() } else { bodies(&ids)? };
        let mut snippets = SnippetGenerator::create(&searcher, &*text_query, f.body)?;
        snippets.set_max_num_chars(240);
        let mut items = Vec::with_capacity(hits.len());
        for ((score, doc), id) in hits.into_iter().zip(ids) {
            let text = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
            let body = texts.get(&id).map_or("", String::as_str);
            let snippet = snippets.snippet(body);
            let mut snippet_text = snippet.fragment().to_string();
            let mut highlights: Vec<(usize, usize)> =
                snippet.highlighted().iter().map(|r| (r.start, r.end)).collect();
            if snippet_text.is_empty() {
                // The match was in the headline only: show the start of the body.
                let end = body.char_indices().nth(200).map_or(body.len(), |(i, _)| i);
                snippet_text = body[..end].to_string();
                highlights.clear();
            }
            let published = text(f.published).map(|value| DateValue {
                value: Some(value),
                precision: text(f.precision)
                    .and_then(|p| serde_json::from_value(serde_json::Value::String(p)).ok())
                    .unwrap_or(Precision::Day),
            });
            items.push(SearchHit {
                article_id: id,
                score,
                title: text(f.title).unwrap_or_default(),
                outlet: text(f.outlet),
                published,
                duplicate_of: doc.get_first(f.duplicate_of).and_then(|v| v.as_i64()),
                snippet: snippet_text,
                highlights,
            });
        }
        Ok(Page { total, offset: page.offset, limit: page.limit, items })
    }

    /// Ids of the articles matching `query` and the filter, best first (no snippets).
    pub fn article_ids(
        &self,
        query: &str,
        filter: &Filter,
        near_places: Option<&[String]>,
        page: PageRequest,
    ) -> Result<Page<i64>> {
        let (total, top, _, searcher) = self.top(query, filter, near_places, page)?;
        let mut items = Vec::with_capacity(top.len());
        for (_, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            items.push(doc.get_first(self.fields.id).and_then(|v| v.as_i64()).unwrap_or_default());
        }
        Ok(Page { total, offset: page.offset, limit: page.limit, items })
    }

    /// The count and the page of best matches, the text query alone (for snippets), and the
    /// searcher they come from.
    #[allow(clippy::type_complexity)]
    fn top(
        &self,
        query: &str,
        filter: &Filter,
        near_places: Option<&[String]>,
        page: PageRequest,
    ) -> Result<(usize, Vec<(f32, tantivy::DocAddress)>, Box<dyn Query>, tantivy::Searcher)> {
        let f = self.fields;
        let searcher = self.reader.searcher();
        let Some(text_query) = self.text_query(query, &searcher)? else {
            // Nothing to search for (only punctuation, or an empty phrase): nothing matches.
            return Ok((0, Vec::new(), Box::new(EmptyQuery), searcher));
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query.box_clone())];
        let term = |field: Field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, v), IndexRecordOption::Basic))
        };
        if !filter.kinds.is_empty() {
            // An article reporting an event of any of the types.
            let any = filter.kinds.iter().map(|k| (Occur::Should, term(f.kind, k.as_str()))).collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if let Some(a) = &filter.actor {
            clauses.push((Occur::Must, term(f.actor, a)));
        }
        if let Some(p) = &filter.place {
            clauses.push((Occur::Must, term(f.place, p)));
        }
        if let Some(places) = near_places {
            let any: Vec<(Occur, Box<dyn Query>)> =
                places.iter().map(|p| (Occur::Should, term(f.place, p))).collect();
            if any.is_empty() {
                return Ok((0, Vec::new(), text_query, searcher));
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        // An article is in the period when its publication date overlaps it, as an event is
        // (`crate::records::Filter`): one of March 2024 is in 10-20 March, one of 2024 in March.
        let bound = |name: &'static str, value: &Option<String>| -> Result<Option<(i64, i64)>> {
            value
                .as_deref()
                .map(|s| {
                    parse_filter_date(s)
                        .ok_or_else(|| Error::BadFilter { name, message: format!("{s:?} is not a date") })
                })
                .transpose()
        };
        if let Some((from, _)) = bound("from", &filter.from)? {
            let last_day = Term::from_field_i64(f.day_end, from);
            clauses
                .push((Occur::Must, Box::new(RangeQuery::new(Bound::Included(last_day), Bound::Unbounded))));
        }
        if let Some((_, to)) = bound("to", &filter.to)? {
            let first_day = Term::from_field_i64(f.day, to);
            clauses
                .push((Occur::Must, Box::new(RangeQuery::new(Bound::Unbounded, Bound::Included(first_day)))));
        }
        let full = BooleanQuery::new(clauses);
        if page.limit == 0 {
            // Only the count was asked for.
            return Ok((searcher.search(&full, &Count)?, Vec::new(), text_query, searcher));
        }
        if page.offset as u64 >= searcher.num_docs() {
            // Past the last article nothing is on the page; tantivy adds offset and limit (which
            // overflowed on a huge offset) and sizes its heap by them.
            return Ok((searcher.search(&full, &Count)?, Vec::new(), text_query, searcher));
        }
        let limit = page.limit.min(10_000);
        let (total, top) = searcher
            .search(&full, &(Count, TopDocs::with_limit(limit).and_offset(page.offset).order_by_score()))?;
        Ok((total, top, text_query, searcher))
    }

    /// Whether a search text holds a word: `"`, `:` or `OR` alone hold none, and find nothing.
    pub fn has_words(&self, text: &str) -> bool {
        query::parse(text).iter().flatten().any(|unit| {
            let (query::Unit::Words(t) | query::Unit::Phrase(t)) = unit;
            !self.query_words(t).is_empty()
        })
    }

    /// The tantivy query for a search text (syntax in [`crate::query`]); `None` when the text
    /// holds no word.
    fn text_query(&self, text: &str, searcher: &Searcher) -> Result<Option<Box<dyn Query>>> {
        let mut groups: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for units in query::parse(text) {
            let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for unit in &units {
                if let Some(q) = self.unit_query(unit, searcher)? {
                    any.push((Occur::Should, q));
                }
            }
            if !any.is_empty() {
                groups.push((Occur::Must, Box::new(BooleanQuery::new(any))));
            }
        }
        Ok((!groups.is_empty()).then(|| Box::new(BooleanQuery::new(groups)) as Box<dyn Query>))
    }

    /// One word, or words that must stand together in order (a phrase, or a stretch like
    /// `10:30`); `None` when the text holds no word.
    fn unit_query(&self, unit: &query::Unit, searcher: &Searcher) -> Result<Option<Box<dyn Query>>> {
        let f = self.fields;
        let (query::Unit::Words(text) | query::Unit::Phrase(text)) = unit;
        let words = self.query_words(text);
        let should = |clauses: Vec<Box<dyn Query>>| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(clauses.into_iter().map(|q| (Occur::Should, q)).collect()))
        };
        let term = |field: Field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::WithFreqs))
        };
        let title = |q: Box<dyn Query>| -> Box<dyn Query> { Box::new(BoostQuery::new(q, TITLE_BOOST)) };
        let body_df = |text: &str| searcher.doc_freq(&Term::from_field_text(f.body, text));
        // The terms each word may be indexed under.
        let mut forms: Vec<Vec<String>> = Vec::with_capacity(words.len());
        for w in &words {
            let mut these = vec![w.stem.clone()];
            if let Some(rest) = &w.reading {
                // `بدمشق` (14 articles of the bulk corpus): also `دمشق` written alone (729),
                // the commoner word, and after another proclitic (`لدمشق`). `لقاء` (166) is
                // taken as written: `قاء` (89, from `إلقاء`) is rarer. So are `وادي` and
                // `بادية`, whatever `أدى` counts (`typed_word_takes_reading`).
                if typed_word_takes_reading(&w.folded, rest) && body_df(rest)? > body_df(&w.stem)? {
                    these.push(rest.clone());
                    these.push(format!("{PROCLITIC_MARK}{rest}"));
                }
            }
            if !w.stem.is_ascii() {
                // `إدلب`: also after a proclitic (`بإدلب`, `لإدلب`).
                these.push(format!("{PROCLITIC_MARK}{}", w.stem));
            }
            forms.push(these);
        }
        Ok(match words.as_slice() {
            [] => None,
            [w] => {
                let mut clauses: Vec<Box<dyn Query>> = Vec::new();
                for form in &forms[0] {
                    clauses.push(title(term(f.title, form)));
                    clauses.push(term(f.body, form));
                }
                if !w.folded.is_empty() && w.folded.len() < MAX_TOKEN_BYTES {
                    clauses.push(term(f.body_exact, &w.folded));
                }
                Some(should(clauses))
            }
            _ => {
                // `"ريف دمشق"` is also `بريف دمشق`: a phrase of each way of reading its words
                // (tantivy's PhraseQuery takes one term per position). Past
                // MAX_PHRASE_READINGS, later words are read only as written.
                let mut readings: Vec<Vec<&str>> = vec![Vec::new()];
                for these in &forms {
                    let take =
                        if readings.len() * these.len() <= MAX_PHRASE_READINGS { these.len() } else { 1 };
                    readings = readings
                        .iter()
                        .flat_map(|r| {
                            these[..take].iter().map(move |form| {
                                let mut r = r.clone();
                                r.push(form.as_str());
                                r
                            })
                        })
                        .collect();
                }
                let phrase = |field: Field, reading: &[&str]| -> Box<dyn Query> {
                    let terms = reading.iter().map(|t| Term::from_field_text(field, t)).collect();
                    Box::new(PhraseQuery::new(terms))
                };
                let mut clauses = Vec::new();
                for reading in &readings {
                    clauses.push(title(phrase(f.title, reading)));
                    clauses.push(phrase(f.body, reading));
                }
                Some(should(clauses))
            }
        })
    }

    /// The words of a query text as the index analysed them: stem, proclitic reading (the
    /// rest's stem, unmarked) and folded form, in order.
    fn query_words(&self, text: &str) -> Vec<QueryWord> {
        let mut words: Vec<QueryWord> = Vec::new();
        let mut stemmed = self.query_tokenizers.get("ar_stem").expect("registered in `register`");
        let mut stream = stemmed.token_stream(text);
        let mut positions = Vec::new();
        while stream.advance() {
            let t = stream.token();
            match t.text.strip_prefix(PROCLITIC_MARK) {
                Some(rest) if positions.last() == Some(&t.position) => {
                    if let Some(w) = words.last_mut() {
                        w.reading = Some(rest.to_string());
                    }
                }
                _ => {
                    positions.push(t.position);
                    words.push(QueryWord { stem: t.text.clone(), reading: None, folded: String::new() });
                }
            }
        }
        let mut folded = self.query_tokenizers.get("ar_folded").expect("registered in `register`");
        let mut stream = folded.token_stream(text);
        while stream.advance() {
            let t = stream.token();
            if let Some(i) = positions.iter().position(|&p| p == t.position) {
                words[i].folded = t.text.clone();
            }
        }
        words
    }
}

/// Headline matches count half as much again as body matches.
const TITLE_BOOST: f32 = 1.5;

/// At most this many phrases are built for one quoted phrase's readings (a word has up to four:
/// as written, after a proclitic, and its rest both ways).
const MAX_PHRASE_READINGS: usize = 64;

/// Tokens of this many bytes or more are not indexed (nor searched).
const MAX_TOKEN_BYTES: usize = 60;

/// One word of a search text.
struct QueryWord {
    /// Its stem (the stemmed fields' term).
    stem: String,
    /// The stem of its rest after a one-letter proclitic, when it may have one.
    reading: Option<String>,
    /// Its folded form (the exact field's term).
    folded: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Articles of one line each (id, body), the headline a fixed word.
    const ARTICLES: [(i64, &str); 23] = [
        (1, "سيطرت قوات قسد على قرية في ريف دير الزور."),
        (2, "قصفت الطائرات مدينة إدلب وريف حلب."),
        (3, "وصل وفد تابع لقسد إلى القامشلي."),
        (4, "قال مسؤول تركي إن شؤون المنطقة هادئة."),
        (5, "أعلن مسئول أممي أن مائة عائلة نزحت."),
        (6, "زار الرئيس لبنان وفرنسا الأسبوع الماضي."),
        (7, "وقع انفجار في بلدة قرب الحدود."),
        (8, "اجتماع بلدية المدينة لم يعقد."),
        (9, "يوجد لدى الجيش خطة للانسحاب بعد لقاء القادة."),
        (10, "طالب المعارضون بقاء المراقبين في اشتباكات بإدلب."),
        (11, "تم إلقاء القبض على مسلح."),
        (12, "دخلت قوات إلى إدلب أمس."),
        (13, "اتهمت أنقرة قسد بالهجوم."),
        (14, "قصفت مدفعية النظام مواقع بريف دمشق."),
        (15, "حوصرت الغوطة الشرقية لدمشق سنوات."),
        (16, "خرج سكان ريف دمشق إلى الشوارع."),
        (17, "أدى القصف إلى نزوح الأهالي."),
        (18, "وصلت التعزيزات إلى وادي بردى."),
        (19, "سيطر التنظيم على البادية السورية."),
        (20, "قدم الوفد ورقة عمل للمفاوضات."),
        (21, "قصفت الطائرات أحياء الرقة."),
        (22, "أدى الانفجار إلى أضرار كبيرة."),
        (23, "اشتباكات في ريف اللاذقية وحماة."),
    ];

    fn index() -> (tempfile::TempDir, SearchIndex) {
        index_in(tempfile::tempdir().unwrap())
    }

    /// [`ARTICLES`] indexed in `dir`.
    fn index_in(dir: tempfile::TempDir) -> (tempfile::TempDir, SearchIndex) {
        let index = SearchIndex::open(dir.path()).unwrap();
        let docs: Vec<IndexDoc> = ARTICLES
            .iter()
            .map(|&(id, body)| IndexDoc {
                id,
                title: "خبر".into(),
                body: body.into(),
                outlet: None,
                published: None,
                actors: Vec::new(),
                places: Vec::new(),
                event_types: Vec::new(),
                duplicate_of: None,
            })
            .collect();
        index.add(&docs, ARTICLES.len() as i64).unwrap();
        (dir, index)
    }

    fn bodies(ids: &[i64]) -> Result<HashMap<i64, String>> {
        Ok(ARTICLES.iter().filter(|(id, _)| ids.contains(id)).map(|&(id, b)| (id, b.to_string())).collect())
    }

    /// The ids of the articles `query` finds, sorted.
    fn found(index: &SearchIndex, query: &str) -> Vec<i64> {
        let page = index.search(query, &Filter::default(), None, PageRequest::default(), &bodies).unwrap();
        assert_eq!(page.total, page.items.len(), "{query}");
        let mut ids: Vec<i64> = page.items.iter().map(|h| h.article_id).collect();
        ids.sort();
        ids
    }

    #[test]
    fn a_one_letter_proclitic_is_read_both_ways() {
        let (_dir, index) = index();
        assert_eq!(found(&index, "إدلب"), [2, 10, 12], "إدلب finds بإدلب");
        assert_eq!(found(&index, "بإدلب"), [2, 10, 12], "بإدلب finds إدلب");
        assert_eq!(found(&index, "فحلب"), [2]);
        assert_eq!(found(&index, "قسد"), [1, 3, 13], "قسد finds لقسد");
        assert_eq!(found(&index, "لقسد"), [1, 3, 13]);
        assert_eq!(found(&index, "وبإدلب"), [2, 10, 12], "after و");
    }

    #[test]
    fn a_word_typed_with_a_proclitic_finds_it_after_another() {
        let (_dir, index) = index();
        assert_eq!(found(&index, "دمشق"), [14, 15, 16]);
        assert_eq!(found(&index, "بدمشق"), [14, 15, 16], "بدمشق finds لدمشق");
    }

    #[test]
    fn a_phrase_is_found_with_a_proclitic_on_its_words() {
        let (_dir, index) = index();
        assert_eq!(found(&index, "\"ريف دمشق\""), [14, 16], "finds بريف دمشق");
        assert_eq!(found(&index, "\"بريف دمشق\""), [14, 16], "finds ريف دمشق");
        assert_eq!(found(&index, "\"الشرقية دمشق\""), [15], "finds الشرقية لدمشق");
        assert_eq!(found(&index, "\"دمشق ريف\""), Vec::<i64>::new(), "still in order");
        assert_eq!(found(&index, "\"ريف حلب\""), [2]);
    }

    #[test]
    fn words_opening_with_a_proclitic_letter_stay_themselves() {
        let (_dir, index) = index();
        assert_eq!(found(&index, "لبنان"), [6]);
        assert_eq!(found(&index, "فرنسا"), [6]);
        assert_eq!(found(&index, "بلدة"), [7]);
        assert_eq!(found(&index, "بنان"), Vec::<i64>::new(), "لبنان is no ل + بنان");
        assert_eq!(found(&index, "بلدية"), [8], "not every لدى");
        assert_eq!(found(&index, "لدى"), [9], "not بلدية");
        assert_eq!(found(&index, "لقاء"), [9], "لقاء, as common as قاء (إلقاء), is taken as written");
        assert_eq!(found(&index, "بقاء"), [10]);
    }

    /// Search review, session 18: `وادي` found every `أدى` (264 articles of the reviewer's store,
    /// 26 with `وادي`), `بادية` every `أدى` too, `ورقة` every `الرقة`.
    #[test]
    fn a_first_root_letter_is_not_taken_for_a_proclitic() {
        let (_dir, index) = index();
        assert_eq!(found(&index, "وادي"), [18], "وادي is not و + أدى");
        assert_eq!(found(&index, "بادية"), [19], "بادية is not ب + أدى");
        assert_eq!(found(&index, "ورقة"), [20], "ورقة is not و + الرقة");
        assert_eq!(found(&index, "الرقة"), [21]);
        // `وأدى` folds as `وادي` does: a search for أدى takes both.
        assert_eq!(found(&index, "أدى"), [17, 18, 22]);
        // Where و is plainly "and", it still is.
        assert_eq!(found(&index, "وبالقصف"), [17]);
        assert_eq!(found(&index, "حماة"), [23], "finds وحماة");
    }

    #[test]
    fn hamza_seats_meet() {
        let (_dir, index) = index();
        assert_eq!(found(&index, "مسئول"), [4, 5]);
        assert_eq!(found(&index, "مسؤول"), [4, 5]);
        assert_eq!(found(&index, "شئون"), [4]);
        assert_eq!(found(&index, "مئة"), [5], "مائة, old spelling");
        assert_eq!(found(&index, "هادي"), Vec::<i64>::new(), "ئ is not ي");
    }

    #[test]
    fn any_text_is_a_query() {
        let (_dir, index) = index();
        assert_eq!(found(&index, "أنقرة: مسؤول تركي"), Vec::<i64>::new(), "every word must match");
        assert_eq!(found(&index, "مسؤول: تركي"), [4]);
        assert_eq!(found(&index, "\"مدينة إدلب"), [2], "an open quote is ignored");
        assert_eq!(found(&index, "(إدلب"), [2, 10, 12]);
        assert_eq!(found(&index, "إدلب OR لبنان"), [2, 6, 10, 12]);
        assert_eq!(found(&index, "قسد OR"), [1, 3, 13]);
        assert_eq!(found(&index, "\"مدينة إدلب\""), [2], "a phrase");
        assert_eq!(found(&index, "\"إدلب مدينة\""), Vec::<i64>::new(), "in its order");
        assert_eq!(found(&index, "10:30"), Vec::<i64>::new());
        for nothing in ["", ":", "\"", "OR", "( )"] {
            assert_eq!(found(&index, nothing), Vec::<i64>::new(), "{nothing:?}");
        }
    }

    #[test]
    fn an_index_built_by_another_version_is_emptied_for_a_rebuild() {
        let (dir, index) = index();
        // As the previous analyser (version 2) left it.
        index
            .with_writer(|w| {
                let mut commit = w.prepare_commit()?;
                commit.set_payload(&serde_json::to_string(&Payload { version: 2, up_to: 13 })?);
                commit.commit()?;
                Ok(())
            })
            .unwrap();
        drop(index);
        let reopened = SearchIndex::open(dir.path()).unwrap();
        // DataDir::open then indexes every stored article after id 0 again.
        assert_eq!((reopened.indexed_up_to().unwrap(), reopened.num_docs()), (0, 0));
        drop(reopened);
        let (dir, index) = index_in(dir);
        assert_eq!(found(&index, "بإدلب"), [2, 10, 12]);
        drop(dir);
    }

    /// A new index records its version at once: reopened before any article was indexed (a first
    /// ingest that stored nothing) it is the current version, not "another version (unknown)".
    #[test]
    fn a_new_index_is_of_this_version_before_its_first_article() {
        let dir = tempfile::tempdir().unwrap();
        drop(SearchIndex::open(dir.path()).unwrap());
        let index = Index::open_in_dir(dir.path()).unwrap();
        assert_eq!(version_of(&index), Some(INDEX_VERSION));
        // And nobody holds its writer: a second process can take it.
        assert!(SearchIndex::open(dir.path()).unwrap().claim_writer().is_ok());
    }

    #[test]
    fn a_page_of_none_still_counts() {
        let (_dir, index) = index();
        let page = PageRequest { offset: 0, limit: 0 };
        let counted = index.search("إدلب", &Filter::default(), None, page, &bodies).unwrap();
        assert_eq!((counted.total, counted.items.len()), (3, 0));
        let one = PageRequest { offset: 0, limit: 1 };
        let first = index.search("إدلب", &Filter::default(), None, one, &bodies).unwrap();
        assert_eq!((first.total, first.items.len()), (3, 1));
    }

    #[test]
    fn a_word_after_a_proclitic_is_highlighted() {
        let (_dir, index) = index();
        let page = index.search("إدلب", &Filter::default(), None, PageRequest::default(), &bodies).unwrap();
        for hit in &page.items {
            let marked: Vec<&str> = hit.highlights.iter().map(|&(a, b)| &hit.snippet[a..b]).collect();
            assert!(marked == ["إدلب"] || marked == ["بإدلب"], "{marked:?}");
        }
    }
}
