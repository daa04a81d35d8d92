//! Latin letters and "Arabizi" digits standing for Arabic letters inside an
//! Arabic word: `ال7رب` → `الحرب`, `الIسد` → `الاسد`.
//!
//! Touched (only as a single character glued between Arabic letters):
//! `I` and `l` → `ا` (they look like alef), `o` → `ه` inside a word and `ة`
//! at its end (it looks like a round heh / ta marbuta), `7` → `ح`, `3` → `ع`
//! (the Arabizi chat alphabet).
//!
//! Conditions, and why:
//! - the character directly follows an Arabic letter that is not word-final
//!   `ة`/`ى` (after those a new word has started: `الساعة7مساء` is a typo);
//! - for `I`, `l` and inner `o`: an Arabic letter directly follows;
//! - for final `o`: at least two letters precede, and no letter, digit or
//!   tatweel follows;
//! - for `7` and `3`: at least two letters precede and an Arabic letter
//!   follows, so that a conjunction glued to a number (`و3 ملايين`,
//!   `و3آلاف`) keeps its number. Longer digit runs (`و1163م`, `من54عنصراً`)
//!   are numbers and are never touched.

use crate::letters::{is_arabic_letter, is_word_final_only, HAMZA};
use crate::tatweel::TATWEEL;

/// The Arabic letter a Latin or Arabizi character stands for in this
/// position, or `None` to keep it.
///
/// `letters_before` counts the Arabic letters directly before `c` in the
/// output (0 when `c` does not follow a letter), `last_letter` is the
/// nearest of them, `next` is the next output character.
pub(crate) fn repair(c: char, letters_before: usize, last_letter: char, next: Option<char>) -> Option<char> {
    if letters_before == 0 || is_word_final_only(last_letter) {
        return None;
    }
    let letter_follows = next.is_some_and(is_arabic_letter);
    match c {
        'I' | 'l' if letter_follows => Some('ا'),
        'o' if letter_follows => Some('ه'),
        'o' if letters_before >= 2 && !next.is_some_and(|n| n.is_alphanumeric() || n == TATWEEL) => Some('ة'),
        '7' if letter_follows && letters_before >= 2 && last_letter != HAMZA => Some('ح'),
        '3' if letter_follows && letters_before >= 2 && last_letter != HAMZA => Some('ع'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::clean;

    #[test]
    fn arabizi_digits_inside_words() {
        assert_eq!(clean("ال7رب على الشعب").text, "الحرب على الشعب");
        assert_eq!(clean("الم3ارضة").text, "المعارضة");
    }

    #[test]
    fn latin_look_alikes_inside_words() {
        assert_eq!(clean("الlحتلال").text, "الاحتلال");
        assert_eq!(clean("الIسد").text, "الاسد");
        assert_eq!(clean("الجoاد").text, "الجهاد");
        assert_eq!(clean("الدوريo هنا").text, "الدورية هنا");
    }

    #[test]
    fn repairs_are_reported() {
        let c = clean("في ال7رب");
        assert_eq!(c.deobfuscated.len(), 1);
        assert_eq!(c.deobfuscated[0].raw, "ال7رب");
        assert_eq!(c.deobfuscated[0].clean, "الحرب");
    }

    #[test]
    fn numbers_and_latin_words_untouched() {
        for s in [
            "بين 1596 و1608م فرصة",
            "تتألف من54عنصرا",
            "و3 ملايين",
            "و3آلاف",
            "الساعة7مساء",
            "طريق M4 الدولي",
            "الـ20",
            "لـCNN",
            "Idlib and Aleppo",
            "o",
            "إس-400",
        ] {
            let c = clean(s);
            assert_eq!(c.text, s);
            assert!(c.deobfuscated.is_empty(), "{s}");
        }
    }
}
