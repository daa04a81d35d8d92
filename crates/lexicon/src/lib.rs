//! Actors and places named in Arabic news, resolved to stable ids.
//!
//! The lexicon reads the knowledge in `data/actors/` and `data/places/`
//! (aliases, metonyms, gentilic templates, a GeoNames extract, curated roads,
//! crossings, bases and zones), folds every alias and matches them all in one
//! pass over an article's cleaned body, at word boundaries and after clitic
//! prefixes (`وبمنطقة`, `لقسد`, `بالباب`, `للقوات`). Then it disambiguates
//! each match with the rules below.
//!
//! # Overview
//!
//! - [`Lexicon`]: the compiled data; [`Lexicon::find`] returns
//!   [`Mention`](marsad_model::Mention)s with byte spans into the text.
//! - [`check`]: validates a data directory and returns every [`Problem`] with
//!   its file and line.
//! - [`geonames`]: turns a GeoNames dump into a places file.
//!
//! ```
//! let lex = marsad_lexicon::Lexicon::embedded();
//! let text = "قصفت القوات التركية مواقع لقسد قرب مدينة الباب.";
//! let ids: Vec<String> = lex.find(text).into_iter().map(|m| m.entity_id).collect();
//! assert!(ids.contains(&"TUR-MIL".to_string()));
//! assert!(ids.contains(&"SDF".to_string()));
//! assert!(ids.contains(&"place:al-bab".to_string()));
//! ```
//!
//! # Disambiguation
//!
//! Applied to every match, in this order (each has a test with a real
//! sentence going each way in `tests/rules.rs`):
//!
//! 1. **Longest match, nested names.** Overlapping matches keep the leftmost
//!    longest (`الجيش التركي` → `TUR-MIL`, not `TUR`), except that a place
//!    inside a place name counts (`طريق حلب - اللاذقية` names Aleppo and
//!    Latakia) and a full person name inside an actor name counts
//!    (`نظام الرئيس بشار الأسد`).
//! 2. **Metonym.** A capital listed as a `metonym` of an actor (`أنقرة`,
//!    `موسكو`, `دمشق`) is the city after a place cue (`في`, `إلى`, `من`, the
//!    clitic `ب`, `العاصمة …` with or without a comma, a dateline `موسكو -`), otherwise the
//!    government acting or spoken of.
//! 3. **Dateline.** In `دبي، الإمارات العربية المتحدة (CNN) --` at a line
//!    start the city is a place and the country only locates it (no actor).
//!    **Actor first.** A name that is both an actor and a place is the actor
//!    unless a place cue precedes it (tested on a fixture in `lexicon.rs`).
//! 4. **Common word.** A place marked `needs_evidence` (`الباب`, `عين`) counts
//!    only after a place cue (`في`, `ب-`, `قرب`, `مدينة`, `بلدة`, `ريف`,
//!    `محافظة`…) or with another place in the same sentence; once evidenced
//!    it counts everywhere in the article.
//! 5. **Same name.** Among places sharing a name, the one inside a
//!    governorate the article names wins, then the most populous.
//! 6. **Governorate.** A governorate capital is the governorate when it
//!    contains the place before it (`منبج في حلب`) or follows a governorate
//!    in a list (`محافظتي حلب واللاذقية`). **Countryside.** After a
//!    `[countryside]` word of `data/places/cues.toml` (`ريف إدلب`, `بريف`,
//!    `ريفي`, `أرياف`) it is the governorate, the rural area around the city,
//!    its mention running from the word over the directions after the name
//!    (`ريف حلب الشمالي`); a town's countryside stays the town.
//! 7. **Titles.** `وزير الخارجية التركي` is the person holding that role when
//!    the article names them, otherwise the state organ (`TUR-GOV`).
//! 8. **Short forms.** A `short` alias (`الحلاق`) counts only when the same
//!    entity is named in full in the article. A short form several actors
//!    share (`التنظيم`) is the one named last before it, else the one named
//!    nearest after it (a headline's short form, named in full in the body).
#![deny(missing_docs)]

use std::path::Path;

pub use crate::error::{Error, Problem};
pub use crate::lexicon::Lexicon;
pub use crate::places::{parse_precision, precision_name, TSV_COLUMNS};

mod actors;
mod clitic;
mod cues;
mod error;
mod fold;
pub mod geonames;
mod index;
mod lexicon;
mod load;
mod places;
mod record;
mod validate;

impl Lexicon {
    /// Loads `data_dir/actors/*.toml` and `data_dir/places/*.{tsv,toml}`.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when a file cannot be read, [`Error::Invalid`] with every
    /// problem (file and line) when the data does not pass [`check`].
    pub fn from_dir(data_dir: &Path) -> Result<Lexicon, Error> {
        Lexicon::from_dirs(&[data_dir])
    }

    /// Loads several data directories as one (the shipped `data/` and a
    /// user's `marsad-data/` with imported places, say).
    ///
    /// # Errors
    ///
    /// As [`Lexicon::from_dir`].
    pub fn from_dirs(dirs: &[&Path]) -> Result<Lexicon, Error> {
        let mut sources = Vec::new();
        for d in dirs {
            sources.extend(load::dir_sources(d)?);
        }
        load::load(&sources)
    }

    /// The shipped data, compiled into the binary.
    ///
    /// # Panics
    ///
    /// Never in a released build: the tests load the same files and fail on
    /// any problem.
    pub fn embedded() -> Lexicon {
        load::load(&load::embedded_sources()).expect("shipped lexicon data passes check")
    }

    /// The shipped data plus a user data directory (`marsad-data/`, which
    /// `marsad gazetteer import` writes to).
    ///
    /// # Errors
    ///
    /// As [`Lexicon::from_dir`], for the user's files.
    pub fn embedded_with(user_dir: &Path) -> Result<Lexicon, Error> {
        let mut sources = load::embedded_sources();
        sources.extend(load::dir_sources(user_dir)?);
        load::load(&sources)
    }
}

/// Validates a data directory: duplicate ids, aliases claimed by two actors
/// without a rule, aliases not in clean form, places without coordinates,
/// unknown admin parents, capitals or role holders. Empty when all is well.
/// Problems whose message starts with `warning:` do not stop loading; among them, every file that looks
/// like knowledge but is not read ([`unread_files`]).
pub fn check(data_dir: &Path) -> Vec<Problem> {
    let mut problems = match load::dir_sources(data_dir) {
        Ok(sources) => load::compile(&sources).1,
        Err(e) => return vec![Problem::new(&data_dir.display().to_string(), 0, e.to_string())],
    };
    problems.extend(load::unread_files(data_dir));
    problems
}

/// Files in a data directory that look like actor or place knowledge but that loading does not read
/// (in its root, in a subfolder of `actors/` or `places/`, named `*.TOML`), each a `warning:` problem
/// naming the file and where it must go. Loading itself skips them in silence.
pub fn unread_files(data_dir: &Path) -> Vec<Problem> {
    load::unread_files(data_dir)
}

#[cfg(test)]
mod testoibits {
    #[test]
    fn lexicon_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<super::Lexicon>();
        assert_send_sync::<super::Problem>();
    }
}
