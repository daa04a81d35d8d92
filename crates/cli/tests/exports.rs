use crate::util::*;

/// `marsad events --exclude` leaves out what did not happen as reported (the samples hold recaps,
/// denials and plans); a kind it does not know is a usage error naming the flag.
#[test]
fn events_exclude_leaves_out_what_did_not_happen() {
    let dir = tempdir("exclude");
    let data = dir.join("store");
    let data = data.to_str().unwrap();
    let samples = repo().join("samples");
    let out = marsad(&["ingest", "--data", data, samples.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let events = |extra: &[&str]| {
        let mut args = vec!["events", "--data", data, "--format", "json"];
        args.extend_from_slice(extra);
        let out = marsad(&args, "");
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str::<Vec<serde_json::Value>>(&stdout(&out)).unwrap()
    };
    let all = events(&[]);
    let happened = events(&["--exclude", "historical,negated,hypothetical,plan"]);
    assert!(happened.len() < all.len(), "{} of {}", happened.len(), all.len());
    for e in &happened {
        assert_eq!((&e["historical"], &e["negated"]), (&false.into(), &false.into()), "{e}");
        assert!(!["hypothetical", "plan"].contains(&e["reported_as"].as_str().unwrap()), "{e}");
    }
    let not_recaps = events(&["--exclude", "historical"]);
    let recaps = all.iter().filter(|e| e["historical"] == true).count();
    assert_eq!(not_recaps.len(), all.len() - recaps);
    // Given twice, the lists add up, as `?exclude=historical&exclude=negated` (it exited 2).
    let twice =
        events(&["--exclude", "historical,negated", "--exclude", "hypothetical", "--exclude", "plan"]);
    assert_eq!(twice, happened);
    // A text with no word filters nothing, as none (`"`, an open quote, listed no event).
    assert_eq!(events(&["--text", "\""]).len(), all.len());

    let out = marsad(&["events", "--data", data, "--exclude", "rumour"], "");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("--exclude") && err.contains("\"rumour\""), "{err}");
}

/// `--type` takes a comma list, as the API's `type=ASSAULT,CONSULT` does (it was an error here):
/// events of any of the types, counted and paged by the store, also with another filter and in
/// `search`. A name that is no PLOVER type is still a usage error naming it.
#[test]
fn events_type_takes_any_of_a_comma_list() {
    let dir = tempdir("types");
    let data = dir.join("store");
    let data = data.to_str().unwrap();
    let samples = repo().join("samples");
    let out = marsad(&["ingest", "--data", data, samples.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids = |extra: &[&str]| {
        let mut args = vec!["events", "--data", data, "--format", "json"];
        args.extend_from_slice(extra);
        let out = marsad(&args, "");
        assert!(out.status.success(), "{extra:?}: {}", stderr(&out));
        let events = serde_json::from_str::<Vec<serde_json::Value>>(&stdout(&out)).unwrap();
        let mut ids: Vec<i64> = events.iter().map(|e| e["id"].as_i64().unwrap()).collect();
        ids.sort();
        ids
    };
    let (assault, consult) = (ids(&["--type", "ASSAULT"]), ids(&["--type", "CONSULT"]));
    assert!(!assault.is_empty() && !consult.is_empty());
    let mut either = [assault.clone(), consult.clone()].concat();
    either.sort();
    assert_eq!(ids(&["--type", "ASSAULT,CONSULT"]), either);
    assert_eq!(ids(&["--type", "consult, assault"]), either);
    // Given twice, the lists add up, as `type=ASSAULT&type=CONSULT` (it exited 2).
    assert_eq!(ids(&["--type", "ASSAULT", "--type", "CONSULT"]), either);
    // With an actor, still any of the types.
    let turkey = ids(&["--actor", "TUR"]);
    let turkey_either: Vec<i64> = turkey.iter().copied().filter(|i| either.contains(i)).collect();
    assert_eq!(ids(&["--actor", "TUR", "--type", "ASSAULT,CONSULT"]), turkey_either);
    // The table counts them all; a page is a page of them.
    let out = marsad(&["events", "--data", data, "--type", "ASSAULT,CONSULT", "--limit", "2"], "");
    assert!(stdout(&out).contains(&format!("2 of {} events", either.len())), "{}", stdout(&out));
    let search = marsad(&["search", "--data", data, "--type", "ASSAULT,CONSULT", "تركيا"], "");
    assert!(search.status.success(), "{}", stderr(&search));

    let out = marsad(&["events", "--data", data, "--type", "ASSAULT,BOMB"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--type \"BOMB\": not a PLOVER type"), "{}", stderr(&out));
}

/// `marsad events --format csv|geojson|plover` and `marsad serve`'s `/api/export.csv|.geojson|.jsonl`
/// give the same bytes for the same filter and page (the README promises the same files): the GeoJSON
/// was pretty-printed by the CLI and compact from the API.
#[test]
fn api_exports_are_the_bytes_marsad_events_writes() {
    use std::io::{BufRead, BufReader, Read, Write};
    let dir = tempdir("same-bytes");
    let samples = repo().join("samples");
    let out = marsad_in(&dir, &["ingest", samples.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let mut server =
        crate::store::Running(command(&["serve", "--listen", "127.0.0.1:0"], &dir).spawn().unwrap());
    let mut lines = BufReader::new(server.0.stdout.take().unwrap()).lines().map_while(Result::ok);
    let url = lines.find_map(|l| l.strip_prefix("marsad desk: ").map(str::to_owned)).expect("the URL");
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    let get = |path: &str| {
        let mut http = std::net::TcpStream::connect(&addr).unwrap();
        write!(http, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut reply = Vec::new();
        http.read_to_end(&mut reply).unwrap();
        let split = reply.windows(4).position(|w| w == b"\r\n\r\n").expect("headers end");
        let head = String::from_utf8_lossy(&reply[..split]).to_string();
        assert!(head.starts_with("HTTP/1.1 200"), "{path}: {head}");
        assert!(!head.to_ascii_lowercase().contains("transfer-encoding: chunked"), "{head}");
        reply[split + 4..].to_vec()
    };
    let filters = [
        ("", vec![]),
        (
            "?type=ASSAULT,CONSULT&offset=2&limit=10",
            vec!["--type", "ASSAULT,CONSULT", "--offset", "2", "--limit", "10"],
        ),
        ("?actor=tur&place=afrin", vec!["--actor", "tur", "--place", "afrin"]),
    ];
    for (query, flags) in &filters {
        for (endpoint, format) in
            [("export.csv", "csv"), ("export.geojson", "geojson"), ("export.jsonl", "plover")]
        {
            let mut args = vec!["events", "--format", format];
            args.extend(flags.iter().copied());
            let cli = marsad_in(&dir, &args, "");
            assert!(cli.status.success(), "{args:?}: {}", stderr(&cli));
            let api = get(&format!("/api/{endpoint}{query}"));
            assert!(!cli.stdout.is_empty() && cli.stdout.len() > 200, "{args:?}: {}", stdout(&cli));
            assert!(
                api == cli.stdout,
                "{endpoint}{query}: the API's bytes differ from `marsad {}`",
                args.join(" ")
            );
        }
    }
}

/// An export with knowledge that does not load is refused (exit 2, naming the file), as `serve` refuses
/// it: it wrote ACLED rows with other ids (`17` for `SYR17`) and empty countries, with exit 0.
#[test]
fn events_refuse_knowledge_that_does_not_load() {
    let dir = tempdir("broken-knowledge");
    let data = dir.join("store");
    let data = data.to_str().unwrap();
    let out = marsad(&["ingest", "--data", data, repo().join("samples").to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let broken = dir.join("knowledge");
    std::fs::create_dir_all(broken.join("actors")).unwrap();
    std::fs::write(broken.join("actors/militias.toml"), "[[actor]\nid = \"X\"\n").unwrap();
    for format in ["csv", "table"] {
        let out = marsad(
            &["events", "--data", data, "--format", format, "--knowledge", broken.to_str().unwrap()],
            "",
        );
        assert_eq!(out.status.code(), Some(2), "{format}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{format}: nothing written");
        assert!(stderr(&out).contains("militias.toml"), "{}", stderr(&out));
    }
}
