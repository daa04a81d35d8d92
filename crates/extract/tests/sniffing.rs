//! `sniff` on the real corpus files ingest will meet: every seed and real article is text, the bulk
//! file is JSON Lines, the HTML pages are HTML.

use std::path::PathBuf;

use marsad_extract::{sniff, Kind};

fn shared(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus").join(rel)
}

fn kinds_in(dir: &str, ext: &str) -> Vec<(String, Kind)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(shared(dir)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == ext) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, sniff(&std::fs::read(&path).unwrap())));
        }
    }
    assert!(!out.is_empty(), "no .{ext} files in {dir}");
    out
}

#[test]
fn corpus_files_sniff_as_what_they_are() {
    for (dir, ext, want) in
        [("seeds", "txt", Kind::Text), ("real", "txt", Kind::Text), ("html", "html", Kind::Html)]
    {
        for (name, kind) in kinds_in(dir, ext) {
            assert_eq!(kind, want, "{dir}/{name}");
        }
    }
    let bulk = std::fs::read(shared("real/bulk/syria_relevant_bulk.jsonl")).unwrap();
    assert_eq!(sniff(&bulk), Kind::JsonLines);
}
