//! Context words the disambiguation rules look at (`data/places/cues.toml`).
//!
//! The words are data, not code, so an analyst can add `بلدة`-like nouns or
//! prepositions without touching Rust. All are compared folded.

use serde::Deserialize;

use crate::actors::line_of;
use crate::error::Problem;
use crate::fold::alias_key;
use marsad_text::hash::FxSet;

/// The cue word lists, folded, as sets: a rule asks whether a word is in a list for nearly every name found.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cues {
    /// A word right before a name that marks it as a place (`في`, `مدينة`).
    pub place_before: FxSet<String>,
    /// A word right before a capital that makes it the city, not the
    /// government (`في موسكو`, `إلى أنقرة`).
    pub metonym_place_before: FxSet<String>,
    /// A word one or two words before a capital that makes it the city
    /// (`العاصمة العراقية بغداد`).
    pub metonym_place_near: FxSet<String>,
    /// A word before a governorate capital that marks it as the city
    /// (`مدينة حلب`), not the governorate.
    pub city_before: FxSet<String>,
    /// Two words before a capital that make it the actor even though the
    /// second is a place cue (`كل من أنقرة وموسكو`).
    pub metonym_actor_pairs: FxSet<String>,
    /// `في` as a word: `منبج في حلب` makes `حلب` the governorate.
    pub within: FxSet<String>,
    /// A word right before a governorate capital that names the governorate's
    /// countryside (`ريف إدلب`): the governorate, not the city.
    pub countryside_before: FxSet<String>,
    /// Words after such a name that stay in its mention (`ريف إدلب الجنوبي`).
    pub countryside_after: FxSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CuesFile {
    place_evidence: Section,
    metonym: MetonymSection,
    within: Section,
    city: Section,
    /// Optional so that a knowledge directory written before the rule still loads.
    #[serde(default)]
    countryside: Option<CountrysideSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountrysideSection {
    before: Vec<String>,
    after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Section {
    before: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetonymSection {
    place_before: Vec<String>,
    place_near: Vec<String>,
    actor_pairs: Vec<String>,
}

impl Cues {
    pub(crate) fn parse(file: &str, text: &str, problems: &mut Vec<Problem>) -> Cues {
        match toml::from_str::<CuesFile>(text) {
            Ok(c) => {
                let fold = |v: Vec<String>| v.iter().map(|s| alias_key(s)).collect();
                let (countryside_before, countryside_after) =
                    c.countryside.map(|s| (fold(s.before), fold(s.after))).unwrap_or_default();
                Cues {
                    countryside_before,
                    countryside_after,
                    place_before: fold(c.place_evidence.before),
                    metonym_place_before: fold(c.metonym.place_before),
                    metonym_place_near: fold(c.metonym.place_near),
                    within: fold(c.within.before),
                    metonym_actor_pairs: fold(c.metonym.actor_pairs),
                    city_before: fold(c.city.before),
                }
            }
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
                let msg = e.message().to_lowercase();
                problems.push(Problem::new(file, line, format!("invalid cues file: {msg}")));
                Cues::default()
            }
        }
    }

    /// Where the listed word starts in `word` (folded) when `word` is in `list` bare or after a
    /// clitic prefix (`ريف`, `بريف`, `وبريف`): the prefix's length in bytes.
    pub(crate) fn after_clitics(list: &FxSet<String>, word: &str) -> Option<usize> {
        word.char_indices()
            .take(3)
            .map(|(i, _)| i)
            .find(|&i| crate::clitic::is_prefix(&word[..i]) && list.contains(&word[i..]))
    }

    /// True when `word` (folded) or `word` without a leading `و`/`ف` is in `list`.
    pub(crate) fn has(list: &FxSet<String>, word: &str) -> bool {
        let bare = word.strip_prefix('و').or_else(|| word.strip_prefix('ف')).unwrap_or("");
        list.contains(word) || (!bare.is_empty() && list.contains(bare))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_in_a_list_bare_or_after_waw_or_fa() {
        let list: FxSet<String> = ["في", "مدينه"].into_iter().map(String::from).collect();
        assert!(Cues::has(&list, "في"));
        assert!(Cues::has(&list, "وفي"));
        assert!(Cues::has(&list, "فمدينه"));
        assert!(!Cues::has(&list, "بفي"));
        assert!(!Cues::has(&list, "و"));
        assert!(!Cues::has(&list, "مدينة"));
    }

    #[test]
    fn a_word_is_in_a_list_after_any_clitic_prefix() {
        let list: FxSet<String> = ["ريف"].into_iter().map(String::from).collect();
        for w in ["ريف", "بريف", "وريف", "وبريف", "لريف", "فريف"] {
            assert_eq!(Cues::after_clitics(&list, w), Some(w.len() - "ريف".len()), "{w}");
        }
        for w in ["تريف", "الريف", "ريفي", "بب", "مريف", ""] {
            assert_eq!(Cues::after_clitics(&list, w), None, "{w}");
        }
    }
}
