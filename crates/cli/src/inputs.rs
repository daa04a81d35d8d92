//! Turning command-line paths into a stable, ordered list of inputs.

use std::path::PathBuf;

pub use marsad_ingest::{is_jsonl, Input, Inputs};

/// Fails when `paths` hold no input at all (an empty directory, documentation files only): an empty
/// answer would read as "nothing to report" rather than "wrong folder".
/// `found` is what [`marsad_ingest::list_inputs`] gave for `paths`.
pub fn require_some(paths: &[PathBuf], found: &Inputs) -> anyhow::Result<()> {
    if found.files.is_empty() && found.unlisted.is_empty() {
        let named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        anyhow::bail!(
            "no articles under {} (looked for text and HTML files, feeds and *.jsonl; README-like *.md, *.tsv, \
             *.csv, *.json and *.toml files in directories are skipped)",
            named.join(", ")
        );
    }
    Ok(())
}
