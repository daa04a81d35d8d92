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

    // A state is a place events are located at; a period that ends before it starts is refused.
    let text = "غارات على سوريا\nشنت الطائرات الإسرائيلية غارات على مواقع عسكرية في سوريا اليوم.\n";
    std::fs::write(dir.join("syria.txt"), text).unwrap();
    assert!(marsad_in(&dir, &["ingest", "syria.txt", "--data", "marsad-dta"], "").status.success());
    let syria = events(&["--place", "syr"]);
    assert!(stdout(&syria).contains("1 of 1 events"), "{}{}", stdout(&syria), stderr(&syria));
    let backwards = events(&["--from", "2018-04", "--to", "2018-03"]);
    assert_eq!(backwards.status.code(), Some(2));
    assert!(stderr(&backwards).contains("is after --to"), "{}", stderr(&backwards));

    // A date filter that is no date is refused, not read as year 19 or a 13th month.
    for bad in ["19", "2019-13", "2019-02-30"] {
        let out = marsad_in(&dir, &["events", "--data", "marsad-dta", "--from", bad], "");
        assert_eq!(out.status.code(), Some(2), "--from {bad}: {}", stdout(&out));
        assert!(stderr(&out).contains("not a date"), "--from {bad}: {}", stderr(&out));
    }
    // An offset past what the store counts to is a usage error saying so, not "datatype mismatch".
    let out = marsad_in(&dir, &["events", "--data", "marsad-dta", "--offset", "18446744073709551615"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("offset: 18446744073709551615 is more than the store can skip"),
        "{}",
        stderr(&out)
    );

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

/// Kills the child when the test ends, passed or not.
pub(crate) struct Running(pub(crate) std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn ingest_beside_a_running_server_is_refused_and_stores_nothing() {
    use std::io::{BufRead, BufReader, Read, Write};
    let dir = tempdir("busy");
    std::fs::write(dir.join("a.txt"), "قصف على إدلب\nقصفت الطائرات الروسية مدينة إدلب اليوم.\n").unwrap();
    std::fs::write(dir.join("b.txt"), "قصف على منبج\nقصفت المدفعية التركية مواقع قسد قرب منبج.\n").unwrap();
    assert!(marsad_in(&dir, &["ingest", "a.txt"], "").status.success());

    let mut server = Running(command(&["serve", "--listen", "127.0.0.1:0"], &dir).spawn().unwrap());
    let mut lines = BufReader::new(server.0.stdout.take().unwrap()).lines().map_while(Result::ok);
    let url = lines
        .find_map(|l| l.strip_prefix("marsad desk: ").map(str::to_owned))
        .expect("the server prints its URL");
    let token = lines.find_map(|l| l.split("): ").nth(1).map(str::to_owned)).expect("and its token");
    // A posted article: the server now holds the search index's writer.
    let body = "خبر\nاجتمع وفد تركي بوفد روسي في أنقرة.";
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut http = std::net::TcpStream::connect(addr).unwrap();
    write!(
        http,
        "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    http.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 201"), "{reply}");

    let refused = marsad_in(&dir, &["ingest", "b.txt"], "");
    assert_eq!(refused.status.code(), Some(2), "{}", stdout(&refused));
    let err = stderr(&refused);
    assert!(err.contains("in use by another marsad process") && err.contains("POST /api/articles"), "{err}");

    // An index of another version is rebuilt by whoever opens it next, but not under a server still
    // writing it (an upgrade while the old `serve` runs): a search must not delete its files.
    let meta_path = dir.join("marsad-data/index/meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&meta_path).unwrap()).unwrap();
    let mut payload: serde_json::Value = serde_json::from_str(meta["payload"].as_str().unwrap()).unwrap();
    payload["version"] = serde_json::json!(2);
    meta["payload"] = serde_json::json!(payload.to_string());
    std::fs::write(&meta_path, meta.to_string()).unwrap();
    let files = || std::fs::read_dir(dir.join("marsad-data/index")).unwrap().count();
    let before = files();
    let search = marsad_in(&dir, &["search", "إدلب"], "");
    assert_eq!(search.status.code(), Some(2), "{}", stdout(&search));
    assert!(stderr(&search).contains("in use by another marsad process"), "{}", stderr(&search));
    assert_eq!(files(), before, "no index file deleted");
    drop(server);
    // Nothing of b.txt was stored: once the server is gone it lands as new.
    let landed = marsad_in(&dir, &["ingest", "b.txt"], "");
    assert!(landed.status.success(), "{}", stderr(&landed));
    assert!(stdout(&landed).contains("new 1"), "{}", stdout(&landed));
}

#[test]
fn a_user_who_may_only_read_a_store_can_list_and_search_it() {
    use std::os::unix::process::CommandExt;
    let root =
        std::process::Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    if !root {
        eprintln!("skipped: running marsad as another user needs root");
        return;
    }
    let dir = tempdir("read-only");
    std::fs::write(dir.join("a.txt"), "قصف على إدلب\nقصفت الطائرات الروسية مدينة إدلب اليوم.\n").unwrap();
    assert!(marsad_in(&dir, &["ingest", "a.txt"], "").status.success());
    // The owner lets others read the store (tantivy writes some index files 0600): `chmod -R a+rX`.
    fn readable(path: &std::path::Path) {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        if path.is_dir() {
            for entry in std::fs::read_dir(path).unwrap() {
                readable(&entry.unwrap().path());
            }
        }
    }
    readable(&dir.join("marsad-data"));
    // `nobody` may read the directory but not write it.
    for args in [&["events"][..], &["search", "إدلب"]] {
        let out = command(args, &dir).uid(65534).gid(65534).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).contains("1 of 1"), "{args:?}: {}", stdout(&out));
    }
    let write = command(&["reindex"], &dir).uid(65534).gid(65534).output().unwrap();
    assert_eq!(write.status.code(), Some(2), "a command that writes still fails");
}

/// `ingest --published` dates an article that states no date of its own; `reanalyze` (after a knowledge
/// fix) used to read it again without that date and leave its events undated.
#[test]
fn reanalyze_keeps_the_date_given_at_ingest() {
    let dir = tempdir("reanalyze-published");
    std::fs::write(dir.join("a.txt"), "قصف على إدلب\nقصفت الطائرات الروسية مدينة إدلب أمس.\n").unwrap();
    let ingest = marsad_in(&dir, &["ingest", "a.txt", "--published", "2018-02-20", "--data", "d"], "");
    assert!(ingest.status.success(), "{}", stderr(&ingest));
    let events = || {
        let out = marsad_in(&dir, &["events", "--data", "d", "--format", "csv"], "");
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let before = events();
    assert!(before.contains(",2018-02-19,2018,"), "yesterday of the 20th: {before}");
    let again = marsad_in(&dir, &["reanalyze", "--data", "d"], "");
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(events(), before);
}
