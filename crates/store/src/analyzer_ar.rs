//! The Arabic analysers of the search index.
//!
//! Two analysers share one tokenizer ([`ArabicTokenizer`]):
//!
//! - `ar_folded` (the exact field): each word folded with [`marsad_text::fold`] (hamza forms,
//!   ta marbuta, alef maqsura, harakat, tatweel). `الدورية` and `الدوريه` meet here.
//! - `ar_stem` (the main field): folded, then clitic prefixes and suffixes stripped by
//!   [`light_stem`], a Light10-style stemmer (Larkey et al. 2007) on folded words. `دورية`,
//!   `الدوريات` and `دوريـ.ـات` all become `دور`.
//!
//! The tokenizer keeps obfuscated words whole: a `.` or `_` touching a tatweel inside a word
//! (`دوريـ.ـات`) joins, it does not split. Offsets are those of the original text, so
//! highlighted snippets point at what the outlet wrote.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Splits Arabic (and any) text into words, folding and optionally stemming each.
#[derive(Clone, Copy, Debug)]
pub struct ArabicTokenizer {
    /// Apply [`light_stem`] after folding.
    pub stem: bool,
    /// Emit only the (folded, unstemmed) words that stemming changes; the others still take
    /// their position. This is the exact field's index side: a word the stemmer leaves alone is
    /// already, as written, in the stemmed field, so only the changed forms need a second entry
    /// (half the exact field's postings). Queries on it use the full folded analyser.
    pub changed_by_stem_only: bool,
}

impl ArabicTokenizer {
    /// The stemmed analyser (`ar_stem`).
    pub const STEMMED: ArabicTokenizer = ArabicTokenizer { stem: true, changed_by_stem_only: false };
    /// The folded analyser (`ar_folded`, queries on the exact field).
    pub const FOLDED: ArabicTokenizer = ArabicTokenizer { stem: false, changed_by_stem_only: false };
    /// The exact field's index analyser: folded words that stemming changes.
    pub const EXACT_INDEX: ArabicTokenizer = ArabicTokenizer { stem: false, changed_by_stem_only: true };
}

const TATWEEL: char = '\u{0640}';

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | TATWEEL | '\u{200C}' | '\u{200D}')
}

fn is_word(c: char) -> bool {
    // Arabic letters first: `char::is_alphanumeric` takes a slow table lookup outside ASCII.
    is_plain(c) || c.is_ascii_alphanumeric() || is_mark(c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// The next word span of `text` at or after byte `from`, with obfuscation joiners inside words.
fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    let (offset, first) = text[from..].char_indices().find(|&(_, c)| is_word(c))?;
    let start = from + offset;
    let mut prev = first;
    let mut end = start + first.len_utf8();
    loop {
        let mut rest = text[end..].chars();
        match rest.next() {
            Some(c) if is_word(c) => {
                prev = c;
                end += c.len_utf8();
            }
            // A joiner run (`.`, `_`, `-`) counts as part of the word when a tatweel touches it
            // and a word character follows: `دوريـ.ـات`, `المحـ.ـتلة`.
            Some('.' | '_' | '-' | '*') => {
                let joiners = text[end..].len() - text[end..].trim_start_matches(['.', '_', '-', '*']).len();
                match text[end + joiners..].chars().next() {
                    Some(c) if is_word(c) && (prev == TATWEEL || c == TATWEEL) => {
                        prev = c;
                        end += joiners + c.len_utf8();
                    }
                    _ => return Some((start, end)),
                }
            }
            _ => return Some((start, end)),
        }
    }
}

/// Characters `marsad_text::clean` leaves as they are whatever surrounds them inside a word:
/// core Arabic letters (tatweel excluded). A word of these alone (or of ASCII letters and
/// digits alone) folds character by character, without the full clean.
fn is_plain(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}')
}

/// The folded search form of one word (joiners and marks removed).
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_word_into(word, &mut out);
    out
}

/// [`fold_word`] into `out` (cleared first): the index calls it once per word, reusing one buffer.
fn fold_word_into(word: &str, out: &mut String) {
    out.clear();
    // Most words of a cleaned body are plain (all core Arabic letters, or all ASCII letters and
    // digits): one pass folds them character by character. The index spends most of its time here.
    let (mut plain, mut ascii) = (true, true);
    for c in word.chars() {
        plain &= is_plain(c);
        ascii &= c.is_ascii_alphanumeric();
        if !plain && !ascii {
            break;
        }
        out.push(marsad_text::fold_char(c));
    }
    if plain || ascii {
        return;
    }
    out.clear();
    let joined: String = word.chars().filter(|c| !matches!(c, '.' | '_' | '-' | '*')).collect();
    out.extend(marsad_text::fold(&joined).chars().filter(|c| !is_mark(*c)));
}

/// Characters in `s` (for the affix tables, at compile time).
const fn char_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        if bytes[i] & 0xC0 != 0x80 {
            n += 1;
        }
        i += 1;
    }
    n
}

const PREFIXES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
/// Suffixes stripped, in order, each at most once. `يه` (folded `ية`) is cut to `ي` rather than
/// removed, and a bare `ي` is kept: so the nisba forms meet (`الدورية`, `الدوريات` → `دوري`;
/// `الروسية`, `الروسي` → `روسي`) without `دورية` collapsing into `دور` ("role").
const SUFFIXES: [(&str, &str); 7] =
    [("ها", ""), ("ان", ""), ("ات", ""), ("ون", ""), ("ين", ""), ("يه", "ي"), ("ه", "")];

/// Light10-style stemming of a folded word.
///
/// Order (as Light10): a leading `و` when the word has four letters or more, then one
/// article prefix when two letters remain, then each suffix of [`SUFFIXES`] once, in order, when
/// two letters remain. Folding has already turned `ة` into `ه`, so `ية`/`ة` appear as `يه`/`ه`.
pub fn light_stem(word: &str) -> String {
    let mut w = word.to_string();
    light_stem_in_place(&mut w);
    w
}

/// [`PREFIXES`] with their lengths in letters.
const PREFIX_LETTERS: [(&str, usize); PREFIXES.len()] = {
    let mut out = [("", 0); PREFIXES.len()];
    let mut i = 0;
    while i < PREFIXES.len() {
        out[i] = (PREFIXES[i], char_count(PREFIXES[i]));
        i += 1;
    }
    out
};

/// [`SUFFIXES`] with the letters each removes and adds.
const SUFFIX_LETTERS: [(&str, &str, usize, usize); SUFFIXES.len()] = {
    let mut out = [("", "", 0, 0); SUFFIXES.len()];
    let mut i = 0;
    while i < SUFFIXES.len() {
        let (suffix, keep) = SUFFIXES[i];
        out[i] = (suffix, keep, char_count(suffix), char_count(keep));
        i += 1;
    }
    out
};

/// [`light_stem`] of `w`, in place.
fn light_stem_in_place(w: &mut String) {
    let (mut letters, mut arabic) = (0, false);
    for c in w.chars() {
        letters += 1;
        arabic |= ('\u{0621}'..='\u{064A}').contains(&c);
    }
    if !arabic {
        return;
    }
    if letters > 3 && w.starts_with('و') {
        w.drain(..'و'.len_utf8());
        letters -= 1;
    }
    for (p, n) in PREFIX_LETTERS {
        if letters >= n + 2 && w.starts_with(p) {
            w.drain(..p.len());
            letters -= n;
            break;
        }
    }
    for (suffix, keep, n, k) in SUFFIX_LETTERS {
        if letters >= n + 2 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            w.push_str(keep);
            letters = letters - n + k;
        }
    }
}

/// The token stream of one text: words are found, folded and stemmed as the indexer pulls
/// them, into one reused token (no allocation per word).
pub struct ArabicTokenStream<'a> {
    text: &'a str,
    cursor: usize,
    mode: ArabicTokenizer,
    token: Token,
    /// The stem of the current word, for the changed-only mode.
    scratch: String,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        let token = Token { position: usize::MAX, ..Token::default() };
        ArabicTokenStream { text, cursor: 0, mode: *self, token, scratch: String::new() }
    }
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some((start, end)) = next_word(self.text, self.cursor) {
            self.cursor = end;
            fold_word_into(&self.text[start..end], &mut self.token.text);
            if self.token.text.is_empty() {
                continue;
            }
            self.token.position = self.token.position.wrapping_add(1);
            if self.mode.stem {
                light_stem_in_place(&mut self.token.text);
            } else if self.mode.changed_by_stem_only {
                self.scratch.clear();
                self.scratch.push_str(&self.token.text);
                light_stem_in_place(&mut self.scratch);
                if self.scratch == self.token.text {
                    continue;
                }
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.token.position_length = 1;
            return true;
        }
        self.cursor = self.text.len();
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, stem: bool) -> Vec<String> {
        let mut t = ArabicTokenizer { stem, changed_by_stem_only: false };
        let mut s = t.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push(s.token().text.clone());
        }
        out
    }

    #[test]
    fn patrol_spellings_share_one_stem() {
        for w in ["دورية", "الدوريات", "دوريـ.ـات", "الدوريه", "دوريات", "والدورية"]
        {
            assert_eq!(terms(w, true), vec!["دوري".to_string()], "{w}");
        }
    }

    #[test]
    fn role_is_not_patrol_and_nisba_genders_meet() {
        assert_eq!(terms("دور", true), vec!["دور"]);
        assert_eq!(terms("الروسية الروسي الروس", true), vec!["روسي", "روسي", "روس"]);
        assert_eq!(terms("المشتركة مشتركة", true), vec!["مشترك", "مشترك"]);
    }

    #[test]
    fn folded_field_keeps_words_but_folds_spelling() {
        assert_eq!(terms("الدورية الدوريه", false), vec!["الدوريه", "الدوريه"]);
        assert_eq!(terms("المحـ.ـتلة", false), vec!["المحتله"]);
        assert_eq!(terms("مَوَاقِعَ", false), vec!["مواقع"]);
    }

    #[test]
    fn offsets_point_at_the_original() {
        let text = "دوريـ.ـات روسية. انتهى";
        let mut t = ArabicTokenizer::STEMMED;
        let mut s = t.token_stream(text);
        let mut spans = Vec::new();
        while s.advance() {
            spans.push(&text[s.token().offset_from..s.token().offset_to]);
        }
        assert_eq!(spans, vec!["دوريـ.ـات", "روسية", "انتهى"], "a sentence-final dot is not a joiner");
    }

    #[test]
    fn joiners_join_only_when_a_tatweel_touches_them() {
        let spans = |text: &str| -> Vec<String> {
            let mut t = ArabicTokenizer::FOLDED;
            let mut s = t.token_stream(text);
            let mut out = Vec::new();
            while s.advance() {
                out.push(text[s.token().offset_from..s.token().offset_to].to_string());
            }
            out
        };
        let cases: [(&str, &[&str]); 6] = [
            ("دوريـ..ـات مشتركة", &["دوريـ..ـات", "مشتركة"]),
            ("قوات.الأسد", &["قوات", "الأسد"]),
            ("المحـ_ـتلة- ثم", &["المحـ_ـتلة", "ثم"]),
            ("الجيشـ. ثم", &["الجيشـ", "ثم"]),
            ("S-400 و M4", &["S", "400", "و", "M4"]),
            ("«إدلب»، (حماة)", &["إدلب", "حماة"]),
        ];
        for (text, want) in cases {
            assert_eq!(spans(text), want.to_vec(), "{text}");
        }
    }

    /// Each token's position and text as `tokenizer` gives them for `text`.
    fn positioned(mut tokenizer: ArabicTokenizer, text: &str) -> Vec<(usize, String)> {
        let mut s = tokenizer.token_stream(text);
        let mut got = Vec::new();
        while s.advance() {
            got.push((s.token().position, s.token().text.clone()));
        }
        got
    }

    #[test]
    fn positions_count_kept_words() {
        let got = positioned(ArabicTokenizer::STEMMED, "ـ قصف ـ مدفعي");
        assert_eq!(got, vec![(0, "قصف".to_string()), (1, "مدفعي".to_string())]);
    }

    #[test]
    fn exact_index_keeps_changed_words_at_their_positions() {
        let got = positioned(ArabicTokenizer::EXACT_INDEX, "قصف الدوريات الروسية دور");
        assert_eq!(got, vec![(1, "الدوريات".to_string()), (2, "الروسيه".to_string())]);
    }

    #[test]
    fn plain_words_fold_as_the_full_clean_does() {
        for w in ["أنقرة", "إدلب", "آلاف", "مؤسسة", "رئيس", "مستشفى", "سورية", "SDF", "M4", "S400"]
        {
            let full: String = marsad_text::fold(w).chars().filter(|c| !is_mark(*c)).collect();
            assert_eq!(fold_word(w), full, "{w}");
        }
        // Not plain: marks, tatweel, presentation forms take the full path.
        assert_eq!(fold_word("سُورِيّة"), "سوريه");
        assert_eq!(fold_word("ﻻجئ"), "لاجي");
    }

    /// Light10 as first written (letters counted with `chars()` at every step): the oracle
    /// for the counting-once version the index runs.
    fn reference_stem(word: &str) -> String {
        let mut w = word.to_string();
        if !w.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
            return w;
        }
        if w.chars().count() > 3 && w.starts_with('و') {
            w.remove(0);
        }
        for p in PREFIXES {
            if w.chars().count() >= p.chars().count() + 2 && w.starts_with(p) {
                w.drain(..p.len());
                break;
            }
        }
        for (suffix, keep) in SUFFIXES {
            if w.chars().count() >= suffix.chars().count() + 2 && w.ends_with(suffix) {
                w.truncate(w.len() - suffix.len());
                w.push_str(keep);
            }
        }
        w
    }

    /// The reference fold: the whole word through the full clean, joiners and marks dropped.
    fn reference_fold(word: &str) -> String {
        let joined: String = word.chars().filter(|c| !matches!(c, '.' | '_' | '-' | '*')).collect();
        marsad_text::fold(&joined).chars().filter(|c| !is_mark(*c)).collect()
    }

    #[test]
    fn stems_and_folds_agree_with_the_reference_on_every_seed_word() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
        let mut words = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            let mut from = 0;
            while let Some((start, end)) = next_word(&text, from) {
                from = end;
                let word = &text[start..end];
                let folded = fold_word(word);
                assert_eq!(folded, reference_fold(word), "{word}");
                assert_eq!(light_stem(&folded), reference_stem(&folded), "{word}");
                words += 1;
            }
        }
        assert!(words > 1000, "{words}");
        for w in ["والدوريات", "وال", "ولد", "بالها", "للمدنيين", "سوريين", "S-400", "كتائبها"]
        {
            assert_eq!(light_stem(&fold_word(w)), reference_stem(&reference_fold(w)), "{w}");
        }
    }

    #[test]
    fn non_arabic_words_are_lowercased_not_stemmed() {
        assert_eq!(terms("S-400 SDF", true), vec!["s", "400", "sdf"]);
        assert_eq!(terms("", true), Vec::<String>::new());
    }
}
