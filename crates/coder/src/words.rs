//! Word sets the coder's rules consult (`data/triggers/words.toml`, format
//! `marsad-words/1`): facility and owner nouns, locators, result links, …
//!
//! Each set holds bare folded words; the function that looks a word up
//! strips the prefixes its rule allows (و/ف, ب/ل, ال) first, so the data
//! never repeats a word with its clitics.

use std::collections::BTreeMap;

/// One named set of folded words: sorted, looked up by binary search (the
/// sets are small, and this is cheaper than hashing every word read).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordSet(Vec<String>);

impl WordSet {
    fn new(mut words: Vec<String>) -> WordSet {
        words.sort();
        words.dedup();
        WordSet(words)
    }

    /// Whether `w` is in the set.
    pub fn contains(&self, w: &str) -> bool {
        self.0.binary_search_by(|x| x.as_str().cmp(w)).is_ok()
    }

    /// Whether the set has no words.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The words, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

/// Declares [`Words`] with one set per name, in file order.
macro_rules! word_sets {
    ($($field:ident),* $(,)?) => {
        /// The loaded word sets, one per name in `words.toml`.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Words {
            $(
                #[doc = concat!("The `", stringify!($field), "` set.")]
                pub $field: WordSet,
            )*
        }

        /// Every set name a words file must have, and the only ones it may have.
        pub const SET_NAMES: &[&str] = &[$(stringify!($field)),*];

        impl Words {
            /// Builds the sets from a file's `[words]` table, pushing a
            /// problem for each unknown or missing set.
            pub(crate) fn from_table(
                mut table: BTreeMap<String, Vec<String>>,
                problems: &mut Vec<String>,
            ) -> Words {
                let mut take = |name: &str| -> WordSet {
                    match table.remove(name) {
                        Some(v) => WordSet::new(v),
                        None => {
                            problems.push(format!("missing word set {name:?}"));
                            WordSet::default()
                        }
                    }
                };
                let words = Words { $($field: take(stringify!($field))),* };
                for name in table.keys() {
                    problems.push(format!("unknown word set {name:?} (known: {})", SET_NAMES.join(", ")));
                }
                words
            }

            /// Each set by name, in file order.
            pub fn sets(&self) -> Vec<(&'static str, &WordSet)> {
                vec![$((stringify!($field), &self.$field)),*]
            }
        }
    };
}

word_sets!(
    facility,
    owner_link,
    locator,
    attack_adjective,
    part,
    side,
    two_sides,
    organizing,
    event_edge,
    result_link,
    city,
    purpose_verb,
    source_verb,
    belonging,
    after_la,
    stop_verb,
    telling_verb,
    media,
    comparison,
    period_stop,
    topic,
    settlement,
    territory,
    casualty,
    combatant,
    opposed,
    held_by,
    aircraft,
);
