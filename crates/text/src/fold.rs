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
    let mut bytes = text.as_bytes().to_vec();
    // Continuation bytes are never in `A..=Z`, so this touches ASCII only.
    bytes.make_ascii_lowercase();
    let mut i = 0;
    while i + 1 < bytes.len() {
        let b = bytes[i];
        if b & 0xFC == 0xD8 {
            // Lead byte of U+0600..=U+06FF, where every Arabic fold lives;
            // each maps a two-byte character to a two-byte character.
            let [x, y] = ARABIC_FOLDS[usize::from(b & 0x03) << 6 | usize::from(bytes[i + 1] & 0x3F)];
            if x != 0 {
                bytes[i] = x;
                bytes[i + 1] = y;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    // Only whole characters of equal length were swapped, so this never fails.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The UTF-8 bytes of the fold of each character `U+0600..=U+06FF`, indexed
/// by the low two bits of its lead byte and the low six of its second byte;
/// `[0, 0]` where the character folds to itself. Built from [`fold_char`].
static ARABIC_FOLDS: [[u8; 2]; 256] = {
    let mut table = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        let c = 0x0600 + i as u32;
        let folded = match c {
            0x0622 | 0x0623 | 0x0625 | 0x0671 => 0x0627,
            0x0624 => 0x0648,
            0x0626 | 0x0649 | 0x06CC => 0x064A,
            0x0629 => 0x0647,
            0x06A9 => 0x0643,
            _ => c,
        };
        if folded != c {
            table[i] = [0xC0 | (folded >> 6) as u8, 0x80 | (folded & 0x3F) as u8];
        }
        i += 1;
    }
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
