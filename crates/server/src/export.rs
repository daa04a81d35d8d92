//! Export files of the in-memory backend: CSV with ACLED's column names,
//! GeoJSON, and JSON Lines. The store writes its own (with the full
//! PLOVER→ACLED mapping); these keep the same column names and shapes.

use marsad_model::{GeoPrecision, Precision};
use serde_json::{json, Value};

use crate::backend::{EventDetail, ExportFormat};

/// ACLED column names, in ACLED's order, that marsad can fill.
pub const CSV_COLUMNS: [&str; 19] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
];

/// Writes events in a format.
pub fn write(events: &[EventDetail], format: ExportFormat) -> Vec<u8> {
    match format {
        ExportFormat::Csv => csv(events),
        ExportFormat::GeoJson => geojson(events),
        ExportFormat::Jsonl => jsonl(events),
    }
}

fn csv(events: &[EventDetail]) -> Vec<u8> {
    // The BOM makes Excel read the file as UTF-8, so Arabic shows.
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push('\n');
    for e in events {
        let r = &e.row;
        let date = r.date.as_ref().and_then(|d| d.value.clone()).unwrap_or_default();
        let first_day = date.split('/').next().unwrap_or("").to_string();
        let time_precision = match r.date.as_ref().map(|d| d.precision) {
            Some(Precision::Day) => "1",
            Some(Precision::Range) => "2",
            Some(Precision::Month) | Some(Precision::Year) => "3",
            _ => "",
        };
        let disorder = match r.kind.quad() {
            "material_conflict" if r.kind == marsad_model::EventType::Protest => "Demonstrations",
            "material_conflict" => "Political violence",
            _ => "Strategic developments",
        };
        let names = |list: &[crate::backend::EntityRef]| {
            list.iter().map(|a| a.name_en.as_str()).collect::<Vec<_>>().join("; ")
        };
        let (lat, lon, geo) = match &r.place {
            Some(p) => (
                p.lat.map(|v| v.to_string()).unwrap_or_default(),
                p.lon.map(|v| v.to_string()).unwrap_or_default(),
                match p.geo_precision {
                    Some(GeoPrecision::Point) | Some(GeoPrecision::Village) | Some(GeoPrecision::Road) => "1",
                    Some(GeoPrecision::District) => "2",
                    Some(_) => "3",
                    None => "",
                },
            ),
            None => (String::new(), String::new(), ""),
        };
        let source = e.sources.iter().filter_map(|s| s.outlet.clone()).collect::<Vec<_>>().join("; ");
        let row = [
            r.id.clone(),
            first_day.clone(),
            first_day.get(0..4).unwrap_or("").to_string(),
            time_precision.to_string(),
            disorder.to_string(),
            r.kind.as_str().to_string(),
            r.mode.clone().unwrap_or_default(),
            r.source.first().map(|a| a.name_en.clone()).unwrap_or_default(),
            names(r.source.get(1..).unwrap_or(&[])),
            names(&r.target),
            "Syria".to_string(),
            r.place.as_ref().map(|p| p.name_en.clone()).unwrap_or_default(),
            lat,
            lon,
            geo.to_string(),
            source,
            String::new(),
            r.evidence.clone(),
            String::new(),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out.into_bytes()
}

/// Quotes a cell when it holds a comma, quote or line break; a leading `=+-@`
/// is prefixed with `'` so a spreadsheet never runs it as a formula.
fn csv_cell(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@']) { format!("'{cell}") } else { cell.to_string() };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

fn event_json(e: &EventDetail) -> Value {
    let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.insert("quad".into(), json!(e.row.kind.quad()));
    }
    v
}

fn geojson(events: &[EventDetail]) -> Vec<u8> {
    let features: Vec<Value> = events
        .iter()
        .filter_map(|e| {
            let p = e.row.place.as_ref()?;
            let (lat, lon) = (p.lat?, p.lon?);
            Some(json!({
                "type": "Feature",
                "id": e.row.id,
                "geometry": { "type": "Point", "coordinates": [lon, lat] },
                "properties": {
                    "event_type": e.row.kind.as_str(),
                    "date": e.row.date.as_ref().and_then(|d| d.value.clone()),
                    "precision": e.row.date.as_ref().map(|d| d.precision.as_str()),
                    "source": e.row.source.iter().map(|a| &a.id).collect::<Vec<_>>(),
                    "target": e.row.target.iter().map(|a| &a.id).collect::<Vec<_>>(),
                    "place": p.id,
                    "place_name_ar": p.name_ar,
                    "place_name_en": p.name_en,
                    "reported_as": e.row.reported_as,
                    "historical": e.row.historical,
                    "evidence": e.row.evidence,
                    "sources": e.sources.len(),
                }
            }))
        })
        .collect();
    serde_json::to_vec(&json!({ "type": "FeatureCollection", "features": features })).unwrap_or_default()
}

fn jsonl(events: &[EventDetail]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in events {
        if serde_json::to_writer(&mut out, &event_json(e)).is_ok() {
            out.push(b'\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        let cases = [
            ("قسد", "قسد"),
            ("a,b", "\"a,b\""),
            ("قال \"نعم\"", "\"قال \"\"نعم\"\"\""),
            ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
            ("line\nbreak", "\"line\nbreak\""),
        ];
        for (input, expected) in cases {
            assert_eq!(csv_cell(input), expected);
        }
    }
}
