//! Turning the paths a user names into a stable, ordered list of input files.
//!
//! One walker for every command that reads articles (`analyze`, `eval`, `ingest`, the demo), so they
//! agree on what counts as an input: files named on the command line always do; inside a directory,
//! hidden entries and the documentation that sits beside articles (`SOURCES.md`, `MANIFEST.tsv`, gold
//! `*.json`) do not.
//!
//! A folder may carry a manifest, `MANIFEST.tsv`: what it says of its files ([`FileFacts`]: outlet,
//! publication day, address) fills in what a plain-text article cannot say itself. Without it an
//! article of a folder of `.txt` files has no date, so its weekdays and year-less dates cannot be
//! placed and its events stay undated.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use marsad_model::DateValue;

/// One input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A text, HTML or feed file ([`crate::Reader::read_articles`]), with what its folder's manifest
    /// says of it ([`FileFacts::fill`]).
    Text(PathBuf, Option<Arc<FileFacts>>),
    /// A JSON Lines file of article records: [`crate::Reader::read_jsonl_file`].
    Jsonl(PathBuf),
}

impl Input {
    /// The file.
    pub fn path(&self) -> &Path {
        match self {
            Input::Text(p, _) | Input::Jsonl(p) => p,
        }
    }
}

/// What a folder's `MANIFEST.tsv` says of one of its files.
///
/// The manifest is tab-separated with a header row. The column `file` (or `filename`, `name`, `path`)
/// names the file, relative to the folder; `outlet` (or `source`), `published` (or `date`) and `url`
/// (or `link`) are read, a header may end in `_if_known` (`date_if_known`), other columns are ignored.
/// A date is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, optionally followed by a note in brackets
/// (`2013-08-03 (from URL)`); a cell that is empty or `unknown` says nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileFacts {
    /// The outlet.
    pub outlet: Option<String>,
    /// The publication day.
    pub published: Option<DateValue>,
    /// The address.
    pub url: Option<String>,
}

impl FileFacts {
    /// Fills what `article` lacks; what the file says itself (an HTML page's metadata, a feed's
    /// dates) is kept.
    pub fn fill(&self, article: &mut crate::Article) {
        if article.outlet.is_none() {
            article.outlet.clone_from(&self.outlet);
        }
        if article.published.as_ref().is_none_or(DateValue::is_unknown) && self.published.is_some() {
            article.published.clone_from(&self.published);
        }
        if article.url.is_none() {
            article.url.clone_from(&self.url);
        }
    }
}

fn is_manifest(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.eq_ignore_ascii_case("manifest.tsv"))
}

/// Reads a folder's manifest: the facts of each file it names, by path; a manifest that cannot be
/// read, or has no file column, is reported.
fn read_manifest(path: &Path) -> Result<HashMap<PathBuf, Arc<FileFacts>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap_or("")
        .split('\t')
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .map(|h| h.strip_suffix("_if_known").map_or(h.clone(), str::to_string))
        .collect();
    let column = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
    let file = column(&["file", "filename", "name", "path"]).ok_or("no \"file\" column in its header")?;
    let (outlet, date, url) =
        (column(&["outlet", "source"]), column(&["published", "date"]), column(&["url", "link"]));
    if date.is_none() {
        tracing::warn!("{}: no published or date column: its files are read undated", path.display());
    }
    let folder = path.parent().unwrap_or(Path::new(""));
    let mut facts = HashMap::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |i: Option<usize>| {
            i.and_then(|i| cells.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty() && !c.eq_ignore_ascii_case("unknown"))
        };
        let Some(name) = cell(Some(file)) else { continue };
        // A mistake in a row is said, not passed over: the file would be read undated.
        let published = cell(date).and_then(|d| {
            let read = crate::parse_date(d);
            if read.is_none() {
                tracing::warn!("{}: {name}: date {d:?} ignored (want {})", path.display(), crate::DATE_FORMS);
            }
            read
        });
        if !folder.join(name).is_file() {
            tracing::warn!("{}: {name}: no such file in the folder", path.display());
        }
        let fact = FileFacts {
            outlet: cell(outlet).map(str::to_string),
            published,
            url: cell(url).map(str::to_string),
        };
        facts.insert(folder.join(name), Arc::new(fact));
    }
    Ok(facts)
}

/// What [`list_inputs`] found under the paths it was given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    /// Input files, in command-line order and, inside a directory, in file-name order (recursively),
    /// so output order is stable.
    pub files: Vec<Input>,
    /// Paths that could not be listed or are no regular file, with the reason.
    pub unlisted: Vec<(PathBuf, String)>,
    /// Files inside a directory that are not read (hidden, or documentation beside the articles),
    /// with the reason; each is logged as it is passed over (`-v`), and a `.json` file that holds
    /// JSON Lines is warned about, as it is when named on its own.
    pub skipped: Vec<(PathBuf, String)>,
}

/// True for files read as JSON Lines (`.jsonl`, `.ndjson`, in any case: `B.JSONL` as `b.jsonl`).
pub fn is_jsonl(path: &Path) -> bool {
    extension_is(path, &["jsonl", "ndjson"])
}

/// True when `path`'s extension is one of `lower`, in any case, as `.TXT` and `.HTML` are read.
fn extension_is(path: &Path, lower: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| lower.iter().any(|l| e.eq_ignore_ascii_case(l)))
}

/// Expands `paths` (files and directories, recursively) into input files; see [`Inputs`].
pub fn list_inputs(paths: &[PathBuf]) -> Inputs {
    let mut found = Inputs::default();
    // Manifests of the folders of files named one by one, read once per folder.
    let mut named_in: HashMap<PathBuf, HashMap<PathBuf, Arc<FileFacts>>> = HashMap::new();
    for p in paths {
        let first_new = found.files.len();
        walk(p, &mut found, true, &mut Vec::new());
        // A file named on its own gets what its folder's manifest says, as when its folder is named.
        let Some(Input::Text(file, None)) = found.files.get(first_new).filter(|_| p.is_file()) else {
            continue;
        };
        let file = file.clone();
        let folder = file.parent().unwrap_or(Path::new("")).to_path_buf();
        if !named_in.contains_key(&folder) {
            let listed = if folder.as_os_str().is_empty() { Path::new(".") } else { folder.as_path() };
            let entries: Vec<PathBuf> = std::fs::read_dir(listed)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| folder.join(e.file_name()))).collect())
                .unwrap_or_default();
            let facts = facts_of(entries.iter().find(|e| is_manifest(e)), &mut found);
            named_in.insert(folder.clone(), facts);
        }
        if let Input::Text(_, slot) = &mut found.files[first_new] {
            *slot = named_in[&folder].get(&file).cloned();
        }
    }
    found
}

/// The facts a folder's manifest gives its files, if it has one; a manifest that cannot be read is
/// reported with the paths that could not be listed (its files are then read without it).
fn facts_of(manifest: Option<&PathBuf>, found: &mut Inputs) -> HashMap<PathBuf, Arc<FileFacts>> {
    match manifest.map(|m| (m, read_manifest(m))) {
        Some((_, Ok(facts))) => facts,
        Some((m, Err(why))) => {
            found.unlisted.push((m.clone(), format!("manifest not read: {why}")));
            HashMap::new()
        }
        None => HashMap::new(),
    }
}

/// `within`: the folders being listed, from the named one down to this one's parent, as canonical
/// paths. A link back to one of them would be followed until the system's limit on path length,
/// listing every file dozens of times.
fn walk(path: &Path, found: &mut Inputs, named: bool, within: &mut Vec<PathBuf>) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return found.unlisted.push((path.into(), e.to_string())),
    };
    if meta.is_dir() {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if let Some(ancestor) = within.iter().find(|a| **a == real) {
            let why = format!("a link back to {}, which is being read already", ancestor.display());
            return found.unlisted.push((path.into(), why));
        }
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return found.unlisted.push((path.into(), e.to_string())),
        };
        entries.sort();
        within.push(real);
        let facts = facts_of(entries.iter().find(|e| is_manifest(e)), found);
        let first_new = found.files.len();
        for e in entries {
            // Hidden files and folders (.git, .DS_Store) are not articles unless named on the command line.
            if e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
                skip(found, e, "hidden; read only when named".into());
                continue;
            }
            walk(&e, found, false, within);
        }
        within.pop();
        if !facts.is_empty() {
            for input in &mut found.files[first_new..] {
                if let Input::Text(p, slot @ None) = input {
                    *slot = facts.get(p.as_path()).cloned();
                }
            }
        }
    } else if meta.is_file() {
        // A manifest is never an article, even named (`ingest real/*` names it): read as text, its
        // rows became an article whose titles were coded as events.
        if is_manifest(path) {
            return;
        }
        if !named && is_docs(path) {
            return skip(found, path.into(), docs_reason(path));
        }
        found.files.push(if is_jsonl(path) {
            Input::Jsonl(path.into())
        } else {
            Input::Text(path.into(), None)
        });
    } else {
        found.unlisted.push((path.into(), "not a regular file or directory".into()));
    }
}

/// Files that sit beside articles but are not articles (`SOURCES.md`, `MANIFEST.tsv`, `*.json` gold files),
/// skipped when found inside a directory.
fn is_docs(path: &Path) -> bool {
    extension_is(path, &["md", "tsv", "json", "csv", "toml"])
}

/// Why a documentation file in a folder is not read. A `.json` file of JSON Lines is most likely
/// records under the wrong name (named alone it is refused with that hint), not a gold file.
fn docs_reason(path: &Path) -> String {
    if extension_is(path, &["json"]) && holds_json_lines(path) {
        return "JSON Lines under a .json name, not read inside a folder (a .json file there is taken \
                for documentation or gold): give it a .jsonl name"
            .into();
    }
    "documentation beside the articles (.md, .tsv, .json, .csv and .toml files are read only when named)"
        .into()
}

/// The file's first complete lines (at least two) are each one JSON object.
fn holds_json_lines(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(1 << 18).read_to_end(&mut head));
    if read.is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    // The last piece may be a line cut short by the limit.
    let complete = text.rsplit_once('\n').map_or("", |(lines, _)| lines);
    let lines: Vec<&str> = complete.lines().filter(|l| !l.trim().is_empty()).take(3).collect();
    lines.len() >= 2
        && lines.iter().all(|l| matches!(serde_json::from_str(l), Ok(serde_json::Value::Object(_))))
}

/// Passes over a file of a folder, saying why: a warning for records under the wrong name, which
/// the user meant to be read; otherwise at `-v`.
fn skip(found: &mut Inputs, path: PathBuf, why: String) {
    if why.starts_with("JSON Lines") {
        tracing::warn!("{}: skipped: {why}", path.display());
    } else {
        tracing::info!("{}: skipped: {why}", path.display());
    }
    found.skipped.push((path, why));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_listed_in_name_order_without_hidden_files_or_docs() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["b.txt", "a.jsonl", ".hidden.txt", "SOURCES.md", "gold.json", "sub/c.html"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let found = list_inputs(&[dir.join("gold.json"), dir.clone(), dir.join("missing.txt")]);
        assert_eq!(
            found.files,
            [
                Input::Text(dir.join("gold.json"), None),
                Input::Jsonl(dir.join("a.jsonl")),
                Input::Text(dir.join("b.txt"), None),
                Input::Text(dir.join("sub/c.html"), None),
            ]
        );
        assert_eq!(found.unlisted.len(), 1);
        assert_eq!(found.unlisted[0].0, dir.join("missing.txt"));
        let skipped: Vec<&PathBuf> = found.skipped.iter().map(|(p, _)| p).collect();
        assert_eq!(skipped, [&dir.join(".hidden.txt"), &dir.join("SOURCES.md"), &dir.join("gold.json")]);
    }

    /// Extensions are read in any case, as `.TXT` and `.HTML` were: `B.JSONL` was refused as "JSON
    /// Lines under another name". A `dump.json` of JSON Lines in a folder was passed over in silence
    /// (named alone it is refused, saying to name it .jsonl): it is skipped with that reason.
    #[test]
    fn extensions_in_any_case_and_skipped_files_with_their_reason() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let records =
            "{\"id\": \"a\", \"text\": \"قصف على إدلب\"}\n{\"id\": \"b\", \"text\": \"قصف على حلب\"}\n";
        for name in ["B.JSONL", "c.NDJSON", "dump.json", "NOTES.MD"] {
            std::fs::write(dir.join(name), records).unwrap();
        }
        std::fs::write(dir.join("gold.JSON"), "{\n  \"id\": \"a\",\n  \"events\": []\n}\n").unwrap();
        let found = list_inputs(std::slice::from_ref(&dir));
        assert_eq!(found.files, [Input::Jsonl(dir.join("B.JSONL")), Input::Jsonl(dir.join("c.NDJSON"))]);
        let why =
            |name: &str| found.skipped.iter().find(|(p, _)| *p == dir.join(name)).map(|(_, w)| w.as_str());
        assert!(why("dump.json").unwrap().contains("give it a .jsonl name"), "{:?}", found.skipped);
        assert!(why("gold.JSON").unwrap().starts_with("documentation"), "{:?}", found.skipped);
        assert!(why("NOTES.MD").unwrap().starts_with("documentation"), "{:?}", found.skipped);
        assert_eq!(list_inputs(&[dir.join("B.JSONL")]).files, [Input::Jsonl(dir.join("B.JSONL"))]);
    }

    /// A link from a folder to itself or an ancestor is reported once, not followed 40 levels deep.
    #[cfg(unix)]
    #[test]
    fn a_link_back_to_an_ancestor_is_not_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::write(dir.join("a/x.txt"), "x").unwrap();
        let _ = std::os::unix::fs::symlink(&dir, dir.join("a/up"));
        let found = list_inputs(std::slice::from_ref(&dir));
        assert_eq!(found.files, [Input::Text(dir.join("a/x.txt"), None)]);
        assert_eq!(found.unlisted.len(), 1, "{:?}", found.unlisted);
        assert_eq!(found.unlisted[0].0, dir.join("a/up"));
        assert!(found.unlisted[0].1.contains("a link back to"), "{:?}", found.unlisted);
    }

    /// A folder's manifest dates and names the outlet of its text files; a file it does not name,
    /// and one in a subfolder with no manifest of its own, get nothing.
    #[test]
    fn a_manifest_gives_its_files_outlet_date_and_address() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["001_a.txt", "002_b.txt", "003_c.txt", "sub/001_a.txt"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        std::fs::write(
            dir.join("MANIFEST.tsv"),
            "file\trepo\toutlet_if_known\tdate_if_known\turl\n\
             001_a.txt\tx/y\tAl Arabiya\t2013-12-26\thttp://www.alarabiya.net/a.html\n\
             002_b.txt\tx/y\tunknown\t2013-08-03 (from URL)\t\n",
        )
        .unwrap();
        let found = list_inputs(std::slice::from_ref(&dir));
        let facts: Vec<Option<FileFacts>> = found
            .files
            .iter()
            .map(|i| match i {
                Input::Text(_, f) => f.as_deref().cloned(),
                Input::Jsonl(_) => None,
            })
            .collect();
        assert_eq!(facts.len(), 4);
        assert_eq!(
            facts[0],
            Some(FileFacts {
                outlet: Some("Al Arabiya".into()),
                published: Some(DateValue::day(2013, 12, 26)),
                url: Some("http://www.alarabiya.net/a.html".into()),
            })
        );
        assert_eq!(
            facts[1],
            Some(FileFacts { outlet: None, published: Some(DateValue::day(2013, 8, 3)), url: None })
        );
        assert_eq!((&facts[2], &facts[3]), (&None, &None));
        assert!(found.unlisted.is_empty(), "{:?}", found.unlisted);

        let mut article = crate::Reader::embedded().parse_text("001_a.txt", "عنوان\n\nنص");
        facts[0].as_ref().unwrap().fill(&mut article);
        assert_eq!(article.outlet.as_deref(), Some("Al Arabiya"));
        assert_eq!(article.published, Some(DateValue::day(2013, 12, 26)));
        // The manifest itself is no article, even named (a shell glob names it).
        assert!(list_inputs(&[dir.join("MANIFEST.tsv")]).files.is_empty());
        // A file named on its own reads its folder's manifest too.
        let alone = list_inputs(&[dir.join("002_b.txt")]);
        assert!(
            matches!(&alone.files[0], Input::Text(_, Some(f)) if f.published == Some(DateValue::day(2013, 8, 3)))
        );
        std::fs::write(dir.join("MANIFEST.tsv"), "outlet\tdate\n").unwrap();
        let found = list_inputs(std::slice::from_ref(&dir));
        assert!(found.unlisted[0].1.contains("no \"file\" column"), "{:?}", found.unlisted);
        // Named on its own, the file's folder manifest is read, and reported, alike.
        let alone = list_inputs(&[dir.join("002_b.txt")]);
        assert!(alone.unlisted[0].1.contains("no \"file\" column"), "{:?}", alone.unlisted);
    }
}
