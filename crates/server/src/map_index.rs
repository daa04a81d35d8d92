//! The server's in-memory view of every stored event as the map and timeline
//! need it: id, type, coordinates and day bounds, in the store's list order.
//!
//! # Why
//!
//! The map asks for every located event at once, and a list filtered by
//! types or dates sorts every matching event in SQL. Reading whole event
//! records (with every source) for that cost seconds at 10,000 events; this
//! index answers both from ~80 bytes per event.
//!
//! # Invariants
//!
//! - Entries are in the store's newest-first order: dated before undated,
//!   then first day descending, then id descending.
//! - Day bounds, coordinates and the filters below follow the store's own
//!   (`marsad_store` keeps `date_lo/date_hi` = the bounds of the event's date,
//!   and tests `date_hi >= from`, `date_lo <= to`, lat/lon inside a box), so a
//!   filter here keeps exactly the events the store would.
//! - `up_to` is the highest article id covered. Articles ingested through the
//!   server are added as they are stored ([`MapIndex::add_events`]); a store
//!   grown by another process is noticed by its highest article id and the
//!   index rebuilt. A store re-analysed by another process (same articles,
//!   new events) is not noticed until the server restarts.

use marsad_model::{DateValue, EventType, Precision};
use marsad_store::{DataDir, EventRecord, Filter, PageRequest};

use crate::backend::{EventQuery, MapPoint};

/// One event, as small as the map needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Store event id.
    pub id: i64,
    /// PLOVER type.
    pub kind: EventType,
    /// `(lat, lon)` when located.
    pub at: Option<(f64, f64)>,
    /// First and last day number (days since 1970-01-01) of the date, when dated.
    pub days: Option<(i64, i64)>,
    /// Precision of the date.
    pub precision: Precision,
}

/// Every stored event, newest first.
#[derive(Debug, Default)]
pub struct MapIndex {
    /// Highest article id covered.
    pub up_to: i64,
    entries: Vec<Entry>,
}

/// The store's day bounds of a date (`marsad_store` keeps the same in `date_lo/date_hi`).
fn day_bounds(value: &DateValue) -> Option<(i64, i64)> {
    if value.precision == Precision::Unknown {
        return None;
    }
    let ((y1, m1, d1), (y2, m2, d2)) = value.bounds()?;
    Some((marsad_store::day_number(y1, m1, d1), marsad_store::day_number(y2, m2, d2)))
}

fn entry(e: &EventRecord) -> Entry {
    let at = e.place.as_ref().and_then(|p| Some((p.lat?, p.lon?)));
    Entry {
        id: e.id,
        kind: e.kind,
        at,
        days: e.date.as_ref().and_then(day_bounds),
        precision: e.date.as_ref().map(|d| d.precision).unwrap_or(Precision::Unknown),
    }
}

/// The store's list order, newest first: dated first, first day descending, id descending.
fn newest_first(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    let key = |e: &Entry| (e.days.is_none(), std::cmp::Reverse(e.days.map(|d| d.0)), std::cmp::Reverse(e.id));
    key(a).cmp(&key(b))
}

impl MapIndex {
    /// Reads every event of the store, as `lexicon` names and places them.
    ///
    /// # Errors
    ///
    /// The store fails.
    pub fn build(data: &DataDir, lexicon: &marsad_lexicon::Lexicon) -> marsad_store::Result<MapIndex> {
        use marsad_store::Store;
        let up_to = data.store().max_article_id()?;
        let all = Filter { newest_first: true, ..Filter::default() };
        let mut events = data.list_events(&all, PageRequest::all())?;
        // Points where the knowledge puts them (none for a continent or a sea), as every list does.
        marsad_store::export::with_knowledge(&mut events.items, lexicon);
        let mut entries: Vec<Entry> = events.items.iter().map(entry).collect();
        // The store's order already; sorting again keeps the invariant whatever the store does.
        entries.sort_by(newest_first);
        Ok(MapIndex { up_to, entries })
    }

    /// Adds or refreshes events (new ones, and known ones a new report merged into).
    pub fn add_events(&mut self, events: &[EventRecord], up_to: i64) {
        let fresh: std::collections::HashSet<i64> = events.iter().map(|e| e.id).collect();
        self.entries.retain(|e| !fresh.contains(&e.id));
        self.entries.extend(events.iter().map(entry));
        self.entries.sort_by(newest_first);
        self.up_to = self.up_to.max(up_to);
    }

    /// How many events the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the store has no event.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The events matching `q`, in list order, or `None` when `q` filters on what the index
    /// does not hold (actor, place, text): the store must answer those.
    pub fn select<'a>(&'a self, q: &'a EventQuery) -> Option<impl Iterator<Item = &'a Entry> + 'a> {
        // The index keeps no modality: an `exclude` is answered by the store.
        if q.actor.is_some()
            || q.place.is_some()
            || q.q.as_deref().is_some_and(|t| !t.trim().is_empty())
            || !q.exclude.is_empty()
        {
            return None;
        }
        let from = q.from.map(|d| marsad_store::day_number(d.year, d.month, d.day));
        let to = q.to.map(|d| marsad_store::day_number(d.year, d.month, d.day));
        Some(self.entries.iter().filter(move |e| {
            if !q.types.is_empty() && !q.types.contains(&e.kind) {
                return false;
            }
            if from.is_some() || to.is_some() {
                let Some((lo, hi)) = e.days else { return false };
                if from.is_some_and(|f| hi < f) || to.is_some_and(|t| lo > t) {
                    return false;
                }
            }
            if let Some(b) = q.bbox {
                let Some((lat, lon)) = e.at else { return false };
                if !b.contains(lat, lon) {
                    return false;
                }
            }
            true
        }))
    }

    /// The located events matching `q` as map points, or `None` as for [`MapIndex::select`].
    pub fn points(&self, q: &EventQuery) -> Option<Vec<MapPoint>> {
        Some(
            self.select(q)?
                .filter_map(|e| {
                    let (lat, lon) = e.at?;
                    Some(MapPoint {
                        id: e.id.to_string(),
                        kind: e.kind,
                        lat,
                        lon,
                        day: e.days.map(|(lo, _)| lo),
                        precision: e.precision,
                    })
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::BBox;
    use crate::day::Day;

    fn e(id: i64, kind: EventType, at: Option<(f64, f64)>, date: Option<DateValue>) -> Entry {
        Entry {
            id,
            kind,
            at,
            days: date.as_ref().and_then(day_bounds),
            precision: date.map(|d| d.precision).unwrap_or(Precision::Unknown),
        }
    }

    fn index() -> MapIndex {
        let month = DateValue { value: Some("2024-07".into()), precision: Precision::Month };
        let mut entries = vec![
            e(1, EventType::Assault, Some((35.9, 36.6)), Some(DateValue::day(2024, 7, 22))),
            e(2, EventType::Consult, Some((51.1, 71.4)), Some(DateValue::day(2024, 8, 2))),
            e(3, EventType::Assault, None, None),
            e(4, EventType::Coerce, Some((36.2, 37.1)), Some(month)),
            e(5, EventType::Assault, Some((36.2, 37.1)), Some(DateValue::day(2024, 7, 22))),
        ];
        entries.sort_by(newest_first);
        MapIndex { up_to: 1, entries }
    }

    fn ids(index: &MapIndex, q: &EventQuery) -> Vec<i64> {
        index.select(q).unwrap().map(|e| e.id).collect()
    }

    #[test]
    fn order_is_the_store_list_order() {
        assert_eq!(ids(&index(), &EventQuery::default()), vec![2, 5, 1, 4, 3]);
    }

    #[test]
    fn filters_follow_the_store() {
        let index = index();
        let day = |s| Day::parse(s);
        let cases: [(EventQuery, Vec<i64>); 5] = [
            (
                EventQuery { types: vec![EventType::Assault, EventType::Coerce], ..Default::default() },
                vec![5, 1, 4, 3],
            ),
            // A month overlaps a day range inside it; undated events drop out.
            (EventQuery { from: day("2024-07-31"), ..Default::default() }, vec![2, 4]),
            (EventQuery { to: day("2024-07-01"), ..Default::default() }, vec![4]),
            (
                EventQuery {
                    bbox: Some(BBox { west: 35.5, south: 32.0, east: 42.5, north: 37.5 }),
                    ..Default::default()
                },
                vec![5, 1, 4],
            ),
            (
                EventQuery { from: day("2024-07-22"), to: day("2024-07-22"), ..Default::default() },
                vec![5, 1, 4],
            ),
        ];
        for (q, expected) in cases {
            assert_eq!(ids(&index, &q), expected, "{q:?}");
        }
        assert!(index.select(&EventQuery { actor: Some("TUR-MIL".into()), ..Default::default() }).is_none());
        assert!(index.select(&EventQuery { q: Some("قصف".into()), ..Default::default() }).is_none());
    }

    #[test]
    fn points_are_located_entries_with_their_first_day() {
        let points = index().points(&EventQuery::default()).unwrap();
        assert_eq!(points.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["2", "5", "1", "4"]);
        assert_eq!(points[3].day, Some(marsad_store::day_number(2024, 7, 1)));
        assert_eq!(points[3].precision, Precision::Month);
    }

    fn record(id: i64, kind: EventType, date: DateValue) -> EventRecord {
        EventRecord {
            id,
            kind,
            mode: None,
            date: Some(date),
            place: Some(marsad_store::PlaceRef {
                id: "place:x".into(),
                name_en: "X".into(),
                lat: Some(36.0),
                lon: Some(37.0),
                precision: None,
            }),
            source: vec![],
            target: vec![],
            negated: false,
            reported_as: marsad_model::ReportedAs::Fact,
            historical: false,
            confidence: 1.0,
            names: Default::default(),
            kinds: Default::default(),
            sources: vec![],
        }
    }

    #[test]
    fn added_events_replace_their_old_entry_and_keep_the_order() {
        let mut index = index();
        // Event 3 was undated; a new report dates it, and event 6 is new.
        let refreshed = [
            record(3, EventType::Assault, DateValue::day(2025, 1, 1)),
            record(6, EventType::Aid, DateValue::day(2024, 7, 23)),
        ];
        index.add_events(&refreshed, 7);
        assert_eq!(ids(&index, &EventQuery::default()), vec![3, 2, 6, 5, 1, 4]);
        assert_eq!((index.len(), index.up_to), (6, 7));
        assert_eq!(
            index.points(&EventQuery::default()).unwrap()[0].day,
            Some(marsad_store::day_number(2025, 1, 1))
        );
    }
}
