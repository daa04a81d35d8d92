//! Harakat (tashkeel) and other Arabic combining marks, removed by `clean`.
//!
//! Vowel signs are optional in Arabic and used inconsistently (`سوريّة` and
//! `سورية` are the same word), so the display form drops them.
//!
//! Removed: `U+0610..=U+061A` (Quranic honorific signs), `U+064B..=U+0652`
//! (fathatan … sukun), `U+0656..=U+065F` (subscript alef and other rare
//! vowel signs), `U+0670` (superscript "dagger" alef), `U+06D6..=U+06DC`,
//! `U+06DF..=U+06E4`, `U+06E7..=U+06E8`, `U+06EA..=U+06ED` (Quranic
//! annotation marks), `U+08D3..=U+08FF` (Arabic Extended-A marks).
//!
//! Not here: [`MADDA_ABOVE`], [`HAMZA_ABOVE`] and [`HAMZA_BELOW`] are part of
//! a letter when they follow one (see `hamza.rs`); only a stray one is dropped.

/// ARABIC MADDA ABOVE (combining), as in decomposed `آ` = `ا` + `U+0653`.
pub(crate) const MADDA_ABOVE: char = '\u{0653}';
/// ARABIC HAMZA ABOVE (combining), as in decomposed `أ` = `ا` + `U+0654`.
pub(crate) const HAMZA_ABOVE: char = '\u{0654}';
/// ARABIC HAMZA BELOW (combining), as in decomposed `إ` = `ا` + `U+0655`.
pub(crate) const HAMZA_BELOW: char = '\u{0655}';

/// True for a vowel sign or annotation mark that `clean` removes.
#[inline]
pub(crate) fn is_haraka(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{0652}'
        | '\u{0656}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}')
}

/// True for the three combining marks that belong to a hamza or madda letter.
#[inline]
pub(crate) fn is_hamza_mark(c: char) -> bool {
    matches!(c, MADDA_ABOVE | HAMZA_ABOVE | HAMZA_BELOW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowel_signs_are_harakat() {
        // fatha, damma, kasra, shadda, sukun, tanween, dagger alef
        for c in ['\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}', '\u{064B}', '\u{0670}'] {
            assert!(is_haraka(c), "{c:?}");
        }
    }

    #[test]
    fn letters_and_hamza_marks_are_not_harakat() {
        for c in ['ا', 'ب', 'ـ', MADDA_ABOVE, HAMZA_ABOVE, HAMZA_BELOW, '.'] {
            assert!(!is_haraka(c), "{c:?}");
        }
    }
}
