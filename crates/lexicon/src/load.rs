//! Reading data files from a directory or from the copy compiled in.

use std::path::Path;

use crate::actors::ActorData;
use crate::cues::Cues;
use crate::error::{Error, Problem};
use crate::lexicon::Lexicon;
use crate::places::{parse_toml, parse_tsv, Extension};
use crate::validate::validate;

/// One data file: its name (for messages) and text.
pub(crate) struct Source {
    pub name: String,
    pub text: String,
}

/// The shipped data, compiled in so the binary works from any directory.
const EMBEDDED: &[(&str, &str)] = &[
    ("data/actors/organs.toml", include_str!("../../../data/actors/organs.toml")),
    ("data/actors/states.toml", include_str!("../../../data/actors/states.toml")),
    ("data/actors/groups.toml", include_str!("../../../data/actors/groups.toml")),
    ("data/actors/people.toml", include_str!("../../../data/actors/people.toml")),
    ("data/places/cues.toml", include_str!("../../../data/places/cues.toml")),
    ("data/places/geonames_sy.tsv", include_str!("../../../data/places/geonames_sy.tsv")),
    ("data/places/curated.toml", include_str!("../../../data/places/curated.toml")),
];

pub(crate) fn embedded_sources() -> Vec<Source> {
    EMBEDDED.iter().map(|(n, t)| Source { name: n.to_string(), text: t.to_string() }).collect()
}

/// The data files of `dir` (`dir/actors/*.toml`, `dir/places/*.{tsv,toml}`),
/// sorted by name so loading is deterministic. Missing subdirectories are
/// fine (a user directory may hold only places).
pub(crate) fn dir_sources(dir: &Path) -> Result<Vec<Source>, Error> {
    if !dir.is_dir() {
        return Err(Error::Io {
            path: dir.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
        });
    }
    let mut out = Vec::new();
    for sub in ["actors", "places"] {
        let d = dir.join(sub);
        if !d.is_dir() {
            continue;
        }
        let entries = std::fs::read_dir(&d).map_err(|source| Error::Io { path: d.clone(), source })?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
                ext == "toml" || (sub == "places" && ext == "tsv")
            })
            .collect();
        paths.sort();
        for p in paths {
            let mut text =
                std::fs::read_to_string(&p).map_err(|source| Error::Io { path: p.clone(), source })?;
            // Spreadsheets and Windows editors save UTF-8 with a byte order mark; it is not part of the
            // first line (a TSV's column line was refused showing two identical-looking lines).
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            out.push(Source { name: p.display().to_string(), text });
        }
    }
    Ok(out)
}

/// Files in `dir` that look like actor or place knowledge (`*.toml`, `*.tsv`, in any case) but that
/// [`dir_sources`] does not read, each a `warning:` naming the file and where it must go: one in the
/// directory's root (other than `boilerplate.toml`), in a subfolder of `actors/` or `places/`, with an
/// upper-case extension, or a TSV in `actors/`. An analyst filing villages under `places/aleppo/` was told
/// `ok` while the villages never matched.
pub(crate) fn unread_files(dir: &Path) -> Vec<Problem> {
    let looks_like_knowledge = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("tsv"))
    };
    let mut out = Vec::new();
    let mut warn = |p: &Path, why: String| {
        out.push(Problem::new(&p.display().to_string(), 0, format!("warning: not read: {why}")));
    };
    for p in sorted_entries(dir) {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_file() && looks_like_knowledge(&p) && name != "boilerplate.toml" {
            warn(&p, "actors are read from actors/*.toml, places from places/*.tsv and places/*.toml; move it there".into());
        }
    }
    for sub in ["actors", "places"] {
        let kinds = if sub == "places" { "*.tsv and *.toml" } else { "*.toml" };
        for p in sorted_entries(&dir.join(sub)) {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if p.is_dir() {
                let mut stack = vec![p];
                while let Some(d) = stack.pop() {
                    for q in sorted_entries(&d) {
                        if q.is_dir() {
                            stack.push(q);
                        } else if looks_like_knowledge(&q) {
                            warn(
                                &q,
                                format!("subfolders of {sub}/ are not read; move it into {sub}/ itself"),
                            );
                        }
                    }
                }
            } else if ext == "toml" || (sub == "places" && ext == "tsv") {
                // Read by dir_sources.
            } else if looks_like_knowledge(&p) && ext.eq_ignore_ascii_case("tsv") && sub == "actors" {
                warn(&p, "actors/ reads only *.toml files".into());
            } else if looks_like_knowledge(&p) {
                let lower = p.with_extension(ext.to_ascii_lowercase());
                warn(&p, format!("{sub}/ reads {kinds} in lower case; rename it to {}", lower.display()));
            }
        }
    }
    out
}

/// The entries of `dir` in name order; none when it cannot be read.
fn sorted_entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> =
        std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
}

/// Parses and validates sources; returns the lexicon and every problem
/// found (a lexicon is returned only when there are no hard problems).
pub(crate) fn compile(sources: &[Source]) -> (Option<Lexicon>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut actors = ActorData::default();
    let (mut records, mut aliases, mut extensions): (Vec<_>, Vec<_>, Vec<Extension>) =
        (Vec::new(), Vec::new(), Vec::new());
    let mut cues = Cues::default();
    for s in sources {
        let file_name = Path::new(&s.name).file_name().and_then(|f| f.to_str()).unwrap_or("");
        let in_places = s.name.contains("places");
        if file_name == "cues.toml" {
            cues = Cues::parse(&s.name, &s.text, &mut problems);
        } else if in_places && s.name.ends_with(".tsv") {
            parse_tsv(&s.name, &s.text, &mut records, &mut aliases, &mut problems);
        } else if in_places {
            parse_toml(&s.name, &s.text, &mut records, &mut aliases, &mut extensions, &mut problems);
        } else {
            actors.add_file(&s.name, &s.text, &mut problems);
        }
    }
    extensions.extend(actors.extension_ids());
    let (actor_records, actor_aliases) = actors.build(&mut problems);
    let mut all = actor_records;
    all.append(&mut records);
    let mut all_aliases = actor_aliases;
    all_aliases.append(&mut aliases);
    let by_id = validate(&mut all, &all_aliases, &extensions, &mut problems);
    match Lexicon::build(all, by_id, all_aliases, cues, &mut problems) {
        Ok(lex) if problems.iter().all(|p| p.message.starts_with("warning:")) => (Some(lex), problems),
        Ok(_) => (None, problems),
        Err(e) => {
            problems.push(Problem::new("<all>", 0, e.to_string()));
            (None, problems)
        }
    }
}

pub(crate) fn load(sources: &[Source]) -> Result<Lexicon, Error> {
    match compile(sources) {
        (Some(lex), _) => Ok(lex),
        (None, problems) => {
            Err(Error::Invalid(problems.into_iter().filter(|p| !p.message.starts_with("warning:")).collect()))
        }
    }
}
