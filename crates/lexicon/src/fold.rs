//! The matching key: a length-preserving fold of already-clean text.
//!
//! Every replacement keeps the UTF-8 length of the character it replaces, so
//! a byte offset in the folded text is the same byte offset in the cleaned
//! text and mention spans need no map.
//!
//! The fold itself is `marsad_text`'s (`fold_char`, `fold_clean`): `أ إ آ ٱ` → `ا`,
//! `ؤ` → `و`, `ئ ى ی` → `ي`, `ة` → `ه`, `ک` → `ك`, ASCII upper case → lower case,
//! so aliases and article text fold alike.

pub(crate) use marsad_text::{fold_char, fold_clean};

/// The clean form of a data string: harakat (U+064B–U+0652, U+0670),
/// tatweel (U+0640) and invisible marks (U+200B–U+200F, U+FEFF) removed,
/// Arabic-Indic digits to ASCII, white space collapsed. The same code points
/// `marsad_text::clean` removes from article text, without its per-call
/// setup, because a gazetteer has hundreds of thousands of names.
pub(crate) fn clean_form(s: &str) -> String {
    normal_form(s, |c| c)
}

/// The key an alias is stored under: [`clean_form`], then folded, in one
/// pass (a gazetteer has hundreds of thousands of aliases).
pub(crate) fn alias_key(alias: &str) -> String {
    normal_form(alias, fold_char)
}

/// [`clean_form`] with `map` applied to each kept character.
fn normal_form(s: &str, map: impl Fn(char) -> char) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}' => {}
                '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
                c => out.push(map(c)),
            }
        }
    }
    out
}

/// The spellings of a key with a dash: `حلب-اللاذقية` is also written
/// `حلب - اللاذقية`, `حلب -اللاذقية`, `حلب- اللاذقية` and with an en dash.
pub(crate) fn dash_variants(key: &str) -> Vec<String> {
    if !key.contains(['-', '–']) {
        return vec![key.to_string()];
    }
    let parts: Vec<&str> = key.split(['-', '–']).map(str::trim).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return vec![key.to_string()];
    }
    ["-", " - ", " -", "- ", "–", " – "].iter().map(|sep| parts.join(sep)).collect()
}

/// True for characters that belong to a word (letters, digits).
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'ء'..='ي' | 'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        ' ' | '\n' | '.' | '،' | ',' | '"' | '-' => false,
        c => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_keeps_byte_length() {
        for s in ["أنقرة", "إدلب", "مؤسسة", "الرئيس الروسي", "M4 طريق", "سوريّة"]
        {
            let cleaned = marsad_text::clean(s).text;
            assert_eq!(fold_clean(&cleaned).len(), cleaned.len(), "{s}");
        }
        assert_eq!(fold_clean("أنقرة"), "انقره");
        assert_eq!(fold_clean("M4"), "m4");
    }

    #[test]
    fn dash_variants_cover_spacing() {
        let v = dash_variants("طريق حلب - اللاذقيه");
        assert!(v.contains(&"طريق حلب-اللاذقيه".to_string()));
        assert!(v.contains(&"طريق حلب - اللاذقيه".to_string()));
        assert_eq!(dash_variants("حلب"), ["حلب"]);
    }

    #[test]
    fn alias_key_collapses_space_and_harakat() {
        assert_eq!(alias_key("  رجب   طيّب أردوغان "), "رجب طيب اردوغان");
        assert_eq!(alias_key(""), "");
        for s in ["أنقرة", " قسد  ", "إم ٤", "سوريّة", "M4"] {
            assert_eq!(alias_key(s), fold_clean(&clean_form(s)), "{s}");
        }
    }
}
