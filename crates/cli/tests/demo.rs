use crate::util::*;

#[test]
fn demo_prints_one_row_per_sample_with_dates() {
    let out = marsad(&["demo", "--no-serve"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let samples: Vec<String> = std::fs::read_dir(repo().join("samples"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    assert!(samples.len() >= 5 && samples.len() <= 15, "{samples:?}");
    for s in &samples {
        assert_eq!(text.lines().filter(|l| l.starts_with(s.as_str())).count(), 1, "one row for {s}:\n{text}");
    }
    // the byline of seed 002 gives its publication date
    let row = text.lines().find(|l| l.starts_with("002_f436e73b25f40ee7.txt")).unwrap();
    assert!(row.contains("2020-09-05 (day)"), "{row}");
    assert!(text.contains("Events"));
}

/// The binary embeds samples/; every file there is listed, with its origin in SOURCES.md.
#[test]
fn every_sample_is_bundled_and_has_a_source() {
    let out = marsad(&["demo", "--jsonl"], "");
    let docs: Vec<String> = json_lines(&out).iter().map(|r| r["doc"].as_str().unwrap().to_string()).collect();
    let mut files: Vec<String> = std::fs::read_dir(repo().join("samples"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    assert_eq!(docs, files);
    let sources = std::fs::read_to_string(repo().join("samples/SOURCES.md")).unwrap();
    for f in &files {
        assert!(sources.contains(f.as_str()), "{f} missing from samples/SOURCES.md");
    }
}

#[test]
fn every_subcommand_help_has_an_example() {
    for cmd in ["analyze", "clean", "fold", "dates", "demo", "bench", "explain", "eval", "ingest", "serve"] {
        let out = marsad(&[cmd, "--help"], "");
        assert!(out.status.success());
        let help = stdout(&out);
        assert!(help.contains("Example"), "{cmd} --help has no example:\n{help}");
        assert!(
            help.contains(&format!("marsad {cmd}")) || help.contains(&format!("-- {cmd}")),
            "{cmd}:\n{help}"
        );
    }
}

/// `kill`, systemd and container runtimes stop a server with SIGTERM, not Ctrl-C. The demo stops on
/// either the same way and removes its temporary folder; before, SIGTERM left the folder behind.
#[cfg(unix)]
#[test]
fn demo_stopped_by_sigterm_removes_its_temporary_folder() {
    use std::io::{BufRead, BufReader};
    let dir = tempdir("demo-term");
    let mut demo = command(&["demo", "--listen", "127.0.0.1:0"], &dir).spawn().unwrap();
    let mut stdout = BufReader::new(demo.stdout.take().unwrap()).lines().map_while(Result::ok);
    let url = stdout.find_map(|l| l.strip_prefix("marsad desk: ").map(str::to_owned));
    // Stderr is read to its end on a thread, so the demo's last words ("stopping") have a reader.
    let stderr = BufReader::new(demo.stderr.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    let drain = std::thread::spawn(move || {
        stderr.lines().map_while(Result::ok).inspect(|l| _ = tx.send(l.clone())).collect::<Vec<_>>()
    });
    let data =
        rx.iter().find_map(|l| l.split_once("sample articles in ").map(|(_, d)| std::path::PathBuf::from(d)));
    let (Some(_), Some(data)) = (url, data) else {
        let _ = demo.kill();
        panic!("the demo prints its desk and its data directory");
    };
    let folder = data.parent().unwrap().to_path_buf();
    assert!(folder.join("samples").is_dir(), "{}", folder.display());

    let kill = std::process::Command::new("kill").args(["-TERM", &demo.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = demo.wait().unwrap();
    let said = drain.join().unwrap().join("\n");
    drop(stdout);
    assert!(status.success(), "stopped cleanly: {status}\n{said}");
    assert!(said.ends_with("stopping"), "{said}");
    assert!(!folder.exists(), "{} is removed", folder.display());
}
