//! Which letters may stick to a trigger or cue word inside one token.
//!
//! Arabic writes conjunctions, prepositions, the future particle, the article
//! and object pronouns as part of the word. A trigger form such as `اجتماع`
//! must match `والاجتماع`, `لاجتماعات`, `اجتماعها`, but not `اجتماعية`
//! (adjective) nor a word that merely contains it. The matcher finds a form
//! anywhere in the folded text and then asks this module whether the rest of
//! the token is a valid clitic chain.
//!
//! Prefix chain: `(و|ف)? (ب|ل|ك|س)? (ال)?`, with `لل` = `ل` + `ال`.
//! Suffix chain: an inflection (`ات ون ين ان تين تان وا ت ه ا تا تم نا`)
//! and/or an object pronoun (`ه ها هم هما هن كم نا ي ك`).

const CONJ: [&str; 2] = ["و", "ف"];
const PREP: [&str; 4] = ["ب", "ل", "ك", "س"];
const INFLECTION: [&str; 13] = ["ات", "ون", "ين", "ان", "تين", "تان", "وا", "ت", "ه", "ا", "تا", "تم", "نا"];
const PRONOUN: [&str; 9] = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي", "ك"];

fn strip_one<'a>(s: &'a str, set: &[&str]) -> &'a str {
    set.iter().find_map(|p| s.strip_prefix(p)).unwrap_or(s)
}

/// True when `p` (the token's text before the form) is a clitic chain.
pub(crate) fn is_prefix(p: &str) -> bool {
    if p.is_empty() {
        return true;
    }
    let p = strip_one(p, &CONJ);
    if p.is_empty() || p == "لل" {
        return true;
    }
    let p = strip_one(p, &PREP);
    p.is_empty() || p == "ال"
}

/// True when `p` is empty or a conjunction (what cue words may carry).
pub(crate) fn is_conj(p: &str) -> bool {
    p.is_empty() || CONJ.contains(&p)
}

/// True when `s` (the token's text after the form) is a suffix chain.
pub(crate) fn is_suffix(s: &str) -> bool {
    s.is_empty() || ends_in(s, true)
}

/// True when `token` is `word` with a valid clitic chain around it.
///
/// Runs for every `with`/`unless` word near every trigger, so it compares
/// bytes at each char boundary instead of building a substring searcher
/// (`str::match_indices` sets one up per call: 5% of `analyze` on bulk).
pub(crate) fn word_in_token(token: &str, word: &str) -> bool {
    if word.is_empty() || word.len() > token.len() {
        return false;
    }
    let last = token.len() - word.len();
    token.char_indices().take_while(|(i, _)| *i <= last).any(|(i, _)| {
        token.as_bytes()[i..].starts_with(word.as_bytes())
            && is_prefix(&token[..i])
            && is_suffix(&token[i + word.len()..])
    })
}

/// True when `s` is only an inflection (`ات`, `ين`, the ta marbuta `ه`), no pronoun.
pub(crate) fn is_inflection(s: &str) -> bool {
    INFLECTION.contains(&s)
}

/// True when `s` is a suffix chain that ends in an object pronoun
/// (`استعدادها`: someone's readiness).
pub(crate) fn has_pronoun(s: &str) -> bool {
    PRONOUN
        .iter()
        .any(|p| s.strip_suffix(p).is_some_and(|rest| rest.is_empty() || INFLECTION.contains(&rest)))
}

fn ends_in(s: &str, allow_inflection_only: bool) -> bool {
    if allow_inflection_only && INFLECTION.contains(&s) {
        return true;
    }
    has_pronoun(s)
}

/// True when `s` is a valid ending for a stem whose ta marbuta was dropped
/// (`زيار` + `ته`, `دوري` + `ات`, `دوري` + `تين`).
pub(crate) fn is_teh_suffix(s: &str) -> bool {
    matches!(s, "ات" | "تين" | "تان" | "تا" | "تي")
        || s.strip_prefix('ت').is_some_and(|r| PRONOUN.contains(&r))
        || s.strip_prefix("ات").is_some_and(|r| PRONOUN.contains(&r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_tokens() {
        // (token, word, fits): clitics around the word, at any char boundary.
        let cases = [
            ("بالاتفاق", "اتفاق", true),
            ("وقواتها", "قوات", true),
            ("قوات", "قوات", true),
            ("الاتفاقيه", "اتفاق", false),
            ("مقاتلات", "قوات", false),
            ("ق", "قوات", false),
            // و+زار+ه reads as a clitic chain: why triggers have unless_token.
            ("وزاره", "زار", true),
        ];
        for (token, word, fits) in cases {
            assert_eq!(word_in_token(token, word), fits, "{word} in {token}");
        }
    }

    #[test]
    fn prefixes() {
        for ok in ["", "و", "ف", "وال", "بال", "لل", "ولل", "س", "وس", "ال", "فب"] {
            assert!(is_prefix(ok), "{ok}");
        }
        for bad in ["م", "ت", "ي", "الم", "ومن"] {
            assert!(!is_prefix(bad), "{bad}");
        }
    }

    #[test]
    fn suffixes() {
        for ok in ["", "ات", "ها", "اتها", "ون", "وا", "ه", "تم"] {
            assert!(is_suffix(ok), "{ok}");
        }
        for bad in ["يه", "يات", "ء", "ي ه"] {
            assert!(!is_suffix(bad), "{bad}");
        }
        assert!(has_pronoun("ها") && has_pronoun("اتها") && !has_pronoun("ا") && !has_pronoun(""));
        assert!(is_teh_suffix("ته") && is_teh_suffix("ات") && !is_teh_suffix("ه"));
    }
}
