use std::path::PathBuf;

use crate::util::*;

/// The seed articles and every fourth real article, in the order `ingest` would read them.
fn inputs() -> Vec<String> {
    let real = repo().join("../shared/corpus/real");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&real)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    let mut v = vec![repo().join("../shared/corpus/seeds").display().to_string()];
    v.extend(texts.into_iter().step_by(4).map(|p| p.display().to_string()));
    v
}

/// An export without the times its articles were stored (ACLED's `timestamp`, Unix seconds of
/// today: two ingests a second apart differ there and nowhere else).
fn unstamped(export: &str) -> String {
    let mut out = String::with_capacity(export.len());
    let mut rest = export;
    while let Some(i) = rest.find(",17").or_else(|| rest.find(",18")) {
        let digits = rest[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
        let end = i + 1 + digits;
        if digits == 10 && rest[end..].starts_with(',') {
            out.push_str(&rest[..i]);
            out.push_str(",T");
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn ok(out: &std::process::Output, what: &str) -> String {
    assert!(out.status.success(), "{what}: {}", stderr(out));
    stdout(out)
}

/// Two analysts' machines share one PostgreSQL store: node A ingests half the articles, node B
/// (with `MARSAD_STORE`) the rest; B's exports are byte for byte those of one SQLite data directory
/// given the same articles in the same order, B finds what A stored, and after A re-analyses, B's
/// index is rebuilt and its exports follow. The password in the address is never printed.
#[test]
fn two_nodes_share_a_postgresql_store() {
    let dir = tempdir("pg-two-nodes");
    let url = marsad_store::pg_test::cluster().database("cli_nodes").replace("test@", "test:topsecret@");
    let inputs = inputs();
    let args = |head: &[&str], tail: &[String]| -> Vec<String> {
        head.iter().map(|s| s.to_string()).chain(tail.iter().cloned()).collect()
    };
    let run = |args: &[String], env_store: bool| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut cmd = command(&args, &dir);
        if env_store {
            cmd.env("MARSAD_STORE", &url);
        }
        let out = cmd.output().unwrap();
        assert!(!stdout(&out).contains("topsecret") && !stderr(&out).contains("topsecret"), "{args:?}");
        out
    };
    ok(&run(&args(&["ingest", "--data", "sqlite", "-q"], &inputs), false), "SQLite ingest");
    let half = inputs.len() / 2;
    let node_a = ["--data", "node-a", "--store", url.as_str()];
    let a = run(&args(&[&["ingest", "-q"][..], &node_a].concat(), &inputs[..half]), false);
    let printed = ok(&a, "node A ingest");
    assert!(printed.contains("store postgres://test@127.0.0.1"), "{printed}");
    ok(&run(&args(&["ingest", "--data", "node-b", "-q"], &inputs[half..]), true), "node B ingest");
    assert!(dir.join("node-b/store.json").is_file() && !dir.join("node-b/marsad.db").exists());
    let export = |data: &str, format: &str, env_store: bool| {
        let out = run(&args(&["events", "--data", data, "--format", format], &[]), env_store);
        ok(&out, &format!("events --format {format} on {data}"))
    };
    for format in ["csv", "geojson", "plover"] {
        let sqlite = export("sqlite", format, false);
        assert!(sqlite.len() > 10_000, "{format}: {} bytes", sqlite.len());
        let sqlite = if format == "csv" { unstamped(&sqlite) } else { sqlite };
        let pg = export("node-b", format, true);
        let pg = if format == "csv" { unstamped(&pg) } else { pg };
        assert!(pg == sqlite, "{format} differs");
    }
    // B finds an article A stored (the seeds went through A).
    let search = |data: &str, env_store: bool| {
        let out = run(&args(&["search", "--data", data, "دوريات مشتركة"], &[]), env_store);
        (ok(&out, "search"), stderr(&out))
    };
    let (found, _) = search("node-b", true);
    assert_eq!(found, search("sqlite", false).0);
    assert!(found.contains("دوريات"), "{found}");
    // A re-analyses; B notices on its next command, rebuilds its index and exports the new events.
    // It says it recodes everyone's articles with its own machine's knowledge; a SQLite directory,
    // which is one machine's, does not.
    let reanalysed = run(&args(&[&["reanalyze"][..], &node_a].concat(), &[]), false);
    ok(&reanalysed, "node A reanalyze");
    assert!(stderr(&reanalysed).contains("with this machine's knowledge"), "{}", stderr(&reanalysed));
    let reanalysed = run(&args(&["reanalyze", "--data", "sqlite"], &[]), false);
    ok(&reanalysed, "SQLite reanalyze");
    assert!(!stderr(&reanalysed).contains("this machine's knowledge"), "{}", stderr(&reanalysed));
    let (found, warned) = search("node-b", true);
    assert!(warned.contains("re-analysed"), "{warned}");
    assert_eq!(found, search("sqlite", false).0);
    assert!(
        unstamped(&export("node-b", "csv", true)) == unstamped(&export("sqlite", "csv", false)),
        "csv differs after reanalyze"
    );
    // B's directory is PostgreSQL's index: without the store it is refused, naming the store.
    let out = run(&args(&["events", "--data", "node-b"], &[]), false);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--store postgres://test@127.0.0.1"), "{}", stderr(&out));
    // A missing database: exit 2, the store named without its password.
    let missing = url.rsplit_once('/').unwrap().0.to_string() + "/no_such_db";
    let out = run(&args(&["events", "--data", "node-c", "--store", &missing], &[]), false);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("no_such_db") && err.contains("does not exist"), "{err}");
    let out = run(&args(&["events", "--data", "node-c", "--store", "mysql://x@y/z"], &[]), false);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not a PostgreSQL address"), "{}", stderr(&out));
}

/// `marsad serve` over a PostgreSQL store stops on SIGTERM as it does over SQLite: exit 0 and no
/// panic (the store's client closed its connection on the server's runtime and panicked, "Cannot
/// start a runtime from within a runtime"). Its health says which store it serves.
#[test]
fn serve_on_postgresql_stops_cleanly_on_sigterm() {
    use std::io::{BufRead, BufReader, Read, Write};
    let dir = tempdir("pg-serve-stop");
    let url = marsad_store::pg_test::cluster().database("cli_serve_stop");
    let mut server = crate::store::Running(
        command(&["serve", "--data", "node", "--store", &url, "--listen", "127.0.0.1:0"], &dir)
            .spawn()
            .unwrap(),
    );
    let mut lines = BufReader::new(server.0.stdout.take().unwrap()).lines().map_while(Result::ok);
    let url = lines.find_map(|l| l.strip_prefix("marsad desk: ").map(str::to_owned)).expect("the URL");
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let mut http = std::net::TcpStream::connect(addr).unwrap();
    write!(http, "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut reply = String::new();
    http.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200") && reply.contains(r#""backend":"postgresql""#), "{reply}");

    let pid = server.0.id().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let status = server.0.wait().unwrap();
    let mut err = String::new();
    server.0.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(status.success(), "{status}: {err}");
    assert!(err.contains("stopping") && !err.contains("panicked"), "{err}");
}
