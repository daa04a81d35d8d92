//! The alias index: every folded key, looked up from word starts.
//!
//! A name counts only when it starts a word (after a clitic prefix) and ends
//! one, so the index does not need a character automaton: it is one hash map
//! holding every key and every word-prefix of a multi-word key (`طريق`,
//! `طريق حلب`, `طريق حلب-اللاذقيه`). Matching walks the words of the text;
//! at each word start (and after each valid clitic prefix) it extends word by
//! word while the map says a longer key exists.
//!
//! Why not Aho–Corasick: building a double-array automaton over 100,000
//! aliases took about a second, most of the lexicon's load time; inserting
//! the same keys into a hash map takes a few tens of milliseconds, and
//! matching looks only at word starts instead of every character.
//!
//! Invariant: a key and the text are split into words by the same
//! [`is_word_char`], so the end of every word of a key falls on the end of a
//! word of any text that contains it at a word boundary.

use crate::clitic::is_prefix;
use crate::fold::is_word_char;
use marsad_text::hash::FxMap;

/// No key ends here; only longer keys start with this text.
const NO_KEY: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Entry {
    /// The key id when this text is a whole key, else [`NO_KEY`].
    key: u32,
    /// Some key continues past the end of this text with another word.
    longer: bool,
}

/// Folded alias keys, looked up at word boundaries.
pub(crate) struct AliasIndex {
    map: FxMap<Box<str>, Entry>,
    /// A bit for the [`sketch`] of every text the map holds: a text whose bit
    /// is clear is not in it. Most words of an article start no key (seven
    /// lookups in ten on bulk are turned away by it), and hashing each to
    /// probe the map cost 1.2% more of `analyze`'s instructions on bulk.
    sketches: Vec<u64>,
}

/// Bits of [`AliasIndex::sketches`] (a power of two): 128 KiB.
const SKETCH_BITS: usize = 1 << 20;

/// Which bit of [`AliasIndex::sketches`] stands for `text`: a mix of its
/// length and its first and last four bytes (two letters each end).
fn sketch(text: &str) -> usize {
    let (b, n) = (text.as_bytes(), text.len());
    let (head, tail) = if n >= 4 {
        (
            u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]),
        )
    } else {
        let all = b.iter().fold(0u32, |w, &x| (w << 8) | u32::from(x));
        (all, all)
    };
    let mixed = (u64::from(head) | (u64::from(tail) << 32)) ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed.wrapping_mul(0x51_7C_C1_B7_27_22_0A_95) >> (64 - SKETCH_BITS.trailing_zeros())) as usize
}

/// One key found in folded text.
pub(crate) struct Hit {
    /// Start of the word holding the match (before any clitic prefix).
    pub word_start: usize,
    pub start: usize,
    pub end: usize,
    pub key: u32,
}

/// Builds an [`AliasIndex`] one key at a time.
#[derive(Default)]
pub(crate) struct IndexBuilder {
    map: FxMap<Box<str>, Entry>,
    next_id: u32,
}

impl IndexBuilder {
    pub(crate) fn with_capacity(n: usize) -> IndexBuilder {
        let mut b = IndexBuilder::default();
        b.map.reserve(n);
        b
    }

    /// The id of `key` (folded, trimmed with [`trim_key`]), a new one
    /// (counting from 0) the first time it is seen; `(id, new)`.
    pub(crate) fn key_id(&mut self, key: String) -> (u32, bool) {
        if let Some(e) = self.map.get(key.as_str()).filter(|e| e.key != NO_KEY) {
            return (e.key, false);
        }
        let id = self.next_id;
        self.next_id += 1;
        for end in word_ends(&key).filter(|&e| e < key.len()) {
            match self.map.get_mut(&key[..end]) {
                Some(e) => e.longer = true,
                None => {
                    self.map.insert(key[..end].into(), Entry { key: NO_KEY, longer: true });
                }
            }
        }
        match self.map.get_mut(key.as_str()) {
            Some(e) => e.key = id,
            None => {
                self.map.insert(key.into_boxed_str(), Entry { key: id, longer: false });
            }
        }
        (id, true)
    }

    /// The id of a key already added.
    pub(crate) fn lookup(&self, key: &str) -> Option<u32> {
        self.map.get(key).map(|e| e.key).filter(|&k| k != NO_KEY)
    }

    /// Freezes the index.
    pub(crate) fn finish(self) -> AliasIndex {
        let mut sketches = vec![0u64; SKETCH_BITS / 64];
        for text in self.map.keys() {
            let bit = sketch(text);
            sketches[bit / 64] |= 1 << (bit % 64);
        }
        AliasIndex { map: self.map, sketches }
    }
}

impl AliasIndex {
    /// Indexes `keys` (folded, trimmed); the ids are their positions.
    #[cfg(test)]
    fn build<'a>(keys: impl Iterator<Item = &'a str>) -> AliasIndex {
        let mut b = IndexBuilder::default();
        for k in keys {
            b.key_id(k.to_string());
        }
        b.finish()
    }

    /// Every key occurrence that ends a word and starts a word or follows a
    /// clitic prefix (`و ف` then `ب ل ك`), in text order. Keys that overlap
    /// are all reported; choosing among them is the caller's job.
    pub(crate) fn find(&self, folded: &str, mut hit: impl FnMut(Hit)) {
        let words = words(folded);
        for (i, &(ws, we)) in words.iter().enumerate() {
            let word = &folded[ws..we];
            for p in clitic_splits(word) {
                let start = ws + p;
                let mut j = i;
                loop {
                    let end = words[j].1;
                    let text = &folded[start..end];
                    let bit = sketch(text);
                    if self.sketches[bit / 64] & (1 << (bit % 64)) == 0 {
                        break;
                    }
                    let Some(e) = self.map.get(text) else { break };
                    if e.key != NO_KEY {
                        hit(Hit { word_start: ws, start, end, key: e.key });
                    }
                    j += 1;
                    if !e.longer || j == words.len() {
                        break;
                    }
                }
            }
        }
    }
}

/// Byte ends of each word of `s`.
fn word_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_word = false;
    s.char_indices()
        .filter_map(move |(i, c)| {
            let w = is_word_char(c);
            let ended = prev_word && !w;
            prev_word = w;
            ended.then_some(i)
        })
        .chain((s.chars().next_back().is_some_and(is_word_char)).then_some(s.len()))
}

/// `(start, end)` of every word of `s`.
fn words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(s.len() / 10);
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

/// Byte lengths of the clitic prefixes `word` may start with, the empty one
/// first (every clitic is a two-byte Arabic letter).
fn clitic_splits(word: &str) -> impl Iterator<Item = usize> + '_ {
    [0, 2, 4]
        .into_iter()
        .filter(move |&p| p < word.len() && word.is_char_boundary(p) && is_prefix(&word[..p]))
}

/// The part of a key the index stores: without leading or trailing
/// characters that cannot end a word (`"منطقه "بوتين-اردوغان"` keeps its
/// opening quote inside but loses the closing one).
pub(crate) fn trim_key(key: &str) -> &str {
    key.trim_matches(|c: char| !is_word_char(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(keys: &[&str], text: &str) -> Vec<(String, String)> {
        let index = AliasIndex::build(keys.iter().copied());
        let mut out = Vec::new();
        index.find(text, |h| {
            out.push((text[h.word_start..h.start].to_string(), keys[h.key as usize].to_string()))
        });
        out
    }

    #[test]
    fn keys_match_at_word_boundaries_after_clitics() {
        let keys = ["قسد", "الباب", "طريق حلب-اللاذقيه", "حلب", "m4"];
        assert_eq!(
            found(&keys, "قصفت لقسد وبالباب على طريق حلب-اللاذقيه و m4."),
            [
                ("ل".into(), "قسد".into()),
                ("وب".into(), "الباب".into()),
                ("".into(), "طريق حلب-اللاذقيه".into()),
                ("".into(), "حلب".into()),
                ("".into(), "m4".into()),
            ]
        );
        // Inside a longer word, or after a non-clitic letter: no match.
        assert!(found(&keys, "قسدية مقسد تحلبون").is_empty());
    }

    #[test]
    fn word_prefixes_of_longer_keys_do_not_match_alone() {
        let keys = ["الجيش التركي", "الدولة الاسلاميه في العراق والشام"];
        assert!(found(&keys, "قال الجيش السوري").is_empty());
        assert_eq!(found(&keys, "والجيش التركي").len(), 1);
        assert_eq!(found(&keys, "الدولة الاسلاميه في العراق والشام").len(), 1);
    }

    /// Every text the map holds has its sketch bit set, so the sketch turns
    /// away only texts the map would not find.
    #[test]
    fn every_key_and_word_prefix_has_its_sketch() {
        let keys = ["قسد", "الباب", "طريق حلب-اللاذقيه", "حلب", "m4", "ا", "الدولة الاسلاميه في العراق والشام"];
        let index = AliasIndex::build(keys.iter().copied());
        for text in index.map.keys() {
            let bit = sketch(text);
            assert!(index.sketches[bit / 64] & (1 << (bit % 64)) != 0, "{text}");
        }
        assert!(index.map.len() > keys.len());
    }

    #[test]
    fn trimmed_keys() {
        assert_eq!(trim_key("منطقه \"بوتين-اردوغان\""), "منطقه \"بوتين-اردوغان");
        assert_eq!(trim_key("قسد"), "قسد");
    }
}
