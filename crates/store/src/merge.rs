//! Cross-outlet event merge: when two reports describe one happening.
//!
//! Two coded events are the same happening when all of these hold:
//!
//! 1. Same PLOVER type and same polarity (a denial never merges with the claim it denies).
//! 2. Both are dated and their day windows overlap. The window is the date's own bounds widened
//!    by a tolerance that depends on precision ([`tolerance_days`]): a day-precise date ±1 day
//!    (outlets in different time zones, "yesterday" read on the next morning), a range ±2 days,
//!    a month or year by nothing (their bounds are already wide). A year-precise date alone is too
//!    vague to merge on: it merges only with an event at the same place id.
//! 3. Actors are compatible: for the source side and for the target side, when both events name
//!    actors, the sets share one; and the events share at least one actor or their place id.
//! 4. Places are compatible: when both are located, they are at most [`MAX_DISTANCE_KM`] apart
//!    ([`MAX_DISTANCE_COARSE_KM`] when either is a governorate, region or country); when both name
//!    a place id but neither has coordinates, the ids are equal; when one has no place, it does not
//!    block the merge.
//!
//! A historical recap ("the patrols that began in 2019") is coded with the recap's date, so it
//! merges into the known event by the same rules rather than creating a new one.

use marsad_model::{EventType, Precision};

/// Distance in km within which two located events can be one happening.
pub const MAX_DISTANCE_KM: f64 = 25.0;
/// The same, when either place is only known at governorate, region or country level.
pub const MAX_DISTANCE_COARSE_KM: f64 = 75.0;

/// What the merge compares of an event.
#[derive(Clone, Debug, PartialEq)]
pub struct EventKey {
    /// PLOVER type.
    pub kind: EventType,
    /// The text says it did not happen.
    pub negated: bool,
    /// Day-number bounds of the date, when dated.
    pub days: Option<(i64, i64)>,
    /// How precise the date is.
    pub precision: Precision,
    /// The place id.
    pub place: Option<String>,
    /// Its coordinates.
    pub coords: Option<(f64, f64)>,
    /// Its geographic precision (`village`, `governorate`, …).
    pub geo_precision: Option<String>,
    /// Source actor ids.
    pub source: Vec<String>,
    /// Target actor ids.
    pub target: Vec<String>,
}

/// Days a date window is widened by on each side, by precision.
pub fn tolerance_days(precision: Precision) -> i64 {
    match precision {
        Precision::Day => 1,
        Precision::Range => 2,
        _ => 0,
    }
}

/// The widened day window of a key, or `None` when undated.
pub fn window(key: &EventKey) -> Option<(i64, i64)> {
    let (lo, hi) = key.days?;
    let t = tolerance_days(key.precision);
    Some((lo - t, hi + t))
}

/// Great-circle distance in km.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn coarse(p: &Option<String>) -> bool {
    matches!(p.as_deref(), Some("governorate" | "region" | "country"))
}

fn shares(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.contains(x))
}

/// How well `new` matches the known event `known`: `None` when they are different happenings,
/// else a score (higher is a better match) used to choose among several candidates.
pub fn match_score(known: &EventKey, new: &EventKey) -> Option<u32> {
    if known.kind != new.kind || known.negated != new.negated {
        return None;
    }
    let (a, b) = (window(known)?, window(new)?);
    if a.0 > b.1 || b.0 > a.1 {
        return None;
    }
    let same_place = known.place.is_some() && known.place == new.place;
    if (known.precision == Precision::Year || new.precision == Precision::Year) && !same_place {
        return None;
    }
    for (x, y) in [(&known.source, &new.source), (&known.target, &new.target)] {
        if !x.is_empty() && !y.is_empty() && !shares(x, y) {
            return None;
        }
    }
    let actor_overlap = shares(&known.source, &new.source) || shares(&known.target, &new.target);
    if !actor_overlap && !same_place {
        return None;
    }
    match (known.coords, new.coords) {
        (Some(p), Some(q)) => {
            let max = if coarse(&known.geo_precision) || coarse(&new.geo_precision) {
                MAX_DISTANCE_COARSE_KM
            } else {
                MAX_DISTANCE_KM
            };
            if haversine_km(p, q) > max {
                return None;
            }
        }
        _ => {
            if known.place.is_some() && new.place.is_some() && !same_place {
                return None;
            }
        }
    }
    let mut score = 1;
    score += 4 * u32::from(same_place);
    score += 2 * known.source.iter().filter(|x| new.source.contains(x)).count() as u32;
    score += 2 * known.target.iter().filter(|x| new.target.contains(x)).count() as u32;
    score += u32::from(known.precision == new.precision);
    Some(score)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::days::day_number;

    fn key(
        kind: EventType,
        day: (i32, u8, u8),
        place: Option<(&str, f64, f64)>,
        src: &[&str],
        tgt: &[&str],
    ) -> EventKey {
        let d = day_number(day.0, day.1, day.2);
        EventKey {
            kind,
            negated: false,
            days: Some((d, d)),
            precision: Precision::Day,
            place: place.map(|p| p.0.to_string()),
            coords: place.map(|p| (p.1, p.2)),
            geo_precision: Some("village".into()),
            source: src.iter().map(|s| s.to_string()).collect(),
            target: tgt.iter().map(|s| s.to_string()).collect(),
        }
    }

    const SARAQIB: (&str, f64, f64) = ("place:saraqib", 35.86, 36.80);
    const IDLIB: (&str, f64, f64) = ("place:idlib", 35.93, 36.63);
    const DARBASIYAH: (&str, f64, f64) = ("place:darbasiyah", 37.07, 40.65);

    #[test]
    fn same_strike_told_by_two_outlets_merges() {
        let a = key(EventType::Assault, (2024, 7, 22), Some(SARAQIB), &["RUS-MIL"], &[]);
        // the second outlet reads "yesterday" a day later and names the nearby city.
        let b = key(EventType::Assault, (2024, 7, 23), Some(IDLIB), &["RUS-MIL"], &["HTS"]);
        assert!(match_score(&a, &b).is_some());
    }

    #[test]
    fn different_type_place_date_or_actors_do_not_merge() {
        let a = key(EventType::Cooperate, (2024, 7, 22), Some(DARBASIYAH), &["RUS-MIL", "TUR-MIL"], &[]);
        let far = key(EventType::Cooperate, (2024, 7, 22), Some(SARAQIB), &["RUS-MIL"], &[]);
        let late = key(EventType::Cooperate, (2024, 7, 26), Some(DARBASIYAH), &["RUS-MIL"], &[]);
        let other_type = key(EventType::Assault, (2024, 7, 22), Some(DARBASIYAH), &["RUS-MIL"], &[]);
        let other_actor = key(EventType::Cooperate, (2024, 7, 22), Some(DARBASIYAH), &["USA-MIL"], &[]);
        assert_eq!(match_score(&a, &far), None, "Saraqib is 350 km away");
        assert_eq!(match_score(&a, &late), None);
        assert_eq!(match_score(&a, &other_type), None);
        assert_eq!(match_score(&a, &other_actor), None);
        let mut denied = a.clone();
        denied.negated = true;
        assert_eq!(match_score(&a, &denied), None);
    }

    #[test]
    fn month_precision_recap_links_to_day_event_in_that_month() {
        let known = key(EventType::Cooperate, (2019, 11, 1), Some(DARBASIYAH), &["RUS-MIL", "TUR-MIL"], &[]);
        let mut recap = key(EventType::Cooperate, (2019, 11, 1), Some(DARBASIYAH), &["TUR-MIL"], &[]);
        recap.days = Some((day_number(2019, 11, 1), day_number(2019, 11, 30)));
        recap.precision = Precision::Month;
        assert!(match_score(&known, &recap).is_some());
        recap.precision = Precision::Year;
        recap.days = Some((day_number(2019, 1, 1), day_number(2019, 12, 31)));
        assert!(match_score(&known, &recap).is_some(), "same place id: a year recap still links");
        recap.place = None;
        recap.coords = None;
        assert_eq!(match_score(&known, &recap), None, "a year and no place is too vague");
    }

    #[test]
    fn haversine_is_sane() {
        let d = haversine_km((SARAQIB.1, SARAQIB.2), (IDLIB.1, IDLIB.2));
        assert!((15.0..20.0).contains(&d), "{d}");
    }
}
