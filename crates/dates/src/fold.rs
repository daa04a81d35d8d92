//! The matching key of one word: what the date tables and the grammar compare.
//!
//! Folding touches exactly these code points, so that every spelling a
//! newsroom uses for a month or cue word meets one key:
//! - alef with hamza above/below, alef with madda, alef wasla → alef (`ا`)
//! - waw with hamza (`ؤ`) → waw; yeh with hamza (`ئ`), alef maqsura (`ى`), Farsi yeh (`ی`) → yeh (`ي`)
//! - teh marbuta (`ة`) → heh (`ه`)
//! - harakat (U+064B–U+0652), superscript alef (U+0670) and tatweel (U+0640) are dropped
//! - ASCII letters are lowercased
//!
//! Offsets are not affected: folding works on a copy, and tokens keep the
//! span of the text as written.

/// Appends the folded form of `word` to `out`.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ؤ' => out.push('و'),
            'ئ' | 'ى' | 'ی' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => {}
            c => out.push(c.to_ascii_lowercase()),
        }
    }
}

/// The folded form of `word`.
pub(crate) fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(word, &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn hamza_forms_meet() {
        assert_eq!(fold("آذار"), fold("اذار"));
        assert_eq!(fold("أيار"), "ايار");
        assert_eq!(fold("إبريل"), fold("ابريل"));
    }

    #[test]
    fn teh_marbuta_and_maqsura() {
        assert_eq!(fold("الجمعة"), "الجمعه");
        assert_eq!(fold("جمادى"), "جمادي");
    }

    #[test]
    fn harakat_and_tatweel_dropped() {
        assert_eq!(fold("غداً"), "غدا");
        assert_eq!(fold("هـ"), "ه");
    }

    #[test]
    fn latin_lowercased_and_empty() {
        assert_eq!(fold("M4"), "m4");
        assert_eq!(fold(""), "");
    }
}
