//! `light_stem`: a light10-style stemmer for search.
//!
//! Larkey, Ballesteros and Connell's *light10* (2007) strips a few frequent
//! affixes and nothing else: predictable, and good enough for retrieval.
//! Steps, on the [`fold`](crate::fold)ed word (so `ة` is already `ه`):
//!
//! 1. strip `و` ("and") if at least 3 letters remain;
//! 2. strip one article form `وال` `بال` `كال` `فال` `لل` `ال` (longest first)
//!    if at least 2 letters remain;
//! 3. go once through the suffixes `ها` `ان` `ات` `ون` `ين` `يه` `ه` `ي`
//!    in that order, stripping each one found at the end if at least 2
//!    letters remain (`يه` covers both `ية` and `يه`, `ه` both `ة` and `ه`,
//!    after folding).
//!
//! So `دورية`, `الدورية`, `دوريات`, `الدوريات` and `والدوريات` all stem to
//! `دور`. Like every light stemmer it also merges some unrelated words
//! (`دور` "role" shares the stem) and leaves broken plurals apart
//! (`قوات`/`قوة` → `قو`, but `فصائل`/`فصيل` differ). Use it for recall in
//! search, never to decide identity.

use crate::fold::fold;

/// The conjunction `و`.
const WAW: &str = "و";
/// Article forms, longest first.
const ARTICLES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];
/// Suffixes, in light10's order (after folding).
const SUFFIXES: &[&str] = &["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/// Letters that must remain after stripping `و`.
const MIN_AFTER_WAW: usize = 3;
/// Letters that must remain after stripping an article or a suffix.
const MIN_AFTER_AFFIX: usize = 2;

/// The light stem of one word (cleaned and folded first).
///
/// ```
/// use marsad_text::light_stem;
/// assert_eq!(light_stem("الدوريات"), light_stem("دورية"));
/// assert_eq!(light_stem("دورية"), "دور");
/// ```
pub fn light_stem(word: &str) -> String {
    let folded = fold(word);
    let mut w: &str = &folded;
    if let Some(rest) = w.strip_prefix(WAW) {
        if letters(rest) >= MIN_AFTER_WAW {
            w = rest;
        }
    }
    for article in ARTICLES {
        if let Some(rest) = w.strip_prefix(article) {
            if letters(rest) >= MIN_AFTER_AFFIX {
                w = rest;
                break;
            }
        }
    }
    for suffix in SUFFIXES {
        if let Some(rest) = w.strip_suffix(suffix) {
            if letters(rest) >= MIN_AFTER_AFFIX {
                w = rest;
            }
        }
    }
    w.to_string()
}

fn letters(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patrol_family_shares_a_stem() {
        for word in ["دورية", "الدورية", "دوريات", "الدوريات", "والدوريات", "بالدوريات", "دوريـ.ـات"]
        {
            assert_eq!(light_stem(word), "دور", "{word}");
        }
    }

    #[test]
    fn one_case_per_affix() {
        let cases = [
            ("waw", "وروسيا", "روسيا"),
            ("article", "الجيش", "جيش"),
            ("lam article", "للقوات", "قو"),
            ("ha", "قواتها", "قو"),
            ("an", "الطرفان", "طرف"),
            ("at", "المفاوضات", "مفاوض"),
            ("un", "المسلحون", "مسلح"),
            ("in", "المسلحين", "مسلح"),
            ("teh marbuta", "المدينة", "مدين"),
            ("yeh", "التركي", "ترك"),
        ];
        for (name, word, want) in cases {
            assert_eq!(light_stem(word), want, "{name}: {word}");
        }
    }

    #[test]
    fn shouldnt_stem() {
        for word in ["ولد", "الم", "حلب", "دمشق"] {
            assert_eq!(light_stem(word), word, "{word}");
        }
    }

    #[test]
    fn non_arabic_and_empty() {
        assert_eq!(light_stem(""), "");
        assert_eq!(light_stem("SDF"), "sdf");
    }
}
