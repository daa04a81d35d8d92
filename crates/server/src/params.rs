//! Query-string parameters of the read endpoints, checked into typed queries.
//!
//! Every rejection names the parameter and what was expected, so a client can
//! fix its request from the message alone.

use marsad_model::EventType;
use marsad_store::Exclude;

use crate::backend::{BBox, EventQuery};
use crate::day::Day;

/// Page size when none is asked for.
pub const DEFAULT_LIMIT: usize = 50;
/// Largest page a client may ask for.
pub const MAX_LIMIT: usize = 1000;
/// Largest `offset` (and export `limit`): what the store counts to (SQLite's i64).
pub const MAX_OFFSET: usize = i64::MAX as usize;
/// Longest text query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;

const EVENT_PARAMS: [&str; 10] =
    ["from", "to", "type", "actor", "place", "bbox", "q", "exclude", "offset", "limit"];

/// `/api/points` takes the filters of `/api/events` but not its paging: it answers every located
/// event (a `limit` it would ignore is refused, not silently dropped).
const POINT_PARAMS: [&str; 8] = ["from", "to", "type", "actor", "place", "bbox", "q", "exclude"];

/// `/api/search` takes the filters of `/api/events` but `exclude` (about events, not articles).
const SEARCH_PARAMS: [&str; 9] = ["q", "from", "to", "type", "actor", "place", "bbox", "offset", "limit"];

/// Page size of a search when none is asked for.
pub const SEARCH_DEFAULT_LIMIT: usize = 20;
/// Largest page of a search.
pub const SEARCH_MAX_LIMIT: usize = 100;

/// Builds the query of a page of events (`/api/events`, `/api/points`) from `key=value` pairs:
/// `limit` is 50 unless asked, at most 1000.
pub fn event_query(pairs: &[(String, String)]) -> Result<EventQuery, String> {
    read_event_query(pairs, Listing::Page)
}

/// Builds the query of the map's points (`/api/points`): the filters of `/api/events`, no paging.
pub fn points_query(pairs: &[(String, String)]) -> Result<EventQuery, String> {
    read_event_query(pairs, Listing::Points)
}

/// Builds the query of an export (`/api/export.*`) from `key=value` pairs: every matching event
/// unless `limit` is given, after the first `offset`, as `marsad events --offset --limit` writes them.
pub fn export_query(pairs: &[(String, String)]) -> Result<EventQuery, String> {
    read_event_query(pairs, Listing::Export)
}

/// What `offset` and `limit` page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Listing {
    /// A page of the desk's list: `limit` 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] unless asked.
    Page,
    /// A file: every event unless `limit` is asked (0 writes only the header, as the CLI does).
    Export,
    /// Every located event, for the map (`/api/points`): no `offset` or `limit`.
    Points,
    /// Articles found by `/api/search`: `limit` 0 (only the count) to [`SEARCH_MAX_LIMIT`],
    /// [`SEARCH_DEFAULT_LIMIT`] unless asked.
    Search,
}

fn read_event_query(pairs: &[(String, String)], listing: Listing) -> Result<EventQuery, String> {
    let limit = match listing {
        Listing::Page => DEFAULT_LIMIT,
        Listing::Export => usize::MAX,
        Listing::Search => SEARCH_DEFAULT_LIMIT,
        Listing::Points => usize::MAX,
    };
    let known: &[&str] = match listing {
        Listing::Search => &SEARCH_PARAMS,
        Listing::Points => &POINT_PARAMS,
        Listing::Page | Listing::Export => &EVENT_PARAMS,
    };
    let mut q = EventQuery { limit, ..EventQuery::default() };
    let mut seen = Vec::new();
    for (key, value) in pairs {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        // `type` and `exclude` add up; any other filter given twice would keep only its last value.
        if !["type", "exclude"].contains(&key.as_str()) {
            once(key, &mut seen)?;
        }
        if !known.contains(&key.as_str()) {
            return Err(unknown(key, known));
        }
        match key.as_str() {
            "from" => q.from = Some(period(key, value)?.0),
            "to" => q.to = Some(period(key, value)?.1),
            "type" => {
                for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    let kind = EventType::parse(name).ok_or_else(|| {
                        format!("unknown event type '{name}' in 'type' (expected PLOVER names such as ASSAULT, CONSULT)")
                    })?;
                    if !q.types.contains(&kind) {
                        q.types.push(kind);
                    }
                }
            }
            "actor" => q.actor = Some(value.to_string()),
            "place" => q.place = Some(value.to_string()),
            "bbox" => q.bbox = Some(bbox(value)?),
            "q" => q.q = Some(text_query(value)?),
            // `exclude=historical&exclude=negated` excludes both, as `exclude=historical,negated`.
            "exclude" => {
                let more = Exclude::parse(value).map_err(|e| format!("bad 'exclude': {e}"))?;
                q.exclude = q.exclude.and(more);
            }
            "offset" => q.offset = number(key, value, MAX_OFFSET)?,
            "limit" if listing == Listing::Export => q.limit = number(key, value, MAX_OFFSET)?,
            "limit" if listing == Listing::Search => q.limit = number(key, value, SEARCH_MAX_LIMIT)?,
            "limit" => {
                q.limit = number(key, value, MAX_LIMIT)?;
                if q.limit == 0 {
                    return Err("'limit' must be at least 1".into());
                }
            }
            other => return Err(unknown(other, known)),
        }
    }
    if let (Some(from), Some(to)) = (q.from, q.to) {
        if from > to {
            return Err(format!("'from' ({from}) is after 'to' ({to})"));
        }
    }
    Ok(q)
}

/// Reads `/api/search`: `q` (required; empty finds nothing, as `marsad search ''` does), the
/// filters of `/api/events` but `exclude`, read by the same code, `offset` and `limit`
/// (`limit=0` asks only for the count, as `marsad search --limit 0` does).
pub fn search_query(pairs: &[(String, String)]) -> Result<EventQuery, String> {
    if !pairs.iter().any(|(key, _)| key == "q") {
        return Err("missing search text: give it as 'q', e.g. /api/search?q=دوريات".into());
    }
    read_event_query(pairs, Listing::Search)
}

/// The first and last day of `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, read as `marsad events --from/--to` reads
/// them: `from=2024-07` starts on the 1st, `to=2024-07` ends on the 31st.
fn period(key: &str, value: &str) -> Result<(Day, Day), String> {
    Day::period(value).ok_or_else(|| {
        format!("bad date '{value}' in '{key}' (expected YYYY-MM-DD, YYYY-MM or YYYY, a real month and day)")
    })
}

fn number(key: &str, value: &str, max: usize) -> Result<usize, String> {
    let too_big = || format!("'{key}' must be at most {max}, got {value}");
    // A number too large even for usize is too large, not "not a number".
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) && value.parse::<usize>().is_err() {
        return Err(too_big());
    }
    let n: usize = value.parse().map_err(|_| format!("'{key}' must be a whole number, got '{value}'"))?;
    if n > max {
        return Err(too_big());
    }
    Ok(n)
}

fn bbox(value: &str) -> Result<BBox, String> {
    let bad = || format!("bad 'bbox' '{value}' (expected west,south,east,north in degrees)");
    let parts: Vec<f64> =
        value.split(',').map(|p| p.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|_| bad())?;
    let [west, south, east, north] = parts[..] else { return Err(bad()) };
    let sane = parts.iter().all(|v| v.is_finite())
        && (-180.0..=180.0).contains(&west)
        && (-180.0..=180.0).contains(&east)
        && (-90.0..=90.0).contains(&south)
        && (-90.0..=90.0).contains(&north)
        && west <= east
        && south <= north;
    if !sane {
        return Err(bad());
    }
    Ok(BBox { west, south, east, north })
}

fn text_query(value: &str) -> Result<String, String> {
    if value.chars().count() > MAX_QUERY_CHARS {
        return Err(format!("'q' is longer than {MAX_QUERY_CHARS} characters"));
    }
    Ok(value.to_string())
}

/// Refuses a parameter that takes one value and is given again (`actor=TUR-MIL&actor=SDF` listed
/// SDF's events alone, as if TUR-MIL had not been asked).
fn once<'a>(key: &'a str, seen: &mut Vec<&'a str>) -> Result<(), String> {
    if seen.contains(&key) {
        return Err(format!("'{key}' is given twice: it takes one value"));
    }
    seen.push(key);
    Ok(())
}

fn unknown(key: &str, known: &[&str]) -> String {
    format!("unknown parameter '{key}' (known: {})", known.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn event_query_reads_every_filter() {
        let q = event_query(&pairs(&[
            ("from", "2024-07-01"),
            ("to", "2024-07-31"),
            ("type", "assault,CONSULT,ASSAULT"),
            ("actor", "TUR-MIL"),
            ("place", "place:saraqib"),
            ("bbox", "35.5,32.0,42.5,37.5"),
            ("q", "دوريات مشتركة"),
            ("exclude", "historical, negated"),
            ("offset", "100"),
            ("limit", "100"),
        ]))
        .unwrap();
        assert_eq!(q.types, vec![EventType::Assault, EventType::Consult]);
        assert_eq!(q.from.unwrap().to_string(), "2024-07-01");
        // A month or a year, as the CLI takes them: `to` ends with its last day.
        let months = event_query(&pairs(&[("from", "2024-02"), ("to", "2024")])).unwrap();
        let bounds = (months.from.unwrap().to_string(), months.to.unwrap().to_string());
        assert_eq!(bounds, ("2024-02-01".into(), "2024-12-31".into()));
        assert_eq!(q.bbox.unwrap().north, 37.5);
        assert_eq!((q.offset, q.limit), (100, 100));
        assert_eq!(q.q.as_deref(), Some("دوريات مشتركة"));
        assert!(q.exclude.historical && q.exclude.negated && !q.exclude.hypothetical);
    }

    #[test]
    fn event_query_rejects_with_a_message_naming_the_parameter() {
        let cases: [(&[(&str, &str)], &str); 12] = [
            (&[("from", "2024-13")], "bad date '2024-13' in 'from'"),
            (&[("to", "19")], "bad date '19' in 'to'"),
            (&[("from", "2024-02-30")], "bad date '2024-02-30' in 'from'"),
            (&[("to", "yesterday")], "bad date 'yesterday' in 'to'"),
            (&[("from", "2024-08-01"), ("to", "2024-07-01")], "is after 'to'"),
            (&[("type", "BOMB")], "unknown event type 'BOMB'"),
            (&[("bbox", "1,2,3")], "bad 'bbox'"),
            (&[("bbox", "40,30,35,37")], "bad 'bbox'"),
            (&[("limit", "5000")], "'limit' must be at most 1000"),
            (&[("offset", "18446744073709551615")], "'offset' must be at most 9223372036854775807"),
            (&[("colour", "red")], "unknown parameter 'colour'"),
            (&[("exclude", "rumour")], "bad 'exclude': unknown kind of event to exclude \"rumour\""),
        ];
        for (input, expected) in cases {
            let err = event_query(&pairs(input)).unwrap_err();
            assert!(err.contains(expected), "{input:?}: {err}");
        }
    }

    #[test]
    fn search_needs_text() {
        assert!(search_query(&pairs(&[])).unwrap_err().contains("missing search text"));
        let q = search_query(&pairs(&[("q", " قسد ")])).unwrap();
        assert_eq!((q.q.as_deref(), q.offset, q.limit), (Some("قسد"), 0, SEARCH_DEFAULT_LIMIT));
        // Empty text finds nothing, as `marsad search ''` does: no error.
        assert_eq!(search_query(&pairs(&[("q", "")])).unwrap().q, None);
    }

    #[test]
    fn search_pages_and_counts() {
        let page = search_query(&pairs(&[("q", "إدلب"), ("offset", "40"), ("limit", "20")])).unwrap();
        assert_eq!((page.offset, page.limit), (40, 20));
        let count = search_query(&pairs(&[("q", "إدلب"), ("limit", "0")])).unwrap();
        assert_eq!(count.limit, 0, "only the total");
        let err = search_query(&pairs(&[("q", "إدلب"), ("limit", "101")])).unwrap_err();
        assert!(err.contains("'limit' must be at most 100"), "{err}");
    }

    /// `/api/search?from=2015` was a 400 "unknown parameter 'from' (known: q, offset, limit)".
    #[test]
    fn search_takes_the_filters_of_events() {
        let q = search_query(&pairs(&[
            ("q", "إدلب"),
            ("from", "2015"),
            ("to", "2016-06"),
            ("type", "ASSAULT"),
            ("type", "CONSULT"),
            ("actor", "tur-mil"),
            ("place", "idlib"),
            ("bbox", "35.5,32.0,42.5,37.5"),
        ]))
        .unwrap();
        let bounds = (q.from.unwrap().to_string(), q.to.unwrap().to_string());
        assert_eq!(bounds, ("2015-01-01".into(), "2016-06-30".into()));
        assert_eq!(q.types, vec![EventType::Assault, EventType::Consult]);
        assert_eq!((q.actor.as_deref(), q.place.as_deref()), (Some("tur-mil"), Some("idlib")));
        assert!(q.bbox.is_some());
        for (key, value, message) in [
            ("from", "2015-13", "bad date '2015-13' in 'from'"),
            ("type", "BOMB", "unknown event type 'BOMB'"),
            ("exclude", "negated", "unknown parameter 'exclude'"),
        ] {
            let err = search_query(&pairs(&[("q", "إدلب"), (key, value)])).unwrap_err();
            assert!(err.contains(message), "{key}: {err}");
        }
    }

    /// An export is every event unless asked for fewer: the page's cap of 1000 made `limit=5000`
    /// a 400 although the export then ignored `limit` altogether.
    #[test]
    fn an_export_pages_only_when_asked() {
        let all = export_query(&pairs(&[])).unwrap();
        assert_eq!((all.offset, all.limit), (0, usize::MAX));
        let some = export_query(&pairs(&[("offset", "5"), ("limit", "5000")])).unwrap();
        assert_eq!((some.offset, some.limit), (5, 5000));
        assert_eq!(export_query(&pairs(&[("limit", "0")])).unwrap().limit, 0);
        let page = event_query(&pairs(&[])).unwrap();
        assert_eq!((page.offset, page.limit), (0, DEFAULT_LIMIT));
    }

    #[test]
    fn a_filter_of_one_value_given_twice_is_refused() {
        for key in ["actor", "place", "from", "to", "q", "offset", "limit", "bbox"] {
            let value = if key == "bbox" {
                "35.5,32.0,42.5,37.5"
            } else if key == "q" {
                "إدلب"
            } else {
                "1"
            };
            let value = if key == "from" || key == "to" { "2024" } else { value };
            let value = if key == "actor" || key == "place" { "SDF" } else { value };
            let err = event_query(&pairs(&[(key, value), (key, value)])).unwrap_err();
            assert_eq!(err, format!("'{key}' is given twice: it takes one value"));
        }
        let err = event_query(&pairs(&[("actor", "TUR-MIL"), ("actor", "SDF")])).unwrap_err();
        assert!(err.contains("'actor' is given twice"), "{err}");
        let err = search_query(&pairs(&[("q", "إدلب"), ("q", "حلب")])).unwrap_err();
        assert!(err.contains("'q' is given twice"), "{err}");
        // The lists add up.
        let q = event_query(&pairs(&[("type", "ASSAULT"), ("type", "CONSULT")])).unwrap();
        assert_eq!(q.types, vec![EventType::Assault, EventType::Consult]);
    }

    #[test]
    fn repeated_excludes_add_up() {
        let q = event_query(&pairs(&[("exclude", "historical"), ("exclude", "negated")])).unwrap();
        assert!(q.exclude.historical && q.exclude.negated, "{:?}", q.exclude);
        assert!(!q.exclude.hypothetical && !q.exclude.plan);
    }
}
