//! `fold`: the matching key for search and lookup.
//!
//! Two spellings of one word should fold to one key. On top of [`clean`]:
//!
//! | from | to | why |
//! |---|---|---|
//! | `أ` `إ` `آ` `ٱ` (`U+0623 U+0625 U+0622 U+0671`) | `ا` | hamza/madda on alef is often omitted (`hamza.rs`) |
//! | `ؤ` (`U+0624`) | `و` | its seat |
//! | `ئ` (`U+0626`) | `ي` | its seat (`hamza.rs` says why not `ء`) |
//! | `ة` (`U+0629`) | `ه` | `سورية`/`سوريه`: the dots are often dropped |
//! | `ى` (`U+0649`) | `ي` | `مستشفى`/`مستشفي`: Egyptian and careless spelling |
//! | `ک` (`U+06A9`) | `ك` | Persian keyboards |
//! | `ی` (`U+06CC`) | `ي` | Persian keyboards |
//! | `A`–`Z` | `a`–`z` | `M4`/`m4` |
//!
//! # What folding cannot tell apart
//!
//! Folding throws information away, so some different words share a key:
//! `الأمن` (security) / `الآمن` (safe), `أمر` / `آمر`, `إعلام` / `أعلام`,
//! `على` (on) / `علي` (Ali), `مصر` stays distinct but `مصري`/`مصرى` merge
//! (as wanted). Match on the folded key, then show the cleaned text.
//! Non-ASCII Latin letters keep their case (`Ç` stays `Ç`): lower-casing them
//! could change their UTF-8 length.
//!
//! # The length guarantee of [`fold_clean`]
//!
//! Every fold above maps one character to one character of the same UTF-8
//! length (two bytes for the Arabic ones, one for ASCII). So a byte offset
//! into `fold_clean(t)` is the same byte offset into `t`, and a match found
//! in the folded text is reported as a span of the cleaned text as is.

use crate::clean::clean;
use crate::hamza;

/// ARABIC LETTER TEH MARBUTA `ة`.
const TEH_MARBUTA: char = '\u{0629}';
/// ARABIC LETTER HEH `ه`.
const HEH: char = '\u{0647}';
/// ARABIC LETTER ALEF MAKSURA `ى`.
const ALEF_MAKSURA: char = '\u{0649}';
/// ARABIC LETTER YEH `ي`.
const YEH: char = '\u{064A}';
/// ARABIC LETTER KEHEH `ک` (Persian kaf).
const KEHEH: char = '\u{06A9}';
/// ARABIC LETTER KAF `ك`.
const KAF: char = '\u{0643}';
/// ARABIC LETTER FARSI YEH `ی`.
const FARSI_YEH: char = '\u{06CC}';

/// The matching key of `text`: [`clean`], then [`fold_clean`].
///
/// `fold(x) == fold(&clean(x).text)` for every `x`.
///
/// ```
/// assert_eq!(marsad_text::fold("أنقرة"), marsad_text::fold("انقره"));
/// assert_eq!(marsad_text::fold("طريق M4"), "طريق m4");
/// ```
pub fn fold(text: &str) -> String {
    fold_clean(&clean(text).text)
}

/// The matching key of text that is already clean (see [`clean`]).
///
/// Each character is replaced by exactly one character of the same UTF-8
/// length, so `fold_clean(t).len() == t.len()` and every byte offset (and
/// char boundary) of `t` is the same in the result.
///
/// ```
/// let clean = "قال أردوغان";
/// let key = marsad_text::fold_clean(clean);
/// assert_eq!(key, "قال اردوغان");
/// let at = key.find("اردوغان").unwrap();
/// assert_eq!(&clean[at..], "أردوغان");
/// ```
pub fn fold_clean(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    // Unchanged stretches are copied as whole slices; `copied` is where the
    // next one starts.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b & 0xFC == 0xD8 {
            // Lead byte of U+0600..=U+06FF, where every Arabic fold lives.
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let folded = ARABIC_FOLDS[usize::from(b & 0x03) << 6 | usize::from(second & 0x3F)];
            if folded != '\0' {
                out.push_str(&text[copied..i]);
                out.push(folded);
                copied = i + 2;
            }
            i += 2;
        } else {
            if b.is_ascii_uppercase() {
                out.push_str(&text[copied..i]);
                out.push(char::from(b.to_ascii_lowercase()));
                copied = i + 1;
            }
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The fold of each character `U+0600..=U+06FF`, indexed by the low two
/// bits of its UTF-8 lead byte and the low six of its second byte; `'\0'`
/// where the character folds to itself. Agrees with [`fold_char`] (tested).
static ARABIC_FOLDS: [char; 256] = {
    let mut table = ['\0'; 256];
    table[0x22] = 'ا'; // آ
    table[0x23] = 'ا'; // أ
    table[0x25] = 'ا'; // إ
    table[0x71] = 'ا'; // ٱ
    table[0x24] = 'و'; // ؤ
    table[0x26] = 'ي'; // ئ
    table[0x49] = 'ي'; // ى
    table[0xCC] = 'ي'; // ی
    table[0x29] = 'ه'; // ة
    table[0xA9] = 'ك'; // ک
    table
};

/// The fold of one character of clean text; the result always has the
/// same UTF-8 length as `c`.
#[inline]
pub fn fold_char(c: char) -> char {
    match c {
        TEH_MARBUTA => HEH,
        ALEF_MAKSURA | FARSI_YEH => YEH,
        KEHEH => KAF,
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => hamza::fold_seat(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_test_per_fold() {
        let cases = [
            ("alef hamza above", "أنقرة", "انقره"),
            ("alef hamza below", "إدلب", "ادلب"),
            ("alef madda", "آلاف", "الاف"),
            ("alef wasla", "ٱلله", "الله"),
            ("waw hamza", "مؤسسة", "موسسه"),
            ("yeh hamza", "رئيس", "رييس"),
            ("teh marbuta", "سورية", "سوريه"),
            ("alef maksura", "مستشفى", "مستشفي"),
            ("persian kaf and yeh", "کردی", "كردي"),
            ("ascii upper case", "M4 SDF", "m4 sdf"),
            ("cleaned first", "المحـ.ـتلة", "المحتله"),
            ("harakat", "سُورِيّة", "سوريه"),
        ];
        for (name, input, want) in cases {
            assert_eq!(fold(input), want, "{name}");
        }
    }

    #[test]
    fn what_folding_merges() {
        assert_eq!(fold("الأمن"), fold("الآمن"));
        assert_ne!(fold("مسؤول"), fold("مسئول"));
    }

    #[test]
    fn fold_clean_keeps_lengths() {
        for s in ["أنقرة", "إدلب مؤسسة رئيس", "Çavuşoğlu", "M4 طريق", "ۀ ی ک ٱ", ""]
        {
            assert_eq!(fold_clean(s).len(), s.len(), "{s}");
            for (a, b) in s.chars().zip(fold_clean(s).chars()) {
                assert_eq!(a.len_utf8(), b.len_utf8());
            }
        }
    }

    #[test]
    fn byte_table_agrees_with_fold_char() {
        let all: String = ('\u{0600}'..='\u{06FF}').chain('A'..='z').collect();
        let by_char: String = all.chars().map(fold_char).collect();
        assert_eq!(fold_clean(&all), by_char);
    }

    #[test]
    fn empty_and_non_arabic() {
        assert_eq!(fold(""), "");
        assert_eq!(fold("Hello, World 2024"), "hello, world 2024");
    }
}
