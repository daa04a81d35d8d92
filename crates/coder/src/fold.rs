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
pub(crate) fn fold_clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let f = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ؤ' => 'و',
            'ئ' | 'ى' | 'ی' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            c => c.to_ascii_lowercase(),
        };
        if f.len_utf8() == c.len_utf8() {
            out.push(f);
        } else {
            out.push(c);
        }
    }
    debug_assert_eq!(out.len(), text.len());
    out
}

/// True when `word` is already in folded form (what data files must hold).
pub(crate) fn is_folded(word: &str) -> bool {
    fold_clean(word) == word && !word.chars().any(|c| matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}'))
}

#[cfg(test)]
mod tests {
    use super::*;

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
