//! The SQLite implementation of [`Store`].
//!
//! # Durability
//!
//! The database runs in WAL mode with `synchronous=NORMAL`: a committed transaction survives the
//! process being killed (it is in the WAL, which SQLite replays on the next open); only an OS
//! crash or power cut may lose the last transactions. Each batch of articles, with their spans
//! and events, is one transaction, so a killed ingest leaves whole articles only.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use marsad_model::Precision;
use rayon::prelude::*;
use rusqlite::{params, Connection, OptionalExtension, ToSql, Transaction};

use crate::days::day_bounds;
use crate::input::{Analysis, ArticleInput};
use crate::merge::{sentence_words, ReportParties};
use crate::merge_index::KnownEvents;
use crate::minhash::Signature;
use crate::places::PlaceTree;
use crate::records::*;
use crate::rows::*;
use crate::store::{IndexDoc, NewArticle, Store, Stored};
use crate::{schema, Error, Result};

/// `path` for an SQLite `file:` URI: the characters a URI gives a meaning to are escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' | ' ' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Pages in the write-ahead log after which a commit checkpoints (32 MiB of 4 KiB pages).
pub(crate) const AUTOCHECKPOINT_PAGES: i64 = 8192;

/// The store in one SQLite file.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    /// The dated events in memory for the merge, with the `data_version` they were read at;
    /// `None` until an ingest needs them, and again after another connection wrote or a
    /// transaction failed (see [`crate::merge_index`]).
    known: Option<(i64, KnownEvents)>,
    /// Entity records upserted through this connection since `known` was read.
    written: WrittenEntities,
    /// Which places lie in which (the knowledge's), for the merge and place filters.
    places: Arc<PlaceTree>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and migrates it.
    ///
    /// # Errors
    ///
    /// The file cannot be opened, is not a marsad database, or is newer than this build.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // 32 MiB of page cache (the default is 2 MiB): the content-hash, URL and merge-key
        // indexes are probed at random during an ingest, and each miss is a read system call.
        conn.pragma_update(None, "cache_size", -32768)?;
        // Statement journals and sorter spills in memory, not in unnamed files under /var/tmp: a
        // multi-row INSERT keeps a statement journal (to undo its own rows if one fails), and on
        // disk that was ~100,000 small pwrite calls per bulk ingest, each a system call. These
        // files never outlive a transaction, so durability rests on the WAL alone either way.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Checkpoint the WAL every 8,192 pages (32 MiB) instead of 1,000: an ingest rewrites the
        // same index pages batch after batch, and each checkpoint copies every page it finds
        // changed, so checkpoints ten times rarer copy far fewer pages in all.
        conn.pragma_update(None, "wal_autocheckpoint", AUTOCHECKPOINT_PAGES)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        schema::migrate(&mut conn)?;
        Ok(SqliteStore {
            conn,
            path: path.to_path_buf(),
            known: None,
            written: WrittenEntities::new(),
            places: Arc::default(),
        })
    }

    /// Opens an existing store for reading only, for a user who may read the data directory but not
    /// write it (a team's store owned by the account that ingests). Nothing is written: no WAL
    /// switch, no migration. When SQLite cannot open the WAL database read-only (its `-shm` file is
    /// missing and cannot be made), it reads the file as immutable, as it then is to this user.
    ///
    /// # Errors
    ///
    /// The file cannot be opened, is not a marsad database, or its schema is not this build's.
    pub fn open_read_only(path: &Path) -> Result<SqliteStore> {
        use rusqlite::OpenFlags;
        let flags =
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let version = |conn: &Connection| conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0));
        let conn = match Connection::open_with_flags(path, flags) {
            Ok(conn) if version(&conn).is_ok() => conn,
            _ => Connection::open_with_flags(format!("file:{}?immutable=1", uri_path(path)), flags)?,
        };
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        schema::check_current(&conn)?;
        Ok(SqliteStore {
            conn,
            path: path.to_path_buf(),
            known: None,
            written: WrittenEntities::new(),
            places: Arc::default(),
        })
    }

    /// Copies the write-ahead log into the database and empties it (after an ingest: the log
    /// may have grown to the 32 MiB between automatic checkpoints).
    ///
    /// # Errors
    ///
    /// The checkpoint fails.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Copies what the write-ahead log holds into the database without waiting for anyone
    /// (`PASSIVE`): another connection may go on writing meanwhile. An ingest runs these from
    /// its planning thread so the writer never stops for a checkpoint (see
    /// `SqliteStore::set_autocheckpoint`).
    ///
    /// # Errors
    ///
    /// The checkpoint fails.
    pub fn checkpoint_passive(&self) -> Result<()> {
        self.conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Sets after how many pages in the write-ahead log a commit on this connection checkpoints
    /// (on the committing thread); [`AUTOCHECKPOINT_PAGES`] unless an ingest raised it.
    pub(crate) fn set_autocheckpoint(&self, pages: i64) -> Result<()> {
        self.conn.pragma_update(None, "wal_autocheckpoint", pages)?;
        Ok(())
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Judges which places lie in which by `places` from now on (see `crate::places`).
    pub fn set_places(&mut self, places: Arc<PlaceTree>) {
        if *places != *self.places {
            self.places = places;
            // The merge index holds the tree it was built with.
            self.known = None;
        }
    }

    /// Which places lie in which.
    pub fn places_tree(&self) -> &Arc<PlaceTree> {
        &self.places
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// The known events, read from the database unless the copy in memory is current.
    fn ensure_known(&mut self) -> Result<()> {
        let version: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.known.as_ref().is_some_and(|(v, _)| *v == version) {
            return Ok(());
        }
        self.known = None;
        self.written.clear();
        let next_id: i64 =
            self.conn.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM events", [], |r| r.get(0))?;
        let mut known = KnownEvents::with_places(next_id, self.places.clone());
        let mut st = self.conn.prepare(
            "SELECT id, kind, mode, date, precision, date_lo, date_hi, place, lat, lon, geo_precision, source,
                    target, negated, reported_as, historical, confidence, n_sources, first_article
             FROM events WHERE date_lo IS NOT NULL AND date_hi IS NOT NULL",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            StoredEvent {
                id: r.get(0)?,
                kind: r.get(1)?,
                mode: r.get(2)?,
                date: r.get(3)?,
                precision: r.get(4)?,
                date_lo: r.get(5)?,
                date_hi: r.get(6)?,
                place: r.get(7)?,
                lat: r.get(8)?,
                lon: r.get(9)?,
                geo_precision: r.get(10)?,
                source: r.get(11)?,
                target: r.get(12)?,
                negated: r.get(13)?,
                reported_as: r.get(14)?,
                historical: r.get(15)?,
                confidence: r.get(16)?,
                n_sources: r.get(17)?,
                first_article: r.get(18)?,
            }
            .load_into(&mut known)?;
        }
        drop(rows);
        let mut st = self.conn.prepare("SELECT event_id, entity_id, role FROM event_entities")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            load_link(&mut known, r.get(0)?, &r.get::<_, String>(1)?, &r.get::<_, String>(2)?)?;
        }
        drop(rows);
        // Each report's date as the merge placed it (`report_date`): its own, else its article's
        // publication date unless it is a recap; its actors and place.
        let mut st = self.conn.prepare(
            "SELECT s.event_id, s.date, s.precision, json_extract(s.record, '$.historical'), a.published,
                    a.published_precision, json_extract(s.record, '$.source'),
                    json_extract(s.record, '$.target'), s.place, n.precision, n.lat, n.lon, s.article_id, s.evidence
             FROM event_sources s JOIN articles a ON a.id = s.article_id LEFT JOIN entities n ON n.id = s.place",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let own = stored_date(r.get(1)?, &r.get::<_, String>(2)?);
            let own_date = own.is_some();
            let published = stored_date(r.get(4)?, &r.get::<_, String>(5)?);
            let historical = r.get::<_, Option<bool>>(3)?.unwrap_or(false);
            load_report(&mut known, r.get(0)?, own, historical, published);
            let (source, target): (Option<String>, Option<String>) = (r.get(6)?, r.get(7)?);
            let (lat, lon): (Option<f64>, Option<f64>) = (r.get(10)?, r.get(11)?);
            let parties = ReportParties {
                source: actor_ids(source.as_deref())?,
                target: actor_ids(target.as_deref())?,
                place: r.get(8)?,
                geo_precision: r.get(9)?,
                coords: lat.zip(lon),
                article: r.get(12)?,
                own_date,
                words: sentence_words(&r.get::<_, String>(13)?),
            };
            known.load_parties(r.get(0)?, parties);
        }
        self.known = Some((version, known));
        Ok(())
    }

    /// The sources of each of `event_ids`, in report order, fetched in one query.
    fn load_sources(&self, event_ids: &[i64]) -> Result<HashMap<i64, Vec<EventSource>>> {
        let mut st = self.conn.prepare_cached(
            "SELECT s.event_id, s.article_id, a.doc, a.title, a.outlet, a.url, a.published, a.published_precision,
                    s.local_id, s.record, s.evidence,
                    NOT EXISTS (SELECT 1 FROM event_sources s2
                                WHERE s2.article_id = s.article_id AND s2.sentence_start = s.sentence_start
                                  AND s2.id < s.id
                                  AND json_extract(s2.record, '$.type') = json_extract(s.record, '$.type'))
             FROM event_sources s JOIN articles a ON a.id = s.article_id
             WHERE s.event_id IN (SELECT value FROM json_each(?1)) ORDER BY s.event_id, s.id",
        )?;
        let rows = st.query_map([serde_json::to_string(event_ids)?], |r| {
            Ok(SourceRow {
                event_id: r.get(0)?,
                article_id: r.get(1)?,
                doc: r.get(2)?,
                title: r.get(3)?,
                outlet: r.get(4)?,
                url: r.get(5)?,
                published: date_value(r.get(6)?, r.get::<_, String>(7)?),
                local_id: r.get(8)?,
                record: r.get(9)?,
                evidence: r.get(10)?,
                first: r.get(11)?,
            })
        })?;
        group_sources(rows.collect::<rusqlite::Result<Vec<_>>>()?, |ids| self.article_extras(ids))
    }

    /// The entities and storing time of each of `article_ids`, fetched in one query.
    fn article_extras(&self, article_ids: &[i64]) -> Result<Vec<ArticleExtras>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, entities, ingested_at FROM articles WHERE id IN (SELECT value FROM json_each(?1))",
        )?;
        let rows =
            st.query_map([serde_json::to_string(article_ids)?], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// English names and kinds of those of `ids` the store knows, fetched in one query.
    fn entity_names(&self, ids: &BTreeSet<&str>) -> Result<HashMap<String, (String, String)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, name_en, kind FROM entities WHERE id IN (SELECT value FROM json_each(?1))",
        )?;
        let rows = st.query_map([serde_json::to_string(ids)?], |r| {
            Ok((r.get::<_, String>(0)?, (r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn event_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
        Ok(EventRow {
            id: r.get(0)?,
            kind: r.get(1)?,
            mode: r.get(2)?,
            date: r.get(3)?,
            precision: r.get(4)?,
            place: r.get(5)?,
            lat: r.get(6)?,
            lon: r.get(7)?,
            geo_precision: r.get(8)?,
            source: r.get(9)?,
            target: r.get(10)?,
            negated: r.get(11)?,
            reported_as: r.get(12)?,
            historical: r.get(13)?,
            confidence: r.get(14)?,
            place_name: r.get(15)?,
        })
    }

    /// Completes a page of event rows with actor names and sources (two queries for the page).
    fn finish_events(&self, rows: Vec<EventRow>) -> Result<Vec<EventRecord>> {
        finish_events(rows, |ids| self.load_sources(ids), |names| self.entity_names(names))
    }

    /// Events matching a filter; `text_articles` (from a search) restricts them to those
    /// reported by these articles.
    pub fn list_events_in(
        &self,
        f: &Filter,
        page: PageRequest,
        text_articles: Option<&[i64]>,
    ) -> Result<Page<EventRecord>> {
        let (clause, params) = event_where(f, text_articles, &self.places, &SQLITE)?;
        let order = event_order(f);
        let select = format!("SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN entities n ON n.id = e.place");
        let mut total = 0;
        let mut items = Vec::new();
        if f.near.is_none() {
            // Count and page in SQL: a page costs the same on 100 or 100,000 events.
            total = self.conn.query_row(
                &format!("SELECT COUNT(*) FROM events e WHERE {clause}"),
                rusqlite::params_from_iter(params.iter().map(Bind)),
                |r| r.get::<_, i64>(0),
            )? as usize;
            let limit = i64::try_from(page.limit).unwrap_or(i64::MAX);
            // SQLite counts in i64: a larger OFFSET is read as a real and refused ("datatype
            // mismatch", which read as a broken store).
            let offset = page_offset(page)?;
            let sql = format!("{select} WHERE {clause} ORDER BY {order} LIMIT {limit} OFFSET {offset}");
            let mut st = self.conn.prepare(&sql)?;
            let rows =
                st.query_map(rusqlite::params_from_iter(params.iter().map(Bind)), Self::event_from_row)?;
            for row in rows {
                items.push(row?);
            }
        } else {
            // The circle is checked here, after the bounding box narrowed the rows in SQL.
            let sql = format!("{select} WHERE {clause} ORDER BY {order}");
            let mut st = self.conn.prepare(&sql)?;
            let rows =
                st.query_map(rusqlite::params_from_iter(params.iter().map(Bind)), Self::event_from_row)?;
            for row in rows {
                let row = row?;
                if !in_circle(f, row.lat, row.lon) {
                    continue;
                }
                if total >= page.offset && items.len() < page.limit {
                    items.push(row);
                }
                total += 1;
            }
        }
        let items = self.finish_events(items)?;
        Ok(Page { total, offset: page.offset, limit: page.limit, items })
    }

    fn entity_summaries(&self, places: bool) -> Result<Vec<EntitySummary>> {
        let op = if places { "=" } else { "!=" };
        let sql = format!(
            "SELECT n.id, n.kind, n.name_en, n.lat, n.lon, n.precision,
                    (SELECT COUNT(*) FROM article_entities s WHERE s.entity_id = n.id),
                    (SELECT COUNT(DISTINCT event_id) FROM event_entities x WHERE x.entity_id = n.id)
             FROM entities n WHERE n.kind {op} 'place' ORDER BY n.id"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map([], |r| {
            Ok(EntitySummary {
                id: r.get(0)?,
                kind: r.get(1)?,
                name_en: r.get(2)?,
                lat: r.get(3)?,
                lon: r.get(4)?,
                precision: r.get(5)?,
                articles: r.get::<_, i64>(6)? as usize,
                events: r.get::<_, i64>(7)? as usize,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// SQLite's way of writing parameters and flags.
const SQLITE: Dialect = Dialect { param: |n| format!("?{n}"), falsy: "0" };

/// A filter parameter bound to an SQLite statement.
struct Bind<'v>(&'v SqlValue);

impl rusqlite::ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        match self.0 {
            SqlValue::Integer(i) => i.to_sql(),
            SqlValue::Real(f) => f.to_sql(),
            SqlValue::Text(s) => s.to_sql(),
        }
    }
}

impl ToSql for JsonText {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::Borrowed(rusqlite::types::ValueRef::Text(self.as_bytes())))
    }
}

/// Upserts the entity records of an article's analysis (those not written already).
fn write_entities(tx: &Transaction<'_>, a: &Analysis, written: &mut WrittenEntities) -> Result<()> {
    let mut ent = tx.prepare_cached(
        "INSERT INTO entities (id, kind, name_en, lat, lon, precision) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(id) DO UPDATE SET name_en = excluded.name_en,
           lat = COALESCE(excluded.lat, lat), lon = COALESCE(excluded.lon, lon),
           precision = COALESCE(excluded.precision, precision)",
    )?;
    for e in &a.entities {
        if written.insert(e) {
            ent.execute(params![e.id, e.kind, e.name_en, e.lat, e.lon, e.precision])?;
        }
    }
    Ok(())
}

/// Writes which entities each article names (`article_entities`), for a whole batch at once.
fn write_named<'a>(
    tx: &Transaction<'_>,
    articles: impl Iterator<Item = (&'a i64, &'a PreparedRows<'a>)>,
) -> Result<()> {
    let mut values: Vec<&dyn ToSql> = Vec::new();
    for (article_id, rows) in articles {
        for id in &rows.named {
            values.push(id);
            values.push(article_id);
        }
    }
    insert_rows(tx, "INSERT OR IGNORE INTO article_entities (entity_id, article_id)", 2, &values)
}

/// Rows per statement of [`insert_rows`].
const ROWS_PER_INSERT: usize = 32;

/// Inserts rows of `width` values each (`values` row after row, in order) with `head` (`INSERT
/// INTO t (columns)`): 32 rows per statement, the rest one by one, through two cached
/// statements. The rows and their order are those of one statement per row (an `INTEGER
/// PRIMARY KEY` left to SQLite numbers them alike); what goes is the cost of running a
/// statement for every row (binding, cursors opened and closed, the program set up and
/// halted): about half of what a one-row insert into a link table cost.
fn insert_rows(tx: &Transaction<'_>, head: &str, width: usize, values: &[&dyn ToSql]) -> Result<()> {
    debug_assert_eq!(values.len() % width, 0);
    let row = format!("({})", vec!["?"; width].join(","));
    let mut chunks = values.chunks_exact(width * ROWS_PER_INSERT);
    if chunks.len() > 0 {
        let mut st =
            tx.prepare_cached(&format!("{head} VALUES {}", vec![row.as_str(); ROWS_PER_INSERT].join(",")))?;
        for chunk in &mut chunks {
            st.execute(rusqlite::params_from_iter(chunk))?;
        }
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut st = tx.prepare_cached(&format!("{head} VALUES {row}"))?;
        for one in rest.chunks_exact(width) {
            st.execute(rusqlite::params_from_iter(one))?;
        }
    }
    Ok(())
}

/// Merges the events of a batch's articles (in `order`) into the known events, then writes each
/// new or changed event row once, the reports (`event_sources`, in merge order) and the new
/// entity links.
fn write_events<'a>(
    tx: &Transaction<'_>,
    known: &mut KnownEvents,
    articles: impl Iterator<Item = (i64, &'a Analysis, &'a PreparedRows<'a>)>,
    order: MergeOrder<'_>,
) -> Result<()> {
    let Merged { events, reports, links } = merge_reports(known, articles, order)?;
    // Two updates: the dates are indexed, and rewriting them unchanged would still rewrite the
    // index entries.
    let mut update = tx.prepare_cached(
        "UPDATE events SET source = ?2, target = ?3, n_sources = ?4, historical = ?5, confidence = ?6,
                mode = ?7, place = ?8, lat = ?9, lon = ?10, geo_precision = ?11, reported_as = ?12
         WHERE id = ?1",
    )?;
    let mut update_dates = tx.prepare_cached(
        "UPDATE events SET date = ?2, precision = ?3, date_lo = ?4, date_hi = ?5 WHERE id = ?1",
    )?;
    for ev in events.iter().filter(|e| !e.is_new) {
        update.execute(params![
            ev.id,
            ev.source,
            ev.target,
            ev.n_sources,
            ev.historical,
            ev.confidence,
            ev.mode,
            ev.place,
            ev.lat,
            ev.lon,
            ev.geo_precision,
            ev.reported_as
        ])?;
        if ev.dates_changed {
            update_dates.execute(params![ev.id, ev.date, ev.precision, ev.date_lo, ev.date_hi])?;
        }
    }
    // New events are inserted together after the updates (their ids are their own, so the order
    // of the statements changes nothing).
    let mut values: Vec<&dyn ToSql> = Vec::with_capacity(events.len() * 19);
    for n in events.iter().filter(|e| e.is_new) {
        values.extend_from_slice(&[
            &n.id as &dyn ToSql,
            &n.kind,
            &n.mode,
            &n.date,
            &n.precision,
            &n.date_lo,
            &n.date_hi,
            &n.place,
            &n.lat,
            &n.lon,
            &n.geo_precision,
            &n.source,
            &n.target,
            &n.negated,
            &n.reported_as,
            &n.historical,
            &n.confidence,
            &n.n_sources,
            &n.first_article,
        ]);
    }
    insert_rows(
        tx,
        "INSERT INTO events (id, kind, mode, date, precision, date_lo, date_hi, place, lat, lon, geo_precision,
                             source, target, negated, reported_as, historical, confidence, n_sources, first_article)",
        19,
        &values,
    )?;
    struct Source<'r> {
        start: i64,
        end: i64,
        date: Option<&'r str>,
        precision: &'static str,
    }
    let sources: Vec<Source<'_>> = reports
        .iter()
        .map(|r| {
            let (start, end) = r.sentence();
            Source { start, end, date: r.date(), precision: r.precision() }
        })
        .collect();
    let mut values: Vec<&dyn ToSql> = Vec::with_capacity(reports.len() * 10);
    for (r, s) in reports.iter().zip(&sources) {
        values.extend_from_slice(&[
            &r.event_id as &dyn ToSql,
            &r.article_id,
            &r.event.id,
            &s.start,
            &s.end,
            &r.event.evidence,
            &s.date,
            &s.precision,
            &r.place,
            r.record,
        ]);
    }
    insert_rows(
        tx,
        "INSERT INTO event_sources (event_id, article_id, local_id, sentence_start, sentence_end, evidence,
                                    date, precision, place, record)",
        10,
        &values,
    )?;
    let mut values: Vec<&dyn ToSql> = Vec::with_capacity(links.len() * 3);
    for (event_id, name, role) in &links {
        values.extend_from_slice(&[event_id as &dyn ToSql, name, role.as_static()]);
    }
    insert_rows(tx, "INSERT OR IGNORE INTO event_entities (event_id, entity_id, role)", 3, &values)
}

/// The id of the stored article with this address (one [`kept_url`] keeps) or content.
fn stored_id(tx: &Transaction<'_>, url: Option<&str>, content_hash: &[u8; 16]) -> Result<Option<i64>> {
    if let Some(url) = url {
        let mut st = tx.prepare_cached("SELECT id FROM articles WHERE url = ?1")?;
        if let Some(id) = st.query_row([url], |r| r.get(0)).optional()? {
            return Ok(Some(id));
        }
    }
    let mut st = tx.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?;
    Ok(st.query_row([&content_hash[..]], |r| r.get(0)).optional()?)
}

fn insert_article(
    tx: &Transaction<'_>,
    a: &NewArticle,
    url: Option<&str>,
    rows: &PreparedRows<'_>,
    earlier: &[i64],
    written: &mut WrittenEntities,
) -> Result<i64> {
    let input = &a.input;
    let analysis = &a.analysis;
    let published = published_of(a);
    let original = original_id(a, earlier)?;
    tx.prepare_cached(
        "INSERT INTO articles (doc, url, content_hash, title, author, outlet, published, published_precision,
                               published_day, source_path, raw, payload, body, boilerplate, deobfuscated, entities,
                               minhash, duplicate_of, similarity, dates)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?
    .execute(params![
        input.doc,
        url,
        a.content_hash.to_vec(),
        if analysis.title.is_empty() { &input.title } else { &analysis.title },
        input.author,
        input.outlet,
        published.as_ref().and_then(|p| p.value.clone()),
        published.as_ref().map(|p| p.precision).unwrap_or(Precision::Unknown).as_str(),
        published.as_ref().and_then(day_bounds).map(|b| b.0),
        input.source_path,
        // The text as read is kept only when cleaning changed it (schema 6): `''` means "the
        // clean body", half the articles of the bulk, a third of an article row's bytes.
        if input.body == analysis.body { "" } else { input.body.as_str() },
        input.payload,
        analysis.body,
        rows.boilerplate,
        rows.deobfuscated,
        rows.entities,
        a.signature.to_bytes(),
        original,
        a.duplicate_of.map(|d| d.1),
        rows.dates
    ])?;
    let id = tx.last_insert_rowid();
    write_entities(tx, analysis, written)?;
    Ok(id)
}

fn article_input(r: &rusqlite::Row<'_>) -> rusqlite::Result<ArticleInput> {
    let raw: String = r.get("raw")?;
    Ok(ArticleInput {
        doc: r.get("doc")?,
        title: r.get("title")?,
        author: r.get("author")?,
        outlet: r.get("outlet")?,
        url: r.get::<_, Option<String>>("url")?.filter(|u| crate::records::web_address(u).is_some()),
        published: date_value(r.get("published")?, r.get("published_precision")?),
        source_path: r.get("source_path")?,
        body: if raw.is_empty() { r.get("body")? } else { raw },
        payload: r.get("payload")?,
    })
}

impl Store for SqliteStore {
    fn find_existing(&self, url: Option<&str>, content_hash: &[u8; 16]) -> Result<Option<i64>> {
        if let Some(url) = url {
            let id: Option<i64> = self
                .conn
                .prepare_cached("SELECT id FROM articles WHERE url = ?1")?
                .query_row([url], |r| r.get(0))
                .optional()?;
            if id.is_some() {
                return Ok(id);
            }
        }
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
            .query_row([content_hash.to_vec()], |r| r.get(0))
            .optional()?)
    }

    fn original_signatures(&self) -> Result<Vec<(i64, Signature)>> {
        let mut st =
            self.conn.prepare("SELECT id, minhash FROM articles WHERE duplicate_of IS NULL ORDER BY id")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, bytes) = row?;
            let sig = Signature::from_bytes(&bytes).ok_or_else(|| Error::Corrupt {
                what: format!("articles.minhash of {id}"),
                message: "bad length".into(),
            })?;
            out.push((id, sig));
        }
        Ok(out)
    }

    fn insert_batch(&mut self, batch: &[NewArticle]) -> Result<Vec<Stored>> {
        // On this thread, not the rayon pool: an ingest writes from a thread of its own while
        // the pool analyses the next batch, and a job handed to the pool from outside waits
        // until the pool's own work is done.
        let rows = batch.iter().map(|a| PreparedRows::of(&a.analysis)).collect::<Result<Vec<_>>>()?;
        self.ensure_known()?;
        let SqliteStore { conn, known, written, .. } = self;
        let (_, events) = known.as_mut().expect("just loaded");
        let result = (|| {
            let tx = conn.transaction()?;
            let mut stored = Vec::with_capacity(batch.len());
            // The id of each article so far, new or stored already (a near-duplicate's original).
            let mut ids = Vec::with_capacity(batch.len());
            let (mut new_ids, mut new_at) =
                (Vec::with_capacity(batch.len()), Vec::with_capacity(batch.len()));
            for (i, (a, rows)) in batch.iter().zip(&rows).enumerate() {
                let url = kept_url(&a.input);
                // Stored already (as PostgreSQL checks for a node that stored it meanwhile; here
                // only a copy earlier in the batch can be, one process writing at a time).
                if let Some(id) = stored_id(&tx, url, &a.content_hash)? {
                    stored.push(Stored::Already(id));
                    ids.push(id);
                    continue;
                }
                let id = insert_article(&tx, a, url, rows, &ids, written)?;
                stored.push(Stored::New(id));
                ids.push(id);
                new_ids.push(id);
                new_at.push(i);
            }
            write_named(&tx, new_ids.iter().zip(new_at.iter().map(|&i| &rows[i])))?;
            write_events(
                &tx,
                events,
                new_ids.iter().zip(&new_at).map(|(id, &i)| (*id, &batch[i].analysis, &rows[i])),
                MergeOrder::Arrival,
            )?;
            tx.commit()?;
            Ok(stored)
        })();
        if result.is_err() {
            // The memory copy ran ahead of a transaction that rolled back.
            self.known = None;
            self.written.clear();
        }
        result
    }

    fn originals(&self) -> Result<Vec<(i64, ArticleInput)>> {
        let mut st = self.conn.prepare("SELECT * FROM articles WHERE duplicate_of IS NULL ORDER BY id")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, i64>("id")?, article_input(r)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn replace_analyses(&mut self, analyses: &[(i64, Analysis)], late: &dyn crate::Analyzer) -> Result<()> {
        let rows = PreparedRows::of_all(analyses.par_iter().map(|(_, a)| a))?;
        self.known = None;
        self.written.clear();
        let version: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        // Immediate: no other writer commits between reading which articles are stored and
        // replacing their events (one process writes a data directory, but the store's promise
        // holds without it).
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let hashes: HashMap<i64, Vec<u8>> = tx
            .prepare("SELECT id, content_hash FROM articles WHERE duplicate_of IS NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut late_inputs = Vec::new();
        for id in not_analysed(analyses, hashes.keys()) {
            let mut st = tx.prepare_cached("SELECT * FROM articles WHERE id = ?1")?;
            late_inputs.push(st.query_row([id], |r| Ok((id, article_input(r)?)))?);
        }
        let late_analyses: Vec<(i64, Analysis)> =
            late_inputs.into_par_iter().map(|(id, a)| (id, late.analyze(&a))).collect();
        let all = with_late(analyses, rows, &late_analyses)?;
        tx.execute_batch(
            "DELETE FROM event_entities; DELETE FROM event_sources; DELETE FROM events;
             DELETE FROM article_entities WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IS NULL);",
        )?;
        let mut written = WrittenEntities::new();
        let mut known = KnownEvents::with_places(1, self.places.clone());
        for ((id, a), rows) in all.iter().map(|(a, rows)| (*a, rows)) {
            let published = a.published.clone().filter(|p| !p.is_unknown());
            tx.execute(
                // A raw text stored as '' ("the clean body") is restored before the body changes
                // (the right-hand sides read the row as it was).
                "UPDATE articles SET title = ?2, body = ?3,
                   raw = CASE WHEN raw = '' AND body != ?3 THEN body ELSE raw END, boilerplate = ?4, deobfuscated = ?5, entities = ?6,
                   published = COALESCE(?7, published), published_precision = COALESCE(?8, published_precision),
                   published_day = COALESCE(?9, published_day), dates = ?10
                 WHERE id = ?1",
                params![
                    id,
                    a.title,
                    a.body,
                    rows.boilerplate,
                    rows.deobfuscated,
                    rows.entities,
                    published.as_ref().and_then(|p| p.value.clone()),
                    published.as_ref().map(|p| p.precision.as_str()),
                    published.as_ref().and_then(day_bounds).map(|b| b.0),
                    rows.dates
                ],
            )?;
            write_entities(&tx, a, &mut written)?;
        }
        write_named(&tx, all.iter().map(|((id, _), rows)| (id, rows)))?;
        write_events(
            &tx,
            &mut known,
            all.iter().map(|((id, a), rows)| (*id, a, rows)),
            MergeOrder::Canonical(&hashes),
        )?;
        tx.commit()?;
        self.known = Some((version, known));
        self.written = written;
        Ok(())
    }

    fn index_docs(&self, after_id: i64, limit: usize) -> Result<Vec<IndexDoc>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, title, body, outlet, published, published_precision, entities, duplicate_of,
                    (SELECT group_concat(DISTINCT e.kind) FROM event_sources s JOIN events e ON e.id = s.event_id
                     WHERE s.article_id = a.id)
             FROM articles a WHERE id > ?1 ORDER BY id LIMIT ?2",
        )?;
        let rows = st.query_map(params![after_id, limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                date_value(r.get(4)?, r.get(5)?),
                r.get::<_, String>(6)?,
                r.get::<_, Option<i64>>(7)?,
                r.get::<_, Option<String>>(8)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, title, body, outlet, published, entities, duplicate_of, kinds) = row?;
            out.push(index_doc(id, title, body, outlet, published, &entities, duplicate_of, kinds)?);
        }
        Ok(out)
    }

    fn clean_bodies(&self, ids: &[i64]) -> Result<HashMap<i64, String>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT id, body FROM articles WHERE id IN (SELECT value FROM json_each(?1))")?;
        let rows = st.query_map([serde_json::to_string(ids)?], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn max_article_id(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT COALESCE(MAX(id), 0) FROM articles", [], |r| r.get(0))?)
    }

    fn data_version(&self) -> Result<i64> {
        // SQLite's own counter: it moves exactly when another connection commits.
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    fn list_events(&self, filter: &Filter, page: PageRequest) -> Result<Page<EventRecord>> {
        self.list_events_in(filter, page, None)
    }

    fn get_event(&self, id: i64) -> Result<Option<EventRecord>> {
        let row = self
            .conn
            .query_row(
                "SELECT e.id, e.kind, e.mode, e.date, e.precision, e.place, e.lat, e.lon, e.geo_precision,
                        e.source, e.target, e.negated, e.reported_as, e.historical, e.confidence, n.name_en
                 FROM events e LEFT JOIN entities n ON n.id = e.place WHERE e.id = ?1",
                [id],
                Self::event_from_row,
            )
            .optional()?;
        Ok(row.map(|r| self.finish_events(vec![r])).transpose()?.and_then(|mut v| v.pop()))
    }

    fn get_events(&self, ids: &[i64]) -> Result<Vec<EventRecord>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN entities n ON n.id = e.place
             WHERE e.id IN (SELECT value FROM json_each(?1))"
        ))?;
        let rows = st
            .query_map([serde_json::to_string(ids)?], Self::event_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        self.finish_events(in_order_of(ids, rows))
    }

    fn get_article(&self, id: i64) -> Result<Option<ArticleRecord>> {
        let row = self
            .conn
            .query_row("SELECT * FROM articles WHERE id = ?1", [id], |r| {
                Ok((
                    article_input(r)?,
                    r.get::<_, String>("body")?,
                    r.get::<_, String>("boilerplate")?,
                    r.get::<_, String>("deobfuscated")?,
                    r.get::<_, String>("entities")?,
                    r.get::<_, Option<i64>>("duplicate_of")?,
                    r.get::<_, Option<f64>>("similarity")?,
                    r.get::<_, String>("dates")?,
                ))
            })
            .optional()?;
        let Some((input, body, boilerplate, deobfuscated, entities, duplicate_of, similarity, dates)) = row
        else {
            return Ok(None);
        };
        let mut st = self.conn.prepare_cached(
            "SELECT DISTINCT event_id FROM event_sources WHERE article_id = ?1 ORDER BY event_id",
        )?;
        let event_ids = st.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
        let row =
            ArticleRow { input, body, boilerplate, deobfuscated, entities, duplicate_of, similarity, dates };
        Ok(Some(row.into_record(id, event_ids)?))
    }

    fn actors(&self) -> Result<Vec<EntitySummary>> {
        self.entity_summaries(false)
    }

    fn places(&self) -> Result<Vec<EntitySummary>> {
        self.entity_summaries(true)
    }

    fn places_near(&self, near: Near) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT id, lat, lon FROM entities WHERE kind = 'place' AND lat IS NOT NULL")?;
        let rows =
            st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?, r.get::<_, f64>(2)?)))?;
        Ok(within(near, rows.collect::<rusqlite::Result<Vec<_>>>()?))
    }

    fn stats(&self) -> Result<StoreStats> {
        let count = |sql: &str| -> Result<usize> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        let db_bytes = ["", "-wal"]
            .iter()
            .filter_map(|suffix| std::fs::metadata(format!("{}{suffix}", self.path.display())).ok())
            .map(|m| m.len())
            .sum();
        Ok(StoreStats {
            articles: count("SELECT COUNT(*) FROM articles")?,
            near_duplicates: count("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
            events: count("SELECT COUNT(*) FROM events")?,
            event_sources: count("SELECT COUNT(*) FROM event_sources")?,
            merged_events: count(
                "SELECT COUNT(*) FROM (SELECT event_id FROM event_sources GROUP BY event_id
                 HAVING COUNT(DISTINCT article_id) > 1)",
            )?,
            db_bytes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::EntityInfo;
    use marsad_model::{DateValue, Event, EventType, ReportedAs};

    /// `event_sources.record` is written from borrowed fields: byte for byte the JSON of the
    /// event with its evidence emptied (what it was made from before), with and without the
    /// optional fields.
    #[test]
    fn event_record_is_the_event_without_its_evidence() {
        let full = Event {
            id: "e2".into(),
            kind: EventType::parse("ASSAULT").expect("a PLOVER type"),
            mode: Some("aerial".into()),
            source: vec!["RUS-MIL".into(), "SYR-GOV".into()],
            target: vec!["SYR-REB".into()],
            place: Some("place:saraqib".into()),
            places: vec!["place:saraqib".into(), "place:idlib".into()],
            date: Some(DateValue { value: Some("2020-03-03".into()), precision: Precision::Day }),
            negated: true,
            reported_as: ReportedAs::Claim,
            historical: true,
            evidence: "قصفت القوات الروسية بلدة سراقب \"يوم\" 3 آذار".into(),
            span: marsad_model::Span { start: 10, end: 95 },
            trigger: marsad_model::Span { start: 10, end: 18 },
            rule: "TRG-assault-001".into(),
            also: vec![marsad_model::Span { start: 120, end: 180 }],
            confidence: 0.85,
        };
        let bare = Event {
            mode: None,
            source: Vec::new(),
            target: Vec::new(),
            place: None,
            places: Vec::new(),
            date: None,
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            also: Vec::new(),
            confidence: 0.1,
            ..full.clone()
        };
        for e in [full, bare] {
            let before = serde_json::to_string(&Event { evidence: String::new(), ..e.clone() }).unwrap();
            assert_eq!(event_record(&e).unwrap().as_str(), before);
        }
    }

    /// Strings written by `JsonOut::str` are byte for byte `serde_json`'s: every ASCII byte
    /// alone and inside Arabic text at each position of an 8-byte word, and lists of them.
    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let arabic = "قصفت القوات الروسية بلدة سراقب";
        let mut cases: Vec<String> =
            vec![String::new(), arabic.into(), "TUR-MIL".into(), "\u{7f}\u{80}é".into()];
        for b in 0u8..0x80 {
            let c = char::from(b);
            cases.push(c.to_string());
            for at in 0..10 {
                let mut s: String = arabic.chars().take(at).collect();
                s.push(c);
                s.push_str(arabic);
                cases.push(s);
            }
        }
        for s in &cases {
            let mut out = JsonOut::with_capacity(0);
            out.str(s).unwrap();
            assert_eq!(out.finish().as_str(), serde_json::to_string(s).unwrap(), "{s:?}");
            let expected = s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\');
            assert_eq!(needs_escape(s.as_bytes()), expected, "{s:?}");
        }
        for n in [0, 1, 3] {
            assert_eq!(
                strings_json(&cases[..n]).unwrap().as_str(),
                serde_json::to_string(&cases[..n]).unwrap()
            );
        }
        let mut out = JsonOut::with_capacity(0);
        out.opt_str(None).unwrap().raw(",").opt_str(Some("a\"b")).unwrap();
        assert_eq!(out.finish().as_str(), "null,\"a\\\"b\"");
    }

    /// `articles.entities` and `articles.dates`, written field by field, are byte for byte what
    /// deriving `Serialize` wrote (escapes, `null`s, numbers, empty lists included).
    #[test]
    fn entity_and_date_columns_are_the_derived_json() {
        let entities = [
            EntityInfo {
                id: "place:saraqib".into(),
                kind: "place".into(),
                name_en: "Saraqib \"town\"\\\n".into(),
                lat: Some(35.86),
                lon: Some(-0.0),
                precision: Some("town".into()),
                mentions: vec!["سراقب".into(), "\u{1}\t".into()],
            },
            EntityInfo {
                id: "RUS-MIL".into(),
                kind: "state_organ".into(),
                name_en: "Russian forces".into(),
                lat: None,
                lon: None,
                precision: None,
                mentions: Vec::new(),
            },
        ];
        for n in 0..=entities.len() {
            assert_eq!(
                entities_json(&entities[..n]).unwrap().as_str(),
                serde_json::to_string(&entities[..n]).unwrap()
            );
        }
        let dates = [
            marsad_model::DateMention {
                span: marsad_model::Span { start: 1917, end: 1933 },
                text: "نوفمبر2016".into(),
                value: DateValue { value: Some("2016-11".into()), precision: Precision::Month },
                anchor: "month_year [MON-TR-11]: \"explicit\" month and year".into(),
            },
            marsad_model::DateMention {
                span: marsad_model::Span { start: 0, end: 4 },
                text: "أمس".into(),
                value: DateValue { value: None, precision: Precision::Unknown },
                anchor: String::new(),
            },
        ];
        for n in 0..=dates.len() {
            let derived = serde_json::to_string(
                &dates[..n]
                    .iter()
                    .map(|d| StoredDate {
                        start: d.span.start,
                        end: d.span.end,
                        text: d.text.as_str().into(),
                        value: d.value.value.as_deref().map(Into::into),
                        precision: d.value.precision.as_str().into(),
                        anchor: Some(d.anchor.as_str().into()),
                    })
                    .collect::<Vec<_>>(),
            )
            .unwrap();
            assert_eq!(dates_json(&dates[..n]).unwrap().as_str(), derived);
        }
    }

    /// An entity record is upserted again only when it differs from every record written under
    /// its id (the key used to be all its fields joined in one string).
    #[test]
    fn an_entity_record_is_written_once_per_distinct_record() {
        let saraqib = EntityInfo {
            id: "place:saraqib".into(),
            kind: "place".into(),
            name_en: "Saraqib".into(),
            lat: Some(35.86),
            lon: Some(36.8),
            precision: Some("town".into()),
            mentions: vec!["سراقب".into()],
        };
        let mut written = WrittenEntities::new();
        assert!(written.insert(&saraqib));
        // Mentions are not part of the record.
        assert!(!written.insert(&EntityInfo { mentions: Vec::new(), ..saraqib.clone() }));
        let renamed = EntityInfo { name_en: "Saraqeb".into(), ..saraqib.clone() };
        assert!(written.insert(&renamed));
        assert!(!written.insert(&saraqib));
        assert!(!written.insert(&renamed));
        assert!(written.insert(&EntityInfo { lat: Some(-0.0), ..saraqib.clone() }));
        assert!(written.insert(&EntityInfo { lon: None, ..saraqib.clone() }));
        assert!(written.insert(&EntityInfo { precision: None, ..saraqib.clone() }));
        assert!(written.insert(&EntityInfo { kind: "city".into(), ..saraqib.clone() }));
        assert!(written.insert(&EntityInfo { id: "place:idlib".into(), ..saraqib.clone() }));
        written.clear();
        assert!(written.insert(&saraqib));
    }

    /// A version-3 store (spans in their own table) opened by this build: date spans move into
    /// the article, mentions are found again in the body, entity counts survive.
    #[test]
    fn version_3_spans_migrate_into_the_article() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("marsad.db");
        let body = "قصفت القوات الروسية بلدة سراقب يوم 3 آذار، وقالت القوات الروسية إن";
        let russia = "القوات الروسية";
        let saraqib = "سراقب";
        let entities = vec![
            EntityInfo {
                id: "RUS-MIL".into(),
                kind: "state_organ".into(),
                name_en: "Russian forces".into(),
                lat: None,
                lon: None,
                precision: None,
                mentions: vec![russia.into()],
            },
            EntityInfo {
                id: "place:saraqib".into(),
                kind: "place".into(),
                name_en: "Saraqib".into(),
                lat: Some(35.86),
                lon: Some(36.8),
                precision: Some("town".into()),
                mentions: vec![saraqib.into()],
            },
        ];
        let date_text = "3 آذار";
        let date_start = body.find(date_text).unwrap();
        {
            let conn = Connection::open(&path).unwrap();
            for sql in &schema::MIGRATIONS[..3] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", 3).unwrap();
            conn.execute(
                "INSERT INTO articles (id, doc, content_hash, title, raw, body, entities, minhash)
                 VALUES (1, 'a', x'00', 't', ?1, ?1, ?2, x'00')",
                params![body, serde_json::to_string(&entities).unwrap()],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO entities (id, kind, name_en) VALUES ('RUS-MIL', 'state_organ', 'Russian forces'),
                    ('place:saraqib', 'place', 'Saraqib')",
                [],
            )
            .unwrap();
            let mut span = conn
                .prepare(
                    "INSERT INTO spans (article_id, kind, start, end, text, entity_id, value, precision, anchor)
                     VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .unwrap();
            span.execute(params![
                "date",
                date_start as i64,
                (date_start + date_text.len()) as i64,
                date_text,
                None::<String>,
                "2020-03-03",
                "day",
                "published-year"
            ])
            .unwrap();
            for (start, _) in body.match_indices(russia) {
                span.execute(params![
                    "mention",
                    start as i64,
                    (start + russia.len()) as i64,
                    russia,
                    "RUS-MIL",
                    None::<String>,
                    None::<String>,
                    None::<String>
                ])
                .unwrap();
            }
            let s = body.find(saraqib).unwrap();
            span.execute(params![
                "mention",
                s as i64,
                (s + saraqib.len()) as i64,
                saraqib,
                "place:saraqib",
                None::<String>,
                None::<String>,
                None::<String>
            ])
            .unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), schema::SCHEMA_VERSION);
        let a = store.get_article(1).unwrap().unwrap();
        let got: Vec<(&str, &str, Option<&str>, Option<&str>)> = a
            .spans
            .iter()
            .map(|s| (s.kind.as_str(), &body[s.start..s.end], s.entity_id.as_deref(), s.value.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("mention", russia, Some("RUS-MIL"), None),
                ("mention", saraqib, Some("place:saraqib"), None),
                ("date", date_text, None, Some("2020-03-03")),
                ("mention", russia, Some("RUS-MIL"), None),
            ]
        );
        assert!(a.spans.iter().all(|s| s.text == body[s.start..s.end]));
        assert_eq!(a.spans[2].precision.as_deref(), Some("day"));
        let counts = |v: Vec<EntitySummary>| v.into_iter().map(|e| (e.id, e.articles)).collect::<Vec<_>>();
        assert_eq!(counts(store.actors().unwrap()), vec![("RUS-MIL".to_string(), 1)]);
        assert_eq!(counts(store.places().unwrap()), vec![("place:saraqib".to_string(), 1)]);
    }
}
