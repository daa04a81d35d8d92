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
//! - Each dated event's `reports` holds the dates of all its reports (as the merge placed them:
//!   their own date, else their article's publication day), so the date rule holds between a new
//!   report and every one of them ([`ReportDays`]). Loading derives it from `event_sources` (the
//!   report's own date, whether it is a recap) and `articles` (the publication date), the rows
//!   those dates were taken from, so a reopened store merges as the one that wrote them. (The
//!   article row's publication date is the analysis's, or the input's when the analysis has
//!   none: the pipeline always takes the input's, so the two agree.)
//! - Each dated event's `parties` holds the actors and place of each of its reports, so the actor
//!   and town rules hold between a new report and every one of them. Loading derives them from
//!   `event_sources` (the report's record and place) and the place's `entities` row.
//! - Undated events are never candidates (they have no window), so loading skips them.
//! - The store owns one `KnownEvents` per connection, built from the database when first needed
//!   and dropped whenever another connection has written (`PRAGMA data_version`) or a
//!   transaction using it failed, so it never disagrees with the committed rows.

use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use marsad_model::{DateValue, Event, EventType, Precision, ReportedAs};

use std::sync::Arc;

use crate::merge::{match_score, reports_compatible, same_sentence, EventKey, ReportDays, ReportParties};
use crate::places::PlaceTree;

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
    /// The dates of its reports, which a new report must all be close to.
    pub reports: ReportDays,
    /// Who acted on whom and where in each of its reports, which a new report must all agree with.
    pub parties: Vec<ReportParties>,
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
    /// Which places lie in which, for the town rule.
    places: Arc<PlaceTree>,
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
    /// An empty index whose next event id is `next_id`, where a place contains only itself.
    #[cfg(test)]
    pub fn new(next_id: i64) -> KnownEvents {
        KnownEvents { next_id, ..KnownEvents::default() }
    }

    /// The same, judging whether one town lies in another by `places`.
    pub fn with_places(next_id: i64, places: Arc<PlaceTree>) -> KnownEvents {
        KnownEvents { next_id, places, ..KnownEvents::default() }
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

    /// Adds the date of a stored report (`event_sources` row) of a loaded event, as the merge
    /// placed it (others are ignored).
    pub fn load_report(&mut self, event_id: i64, days: (i64, i64), precision: Precision) {
        if let Some(ev) = self.events.get_mut(&event_id) {
            ev.reports.add(days, precision);
        }
    }

    /// Adds the actors, place, article and whether it has its own date of a stored report
    /// (`event_sources` row) of a loaded event (others are ignored).
    pub fn load_parties(&mut self, event_id: i64, parties: ReportParties) {
        if let Some(ev) = self.events.get_mut(&event_id) {
            ev.parties.push(parties);
        }
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

    /// The event a new report (its key and its parties) merges into, if any (see the module
    /// invariants).
    pub fn find(&self, key: &EventKey, new: &ReportParties) -> Option<i64> {
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
        // (score, event id) of the best candidate, and of the best one holding a report of the
        // same article.
        let mut best: Option<(u32, i64)> = None;
        let mut best_of_article: Option<(u32, i64)> = None;
        let mut qualifying = 0;
        let days = key.days?;
        for id in candidates {
            let known = &self.events[&id];
            if known.key.negated != key.negated || !known.reports.admits(days, key.precision) {
                continue;
            }
            if !known.parties.iter().all(|r| reports_compatible(key.kind, r, new, &self.places)) {
                continue;
            }
            // An event of reports that have only their place (and another article's) is none
            // that another outlet's report can be sure to tell, unless it retells one's sentence.
            let same_article = known.parties.iter().any(|r| r.article == new.article);
            if !same_article
                && known.parties.iter().all(ReportParties::only_placed)
                && !known.parties.iter().any(|r| same_sentence(&r.words, &new.words))
            {
                continue;
            }
            if let Some(score) = match_score(&known.key, key) {
                qualifying += 1;
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, id));
                }
                if same_article && best_of_article.is_none_or(|(s, _)| score > s) {
                    best_of_article = Some((score, id));
                }
            }
        }
        if new.only_placed() {
            // Placed by its article's date and its place alone, it says nothing of who acted:
            // SOHR's "Duma was hit by at least 42 air raids" the week of the regime's raids, the
            // chemical attack and the US strikes there is none of them, but its article's other
            // sentence of those raids, or the one happening it could be.
            return best_of_article.or(best.filter(|_| qualifying == 1)).map(|b| b.1);
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
        let own_date = e.date.as_ref().is_some_and(|d| !d.is_unknown());
        let parties = ReportParties::of(&key, article_id, own_date, &e.evidence);
        let id = match self.find(&key, &parties) {
            Some(id) => {
                self.absorb(id, &key, parties, date, e);
                id
            }
            None => {
                let id = self.next_id;
                self.next_id += 1;
                self.events.insert(
                    id,
                    KnownEvent {
                        reports: key.days.map(|d| ReportDays::of(d, key.precision)).unwrap_or_default(),
                        parties: vec![parties],
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
    fn absorb(
        &mut self,
        id: i64,
        key: &EventKey,
        parties: ReportParties,
        date: Option<&DateValue>,
        e: &Event,
    ) {
        let ev = self.events.get_mut(&id).expect("a candidate is known");
        ev.parties.push(parties);
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
        // An event one outlet states and another only attributes or announces happened: `--exclude
        // plan` or `claim` must not drop it because the first report to arrive hedged.
        if certainty(e.reported_as) > certainty(ev.reported_as) {
            ev.reported_as = e.reported_as;
        }
        ev.confidence = ev.confidence.max(f64::from(e.confidence));
        if ev.mode.is_none() {
            ev.mode = e.mode.clone();
        }
        // The most precise place wins, as the most precise date does: a strike placed in "Syria" by
        // one outlet and in Afrin by another is mapped at Afrin (the merge already held them near).
        if key.place.is_some()
            && (ev.key.place.is_none()
                || geo_rank(key.geo_precision.as_deref()) > geo_rank(ev.key.geo_precision.as_deref()))
        {
            ev.key.place = key.place.clone();
            ev.key.coords = key.coords;
            ev.key.geo_precision = key.geo_precision.clone();
        }
        if let Some(days) = key.days {
            ev.reports.add(days, key.precision);
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
    #[cfg(test)]
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

/// How sure a report is that the event happened, for the event's own `reported_as`.
fn certainty(r: ReportedAs) -> u8 {
    match r {
        ReportedAs::Fact => 3,
        ReportedAs::Claim => 2,
        ReportedAs::Plan => 1,
        ReportedAs::Hypothetical => 0,
    }
}

/// How precise a place is, for refining an event's place (a village beats a district beats a
/// governorate …; unknown precision ranks lowest).
fn geo_rank(p: Option<&str>) -> u8 {
    match p {
        Some("point" | "village") => 5,
        Some("road" | "district") => 4,
        Some("governorate") => 3,
        Some("region") => 2,
        Some("country") => 1,
        _ => 0,
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

#[cfg(test)]
mod tests {
    use marsad_model::{ReportedAs, Span};

    use super::*;
    use crate::days::day_number;

    /// A report of `kind` by `source` at `place`, on a day of March 2018.
    fn report(kind: EventType, day: u8, place: &str, source: &str) -> (EventKey, DateValue, Event) {
        let date = DateValue::day(2018, 3, day);
        let d = day_number(2018, 3, day);
        let key = EventKey {
            kind,
            negated: false,
            days: Some((d, d)),
            precision: Precision::Day,
            place: Some(place.into()),
            coords: None,
            geo_precision: None,
            source: vec![source.into()],
            target: vec![],
        };
        let event = Event {
            id: "e1".into(),
            kind,
            mode: None,
            source: vec![source.into()],
            target: vec![],
            place: Some(place.into()),
            places: vec![],
            date: Some(date.clone()),
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            evidence: String::new(),
            span: Span::new(0, 0),
            trigger: Span::new(0, 0),
            rule: "TEST".into(),
            also: vec![],
            confidence: 0.8,
        };
        (key, date, event)
    }

    /// The events `days` make in that order (each a list of the days of its reports).
    fn merged(reports: &[(EventKey, DateValue, Event)], order: &[usize]) -> Vec<Vec<u8>> {
        let mut known = KnownEvents::new(1);
        let mut events: std::collections::BTreeMap<i64, Vec<u8>> = Default::default();
        for (article, &i) in order.iter().enumerate() {
            let (key, date, e) = &reports[i];
            let (id, _) = known.merge(article as i64 + 1, key.clone(), Some(date), e);
            let day = date.value.as_deref().unwrap()[8..].parse().unwrap();
            events.entry(id).or_default().push(day);
        }
        let mut v: Vec<Vec<u8>> = events
            .into_values()
            .map(|mut d| {
                d.sort();
                d
            })
            .collect();
        v.sort();
        v
    }

    /// The reviewer's Afrin case: shelling on the 16th, the entry on the 18th, an operation on the
    /// 19th, each once chained into one ASSAULT as the event's date moved.
    #[test]
    fn reports_of_the_16th_18th_and_19th_are_not_one_event_in_any_order() {
        let reports = [16, 18, 19].map(|d| report(EventType::Assault, d, "place:afrin", "TUR-MIL"));
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            assert_eq!(merged(&reports, &order), [vec![16], vec![18, 19]], "{order:?}");
        }
    }

    #[test]
    fn two_outlets_one_day_apart_still_merge() {
        let reports = [
            report(EventType::Assault, 22, "place:saraqib", "RUS-MIL"),
            report(EventType::Assault, 23, "place:saraqib", "RUS-MIL"),
            report(EventType::Assault, 23, "place:saraqib", "RUS-MIL"),
        ];
        assert_eq!(merged(&reports, &[0, 1, 2]), [vec![22, 23, 23]]);
        assert_eq!(merged(&reports, &[1, 0, 2]), [vec![22, 23, 23]]);
    }

    /// The 17th makes the event (its date stays the 17th), the 16th joins; the 18th is a day from
    /// the event's date but two from the 16th: every two reports are held to the rule.
    #[test]
    fn a_report_must_be_close_to_every_report_not_only_the_event_date() {
        let reports = [16, 17, 18].map(|d| report(EventType::Assault, d, "place:afrin", "TUR-MIL"));
        assert_eq!(merged(&reports, &[1, 0, 2]), [vec![16, 17], vec![18]]);
        assert_eq!(merged(&reports, &[1, 2, 0]), [vec![16], vec![17, 18]]);
    }

    /// A month-precise report makes the event; the 16th refines its date, the 17th joins; the
    /// 18th is a day from the event's date but two from the 16th, and starts an event of its own.
    #[test]
    fn a_day_event_holds_two_consecutive_days_however_its_date_moved() {
        let mut recap = report(EventType::Assault, 1, "place:afrin", "TUR-MIL");
        recap.0.days = Some((day_number(2018, 3, 1), day_number(2018, 3, 31)));
        recap.0.precision = Precision::Month;
        recap.1 = DateValue::month(2018, 3);
        let mut known = KnownEvents::new(1);
        let (first, _) = known.merge(1, recap.0.clone(), Some(&recap.1), &recap.2);
        let mut ids = Vec::new();
        for day in [16, 17, 18] {
            let (key, date, e) = report(EventType::Assault, day, "place:afrin", "TUR-MIL");
            ids.push(known.merge(day.into(), key, Some(&date), &e).0);
        }
        assert_eq!(ids[..2], [first, first]);
        assert_ne!(ids[2], first);
        assert_eq!(known.get(first).unwrap().key.days.map(|d| d.0), Some(day_number(2018, 3, 16)));
    }

    /// The reviewer's chain: Turkey–Russia, Russia–Iran, Iran–Qatar agreements of one day became
    /// one event through the union of its actors, Iran–Qatar joining through Iran although it
    /// shares no party with Turkey–Russia. In any order, each is its own event; a second report
    /// of Turkey–Russia's still joins it.
    #[test]
    fn every_report_of_an_event_shares_the_actors_of_a_new_one() {
        let agreement = |parties: [&str; 2]| {
            let (mut key, date, mut e) = report(EventType::Agree, 1, "place:none", parties[0]);
            key.place = None;
            e.place = None;
            key.source = parties.map(String::from).to_vec();
            key.target = key.source.clone();
            (e.source, e.target) = (key.source.clone(), key.target.clone());
            (key, date, e)
        };
        let reports = [
            agreement(["TUR", "RUS"]),
            agreement(["RUS", "IRN"]),
            agreement(["IRN", "QAT"]),
            agreement(["RUS", "TUR"]),
        ];
        for order in [[0, 1, 2, 3], [2, 1, 0, 3], [1, 3, 0, 2], [3, 2, 1, 0]] {
            let events = merged(&reports, &order);
            assert_eq!(events.len(), 3, "{order:?}: {events:?}");
        }
    }

    /// The reviewer's towns: two outlets, the same Thursday, shelling of
    /// Kafranbel and of Khan Shaykhun, 20 km apart: two events, wherever the first one is mapped;
    /// a report of the shelling of their governorate joins the first.
    #[test]
    fn shelling_of_two_towns_is_two_events() {
        let tree = PlaceTree::new([
            ("place:kafranbel".to_string(), vec!["place:idlib-governorate".to_string()]),
            ("place:khan-shaykhun".to_string(), vec!["place:idlib-governorate".to_string()]),
        ]);
        let mut known = KnownEvents::with_places(1, Arc::new(tree));
        let mut ids = Vec::new();
        for (place, precision, coords) in [
            ("place:kafranbel", "village", (35.61, 36.56)),
            ("place:khan-shaykhun", "village", (35.44, 36.65)),
            ("place:idlib-governorate", "governorate", (35.93, 36.63)),
        ] {
            let (mut key, date, e) = report(EventType::Assault, 8, place, "SYR-MIL");
            (key.geo_precision, key.coords) = (Some(precision.into()), Some(coords));
            ids.push(known.merge(ids.len() as i64 + 1, key, Some(&date), &e).0);
        }
        assert_ne!(ids[0], ids[1]);
        assert_eq!(ids[2], ids[0]);
        assert_eq!(known.get(ids[0]).unwrap().key.place.as_deref(), Some("place:kafranbel"));
    }

    /// The reviewer's Duma week (s19): SOHR's «وقال المرصد السوري لحقوق الإنسان إن المدينة تعرضت
    /// لما لا يقل عن 42 غارة جوية.» (no date of its own, no actor) joined the US strikes at Duma.
    /// Among the regime's raids and the US strikes it is its own event, with its article's «وأضاف
    /// المرصد أن المدينة تعرضت لما لا يقل عن 42 ضربة جوية.»; where one event is all it can be, it
    /// joins it.
    #[test]
    fn a_report_with_no_actor_and_no_date_of_its_own_joins_only_an_unambiguous_event() {
        let raids = |article: i64| {
            let (mut key, date, mut e) = report(EventType::Assault, 6, "place:duma", "none");
            key.source.clear();
            e.source.clear();
            e.date = None;
            (article, key, date, e)
        };
        let strike = |article: i64, source: &str| {
            let (key, date, e) = report(EventType::Assault, 6, "place:duma", source);
            (article, key, date, e)
        };
        let mut known = KnownEvents::new(1);
        let mut ids = Vec::new();
        for (article, key, date, e) in [strike(1, "SYR-MIL"), strike(2, "USA"), raids(3), raids(3)] {
            ids.push(known.merge(article, key, Some(&date), &e).0);
        }
        assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 3, "{ids:?}");
        assert_eq!(ids[2], ids[3], "one article's two sentences");
        let mut known = KnownEvents::new(1);
        let (regime, ..) = strike(1, "SYR-MIL");
        let (key, date, e) = report(EventType::Assault, 6, "place:duma", "SYR-MIL");
        let first = known.merge(regime, key, Some(&date), &e).0;
        let (article, key, date, e) = raids(3);
        assert_eq!(known.merge(article, key, Some(&date), &e).0, first, "the one event it can be");
    }

    /// The event is as sure as its surest report and as precise as its most precise place: one
    /// outlet's plan and another's fact of the same strike is a fact, mapped where the second says.
    #[test]
    fn the_surest_report_and_the_finest_place_describe_the_event() {
        let mut known = KnownEvents::new(1);
        let (mut key, date, mut planned) = report(EventType::Assault, 10, "place:idlib", "RUS-MIL");
        (key.geo_precision, key.coords) = (Some("governorate".into()), Some((35.93, 36.63)));
        planned.reported_as = ReportedAs::Plan;
        let (id, _) = known.merge(1, key, Some(&date), &planned);
        let (mut key, date, done) = report(EventType::Assault, 10, "place:saraqib", "RUS-MIL");
        (key.geo_precision, key.coords) = (Some("village".into()), Some((35.86, 36.80)));
        let (same, _) = known.merge(2, key, Some(&date), &done);
        assert_eq!(same, id);
        let ev = known.get(id).unwrap();
        assert_eq!(ev.reported_as, ReportedAs::Fact);
        assert_eq!(ev.key.place.as_deref(), Some("place:saraqib"));
        // A later, vaguer report changes neither.
        let (mut key, date, mut hedged) = report(EventType::Assault, 10, "place:idlib", "RUS-MIL");
        (key.geo_precision, key.coords) = (Some("governorate".into()), Some((35.93, 36.63)));
        hedged.reported_as = ReportedAs::Claim;
        assert_eq!(known.merge(3, key, Some(&date), &hedged).0, id);
        let ev = known.get(id).unwrap();
        assert_eq!((ev.reported_as, ev.key.place.as_deref()), (ReportedAs::Fact, Some("place:saraqib")));
    }
}
