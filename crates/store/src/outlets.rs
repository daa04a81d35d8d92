//! How far from the events an outlet writes: ACLED's `source_scale`, from `data/outlet_scale.tsv`.
//!
//! The table is compiled in; an outlet it does not list has no scale, and the CSV leaves the
//! column empty rather than guess.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/outlet_scale.tsv");

/// ACLED's source scale of an outlet, for events in Syria.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceScale {
    /// A Syrian outlet.
    National,
    /// An outlet of another Middle East / North Africa country, or a pan-Arab one.
    Regional,
    /// A broadcaster or agency serving a world audience.
    International,
}

impl SourceScale {
    /// ACLED's spelling (`National`, `Regional`, `International`).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceScale::National => "National",
            SourceScale::Regional => "Regional",
            SourceScale::International => "International",
        }
    }

    fn parse(s: &str) -> Option<SourceScale> {
        match s {
            "national" => Some(SourceScale::National),
            "regional" => Some(SourceScale::Regional),
            "international" => Some(SourceScale::International),
            _ => None,
        }
    }
}

fn key(outlet: &str) -> String {
    outlet.trim().to_lowercase()
}

/// Outlet name and aliases (lower-cased) → scale. A malformed line of the shipped table is a
/// build defect caught by the test below, so it is skipped here rather than failing exports.
fn table() -> &'static HashMap<String, SourceScale> {
    static TABLE_MAP: OnceLock<HashMap<String, SourceScale>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(name), Some(scale)) = (cols.get(1), cols.get(2).and_then(|s| SourceScale::parse(s)))
            else {
                continue;
            };
            map.insert(key(name), scale);
            for alias in cols.get(3).into_iter().flat_map(|a| a.split('|')).filter(|a| !a.trim().is_empty()) {
                map.insert(key(alias), scale);
            }
        }
        map
    })
}

/// The scale of an outlet, when the table lists it.
pub fn source_scale(outlet: &str) -> Option<SourceScale> {
    table().get(&key(outlet)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_parses_with_a_unique_id() {
        let mut ids = std::collections::HashSet::new();
        let rows: Vec<&str> = TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
        assert_eq!(rows[0], "id\toutlet\tscale\taliases");
        for line in &rows[1..] {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "{line}");
            assert!(ids.insert(cols[0]), "duplicate id {}", cols[0]);
            assert!(SourceScale::parse(cols[2]).is_some(), "{line}");
        }
    }

    #[test]
    fn corpus_outlets_have_their_scale() {
        assert_eq!(source_scale("Sky News Arabia"), Some(SourceScale::Regional));
        assert_eq!(source_scale("BBC Arabic"), Some(SourceScale::International));
        assert_eq!(source_scale(" enab baladi "), Some(SourceScale::National));
        assert_eq!(source_scale("عنب بلدي"), Some(SourceScale::National));
        assert_eq!(source_scale("Some Blog"), None);
    }
}
