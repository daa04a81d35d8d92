//! Clitic prefixes allowed in front of a name.
//!
//! Arabic writes conjunctions, prepositions and the article joined to the
//! next word: `وبمنطقة`, `لقسد`, `بالباب`, `والروس`. A name matches at the
//! start of a word or after one of these prefixes (folded text):
//!
//! `(و|ف)? (ب|ل|ك)?` — conjunction, then preposition. The article `ال` is
//! not a free prefix: names are listed with it where Arabic writes it
//! (`الباب`, `الروس`, templates `ال{f}`), because a free article turns a
//! town like `صدد` into the word `الصدد` ("the matter").
//!
//! `ل` + `ال` is written `لل` (`للقوات` = `ل` + `القوات`): for every alias
//! starting with `ال` the loader also stores an *elided* key without its
//! alef (`لقوات`), and such a key is valid only after `ل`, `ول` or `فل`.

/// True when `prefix` (folded text between the word start and the name) is a
/// valid clitic sequence for a normal alias.
pub(crate) fn is_prefix(prefix: &str) -> bool {
    let mut rest = prefix;
    for set in [&["و", "ف"][..], &["ب", "ل", "ك"][..]] {
        if let Some(p) = set.iter().find(|p| rest.starts_with(**p)) {
            rest = &rest[p.len()..];
        }
    }
    rest.is_empty()
}

/// True when `prefix` is valid in front of an elided key (`ل` + `ال`).
pub(crate) fn is_elided_prefix(prefix: &str) -> bool {
    matches!(prefix, "ل" | "ول" | "فل")
}

/// True when the prefix contains the preposition `ب` ("in, at"), which is
/// place evidence by itself (`بإدلب`, `بالباب`).
pub(crate) fn has_bi(prefix: &str) -> bool {
    prefix.ends_with('ب')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_table() {
        let ok = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فك"];
        let bad = ["م", "ت", "بب", "لو", "ال", "بال", "وو", "ي"];
        for p in ok {
            assert!(is_prefix(p), "{p} should be a clitic prefix");
        }
        for p in bad {
            assert!(!is_prefix(p), "{p} should not be a clitic prefix");
        }
        assert!(is_elided_prefix("ل") && is_elided_prefix("ول"));
        assert!(!is_elided_prefix("") && !is_elided_prefix("ب"));
        assert!(has_bi("ب") && has_bi("وب") && !has_bi("ل"));
    }
}
