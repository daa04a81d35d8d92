//! Length-preserving fold of already cleaned text.
//!
//! `marsad_text::fold` cleans again and may change lengths; the coder needs a
//! fold whose byte offsets equal the cleaned body's, so that a token found in
//! the folded text is the same span in the body. Every replacement below maps
//! a two-byte Arabic letter to a two-byte letter (or ASCII to ASCII); any
//! other character is kept as is.
//!
//! Folded: `أ إ آ ٱ` → `ا`, `ؤ` → `و`, `ئ ى ی` → `ي`, `ة` → `ه`, `ک` → `ك`,
//! ASCII upper case → lower case.

/// The folded form of cleaned `text`, byte for byte as long as `text`.
///
/// Works on bytes: every folded letter is a two-byte UTF-8 sequence replaced
/// by another two-byte sequence, so the result stays valid UTF-8.
pub(crate) fn fold_clean(text: &str) -> String {
    let mut out = text.as_bytes().to_vec();
    let mut i = 0;
    while i < out.len() {
        let b = out[i];
        if b < 0x80 {
            out[i] = b.to_ascii_lowercase();
            i += 1;
            continue;
        }
        if (0xD8..=0xDB).contains(&b) && i + 1 < out.len() {
            let pair = match (b, out[i + 1]) {
                (0xD8, 0xA3 | 0xA5 | 0xA2) | (0xD9, 0xB1) => Some([0xD8, 0xA7]), // أ إ آ ٱ → ا
                (0xD8, 0xA4) => Some([0xD9, 0x88]),                              // ؤ → و
                (0xD8, 0xA6) | (0xD9, 0x89) | (0xDB, 0x8C) => Some([0xD9, 0x8A]), // ئ ى ی → ي
                (0xD8, 0xA9) => Some([0xD9, 0x87]),                              // ة → ه
                (0xDA, 0xA9) => Some([0xD9, 0x83]),                              // ک → ك
                _ => None,
            };
            if let Some(p) = pair {
                out[i] = p[0];
                out[i + 1] = p[1];
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// True when `word` is already in folded form (what data files must hold).
pub(crate) fn is_folded(word: &str) -> bool {
    fold_clean(word) == word && !word.chars().any(|c| matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_every_listed_letter() {
        assert_eq!(fold_clean("أإآٱ ؤ ئىی ة ک AbC"), "اااا و ييي ه ك abc");
        assert_eq!(fold_clean("é ü 2024 –"), "é ü 2024 –");
    }

    #[test]
    fn folds_hamza_teh_marbuta_and_keeps_length() {
        let s = "أعلنت الإدارة الذاتية";
        let f = fold_clean(s);
        assert_eq!(f, "اعلنت الاداره الذاتيه");
        assert_eq!(f.len(), s.len());
        assert_eq!(fold_clean("M4 طريق"), "m4 طريق");
    }

    #[test]
    fn folded_check_rejects_unfolded_forms() {
        assert!(is_folded("اجتماع"));
        assert!(!is_folded("زيارة"));
        assert!(!is_folded("بـ"));
    }
}
