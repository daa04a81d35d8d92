//! The PostgreSQL implementation of [`Store`], for a team: several analysts (several machines)
//! share one store in one PostgreSQL database, each with a data directory of their own holding
//! only the search index (see [`crate::DataDir::open_with`]).
//!
//! # Writers
//!
//! Every write transaction (a batch of [`Store::insert_batch`], [`Store::replace_analyses`])
//! first takes one transaction-scoped advisory lock ([`WRITE_LOCK`]), so batches of two writers
//! run one after the other: article ids (the highest plus one, as SQLite numbers them) grow in
//! commit order, and each batch merges its events into the events the other writers committed.
//! The events kept in memory for the merge are read again when `marsad_state.writes` (bumped by
//! every write transaction) moved by other connections' commits since they were read.
//!
//! # Schema
//!
//! `marsad_meta` holds the schema version (`schema_version`, [`PG_SCHEMA_VERSION`]) and the
//! store's id (`store_id`, random, made with the schema: a data directory remembers it, see
//! [`crate::DataDir`]); `marsad_state` the write counter and the analysis generation (bumped by
//! every re-analysis, so a node's index can tell it holds older event types). The tables are
//! SQLite's (schema 6), with PostgreSQL types; `event_sources` also keeps each report's type and
//! whether it is a recap, which SQLite reads out of the JSON record.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use marsad_model::Precision;
use postgres::types::ToSql;
use postgres::{Client, GenericClient, NoTls, Row, Transaction};
use rayon::prelude::*;

use crate::days::day_bounds;
use crate::input::{Analysis, ArticleInput};
use crate::merge::{sentence_words, ReportParties};
use crate::merge_index::KnownEvents;
use crate::minhash::Signature;
use crate::places::PlaceTree;
use crate::records::*;
use crate::rows::*;
use crate::store::{IndexDoc, NewArticle, Store, Stored};
use crate::{Error, Result};

/// The advisory lock every write transaction takes first (`pg_advisory_xact_lock`): "marsad" in
/// ASCII, then 1.
pub const WRITE_LOCK: i64 = 0x6d61_7273_6164_0001;

/// Migrations in order; `PG_MIGRATIONS[i]` moves version `i` to `i + 1`.
const PG_MIGRATIONS: &[&str] = &[
    // 1: SQLite's schema 6.
    r#"
    CREATE TABLE marsad_state (
        one        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
        writes     BIGINT NOT NULL,
        generation BIGINT NOT NULL
    );
    INSERT INTO marsad_state (writes, generation) VALUES (0, 0);
    INSERT INTO marsad_meta (key, value) VALUES ('store_id', md5(random()::text || clock_timestamp()::text));

    CREATE TABLE articles (
        id            BIGINT PRIMARY KEY,
        doc           TEXT NOT NULL,
        url           TEXT UNIQUE,
        content_hash  BYTEA NOT NULL UNIQUE,
        title         TEXT NOT NULL,
        author        TEXT,
        outlet        TEXT,
        published     TEXT,
        published_precision TEXT NOT NULL DEFAULT 'unknown',
        published_day BIGINT,
        source_path   TEXT,
        raw           TEXT NOT NULL,
        payload       TEXT,
        body          TEXT NOT NULL,
        boilerplate   TEXT NOT NULL DEFAULT '[]',
        deobfuscated  TEXT NOT NULL DEFAULT '[]',
        entities      TEXT NOT NULL DEFAULT '[]',
        dates         TEXT NOT NULL DEFAULT '[]',
        minhash       BYTEA NOT NULL,
        duplicate_of  BIGINT REFERENCES articles(id),
        similarity    DOUBLE PRECISION,
        ingested_at   TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    );
    CREATE INDEX articles_published ON articles(published_day);
    CREATE INDEX articles_duplicate ON articles(duplicate_of);

    CREATE TABLE entities (
        id         TEXT PRIMARY KEY,
        kind       TEXT NOT NULL,
        name_en    TEXT NOT NULL,
        lat        DOUBLE PRECISION,
        lon        DOUBLE PRECISION,
        precision  TEXT
    );

    CREATE TABLE article_entities (
        entity_id  TEXT NOT NULL,
        article_id BIGINT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (entity_id, article_id)
    );

    CREATE TABLE events (
        id          BIGINT PRIMARY KEY,
        kind        TEXT NOT NULL,
        mode        TEXT,
        date        TEXT,
        precision   TEXT NOT NULL,
        date_lo     BIGINT,
        date_hi     BIGINT,
        place       TEXT,
        lat         DOUBLE PRECISION,
        lon         DOUBLE PRECISION,
        geo_precision TEXT,
        source      TEXT NOT NULL,
        target      TEXT NOT NULL,
        negated     BOOLEAN NOT NULL,
        reported_as TEXT NOT NULL,
        historical  BOOLEAN NOT NULL,
        confidence  DOUBLE PRECISION NOT NULL,
        n_sources   BIGINT NOT NULL,
        first_article BIGINT NOT NULL REFERENCES articles(id)
    );
    CREATE INDEX events_kind_date ON events(kind, date_lo, date_hi);
    CREATE INDEX events_list_oldest ON events((date_lo IS NULL), date_lo, id);
    CREATE INDEX events_list_newest ON events((date_lo IS NULL), date_lo DESC, id DESC);
    -- A place filter lists the events at a place or inside it (`e.place IN (...)`), as in SQLite.
    CREATE INDEX events_place ON events(place);

    CREATE TABLE event_sources (
        id          BIGINT PRIMARY KEY,
        event_id    BIGINT NOT NULL REFERENCES events(id),
        article_id  BIGINT NOT NULL REFERENCES articles(id),
        local_id    TEXT NOT NULL,
        kind        TEXT NOT NULL,
        historical  BOOLEAN NOT NULL,
        sentence_start BIGINT NOT NULL,
        sentence_end   BIGINT NOT NULL,
        evidence    TEXT NOT NULL,
        date        TEXT,
        precision   TEXT NOT NULL,
        place       TEXT,
        record      TEXT NOT NULL
    );
    CREATE INDEX event_sources_event ON event_sources(event_id);
    CREATE INDEX event_sources_article ON event_sources(article_id);

    CREATE TABLE event_entities (
        event_id  BIGINT NOT NULL REFERENCES events(id),
        entity_id TEXT NOT NULL,
        role      TEXT NOT NULL,
        PRIMARY KEY (event_id, entity_id, role)
    );
    CREATE INDEX event_entities_entity ON event_entities(entity_id);
    "#,
];

/// The PostgreSQL schema version this build writes.
pub const PG_SCHEMA_VERSION: i64 = PG_MIGRATIONS.len() as i64;

/// PostgreSQL's way of writing parameters and flags.
const PG: Dialect = Dialect { param: |n| format!("${n}"), falsy: "false" };

/// A store in a PostgreSQL database.
pub struct PgStore {
    client: Mutex<Client>,
    config: postgres::Config,
    /// The address without its password, for messages.
    name: String,
    /// The dated events in memory for the merge, with the [`Store::data_version`] they were read
    /// at (see [`crate::merge_index`]).
    known: Option<(i64, KnownEvents)>,
    /// Entity records upserted through this connection since `known` was read.
    written: WrittenEntities,
    /// Write transactions this connection committed (`marsad_state.writes` counts everyone's).
    own_writes: i64,
    /// Which places lie in which (the knowledge's), for the merge.
    places: Arc<PlaceTree>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore").field("store", &self.name).finish_non_exhaustive()
    }
}

/// Whether `s` names a PostgreSQL store (`postgres://` or `postgresql://`).
pub fn is_postgres_url(s: &str) -> bool {
    let lower = s.trim_start().to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
}

/// `url` without its password, for messages and `store.json`: the password of the user part, of a
/// `password=` parameter, or of a libpq `key=value` string (which `--store` refuses, naming it).
///
/// The user part is read as the driver reads it, up to the first `@` after the scheme, so a
/// password holding `/`, `?` or `#` (generated passwords often do) is cut whole: a parser that
/// ended the authority at the first `/` printed `postgres://ana:Tm/pw7x@…` as it was.
pub fn redact_url(url: &str) -> String {
    let Some(i) = url.find("://") else {
        return redact_key_values(url);
    };
    let (scheme, rest) = (&url[..i + 3], &url[i + 3..]);
    let (user, rest) = match rest.find('@') {
        Some(at) => {
            let user = &rest[..at];
            (Some(user.split_once(':').map_or(user, |(u, _)| u)), &rest[at + 1..])
        }
        None => (None, rest),
    };
    let rest = match rest.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> =
                query.split('&').filter(|p| !p.to_ascii_lowercase().starts_with("password=")).collect();
            if kept.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => rest.to_string(),
    };
    match user {
        Some(user) => format!("{scheme}{user}@{rest}"),
        None => format!("{scheme}{rest}"),
    }
}

/// A libpq `key=value` connection string without its `password` value (quoted or not).
fn redact_key_values(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.to_ascii_lowercase().find("password") {
        let after = rest[i + "password".len()..].trim_start();
        let starts_word = rest[..i].chars().next_back().is_none_or(char::is_whitespace);
        let Some(value) = after.strip_prefix('=').filter(|_| starts_word) else {
            out.push_str(&rest[..i + "password".len()]);
            rest = &rest[i + "password".len()..];
            continue;
        };
        out.push_str(&rest[..i]);
        out.push_str("password=…");
        let value = value.trim_start();
        rest = match value.strip_prefix('\'') {
            // A quoted value ends at the next quote that no backslash escapes.
            Some(quoted) => {
                let mut escaped = false;
                let end = quoted
                    .char_indices()
                    .find(|&(_, c)| {
                        let ends = c == '\'' && !escaped;
                        escaped = c == '\\' && !escaped;
                        ends
                    })
                    .map_or(quoted.len(), |(j, _)| j + 1);
                &quoted[end..]
            }
            None => &value[value.find(char::is_whitespace).unwrap_or(value.len())..],
        };
    }
    out.push_str(rest);
    out
}

/// What a PostgreSQL error says, with the server's message when there is one.
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => {
            let mut message = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                let text = s.to_string();
                if !message.contains(&text) {
                    message.push_str(": ");
                    message.push_str(&text);
                }
                source = s.source();
            }
            message
        }
    }
}

impl PgStore {
    /// Connects to the store at `url` (`postgres://user[:password]@host[:port]/dbname`; a password
    /// not in the address is taken from `PGPASSWORD`) and migrates it.
    ///
    /// # Errors
    ///
    /// [`Error::StoreUnavailable`] (naming the store without its password) when the address is not
    /// one, the server cannot be reached, refuses the user or has no such database; the schema
    /// is newer than this build.
    pub fn connect(url: &str) -> Result<PgStore> {
        let name = redact_url(url);
        let unavailable = |message: String| Error::StoreUnavailable { store: name.clone(), message };
        let mut config: postgres::Config = url
            .parse()
            .map_err(|e: postgres::Error| unavailable(format!("not a PostgreSQL address: {e}")))?;
        if config.get_password().is_none() {
            if let Some(password) = std::env::var_os("PGPASSWORD") {
                config.password(password.to_string_lossy().as_bytes());
            }
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(10));
        }
        config.application_name("marsad");
        let mut client = config.connect(NoTls).map_err(|e| unavailable(pg_message(&e)))?;
        // Every refusal names the store (`store postgres://…: schema version 99 is newer…`).
        migrate(&mut client).map_err(|e| match e {
            Error::Postgres(e) => unavailable(pg_message(&e)),
            e => unavailable(e.to_string()),
        })?;
        Ok(PgStore {
            client: Mutex::new(client),
            config,
            name,
            known: None,
            written: WrittenEntities::new(),
            own_writes: 0,
            places: Arc::default(),
        })
    }

    /// Connects again to the same store (a second connection, e.g. for an ingest's lookups).
    ///
    /// # Errors
    ///
    /// As [`PgStore::connect`].
    pub fn reconnect(&self) -> Result<PgStore> {
        let client = self
            .config
            .connect(NoTls)
            .map_err(|e| Error::StoreUnavailable { store: self.name.clone(), message: pg_message(&e) })?;
        Ok(PgStore {
            client: Mutex::new(client),
            config: self.config.clone(),
            name: self.name.clone(),
            known: None,
            written: WrittenEntities::new(),
            own_writes: 0,
            places: Arc::default(),
        })
    }

    /// Connects again when the connection was lost (the server restarted, the network failed):
    /// `Ok(true)` when it reconnected, `Ok(false)` when the connection still answers. A
    /// long-running reader (`marsad serve`) calls it after a failed request.
    ///
    /// # Errors
    ///
    /// [`Error::StoreUnavailable`] when the store cannot be reached.
    pub fn restore_connection(&self) -> Result<bool> {
        let mut client = self.client();
        if !client.is_closed() && client.is_valid(std::time::Duration::from_secs(5)).is_ok() {
            return Ok(false);
        }
        *client = self
            .config
            .connect(NoTls)
            .map_err(|e| Error::StoreUnavailable { store: self.name.clone(), message: pg_message(&e) })?;
        Ok(true)
    }

    /// Judges which places lie in which by `places` from now on (see [`crate::PlaceTree`]).
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

    /// The store's address without its password.
    pub fn name(&self) -> &str {
        &self.name
    }

    fn client(&self) -> std::sync::MutexGuard<'_, Client> {
        self.client.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The schema version of the database.
    pub fn schema_version(&self) -> Result<i64> {
        let row =
            self.client().query_one("SELECT value FROM marsad_meta WHERE key = 'schema_version'", &[])?;
        parse_version(row.get(0))
    }

    /// The store's id, made with its schema: two databases never share it, and a database made
    /// again gets a new one.
    pub fn store_id(&self) -> Result<String> {
        Ok(self.client().query_one("SELECT value FROM marsad_meta WHERE key = 'store_id'", &[])?.get(0))
    }

    /// The analysis generation: bumped by every [`Store::replace_analyses`] (a `marsad reanalyze`
    /// on any node), so an index built before it holds older event types.
    pub fn generation(&self) -> Result<i64> {
        Ok(self.client().query_one("SELECT generation FROM marsad_state", &[])?.get(0))
    }

    /// Events matching a filter; `text_articles` (from a search) restricts them to those
    /// reported by these articles.
    pub fn list_events_in(
        &self,
        f: &Filter,
        page: PageRequest,
        text_articles: Option<&[i64]>,
    ) -> Result<Page<EventRecord>> {
        let (clause, params) = event_where(f, text_articles, &self.places, &PG)?;
        let params: Vec<Box<dyn ToSql + Sync>> = params
            .into_iter()
            .map(|v| -> Box<dyn ToSql + Sync> {
                match v {
                    SqlValue::Integer(i) => Box::new(i),
                    SqlValue::Real(r) => Box::new(r),
                    SqlValue::Text(t) => Box::new(t),
                }
            })
            .collect();
        let params: Vec<&(dyn ToSql + Sync)> = params.iter().map(|b| b.as_ref()).collect();
        let order = event_order(f);
        let select = format!("SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN entities n ON n.id = e.place");
        let mut total = 0;
        let mut items = Vec::new();
        {
            let mut client = self.client();
            if f.near.is_none() {
                total = client
                    .query_one(&format!("SELECT COUNT(*) FROM events e WHERE {clause}"), &params)?
                    .get::<_, i64>(0) as usize;
                let limit = i64::try_from(page.limit).unwrap_or(i64::MAX);
                let offset = page_offset(page)?;
                let sql = format!("{select} WHERE {clause} ORDER BY {order} LIMIT {limit} OFFSET {offset}");
                for r in client.query(&sql, &params)? {
                    items.push(event_row(&r)?);
                }
            } else {
                let sql = format!("{select} WHERE {clause} ORDER BY {order}");
                for r in client.query(&sql, &params)? {
                    let row = event_row(&r)?;
                    if !in_circle(f, row.lat, row.lon) {
                        continue;
                    }
                    if total >= page.offset && items.len() < page.limit {
                        items.push(row);
                    }
                    total += 1;
                }
            }
        }
        let items = self.finish_events(items)?;
        Ok(Page { total, offset: page.offset, limit: page.limit, items })
    }

    fn finish_events(&self, rows: Vec<EventRow>) -> Result<Vec<EventRecord>> {
        finish_events(rows, |ids| self.load_sources(ids), |names| self.entity_names(names))
    }

    /// The sources of each of `event_ids`, in report order, fetched in one query.
    fn load_sources(&self, event_ids: &[i64]) -> Result<HashMap<i64, Vec<EventSource>>> {
        let rows = self.client().query(
            "SELECT s.event_id, s.article_id, a.doc, a.title, a.outlet, a.url, a.published, a.published_precision,
                    s.local_id, s.record, s.evidence,
                    NOT EXISTS (SELECT 1 FROM event_sources s2
                                WHERE s2.article_id = s.article_id AND s2.sentence_start = s.sentence_start
                                  AND s2.id < s.id AND s2.kind = s.kind)
             FROM event_sources s JOIN articles a ON a.id = s.article_id
             WHERE s.event_id = ANY($1) ORDER BY s.event_id, s.id",
            &[&event_ids],
        )?;
        group_sources(
            rows.iter()
                .map(|r| {
                    Ok(SourceRow {
                        event_id: r.try_get(0)?,
                        article_id: r.try_get(1)?,
                        doc: r.try_get(2)?,
                        title: r.try_get(3)?,
                        outlet: r.try_get(4)?,
                        url: r.try_get(5)?,
                        published: date_value(r.try_get(6)?, r.try_get(7)?),
                        local_id: r.try_get(8)?,
                        record: r.try_get(9)?,
                        evidence: r.try_get(10)?,
                        first: r.try_get(11)?,
                    })
                })
                .collect::<Result<Vec<_>>>()?,
            |ids| self.article_extras(ids),
        )
    }

    /// The entities and storing time of each of `article_ids`, fetched in one query.
    fn article_extras(&self, article_ids: &[i64]) -> Result<Vec<ArticleExtras>> {
        let rows = self
            .client()
            .query("SELECT id, entities, ingested_at FROM articles WHERE id = ANY($1)", &[&article_ids])?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
    }

    /// English names and kinds of those of `ids` the store knows, fetched in one query.
    fn entity_names(&self, ids: &BTreeSet<&str>) -> Result<HashMap<String, (String, String)>> {
        let ids: Vec<&str> = ids.iter().copied().collect();
        let rows =
            self.client().query("SELECT id, name_en, kind FROM entities WHERE id = ANY($1)", &[&ids])?;
        rows.iter().map(|r| Ok((r.try_get(0)?, (r.try_get(1)?, r.try_get(2)?)))).collect()
    }

    fn entity_summaries(&self, places: bool) -> Result<Vec<EntitySummary>> {
        let op = if places { "=" } else { "!=" };
        let sql = format!(
            "SELECT n.id, n.kind, n.name_en, n.lat, n.lon, n.precision,
                    (SELECT COUNT(*) FROM article_entities s WHERE s.entity_id = n.id),
                    (SELECT COUNT(DISTINCT event_id) FROM event_entities x WHERE x.entity_id = n.id)
             FROM entities n WHERE n.kind {op} 'place' ORDER BY n.id COLLATE \"C\""
        );
        let rows = self.client().query(&sql, &[])?;
        rows.iter()
            .map(|r| {
                Ok(EntitySummary {
                    id: r.try_get(0)?,
                    kind: r.try_get(1)?,
                    name_en: r.try_get(2)?,
                    lat: r.try_get(3)?,
                    lon: r.try_get(4)?,
                    precision: r.try_get(5)?,
                    articles: r.try_get::<_, i64>(6)? as usize,
                    events: r.try_get::<_, i64>(7)? as usize,
                })
            })
            .collect()
    }
}

fn parse_version(value: &str) -> Result<i64> {
    value
        .parse()
        .map_err(|_| Error::Corrupt { what: "marsad_meta.schema_version".into(), message: value.to_string() })
}

/// Brings the database up to [`PG_SCHEMA_VERSION`], under the write lock (two nodes opening a
/// new database at once migrate it once).
fn migrate(client: &mut Client) -> Result<()> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS marsad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")?;
    let found = match tx.query_opt("SELECT value FROM marsad_meta WHERE key = 'schema_version'", &[])? {
        Some(row) => parse_version(row.get(0))?,
        None => 0,
    };
    if found > PG_SCHEMA_VERSION {
        return Err(Error::SchemaTooNew { found, supported: PG_SCHEMA_VERSION });
    }
    for sql in PG_MIGRATIONS.iter().skip(found as usize) {
        tx.batch_execute(sql)?;
    }
    if found < PG_SCHEMA_VERSION {
        tx.execute(
            "INSERT INTO marsad_meta (key, value) VALUES ('schema_version', $1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&PG_SCHEMA_VERSION.to_string()],
        )?;
    }
    tx.commit()?;
    Ok(())
}

fn event_row(r: &Row) -> Result<EventRow> {
    Ok(EventRow {
        id: r.try_get(0)?,
        kind: r.try_get(1)?,
        mode: r.try_get(2)?,
        date: r.try_get(3)?,
        precision: r.try_get(4)?,
        place: r.try_get(5)?,
        lat: r.try_get(6)?,
        lon: r.try_get(7)?,
        geo_precision: r.try_get(8)?,
        source: r.try_get(9)?,
        target: r.try_get(10)?,
        negated: r.try_get(11)?,
        reported_as: r.try_get(12)?,
        historical: r.try_get(13)?,
        confidence: r.try_get(14)?,
        place_name: r.try_get(15)?,
    })
}

/// The dated events and their reports, read for the merge (`next_id`: the next event id).
fn load_known(client: &mut impl GenericClient, places: Arc<PlaceTree>) -> Result<KnownEvents> {
    let next_id: i64 = client.query_one("SELECT COALESCE(MAX(id), 0) + 1 FROM events", &[])?.get(0);
    let mut known = KnownEvents::with_places(next_id, places);
    for r in client.query(
        "SELECT id, kind, mode, date, precision, date_lo, date_hi, place, lat, lon, geo_precision, source,
                target, negated, reported_as, historical, confidence, n_sources, first_article
         FROM events WHERE date_lo IS NOT NULL AND date_hi IS NOT NULL",
        &[],
    )? {
        StoredEvent {
            id: r.try_get(0)?,
            kind: r.try_get(1)?,
            mode: r.try_get(2)?,
            date: r.try_get(3)?,
            precision: r.try_get(4)?,
            date_lo: r.try_get(5)?,
            date_hi: r.try_get(6)?,
            place: r.try_get(7)?,
            lat: r.try_get(8)?,
            lon: r.try_get(9)?,
            geo_precision: r.try_get(10)?,
            source: r.try_get(11)?,
            target: r.try_get(12)?,
            negated: r.try_get(13)?,
            reported_as: r.try_get(14)?,
            historical: r.try_get(15)?,
            confidence: r.try_get(16)?,
            n_sources: r.try_get(17)?,
            first_article: r.try_get(18)?,
        }
        .load_into(&mut known)?;
    }
    for r in client.query("SELECT event_id, entity_id, role FROM event_entities", &[])? {
        load_link(&mut known, r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)?;
    }
    // Each report's date as the merge placed it, its actors and place.
    for r in client.query(
        "SELECT s.event_id, s.date, s.precision, s.historical, a.published, a.published_precision,
                (s.record::json -> 'source')::text, (s.record::json -> 'target')::text, s.place, n.precision,
                n.lat, n.lon, s.article_id, s.evidence
         FROM event_sources s JOIN articles a ON a.id = s.article_id LEFT JOIN entities n ON n.id = s.place",
        &[],
    )? {
        let own = stored_date(r.try_get(1)?, r.try_get(2)?);
        let own_date = own.is_some();
        let published = stored_date(r.try_get(4)?, r.try_get(5)?);
        let event_id: i64 = r.try_get(0)?;
        load_report(&mut known, event_id, own, r.try_get(3)?, published);
        let (source, target): (Option<String>, Option<String>) = (r.try_get(6)?, r.try_get(7)?);
        let (lat, lon): (Option<f64>, Option<f64>) = (r.try_get(10)?, r.try_get(11)?);
        let parties = ReportParties {
            source: actor_ids(source.as_deref())?,
            target: actor_ids(target.as_deref())?,
            place: r.try_get(8)?,
            geo_precision: r.try_get(9)?,
            coords: lat.zip(lon),
            article: r.try_get(12)?,
            own_date,
            words: sentence_words(&r.try_get::<_, String>(13)?),
        };
        known.load_parties(event_id, parties);
    }
    Ok(known)
}

/// Takes the write lock and returns the store's write counter as this connection sees it.
fn lock_for_writing(tx: &mut Transaction<'_>) -> Result<i64> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
    Ok(tx.query_one("SELECT writes FROM marsad_state", &[])?.get(0))
}

/// Upserts the entity records of an article's analysis (those not written already).
fn write_entities(tx: &mut Transaction<'_>, a: &Analysis, written: &mut WrittenEntities) -> Result<()> {
    let fresh: Vec<_> = a.entities.iter().filter(|e| written.insert(e)).collect();
    if fresh.is_empty() {
        return Ok(());
    }
    let st = tx.prepare(
        "INSERT INTO entities (id, kind, name_en, lat, lon, precision) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET name_en = excluded.name_en,
           lat = COALESCE(excluded.lat, entities.lat), lon = COALESCE(excluded.lon, entities.lon),
           precision = COALESCE(excluded.precision, entities.precision)",
    )?;
    for e in fresh {
        tx.execute(&st, &[&e.id, &e.kind, &e.name_en, &e.lat, &e.lon, &e.precision])?;
    }
    Ok(())
}

/// Writes which entities each article names (`article_entities`), for a whole batch at once.
fn write_named<'a>(
    tx: &mut Transaction<'_>,
    articles: impl Iterator<Item = (i64, &'a PreparedRows<'a>)>,
) -> Result<()> {
    let (mut entity, mut article): (Vec<&str>, Vec<i64>) = (Vec::new(), Vec::new());
    for (article_id, rows) in articles {
        for id in &rows.named {
            entity.push(id);
            article.push(article_id);
        }
    }
    tx.execute(
        "INSERT INTO article_entities (entity_id, article_id) SELECT * FROM UNNEST($1::text[], $2::bigint[])
         ON CONFLICT DO NOTHING",
        &[&entity, &article],
    )?;
    Ok(())
}

/// Merges the events of a batch's articles into the known events and writes what changed (see
/// [`merge_reports`]).
fn write_events<'a>(
    tx: &mut Transaction<'_>,
    known: &mut KnownEvents,
    articles: impl Iterator<Item = (i64, &'a Analysis, &'a PreparedRows<'a>)>,
    order: MergeOrder<'_>,
) -> Result<()> {
    let Merged { events, reports, links } = merge_reports(known, articles, order)?;
    let update = tx.prepare(
        "UPDATE events SET source = $2, target = $3, n_sources = $4, historical = $5, confidence = $6,
                mode = $7, place = $8, lat = $9, lon = $10, geo_precision = $11, reported_as = $12
         WHERE id = $1",
    )?;
    let update_dates =
        tx.prepare("UPDATE events SET date = $2, precision = $3, date_lo = $4, date_hi = $5 WHERE id = $1")?;
    for ev in events.iter().filter(|e| !e.is_new) {
        tx.execute(
            &update,
            &[
                &ev.id,
                &ev.source.as_str(),
                &ev.target.as_str(),
                &ev.n_sources,
                &ev.historical,
                &ev.confidence,
                &ev.mode,
                &ev.place,
                &ev.lat,
                &ev.lon,
                &ev.geo_precision,
                &ev.reported_as,
            ],
        )?;
        if ev.dates_changed {
            tx.execute(&update_dates, &[&ev.id, &ev.date, &ev.precision, &ev.date_lo, &ev.date_hi])?;
        }
    }
    let new: Vec<&EventRowOut> = events.iter().filter(|e| e.is_new).collect();
    if !new.is_empty() {
        macro_rules! column {
            ($f:expr) => {
                new.iter().map($f).collect::<Vec<_>>()
            };
        }
        tx.execute(
            "INSERT INTO events (id, kind, mode, date, precision, date_lo, date_hi, place, lat, lon, geo_precision,
                                 source, target, negated, reported_as, historical, confidence, n_sources, first_article)
             SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[],
                                  $7::bigint[], $8::text[], $9::float8[], $10::float8[], $11::text[], $12::text[],
                                  $13::text[], $14::bool[], $15::text[], $16::bool[], $17::float8[], $18::bigint[],
                                  $19::bigint[])",
            &[
                &column!(|n| n.id),
                &column!(|n| n.kind),
                &column!(|n| n.mode.as_deref()),
                &column!(|n| n.date.as_deref()),
                &column!(|n| n.precision),
                &column!(|n| n.date_lo),
                &column!(|n| n.date_hi),
                &column!(|n| n.place.as_deref()),
                &column!(|n| n.lat),
                &column!(|n| n.lon),
                &column!(|n| n.geo_precision.as_deref()),
                &column!(|n| n.source.as_str()),
                &column!(|n| n.target.as_str()),
                &column!(|n| n.negated),
                &column!(|n| n.reported_as),
                &column!(|n| n.historical),
                &column!(|n| n.confidence),
                &column!(|n| n.n_sources),
                &column!(|n| n.first_article),
            ],
        )?;
    }
    if !reports.is_empty() {
        // Report ids in merge order after the highest (the write lock is held): an event's
        // sources are listed in this order.
        let first: i64 = tx.query_one("SELECT COALESCE(MAX(id), 0) + 1 FROM event_sources", &[])?.get(0);
        macro_rules! column {
            ($f:expr) => {
                reports.iter().map($f).collect::<Vec<_>>()
            };
        }
        let ids: Vec<i64> = (first..first + reports.len() as i64).collect();
        tx.execute(
            "INSERT INTO event_sources (id, event_id, article_id, local_id, kind, historical, sentence_start,
                                        sentence_end, evidence, date, precision, place, record)
             SELECT * FROM UNNEST($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::bool[],
                                  $7::bigint[], $8::bigint[], $9::text[], $10::text[], $11::text[], $12::text[],
                                  $13::text[])",
            &[
                &ids,
                &column!(|r| r.event_id),
                &column!(|r| r.article_id),
                &column!(|r| r.event.id.as_str()),
                &column!(|r| r.event.kind.as_str()),
                &column!(|r| r.event.historical),
                &column!(|r| r.sentence().0),
                &column!(|r| r.sentence().1),
                &column!(|r| r.event.evidence.as_str()),
                &column!(|r| r.date()),
                &column!(|r| r.precision()),
                &column!(|r| r.place),
                &column!(|r| r.record.as_str()),
            ],
        )?;
    }
    if !links.is_empty() {
        let event: Vec<i64> = links.iter().map(|l| l.0).collect();
        let entity: Vec<&str> = links.iter().map(|l| l.1.as_str()).collect();
        let role: Vec<&str> = links.iter().map(|l| *l.2.as_static()).collect();
        tx.execute(
            "INSERT INTO event_entities (event_id, entity_id, role)
             SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING",
            &[&event, &entity, &role],
        )?;
    }
    Ok(())
}

fn article_input(r: &Row) -> Result<ArticleInput> {
    let raw: String = r.try_get("raw")?;
    Ok(ArticleInput {
        doc: r.try_get("doc")?,
        title: r.try_get("title")?,
        author: r.try_get("author")?,
        outlet: r.try_get("outlet")?,
        url: r.try_get::<_, Option<String>>("url")?.filter(|u| crate::records::web_address(u).is_some()),
        published: date_value(r.try_get("published")?, r.try_get("published_precision")?),
        source_path: r.try_get("source_path")?,
        body: if raw.is_empty() { r.try_get("body")? } else { raw },
        payload: r.try_get("payload")?,
    })
}

impl Store for PgStore {
    fn find_existing(&self, url: Option<&str>, content_hash: &[u8; 16]) -> Result<Option<i64>> {
        let mut client = self.client();
        if let Some(url) = url {
            if let Some(row) = client.query_opt("SELECT id FROM articles WHERE url = $1", &[&url])? {
                return Ok(Some(row.try_get(0)?));
            }
        }
        let hash: &[u8] = content_hash;
        Ok(client.query_opt("SELECT id FROM articles WHERE content_hash = $1", &[&hash])?.map(|r| r.get(0)))
    }

    fn original_signatures(&self) -> Result<Vec<(i64, Signature)>> {
        let rows = self
            .client()
            .query("SELECT id, minhash FROM articles WHERE duplicate_of IS NULL ORDER BY id", &[])?;
        rows.iter()
            .map(|r| {
                let id: i64 = r.try_get(0)?;
                let bytes: &[u8] = r.try_get(1)?;
                let sig = Signature::from_bytes(bytes).ok_or_else(|| Error::Corrupt {
                    what: format!("articles.minhash of {id}"),
                    message: "bad length".into(),
                })?;
                Ok((id, sig))
            })
            .collect()
    }

    fn insert_batch(&mut self, batch: &[NewArticle]) -> Result<Vec<Stored>> {
        let rows = batch.iter().map(|a| PreparedRows::of(&a.analysis)).collect::<Result<Vec<_>>>()?;
        let urls: Vec<Option<&str>> = batch.iter().map(|a| kept_url(&a.input)).collect();
        let PgStore { client, known, written, own_writes, places, .. } = self;
        let client = client.get_mut().unwrap_or_else(|e| e.into_inner());
        let result = (|| -> Result<Vec<Stored>> {
            let mut tx = client.transaction()?;
            let writes = lock_for_writing(&mut tx)?;
            // What other connections committed since the events in memory were read.
            let version = writes - *own_writes;
            if known.as_ref().is_none_or(|(v, _)| *v != version) {
                *known = None;
                written.clear();
                *known = Some((version, load_known(&mut tx, places.clone())?));
            }
            let (_, events) = known.as_mut().expect("just loaded");
            // Articles of the batch another node stored after this one's ingest looked them up
            // (two nodes given the same new article at once): under the lock, so none can come in
            // between. Their inserts failed the whole batch on the unique address or content.
            let mut stored_urls: HashMap<String, i64> = HashMap::new();
            let mut stored_hashes: HashMap<Vec<u8>, i64> = HashMap::new();
            let hashes: Vec<&[u8]> = batch.iter().map(|a| &a.content_hash[..]).collect();
            for r in tx.query(
                "SELECT id, url, content_hash FROM articles WHERE url = ANY($1) OR content_hash = ANY($2)",
                &[&urls.iter().flatten().copied().collect::<Vec<&str>>(), &hashes],
            )? {
                let id: i64 = r.try_get(0)?;
                if let Some(url) = r.try_get::<_, Option<String>>(1)? {
                    stored_urls.insert(url, id);
                }
                stored_hashes.insert(r.try_get(2)?, id);
            }
            let next: i64 = tx.query_one("SELECT COALESCE(MAX(id), 0) + 1 FROM articles", &[])?.get(0);
            let insert = tx.prepare(
                "INSERT INTO articles (id, doc, url, content_hash, title, author, outlet, published,
                                       published_precision, published_day, source_path, raw, payload, body,
                                       boilerplate, deobfuscated, entities, minhash, duplicate_of, similarity, dates)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
            )?;
            let mut stored = Vec::with_capacity(batch.len());
            // The id of each article so far, new or stored already (a near-duplicate's original).
            let mut ids = Vec::with_capacity(batch.len());
            let mut added = 0;
            for ((a, rows), url) in batch.iter().zip(&rows).zip(&urls) {
                let already = url
                    .and_then(|u| stored_urls.get(u))
                    .or_else(|| stored_hashes.get(&a.content_hash[..]))
                    .copied();
                if let Some(id) = already {
                    stored.push(Stored::Already(id));
                    ids.push(id);
                    continue;
                }
                let id = next + added;
                let (input, analysis) = (&a.input, &a.analysis);
                let published = published_of(a);
                let original = original_id(a, &ids)?;
                let hash: &[u8] = &a.content_hash;
                tx.execute(
                    &insert,
                    &[
                        &id,
                        &input.doc,
                        url,
                        &hash,
                        &if analysis.title.is_empty() { &input.title } else { &analysis.title },
                        &input.author,
                        &input.outlet,
                        &published.as_ref().and_then(|p| p.value.clone()),
                        &published.as_ref().map(|p| p.precision).unwrap_or(Precision::Unknown).as_str(),
                        &published.as_ref().and_then(day_bounds).map(|b| b.0),
                        &input.source_path,
                        // '' when the text as read is the clean body (as SQLite's schema 6).
                        &if input.body == analysis.body { "" } else { input.body.as_str() },
                        &input.payload,
                        &analysis.body,
                        &rows.boilerplate.as_str(),
                        &rows.deobfuscated,
                        &rows.entities.as_str(),
                        &a.signature.to_bytes(),
                        &original,
                        &a.duplicate_of.map(|d| d.1),
                        &rows.dates.as_str(),
                    ],
                )?;
                // A copy later in the same batch is one too.
                if let Some(u) = url {
                    stored_urls.insert(u.to_string(), id);
                }
                stored_hashes.insert(hash.to_vec(), id);
                stored.push(Stored::New(id));
                ids.push(id);
                added += 1;
                write_entities(&mut tx, analysis, written)?;
            }
            let fresh = || batch.iter().zip(&rows).zip(&stored).filter(|(_, s)| matches!(s, Stored::New(_)));
            write_named(&mut tx, fresh().map(|((_, rows), s)| (s.id(), rows)))?;
            write_events(
                &mut tx,
                events,
                fresh().map(|((a, rows), s)| (s.id(), &a.analysis, rows)),
                MergeOrder::Arrival,
            )?;
            tx.execute("UPDATE marsad_state SET writes = writes + 1", &[])?;
            tx.commit()?;
            *own_writes += 1;
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
        let rows =
            self.client().query("SELECT * FROM articles WHERE duplicate_of IS NULL ORDER BY id", &[])?;
        rows.iter().map(|r| Ok((r.try_get("id")?, article_input(r)?))).collect()
    }

    fn replace_analyses(&mut self, analyses: &[(i64, Analysis)], late: &dyn crate::Analyzer) -> Result<()> {
        let rows = PreparedRows::of_all(analyses.par_iter().map(|(_, a)| a))?;
        self.known = None;
        self.written.clear();
        let own_writes = self.own_writes;
        let client = self.client.get_mut().unwrap_or_else(|e| e.into_inner());
        let mut tx = client.transaction()?;
        let writes = lock_for_writing(&mut tx)?;
        // Under the lock: the articles other nodes ingested while `analyses` were made are
        // analysed here, or the DELETE below would drop their reports.
        let hashes: HashMap<i64, Vec<u8>> = tx
            .query("SELECT id, content_hash FROM articles WHERE duplicate_of IS NULL", &[])?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_>>()?;
        let missing = not_analysed(analyses, hashes.keys());
        let late_inputs = tx
            .query("SELECT * FROM articles WHERE id = ANY($1) ORDER BY id", &[&missing])?
            .iter()
            .map(|r| Ok((r.try_get("id")?, article_input(r)?)))
            .collect::<Result<Vec<(i64, ArticleInput)>>>()?;
        let late_analyses: Vec<(i64, Analysis)> =
            late_inputs.into_par_iter().map(|(id, a)| (id, late.analyze(&a))).collect();
        let all = with_late(analyses, rows, &late_analyses)?;
        tx.batch_execute(
            "DELETE FROM event_entities; DELETE FROM event_sources; DELETE FROM events;
             DELETE FROM article_entities WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IS NULL);",
        )?;
        let update = tx.prepare(
            // A raw text stored as '' ("the clean body") is restored before the body changes
            // (the right-hand sides read the row as it was).
            "UPDATE articles SET title = $2, body = $3,
               raw = CASE WHEN raw = '' AND body != $3 THEN body ELSE raw END, boilerplate = $4, deobfuscated = $5,
               entities = $6, published = COALESCE($7, published),
               published_precision = COALESCE($8, published_precision),
               published_day = COALESCE($9, published_day), dates = $10
             WHERE id = $1",
        )?;
        let mut written = WrittenEntities::new();
        let mut known = KnownEvents::with_places(1, self.places.clone());
        for ((id, a), rows) in all.iter().map(|(a, rows)| (*a, rows)) {
            let published = a.published.clone().filter(|p| !p.is_unknown());
            tx.execute(
                &update,
                &[
                    id,
                    &a.title,
                    &a.body,
                    &rows.boilerplate.as_str(),
                    &rows.deobfuscated,
                    &rows.entities.as_str(),
                    &published.as_ref().and_then(|p| p.value.clone()),
                    &published.as_ref().map(|p| p.precision.as_str()),
                    &published.as_ref().and_then(day_bounds).map(|b| b.0),
                    &rows.dates.as_str(),
                ],
            )?;
            write_entities(&mut tx, a, &mut written)?;
        }
        write_named(&mut tx, all.iter().map(|((id, _), rows)| (*id, rows)))?;
        write_events(
            &mut tx,
            &mut known,
            all.iter().map(|((id, a), rows)| (*id, a, rows)),
            MergeOrder::Canonical(&hashes),
        )?;
        tx.execute("UPDATE marsad_state SET writes = writes + 1, generation = generation + 1", &[])?;
        tx.commit()?;
        self.own_writes += 1;
        self.known = Some((writes - own_writes, known));
        self.written = written;
        Ok(())
    }

    fn index_docs(&self, after_id: i64, limit: usize) -> Result<Vec<IndexDoc>> {
        let rows = self.client().query(
            "SELECT id, title, body, outlet, published, published_precision, entities, duplicate_of,
                    (SELECT string_agg(DISTINCT e.kind, ',') FROM event_sources s JOIN events e ON e.id = s.event_id
                     WHERE s.article_id = a.id)
             FROM articles a WHERE id > $1 ORDER BY id LIMIT $2",
            &[&after_id, &(limit as i64)],
        )?;
        rows.iter()
            .map(|r| {
                index_doc(
                    r.try_get(0)?,
                    r.try_get(1)?,
                    r.try_get(2)?,
                    r.try_get(3)?,
                    date_value(r.try_get(4)?, r.try_get(5)?),
                    r.try_get(6)?,
                    r.try_get(7)?,
                    r.try_get(8)?,
                )
            })
            .collect()
    }

    fn clean_bodies(&self, ids: &[i64]) -> Result<HashMap<i64, String>> {
        let rows = self.client().query("SELECT id, body FROM articles WHERE id = ANY($1)", &[&ids])?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
    }

    fn max_article_id(&self) -> Result<i64> {
        Ok(self.client().query_one("SELECT COALESCE(MAX(id), 0) FROM articles", &[])?.get(0))
    }

    fn data_version(&self) -> Result<i64> {
        // Every write transaction bumps `writes`; those of this connection are taken off.
        let writes: i64 = self.client().query_one("SELECT writes FROM marsad_state", &[])?.get(0);
        Ok(writes - self.own_writes)
    }

    fn list_events(&self, filter: &Filter, page: PageRequest) -> Result<Page<EventRecord>> {
        self.list_events_in(filter, page, None)
    }

    fn get_event(&self, id: i64) -> Result<Option<EventRecord>> {
        let row = self.client().query_opt(
            &format!(
                "SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN entities n ON n.id = e.place WHERE e.id = $1"
            ),
            &[&id],
        )?;
        let Some(row) = row else { return Ok(None) };
        Ok(self.finish_events(vec![event_row(&row)?])?.pop())
    }

    fn get_events(&self, ids: &[i64]) -> Result<Vec<EventRecord>> {
        let rows = self.client().query(
            &format!(
                "SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN entities n ON n.id = e.place WHERE e.id = ANY($1)"
            ),
            &[&ids],
        )?;
        let rows = rows.iter().map(event_row).collect::<Result<Vec<_>>>()?;
        self.finish_events(in_order_of(ids, rows))
    }

    fn get_article(&self, id: i64) -> Result<Option<ArticleRecord>> {
        let mut client = self.client();
        let Some(r) = client.query_opt("SELECT * FROM articles WHERE id = $1", &[&id])? else {
            return Ok(None);
        };
        let row = ArticleRow {
            input: article_input(&r)?,
            body: r.try_get("body")?,
            boilerplate: r.try_get("boilerplate")?,
            deobfuscated: r.try_get("deobfuscated")?,
            entities: r.try_get("entities")?,
            duplicate_of: r.try_get("duplicate_of")?,
            similarity: r.try_get("similarity")?,
            dates: r.try_get("dates")?,
        };
        let event_ids = client
            .query(
                "SELECT DISTINCT event_id FROM event_sources WHERE article_id = $1 ORDER BY event_id",
                &[&id],
            )?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<std::result::Result<Vec<i64>, _>>()?;
        drop(client);
        Ok(Some(row.into_record(id, event_ids)?))
    }

    fn actors(&self) -> Result<Vec<EntitySummary>> {
        self.entity_summaries(false)
    }

    fn places(&self) -> Result<Vec<EntitySummary>> {
        self.entity_summaries(true)
    }

    fn places_near(&self, near: Near) -> Result<Vec<String>> {
        let rows = self.client().query(
            "SELECT id, lat, lon FROM entities WHERE kind = 'place' AND lat IS NOT NULL AND lon IS NOT NULL",
            &[],
        )?;
        let places = rows
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
            .collect::<Result<Vec<(String, f64, f64)>>>()?;
        Ok(within(near, places))
    }

    fn stats(&self) -> Result<StoreStats> {
        let row = self.client().query_one(
            "SELECT (SELECT COUNT(*) FROM articles),
                    (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),
                    (SELECT COUNT(*) FROM events),
                    (SELECT COUNT(*) FROM event_sources),
                    (SELECT COUNT(*) FROM (SELECT event_id FROM event_sources GROUP BY event_id
                                           HAVING COUNT(DISTINCT article_id) > 1) m),
                    pg_database_size(current_database())",
            &[],
        )?;
        let count = |i: usize| -> Result<usize> { Ok(row.try_get::<_, i64>(i)? as usize) };
        Ok(StoreStats {
            articles: count(0)?,
            near_duplicates: count(1)?,
            events: count(2)?,
            event_sources: count(3)?,
            merged_events: count(4)?,
            db_bytes: row.try_get::<_, i64>(5)? as u64,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_leave_the_address() {
        assert_eq!(
            redact_url("postgres://ana:s3cr:et@db.example:5432/marsad"),
            "postgres://ana@db.example:5432/marsad"
        );
        assert_eq!(redact_url("postgres://ana@db/marsad"), "postgres://ana@db/marsad");
        assert_eq!(
            redact_url("postgresql://db/marsad?password=x&sslmode=disable"),
            "postgresql://db/marsad?sslmode=disable"
        );
        assert_eq!(redact_url("postgres://db/marsad?password=x"), "postgres://db/marsad");
        // Generated passwords hold '/', '?' and '#': the driver reads the user part up to the first '@'.
        assert_eq!(
            redact_url("postgres://ana:Tm/pw7x@127.0.0.1:5432/other"),
            "postgres://ana@127.0.0.1:5432/other"
        );
        assert_eq!(
            redact_url("postgres://ana:a?b#c/d@db/m?sslmode=disable"),
            "postgres://ana@db/m?sslmode=disable"
        );
        // libpq key=value strings, which --store refuses by name.
        assert_eq!(redact_url("host=db password=Wr0ngK dbname=marsad"), "host=db password=… dbname=marsad");
        assert_eq!(redact_url("host=db password = 'a b\\'c' user=x"), "host=db password=… user=x");
        assert_eq!(redact_url("host=db mypassword=kept"), "host=db mypassword=kept");
        assert!(is_postgres_url("postgres://db/m") && is_postgres_url("PostgreSQL://db/m"));
        assert!(!is_postgres_url("marsad-data"));
    }
}
