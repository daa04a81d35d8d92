//! Length-preserving fold of already cleaned text.
//!
//! The coder needs a fold whose byte offsets equal the cleaned body's, so that
//! a token found in the folded text is the same span in the body:
//! `marsad_text::fold_clean` is that fold (`أ إ آ ٱ` → `ا`, `ؤ` → `و`,
//! `ئ ى ی` → `ي`, `ة` → `ه`, `ک` → `ك`, ASCII upper case → lower case, every
//! replacement the same UTF-8 length).

pub(crate) use marsad_text::fold_clean;

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
