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
}

const TATWEEL: char = '\u{0640}';

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | TATWEEL | '\u{200C}' | '\u{200D}')
}

fn is_word(c: char) -> bool {
    // Arabic letters first: `char::is_alphanumeric` takes a slow table lookup outside ASCII.
    is_plain(c) || c.is_ascii_alphanumeric() || is_mark(c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// Word spans of `text`, with obfuscation joiners inside words.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word(chars[i].1) {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        loop {
            if j < chars.len() && is_word(chars[j].1) {
                j += 1;
                continue;
            }
            // A joiner run (`.`, `_`, `-`) counts as part of the word when a tatweel touches it
            // and a word character follows: `دوريـ.ـات`, `المحـ.ـتلة`.
            let mut k = j;
            while k < chars.len() && matches!(chars[k].1, '.' | '_' | '-' | '*') {
                k += 1;
            }
            let touches_tatweel = chars[j - 1].1 == TATWEEL || chars.get(k).is_some_and(|c| c.1 == TATWEEL);
            if k > j && k < chars.len() && is_word(chars[k].1) && touches_tatweel {
                j = k;
                continue;
            }
            break;
        }
        let end = chars.get(j).map_or(text.len(), |c| c.0);
        out.push((start, end));
        i = j;
    }
    out
}

/// Characters `marsad_text::clean` leaves as they are whatever surrounds them inside a word:
/// core Arabic letters (tatweel excluded). A word of these alone (or of ASCII letters and
/// digits alone) folds character by character, without the full clean.
fn is_plain(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}')
}

/// The folded search form of one word (joiners and marks removed).
pub fn fold_word(word: &str) -> String {
    // Most words of a cleaned body are plain; the index spends most of its time here.
    if word.chars().all(is_plain) || word.chars().all(|c| c.is_ascii_alphanumeric()) {
        return word.chars().map(marsad_text::fold_char).collect();
    }
    let joined: String = word.chars().filter(|c| !matches!(c, '.' | '_' | '-' | '*')).collect();
    marsad_text::fold(&joined).chars().filter(|c| !is_mark(*c)).collect()
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
    let mut w: Vec<char> = word.chars().collect();
    if !w.iter().any(|c| ('\u{0621}'..='\u{064A}').contains(c)) {
        return word.to_string();
    }
    if w.len() > 3 && w[0] == 'و' {
        w.remove(0);
    }
    for p in PREFIXES {
        let p: Vec<char> = p.chars().collect();
        if w.len() >= p.len() + 2 && w.starts_with(&p) {
            w.drain(..p.len());
            break;
        }
    }
    for (suffix, keep) in SUFFIXES {
        let s: Vec<char> = suffix.chars().collect();
        if w.len() >= s.len() + 2 && w.ends_with(&s) {
            w.truncate(w.len() - s.len());
            w.extend(keep.chars());
        }
    }
    w.into_iter().collect()
}

/// The token stream of one text.
pub struct ArabicTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream {
        let mut tokens = Vec::new();
        for (start, end) in word_spans(text) {
            let folded = fold_word(&text[start..end]);
            if folded.is_empty() {
                continue;
            }
            let term = if self.stem { light_stem(&folded) } else { folded };
            tokens.push(Token {
                offset_from: start,
                offset_to: end,
                position: tokens.len(),
                text: term,
                position_length: 1,
            });
        }
        ArabicTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for ArabicTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, stem: bool) -> Vec<String> {
        let mut t = ArabicTokenizer { stem };
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
        let mut t = ArabicTokenizer { stem: true };
        let mut s = t.token_stream(text);
        let mut spans = Vec::new();
        while s.advance() {
            spans.push(&text[s.token().offset_from..s.token().offset_to]);
        }
        assert_eq!(spans, vec!["دوريـ.ـات", "روسية", "انتهى"], "a sentence-final dot is not a joiner");
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

    #[test]
    fn non_arabic_words_are_lowercased_not_stemmed() {
        assert_eq!(terms("S-400 SDF", true), vec!["s", "400", "sdf"]);
        assert_eq!(terms("", true), Vec::<String>::new());
    }
}
