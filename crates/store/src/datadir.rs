//! The data directory: the database and the search index side by side.

use std::path::{Path, PathBuf};

use crate::records::*;
use crate::search::{SearchHit, SearchIndex};
use crate::sqlite::SqliteStore;
use crate::store::Store;
use crate::{Error, Result};

/// Articles indexed per index commit when catching up or rebuilding.
const INDEX_CHUNK: usize = 2000;

/// The database file of a data directory.
const DB_FILE: &str = "marsad.db";

/// An open data directory: `marsad.db` (SQLite) and `index/` (tantivy).
///
/// # Sharing
///
/// `DataDir` is `Send` but not `Sync` (one SQLite connection): a server keeps it behind a
/// `Mutex`, or opens one per worker. One process at a time should ingest into a directory.
#[derive(Debug)]
pub struct DataDir {
    root: PathBuf,
    pub(crate) store: SqliteStore,
    pub(crate) index: SearchIndex,
}

impl DataDir {
    /// The directory named by `MARSAD_DATA`, else `./marsad-data`.
    pub fn default_path() -> PathBuf {
        std::env::var_os("MARSAD_DATA").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("marsad-data"))
    }

    /// Whether `root` holds a store (its database file): a mistyped path does not.
    pub fn exists(root: &Path) -> bool {
        root.join(DB_FILE).is_file()
    }

    /// Opens (creating if needed) a data directory, and brings the index up to the store when a
    /// crash left it behind.
    ///
    /// # Errors
    ///
    /// The directory cannot be created, or the database or index cannot be opened.
    pub fn open(root: &Path) -> Result<DataDir> {
        std::fs::create_dir_all(root).map_err(|source| Error::Io { path: root.into(), source })?;
        let store = SqliteStore::open(&root.join(DB_FILE))?;
        let index = SearchIndex::open(&root.join("index"))?;
        let dir = DataDir { root: root.to_path_buf(), store, index };
        dir.catch_up_index()?;
        Ok(dir)
    }

    /// Opens an existing data directory without writing to it, for a user who may only read it (see
    /// [`SqliteStore::open_read_only`]). A search index left behind the store is used as it is
    /// ([`DataDir::unindexed`] says by how much): bringing it up to date would write.
    ///
    /// # Errors
    ///
    /// The database or the index cannot be opened for reading.
    pub fn open_read_only(root: &Path) -> Result<DataDir> {
        let store = SqliteStore::open_read_only(&root.join(DB_FILE))?;
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
    pub fn store(&self) -> &SqliteStore {
        &self.store
    }

    /// The store, for writing.
    pub fn store_mut(&mut self) -> &mut SqliteStore {
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
pub(crate) fn index_after(store: &SqliteStore, index: &SearchIndex, mut after: i64) -> Result<usize> {
    let mut n = 0;
    loop {
        let docs = store.index_docs(after, INDEX_CHUNK)?;
        let Some(last) = docs.last().map(|d| d.id) else { return Ok(n) };
        index.add(&docs, last)?;
        n += docs.len();
        after = last;
    }
}
