//! Hamza: decomposed forms composed by `clean`, seats folded by `fold`.
//!
//! # In `clean`
//!
//! Some keyboards and converters write `أ` as `ا` + `U+0654` (combining hamza
//! above). `clean` composes a letter followed by `U+0653` MADDA ABOVE,
//! `U+0654` HAMZA ABOVE or `U+0655` HAMZA BELOW into the precomposed letter
//! (`ا`+`ٔ` → `أ`, `ا`+`ٕ` → `إ`, `ا`+`ٓ` → `آ`, `و`+`ٔ` → `ؤ`, `ي`+`ٔ` → `ئ`)
//! using Unicode canonical composition. A mark that composes with nothing is
//! dropped like a haraka. The seats themselves are kept as written: `clean`
//! is the display form.
//!
//! # In `fold`
//!
//! Writers drop or move hamza freely (`أنقرة`/`انقرة`, `إدلب`/`ادلب`), so the
//! matching key folds the seats: `أ` `إ` `آ` `ٱ` → `ا`, `ؤ` → `و`, `ئ` → `ي`.
//! `ئ` goes to its seat `ي` (not to `ء`) because the seat is what survives
//! when a writer omits the hamza (`رئيس`/`رييس` is rare, `هيئة`/`هيئه`/`هيأة`
//! vary; the seat keeps the word's shape). Bare `ء` on the line is kept.
//!
//! What this cannot tell apart: `الأمن` (security) and `الآمن` (safe) both
//! become `الامن`; `أمر`/`آمر`, `إعلام`/`أعلام` likewise. Spellings that move
//! the hamza to another seat (`مسؤول`/`مسئول`) still differ after folding.

/// ARABIC LETTER ALEF `ا`.
pub(crate) const ALEF: char = '\u{0627}';
/// ARABIC LETTER ALEF WITH HAMZA ABOVE `أ`.
pub(crate) const ALEF_HAMZA_ABOVE: char = '\u{0623}';
/// ARABIC LETTER ALEF WITH HAMZA BELOW `إ`.
pub(crate) const ALEF_HAMZA_BELOW: char = '\u{0625}';
/// ARABIC LETTER ALEF WITH MADDA ABOVE `آ`.
pub(crate) const ALEF_MADDA: char = '\u{0622}';
/// ARABIC LETTER ALEF WASLA `ٱ`.
pub(crate) const ALEF_WASLA: char = '\u{0671}';
/// ARABIC LETTER WAW WITH HAMZA ABOVE `ؤ`.
pub(crate) const WAW_HAMZA: char = '\u{0624}';
/// ARABIC LETTER WAW `و`.
pub(crate) const WAW: char = '\u{0648}';
/// ARABIC LETTER YEH WITH HAMZA ABOVE `ئ`.
pub(crate) const YEH_HAMZA: char = '\u{0626}';
/// ARABIC LETTER YEH `ي`.
pub(crate) const YEH: char = '\u{064A}';

/// The precomposed letter for `base` followed by a combining hamza or madda
/// mark, if Unicode has one.
#[inline]
pub(crate) fn compose(base: char, mark: char) -> Option<char> {
    unicode_normalization::char::compose(base, mark)
}

/// The hamza-seat fold of one character (identity for anything else).
#[inline]
pub(crate) fn fold_seat(c: char) -> char {
    match c {
        ALEF_HAMZA_ABOVE | ALEF_HAMZA_BELOW | ALEF_MADDA | ALEF_WASLA => ALEF,
        WAW_HAMZA => WAW,
        YEH_HAMZA => YEH,
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::harakat::{HAMZA_ABOVE, HAMZA_BELOW, MADDA_ABOVE};

    #[test]
    fn decomposed_hamza_composes() {
        assert_eq!(compose(ALEF, HAMZA_ABOVE), Some(ALEF_HAMZA_ABOVE));
        assert_eq!(compose(ALEF, HAMZA_BELOW), Some(ALEF_HAMZA_BELOW));
        assert_eq!(compose(ALEF, MADDA_ABOVE), Some(ALEF_MADDA));
        assert_eq!(compose(WAW, HAMZA_ABOVE), Some(WAW_HAMZA));
        assert_eq!(compose(YEH, HAMZA_ABOVE), Some(YEH_HAMZA));
        assert_eq!(compose('ب', HAMZA_ABOVE), None);
    }

    #[test]
    fn seats_fold_to_bare_letters() {
        let folded: String = "أإآٱؤئء".chars().map(fold_seat).collect();
        assert_eq!(folded, "ااااويء");
    }
}
