//! Which characters count as Arabic letters for the in-word rules.
//!
//! The obfuscation, tatweel and Arabizi rules only fire *between Arabic
//! letters*, so this one predicate decides what "inside a word" means.
//!
//! Letters: `U+0621..=U+063F`, `U+0641..=U+064A` (core alphabet, tatweel
//! `U+0640` excluded), `U+066E..=U+066F`, `U+0671..=U+06D3`, `U+06D5`,
//! `U+06EE..=U+06EF`, `U+06FA..=U+06FC`, `U+06FF` (Persian, Urdu, Kurdish
//! letters), `U+0750..=U+077F` (Arabic Supplement), `U+08A0..=U+08C9`
//! (Arabic Extended-A letters).

/// ARABIC LETTER TEH MARBUTA `ة`: only ever word-final.
pub(crate) const TEH_MARBUTA: char = '\u{0629}';
/// ARABIC LETTER ALEF MAKSURA `ى`: only ever word-final.
pub(crate) const ALEF_MAKSURA: char = '\u{0649}';
/// ARABIC LETTER HAMZA `ء` (on the line).
pub(crate) const HAMZA: char = '\u{0621}';

/// True for an Arabic letter (see the module docs for the exact ranges).
#[inline]
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}')
}

/// True for a letter that can only end a word (`ة`, `ى`): a letter glued
/// after it starts a new word, so no in-word rule may bridge it.
#[inline]
pub(crate) fn is_word_final_only(c: char) -> bool {
    c == TEH_MARBUTA || c == ALEF_MAKSURA
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_non_letters() {
        for c in "ابتثجحخدذرسشصضطظعغفقكلمنهوييءآأؤإئةىپچژگکی".chars()
        {
            assert!(is_arabic_letter(c), "{c:?}");
        }
        for c in "ـ،؛؟٠١٩0aZ .-َُِّْ".chars() {
            assert!(!is_arabic_letter(c), "{c:?}");
        }
    }
}
