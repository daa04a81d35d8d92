//! Turning the paths a user names into a stable, ordered list of input files.
//!
//! One walker for every command that reads articles (`analyze`, `eval`, `ingest`, the demo), so they
//! agree on what counts as an input: files named on the command line always do; inside a directory,
//! hidden entries and the documentation that sits beside articles (`SOURCES.md`, `MANIFEST.tsv`, gold
//! `*.json`) do not.

use std::path::{Path, PathBuf};

/// One input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A text, HTML or feed file: [`crate::Reader::read_articles`].
    Text(PathBuf),
    /// A JSON Lines file of article records: [`crate::Reader::read_jsonl_file`].
    Jsonl(PathBuf),
}

impl Input {
    /// The file.
    pub fn path(&self) -> &Path {
        match self {
            Input::Text(p) | Input::Jsonl(p) => p,
        }
    }
}

/// What [`list_inputs`] found under the paths it was given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    /// Input files, in command-line order and, inside a directory, in file-name order (recursively),
    /// so output order is stable.
    pub files: Vec<Input>,
    /// Paths that could not be listed or are no regular file, with the reason.
    pub unlisted: Vec<(PathBuf, String)>,
}

/// True for files read as JSON Lines.
pub fn is_jsonl(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"))
}

/// Expands `paths` (files and directories, recursively) into input files; see [`Inputs`].
pub fn list_inputs(paths: &[PathBuf]) -> Inputs {
    let mut found = Inputs::default();
    for p in paths {
        walk(p, &mut found, true);
    }
    found
}

fn walk(path: &Path, found: &mut Inputs, named: bool) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return found.unlisted.push((path.into(), e.to_string())),
    };
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return found.unlisted.push((path.into(), e.to_string())),
        };
        entries.sort();
        for e in entries {
            // Hidden files and folders (.git, .DS_Store) are not articles unless named on the command line.
            if e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
                continue;
            }
            walk(&e, found, false);
        }
    } else if meta.is_file() {
        if !named && is_docs(path) {
            return;
        }
        found.files.push(if is_jsonl(path) { Input::Jsonl(path.into()) } else { Input::Text(path.into()) });
    } else {
        found.unlisted.push((path.into(), "not a regular file or directory".into()));
    }
}

/// Files that sit beside articles but are not articles (`SOURCES.md`, `MANIFEST.tsv`, `*.json` gold files),
/// skipped when found inside a directory.
fn is_docs(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "tsv" | "json" | "csv" | "toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_listed_in_name_order_without_hidden_files_or_docs() {
        let dir = std::env::temp_dir().join(format!("marsad-inputs-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["b.txt", "a.jsonl", ".hidden.txt", "SOURCES.md", "gold.json", "sub/c.html"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let found = list_inputs(&[dir.join("gold.json"), dir.clone(), dir.join("missing.txt")]);
        assert_eq!(
            found.files,
            [
                Input::Text(dir.join("gold.json")),
                Input::Jsonl(dir.join("a.jsonl")),
                Input::Text(dir.join("b.txt")),
                Input::Text(dir.join("sub/c.html")),
            ]
        );
        assert_eq!(found.unlisted.len(), 1);
        assert_eq!(found.unlisted[0].0, dir.join("missing.txt"));
    }
}
