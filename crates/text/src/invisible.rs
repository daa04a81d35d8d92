//! Invisible format characters removed by `clean`.
//!
//! They change nothing a reader sees but break substring search and are a
//! common way to slip a word past a filter (`الجيـ\u{200B}ش`).
//!
//! Removed: `U+00AD` SOFT HYPHEN, `U+061C` ARABIC LETTER MARK, `U+180E`
//! MONGOLIAN VOWEL SEPARATOR, `U+200B..=U+200F` (ZERO WIDTH SPACE, ZWNJ,
//! ZWJ, LRM, RLM), `U+202A..=U+202E` (bidi embeddings and overrides),
//! `U+2060..=U+2064` (WORD JOINER and invisible operators),
//! `U+2066..=U+206F` (bidi isolates and deprecated format controls),
//! `U+FEFF` (BOM / ZERO WIDTH NO-BREAK SPACE).
//!
//! ZWNJ is meaningful inside Persian words (`می‌شود`); dropping it joins the
//! two halves, which is what a search key wants and what a reader sees anyway.

/// SOFT HYPHEN.
pub(crate) const SOFT_HYPHEN: char = '\u{00AD}';
/// ZERO WIDTH NO-BREAK SPACE, used as a byte-order mark.
pub(crate) const BOM: char = '\u{FEFF}';

/// True for an invisible format character that `clean` removes.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        SOFT_HYPHEN
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | BOM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_controls_are_invisible() {
        for c in [SOFT_HYPHEN, '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202B}', BOM] {
            assert!(is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn visible_spaces_stay() {
        for c in [' ', '\u{00A0}', '\n', 'ـ', 'ا'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
