//! The store end to end on real articles: idempotent ingest, Arabic search, bad inputs,
//! near-duplicates on real wire reprints, cross-outlet merge, re-analysis, exports.

use std::path::{Path, PathBuf};

mod common;

use common::{actor, corpus, event, fixture, place, real_texts};
use marsad_model::{DateValue, EventType};
use marsad_store::pipeline::{PathReader, PipelineAnalyzer};
use marsad_store::{
    export, Analysis, ArticleInput, DataDir, EntityInfo, Exclude, Filter, IngestItem, IngestOptions,
    IngestSummary, Near, PageRequest, PlaceTree, TextOnlyAnalyzer,
};

fn ingest_paths(data: &mut DataDir, paths: &[PathBuf]) -> IngestSummary {
    let reader = marsad_ingest::Reader::embedded();
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    data.ingest(PathReader::new(&reader, paths), &pipeline, IngestOptions::default(), &mut |_| {}).unwrap()
}

#[test]
fn same_inputs_twice_store_nothing_new() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    let paths = [vec![corpus("seeds")], real_texts(), vec![fixture("bulk_pairs.jsonl")]].concat();
    let first = ingest_paths(&mut data, &paths);
    assert!(first.new >= 100, "{first:?}");
    assert!(first.failed.is_empty(), "{:?}", first.failed);
    let second = ingest_paths(&mut data, &paths);
    assert_eq!((second.new, second.near_duplicates), (0, 0), "{second:?}");
    assert_eq!(second.duplicates, first.read - first.failed.len(), "everything read is known");
    assert_eq!(data.stats().unwrap().articles, first.new + first.near_duplicates);
}

#[test]
fn joint_patrol_spellings_find_the_seed_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    ingest_paths(&mut data, &[vec![corpus("seeds")], real_texts()].concat());
    let docs = |q: &str| -> Vec<String> {
        let hits = data.search(q, &Filter::default(), PageRequest { offset: 0, limit: 1000 }).unwrap();
        let mut d: Vec<String> =
            hits.items.iter().map(|h| data.get_article(h.article_id).unwrap().unwrap().doc).collect();
        d.sort();
        d
    };
    let patrols = docs("دوريات مشتركة");
    assert!(patrols.iter().any(|d| d.starts_with("000_")), "{patrols:?}");
    let variants: Vec<Vec<String>> =
        ["دورية", "الدوريات", "دوريـ.ـات", "الدوريه"].iter().map(|q| docs(q)).collect();
    assert!(!variants[0].is_empty());
    for v in &variants {
        assert_eq!(v, &variants[0], "every spelling finds the same articles");
    }
    // A phrase query keeps word order; the reversed phrase finds nothing in the seeds.
    let phrase = data.search("\"الدوريات الروسية\"", &Filter::default(), PageRequest::default()).unwrap();
    assert!(phrase.total >= 1);
    let first = &phrase.items[0];
    assert!(!first.highlights.is_empty(), "snippets mark the matched words");
    let (a, b) = first.highlights[0];
    assert!(marsad_text::fold(&first.snippet[a..b]).contains("دوري"), "{}", &first.snippet[a..b]);
}

#[test]
fn bad_inputs_are_reported_by_path_and_the_rest_lands() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(inputs.join(name), bytes).unwrap();
    write(
        "a_good.txt",
        "دورية مشتركة\n\nسيرت القوات الروسية والتركية دورية مشتركة في ريف الدرباسية.".as_bytes(),
    );
    write("binary.txt", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe, 0]);
    let mut truncated = "عنوان\n\nنص عربي مقطوع".as_bytes().to_vec();
    truncated.push(0xd8); // first byte of a two-byte letter, then the file ends
    write("truncated.txt", &truncated);
    write("empty.txt", b"");
    write("blank.txt", b"  \n\t\n ");
    let mut garbage = Vec::with_capacity(50 << 20);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    while garbage.len() < 50 << 20 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        garbage.extend_from_slice(&state.to_le_bytes());
    }
    write("garbage.txt", &garbage);
    drop(garbage);
    write(
        "records.jsonl",
        "{\"id\": \"r1\", \"title\": \"غارة\", \"text\": \"قصفت طائرات حربية مواقع في ريف إدلب الجنوبي.\"}\n{broken json\n"
            .as_bytes(),
    );
    let mut data = DataDir::open(&tmp.path().join("data")).unwrap();
    let summary = ingest_paths(&mut data, &[inputs.clone(), tmp.path().join("missing.txt")]);
    assert_eq!(summary.new, 2, "{summary:?}");
    let failed: Vec<(String, String)> = summary
        .failed
        .iter()
        .map(|f| (Path::new(&f.path).file_name().unwrap().to_string_lossy().into_owned(), f.reason.clone()))
        .collect();
    // A bad record is named by file and line; the reason does not repeat the file.
    let record = failed.iter().find(|(n, _)| n.starts_with("records.jsonl")).unwrap();
    assert_eq!(record.0, "records.jsonl:2");
    assert!(record.1.starts_with("not a JSON article record"), "{record:?}");
    let failed: Vec<(String, String)> =
        failed.into_iter().map(|(n, why)| (n.split(':').next().unwrap().to_string(), why)).collect();
    for name in [
        "binary.txt",
        "truncated.txt",
        "empty.txt",
        "blank.txt",
        "garbage.txt",
        "records.jsonl",
        "missing.txt",
    ] {
        let hit = failed.iter().find(|(n, _)| n == name);
        assert!(hit.is_some_and(|(_, why)| !why.is_empty()), "{name} not reported: {failed:?}");
    }
    assert!(failed.iter().all(|(_, why)| why.len() < 400), "reasons stay short: {failed:?}");
}

#[test]
fn real_wire_reprints_are_near_duplicates_and_rewrites_are_not() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    let summary = ingest_paths(&mut data, &[fixture("bulk_pairs.jsonl")]);
    assert_eq!(summary.new + summary.near_duplicates, 14);
    let by_doc = |doc: &str| {
        (1..=14)
            .filter_map(|id| data.get_article(id).unwrap())
            .find(|a| a.doc == doc)
            .unwrap_or_else(|| panic!("{doc} stored"))
    };
    // The same agency story re-published by two Saudi outlets (headline and lead edited).
    for (original, copy) in [
        ("bulk1995", "bulk1996"),
        ("bulk1878", "bulk1882"),
        ("bulk1685", "bulk1687"),
        ("bulk1877", "bulk1879"),
    ] {
        let (o, c) = (by_doc(original), by_doc(copy));
        assert_eq!(o.duplicate_of, None, "{original} is the first seen");
        let (of, sim) = c.duplicate_of.unwrap_or_else(|| panic!("{copy} is a near-duplicate of {original}"));
        assert_eq!(of, o.id);
        assert!(sim >= marsad_store::minhash::NEAR_DUPLICATE_THRESHOLD);
        assert!(c.event_ids.is_empty(), "a near-duplicate is not analysed again");
    }
    // Two outlets writing up one explosion independently, and two stories on one subject.
    for doc in ["bulk1295", "bulk1026"] {
        assert_eq!(by_doc(doc).duplicate_of, None, "{doc} is its own article");
    }
}

/// Three reports: two outlets on one strike (one gives the day, one only the month), and one
/// on a strike far away.
fn strike_reports() -> Vec<IngestItem> {
    let mk = |doc: &str, outlet: &str, body: &str| {
        IngestItem::Article(ArticleInput {
            doc: doc.into(),
            title: doc.into(),
            outlet: Some(outlet.into()),
            url: Some(format!("https://{outlet}.invalid/{doc}")),
            body: body.into(),
            ..ArticleInput::default()
        })
    };
    vec![
        mk("a", "outlet-one", "قصفت طائرات روسية مدينة سراقب يوم 22 تموز 2024 ما أدى إلى مقتل 3 مدنيين."),
        mk("b", "outlet-two", "شنت مقاتلات حربية غارات على ريف إدلب الشرقي في تموز الماضي وسقط 4 قتلى."),
        mk("c", "outlet-three", "قصف جوي روسي على بلدة في ريف اللاذقية يوم 22 تموز 2024."),
    ]
}

fn strike_analyzer(a: &ArticleInput) -> Analysis {
    let body = a.body.clone();
    let (ev, ent) = match a.doc.as_str() {
        "a" => (
            event(EventType::Assault, DateValue::day(2024, 7, 22), "place:saraqib", &["RUS-MIL"], &body),
            place("place:saraqib", 35.86, 36.80),
        ),
        // The countryside of Idlib: the governorate.
        "b" => (
            event(
                EventType::Assault,
                DateValue::month(2024, 7),
                "place:idlib-governorate",
                &["RUS-MIL"],
                &body,
            ),
            EntityInfo {
                precision: Some("governorate".into()),
                ..place("place:idlib-governorate", 35.93, 36.63)
            },
        ),
        _ => (
            event(EventType::Assault, DateValue::day(2024, 7, 22), "place:latakia", &["RUS-MIL"], &body),
            place("place:latakia", 35.52, 35.79),
        ),
    };
    let actor = actor("RUS-MIL", "Russian armed forces", &["روسية", "روسي"]);
    Analysis {
        title: a.title.clone(),
        body,
        entities: vec![ent, actor],
        events: vec![ev],
        ..Analysis::default()
    }
}

/// An offset past what SQLite counts (i64) was "store database: datatype mismatch" (a 500 from
/// the API, exit 2 from the CLI with that message): it is a bad filter naming the offset. A search
/// page past the last article is empty, where tantivy overflowed adding offset and limit.
#[test]
fn an_offset_beyond_the_store_is_a_bad_filter() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    data.ingest(strike_reports(), &strike_analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    let huge = PageRequest { offset: usize::MAX, limit: 10 };
    let e = data.list_events(&Filter::default(), huge).unwrap_err();
    assert!(matches!(e, marsad_store::Error::BadFilter { name: "offset", .. }), "{e}");
    assert!(e.to_string().contains("at most 9223372036854775807"), "{e}");
    let last = PageRequest { offset: i64::MAX as usize, limit: 10 };
    let listed = data.list_events(&Filter::default(), last).unwrap();
    assert_eq!((listed.total, listed.items.len()), (2, 0));
    let hits = data.search("سراقب", &Filter::default(), huge).unwrap();
    assert_eq!((hits.total, hits.items.len()), (1, 0));
}

#[test]
fn reports_of_one_happening_merge_and_keep_their_own_details() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    data.ingest(strike_reports(), &strike_analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    let events = data.list_events(&Filter::default(), PageRequest::all()).unwrap();
    assert_eq!(events.total, 2, "Saraqib and Idlib are one strike; Latakia is another");
    let merged = events.items.iter().find(|e| e.sources.len() == 2).expect("a merged event");
    assert_eq!(merged.date, Some(DateValue::day(2024, 7, 22)), "the most precise date wins at the top");
    let outlets: Vec<_> = merged.sources.iter().map(|s| s.outlet.clone().unwrap()).collect();
    assert_eq!(outlets, ["outlet-one", "outlet-two"]);
    assert_eq!(merged.sources[1].date, Some(DateValue::month(2024, 7)), "each source keeps its own date");
    assert_eq!(merged.sources[1].place.as_deref(), Some("place:idlib-governorate"), "and its own place");
    assert_eq!(merged.sources[0].fatalities, Some(3));
    assert_eq!(merged.sources[1].fatalities, Some(4), "conflicting tolls are both kept");
    assert_eq!(
        merged.sources[1].evidence, "شنت مقاتلات حربية غارات على ريف إدلب الشرقي في تموز الماضي وسقط 4 قتلى.",
        "each source keeps its own sentence"
    );
    assert_eq!(merged.names.get("RUS-MIL").map(String::as_str), Some("Russian armed forces"));

    // Filters.
    let near = Filter { near: Some(Near { lat: 35.9, lon: 36.7, km: 30.0 }), ..Filter::default() };
    assert_eq!(data.list_events(&near, PageRequest::default()).unwrap().total, 1);
    let by_place = Filter { place: Some("place:latakia".into()), ..Filter::default() };
    assert_eq!(data.list_events(&by_place, PageRequest::default()).unwrap().total, 1);
    let by_actor =
        Filter { actor: Some("RUS-MIL".into()), from: Some("2024-07".into()), ..Filter::default() };
    assert_eq!(data.list_events(&by_actor, PageRequest::default()).unwrap().total, 2);
    let late = Filter { from: Some("2024-08-01".into()), ..Filter::default() };
    assert_eq!(data.list_events(&late, PageRequest::default()).unwrap().total, 0);
    let text = Filter { text: Some("اللاذقية".into()), ..Filter::default() };
    assert_eq!(data.list_events(&text, PageRequest::default()).unwrap().total, 1);
    let page = data.list_events(&Filter::default(), PageRequest { offset: 1, limit: 1 }).unwrap();
    assert_eq!((page.total, page.items.len()), (2, 1));
    let newest =
        data.list_events(&Filter { newest_first: true, ..Filter::default() }, PageRequest::all()).unwrap();
    let ids =
        |p: &marsad_store::Page<marsad_store::EventRecord>| p.items.iter().map(|e| e.id).collect::<Vec<_>>();
    let mut reversed = ids(&events);
    reversed.reverse();
    assert_eq!(ids(&newest), reversed, "same day: newest first orders by id, descending");
    assert!(data
        .list_events(&Filter { from: Some("July".into()), ..Filter::default() }, PageRequest::default())
        .is_err());

    // Exports.
    let csv = export::to_csv(&events.items, None);
    assert!(csv.starts_with('\u{FEFF}'), "BOM for spreadsheets");
    let header: Vec<&str> = csv.trim_start_matches('\u{FEFF}').lines().next().unwrap().split(',').collect();
    assert_eq!(&header[..5], ["event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision"]);
    for col in [
        "disorder_type",
        "sub_event_type",
        "actor1",
        "latitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    ] {
        assert!(header.contains(&col), "{col}");
    }
    assert!(csv.contains("Air/drone strike"), "aerial ASSAULT maps to ACLED's air strike");
    assert_eq!(csv.trim_end().lines().count(), 3);
    // admin1/admin2 come from the caller's gazetteer; source_scale from the outlet table.
    let mut known_outlets = events.items.clone();
    for e in &mut known_outlets {
        e.sources[0].outlet = Some("BBC Arabic".into());
    }
    if let Some(s) = known_outlets[0].sources.get_mut(1) {
        s.outlet = Some("Enab Baladi".into());
    }
    let admin = |id: &str| export::Location {
        admin1: Some(format!("{id} governorate")),
        admin2: (id == "place:saraqib").then(|| "Idlib district".to_string()),
        admin3: None,
        country: None,
    };
    let csv = export::to_csv_with(&known_outlets, &admin);
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().skip(1).map(|l| l.split(',').collect()).collect();
    let saraqib = rows.iter().find(|r| r[col("location")] == "saraqib").expect("saraqib row");
    assert_eq!(saraqib[col("admin1")], "place:saraqib governorate");
    assert_eq!(saraqib[col("admin2")], "Idlib district");
    let scales: Vec<&str> = rows.iter().map(|r| r[col("source_scale")]).collect();
    assert!(scales.contains(&"National-International"), "{scales:?}");
    assert!(scales.contains(&"International"), "{scales:?}");
    let geo = export::to_geojson(&events.items);
    assert_eq!(geo["type"], "FeatureCollection");
    let features = geo["features"].as_array().unwrap();
    assert_eq!(features.len(), 2);
    for f in features {
        assert_eq!(f["geometry"]["type"], "Point");
        let c = f["geometry"]["coordinates"].as_array().unwrap();
        assert!((35.0..43.0).contains(&c[0].as_f64().unwrap()), "longitude first");
        // A day-precise date starts and ends that day; a month-precise one spans the month.
        let (start, end) = (f["properties"]["date_start"].as_str(), f["properties"]["date_end"].as_str());
        match f["properties"]["date_precision"].as_str().unwrap() {
            "day" => assert!(start.is_some() && start == end, "{f}"),
            "month" => assert!(start.unwrap().ends_with("-01") && start < end, "{f}"),
            _ => {}
        }
    }
    let plover = export::to_plover_jsonl(&events.items);
    for line in plover.lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        for key in ["id", "date", "actor", "event", "event_loc", "cite_info"] {
            assert!(r.get(key).is_some(), "{key}");
        }
        assert_eq!(r["event"][0], "ASSAULT");
    }
}

/// Four articles: a strike that happened, one told as a recap of 2016, one denied, one told as a
/// possibility. `exclude` leaves out what did not happen as reported; by default all are listed.
#[test]
fn exclude_leaves_out_recaps_denials_and_hypotheticals() {
    let mk = |doc: &str, body: &str| {
        IngestItem::Article(ArticleInput {
            doc: doc.into(),
            title: doc.into(),
            outlet: Some("Enab Baladi".into()),
            body: body.into(),
            ..ArticleInput::default()
        })
    };
    let items = vec![
        mk("fact", "قصفت القوات التركية مواقع لقسد قرب كلس يوم 10 تشرين الأول 2019."),
        mk("recap", "وكانت القوات التركية قد قصفت مواقع لقسد قرب سراقب في عام 2016."),
        mk("denied", "نفت وزارة الدفاع التركية أن تكون قواتها قصفت مواقع لقسد قرب منبج."),
        mk("maybe", "قد تقصف القوات التركية مواقع لقسد قرب تل رفعت إذا فشلت المفاوضات."),
    ];
    let analyzer = |a: &ArticleInput| {
        let body = a.body.clone();
        let (id, lat, lon) = match a.doc.as_str() {
            "fact" => ("place:kilis", 36.72, 37.12),
            "recap" => ("place:saraqib", 35.86, 36.80),
            "denied" => ("place:manbij", 36.53, 37.95),
            _ => ("place:tal-rifaat", 36.47, 37.10),
        };
        let mut ev = event(EventType::Assault, DateValue::day(2019, 10, 10), id, &["TUR-MIL"], &body);
        ev.historical = a.doc == "recap";
        ev.negated = a.doc == "denied";
        if a.doc == "maybe" {
            ev.reported_as = marsad_model::ReportedAs::Hypothetical;
        }
        let actor = actor("TUR-MIL", "Turkish armed forces", &["القوات التركية"]);
        Analysis {
            title: a.title.clone(),
            body,
            entities: vec![place(id, lat, lon), actor],
            events: vec![ev],
            ..Analysis::default()
        }
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    data.ingest(items, &analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    let places = |exclude: &str| {
        let f = Filter { exclude: Exclude::parse(exclude).unwrap(), ..Filter::default() };
        let page = data.list_events(&f, PageRequest::all()).unwrap();
        let mut ids: Vec<String> = page.items.iter().map(|e| e.place.as_ref().unwrap().id.clone()).collect();
        ids.sort();
        assert_eq!(page.total, ids.len());
        ids
    };
    assert_eq!(places(""), ["place:kilis", "place:manbij", "place:saraqib", "place:tal-rifaat"]);
    assert_eq!(places("historical"), ["place:kilis", "place:manbij", "place:tal-rifaat"]);
    assert_eq!(places("negated, hypothetical"), ["place:kilis", "place:saraqib"]);
    assert_eq!(places("historical,negated,hypothetical,plan"), ["place:kilis"]);
    let e = Exclude::parse("historical,past").unwrap_err();
    assert!(e.contains("\"past\"") && e.contains("historical, negated, hypothetical, plan"), "{e}");
}

/// The merge keeps its keys in memory (schema 6): it must choose the same events whether the
/// reports come in one batch, one per batch, or one per run (each run reading the known events
/// back from the database), including from a version-5 store, which still had `event_keys`.
/// The month-precise report comes first, so the day-precise one refines the merged event's date
/// (and its keys) on the way.
#[test]
fn merge_is_the_same_in_one_batch_batch_by_batch_and_across_runs_from_a_v5_store() {
    let mut reports = strike_reports();
    reports.swap(0, 1);
    // The events as merged; the second each report was stored differs from run to run.
    let all = |data: &DataDir| {
        let mut events = data.list_events(&Filter::default(), PageRequest::all()).unwrap().items;
        for s in events.iter_mut().flat_map(|e| e.sources.iter_mut()) {
            s.stored_at = None;
        }
        events
    };

    let one = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(one.path()).unwrap();
    data.ingest(reports.clone(), &strike_analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    let expected = all(&data);
    assert_eq!(expected.len(), 2);
    let merged = expected.iter().find(|e| e.sources.len() == 2).expect("a merged event");
    assert_eq!(merged.date, Some(DateValue::day(2024, 7, 22)), "the day report refines the month");
    assert_eq!(merged.sources[0].outlet.as_deref(), Some("outlet-two"));

    let batched = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(batched.path()).unwrap();
    let options = IngestOptions { batch_size: 1, ..IngestOptions::default() };
    data.ingest(reports.clone(), &strike_analyzer, options, &mut |_| {}).unwrap();
    assert_eq!(all(&data), expected, "one report per batch");

    let runs = tempfile::tempdir().unwrap();
    {
        let mut data = DataDir::open(runs.path()).unwrap();
        data.ingest(reports[..1].to_vec(), &strike_analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    }
    {
        // Make it a version-5 store: the merge-key table that version kept, filled as
        // migration 3 filled it.
        let conn = rusqlite::Connection::open(runs.path().join("marsad.db")).unwrap();
        conn.execute_batch(
            "CREATE TABLE event_keys (
                entity_id TEXT NOT NULL, kind TEXT NOT NULL, long INTEGER NOT NULL,
                date_lo INTEGER NOT NULL, date_hi INTEGER NOT NULL,
                event_id INTEGER NOT NULL REFERENCES events(id),
                PRIMARY KEY (entity_id, kind, long, date_lo, event_id)) WITHOUT ROWID;
             CREATE INDEX event_keys_event ON event_keys(event_id);
             INSERT OR IGNORE INTO event_keys
                SELECT x.entity_id, e.kind, e.date_hi - e.date_lo > 33, e.date_lo, e.date_hi, e.id
                FROM event_entities x JOIN events e ON e.id = x.event_id WHERE e.date_lo IS NOT NULL;
             PRAGMA user_version = 5;",
        )
        .unwrap();
    }
    for report in &reports[1..] {
        let mut data = DataDir::open(runs.path()).unwrap();
        assert_eq!(data.store().schema_version().unwrap(), 6);
        data.ingest(vec![report.clone()], &strike_analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    }
    let data = DataDir::open(runs.path()).unwrap();
    assert_eq!(all(&data), expected, "one report per run, the first written by version 5");
    let conn = rusqlite::Connection::open(runs.path().join("marsad.db")).unwrap();
    let tables: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE 'event_keys%'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 0, "version 6 drops the table and its index");
}

/// Four reports of a Turkish strike on Afrin, by day of March 2018: the 17th, the 16th (undated
/// in its sentence: placed at its article's publication day), the 18th, and the 17th again.
fn afrin_reports() -> Vec<IngestItem> {
    [
        ("d17", 17, "قصفت القوات التركية مدينة عفرين يوم السبت وسقط قتلى من المدنيين."),
        ("d16", 16, "أفاد المرصد السوري بأن مدفعية الجيش التركي استهدفت أحياء عفرين منذ منتصف الليل."),
        ("d18", 18, "دخلت فصائل مدعومة من أنقرة إلى مركز مدينة عفرين بعد انسحاب المقاتلين الأكراد."),
        ("d17b", 17, "وثق ناشطون غارات للطائرات التركية على قرى محيطة بعفرين أسفرت عن نزوح آلاف العائلات."),
    ]
    .map(|(doc, day, body)| {
        IngestItem::Article(ArticleInput {
            doc: doc.into(),
            title: doc.into(),
            outlet: Some(format!("outlet-{doc}")),
            published: Some(DateValue::day(2018, 3, day)),
            body: body.into(),
            ..ArticleInput::default()
        })
    })
    .to_vec()
}

fn afrin_analyzer(a: &ArticleInput) -> Analysis {
    let body = a.body.clone();
    let day: u8 = a.doc[1..3].parse().unwrap();
    let mut ev = event(EventType::Assault, DateValue::day(2018, 3, day), "place:afrin", &["TUR-MIL"], &body);
    if a.doc == "d16" {
        ev.date = None;
    }
    Analysis {
        title: a.title.clone(),
        published: a.published.clone(),
        body,
        entities: vec![
            place("place:afrin", 36.51, 36.87),
            actor("TUR-MIL", "Turkish armed forces", &["التركية"]),
        ],
        events: vec![ev],
        ..Analysis::default()
    }
}

/// The docs of each event's reports, events in id order.
fn event_docs(data: &DataDir) -> Vec<Vec<String>> {
    let events = data.list_events(&Filter::default(), PageRequest::all()).unwrap().items;
    let mut by_id: Vec<(i64, Vec<String>)> = events
        .into_iter()
        .map(|e| {
            let mut docs: Vec<String> =
                e.sources.iter().map(|s| format!("{}/{}", s.doc, s.local_id)).collect();
            docs.sort();
            (e.id, docs)
        })
        .collect();
    by_id.sort();
    by_id.into_iter().map(|(_, docs)| docs).collect()
}

/// The 18th is a day from the event's date (the 17th, its first report) but two from the 16th
/// that joined it: it starts an event of its own, whether the reports come in one batch or one
/// per run (the known events then read back from the database, the 16th's day from its
/// article's publication date), and after a re-analysis.
#[test]
fn the_day_rule_holds_between_every_two_reports_across_runs_and_reanalysis() {
    let expected = [vec!["d16/e1", "d17/e1", "d17b/e1"], vec!["d18/e1"]];
    let one = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(one.path()).unwrap();
    data.ingest(afrin_reports(), &afrin_analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(event_docs(&data), expected, "one batch");

    let runs = tempfile::tempdir().unwrap();
    for report in afrin_reports() {
        let mut data = DataDir::open(runs.path()).unwrap();
        data.ingest(vec![report], &afrin_analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    }
    let mut data = DataDir::open(runs.path()).unwrap();
    assert_eq!(event_docs(&data), expected, "one report per run");
    data.reanalyze(&afrin_analyzer).unwrap();
    assert_eq!(event_docs(&data), expected, "re-analysed");
}

/// Three reports of the forced evacuations of 2016: BBC's date Moscow's push in December 2016
/// (month) and the evacuation of eastern Aleppo in October-December 2016 (range); the third, a
/// sentence after Sky News Arabia's 079, cut down to one evacuation on 19 October 2016 (day) and
/// made to leave from Aleppo: an evacuation is placed where it leaves from (session 26), and the
/// real sentence's Moadamiyeh fits neither. The
/// range fits both, the month and the day do not fit each other, so which pair is merged depends on
/// which comes first; a re-analysis merges in one order whatever the order of ingest, and numbers
/// events alike.
#[test]
fn reanalysis_merges_the_same_events_whatever_the_order_of_ingest() {
    // Copied out of real/, whose MANIFEST.tsv would date them: undated, their recaps' own dates decide.
    let folder = tempfile::tempdir().unwrap();
    let sources = [corpus("real/044_bbcar.txt"), corpus("real/076_bbcar.txt"), fixture("evacuation_day.txt")];
    let articles = sources.map(|from| {
        let copy = folder.path().join(from.file_name().unwrap());
        std::fs::copy(&from, &copy).unwrap();
        copy
    });
    let mut reversed = articles.clone();
    reversed.reverse();
    let mut stores = Vec::new();
    for order in [articles, reversed] {
        let tmp = tempfile::tempdir().unwrap();
        let mut data = DataDir::open(tmp.path()).unwrap();
        ingest_paths(&mut data, &order);
        let ingested = event_docs(&data);
        let analyzer = marsad_pipeline::Analyzer::embedded();
        data.reanalyze(&PipelineAnalyzer { analyzer: &analyzer, fallback_published: None }).unwrap();
        stores.push((tmp, ingested, event_docs(&data)));
    }
    let together = |events: &[Vec<String>], a: &str, b: &str| {
        events.iter().any(|docs| docs.iter().any(|d| d == a) && docs.iter().any(|d| d == b))
    };
    let (month, range, day) = ("044_bbcar.txt/e13", "076_bbcar.txt/e11", "evacuation_day.txt/e1");
    let (forward, backward) = (&stores[0].1, &stores[1].1);
    assert!(together(forward, month, range) && !together(forward, range, day), "month first: {forward:?}");
    assert!(together(backward, range, day) && !together(backward, month, range), "day first: {backward:?}");
    assert_eq!(stores[0].2, stores[1].2, "the same events, in the same id order");
    assert!(together(&stores[0].2, range, day), "the day-precise report first");
}

/// Schema 6 keeps the text as read only when cleaning changed it; either way `get_article` and a
/// re-analysis see it as read, also after a re-analysis whose cleaning changes the body.
#[test]
fn text_as_read_survives_storage_and_a_reanalysis_that_changes_the_body() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    let plain = "سيرت القوات الروسية والتركية دورية مشتركة في ريف الدرباسية.";
    let obfuscated = "سيرت القوات الروسية دوريـ.ـات مشتركة في ريف عين العرب.";
    let items = [("plain", plain), ("obfuscated", obfuscated)].map(|(doc, body)| {
        IngestItem::Article(ArticleInput { doc: doc.into(), body: body.into(), ..ArticleInput::default() })
    });
    data.ingest(items.to_vec(), &TextOnlyAnalyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    let raw = |data: &DataDir, id| data.get_article(id).unwrap().unwrap().raw;
    assert_eq!(data.get_article(1).unwrap().unwrap().body, plain, "cleaning leaves this one alone");
    assert_ne!(data.get_article(2).unwrap().unwrap().body, obfuscated);
    assert_eq!((raw(&data, 1), raw(&data, 2)), (plain.to_string(), obfuscated.to_string()));
    // A later cleaning that changes every body: the text as read must not follow it.
    let recleaned = |a: &ArticleInput| Analysis { body: format!("{} (v2)", a.body), ..Analysis::default() };
    data.reanalyze(&recleaned).unwrap();
    assert_eq!(data.get_article(1).unwrap().unwrap().body, format!("{plain} (v2)"));
    assert_eq!((raw(&data, 1), raw(&data, 2)), (plain.to_string(), obfuscated.to_string()));
    data.reanalyze(&recleaned).unwrap();
    assert_eq!(data.get_article(1).unwrap().unwrap().body, format!("{plain} (v2)"), "read, not re-read");
}

#[test]
fn reanalysis_recomputes_events_without_the_files_and_index_survives_loss() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    data.ingest(strike_reports(), &TextOnlyAnalyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(data.stats().unwrap().events, 0);
    let stats = data.reanalyze(&strike_analyzer).unwrap();
    assert_eq!((stats.events, stats.event_sources, stats.merged_events), (2, 3, 1));
    let article = data.get_article(1).unwrap().unwrap();
    assert!(
        article.spans.iter().any(|s| s.entity_id.as_deref() == Some("RUS-MIL")),
        "mentions stored with offsets"
    );
    let s = article.spans.iter().find(|s| s.entity_id.is_some()).unwrap();
    assert_eq!(&article.body[s.start..s.end], s.text);
    // Re-analysing twice gives the same record.
    let again = data.reanalyze(&strike_analyzer).unwrap();
    assert_eq!((again.events, again.event_sources, again.merged_events), (2, 3, 1));
    let by_type = Filter { kinds: vec![EventType::Assault], ..Filter::default() };
    assert_eq!(data.search("سراقب", &by_type, PageRequest::default()).unwrap().total, 1, "types are indexed");

    // Losing the index directory: reopening rebuilds it from the store.
    drop(data);
    std::fs::remove_dir_all(tmp.path().join("index")).unwrap();
    let data = DataDir::open(tmp.path()).unwrap();
    assert_eq!(data.search("تموز", &Filter::default(), PageRequest::default()).unwrap().total, 3);
    assert_eq!(data.reindex(&mut |_, _| {}).unwrap(), 3);
}

#[test]
fn event_pages_hold_the_same_records_as_single_lookups() {
    // Three strikes each reported by two outlets, plus one reported once; each report names a
    // known actor and the second report of a strike adds an actor the store has no name for.
    let reports = [
        (
            "p1",
            "outlet-one",
            "place:saraqib",
            1,
            "قصفت طائرات روسية مدينة سراقب صباح اليوم ودمرت سوقا شعبيا.",
        ),
        (
            "p2",
            "outlet-two",
            "place:saraqib",
            1,
            "غارات جوية استهدفت أحياء سكنية في سراقب وخلفت دمارا واسعا.",
        ),
        ("p3", "outlet-one", "place:idlib", 10, "استهدف الطيران الحربي الروسي محيط مدينة إدلب بعدة صواريخ."),
        (
            "p4",
            "outlet-three",
            "place:idlib",
            10,
            "سقطت قذائف على الأطراف الشمالية لإدلب بعد تحليق مكثف للمقاتلات.",
        ),
        ("p5", "outlet-two", "place:latakia", 19, "ضربة جوية على قرية في ريف اللاذقية الشمالي أصابت مدرسة."),
        (
            "p6",
            "outlet-four",
            "place:latakia",
            19,
            "أفاد ناشطون بقصف طال بلدة جبلية في ريف اللاذقية مساء الثلاثاء.",
        ),
        ("p7", "outlet-one", "place:ariha", 28, "قصف مدفعي متقطع على أريحا دون أنباء عن إصابات حتى الآن."),
    ];
    let items = reports
        .iter()
        .map(|(doc, outlet, _, _, body)| {
            IngestItem::Article(ArticleInput {
                doc: (*doc).into(),
                title: (*doc).into(),
                outlet: Some((*outlet).into()),
                url: Some(format!("https://{outlet}.invalid/{doc}")),
                body: (*body).into(),
                ..ArticleInput::default()
            })
        })
        .collect::<Vec<_>>();
    let analyzer = |a: &ArticleInput| {
        let i = reports.iter().position(|r| r.0 == a.doc).unwrap();
        let (_, _, place_id, day, body) = reports[i];
        let mut actors = vec!["RUS-MIL"];
        if i % 2 == 1 {
            actors.push("UNNAMED-ACTOR");
        }
        let mut ev = event(EventType::Assault, DateValue::day(2024, 7, day), place_id, &actors, body);
        ev.target = vec!["SYR-CIV".into()];
        Analysis {
            title: a.title.clone(),
            body: body.into(),
            entities: vec![
                place(place_id, 33.0 + f64::from(day) / 5.0, 36.0 + f64::from(day) / 20.0),
                actor("RUS-MIL", "Russian armed forces", &[]),
                actor("SYR-CIV", "Syrian civilians", &[]),
            ],
            events: vec![ev],
            ..Analysis::default()
        }
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    data.ingest(items, &analyzer, IngestOptions::default(), &mut |_| {}).unwrap();

    let all = data.list_events(&Filter::default(), PageRequest::all()).unwrap();
    assert_eq!(all.total, 4, "three strikes reported twice and one reported once");
    let multi = all.items.iter().filter(|e| e.sources.len() == 2).count();
    assert_eq!(multi, 3, "every twice-reported strike merged into one event with both sources");
    let merged = all.items.iter().find(|e| e.sources.len() == 2).unwrap();
    assert_eq!(merged.names.get("SYR-CIV").map(String::as_str), Some("Syrian civilians"));
    assert!(
        merged.source.iter().any(|s| s == "UNNAMED-ACTOR") && !merged.names.contains_key("UNNAMED-ACTOR")
    );

    for newest_first in [false, true] {
        let filter = Filter { newest_first, ..Filter::default() };
        for page in [PageRequest::all(), PageRequest { offset: 1, limit: 2 }] {
            let listed = data.list_events(&filter, page).unwrap();
            assert!(!listed.items.is_empty());
            for record in &listed.items {
                let single = data.get_event(record.id).unwrap().expect("a listed event can be looked up");
                assert_eq!(record, &single, "event {} (newest_first {newest_first})", record.id);
            }
        }
    }
    // Sources stay with their own event and in report order.
    for record in &all.items {
        let docs: Vec<&str> = record.sources.iter().map(|s| s.doc.as_str()).collect();
        let mut sorted = docs.clone();
        sorted.sort();
        assert_eq!(docs, sorted, "event {}", record.id);
        let places: Vec<_> = record.sources.iter().map(|s| s.place.clone()).collect();
        assert!(places.iter().all(|p| p.as_ref() == record.place.as_ref().map(|p| &p.id)));
    }
}

/// The ingest indexes articles from memory while it stores them; `reindex` reads them back from
/// the store. Both must give the same index, filters and near-duplicate links included.
#[test]
fn index_built_while_ingesting_matches_a_rebuild_from_the_store() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    let mut items = strike_reports();
    // Report a at an agency story's length (a one-sentence brief is never taken for a reprint).
    if let IngestItem::Article(a) = &mut items[0] {
        a.body.push_str(
            " وقال ناشطون في المدينة إن الغارات استهدفت أحياء سكنية وسوقا شعبية في وسط المدينة، \
             وإن فرق الدفاع المدني عملت ساعات على انتشال العالقين من تحت الأنقاض، فيما نزحت عائلات \
             كثيرة نحو القرى القريبة من الحدود خوفا من تجدد القصف في الأيام المقبلة.",
        );
    }
    // A lightly edited reprint of report a: stored as its near-duplicate.
    if let IngestItem::Article(a) = &items[0] {
        let mut copy = a.clone();
        copy.doc = "a-reprint".into();
        copy.url = Some("https://outlet-four.invalid/a".into());
        copy.body = format!("{} المصدر: وكالات", a.body);
        items.push(IngestItem::Article(copy));
    }
    let options = IngestOptions { batch_size: 1, ..IngestOptions::default() };
    let summary = data.ingest(items, &strike_analyzer, options, &mut |_| {}).unwrap();
    assert_eq!((summary.new, summary.near_duplicates), (3, 1), "{summary:?}");
    let filters = [
        Filter::default(),
        Filter { kinds: vec![EventType::Assault], ..Filter::default() },
        Filter { actor: Some("RUS-MIL".into()), ..Filter::default() },
        Filter { place: Some("place:saraqib".into()), ..Filter::default() },
        Filter { near: Near::parse("35.86,36.80,20"), ..Filter::default() },
    ];
    /// Per filter: (article id, original, outlet, title) of each hit.
    type Hits = Vec<(i64, Option<i64>, Option<String>, String)>;
    let snapshot = |data: &DataDir| -> Vec<Hits> {
        filters
            .iter()
            .map(|f| {
                let mut v: Vec<_> = data
                    .search("روسي", f, PageRequest::default())
                    .unwrap()
                    .items
                    .into_iter()
                    .map(|h| (h.article_id, h.duplicate_of, h.outlet, h.title))
                    .collect();
                v.sort();
                v
            })
            .collect()
    };
    let live = snapshot(&data);
    assert!(live.iter().all(|hits| !hits.is_empty()), "{live:?}");
    assert!(live[0].iter().any(|h| h.1 == Some(1)), "the reprint points to report a: {live:?}");
    data.reindex(&mut |_, _| {}).unwrap();
    assert_eq!(snapshot(&data), live);
}

#[test]
fn a_store_opened_read_only_reads_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    ingest_paths(&mut data, &[corpus("seeds")]);
    let (events, hits) = (
        data.list_events(&Filter::default(), PageRequest::default()).unwrap().total,
        data.search("إدلب", &Filter::default(), PageRequest::default()).unwrap().total,
    );
    drop(data);
    let listing = |dir: &Path| -> Vec<(PathBuf, std::time::SystemTime)> {
        let mut v: Vec<_> =
            walk(dir).into_iter().map(|p| (p.clone(), p.metadata().unwrap().modified().unwrap())).collect();
        v.sort();
        v
    };
    // SQLite's shared-memory files of a WAL reader come and go; the data does not change.
    let before: Vec<_> = listing(tmp.path()).into_iter().filter(|(p, _)| !is_wal_file(p)).collect();
    let read = DataDir::open_read_only(tmp.path()).unwrap();
    assert_eq!(read.list_events(&Filter::default(), PageRequest::default()).unwrap().total, events);
    assert_eq!(read.search("إدلب", &Filter::default(), PageRequest::default()).unwrap().total, hits);
    assert_eq!(read.unindexed().unwrap(), 0);
    drop(read);
    let after: Vec<_> = listing(tmp.path()).into_iter().filter(|(p, _)| !is_wal_file(p)).collect();
    assert_eq!(after, before, "no data file was created, changed or removed");
}

fn is_wal_file(p: &Path) -> bool {
    p.to_string_lossy().ends_with("-shm") || p.to_string_lossy().ends_with("-wal")
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// What an analyst sums and counts in an export: a toll is the deaths of one happening, counted once;
/// corroboration is the number of articles, not of sentences; an address is one a reader may follow.
#[test]
fn exports_count_tolls_once_sources_by_article_and_keep_only_web_addresses() {
    use marsad_model::Span;
    let strike = "قصفت طائرات روسية مدينتي سراقب واللاذقية يوم 22 تموز 2024 ما أدى إلى مقتل 5 مدنيين.";
    let again = "وكانت الطائرات الروسية قد قصفت سراقب فجر 22 تموز 2024.";
    let condemned = "وأدانت الخارجية الأمريكية القصف الذي أسفر عن مقتل 5 مدنيين يوم 22 تموز 2024.";
    let body = format!("{strike} {again} {condemned}");
    let item = IngestItem::Article(ArticleInput {
        doc: "x".into(),
        title: "x".into(),
        outlet: Some("outlet-one".into()),
        url: Some("javascript:alert(1)".into()),
        body: body.clone(),
        ..ArticleInput::default()
    });
    let analyzer = |a: &ArticleInput| {
        let at = |sentence: &str| {
            let start = a.body.find(sentence).unwrap();
            Span::new(start, start + sentence.len())
        };
        let day = DateValue::day(2024, 7, 22);
        let mut saraqib = event(EventType::Assault, day.clone(), "place:saraqib", &["RUS-MIL"], strike);
        let mut latakia = event(EventType::Assault, day.clone(), "place:latakia", &["RUS-MIL"], strike);
        let mut recap = event(EventType::Assault, day.clone(), "place:saraqib", &["RUS-MIL"], again);
        let mut accuse = event(EventType::Accuse, day, "place:saraqib", &["USA-GOV"], condemned);
        for (i, (e, s)) in
            [(&mut saraqib, strike), (&mut latakia, strike), (&mut recap, again), (&mut accuse, condemned)]
                .into_iter()
                .enumerate()
        {
            e.id = format!("e{}", i + 1);
            e.span = at(s);
            e.trigger = Span::new(e.span.start, e.span.start + 4);
        }
        Analysis {
            title: a.title.clone(),
            body: a.body.clone(),
            entities: vec![
                place("place:saraqib", 35.86, 36.80),
                place("place:latakia", 35.52, 35.79),
                actor("RUS-MIL", "Russian armed forces", &["روسية"]),
                actor("USA-GOV", "United States government", &["الأمريكية"]),
            ],
            events: vec![saraqib, latakia, recap, accuse],
            ..Analysis::default()
        }
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    data.ingest(vec![item], &analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    let events = data.list_events(&Filter::default(), PageRequest::all()).unwrap().items;
    let at = |place: &str, kind: EventType| {
        events
            .iter()
            .find(|e| e.kind == kind && e.place.as_ref().is_some_and(|p| p.id == place))
            .unwrap_or_else(|| panic!("{kind:?} at {place}: {events:#?}"))
    };
    let saraqib = at("place:saraqib", EventType::Assault);
    // Two sentences of one article feed the Saraqib strike: one source, two reports.
    assert_eq!((saraqib.sources.len(), saraqib.article_count()), (2, 1));
    // The toll of the strike sentence goes to its first ASSAULT only, and not to the condemnation.
    assert_eq!(saraqib.sources[0].fatalities, Some(5));
    assert_eq!(at("place:latakia", EventType::Assault).sources[0].fatalities, None);
    assert_eq!(at("place:saraqib", EventType::Accuse).sources[0].fatalities, None);

    let csv = export::to_csv(&events, None);
    // No cell here holds a comma or a quote, so a split is a CSV reader.
    assert!(!csv.contains('"'), "{csv}");
    let mut lines = csv.trim_start_matches('\u{FEFF}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 3, "{csv}");
    let tolls: u32 = rows.iter().filter_map(|r| r[col("fatalities")].parse::<u32>().ok()).sum();
    assert_eq!(tolls, 5, "one toll, summed once");
    for r in &rows {
        assert_eq!(r[col("n_sources")], "1", "{r:?}");
        assert_eq!(r[col("source_urls")], "", "javascript: is no address: {r:?}");
        assert!(r[col("event_id_cnty")].ends_with(r[col("event_id_no_cnty")]), "{r:?}");
    }
    let stored = data.get_article(saraqib.sources[0].article_id).unwrap().unwrap();
    assert_eq!(stored.url, None);
}

/// Two sites' items both linked `/news/1` (feeds without a link of their own): the relative link
/// names no page, so it tells no copy and is not stored; both articles land, in one batch or two.
/// Storing it made the second insert break `articles.url`'s uniqueness and fail the whole ingest.
#[test]
fn relative_links_neither_tell_copies_nor_break_the_store() {
    let item = |doc: &str, body: &str| {
        IngestItem::Article(ArticleInput {
            doc: doc.into(),
            title: doc.into(),
            url: Some("/news/1".into()),
            body: body.into(),
            ..ArticleInput::default()
        })
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    let first = data
        .ingest(
            vec![
                item("a", "قصفت الطائرات الحربية بلدات في جبل الزاوية بريف إدلب الجنوبي صباح اليوم."),
                item("b", "اندلعت اشتباكات عنيفة بين فصائل مسلحة قرب مدينة الباب في ريف حلب الشمالي."),
            ],
            &TextOnlyAnalyzer,
            IngestOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    assert_eq!((first.new, first.duplicates), (2, 0), "{first:?}");
    let later = data
        .ingest(
            vec![item("c", "سيرت القوات الروسية والتركية دورية مشتركة على طريق حلب اللاذقية الدولي.")],
            &TextOnlyAnalyzer,
            IngestOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    assert_eq!(later.new, 1, "{later:?}");
    assert_eq!(data.stats().unwrap().articles, 3);
}

/// Two one-sentence briefs in one mould, Turkey's demand and Iran's: too short to tell a reprint
/// from another statement, so neither is a near-duplicate of the other and both are analysed.
#[test]
fn short_briefs_in_one_mould_are_not_near_duplicates() {
    let brief = |doc: &str, who: &str| {
        IngestItem::Article(ArticleInput {
            doc: doc.into(),
            title: String::new(),
            body: format!("طالبت {who} روسيا يوم 20 شباط 2018 بوقف الغارات على إدلب."),
            ..ArticleInput::default()
        })
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    let got = data
        .ingest(
            vec![brief("t1", "تركيا"), brief("t2", "إيران")],
            &TextOnlyAnalyzer,
            IngestOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    assert_eq!((got.new, got.near_duplicates), (2, 0), "{got:?}");
}

/// A feed item with a headline and no text was reported by its file alone
/// (`"path": "…/rss1.xml", "reason": "no article text"`): which of the feed's items it was, nobody
/// could tell. It is named by its id in the feed (what `analyze` prints, what `explain --id` takes)
/// and its headline; the feed's other items land.
#[test]
fn a_feed_item_without_text_is_reported_by_its_id_and_headline() {
    let tmp = tempfile::tempdir().unwrap();
    let feed = tmp.path().join("rss1.xml");
    std::fs::write(
        &feed,
        r#"<rss version="2.0"><channel><title>وكالة أنباء تجريبية</title><link>https://news.example.org/</link>
<item><title>وزير الخارجية التركي يلتقي نظيره الروسي في موسكو</title><link>https://news.example.org/ar/meeting</link>
<description>التقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف في موسكو الأربعاء لبحث الوضع في إدلب.</description></item>
<item><title>عنوان بلا نص</title><guid>item-3</guid><link>https://news.example.org/ar/empty</link></item>
</channel></rss>"#,
    )
    .unwrap();
    let mut data = DataDir::open(&tmp.path().join("data")).unwrap();
    let summary = ingest_paths(&mut data, std::slice::from_ref(&feed));
    assert_eq!(summary.new, 1, "{summary:?}");
    assert_eq!(summary.failed.len(), 1, "{summary:?}");
    assert_eq!(summary.failed[0].path, format!("{}#item-3", feed.display()));
    assert_eq!(summary.failed[0].reason, "no article text: only the headline «عنوان بلا نص»");
}

/// A reviewer's JSON Lines record: `doc`, `outlet`, publication day, text.
type Brief<'a> = (&'a str, &'a str, (i32, u8, u8), &'a str);

/// Articles of one brief each, as the reviewer fed them.
fn briefs(items: &[Brief<'_>]) -> Vec<IngestItem> {
    items
        .iter()
        .map(|&(doc, outlet, (y, m, d), body)| {
            IngestItem::Article(ArticleInput {
                doc: doc.into(),
                title: doc.into(),
                outlet: Some(outlet.into()),
                published: Some(DateValue::day(y, m, d)),
                body: body.into(),
                ..ArticleInput::default()
            })
        })
        .collect()
}

fn ingest_pipeline(data: &mut DataDir, items: Vec<IngestItem>) {
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    data.ingest(items, &pipeline, IngestOptions::default(), &mut |_| {}).unwrap();
}

/// The reviewer's towns (s18): two outlets, one Thursday, shelling of Kafranbel and of Khan
/// Shaykhun (20 km apart) were one event at Khan Shaykhun, and Kafranbel had none (`--near` it
/// found nothing). Two towns are two events, also after a re-analysis; both are in Idlib
/// governorate, and each toll (in words) is read.
#[test]
fn shelling_of_two_towns_the_same_day_is_two_events() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    ingest_pipeline(
        &mut data,
        briefs(&[
            ("t1", "Outlet A", (2018, 2, 10), "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي يوم الخميس بالمدفعية الثقيلة، ما أدى إلى مقتل ثلاثة مدنيين."),
            ("t2", "Outlet B", (2018, 2, 10), "قصفت قوات النظام مدينة خان شيخون في ريف إدلب الجنوبي يوم الخميس بالمدفعية الثقيلة، ما أدى إلى مقتل خمسة مدنيين."),
        ]),
    );
    for run in ["ingest", "reanalyze"] {
        let all = data.list_events(&Filter::default(), PageRequest::all()).unwrap().items;
        let mut at: Vec<(String, Option<u32>)> =
            all.iter().map(|e| (e.place.as_ref().unwrap().id.clone(), e.sources[0].fatalities)).collect();
        at.sort();
        assert_eq!(
            at,
            [("place:kafranbel".to_string(), Some(3)), ("place:khan-shaykhun".to_string(), Some(5))],
            "{run}"
        );
        let kafranbel = Filter { near: Some(Near { lat: 35.61, lon: 36.56, km: 5.0 }), ..Filter::default() };
        assert_eq!(data.list_events(&kafranbel, PageRequest::all()).unwrap().total, 1, "{run}");
        let idlib = Filter { place: Some("place:idlib-governorate".into()), ..Filter::default() };
        assert_eq!(data.list_events(&idlib, PageRequest::all()).unwrap().total, 2, "{run}");
        let analyzer = marsad_pipeline::Analyzer::embedded();
        data.reanalyze(&PipelineAnalyzer { analyzer: &analyzer, fallback_published: None }).unwrap();
    }
}

/// The reviewer's chain (s18): three same-day briefs (Turkey and Russia agree on patrols near
/// Aleppo, Russia and Iran on trade, Iran and Qatar on flights) were one AGREE event of three
/// sources, actor2 "Turkey; Russia; Iran; Qatar"; after a re-analysis Turkey–Russia and
/// Russia–Iran were still one. Each agreement is its own event.
#[test]
fn three_agreements_sharing_a_party_in_turn_are_three_events() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    ingest_pipeline(
        &mut data,
        briefs(&[
            (
                "c1",
                "Outlet A",
                (2018, 3, 2),
                "اتفقت تركيا وروسيا أمس الخميس على تسيير دوريات مشتركة في ريف حلب الشمالي.",
            ),
            (
                "c2",
                "Outlet B",
                (2018, 3, 2),
                "اتفقت روسيا وإيران أمس الخميس على توسيع التعاون الاقتصادي بين البلدين.",
            ),
            (
                "c3",
                "Outlet C",
                (2018, 3, 2),
                "اتفقت إيران وقطر أمس الخميس على زيادة الرحلات الجوية بين الدوحة وطهران.",
            ),
        ]),
    );
    let agree = Filter { kinds: vec![EventType::Agree], ..Filter::default() };
    for run in ["ingest", "reanalyze"] {
        let events = data.list_events(&agree, PageRequest::all()).unwrap().items;
        let sources: Vec<usize> = events.iter().map(|e| e.sources.len()).collect();
        assert_eq!(sources, [1, 1, 1], "{run}");
        let analyzer = marsad_pipeline::Analyzer::embedded();
        data.reanalyze(&PipelineAnalyzer { analyzer: &analyzer, fallback_published: None }).unwrap();
    }
}

/// `--place idlib-governorate` listed none of Saraqib's events but a summit in Tehran whose
/// sentence named Idlib: a place holds the events that happened there or inside it (by the
/// knowledge's admin parents), and search finds the articles naming a place inside it.
#[test]
fn a_governorate_holds_its_towns_events_and_not_a_summit_about_it() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    let summit = |a: &ArticleInput| {
        let body = a.body.clone();
        let mut ev =
            event(EventType::Consult, DateValue::day(2024, 7, 22), "place:tehran", &["RUS-GOV"], &body);
        ev.places.push("place:idlib-governorate".into());
        Analysis {
            title: a.title.clone(),
            body,
            entities: vec![
                place("place:tehran", 35.69, 51.39),
                EntityInfo {
                    precision: Some("governorate".into()),
                    ..place("place:idlib-governorate", 35.93, 36.63)
                },
            ],
            events: vec![ev],
            ..Analysis::default()
        }
    };
    let analyzer = |a: &ArticleInput| if a.doc == "summit" { summit(a) } else { strike_analyzer(a) };
    let mut items = strike_reports();
    items.push(IngestItem::Article(ArticleInput {
        doc: "summit".into(),
        title: "summit".into(),
        body: "بحث رؤساء روسيا وتركيا وإيران في طهران الوضع في محافظة إدلب.".into(),
        ..ArticleInput::default()
    }));
    data.ingest(items, &analyzer, IngestOptions::default(), &mut |_| {}).unwrap();
    let idlib = Filter { place: Some("place:idlib-governorate".into()), ..Filter::default() };
    let listed = |data: &DataDir| -> Vec<String> {
        let events = data.list_events(&idlib, PageRequest::all()).unwrap().items;
        events.iter().map(|e| e.place.as_ref().unwrap().id.clone()).collect()
    };
    // Without the knowledge's tree, only the governorate's own events.
    assert_eq!(listed(&data), Vec::<String>::new(), "the strike is mapped at Saraqib");
    data.set_places(std::sync::Arc::new(PlaceTree::new([(
        "place:saraqib".to_string(),
        vec!["place:idlib-governorate".to_string()],
    )])));
    assert_eq!(listed(&data), ["place:saraqib"], "the summit in Tehran is not in Idlib");
    let hits = data.search("سراقب", &idlib, PageRequest::all()).unwrap();
    assert_eq!(hits.total, 1, "the article naming Saraqib");
    let tehran = Filter { place: Some("place:tehran".into()), ..Filter::default() };
    assert_eq!(data.list_events(&tehran, PageRequest::all()).unwrap().total, 1);
}

/// A reader (`marsad events`, `search`) opening a directory while an ingest writes it: the store holds
/// articles the index does not cover yet and the index's writer is taken. It reads the index as the
/// writer left it; before, it failed with "in use by another marsad process" now and then.
#[test]
fn a_reader_opens_a_directory_an_ingest_is_writing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    ingest_paths(&mut data, &[corpus("seeds")]);
    let stored = data.stats().unwrap().articles;
    drop(data);
    // The ingest's state between storing a batch and indexing it: articles in the store only, and
    // the index's writer held (by the ingest's process).
    std::fs::remove_dir_all(tmp.path().join("index")).unwrap();
    let writing = marsad_store::SearchIndex::open(&tmp.path().join("index")).unwrap();
    writing.claim_writer().unwrap();

    let reader = DataDir::open(tmp.path()).expect("a reader opens the directory");
    assert_eq!(reader.unindexed().unwrap(), stored as i64, "the stored articles are not searchable yet");
    assert_eq!(reader.stats().unwrap().articles, stored, "the store is read as it is");
    assert!(reader.claim_for_writing().is_err(), "a writer still stops before changing anything");
}

/// The reviewer's Duma week (s19): an article on the strike on T4 airbase recalls that the US
/// and France had threatened to respond (no date, no place of its own), and joined Trump's
/// threat of a heavy price for the attack on Duma told by another outlet; SOHR's "Duma was hit
/// by at least 42 air raids" (no date, no actor) joined another outlet's shelling of Duma by the
/// regime, though Russian aircraft struck it that day too. Each is its own event; SOHR's two sentences of one article stay one event, and Ben
/// Rhodes's statement, told by two outlets with neither a date nor a place, stays one.
fn sorted_docs(e: &marsad_store::EventRecord) -> Vec<String> {
    let mut docs: Vec<String> = e.sources.iter().map(|s| s.doc.clone()).collect();
    docs.sort();
    docs
}

#[test]
fn a_report_dated_only_by_its_article_joins_another_outlets_only_on_strong_evidence() {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    ingest_pipeline(
        &mut data,
        briefs(&[
            ("t4", "Outlet A", (2018, 4, 9), "تعرض مطار التيفور العسكري في وسط سوريا إلى غارات جوية بصواريخ فجر الاثنين أوقعت عددا من القتلى والجرحى. واتهمت سوريا في البداية الغرب بالوقوف وراء القصف، إذ كان كل من الولايات المتحدة وفرنسا قد هددتا بالرد على الهجوم الكيماوي."),
            ("threat", "Outlet B", (2018, 4, 9), "وكان الرئيس الأمريكي دونالد ترامب توعد الأحد بأنه سيكون هناك ثمن باهظ للهجوم بأسلحة كيماوية في مدينة دوما السورية."),
            ("raids", "Outlet C", (2018, 4, 6), "وقال المرصد السوري لحقوق الإنسان إن مدينة دوما تعرضت لما لا يقل عن 42 غارة جوية. وأضاف المرصد أن المدينة تعرضت لما لا يقل عن 42 ضربة جوية."),
            ("shelling", "Outlet D", (2018, 4, 6), "قصفت قوات النظام السوري مدينة دوما بالمدفعية اليوم الجمعة، ما أدى إلى مقتل عشرة مدنيين."),
            ("russian", "Outlet G", (2018, 4, 6), "شنت طائرات حربية روسية غارات على مدينة دوما اليوم الجمعة."),
            ("rhodes1", "Outlet E", (2015, 7, 27), "وذكر بن رودس نائب مستشار الأمن القومي الذي يرافق الرئيس الأميركي باراك أوباما في زيارته إلى كينيا، من نيروبي أن الولايات المتحدة تعتبر حزب العمال الكردستاني منظمة إرهابية."),
            ("rhodes2", "Outlet F", (2015, 7, 27), "وذكر ابن رودس نائب مستشار الأمن القومي الذي يرافق الرئيس الأمريكي باراك أوباما في زيارته إلى كينيا من نيروبي، أن الولايات المتحدة تعتبر حزب العمال الكردستاني منظمة إرهابية."),
        ]),
    );
    for run in ["ingest", "reanalyze"] {
        let events = data.list_events(&Filter::default(), PageRequest::all()).unwrap().items;
        let docs = |kind: EventType| -> Vec<Vec<String>> {
            let mut v: Vec<Vec<String>> = events.iter().filter(|e| e.kind == kind).map(sorted_docs).collect();
            v.sort();
            v
        };
        let threatened: Vec<Vec<String>> = vec![vec!["t4".into()], vec!["threat".into()]];
        assert_eq!(docs(EventType::Threaten), threatened, "{run}");
        let duma: Vec<Vec<String>> = events
            .iter()
            .filter(|e| {
                e.kind == EventType::Assault && e.place.as_ref().is_some_and(|p| p.id == "place:duma")
            })
            .map(sorted_docs)
            .collect();
        assert!(duma.contains(&vec!["raids".to_string(), "raids".to_string()]), "{run}: {duma:?}");
        assert!(duma.contains(&vec!["shelling".to_string()]), "{run}: {duma:?}");
        assert!(duma.contains(&vec!["russian".to_string()]), "{run}: {duma:?}");
        let rhodes = vec!["rhodes1".to_string(), "rhodes2".to_string()];
        assert!(docs(EventType::Accuse).contains(&rhodes), "{run}: the same source on the same target");
        assert_eq!(docs(EventType::Consult), [rhodes], "{run}: the same sentence retold");
        let analyzer = marsad_pipeline::Analyzer::embedded();
        data.reanalyze(&PipelineAnalyzer { analyzer: &analyzer, fallback_published: None }).unwrap();
    }
}
