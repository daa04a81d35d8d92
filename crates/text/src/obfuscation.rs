//! Words broken to dodge filters: `المحـ.ـتلة` → `المحتلة`.
//!
//! Some outlets break sensitive words with a separator padded by tatweel so
//! that keyword filters miss them while readers still see one word. `clean`
//! joins such a word when, between two runs of Arabic letters, there is a
//! short *gap* of tatweel `U+0640` and at most three separators and either
//!
//! 1. the gap starts **and** ends with tatweel, and its separators are spaces
//!    or any punctuation or symbol marks (`دوريـ.ـات`, `المحـ ـتلة`,
//!    `مـ/ـيليشيا`, `المحـ،ـتلة`): no writer pads a real mark with tatweel on
//!    both sides, so whatever mark the obfuscator picked, the word is one, or
//! 2. the gap has tatweel on one side only, its separators are `.` `_` `*`
//!    (no space, no hyphen, no other mark), and at least two letters precede
//!    it (`المحـ.تلة`, `المح.ـتلة`).
//!
//! and the letter before the gap is not word-final `ة`/`ى`. A gap of tatweel
//! alone between letters is ordinary stretching (see `tatweel.rs`) and is
//! dropped without being reported.
//!
//! Why these conditions (checked on every seed and the real corpus): tatweel
//! on one side with a space is a typo or clitic marker (`إرهابياـ ونحن`,
//! `لـ الرئيس`, `هـ الموافق`); a hyphen after a clitic is a writer's choice
//! (`بـ-قضية`); a lone dash `حميميم ـ أرشيف` has spaces, not letters, next
//! to its tatweel; abbreviations `أ.ف.ب` and `العربية.نت` have no tatweel;
//! `هـ.` (Hijri year) has one letter before it; a comma, slash or bracket
//! next to one tatweel is ordinary punctuation after a stretched word
//! (`إرهابياـ،ونحن`), so other marks need tatweel on both sides. Text with no
//! tatweel inside a word (`5/6`, `سوريا، العراق`, `الـ 20`) is never joined.

use crate::letters::{is_arabic_letter, is_word_final_only};
use crate::tatweel::TATWEEL;
use crate::units::{Unit, Units};

/// Most separators a gap inside one word may hold (`ـ . ـ` has three).
/// Tatweel runs are not limited: `ســــــــوريا` is one stretched word.
const MAX_SEPARATORS: usize = 3;

/// True for a character that may stand at the edge of a gap, next to a letter (`المحـ.تلة`): the
/// separators of rule 2 and those that start a both-sided gap (`المحـ ـتلة`, `المحـ-ـتلة`).
#[inline]
pub(crate) fn is_separator(c: char) -> bool {
    matches!(c, '.' | '-' | '_' | '*' | ' ' | '\u{00A0}')
}

/// True for a punctuation or symbol mark (Unicode categories P and S as they occur in Arabic
/// text): ASCII marks, Arabic punctuation, Latin-1 marks, the General Punctuation block. Any of
/// them may stand between halves padded by tatweel on both sides (rule 1).
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '،' | '؛' | '؟' | '٪' | '٫' | '٬' | '٭' | '۔')
        || matches!(c, '«' | '»' | '·' | '¦' | '§' | '¶' | '°' | '±' | '¬' | '¡' | '¿' | '×' | '÷')
        // General Punctuation without its separators and bidi controls (U+2028..=U+202F).
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
}

/// What `clean` does with a gap after an Arabic letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GapAction {
    /// Not inside a word: keep every character.
    Keep,
    /// Tatweel only, between letters: drop it.
    DropTatweel,
    /// An obfuscated word: drop the gap and report the word.
    Join,
}

/// Looks at the gap that starts with `first` (just taken from the stream,
/// right after an Arabic letter) and goes on in `rest`. Returns the action
/// and the stream positioned after the gap.
pub(crate) fn scan<'t>(
    first: Unit,
    rest: &Units<'t>,
    letters_before: usize,
    last_letter: char,
) -> (GapAction, Units<'t>) {
    let mut it = rest.clone();
    let (mut len, mut separators, mut first_t, mut last_t) = (0, 0, false, false);
    let (mut separator, mut space, mut hyphen, mut other_mark) = (false, false, false, false);
    let mut current = Some(first);
    let next = loop {
        match current {
            Some(u) if u.ch == TATWEEL || is_separator(u.ch) || is_mark(u.ch) => {
                let t = u.ch == TATWEEL;
                other_mark |= !t && !is_separator(u.ch);
                if len == 0 {
                    first_t = t;
                }
                last_t = t;
                separator |= !t;
                space |= matches!(u.ch, ' ' | '\u{00A0}');
                hyphen |= u.ch == '-';
                len += 1;
                separators += usize::from(!t);
                if separators > MAX_SEPARATORS {
                    return (GapAction::Keep, rest.clone());
                }
            }
            other => break other,
        }
        let before = it.clone();
        current = it.next();
        if !current.is_some_and(|u| u.ch == TATWEEL || is_separator(u.ch) || is_mark(u.ch)) {
            it = before;
        }
    };
    let next_is_letter = next.is_some_and(|u| is_arabic_letter(u.ch));
    if !next_is_letter || !(first_t || last_t) {
        return (GapAction::Keep, rest.clone());
    }
    if !separator {
        return (GapAction::DropTatweel, it);
    }
    let both_sides = first_t && last_t;
    let one_side = !space && !hyphen && !other_mark && letters_before >= 2;
    if (both_sides || one_side) && !is_word_final_only(last_letter) {
        (GapAction::Join, it)
    } else {
        (GapAction::Keep, rest.clone())
    }
}

#[cfg(test)]
mod tests {
    use crate::clean;

    /// The seven obfuscated words of seed 000, with their seed context.
    #[test]
    fn seed_000_words_join() {
        let cases = [
            ("دوريـ.ـات روسية", "دوريات روسية"),
            ("المناطق المحـ.ـتلة..هل هي", "المناطق المحتلة..هل هي"),
            ("هي أحـ.ـياء مـ.ـسار التـ.ـطبيع بين", "هي أحياء مسار التطبيع بين"),
            ("ام تصـ.ـفية الفـ.ـصائل؟", "ام تصفية الفصائل؟"),
        ];
        for (raw, want) in cases {
            assert_eq!(clean(raw).text, want, "{raw}");
        }
    }

    #[test]
    fn other_separators_join() {
        for raw in
            ["المحـ-ـتلة", "المحـ_ـتلة", "المحـ*ـتلة", "المحـ ـتلة", "المحـ.تلة", "المح.ـتلة", "المحـ . ـتلة"]
        {
            assert_eq!(clean(raw).text, "المحتلة", "{raw}");
        }
        assert_eq!(clean("الـمـ.ـحـ.ـتلة").text, "المحتلة");
        // Any mark padded by tatweel on both sides (reviewer's cases, and the marks of the same kind).
        for raw in [
            "المحـ،ـتلة",
            "المحـ/ـتلة",
            "المحـ|ـتلة",
            "المحـ\\ـتلة",
            "المحـ+ـتلة",
            "المحـ•ـتلة",
            "المحـ؛ـتلة",
        ] {
            assert_eq!(clean(raw).text, "المحتلة", "{raw}");
        }
        let c = clean("انسحاب مـ/ـيليشيا الحشد");
        assert_eq!(c.text, "انسحاب ميليشيا الحشد");
        assert_eq!(c.deobfuscated.len(), 1);
        assert_eq!(clean("ســــــــــوريا").text, "سوريا");
    }

    #[test]
    fn real_punctuation_is_not_obfuscation() {
        for s in [
            "العلاقات التركية-الروسية",
            "إس-400",
            "كوفيد-19",
            "أ.ف.ب",
            "د. أحمد",
            "العربية.نت",
            "حميميم ـ أرشيف",
            "إرهابياـ ونحن",
            "لـ الرئيس",
            "1445هـ الموافق",
            "1445هـ.وقال",
            "بـ-قضية",
            "المتحدةـ.ـبشأن",
            // Other marks next to one tatweel, or with no tatweel: ordinary punctuation.
            "الـ 20",
            "الـ20",
            "في 5/6 قتل",
            "سوريا، العراق، لبنان",
            "سوريا،العراق",
            "إرهابياـ،ونحن",
            "المحـ/تلة",
            "قال:ـ إن",
            "(أ.ف.ب)/ـ",
        ] {
            let c = clean(s);
            assert_eq!(c.text, s);
            assert!(c.deobfuscated.is_empty(), "{s}");
        }
    }
}
