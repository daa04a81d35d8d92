//! The data directory: the database and the search index side by side.

use std::path::{Path, PathBuf};

use crate::postgres::PgStore;
use crate::records::*;
use crate::search::{SearchHit, SearchIndex};
use crate::sqlite::SqliteStore;
use crate::store::{AnyStore, Store};
use crate::{Error, Result};

/// Articles indexed per index commit when catching up or rebuilding.
const INDEX_CHUNK: usize = 2000;

/// The database file of a data directory.
const DB_FILE: &str = "marsad.db";

/// What a data directory over a PostgreSQL store records of it: which store its index holds
/// (by the id made with the store's schema, and its address without password for messages) and
/// the analysis generation the index was built at.
const STORE_FILE: &str = "store.json";

#[derive(serde::Serialize, serde::Deserialize)]
struct StoreMarker {
    store: String,
    store_id: String,
    generation: Option<i64>,
}

fn read_marker(root: &Path) -> Result<Option<StoreMarker>> {
    let path = root.join(STORE_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(
            serde_json::from_str(&text)
                .map_err(|e| Error::Corrupt { what: path.display().to_string(), message: e.to_string() })?,
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Io { path, source }),
    }
}

fn write_marker(root: &Path, marker: &StoreMarker) -> Result<()> {
    let path = root.join(STORE_FILE);
    let tmp = root.join(format!("{STORE_FILE}.tmp"));
    let text = serde_json::to_string_pretty(marker)?;
    std::fs::write(&tmp, text + "\n").map_err(|source| Error::Io { path: tmp.clone(), source })?;
    std::fs::rename(&tmp, &path).map_err(|source| Error::Io { path, source })
}

/// An open data directory: `marsad.db` (SQLite) and `index/` (tantivy); or, for a team's
/// PostgreSQL store, `index/` and `store.json` only (see [`DataDir::open_with`]).
///
/// # Sharing
///
/// `DataDir` is `Send` but not `Sync` (one SQLite connection): a server keeps it behind a
/// `Mutex`, or opens one per worker. One process at a time should ingest into a directory.
#[derive(Debug)]
pub struct DataDir {
    root: PathBuf,
    pub(crate) store: AnyStore,
    pub(crate) index: SearchIndex,
}

impl DataDir {
    /// The directory named by `MARSAD_DATA`, else `./marsad-data`.
    pub fn default_path() -> PathBuf {
        std::env::var_os("MARSAD_DATA").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("marsad-data"))
    }

    /// Whether `root` holds a store (its database file), or indexes a PostgreSQL store: a
    /// mistyped path does neither.
    pub fn exists(root: &Path) -> bool {
        root.join(DB_FILE).is_file() || root.join(STORE_FILE).is_file()
    }

    /// What holds the articles, for messages: the directory (SQLite), or the PostgreSQL store's
    /// address without its password.
    pub fn store_name(&self) -> String {
        match &self.store {
            AnyStore::Sqlite(_) => self.root.display().to_string(),
            AnyStore::Postgres(pg) => pg.name().to_string(),
        }
    }

    /// Opens (creating if needed) a data directory, and brings the index up to the store when a
    /// crash left it behind.
    ///
    /// # Errors
    ///
    /// The directory cannot be created, or the database or index cannot be opened.
    pub fn open(root: &Path) -> Result<DataDir> {
        DataDir::open_with(root, None)
    }

    /// Opens (creating if needed) a data directory over the store at `store` (a
    /// `postgres://user@host:port/dbname` address), or over its own SQLite file when `None`.
    ///
    /// A data directory over a PostgreSQL store holds the search index only, and records which
    /// store it indexes (`store.json`: the store's id, made with its schema, and its address
    /// without password): it refuses another store, or none, rather than show an index of other
    /// articles. Its index catches up with what other nodes stored since; when the store was
    /// re-analysed since it was built (by any node), it is rebuilt, with a warning.
    ///
    /// # Errors
    ///
    /// [`Error::OtherStore`] when the directory indexes another store than `store`, or holds a
    /// SQLite store and `store` names a PostgreSQL one; the store cannot be reached or opened.
    pub fn open_with(root: &Path, store: Option<&str>) -> Result<DataDir> {
        std::fs::create_dir_all(root).map_err(|source| Error::Io { path: root.into(), source })?;
        let Some(url) = store else {
            check_no_marker(root)?;
            let store = SqliteStore::open(&root.join(DB_FILE))?;
            let index = SearchIndex::open(&root.join("index"))?;
            let dir = DataDir { root: root.to_path_buf(), store: AnyStore::Sqlite(store), index };
            return match dir.catch_up_index() {
                // Another process (an ingest, a `marsad serve`) writes the directory and indexes what
                // it stores itself: a reader (`events`, `search`) reads the index as that process
                // left it, as it does while `serve` holds the directory, rather than fail.
                Err(Error::Busy { .. }) => {
                    tracing::warn!(
                        "{}: another marsad process is writing this data directory; {} article(s) it stored are \
                         not searchable yet",
                        root.display(),
                        dir.unindexed()?
                    );
                    Ok(dir)
                }
                Err(e) => Err(e),
                Ok(_) => Ok(dir),
            };
        };
        let pg = connect_for(root, url)?;
        let store_id = pg.store_id()?;
        let recorded = read_marker(root)?.map(|m| m.generation).unwrap_or(None);
        write_marker(root, &StoreMarker { store: pg.name().to_string(), store_id, generation: recorded })?;
        let index = SearchIndex::open(&root.join("index"))?;
        let dir = DataDir { root: root.to_path_buf(), store: AnyStore::Postgres(pg), index };
        match dir.follow_store() {
            // A process of this node (a running `marsad serve`) writes the index: it follows the
            // store itself; this one reads the index as it is.
            Err(Error::Busy { .. }) => {
                tracing::warn!("{}: the search index is in use by another marsad process of this machine; it is read as that process left it", root.display());
                Ok(dir)
            }
            Err(e) => Err(e),
            Ok(()) => Ok(dir),
        }
    }

    /// Brings the index up to a shared store: rebuilds it when the store was re-analysed since it
    /// was built (another node's `marsad reanalyze`: its event types are stale), else indexes the
    /// articles stored since (by any node). For a SQLite store, only the latter.
    ///
    /// # Errors
    ///
    /// The store or index fails; [`Error::Busy`] when another process writes the index.
    pub fn follow_store(&self) -> Result<()> {
        let Some(current) = self.store.generation()? else {
            self.catch_up_index()?;
            return Ok(());
        };
        let recorded = read_marker(&self.root)?.and_then(|m| m.generation);
        if recorded == Some(current) {
            self.catch_up_index()?;
            return Ok(());
        }
        if recorded.is_some() && self.index.indexed_up_to()? > 0 {
            tracing::warn!(
                "{}: the store was re-analysed since this search index was built (generation {} → {current}): \
                 rebuilding the index from the store",
                self.root.display(),
                recorded.unwrap_or_default()
            );
        }
        self.reindex(&mut |_, _| {})?;
        Ok(())
    }

    /// Opens an existing data directory without writing to it, for a user who may only read it (see
    /// [`SqliteStore::open_read_only`]). A search index left behind the store is used as it is
    /// ([`DataDir::unindexed`] says by how much): bringing it up to date would write.
    ///
    /// # Errors
    ///
    /// The database or the index cannot be opened for reading.
    pub fn open_read_only(root: &Path) -> Result<DataDir> {
        DataDir::open_read_only_with(root, None)
    }

    /// [`DataDir::open_read_only`] over the store at `store` (see [`DataDir::open_with`]); the
    /// index is used as it is, even when the store was re-analysed since.
    ///
    /// # Errors
    ///
    /// As [`DataDir::open_read_only`] and [`DataDir::open_with`].
    pub fn open_read_only_with(root: &Path, store: Option<&str>) -> Result<DataDir> {
        let store = match store {
            None => {
                check_no_marker(root)?;
                AnyStore::Sqlite(SqliteStore::open_read_only(&root.join(DB_FILE))?)
            }
            Some(url) => {
                let pg = connect_for(root, url)?;
                if let Some(m) = read_marker(root)? {
                    check_same_store(root, &m, &pg)?;
                }
                AnyStore::Postgres(pg)
            }
        };
        let index = SearchIndex::open_read_only(&root.join("index"))?;
        Ok(DataDir { root: root.to_path_buf(), store, index })
    }

    /// Makes sure this process may write the directory (no `marsad serve` or other ingest holds
    /// it) before a command changes anything.
    ///
    /// # Errors
    ///
    /// [`Error::Busy`] when another process writes it.
    pub fn claim_for_writing(&self) -> Result<()> {
        self.index.claim_writer()
    }

    /// How many stored articles the search index does not cover (0 once [`DataDir::open`] caught up).
    ///
    /// # Errors
    ///
    /// The store or index fails.
    pub fn unindexed(&self) -> Result<i64> {
        Ok((self.store.max_article_id()? - self.index.indexed_up_to()?).max(0))
    }

    /// The directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The store.
    pub fn store(&self) -> &AnyStore {
        &self.store
    }

    /// The store, for writing.
    pub fn store_mut(&mut self) -> &mut AnyStore {
        &mut self.store
    }

    /// The search index.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// Indexes stored articles the index does not cover yet; returns how many.
    ///
    /// # Errors
    ///
    /// The store or index fails.
    pub fn catch_up_index(&self) -> Result<usize> {
        let from = self.index.indexed_up_to()?;
        self.index_after(from)
    }

    pub(crate) fn index_after(&self, after: i64) -> Result<usize> {
        index_after(&self.store, &self.index, after)
    }

    /// Rebuilds the index from the store; `progress(done, total)` after each chunk.
    ///
    /// # Errors
    ///
    /// The store or index fails.
    pub fn reindex(&self, progress: &mut dyn FnMut(usize, usize)) -> Result<usize> {
        // Read before the articles: a re-analysis meanwhile leaves the older generation recorded,
        // and the next open rebuilds again.
        let generation = self.store.generation()?;
        let n = self.rebuild_index(progress)?;
        if let Some(generation) = generation {
            if let Some(mut marker) = read_marker(&self.root)? {
                marker.generation = Some(generation);
                write_marker(&self.root, &marker)?;
            }
        }
        Ok(n)
    }

    fn rebuild_index(&self, progress: &mut dyn FnMut(usize, usize)) -> Result<usize> {
        let total = self.store.stats()?.articles;
        self.index.clear()?;
        let mut after = 0;
        let mut n = 0;
        loop {
            let docs = self.store.index_docs(after, INDEX_CHUNK)?;
            let Some(last) = docs.last().map(|d| d.id) else { return Ok(n) };
            self.index.add(&docs, last)?;
            n += docs.len();
            after = last;
            progress(n, total);
        }
    }

    /// Full-text search over articles, narrowed by the filter (type, actor, place, circle or
    /// box, publication dates); an article is in a circle or a box when a place it names is.
    ///
    /// # Errors
    ///
    /// The query cannot be parsed, a filter is malformed, or the index fails.
    pub fn search(&self, query: &str, filter: &Filter, page: PageRequest) -> Result<Page<SearchHit>> {
        let near = filter.near.map(|n| self.store.places_near(n)).transpose()?;
        let boxed = match filter.bbox {
            Some([west, south, east, north]) => Some(
                self.store
                    .places()?
                    .into_iter()
                    .filter(|p| match (p.lat, p.lon) {
                        (Some(lat), Some(lon)) => {
                            (south..=north).contains(&lat) && (west..=east).contains(&lon)
                        }
                        _ => false,
                    })
                    .map(|p| p.id)
                    .collect::<Vec<String>>(),
            ),
            None => None,
        };
        let places: Option<Vec<String>> = match (near, boxed) {
            (Some(near), Some(boxed)) => Some(near.into_iter().filter(|p| boxed.contains(p)).collect()),
            (near, boxed) => near.or(boxed),
        };
        // A place filter keeps articles naming the place or a place inside it (a governorate's
        // towns, by the knowledge's admin parents): any of those ids, and within the circle or
        // box too when one is given.
        let (filter, places) = match &filter.place {
            None => (std::borrow::Cow::Borrowed(filter), places),
            Some(place) => {
                let mut within = self.store.places_tree().within(place);
                if let Some(places) = places {
                    within.retain(|p| places.contains(p));
                }
                (std::borrow::Cow::Owned(Filter { place: None, ..filter.clone() }), Some(within))
            }
        };
        self.index.search(query, &filter, places.as_deref(), page, &|ids| self.store.clean_bodies(ids))
    }

    /// Judges which places lie in which by `places` (the knowledge's admin parents) from now on:
    /// a place filter then includes the places inside it, and the merge keeps two towns apart
    /// unless one lies in the other. An ingest or re-analysis takes the analyser's own.
    pub fn set_places(&mut self, places: std::sync::Arc<crate::PlaceTree>) {
        self.store.set_places(places);
    }

    /// Events matching a filter; a `text` filter keeps events reported by articles matching it
    /// (the best 10,000 articles). A text with no word in it (`"`, an open quote the search
    /// ignores, or `:`) filters nothing, as an empty one: it listed no event at all.
    ///
    /// # Errors
    ///
    /// A filter is malformed, or the store or index fails.
    pub fn list_events(&self, filter: &Filter, page: PageRequest) -> Result<Page<EventRecord>> {
        match filter.text.as_deref().filter(|t| self.index.has_words(t)) {
            None => self.store.list_events(filter, page),
            Some(q) => {
                let text_only = Filter { text: None, ..Filter::default() };
                let hits =
                    self.index.article_ids(q, &text_only, None, PageRequest { offset: 0, limit: 10_000 })?;
                self.store.list_events_in(filter, page, Some(&hits.items))
            }
        }
    }

    /// One event with every source.
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn get_event(&self, id: i64) -> Result<Option<EventRecord>> {
        self.store.get_event(id)
    }

    /// The events of `ids` with every source, in the order of `ids` (an id with no event is left
    /// out), read together: a page of the desk's list costs three queries, not three an event.
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn get_events(&self, ids: &[i64]) -> Result<Vec<EventRecord>> {
        self.store.get_events(ids)
    }

    /// One article with its spans.
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn get_article(&self, id: i64) -> Result<Option<ArticleRecord>> {
        self.store.get_article(id)
    }

    /// Actors with counts.
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn actors(&self) -> Result<Vec<EntitySummary>> {
        self.store.actors()
    }

    /// Places with counts.
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn places(&self) -> Result<Vec<EntitySummary>> {
        self.store.places()
    }

    /// Counts, with the index directory's size added to `db_bytes`' neighbour.
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn stats(&self) -> Result<StoreStats> {
        self.store.stats()
    }

    /// Bytes used by the whole directory (database, WAL and index).
    pub fn disk_bytes(&self) -> u64 {
        fn walk(p: &Path) -> u64 {
            match std::fs::metadata(p) {
                Ok(m) if m.is_dir() => std::fs::read_dir(p)
                    .map(|rd| rd.filter_map(|e| e.ok()).map(|e| walk(&e.path())).sum())
                    .unwrap_or(0),
                Ok(m) => m.len(),
                Err(_) => 0,
            }
        }
        walk(&self.root)
    }
}

/// Indexes the stored articles with ids above `after`, committing every chunk; returns how many.
pub(crate) fn index_after(store: &dyn Store, index: &SearchIndex, mut after: i64) -> Result<usize> {
    let mut n = 0;
    loop {
        let docs = store.index_docs(after, INDEX_CHUNK)?;
        let Some(last) = docs.last().map(|d| d.id) else { return Ok(n) };
        index.add(&docs, last)?;
        n += docs.len();
        after = last;
    }
}

/// Refuses to open a directory over a PostgreSQL store as a SQLite one (it would make an empty
/// `marsad.db` beside an index of other articles).
fn check_no_marker(root: &Path) -> Result<()> {
    match read_marker(root)? {
        Some(m) => Err(Error::OtherStore {
            message: format!(
                "{} indexes the PostgreSQL store {}: give --store {} (or MARSAD_STORE) to use it",
                root.display(),
                m.store,
                m.store
            ),
        }),
        None => Ok(()),
    }
}

/// Connects to the PostgreSQL store at `url` for the directory `root`, which must not hold a
/// SQLite store, nor index another PostgreSQL store.
fn connect_for(root: &Path, url: &str) -> Result<PgStore> {
    if root.join(DB_FILE).is_file() {
        return Err(Error::OtherStore {
            message: format!(
                "{} holds a SQLite store ({DB_FILE}); it cannot also index the PostgreSQL store {}: give another \
                 --data for that store",
                root.display(),
                crate::redact_url(url)
            ),
        });
    }
    let pg = PgStore::connect(url)?;
    if let Some(m) = read_marker(root)? {
        check_same_store(root, &m, &pg)?;
    }
    Ok(pg)
}

fn check_same_store(root: &Path, m: &StoreMarker, pg: &PgStore) -> Result<()> {
    if m.store_id == pg.store_id()? {
        return Ok(());
    }
    Err(Error::OtherStore {
        message: format!(
            "{} indexes the PostgreSQL store {}, not {} (another database, or one made again): give another \
             --data for {}, or remove {}/{STORE_FILE} and {}/index to index it there instead",
            root.display(),
            m.store,
            pg.name(),
            pg.name(),
            root.display(),
            root.display()
        ),
    })
}
