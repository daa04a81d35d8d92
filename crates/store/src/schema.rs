//! The SQLite schema and its migrations.
//!
//! `PRAGMA user_version` holds the schema version. Each entry of [`MIGRATIONS`] moves the
//! schema one version up and runs in the same transaction as the version bump, so a crash
//! leaves the file at a whole version.

use rusqlite::Connection;

use crate::{Error, Result};

/// Migrations in order; `MIGRATIONS[i]` moves version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: articles, spans, entities, events with their sources.
    r#"
    CREATE TABLE articles (
        id            INTEGER PRIMARY KEY,
        doc           TEXT NOT NULL,
        url           TEXT UNIQUE,
        content_hash  BLOB NOT NULL UNIQUE,
        title         TEXT NOT NULL,
        author        TEXT,
        outlet        TEXT,
        published     TEXT,
        published_precision TEXT NOT NULL DEFAULT 'unknown',
        published_day INTEGER,
        source_path   TEXT,
        raw           TEXT NOT NULL,
        payload       TEXT,
        body          TEXT NOT NULL,
        boilerplate   TEXT NOT NULL DEFAULT '[]',
        deobfuscated  TEXT NOT NULL DEFAULT '[]',
        entities      TEXT NOT NULL DEFAULT '[]',
        minhash       BLOB NOT NULL,
        duplicate_of  INTEGER REFERENCES articles(id),
        similarity    REAL,
        ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE INDEX articles_published ON articles(published_day);
    CREATE INDEX articles_duplicate ON articles(duplicate_of);

    CREATE TABLE spans (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        kind       TEXT NOT NULL,          -- 'date' | 'mention'
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        entity_id  TEXT,                   -- mentions
        value      TEXT,                   -- dates
        precision  TEXT,                   -- dates
        anchor     TEXT                    -- dates: how the value was fixed
    );
    CREATE INDEX spans_article ON spans(article_id);
    CREATE INDEX spans_entity ON spans(entity_id);

    CREATE TABLE entities (
        id         TEXT PRIMARY KEY,
        kind       TEXT NOT NULL,
        name_en    TEXT NOT NULL,
        lat        REAL,
        lon        REAL,
        precision  TEXT
    );

    CREATE TABLE events (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL,
        mode        TEXT,
        date        TEXT,
        precision   TEXT NOT NULL,
        date_lo     INTEGER,
        date_hi     INTEGER,
        place       TEXT,
        lat         REAL,
        lon         REAL,
        geo_precision TEXT,
        source      TEXT NOT NULL,         -- JSON list of actor ids (union over sources)
        target      TEXT NOT NULL,
        negated     INTEGER NOT NULL,
        reported_as TEXT NOT NULL,
        historical  INTEGER NOT NULL,
        confidence  REAL NOT NULL,
        n_sources   INTEGER NOT NULL,
        first_article INTEGER NOT NULL REFERENCES articles(id)
    );
    CREATE INDEX events_kind_date ON events(kind, date_lo, date_hi);
    CREATE INDEX events_date ON events(date_lo);
    CREATE INDEX events_place ON events(place);

    CREATE TABLE event_sources (
        id          INTEGER PRIMARY KEY,
        event_id    INTEGER NOT NULL REFERENCES events(id),
        article_id  INTEGER NOT NULL REFERENCES articles(id),
        local_id    TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end   INTEGER NOT NULL,
        evidence    TEXT NOT NULL,
        date        TEXT,
        precision   TEXT NOT NULL,
        place       TEXT,
        record      TEXT NOT NULL          -- the source's own event, as JSON (marsad_model::Event)
    );
    CREATE INDEX event_sources_event ON event_sources(event_id);
    CREATE INDEX event_sources_article ON event_sources(article_id);

    CREATE TABLE event_entities (
        event_id  INTEGER NOT NULL REFERENCES events(id),
        entity_id TEXT NOT NULL,
        role      TEXT NOT NULL,           -- 'source' | 'target' | 'place'
        PRIMARY KEY (event_id, entity_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX event_entities_entity ON event_entities(entity_id);
    "#,
    // 2: the indexes the event list pages on. The first three are version 1's, restated
    //    IF NOT EXISTS so a store that lost one gets it back (a no-op otherwise); event_entities
    //    is keyed by event_id through its primary key. The two `events_list_*` indexes match
    //    the list's sort orders (undated events last), so a page is read in order from the
    //    index instead of sorting every matching event.
    r#"
    CREATE INDEX IF NOT EXISTS event_sources_event ON event_sources(event_id);
    CREATE INDEX IF NOT EXISTS events_date ON events(date_lo);
    CREATE INDEX IF NOT EXISTS event_entities_entity ON event_entities(entity_id);
    CREATE INDEX IF NOT EXISTS events_list_oldest ON events(date_lo IS NULL, date_lo, id);
    CREATE INDEX IF NOT EXISTS events_list_newest ON events(date_lo IS NULL, date_lo DESC, id DESC);
    "#,
    // 3: the merge lookup. A new report can only merge with an event of its type that shares a
    //    place or an actor with it and whose dates overlap its own, so candidates are read by
    //    (entity, type, dates) instead of scanning a year of every event of the type. `long`
    //    sets apart the rare events whose dates span more than 33 days (year precision, long
    //    ranges), so the common case scans about a month of one entity's events.
    r#"
    CREATE TABLE event_keys (
        entity_id TEXT NOT NULL,
        kind      TEXT NOT NULL,
        long      INTEGER NOT NULL,
        date_lo   INTEGER NOT NULL,
        date_hi   INTEGER NOT NULL,
        event_id  INTEGER NOT NULL REFERENCES events(id),
        PRIMARY KEY (entity_id, kind, long, date_lo, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_keys_event ON event_keys(event_id);
    INSERT OR IGNORE INTO event_keys
        SELECT x.entity_id, e.kind, e.date_hi - e.date_lo > 33, e.date_lo, e.date_hi, e.id
        FROM event_entities x JOIN events e ON e.id = x.event_id WHERE e.date_lo IS NOT NULL;
    "#,
    // 4: spans leave their table (about 60 rows and three b-tree entries per article, most of an
    //    ingest's SQLite time). Date spans become one JSON column of the article; mention spans
    //    are recomputed on read from the clean body and the entities' surface forms (they were
    //    derived from exactly those at write time); `article_entities` keeps which articles
    //    name which entity, the one thing queried across articles (the actor/place counts).
    r#"
    ALTER TABLE articles ADD COLUMN dates TEXT NOT NULL DEFAULT '[]';
    UPDATE articles SET dates = (
        SELECT json_group_array(json_object('start', start, 'end', end, 'text', text, 'value', value,
                                            'precision', precision, 'anchor', anchor))
        FROM (SELECT * FROM spans s WHERE s.article_id = articles.id AND s.kind = 'date' ORDER BY start, end)
    ) WHERE id IN (SELECT article_id FROM spans WHERE kind = 'date');
    CREATE TABLE article_entities (
        entity_id  TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (entity_id, article_id)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO article_entities
        SELECT entity_id, article_id FROM spans WHERE kind = 'mention' AND entity_id IS NOT NULL;
    DROP TABLE spans;
    "#,
    // 5: `events_place` served no query (a place filter goes through event_entities; names are
    //    joined from entities by id) and cost an index entry per event written.
    r#"
    DROP INDEX IF EXISTS events_place;
    "#,
    // 6: `event_keys` leaves: the merge keeps its keys in memory (`merge_index`), built from
    //    `events` and `event_entities`, which hold the same facts; writing them cost two b-tree
    //    entries per entity of every report. From this version `articles.raw` is '' when the text
    //    as read equals the clean body (readers take the body then), which older builds would
    //    misread: hence a version of its own.
    r#"
    DROP TABLE IF EXISTS event_keys;
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`SCHEMA_VERSION`].
///
/// # Errors
///
/// A migration fails, or the file is newer than this build.
/// Fails unless the database has this build's schema (a read-only store cannot be migrated).
pub fn check_current(conn: &Connection) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    match found.cmp(&SCHEMA_VERSION) {
        std::cmp::Ordering::Equal => Ok(()),
        std::cmp::Ordering::Greater => Err(Error::SchemaTooNew { found, supported: SCHEMA_VERSION }),
        std::cmp::Ordering::Less => Err(Error::SchemaTooOld { found, supported: SCHEMA_VERSION }),
    }
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew { found, supported: SCHEMA_VERSION });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
