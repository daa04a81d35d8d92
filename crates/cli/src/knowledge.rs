//! Where the knowledge (data/) comes from: `--knowledge DIR`, `MARSAD_KNOWLEDGE`, `./data`, or embedded;
//! and the user's data directory (`--data`), whose `places/` and `actors/` (what `marsad gazetteer import`
//! writes) are loaded on top of it by the commands that analyse.

use std::path::{Path, PathBuf};

use anyhow::Context;

/// The knowledge source chosen for this run.
#[derive(Clone)]
pub struct Knowledge {
    base: Base,
    /// A user data directory whose `places/` and `actors/` extend the lexicon.
    user: Option<PathBuf>,
}

#[derive(Clone)]
enum Base {
    /// A data directory on disk.
    Dir(PathBuf),
    /// The copies compiled into the binary.
    Embedded,
}

impl Knowledge {
    /// `--knowledge`/`MARSAD_KNOWLEDGE` if given, else `./data` when it exists, else embedded.
    pub fn locate(given: Option<PathBuf>) -> Knowledge {
        let base = match given {
            Some(dir) => Base::Dir(dir),
            None if Path::new("data/boilerplate.toml").is_file() => Base::Dir("data".into()),
            None => Base::Embedded,
        };
        Knowledge { base, user: None }
    }

    /// This knowledge with the actors and places of the user data directory `dir` on top, when it holds
    /// any (`places/` or `actors/`); unchanged otherwise.
    pub fn with_user(&self, dir: &Path) -> Knowledge {
        let has_lexicon = dir.join("places").is_dir() || dir.join("actors").is_dir();
        // Only actors and places layer over the shipped knowledge; a triggers folder there would be
        // read by nothing, and an analyst would wonder why an added trigger never fires.
        if dir.join("triggers").is_dir() {
            tracing::warn!(
                "{}: not read: triggers come from the knowledge directory (./data or --knowledge DIR), \
                 not from a data directory; move the files to DIR/triggers and run with --knowledge DIR",
                dir.join("triggers").display()
            );
        }
        Knowledge { base: self.base.clone(), user: has_lexicon.then(|| dir.to_path_buf()) }
    }

    /// A knowledge directory that is not there is named as such: loading it first failed on the
    /// first file looked for (`…/boilerplate.toml: No such file or directory`).
    fn check_base(&self) -> anyhow::Result<()> {
        match &self.base {
            Base::Dir(dir) if !dir.is_dir() => anyhow::bail!(
                "knowledge directory {} (--knowledge or MARSAD_KNOWLEDGE) does not exist: give the folder \
                 holding actors/, places/, triggers/ and boilerplate.toml, or leave it out to use ./data or the \
                 knowledge built into marsad",
                dir.display()
            ),
            _ => Ok(()),
        }
    }

    /// The article reader with this knowledge's boilerplate rules.
    pub fn reader(&self) -> anyhow::Result<marsad_ingest::Reader> {
        self.check_base()?;
        match &self.base {
            Base::Dir(dir) => marsad_ingest::Reader::from_dir(dir)
                .with_context(|| format!("loading boilerplate rules from {}", dir.display())),
            Base::Embedded => Ok(marsad_ingest::Reader::embedded()),
        }
    }

    /// Says which files of the knowledge and user directories look like actors or places but are not
    /// read (a subfolder, the root, `*.TOML`): loading skips them, and the analyst's entries would
    /// never match without a word.
    fn warn_unread_files(&self) {
        for dir in self.dir().into_iter().chain(self.user.as_deref()) {
            for p in marsad_lexicon::unread_files(dir) {
                tracing::warn!("{}: {}", p.file, p.message.trim_start_matches("warning: "));
            }
        }
    }

    /// The analyzer with this knowledge.
    pub fn analyzer(&self) -> anyhow::Result<marsad_pipeline::Analyzer> {
        use marsad_pipeline::Analyzer;
        self.check_base()?;
        self.warn_unread_files();
        // With a user layer the lexicon is loaded once, with it, rather than loaded and replaced.
        let lexicon = self.user.as_ref().map(|_| self.lexicon()).transpose()?;
        match (&self.base, lexicon) {
            (Base::Dir(dir), None) => Analyzer::from_dir(dir),
            (Base::Dir(dir), Some(lexicon)) => Analyzer::from_dir_with_lexicon(dir, lexicon),
            (Base::Embedded, None) => Ok(Analyzer::embedded()),
            (Base::Embedded, Some(lexicon)) => Analyzer::embedded_with_lexicon(lexicon),
        }
        .with_context(|| format!("loading knowledge from {}", self.describe()))
    }

    /// The actor and place lexicon of this knowledge.
    pub fn lexicon(&self) -> anyhow::Result<marsad_lexicon::Lexicon> {
        use marsad_lexicon::Lexicon;
        self.check_base()?;
        self.warn_unread_files();
        let lexicon = match (&self.base, &self.user) {
            (Base::Dir(dir), None) => Lexicon::from_dir(dir),
            (Base::Embedded, None) => Ok(Lexicon::embedded()),
            (Base::Dir(dir), Some(user)) => Lexicon::from_dirs(&[dir, user]),
            (Base::Embedded, Some(user)) => Lexicon::embedded_with(user),
        };
        lexicon.with_context(|| format!("loading actors and places from {}", self.describe()))
    }

    /// The data directory, when the knowledge comes from one.
    pub fn dir(&self) -> Option<&Path> {
        match &self.base {
            Base::Dir(dir) => Some(dir),
            Base::Embedded => None,
        }
    }

    /// For log lines.
    pub fn describe(&self) -> String {
        let base = match &self.base {
            Base::Dir(d) => d.display().to_string(),
            Base::Embedded => "embedded".into(),
        };
        match &self.user {
            Some(u) => format!("{base} + {}", u.display()),
            None => base,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_knowledge_directory_that_is_not_there_is_named() {
        let missing = Knowledge { base: Base::Dir("/nonexistent/marsad-knowledge".into()), user: None };
        for err in [missing.reader().err(), missing.analyzer().err(), missing.lexicon().err()] {
            let err = format!("{:#}", err.expect("refused"));
            assert!(err.starts_with("knowledge directory /nonexistent/marsad-knowledge"), "{err}");
            assert!(err.contains("does not exist") && !err.contains("boilerplate.toml:"), "{err}");
        }
    }

    #[test]
    fn a_user_directory_counts_only_with_places_or_actors() {
        let tmp = tempfile::tempdir().unwrap();
        let shipped = Knowledge { base: Base::Embedded, user: None };
        // An empty data directory (a store, say) adds nothing.
        assert!(shipped.with_user(tmp.path()).user.is_none());
        std::fs::create_dir(tmp.path().join("places")).unwrap();
        let k = shipped.with_user(tmp.path());
        assert_eq!(k.user.as_deref(), Some(tmp.path()));
        assert!(k.describe().starts_with("embedded + "));
    }
}
