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
///
/// Works on UTF-8 bytes: every code point folded here is two bytes in the
/// Arabic block (lead byte 0xD8..=0xDB, never a continuation byte), so a
/// fold is a two-byte match and unchanged runs are copied whole. This is the
/// hottest loop of the crate.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    let bytes = word.as_bytes();
    let mut run = 0; // start of the run copied unchanged
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_uppercase() {
            out.push_str(&word[run..i]);
            out.push(char::from(b.to_ascii_lowercase()));
            i += 1;
            run = i;
            continue;
        }
        if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            let replacement = match [b, bytes[i + 1]] {
                // أ إ آ ٱ → ا
                [0xD8, 0xA3] | [0xD8, 0xA5] | [0xD8, 0xA2] | [0xD9, 0xB1] => Some("ا"),
                // ؤ → و
                [0xD8, 0xA4] => Some("و"),
                // ئ ى ی → ي
                [0xD8, 0xA6] | [0xD9, 0x89] | [0xDB, 0x8C] => Some("ي"),
                // ة → ه
                [0xD8, 0xA9] => Some("ه"),
                // ک → ك
                [0xDA, 0xA9] => Some("ك"),
                // harakat U+064B..=U+0652, superscript alef U+0670, tatweel U+0640: dropped
                [0xD9, 0x8B..=0x92] | [0xD9, 0xB0] | [0xD9, 0x80] => Some(""),
                _ => None,
            };
            if let Some(r) = replacement {
                out.push_str(&word[run..i]);
                out.push_str(r);
                run = i + 2;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    out.push_str(&word[run..]);
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
    fn other_scripts_pass_through() {
        assert_eq!(fold("Ünïcode 😀 ک"), "Ünïcode 😀 ك");
        assert_eq!(fold("ی"), "ي");
    }

    #[test]
    fn latin_lowercased_and_empty() {
        assert_eq!(fold("M4"), "m4");
        assert_eq!(fold(""), "");
    }
}
