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
