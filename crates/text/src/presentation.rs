//! Arabic presentation forms → ordinary letters (NFKC on these blocks only).
//!
//! Text copied out of PDFs and old web pages often carries the contextual
//! glyph code points (`ﻻ`, `ﺍﻟﺠﻴﺶ`) instead of letters; they look the same but
//! match nothing. Touched: `U+FB50..=U+FDFF` (Arabic Presentation Forms-A)
//! and `U+FE70..=U+FEFE` (Arabic Presentation Forms-B). NFKC is applied to
//! these code points only: applying it to the whole text would also rewrite
//! things the outlet wrote on purpose (`²`, full-width digits, `ﬁ`).
//!
//! One form may become several letters (`ﻻ` → `لا`, `ﷲ` → `الله`); every
//! resulting character maps back to the whole original code point.

use unicode_normalization::UnicodeNormalization;

/// True for a code point in one of the two presentation-form blocks.
#[inline]
pub(crate) fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The NFKC form of a presentation-form code point, or `None` when NFKC
/// leaves it as is (unassigned code points, noncharacters).
pub(crate) fn expansion(c: char) -> Option<impl Iterator<Item = char> + Clone> {
    let mut it = std::iter::once(c).nfkc();
    let unchanged = it.next() == Some(c) && it.next().is_none();
    (!unchanged).then(|| std::iter::once(c).nfkc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lam_alef_ligature_becomes_two_letters() {
        assert_eq!(expansion('\u{FEFB}').unwrap().collect::<String>(), "لا");
    }

    #[test]
    fn contextual_forms_become_letters() {
        let word: String = "ﺍﻟﺠﻴﺶ".chars().flat_map(|c| expansion(c).unwrap()).collect();
        assert_eq!(word, "الجيش");
        assert_eq!(expansion('\u{FE83}').unwrap().collect::<String>(), "أ");
    }

    #[test]
    fn ordinary_letters_are_not_forms() {
        assert!(!is_presentation_form('ا'));
        assert!(!is_presentation_form('ﬁ'));
    }
}
