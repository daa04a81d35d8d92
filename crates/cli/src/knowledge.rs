//! Where the knowledge (data/) comes from: `--knowledge DIR`, `MARSAD_KNOWLEDGE`, `./data`, or embedded.

use std::path::PathBuf;

use anyhow::Context;

/// The knowledge source chosen for this run.
pub enum Knowledge {
    /// A data directory on disk.
    Dir(PathBuf),
    /// The copies compiled into the binary.
    Embedded,
}

impl Knowledge {
    /// `--knowledge`/`MARSAD_KNOWLEDGE` if given, else `./data` when it exists, else embedded.
    pub fn locate(given: Option<PathBuf>) -> Knowledge {
        match given {
            Some(dir) => Knowledge::Dir(dir),
            None if std::path::Path::new("data/boilerplate.toml").is_file() => Knowledge::Dir("data".into()),
            None => Knowledge::Embedded,
        }
    }

    /// The article reader with this knowledge's boilerplate rules.
    pub fn reader(&self) -> anyhow::Result<marsad_ingest::Reader> {
        match self {
            Knowledge::Dir(dir) => marsad_ingest::Reader::from_dir(dir)
                .with_context(|| format!("loading boilerplate rules from {}", dir.display())),
            Knowledge::Embedded => Ok(marsad_ingest::Reader::embedded()),
        }
    }

    /// The analyzer with this knowledge.
    pub fn analyzer(&self) -> anyhow::Result<marsad_pipeline::Analyzer> {
        match self {
            Knowledge::Dir(dir) => marsad_pipeline::Analyzer::from_dir(dir)
                .with_context(|| format!("loading knowledge from {}", dir.display())),
            Knowledge::Embedded => Ok(marsad_pipeline::Analyzer::embedded()),
        }
    }

    /// The actor and place lexicon of this knowledge.
    pub fn lexicon(&self) -> anyhow::Result<marsad_lexicon::Lexicon> {
        match self {
            Knowledge::Dir(dir) => marsad_lexicon::Lexicon::from_dir(dir)
                .with_context(|| format!("loading actors and places from {}", dir.display())),
            Knowledge::Embedded => Ok(marsad_lexicon::Lexicon::embedded()),
        }
    }

    /// The data directory, when the knowledge comes from one.
    pub fn dir(&self) -> Option<&std::path::Path> {
        match self {
            Knowledge::Dir(dir) => Some(dir),
            Knowledge::Embedded => None,
        }
    }

    /// For log lines.
    pub fn describe(&self) -> String {
        match self {
            Knowledge::Dir(d) => d.display().to_string(),
            Knowledge::Embedded => "embedded".into(),
        }
    }
}
