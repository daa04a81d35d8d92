//! `tokens`: the words of a text, with byte spans.
//!
//! A token is a maximal run of word characters: letters (any script),
//! digits, and Arabic combining marks (so uncleaned `سُورِيّة` stays one
//! word). Tatweel is *not* a word character: in cleaned text it only remains
//! after a clitic (`لـCNN`, `الـ20`), where splitting gives the name (`CNN`)
//! as its own token. A `.` or `,` between two digits stays inside a number
//! (`2.5`, `1,000`). Everything else (spaces, punctuation, quotes) separates.
//!
//! Spans are byte offsets into the text given, on char boundaries.

use marsad_model::Span;

use crate::harakat;
use crate::tatweel::TATWEEL;

/// A word of a text and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'t> {
    /// The word, a slice of the text.
    pub text: &'t str,
    /// Where it is, in bytes.
    pub span: Span,
}

/// True for a character that belongs to a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Core Arabic letters, marks and digits, without the Unicode tables.
    if matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{0669}') {
        return true;
    }
    c != TATWEEL && (c.is_alphanumeric() || harakat::is_haraka(c) || harakat::is_hamza_mark(c))
}

/// The words of `text` (letters and digits), with their spans.
///
/// ```
/// let words: Vec<&str> = marsad_text::tokens("قصفت الطائرات، 2.5 كم").iter().map(|t| t.text).collect();
/// assert_eq!(words, ["قصفت", "الطائرات", "2.5", "كم"]);
/// ```
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 8);
    each_token(text, |span| out.push(Token { text: &text[span.start..span.end], span }));
    out
}

/// Calls `f` with the span of each word of `text`, in order, without
/// allocating (the streaming form of [`tokens`]).
pub fn each_token(text: &str, mut f: impl FnMut(Span)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            (char::from(b), 1)
        } else if b < 0xE0 {
            let b1 = bytes.get(i + 1).copied().unwrap_or(0x80);
            (char::from_u32((u32::from(b & 0x1F) << 6) | u32::from(b1 & 0x3F)).unwrap_or('\u{FFFD}'), 2)
        } else {
            match text[i..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let word = is_word_char(c)
            || (matches!(c, '.' | ',')
                && start.is_some()
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        match (start, word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                f(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        f(Span::new(s, bytes.len()));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Checks a token's text and byte span together (tantivy's `assert_token`).
    pub(crate) fn assert_token(token: &Token<'_>, text: &str, start: usize, end: usize) {
        assert_eq!(token.text, text, "token text of {token:?}");
        assert_eq!((token.span.start, token.span.end), (start, end), "span of {text:?}");
    }

    #[test]
    fn arabic_words_with_spans() {
        let t = tokens("قصفت الطائرات ريف دمشق");
        assert_eq!(t.len(), 4);
        assert_token(&t[0], "قصفت", 0, 8);
        assert_token(&t[1], "الطائرات", 9, 25);
        assert_token(&t[2], "ريف", 26, 32);
        assert_token(&t[3], "دمشق", 33, 41);
    }

    #[test]
    fn punctuation_separates() {
        let words: Vec<&str> =
            tokens("بين تركيا ودمشق، ام تصفية الفصائل؟ «اتفاقية أضنة»").iter().map(|t| t.text).collect();
        assert_eq!(words, ["بين", "تركيا", "ودمشق", "ام", "تصفية", "الفصائل", "اتفاقية", "أضنة"]);
    }

    #[test]
    fn hyphen_and_tatweel_split() {
        let words: Vec<&str> = tokens("منظومة إس-400 لـCNN الـ20").iter().map(|t| t.text).collect();
        assert_eq!(words, ["منظومة", "إس", "400", "ل", "CNN", "ال", "20"]);
    }

    #[test]
    fn numbers_keep_decimal_points() {
        let t = tokens("نحو 2.5 مليون و1,000 جندي. انتهى");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(words, ["نحو", "2.5", "مليون", "و1,000", "جندي", "انتهى"]);
        assert_token(&t[1], "2.5", 7, 10);
    }

    #[test]
    fn harakat_stay_inside_uncleaned_words() {
        let t = tokens("سُورِيّة");
        assert_eq!(t.len(), 1);
        assert_token(&t[0], "سُورِيّة", 0, "سُورِيّة".len());
    }

    #[test]
    fn empty_and_non_arabic() {
        assert!(tokens("").is_empty());
        assert!(tokens(" ،. ").is_empty());
        let t = tokens("Lavrov met Çavuşoğlu");
        assert_token(&t[2], "Çavuşoğlu", 11, 11 + "Çavuşoğlu".len());
    }
}
