//! Turning command-line paths into a stable, ordered list of inputs.

use std::path::{Path, PathBuf};

/// One input to analyse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A plain-text article file.
    Text(PathBuf),
    /// A JSON Lines file of article records.
    Jsonl(PathBuf),
}

/// True for files read as JSON Lines.
pub fn is_jsonl(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"))
}

/// Fails when `paths` hold no input at all (an empty directory, documentation files only): an empty
/// answer would read as "nothing to report" rather than "wrong folder".
/// `found` and `unreadable` are what [`collect`] gave for `paths`.
pub fn require_some(
    paths: &[PathBuf],
    found: &[Input],
    unreadable: &[(PathBuf, String)],
) -> anyhow::Result<()> {
    if found.is_empty() && unreadable.is_empty() {
        let named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        anyhow::bail!(
            "no articles under {} (looked for text and HTML files, feeds and *.jsonl; README-like *.md, *.tsv, \
             *.csv, *.json and *.toml files in directories are skipped)",
            named.join(", ")
        );
    }
    Ok(())
}

/// Expands `paths` (files and directories, recursively) into inputs, in command-line order and, inside a
/// directory, in file-name order, so output order is stable. Paths that cannot be listed are returned apart
/// with the reason.
pub fn collect(paths: &[PathBuf]) -> (Vec<Input>, Vec<(PathBuf, String)>) {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for p in paths {
        walk(p, &mut out, &mut bad, true);
    }
    (out, bad)
}

fn walk(path: &Path, out: &mut Vec<Input>, bad: &mut Vec<(PathBuf, String)>, named: bool) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return bad.push((path.into(), e.to_string())),
    };
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return bad.push((path.into(), e.to_string())),
        };
        entries.sort();
        for e in entries {
            // Hidden files and folders (.git, .DS_Store) are not articles unless named on the command line.
            if e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
                continue;
            }
            walk(&e, out, bad, false);
        }
    } else if meta.is_file() {
        if !named && is_docs(path) {
            return;
        }
        out.push(if is_jsonl(path) { Input::Jsonl(path.into()) } else { Input::Text(path.into()) });
    } else {
        bad.push((path.into(), "not a regular file or directory".into()));
    }
}

/// Files that sit beside articles but are not articles (`SOURCES.md`, `MANIFEST.tsv`, `*.json` gold files),
/// skipped when found inside a directory.
fn is_docs(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "tsv" | "json" | "csv" | "toml"))
}
