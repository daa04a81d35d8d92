use crate::util::*;

#[test]
fn a_mistyped_data_directory_is_an_error_not_an_empty_store() {
    let dir = tempdir("no-data-dir");
    for args in [
        &["search", "قصف", "--data", "marsad-dta"][..],
        &["events", "--data", "marsad-dta"],
        &["reindex", "--data", "marsad-dta"],
        &["reanalyze", "--data", "marsad-dta"],
    ] {
        let out = marsad_in(&dir, args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("no marsad data directory at marsad-dta"), "{args:?}: {err}");
        assert!(stdout(&out).is_empty(), "{args:?} printed results");
        assert!(!dir.join("marsad-dta").exists(), "{args:?} created the directory");
    }
    // MARSAD_DATA is checked the same way.
    let mut cmd = command(&["events"], &dir);
    let out = cmd.env("MARSAD_DATA", dir.join("typo")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no marsad data directory"));

    // Once something is ingested, the same commands read it.
    std::fs::write(dir.join("a.txt"), "قصف على إدلب\nقصفت الطائرات الروسية مدينة إدلب اليوم.\n").unwrap();
    let ingest = marsad_in(&dir, &["ingest", "a.txt", "--data", "marsad-dta"], "");
    assert!(ingest.status.success(), "{}", stderr(&ingest));
    let search = marsad_in(&dir, &["search", "إدلب", "--data", "marsad-dta"], "");
    assert!(search.status.success(), "{}", stderr(&search));
    assert!(stdout(&search).contains("1 of 1"), "{}", stdout(&search));

    // An id as an analyst types it finds the stored one; one the store lacks is named, not "0 events".
    let events = |args: &[&str]| {
        let args: Vec<&str> = ["events", "--data", "marsad-dta"].iter().chain(args).copied().collect();
        marsad_in(&dir, &args, "")
    };
    let exact = stdout(&events(&["--actor", "RUS-MIL"]));
    assert!(exact.contains("1 of 1 events"), "{exact}");
    assert_eq!(stdout(&events(&["--actor", "rus-mil"])), exact);
    let typo = events(&["--actor", "RUS-MILL"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("--actor \"RUS-MILL\": no such id in this store"), "{}", stderr(&typo));

    // A date filter that is no date is refused, not read as year 19 or a 13th month.
    for bad in ["19", "2019-13", "2019-02-30"] {
        let out = marsad_in(&dir, &["events", "--data", "marsad-dta", "--from", bad], "");
        assert_eq!(out.status.code(), Some(2), "--from {bad}: {}", stdout(&out));
        assert!(stderr(&out).contains("not a date"), "--from {bad}: {}", stderr(&out));
    }

    // A folder with no article in it is named, not stored as nothing.
    std::fs::create_dir(dir.join("empty")).unwrap();
    std::fs::write(dir.join("empty/README.md"), "notes").unwrap();
    for args in [&["ingest", "empty", "--data", "marsad-dta"][..], &["analyze", "empty"]] {
        let out = marsad_in(&dir, args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("no articles under empty"), "{args:?}: {}", stderr(&out));
    }
    let out = marsad_in(&dir, &["lexicon", "check", "empty"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("holds none of actors/, places/, triggers/"), "{}", stderr(&out));
}
