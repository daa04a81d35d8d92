//! Stores the tests serve: the bundled samples/ ingested once through the
//! reader and pipeline (as `marsad demo` does), then copied per test so
//! tests that write never see each other.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use marsad_server::StoreBackend;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled sample articles.
pub fn samples() -> PathBuf {
    repo().join("samples")
}

/// How many articles samples/ holds (`.txt` files; SOURCES.md is documentation).
pub fn sample_count() -> usize {
    std::fs::read_dir(samples())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .count()
}

/// A fresh directory for this process, in cargo's scratch directory for this test binary
/// (`target/tmp/`), never the system temp dir: every run left a 42 MB
/// `/tmp/marsad-server-tests-<pid>` behind (184 were found). The first call of a run removes
/// what earlier runs of this binary left.
pub fn scratch(name: &str) -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    let root = ROOT.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("marsad-server-{}", env!("CARGO_CRATE_NAME")));
        let _ = std::fs::remove_dir_all(&root);
        root.join(std::process::id().to_string())
    });
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The samples' data directory, built once per test binary; never opened by a test directly.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = scratch("template");
        let mut data = marsad_store::DataDir::open(&dir).unwrap();
        let summary = marsad_server::synth::ingest_paths(
            &mut data,
            &[samples()],
            &marsad_ingest::Reader::embedded(),
            &marsad_pipeline::Analyzer::embedded(),
        )
        .unwrap();
        assert!(summary.failed.is_empty(), "{:?}", summary.failed);
        assert_eq!(summary.new + summary.near_duplicates, sample_count());
        dir
    })
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A private copy of the samples' data directory.
pub fn samples_copy(name: &str) -> PathBuf {
    let template = template();
    let dir = scratch(name);
    copy_dir(template, &dir);
    dir
}

/// The store backend over a data directory, with the embedded knowledge.
pub fn open(dir: &Path) -> StoreBackend {
    StoreBackend::open(
        dir,
        None,
        marsad_pipeline::Analyzer::embedded(),
        marsad_ingest::Reader::embedded(),
        marsad_lexicon::Lexicon::embedded(),
    )
    .unwrap()
}

/// The store backend over a private copy of the samples.
pub fn samples_backend(name: &str) -> StoreBackend {
    open(&samples_copy(name))
}
