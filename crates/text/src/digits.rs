//! Arabic-Indic and Persian digits → ASCII digits.
//!
//! Outlets mix `٢٠٢٤` and `2024`; dates and numbers are parsed once, on
//! ASCII. Touched: `U+0660..=U+0669` (ARABIC-INDIC DIGIT ZERO..NINE),
//! `U+06F0..=U+06F9` (EXTENDED ARABIC-INDIC DIGIT ZERO..NINE, Persian and
//! Urdu), and `U+066B` ARABIC DECIMAL SEPARATOR `٫` → `.`.

/// ARABIC DECIMAL SEPARATOR `٫`.
pub(crate) const ARABIC_DECIMAL_SEPARATOR: char = '\u{066B}';

/// The ASCII form of an Arabic-Indic or Persian digit or the Arabic decimal
/// separator, or `None` for any other character.
#[inline]
pub(crate) fn to_ascii(c: char) -> Option<char> {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        ARABIC_DECIMAL_SEPARATOR => return Some('.'),
        _ => return None,
    };
    char::from_digit(c as u32 - zero, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_indic_and_persian_digits() {
        let ar: String = "٢٠٢٤".chars().map(|c| to_ascii(c).unwrap_or(c)).collect();
        assert_eq!(ar, "2024");
        let fa: String = "۱۴۰۳".chars().map(|c| to_ascii(c).unwrap_or(c)).collect();
        assert_eq!(fa, "1403");
        assert_eq!(to_ascii('٫'), Some('.'));
    }

    #[test]
    fn other_characters_untouched() {
        for c in ['1', 'ا', '،', '%', '٪'] {
            assert_eq!(to_ascii(c), None, "{c:?}");
        }
    }
}
