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

/// [`FOLDS`] entry of a character kept as it is.
const KEEP: u8 = 0;
/// [`FOLDS`] entry of a character dropped.
const DROP: u8 = u8::MAX;
/// What a folded character becomes: entry `n` of [`FOLDS`] stands for `REPLACEMENTS[n - 1]`.
const REPLACEMENTS: [&str; 5] = ["ا", "و", "ي", "ه", "ك"];

/// The fold of U+0600 + k, for k in 0..256 (the Arabic block): [`KEEP`], [`DROP`] or a replacement.
const FOLDS: [u8; 256] = {
    let mut t = [KEEP; 256];
    // أ إ آ ٱ → ا
    t[0x23] = 1;
    t[0x25] = 1;
    t[0x22] = 1;
    t[0x71] = 1;
    // ؤ → و
    t[0x24] = 2;
    // ئ ى ی → ي
    t[0x26] = 3;
    t[0x49] = 3;
    t[0xCC] = 3;
    // ة → ه
    t[0x29] = 4;
    // ک → ك
    t[0xA9] = 5;
    // harakat U+064B..=U+0652, superscript alef U+0670, tatweel U+0640: dropped
    let mut k = 0x4B;
    while k <= 0x52 {
        t[k] = DROP;
        k += 1;
    }
    t[0x70] = DROP;
    t[0x40] = DROP;
    t
};

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
            // U+0600 + k is the two bytes 0xD8 + k / 64, 0x80 + k % 64.
            let k = (usize::from(b & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3F);
            let f = FOLDS[k];
            if f != KEEP {
                out.push_str(&word[run..i]);
                if f != DROP {
                    out.push_str(REPLACEMENTS[usize::from(f) - 1]);
                }
                run = i + 2;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    out.push_str(&word[run..]);
}

/// Which chars U+0600 + k [`fold_into`] changes or drops.
pub(crate) const ARABIC_CHANGES: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < 256 {
        t[k] = FOLDS[k] != KEEP;
        k += 1;
    }
    t
};

/// Whether [`fold_into`] changes or drops `c`: a word with no such char is its own folded form.
#[inline]
pub(crate) fn changes(c: char) -> bool {
    match c {
        'A'..='Z' => true,
        '\u{0600}'..='\u{06FF}' => ARABIC_CHANGES[c as usize - 0x600],
        _ => false,
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

    /// The table gives every character of the Arabic block the fold the module doc lists.
    #[test]
    fn the_table_folds_the_arabic_block_as_listed() {
        let listed = |c: char| -> Option<&str> {
            match c {
                'أ' | 'إ' | 'آ' | 'ٱ' => Some("ا"),
                'ؤ' => Some("و"),
                'ئ' | 'ى' | 'ی' => Some("ي"),
                'ة' => Some("ه"),
                'ک' => Some("ك"),
                '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => Some(""),
                _ => None,
            }
        };
        for c in ('\u{0600}'..='\u{06FF}').chain('\u{0700}'..='\u{07FF}') {
            let want = listed(c).map_or(format!("ب{c}ب"), |f| format!("ب{f}ب"));
            assert_eq!(fold(&format!("ب{c}ب")), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn changes_is_true_of_the_chars_fold_changes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let alone = c.to_string();
            assert_eq!(super::changes(c), fold(&alone) != alone, "U+{:04X}", c as u32);
        }
    }

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
