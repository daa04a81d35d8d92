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
            let text = std::fs::read_to_string(&p).map_err(|source| Error::Io { path: p.clone(), source })?;
            out.push(Source { name: p.display().to_string(), text });
        }
    }
    Ok(out)
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
