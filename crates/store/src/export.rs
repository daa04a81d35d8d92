//! Export formats: pure functions from event records to text.
//!
//! - [`to_csv`]: ACLED's column names where they apply, then marsad's own columns; UTF-8 with a
//!   byte-order mark so spreadsheet programs read Arabic correctly; the country and admin units
//!   from the lexicon; text cells that would run as spreadsheet formulas begin with `'`.
//! - [`to_geojson`]: a `FeatureCollection` with one `Point` feature per located event (QGIS,
//!   geojson.io and Leaflet open it); `date_start`/`date_end` give the days its date covers.
//! - [`to_plover_jsonl`]: one PLOVER record per line in the POLECAT field layout.
//! - [`to_json`], [`to_table`]: the records as they are, and a terminal table.

use std::fmt::Write as _;

use marsad_lexicon::Lexicon;
use marsad_model::{EventType, GeoPrecision, Precision, ReportedAs};
use serde_json::{json, Value};

use crate::days::{day_bounds, day_string};
use crate::records::EventRecord;

/// ACLED's columns, in the order of ACLED's codebook (`event_id_no_cnty`, the id alone, after
/// `event_id_cnty` as in ACLED's older exports), followed by marsad's.
///
/// `event_id_cnty` is ACLED's key: the country's ISO code and the event id. Its prefix follows the
/// event's location, which a later report can add or refine, so the key to join exports on over
/// time is `event_id_no_cnty` (the store's event id alone), as in ACLED's own exports.
pub const CSV_COLUMNS: [&str; 41] = [
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "plover_type",
    "plover_mode",
    "marsad_mode",
    "reported_as",
    "negated",
    "historical",
    "date_precision",
    "n_sources",
    "source_urls",
];

/// ACLED's disorder type, event type and sub-event type for a PLOVER type and mode.
///
/// ACLED codes violent and strategic events only; verbal PLOVER types (CONSULT, ACCUSE, …) map
/// to "Strategic developments / Other" so no event is dropped from the export.
pub fn acled_types(kind: EventType, mode: Option<&str>) -> (&'static str, &'static str, &'static str) {
    const PV: &str = "Political violence";
    const SD: &str = "Strategic developments";
    match (kind, mode) {
        (EventType::Assault, Some("aerial" | "drone")) => {
            (PV, "Explosions/Remote violence", "Air/drone strike")
        }
        (EventType::Assault, Some("heavy-weapons")) => {
            (PV, "Explosions/Remote violence", "Shelling/artillery/missile attack")
        }
        (EventType::Assault, Some("explosives")) => {
            (PV, "Explosions/Remote violence", "Remote explosive/landmine/IED")
        }
        (EventType::Assault, Some("suicide-attack")) => (PV, "Explosions/Remote violence", "Suicide bomb"),
        (EventType::Assault, Some("abduct")) => {
            (PV, "Violence against civilians", "Abduction/forced disappearance")
        }
        (EventType::Assault, Some("sexual")) => (PV, "Violence against civilians", "Sexual violence"),
        (EventType::Assault, Some("beat" | "torture" | "targeted")) => {
            (PV, "Violence against civilians", "Attack")
        }
        (EventType::Assault, Some("destroy")) => (SD, SD, "Looting/property destruction"),
        (EventType::Assault, _) => (PV, "Battles", "Armed clash"),
        (EventType::Protest, Some("riot")) => ("Demonstrations", "Riots", "Violent demonstration"),
        (EventType::Protest, _) => ("Demonstrations", "Protests", "Peaceful protest"),
        (EventType::Coerce, Some("arrest")) => (SD, SD, "Arrests"),
        (EventType::Mobilize, _) => (SD, SD, "Change to group/activity"),
        (EventType::Agree, _) | (EventType::Retreat, Some("ceasefire")) => (SD, SD, "Agreement"),
        (EventType::Retreat, Some("withdraw")) => (SD, SD, "Non-violent transfer of territory"),
        _ => (SD, SD, "Other"),
    }
}

/// A stored place as the knowledge knows it: its English name from `lexicon` when the lexicon
/// has the id (an analyst's rename shows without a re-analysis), the store's otherwise; its
/// coordinates always the store's, except that a place wider than a state
/// ([`Lexicon::spans_states`]) has none, as a country has none.
pub fn known_place(lexicon: &Lexicon, place: &mut crate::records::PlaceRef) {
    if let Some(known) = lexicon.entity(&place.id) {
        place.name_en.clone_from(&known.name_en);
    }
    if lexicon.spans_states(&place.id) {
        (place.lat, place.lon) = (None, None);
    }
}

/// Stored events as the knowledge in use names them, the one rule of the CLI's listings and
/// exports and of every answer of the server: an actor's or place's English name is the
/// knowledge's when it knows the id, else the store's, and so is its kind; coordinates come from
/// the store (see [`known_place`]).
pub fn with_knowledge(events: &mut [EventRecord], lexicon: &Lexicon) {
    for e in events {
        for id in e.source.iter().chain(&e.target) {
            if let Some(known) = lexicon.entity(id) {
                e.names.insert(id.clone(), known.name_en.clone());
                if let Ok(Value::String(kind)) = serde_json::to_value(known.kind) {
                    e.kinds.insert(id.clone(), kind);
                }
            }
        }
        if let Some(p) = &mut e.place {
            known_place(lexicon, p);
        }
    }
}

/// ACLED's time precision: 1 a day, 2 a range within about a week, 3 a month or more.
fn time_precision(p: Precision, days: Option<(i64, i64)>) -> &'static str {
    match p {
        Precision::Day => "1",
        Precision::Range if days.is_some_and(|(a, b)| b - a <= 7) => "2",
        Precision::Unknown => "",
        _ => "3",
    }
}

/// ACLED's geo precision: 1 the town itself, 2 a part of a region or a nearby town, 3 a
/// governorate or larger.
fn geo_precision(p: Option<&str>) -> &'static str {
    match p {
        Some("point" | "village") => "1",
        Some("district" | "road") => "2",
        Some(_) => "3",
        None => "",
    }
}

fn reported(r: ReportedAs) -> &'static str {
    match r {
        ReportedAs::Fact => "fact",
        ReportedAs::Claim => "claim",
        ReportedAs::Plan => "plan",
        ReportedAs::Hypothetical => "hypothetical",
    }
}

fn name(e: &EventRecord, id: &str) -> String {
    e.names.get(id).cloned().unwrap_or_else(|| id.to_string())
}

/// The first day of an event's date (ACLED gives one day, with the precision saying how much
/// of it is known).
fn first_day(e: &EventRecord) -> Option<String> {
    let d = e.date.as_ref()?;
    let (lo, _) = day_bounds(d)?;
    Some(crate::days::day_string(lo))
}

fn csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// Columns that hold numbers: a leading `-` there is a sign (longitudes west of Greenwich), not
/// a formula, and must stay readable as a number.
const NUMERIC_COLUMNS: [&str; 13] = [
    "event_id_no_cnty",
    "year",
    "time_precision",
    "inter1",
    "inter2",
    "interaction",
    "iso",
    "timestamp",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "n_sources",
];

/// A text cell as a spreadsheet must show it. Excel, LibreOffice and Google Sheets read a cell
/// that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, and article text
/// does begin so (a note `- أكتوبر 2003 …`); OWASP's advice for CSV injection is to put a single
/// quote in front, which the programs read as "text" and do not show.
fn spreadsheet_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// What the gazetteer knows of an event's location, for ACLED's `country`, `admin1` (governorate)
/// and `admin2` (district) columns and the prefix of `event_id_cnty`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// The state it lies in: English name and ISO 3166 alpha-3 code (`Turkey`, `TUR`).
    pub country: Option<(String, String)>,
    /// Governorate (muhafaza), English name.
    pub admin1: Option<String>,
    /// District (mantiqa), English name.
    pub admin2: Option<String>,
    /// Sub-district (nahiya), English name: the nearer of two districts the gazetteer places it
    /// in (the farther is `admin2`).
    pub admin3: Option<String>,
}

/// The location columns of a place or country id, from the lexicon: the country is
/// [`Lexicon::country_of`] (so a country id used as the location is that country); the
/// governorate is the first of the place itself and its admin parents that is one, the district
/// and sub-district likewise (see [`Location::admin3`]).
pub fn location(lexicon: &Lexicon, place_id: &str) -> Location {
    let mut loc = Location {
        country: lexicon.country_of(place_id).map(|c| (c.name_en.clone(), c.id.clone())),
        ..Location::default()
    };
    let chain = std::iter::once(place_id).chain(lexicon.admin_parents(place_id).iter().map(String::as_str));
    let mut districts = Vec::new();
    for id in chain {
        let Some(e) = lexicon.entity(id) else { continue };
        match e.geo_precision {
            Some(GeoPrecision::Governorate) if loc.admin1.is_none() => loc.admin1 = Some(e.name_en.clone()),
            Some(GeoPrecision::District) => districts.push(e.name_en.clone()),
            _ => {}
        }
    }
    // Nearest first: a sub-district (admin3) lies in a district (admin2); one alone is a district.
    match districts.len() {
        0 => {}
        1 => loc.admin2 = districts.pop(),
        _ => {
            loc.admin3 = Some(districts.remove(0));
            loc.admin2 = Some(districts.remove(0));
        }
    }
    loc
}

/// ACLED's `source_scale` of an event: the distinct scales of its outlets, nearest first, joined
/// by `-` as ACLED writes them (`National-International`); empty when no outlet is listed in
/// `data/outlet_scale.tsv`.
fn source_scale(e: &EventRecord) -> String {
    let mut scales: Vec<crate::SourceScale> =
        e.sources.iter().filter_map(|s| s.outlet.as_deref()).filter_map(crate::source_scale).collect();
    scales.sort();
    scales.dedup();
    scales.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("-")
}

/// ACLED-style CSV (UTF-8 with BOM, CRLF line ends as RFC 4180), the one writer behind
/// `marsad events --format csv` and `GET /api/export.csv`: `country`, `admin1`, `admin2` and the
/// `event_id_cnty` prefix come from `lexicon` (see [`location`]); without one they are empty and
/// the id has no prefix.
///
/// Text cells that a spreadsheet would read as a formula get a leading `'` (see
/// `spreadsheet_text`); numeric columns are written as they are.
pub fn to_csv(events: &[EventRecord], lexicon: Option<&Lexicon>) -> String {
    to_csv_with(events, &|id| lexicon.map(|l| location(l, id)).unwrap_or_default())
}

/// ACLED's two sides of an event: actor1 and actor2 are one actor each, the others on their side
/// its associated actors.
struct AcledSides<'a> {
    actor1: Option<&'a String>,
    assoc1: Vec<&'a String>,
    actor2: Option<&'a String>,
    assoc2: Vec<&'a String>,
}

/// A joint or reciprocal act (a meeting of Kerry and Lavrov, coded with both on both sides) is
/// one actor on each side, not the same actor twice: actor2 is the first target that is not
/// actor1, and no actor is listed on both sides of a row.
fn acled_sides(e: &EventRecord) -> AcledSides<'_> {
    let actor1 = e.source.first();
    let actor2 = e.target.iter().find(|a| Some(*a) != actor1);
    let assoc1 = e.source.iter().skip(1).filter(|a| Some(*a) != actor2).collect();
    let assoc2 = e
        .target
        .iter()
        .filter(|a| Some(*a) != actor1 && Some(*a) != actor2 && !e.source.contains(a))
        .collect();
    AcledSides { actor1, assoc1, actor2, assoc2 }
}

/// [`to_csv`] with the location columns from `locate` (a place or country id → what is known of it).
pub fn to_csv_with(events: &[EventRecord], locate: &dyn Fn(&str) -> Location) -> String {
    let numeric: Vec<bool> = CSV_COLUMNS.iter().map(|c| NUMERIC_COLUMNS.contains(c)).collect();
    let mut out = String::from("\u{FEFF}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for e in events {
        let (disorder, etype, sub) = acled_types(e.kind, e.mode.as_deref());
        let date = first_day(e).unwrap_or_default();
        let precision = e.date.as_ref().map_or(Precision::Unknown, |d| d.precision);
        let days = e.date.as_ref().and_then(day_bounds);
        let (lat, lon) = e.place.as_ref().map_or((None, None), |p| (p.lat, p.lon));
        let outlets = e.outlets();
        let fatalities = e.sources.iter().filter_map(|s| s.fatalities).max();
        let units = e.place.as_ref().map(|p| locate(&p.id)).unwrap_or_default();
        let (country, iso3) = units.country.unwrap_or_default();
        let sides = acled_sides(e);
        let inter1 = sides.actor1.and_then(|a| inter_code(e, a, &iso3));
        // ACLED's inter2 is 0 when there is no second actor.
        let inter2 = match sides.actor2 {
            Some(a) => inter_code(e, a, &iso3),
            None => Some(0),
        };
        // ACLED's interaction: the two types, the lower first (13, State forces and a political
        // militia), a lone actor's type then 0 (10, State forces alone).
        let interaction = inter1.zip(inter2).map(|(a, b)| match (a.min(b), a.max(b)) {
            (0, lone) => 10 * lone,
            (lo, hi) => 10 * lo + hi,
        });
        let row: Vec<String> = vec![
            format!("{iso3}{}", e.id),
            e.id.to_string(),
            date.clone(),
            date.get(..4).unwrap_or("").to_string(),
            time_precision(precision, days).into(),
            disorder.into(),
            etype.into(),
            sub.into(),
            sides.actor1.map(|a| name(e, a)).unwrap_or_default(),
            sides.assoc1.iter().map(|a| name(e, a)).collect::<Vec<_>>().join("; "),
            inter1.map(|c| c.to_string()).unwrap_or_default(),
            sides.actor2.map(|a| name(e, a)).unwrap_or_default(),
            sides.assoc2.iter().map(|a| name(e, a)).collect::<Vec<_>>().join("; "),
            inter2.map(|c| c.to_string()).unwrap_or_default(),
            interaction.map(|c| c.to_string()).unwrap_or_default(),
            if etype == "Violence against civilians" { "Civilian targeting" } else { "" }.into(),
            crate::iso3166::numeric(&iso3).map(|n| n.to_string()).unwrap_or_default(),
            acled_region(&iso3).into(),
            country,
            units.admin1.unwrap_or_default(),
            units.admin2.unwrap_or_default(),
            units.admin3.unwrap_or_default(),
            e.place.as_ref().map(|p| p.name_en.clone()).unwrap_or_default(),
            lat.map(|v| format!("{v:.4}")).unwrap_or_default(),
            lon.map(|v| format!("{v:.4}")).unwrap_or_default(),
            geo_precision(e.place.as_ref().and_then(|p| p.precision.as_deref())).into(),
            outlets.join("; "),
            source_scale(e),
            e.sources.first().map(|s| s.evidence.clone()).unwrap_or_default(),
            fatalities.map(|f| f.to_string()).unwrap_or_default(),
            String::new(),
            stored_timestamp(e).map(|t| t.to_string()).unwrap_or_default(),
            e.kind.as_str().into(),
            plover_mode(e.kind, e.mode.as_deref()).unwrap_or_default().into(),
            e.mode.clone().unwrap_or_default(),
            reported(e.reported_as).into(),
            e.negated.to_string(),
            e.historical.to_string(),
            precision.as_str().into(),
            e.article_count().to_string(),
            e.urls().join(" "),
        ];
        debug_assert_eq!(row.len(), CSV_COLUMNS.len());
        for (i, f) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if numeric[i] {
                csv_field(&mut out, f);
            } else {
                csv_field(&mut out, &spreadsheet_text(f));
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// ACLED's actor type code (`inter1`, `inter2`) of an actor, from its kind in the knowledge (else
/// the store): a state or a state organ is State forces (1) in its own country and
/// External/Other forces (8) in another, an international organisation External/Other forces.
/// `None` where the kind does not say: an armed group may be a rebel group (2) or a militia (3,
/// 4), and a state's forces are 1 or 8 only once the event's country (`event_iso3`) is known.
fn inter_code(e: &EventRecord, actor: &str, event_iso3: &str) -> Option<u8> {
    match e.kinds.get(actor).map(String::as_str)? {
        "country" | "state_organ" => {
            if event_iso3.is_empty() {
                return None;
            }
            // An organ's id is its state's and a suffix (`TUR-MIL`).
            let state = actor.split('-').next().unwrap_or(actor);
            Some(if state == event_iso3 { 1 } else { 8 })
        }
        "international_org" => Some(8),
        _ => None,
    }
}

/// ACLED's region of a country, for the states of ACLED's Middle East (empty elsewhere: marsad
/// reports on Syria and its neighbours and does not guess the rest).
fn acled_region(iso3: &str) -> &'static str {
    const MIDDLE_EAST: [&str; 15] = [
        "ARE", "BHR", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR",
        "YEM",
    ];
    if MIDDLE_EAST.contains(&iso3) {
        "Middle East"
    } else {
        ""
    }
}

/// ACLED's `timestamp` of an event: when it was last stored (the latest of its reports' articles),
/// in seconds since 1970-01-01 UTC.
fn stored_timestamp(e: &EventRecord) -> Option<i64> {
    e.sources.iter().filter_map(|s| s.stored_at.as_deref()).filter_map(unix_seconds).max()
}

/// `YYYY-MM-DDTHH:MM:SSZ` (how the store writes a time) in seconds since 1970-01-01 UTC.
fn unix_seconds(t: &str) -> Option<i64> {
    let n = |a: usize, b: usize| t.get(a..b)?.parse::<i64>().ok();
    let day = crate::days::day_number(n(0, 4)? as i32, n(5, 7)? as u8, n(8, 10)? as u8);
    Some(day * 86_400 + n(11, 13)? * 3_600 + n(14, 16)? * 60 + n(17, 19)?)
}

fn sources_json(e: &EventRecord) -> Value {
    e.sources
        .iter()
        .map(|s| {
            json!({
                "article_id": s.article_id, "outlet": s.outlet, "url": s.url, "title": s.title,
                "evidence": s.evidence, "date": s.date, "place": s.place,
                "reported_as": reported(s.reported_as), "negated": s.negated,
            })
        })
        .collect()
}

/// The day numbers an event's date covers.
fn bounds(e: &EventRecord) -> Option<(i64, i64)> {
    e.date.as_ref().and_then(day_bounds)
}

/// The GeoJSON file `marsad events --format geojson` and `/api/export.geojson` both write, byte for
/// byte: [`to_geojson`] as compact JSON and a final newline (a large export stays a fraction of its
/// pretty-printed size; QGIS and `jq` read either).
pub fn to_geojson_text(events: &[EventRecord]) -> String {
    let mut text = to_geojson(events).to_string();
    text.push('\n');
    text
}

/// A GeoJSON `FeatureCollection`: one `Point` per event with coordinates.
pub fn to_geojson(events: &[EventRecord]) -> Value {
    let features: Vec<Value> = events
        .iter()
        .filter_map(|e| {
            let p = e.place.as_ref()?;
            let (lat, lon) = (p.lat?, p.lon?);
            Some(json!({
                "type": "Feature",
                "id": e.id,
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "event_id": e.id,
                    "type": e.kind.as_str(),
                    "quad": e.kind.quad(),
                    "mode": e.mode,
                    "date": e.date.as_ref().and_then(|d| d.value.clone()),
                    "date_precision": e.date.as_ref().map_or("unknown", |d| d.precision.as_str()),
                    // The first and last day the date covers (`2018-05` runs 05-01 to 05-31), for
                    // QGIS's temporal controller, which wants a start and an end field.
                    "date_start": bounds(e).map(|(lo, _)| day_string(lo)),
                    "date_end": bounds(e).map(|(_, hi)| day_string(hi)),
                    "place_id": p.id,
                    "place": p.name_en,
                    "geo_precision": p.precision,
                    "source": e.source.join(";"),
                    "target": e.target.join(";"),
                    "reported_as": reported(e.reported_as),
                    "negated": e.negated,
                    "historical": e.historical,
                    "n_sources": e.article_count(),
                    "evidence": e.sources.first().map(|s| s.evidence.clone()),
                    "sources": sources_json(e),
                }
            }))
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}

/// PLOVER's modes of a type, as the manual lists them (`../shared/PLOVER.md`); AGREE, SUPPORT,
/// CONCEDE, COOPERATE and AID have none.
pub fn plover_modes(kind: EventType) -> &'static [&'static str] {
    match kind {
        EventType::Consult => &["visit", "third-party", "multilateral", "phone"],
        EventType::Retreat => &["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        EventType::Request | EventType::Reject => &["assist", "change", "yield", "meet"],
        EventType::Accuse => &["disapprove", "investigate", "allege"],
        EventType::Threaten => &["restrict", "arrest", "relations", "expel", "territory", "violence"],
        EventType::Protest => &["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        EventType::Sanction => &["convict", "expel", "withdraw", "discontinue"],
        EventType::Mobilize => &["troops", "weapons", "police", "militia"],
        EventType::Coerce => &[
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        ],
        EventType::Assault => &[
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ],
        _ => &[],
    }
}

/// The PLOVER mode of an event whose marsad mode is `mode`: the mode itself when PLOVER defines
/// it for the type; PLOVER's wider mode when marsad's is a case of it (a handover of towns or
/// positions is a RETREAT by withdrawal from them); none otherwise. marsad's finer modes
/// (CONSULT `meeting`, ASSAULT `occupy`, AID `military`, SANCTION `sanctions`, …) say
/// something PLOVER's list does not, so they are no PLOVER mode at all.
pub fn plover_mode(kind: EventType, mode: Option<&str>) -> Option<&'static str> {
    let mode = mode?;
    if let Some(m) = plover_modes(kind).iter().find(|m| **m == mode) {
        return Some(m);
    }
    match (kind, mode) {
        (EventType::Retreat, "handover") => Some("withdraw"),
        _ => None,
    }
}

/// A PLOVER entity: `code` and `identifier_id` the actor's id, `identifier_text` its English
/// name, `entity_text` the words the story names it by (the first report's, else any report's
/// that names it; none when no report names it outright, as when the actor is a speaker read
/// from an earlier sentence).
fn plover_entity(e: &EventRecord, id: &str) -> Value {
    let text = e.sources.iter().find_map(|s| s.mentions.get(id));
    json!({"code": id, "entity_text": text, "identifier_id": id, "identifier_text": name(e, id)})
}

/// Character offsets (Unicode scalar values, as Python's `str` indexes) of the trigger within
/// the evidence sentence: both spans are byte offsets into the article's cleaned body, and the
/// sentence is the record's `text`. `None` when the trigger does not lie inside the sentence.
fn trigger_in_sentence(s: &crate::records::EventSource) -> Option<(usize, usize)> {
    let (lo, hi) =
        (s.trigger.start.checked_sub(s.sentence.start)?, s.trigger.end.checked_sub(s.sentence.start)?);
    let text = &s.evidence;
    if s.trigger.is_empty() || hi > text.len() || !text.is_char_boundary(lo) || !text.is_char_boundary(hi) {
        return None;
    }
    let start = text[..lo].chars().count();
    Some((start, start + text[lo..hi].chars().count()))
}

/// PLOVER records (POLECAT layout), one JSON object per line.
///
/// `mode` is PLOVER's ([`plover_mode`]); marsad's own, finer mode is `marsad_mode`. `text` is the
/// evidence sentence of the first report and `text_info.start`/`end` the trigger's place in it,
/// counted in characters. `sources` (every report) is marsad's too.
pub fn to_plover_jsonl(events: &[EventRecord]) -> String {
    let mut out = String::new();
    for e in events {
        let days = e.date.as_ref().and_then(day_bounds);
        let first = e.sources.first();
        let record = json!({
            "id": format!("marsad-{}", e.id),
            "date": days.map(|d| crate::days::day_string(d.0)),
            "enddate": days.filter(|d| d.1 != d.0).map(|d| crate::days::day_string(d.1)),
            "actor": e.source.iter().map(|a| plover_entity(e, a)).collect::<Vec<_>>(),
            "recipient": e.target.iter().map(|a| plover_entity(e, a)).collect::<Vec<_>>(),
            "event": [e.kind.as_str()],
            "mode": plover_mode(e.kind, e.mode.as_deref()),
            "marsad_mode": e.mode,
            "quad_code": e.kind.quad(),
            "event_loc": e.place.as_ref().map(|p| json!({
                "name": p.name_en, "identifier_id": p.id, "lat": p.lat, "lon": p.lon, "geo_precision": p.precision,
            })),
            "event_text": first.map(|s| s.evidence.clone()),
            "text": first.map(|s| s.evidence.clone()),
            "text_info": first.map(|s| {
                let at = trigger_in_sentence(s);
                json!({"sequence": s.local_id, "start": at.map(|a| a.0), "end": at.map(|a| a.1)})
            }),
            "cite_info": first.map(|s| json!({
                "corpus": "marsad", "citation": s.doc, "url": s.url, "title": s.title,
                "language": "ar", "publication": s.outlet,
            })),
            "coder": "marsad",
            "comment": format!("reported_as={}; negated={}; historical={}; sources={}",
                reported(e.reported_as), e.negated, e.historical, e.sources.len()),
            "size": {"dead": e.sources.iter().filter_map(|s| s.fatalities).max()},
            "sources": sources_json(e),
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

/// The records as a JSON array.
pub fn to_json(events: &[EventRecord]) -> String {
    serde_json::to_string_pretty(events).unwrap_or_else(|_| "[]".into())
}

/// A plain-text table for the terminal.
pub fn to_table(events: &[EventRecord]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:>6}  {:<12} {:<10} {:<22} {:<30} {:>3}  as\n",
        "id", "date", "type", "place", "source → target", "src"
    ));
    for e in events {
        let date = e.date.as_ref().and_then(|d| d.value.clone()).unwrap_or_else(|| "?".into());
        let place = e.place.as_ref().map(|p| p.name_en.clone()).unwrap_or_default();
        let actors = format!("{} → {}", e.source.join(","), e.target.join(","));
        let _ = writeln!(
            out,
            "{:>6}  {:<12} {:<10} {:<22} {:<30} {:>3}  {}{}",
            e.id,
            date,
            e.kind.as_str(),
            place.chars().take(22).collect::<String>(),
            actors.chars().take(30).collect::<String>(),
            e.sources.len(),
            reported(e.reported_as),
            if e.negated { " (negated)" } else { "" },
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{EventSource, PlaceRef};
    use marsad_model::Span;

    fn source(outlet: &str, evidence: &str) -> EventSource {
        EventSource {
            article_id: 1,
            doc: "a.txt".into(),
            title: String::new(),
            outlet: Some(outlet.into()),
            url: None,
            published: None,
            local_id: "e1".into(),
            sentence: Span::new(0, evidence.len()),
            evidence: evidence.into(),
            trigger: Span::new(0, 1),
            date: None,
            place: None,
            source: vec![],
            target: vec![],
            mode: None,
            reported_as: ReportedAs::Fact,
            negated: false,
            historical: false,
            rule: String::new(),
            confidence: 1.0,
            fatalities: None,
            mentions: Default::default(),
            stored_at: None,
        }
    }

    fn strike(id: i64, place: (&str, &str, f64, f64), sources: Vec<EventSource>) -> EventRecord {
        EventRecord {
            id,
            kind: EventType::Assault,
            mode: Some("heavy-weapons".into()),
            date: Some(marsad_model::DateValue::day(2019, 10, 10)),
            place: Some(PlaceRef {
                id: place.0.into(),
                name_en: place.1.into(),
                lat: Some(place.2),
                lon: Some(place.3),
                precision: Some("village".into()),
            }),
            source: vec!["SDF".into()],
            target: vec!["TUR-MIL".into()],
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            confidence: 1.0,
            names: Default::default(),
            kinds: Default::default(),
            sources,
        }
    }

    /// The CSV's cells, read back by the `csv` rules the file is written with (quoted fields may
    /// hold commas); the header row first.
    fn cells(csv: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = csv.trim_start_matches('\u{FEFF}').chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                '"' => quoted = !quoted,
                ',' if !quoted => row.push(std::mem::take(&mut cell)),
                '\r' if !quoted => {}
                '\n' if !quoted => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                c => cell.push(c),
            }
        }
        rows
    }

    fn column<'a>(rows: &'a [Vec<String>], name: &str) -> Vec<&'a str> {
        let i = rows[0].iter().position(|h| h == name).unwrap();
        rows[1..].iter().map(|r| r[i].as_str()).collect()
    }

    /// A meeting of Kerry and Lavrov, read from a sentence deep in a long article: PLOVER gets
    /// no mode (CONSULT's are visit, third-party, multilateral, phone; marsad's `meeting` is
    /// none of them) and marsad's stays as `marsad_mode`; each party's `entity_text` is how the
    /// story names it; `text` is the sentence and `text_info` counts characters into it.
    #[test]
    fn plover_records_hold_plovers_modes_the_storys_words_and_offsets_into_their_text() {
        let sentence = "والتقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف";
        let before = "مقدمة طويلة. ".repeat(400);
        let trigger = "التقى";
        let at = before.len() + sentence.find(trigger).unwrap();
        let mut s = source("Al Jazeera", sentence);
        s.sentence = Span::new(before.len(), before.len() + sentence.len());
        s.trigger = Span::new(at, at + trigger.len());
        s.mentions = [("person:kerry", "جون كيري"), ("person:lavrov", "سيرغي لافروف")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let mut e = strike(181, ("place:geneva", "Geneva", 46.2, 6.14), vec![s]);
        e.kind = EventType::Consult;
        e.mode = Some("meeting".into());
        e.source = vec!["person:kerry".into()];
        e.target = vec!["person:lavrov".into(), "RUS".into()];
        e.names = [("person:kerry", "John Kerry"), ("person:lavrov", "Sergey Lavrov"), ("RUS", "Russia")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let line = to_plover_jsonl(std::slice::from_ref(&e));
        let r: Value = serde_json::from_str(line.trim_end()).unwrap();
        assert_eq!(r["mode"], Value::Null);
        assert_eq!(r["marsad_mode"], "meeting");
        assert_eq!(r["actor"][0]["entity_text"], "جون كيري");
        assert_eq!(r["actor"][0]["identifier_text"], "John Kerry");
        assert_eq!(r["recipient"][0]["entity_text"], "سيرغي لافروف");
        // Russia is implied by Lavrov's title, not named: no words of the story to give.
        assert_eq!(r["recipient"][1]["entity_text"], Value::Null);
        let text: Vec<char> = r["text"].as_str().unwrap().chars().collect();
        let (start, end) =
            (r["text_info"]["start"].as_u64().unwrap(), r["text_info"]["end"].as_u64().unwrap());
        assert_eq!(text[start as usize..end as usize].iter().collect::<String>(), trigger);
        assert_eq!((start, end), (1, 6));

        // PLOVER's own modes pass; a handover of towns is PLOVER's withdrawal; the rest is none.
        e.mode = Some("visit".into());
        let r: Value = serde_json::from_str(to_plover_jsonl(std::slice::from_ref(&e)).trim_end()).unwrap();
        assert_eq!((r["mode"].as_str(), r["marsad_mode"].as_str()), (Some("visit"), Some("visit")));
        for (kind, mode, want) in [
            (EventType::Assault, "occupy", None),
            (EventType::Assault, "drone", Some("drone")),
            (EventType::Aid, "military", None),
            (EventType::Cooperate, "arms purchase", None),
            (EventType::Sanction, "sanctions", None),
            (EventType::Sanction, "expel", Some("expel")),
            (EventType::Retreat, "handover", Some("withdraw")),
        ] {
            assert_eq!(plover_mode(kind, Some(mode)), want, "{kind:?} {mode}");
        }
    }

    /// Suruç and Kilis lie inside the box around Syria that the country column used to be
    /// guessed from; the lexicon knows they are in Turkey. A Syrian town gets Syria through its
    /// governorate, a country used as the location is that country, a region spanning states
    /// has none, and the id carries the country's code.
    #[test]
    fn country_and_id_prefix_come_from_the_gazetteer() {
        let lexicon = Lexicon::embedded();
        let events = vec![
            strike(1, ("place:suruc", "Suruç (Turkey)", 36.98, 38.42), vec![source("Anadolu", "قصفت")]),
            strike(2, ("place:kilis", "Kilis", 36.72, 37.12), vec![source("Anadolu", "سقطت قذائف")]),
            strike(3, ("place:saraqib", "Saraqib", 35.86, 36.8), vec![source("Enab Baladi", "قصفت")]),
            strike(4, ("TUR", "Turkey", 39.0, 35.0), vec![source("Anadolu", "هاجمت")]),
            strike(5, ("place:middle-east", "Middle East", 29.0, 41.0), vec![source("BBC Arabic", "x")]),
        ];
        let rows = cells(&to_csv(&events, Some(&lexicon)));
        assert_eq!(column(&rows, "country"), ["Turkey", "Turkey", "Syria", "Turkey", ""]);
        assert_eq!(column(&rows, "event_id_cnty"), ["TUR1", "TUR2", "SYR3", "TUR4", "5"]);
        assert_eq!(column(&rows, "admin1"), ["", "", "Idlib Governorate", "", ""]);
        // No lexicon: nothing is guessed.
        let rows = cells(&to_csv(&events, None));
        assert_eq!(column(&rows, "country"), ["", "", "", "", ""]);
    }

    /// Event 181 of the review: Kerry and Russia's Lavrov met over Syria. ACLED's actor2 is one
    /// actor and the others on its side are assoc_actor_2, as actor1's are assoc_actor_1; every
    /// ACLED column is there in the codebook's order, filled where the knowledge says (a state is
    /// State forces at home and External/Other forces abroad; an armed group's type is not
    /// guessed).
    #[test]
    fn acled_columns_in_acleds_order_with_one_actor_each_side() {
        let lexicon = Lexicon::embedded();
        let mut s = source("Al Jazeera", "التقى جون كيري وسيرغي لافروف");
        s.stored_at = Some("2026-11-27T10:00:05Z".into());
        let mut meeting = strike(181, ("place:saraqib", "Saraqib", 35.86, 36.8), vec![s]);
        meeting.kind = EventType::Consult;
        meeting.mode = Some("meeting".into());
        meeting.source = vec!["person:john-kerry".into(), "USA".into()];
        meeting.target = vec!["person:sergey-lavrov".into(), "RUS".into(), "SYR".into()];
        for (id, name) in [
            ("person:john-kerry", "John Kerry"),
            ("USA", "United States"),
            ("person:sergey-lavrov", "Sergey Lavrov"),
            ("RUS", "Russia"),
            ("SYR", "Syria"),
        ] {
            meeting.names.insert(id.into(), name.into());
        }
        let mut shelling = strike(182, ("place:saraqib", "Saraqib", 35.86, 36.8), vec![source("x", "قصف")]);
        shelling.source = vec!["SYR-MIL".into()];
        shelling.target = vec!["HTS".into()];
        let mut abduction = strike(183, ("place:saraqib", "Saraqib", 35.86, 36.8), vec![source("x", "خطف")]);
        abduction.mode = Some("abduct".into());
        abduction.source = vec!["TUR-MIL".into()];
        abduction.target = vec![];
        let mut events = vec![meeting, shelling, abduction];
        with_knowledge(&mut events, &lexicon);
        let rows = cells(&to_csv(&events, Some(&lexicon)));
        let acled = [
            "event_id_cnty",
            "event_id_no_cnty",
            "event_date",
            "year",
            "time_precision",
            "disorder_type",
            "event_type",
            "sub_event_type",
            "actor1",
            "assoc_actor_1",
            "inter1",
            "actor2",
            "assoc_actor_2",
            "inter2",
            "interaction",
            "civilian_targeting",
            "iso",
            "region",
            "country",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "source_scale",
            "notes",
            "fatalities",
            "tags",
            "timestamp",
        ];
        assert_eq!(rows[0][..acled.len()], acled);
        assert_eq!(column(&rows, "actor2")[0], "Sergey Lavrov");
        // The same meeting coded as a joint act, both men on both sides: one on each side of the
        // row, never Kerry twice.
        let mut joint = events[0].clone();
        joint.source = vec!["person:john-kerry".into(), "person:sergey-lavrov".into()];
        joint.target = joint.source.clone();
        let joint_rows = cells(&to_csv(&[joint], Some(&lexicon)));
        assert_eq!(column(&joint_rows, "actor1"), ["John Kerry"]);
        assert_eq!(column(&joint_rows, "actor2"), ["Sergey Lavrov"]);
        assert_eq!(column(&joint_rows, "assoc_actor_1"), [""]);
        assert_eq!(column(&joint_rows, "assoc_actor_2"), [""]);
        assert_eq!(column(&rows, "assoc_actor_2")[0], "Russia; Syria");
        assert_eq!(column(&rows, "actor1")[0], "John Kerry");
        assert_eq!(column(&rows, "assoc_actor_1")[0], "United States");
        // Kerry is a person: no ACLED type. Syria's army in Syria is State forces, Turkey's there
        // External/Other forces; HTS is not guessed; no second actor is ACLED's 0.
        assert_eq!(column(&rows, "inter1"), ["", "1", "8"]);
        assert_eq!(column(&rows, "inter2"), ["", "", "0"]);
        assert_eq!(column(&rows, "interaction"), ["", "", "80"]);
        assert_eq!(column(&rows, "civilian_targeting"), ["", "", "Civilian targeting"]);
        assert_eq!(column(&rows, "iso"), ["760"; 3]);
        assert_eq!(column(&rows, "region"), ["Middle East"; 3]);
        assert_eq!(column(&rows, "timestamp")[0], "1795773605");
        assert_eq!(column(&rows, "plover_mode"), ["", "heavy-weapons", "abduct"]);
        assert_eq!(column(&rows, "marsad_mode"), ["meeting", "heavy-weapons", "abduct"]);
    }

    /// The Middle East, Europe, Africa and the Eastern Mediterranean have coordinates in the
    /// gazetteer only to place their names; an event there is at no point, as an event in a
    /// country is at none. A region inside a state (the Golan) keeps its point. Names are the
    /// knowledge's (a place renamed in `data/places` since it was stored shows the new name);
    /// coordinates stay the store's.
    #[test]
    fn places_wider_than_a_state_get_no_point_and_names_are_the_knowledges() {
        let lexicon = Lexicon::embedded();
        let mut events = vec![
            strike(1, ("place:middle-east", "Middle East", 29.0, 41.0), vec![source("x", "الشرق الأوسط")]),
            strike(2, ("place:europe", "Europe", 50.0, 10.0), vec![source("x", "أوروبا")]),
            strike(
                3,
                ("place:eastern-mediterranean", "Eastern Mediterranean", 34.5, 32.5),
                vec![source("x", "x")],
            ),
            strike(4, ("place:golan-heights", "Golan Heights", 33.0, 35.8), vec![source("x", "الجولان")]),
            strike(5, ("place:saraqib", "Saraqib (as stored)", 35.9, 36.9), vec![source("x", "سراقب")]),
        ];
        events[4].names.insert("SDF".into(), "stored name".into());
        with_knowledge(&mut events, &lexicon);
        let rows = cells(&to_csv(&events, Some(&lexicon)));
        assert_eq!(column(&rows, "latitude"), ["", "", "", "33.0000", "35.9000"]);
        assert_eq!(column(&rows, "longitude"), ["", "", "", "35.8000", "36.9000"]);
        assert_eq!(column(&rows, "location")[4], "Saraqib");
        assert_eq!(column(&rows, "actor1")[4], lexicon.entity("SDF").unwrap().name_en);
        let geo = to_geojson(&events);
        let located: Vec<&Value> = geo["features"].as_array().unwrap().iter().map(|f| &f["id"]).collect();
        assert_eq!(located, [4, 5]);
        assert!(lexicon.spans_states("place:africa") && !lexicon.spans_states("place:golan-heights"));
    }

    /// An outlet that ran several reports of one event is one source, named where it first
    /// appears.
    #[test]
    fn each_outlet_is_listed_once_in_first_seen_order() {
        let e = strike(
            1,
            ("place:saraqib", "Saraqib", 35.86, 36.8),
            vec![
                source("Sky News Arabia", "قصفت قوات النظام سراقب"),
                source("France 24 Arabic", "قصف على سراقب"),
                source("Sky News Arabia", "تجدد القصف على سراقب"),
                source("Enab Baladi", "قصف مدفعي"),
                source("France 24 Arabic", "قصف"),
            ],
        );
        let mut e = e;
        // Five articles: Sky News and France 24 ran two each.
        for (i, s) in e.sources.iter_mut().enumerate() {
            s.article_id = i as i64 + 1;
        }
        let rows = cells(&to_csv(std::slice::from_ref(&e), None));
        assert_eq!(column(&rows, "source"), ["Sky News Arabia; France 24 Arabic; Enab Baladi"]);
        assert_eq!(column(&rows, "n_sources"), ["5"]);
        // Two sentences of one article are one source.
        e.sources[1].article_id = 1;
        let rows = cells(&to_csv(&[e], None));
        assert_eq!(column(&rows, "n_sources"), ["4"]);
    }

    /// A note beginning with `-` (or `=`, `+`, `@`) would run as a formula in a spreadsheet: it
    /// gets a leading `'`. A negative longitude is a number and stays one.
    #[test]
    fn text_cells_that_read_as_formulas_are_neutralised_numbers_are_not() {
        let e = strike(
            7,
            ("place:new-york", "New York", 40.71, -74.01),
            vec![source(
                "=HYPERLINK(\"http://x.invalid\")",
                "- أكتوبر 2003 قصفت الطائرات الإسرائيلية موقعا قرب دمشق",
            )],
        );
        let rows = cells(&to_csv(&[e], None));
        assert_eq!(column(&rows, "notes"), ["'- أكتوبر 2003 قصفت الطائرات الإسرائيلية موقعا قرب دمشق"]);
        assert_eq!(column(&rows, "source"), ["'=HYPERLINK(\"http://x.invalid\")"]);
        assert_eq!(column(&rows, "longitude"), ["-74.0100"]);
        assert_eq!(column(&rows, "latitude"), ["40.7100"]);
        for (s, want) in [("+1", "'+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("قصف", "قصف"), ("", "")]
        {
            assert_eq!(spreadsheet_text(s), want);
        }
    }
}
