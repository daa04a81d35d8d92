//! The known events in memory, for the cross-outlet merge of an ingest.
//!
//! Finding where a new report merges used to take several SQL queries per report (candidates by
//! entity, type and dates from an `event_keys` table, then each candidate's row) and a read and
//! up to three writes per merge: most of an ingest's SQLite time. [`KnownEvents`] holds every
//! dated event's merge fields and an ordered key index equal to the old table's, so candidates
//! are a range scan in memory; a batch's event rows are then written once each, after every
//! report of the batch has been merged.
//!
//! # Invariants
//!
//! - `keys` holds `(entity, type, long, date_lo, event)` for every entity of every report of
//!   every dated event (sources, targets, the place and the other places), with the event's
//!   current dates, `long` being `date_hi - date_lo > 33`: exactly what `event_keys` held, so the
//!   merge chooses the same event as it did (same candidates, same [`match_score`], ties to the
//!   lowest id).
//! - Undated events are never candidates (they have no window), so loading skips them.
//! - The store owns one `KnownEvents` per connection, built from the database when first needed
//!   and dropped whenever another connection has written (`PRAGMA data_version`) or a
//!   transaction using it failed, so it never disagrees with the committed rows.

use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use marsad_model::{DateValue, Event, EventType, Precision, ReportedAs};

use crate::merge::{match_score, EventKey};

/// The role of an entity in an event (`event_entities.role`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Source,
    Target,
    Place,
}

impl Role {
    /// `event_entities.role`, behind a `'static` reference (a statement parameter that outlives
    /// the statement's values).
    pub(crate) fn as_static(self) -> &'static &'static str {
        match self {
            Role::Source => &"source",
            Role::Target => &"target",
            Role::Place => &"place",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Role> {
        match s {
            "source" => Some(Role::Source),
            "target" => Some(Role::Target),
            "place" => Some(Role::Place),
            _ => None,
        }
    }
}

/// One event as the `events` row holds it, plus its entity links.
#[derive(Clone, Debug)]
pub(crate) struct KnownEvent {
    /// What the merge compares (dates, place, actors: the union over reports).
    pub key: EventKey,
    /// The date value (`events.date`).
    pub date: Option<String>,
    pub mode: Option<String>,
    pub reported_as: ReportedAs,
    pub historical: bool,
    pub confidence: f64,
    pub n_sources: i64,
    pub first_article: i64,
    /// `event_entities` rows: (interned entity, role).
    pub links: Vec<(u32, Role)>,
    /// Not in the database yet (inserted at the end of the batch).
    pub is_new: bool,
    /// Changed since its row was last written.
    pub dirty: bool,
    /// Its dates changed since its row was last written (the indexed columns).
    pub dates_changed: bool,
}

/// The dated events of a store, indexed for the merge.
#[derive(Debug, Default)]
pub(crate) struct KnownEvents {
    names: HashMap<String, u32, FastHash>,
    events: HashMap<i64, KnownEvent, FastHash>,
    keys: BTreeSet<(u32, EventType, bool, i64, i64)>,
    next_id: i64,
    /// Events changed since the last [`KnownEvents::take_dirty`], in order of first change.
    dirty: Vec<i64>,
}

/// The maps above are looked up several times per report with keys the store made itself
/// (entity ids, event ids), never iterated: SipHash's resistance to chosen keys buys nothing
/// there. FxHash (rustc's): a multiply and a rotate per word.
type FastHash = BuildHasherDefault<FxHasher>;

#[derive(Default)]
struct FxHasher {
    hash: u64,
}

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_i64(&mut self, i: i64) {
        self.add(i as u64);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Days within which a short event (33 days or less) can start before a new report's window,
/// and a long one (the longest stored window is a year, widened by at most 2 days).
const BACK_SHORT: i64 = 35;
const BACK_LONG: i64 = 370;

fn is_long((lo, hi): (i64, i64)) -> bool {
    hi - lo > 33
}

/// What a report adds to an event's links.
pub(crate) fn report_links(e: &Event) -> impl Iterator<Item = (&str, Role)> {
    e.source
        .iter()
        .map(|s| (s.as_str(), Role::Source))
        .chain(e.target.iter().map(|t| (t.as_str(), Role::Target)))
        .chain(e.place.iter().chain(&e.places).map(|p| (p.as_str(), Role::Place)))
}

impl KnownEvents {
    /// An empty index whose next event id is `next_id`.
    pub fn new(next_id: i64) -> KnownEvents {
        KnownEvents { next_id, ..KnownEvents::default() }
    }

    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.names.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.insert(name.to_string(), i);
        i
    }

    /// Adds a stored event (loading); its links come with [`KnownEvents::load_link`].
    pub fn load_event(&mut self, id: i64, event: KnownEvent) {
        self.next_id = self.next_id.max(id + 1);
        self.events.insert(id, event);
    }

    /// Adds a stored `event_entities` row of a loaded event (others are ignored).
    pub fn load_link(&mut self, event_id: i64, entity: &str, role: Role) {
        if !self.events.contains_key(&event_id) {
            return;
        }
        let n = self.intern(entity);
        let ev = self.events.get_mut(&event_id).expect("checked above");
        ev.links.push((n, role));
        if let Some(days) = ev.key.days {
            self.keys.insert((n, ev.key.kind, is_long(days), days.0, event_id));
        }
    }

    /// The event a new report merges into, if any (see the module invariants).
    pub fn find(&self, key: &EventKey) -> Option<i64> {
        let (lo, hi) = crate::merge::window(key)?;
        let mut entities: Vec<u32> = key
            .source
            .iter()
            .chain(&key.target)
            .chain(key.place.iter())
            .filter_map(|n| self.names.get(n.as_str()).copied())
            .collect();
        entities.sort_unstable();
        entities.dedup();
        let mut candidates: Vec<i64> = Vec::new();
        for entity in entities {
            for (long, back) in [(false, BACK_SHORT), (true, BACK_LONG)] {
                let from = (entity, key.kind, long, lo - back, i64::MIN);
                let to = (entity, key.kind, long, hi + 2, i64::MAX);
                for &(.., id) in self.keys.range(from..=to) {
                    if self.events[&id].key.days.is_some_and(|d| d.1 >= lo - 2) {
                        candidates.push(id);
                    }
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(u32, i64)> = None;
        for id in candidates {
            let known = &self.events[&id].key;
            if known.negated != key.negated {
                continue;
            }
            if let Some(score) = match_score(known, key) {
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, id));
                }
            }
        }
        best.map(|b| b.1)
    }

    fn mark_dirty(&mut self, id: i64) {
        let ev = self.events.get_mut(&id).expect("merged into a known event");
        if !ev.dirty {
            ev.dirty = true;
            self.dirty.push(id);
        }
    }

    /// Merges one report (coded event `e` of article `article_id`, with its merge key and
    /// effective date) into a known event or a new one; returns the event id and the links it
    /// adds (to write to `event_entities`).
    pub fn merge(
        &mut self,
        article_id: i64,
        key: EventKey,
        date: Option<&DateValue>,
        e: &Event,
    ) -> (i64, Vec<(String, Role)>) {
        let id = match self.find(&key) {
            Some(id) => {
                self.absorb(id, &key, date, e);
                id
            }
            None => {
                let id = self.next_id;
                self.next_id += 1;
                self.events.insert(
                    id,
                    KnownEvent {
                        key,
                        date: date.and_then(|d| d.value.clone()),
                        mode: e.mode.clone(),
                        reported_as: e.reported_as,
                        historical: e.historical,
                        confidence: f64::from(e.confidence),
                        n_sources: 1,
                        first_article: article_id,
                        links: Vec::new(),
                        is_new: true,
                        dirty: false,
                        dates_changed: false,
                    },
                );
                id
            }
        };
        self.mark_dirty(id);
        let mut added = Vec::new();
        for (name, role) in report_links(e) {
            let n = self.intern(name);
            let ev = self.events.get_mut(&id).expect("merged into a known event");
            if ev.links.contains(&(n, role)) {
                // Its key is in `keys` already, with the event's current dates.
                continue;
            }
            ev.links.push((n, role));
            added.push((name.to_string(), role));
            if let Some(days) = ev.key.days {
                self.keys.insert((n, ev.key.kind, is_long(days), days.0, id));
            }
        }
        (id, added)
    }

    /// Adds a report to a known event: actors are unioned, the date is refined when the report is
    /// more precise, a current report clears `historical`; nothing else is overwritten.
    fn absorb(&mut self, id: i64, key: &EventKey, date: Option<&DateValue>, e: &Event) {
        let ev = self.events.get_mut(&id).expect("a candidate is known");
        for s in &key.source {
            if !ev.key.source.contains(s) {
                ev.key.source.push(s.clone());
            }
        }
        for t in &key.target {
            if !ev.key.target.contains(t) {
                ev.key.target.push(t.clone());
            }
        }
        ev.n_sources += 1;
        ev.historical = ev.historical && e.historical;
        ev.confidence = ev.confidence.max(f64::from(e.confidence));
        if ev.mode.is_none() {
            ev.mode = e.mode.clone();
        }
        if ev.key.place.is_none() && key.place.is_some() {
            ev.key.place = key.place.clone();
            ev.key.coords = key.coords;
            ev.key.geo_precision = key.geo_precision.clone();
        }
        if let (Some(d), Some(days)) = (date, key.days) {
            if precision_rank(d.precision) > precision_rank(ev.key.precision) {
                let old = ev.key.days;
                ev.date = d.value.clone();
                ev.key.precision = d.precision;
                ev.key.days = Some(days);
                ev.dates_changed = true;
                let kind = ev.key.kind;
                let entities: Vec<u32> = ev.links.iter().map(|l| l.0).collect();
                if let Some(old) = old {
                    for &n in &entities {
                        self.keys.remove(&(n, kind, is_long(old), old.0, id));
                    }
                }
                for n in entities {
                    self.keys.insert((n, kind, is_long(days), days.0, id));
                }
            }
        }
    }

    /// The ids of the events changed since the last call, in order of first change.
    pub fn take_dirty(&mut self) -> Vec<i64> {
        std::mem::take(&mut self.dirty)
    }

    /// A known event.
    pub fn get(&self, id: i64) -> Option<&KnownEvent> {
        self.events.get(&id)
    }

    /// A known event.
    pub fn get_mut(&mut self, id: i64) -> Option<&mut KnownEvent> {
        self.events.get_mut(&id)
    }

    /// Forgets an undated event once written: it can never be a merge candidate.
    pub fn forget_undated(&mut self, id: i64) {
        if self.events.get(&id).is_some_and(|e| e.key.days.is_none() && !e.dirty) {
            self.events.remove(&id);
        }
    }
}

/// How precise a date is, for refining an event's date (day beats range beats month …).
pub(crate) fn precision_rank(p: Precision) -> u8 {
    match p {
        Precision::Day => 4,
        Precision::Range => 3,
        Precision::Month => 2,
        Precision::Year => 1,
        _ => 0,
    }
}
