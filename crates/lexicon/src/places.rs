//! Place files (`data/places/*.tsv`, `data/places/*.toml`).
//!
//! - TSV (generated from GeoNames by `data/tools/`): `#` header lines, then a
//!   column line, then one place a line; see [`TSV_COLUMNS`].
//! - TOML (curated): `[[place]]` entries for what GeoNames lacks (roads with a
//!   line, crossings, bases, zones, governorates, foreign cities) and
//!   `[[extend]]` entries that add aliases or flags to a place defined
//!   elsewhere (usually a generated GeoNames row), so generated files are
//!   never edited by hand.

use marsad_model::{Entity, EntityKind, GeoPrecision};
use serde::Deserialize;
use toml::Spanned;

use crate::actors::line_of;
use crate::error::Problem;
use crate::fold::alias_key;
use crate::record::{AliasDef, Origin, Record, Rule, Sense};

/// The columns of a places TSV file, in order.
pub const TSV_COLUMNS: [&str; 12] = [
    "id",
    "name_en",
    "name_ar",
    "aliases",
    "kind",
    "lat",
    "lon",
    "population",
    "admin",
    "precision",
    "needs_evidence",
    "geonameid",
];

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PlaceFile {
    #[serde(default)]
    place: Vec<Spanned<PlaceEntry>>,
    #[serde(default)]
    extend: Vec<Spanned<ExtendEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceEntry {
    id: String,
    kind: String,
    name_en: String,
    #[serde(default)]
    name_ar: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
    /// `[[lat, lon], …]` for roads.
    #[serde(default)]
    line: Vec<[f64; 2]>,
    #[serde(default)]
    admin: Vec<String>,
    #[serde(default)]
    population: u64,
    precision: String,
    #[serde(default)]
    needs_evidence: bool,
    /// For a governorate: the id of its capital city.
    #[serde(default)]
    capital: Option<String>,
    /// The state the place lies in (`TUR`), for a place with no admin parent that says it.
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtendEntry {
    id: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    needs_evidence: Option<bool>,
    #[serde(default)]
    admin: Option<Vec<String>>,
    #[serde(default)]
    note: String,
}

/// An `[[extend]]` entry, applied after every file is read.
pub(crate) struct Extension {
    pub id: String,
    pub needs_evidence: Option<bool>,
    pub admin: Option<Vec<String>>,
    pub origin: Origin,
}

/// Parses a curated places TOML file.
pub(crate) fn parse_toml(
    file: &str,
    text: &str,
    records: &mut Vec<Record>,
    aliases: &mut Vec<AliasDef>,
    extensions: &mut Vec<Extension>,
    problems: &mut Vec<Problem>,
) {
    let parsed: PlaceFile = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
            let msg = e.message().to_lowercase();
            problems.push(Problem::new(file, line, format!("invalid places file: {msg}")));
            return;
        }
    };
    let shared: std::sync::Arc<str> = file.into();
    for p in parsed.place {
        let origin = Origin { file: shared.clone(), line: line_of(text, p.span().start) };
        let p = p.into_inner();
        let Some(precision) = parse_precision(&p.precision) else {
            problems.push(Problem::new(
                file,
                origin.line,
                format!("unknown precision `{}` for `{}`", p.precision, p.id),
            ));
            continue;
        };
        let line: Vec<(f64, f64)> = p.line.iter().map(|[a, b]| (*a, *b)).collect();
        let (lat, lon) = match (p.lat, p.lon) {
            (Some(a), Some(b)) => (Some(a), Some(b)),
            _ => line.get(line.len() / 2).map(|(a, b)| (Some(*a), Some(*b))).unwrap_or((None, None)),
        };
        let _ = &p.note;
        push_aliases(&p.id, &p.name_ar, p.aliases.iter().map(String::as_str), &origin, aliases);
        records.push(place_record(PlaceParts {
            id: p.id,
            name_en: p.name_en,
            name_ar: p.name_ar,
            kind: p.kind,
            lat,
            lon,
            line,
            admin: p.admin,
            population: p.population,
            precision,
            needs_evidence: p.needs_evidence,
            capital: p.capital,
            country: p.country,
            geonameid: None,
            origin,
        }));
    }
    for x in parsed.extend {
        let origin = Origin { file: shared.clone(), line: line_of(text, x.span().start) };
        let x = x.into_inner();
        let _ = &x.note;
        let entity: std::sync::Arc<str> = x.id.as_str().into();
        for (i, s) in x.aliases.iter().enumerate() {
            aliases.push(AliasDef {
                key: alias_key(s),
                surface: s.clone(),
                entity: entity.clone(),
                sense: Sense::Name,
                rule: Rule::Alias { tag: "extend", n: i as u32 + 1 },
                generated: false,
                origin: origin.clone(),
            });
        }
        extensions.push(Extension { id: x.id, needs_evidence: x.needs_evidence, admin: x.admin, origin });
    }
}

/// Parses a places TSV file (the generated GeoNames extract or an import).
pub(crate) fn parse_tsv(
    file: &str,
    text: &str,
    records: &mut Vec<Record>,
    aliases: &mut Vec<AliasDef>,
    problems: &mut Vec<Problem>,
) {
    let rows = text.bytes().filter(|&b| b == b'\n').count() + 1;
    records.reserve(rows);
    aliases.reserve(2 * rows);
    let mut columns_seen = false;
    let shared: std::sync::Arc<str> = file.into();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        if raw.starts_with('#') || raw.trim().is_empty() {
            continue;
        }
        // A fixed array, not a Vec: a gazetteer has a hundred thousand rows.
        let mut cols = [""; TSV_COLUMNS.len()];
        let mut found = 0;
        for (slot, col) in raw.split('\t').enumerate() {
            if let Some(c) = cols.get_mut(slot) {
                *c = col;
            }
            found += 1;
        }
        if !columns_seen {
            columns_seen = true;
            if found != TSV_COLUMNS.len() || cols != TSV_COLUMNS {
                problems.push(Problem::new(
                    file,
                    n,
                    format!("column line must be `{}`, found `{}`", TSV_COLUMNS.join("\\t"), raw),
                ));
                return;
            }
            continue;
        }
        if found != TSV_COLUMNS.len() {
            problems.push(Problem::new(
                file,
                n,
                format!("expected {} tab-separated columns, found {found}", TSV_COLUMNS.len()),
            ));
            continue;
        }
        let origin = Origin { file: shared.clone(), line: n };
        let num = |s: &str, what: &str, problems: &mut Vec<Problem>| -> Option<f64> {
            if s.is_empty() {
                return None;
            }
            match s.parse::<f64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    problems.push(Problem::new(file, n, format!("bad {what} `{s}`")));
                    None
                }
            }
        };
        let lat = num(cols[5], "latitude", problems);
        let lon = num(cols[6], "longitude", problems);
        let population = num(cols[7], "population", problems).unwrap_or(0.0) as u64;
        let Some(precision) = parse_precision(cols[9]) else {
            problems.push(Problem::new(file, n, format!("unknown precision `{}`", cols[9])));
            continue;
        };
        let needs_evidence = match cols[10] {
            "" | "0" | "false" => false,
            "1" | "true" => true,
            other => {
                problems.push(Problem::new(
                    file,
                    n,
                    format!("needs_evidence must be 0 or 1, found `{other}`"),
                ));
                false
            }
        };
        push_aliases(cols[0], cols[2], cols[3].split('|').filter(|s| !s.is_empty()), &origin, aliases);
        records.push(place_record(PlaceParts {
            id: cols[0].to_string(),
            name_en: cols[1].to_string(),
            name_ar: cols[2].to_string(),
            kind: cols[4].to_string(),
            lat,
            lon,
            line: Vec::new(),
            admin: cols[8].split('|').filter(|s| !s.is_empty()).map(str::to_string).collect(),
            population,
            precision,
            needs_evidence,
            capital: None,
            country: None,
            geonameid: cols[11].parse().ok(),
            origin,
        }));
    }
    if !columns_seen {
        problems.push(Problem::new(file, 0, "no column line: the file is empty or all comments"));
    }
}

/// The Arabic name is an alias too, unless it is empty. Spellings that
/// fold to the same key are kept once.
fn push_aliases<'a>(
    id: &str,
    name_ar: &'a str,
    list: impl Iterator<Item = &'a str>,
    origin: &Origin,
    aliases: &mut Vec<AliasDef>,
) {
    let first = aliases.len();
    let entity: std::sync::Arc<str> = id.into();
    for (i, s) in std::iter::once(name_ar).chain(list).enumerate() {
        let key = alias_key(s);
        if key.is_empty() || aliases[first..].iter().any(|a| a.key == key) {
            continue;
        }
        aliases.push(AliasDef {
            key,
            surface: s.to_string(),
            entity: entity.clone(),
            sense: Sense::Name,
            rule: Rule::Alias { tag: "", n: i as u32 },
            generated: false,
            origin: origin.clone(),
        });
    }
}

struct PlaceParts {
    id: String,
    name_en: String,
    name_ar: String,
    kind: String,
    lat: Option<f64>,
    lon: Option<f64>,
    line: Vec<(f64, f64)>,
    admin: Vec<String>,
    population: u64,
    precision: GeoPrecision,
    needs_evidence: bool,
    capital: Option<String>,
    country: Option<String>,
    geonameid: Option<u64>,
    origin: Origin,
}

fn place_record(p: PlaceParts) -> Record {
    Record {
        entity: Entity {
            id: p.id,
            kind: EntityKind::Place,
            name_en: p.name_en,
            name_ar: p.name_ar,
            lat: p.lat,
            lon: p.lon,
            geo_precision: Some(p.precision),
        },
        admin: p.admin,
        population: p.population,
        line: p.line,
        needs_evidence: p.needs_evidence,
        roles: Vec::new(),
        capital: p.capital,
        country: p.country,
        place_kind: p.kind,
        geonameid: p.geonameid,
        silent: false,
        unarmed: false,
        origin: p.origin,
    }
}

/// Parses a precision name as written in the data (`village`, `road`…).
pub fn parse_precision(s: &str) -> Option<GeoPrecision> {
    Some(match s {
        "point" => GeoPrecision::Point,
        "village" => GeoPrecision::Village,
        "district" => GeoPrecision::District,
        "governorate" => GeoPrecision::Governorate,
        "country" => GeoPrecision::Country,
        "road" => GeoPrecision::Road,
        "region" => GeoPrecision::Region,
        _ => return None,
    })
}

/// The name a precision is written with in data files and JSON.
pub fn precision_name(p: GeoPrecision) -> &'static str {
    match p {
        GeoPrecision::Point => "point",
        GeoPrecision::Village => "village",
        GeoPrecision::District => "district",
        GeoPrecision::Governorate => "governorate",
        GeoPrecision::Country => "country",
        GeoPrecision::Road => "road",
        GeoPrecision::Region => "region",
        _ => "point",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> String {
        format!("# test\n{}\n", TSV_COLUMNS.join("\t"))
    }

    #[test]
    fn tsv_rows_parse_and_bad_rows_name_their_line() {
        let text = format!(
            "{}place:saraqib\tSaraqib\tسراقب\tسراقب|سراقِب\tcity\t35.86\t36.80\t32000\tplace:idlib-governorate\tvillage\t0\t163345\nplace:x\tX\tاكس\t\tcity\tnorth\t36\t0\t\tvillage\t0\t1\nplace:y\tY\n",
            header()
        );
        let (mut r, mut a, mut p) = (Vec::new(), Vec::new(), Vec::new());
        parse_tsv("g.tsv", &text, &mut r, &mut a, &mut p);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].entity.lat, Some(35.86));
        assert_eq!(r[0].admin, ["place:idlib-governorate"]);
        assert_eq!(
            a.iter().filter(|x| &*x.entity == "place:saraqib").count(),
            1,
            "harakat variant folds to the name"
        );
        let msgs: Vec<String> = p.iter().map(|x| x.to_string()).collect();
        assert_eq!(
            msgs,
            ["g.tsv:4: bad latitude `north`", "g.tsv:5: expected 12 tab-separated columns, found 2"]
        );
    }

    #[test]
    fn road_without_point_takes_a_point_of_its_line() {
        let text = "[[place]]\nid = \"place:m4\"\nkind = \"road\"\nname_en = \"M4\"\nname_ar = \"إم 4\"\nline = [[36.2, 37.1], [35.8, 36.5], [35.5, 35.8]]\nprecision = \"road\"\n";
        let (mut r, mut a, mut x, mut p) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        parse_toml("c.toml", text, &mut r, &mut a, &mut x, &mut p);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!((r[0].entity.lat, r[0].entity.lon), (Some(35.8), Some(36.5)));
        assert_eq!(r[0].line.len(), 3);
    }
}
