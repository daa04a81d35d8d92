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

use marsad_text::hash::FxSet;

const CONJ: [&str; 2] = ["و", "ف"];
const PREP: [&str; 4] = ["ب", "ل", "ك", "س"];
const INFLECTION: [&str; 13] = ["ات", "ون", "ين", "ان", "تين", "تان", "وا", "ت", "ه", "ا", "تا", "تم", "نا"];
const PRONOUN: [&str; 9] = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي", "ك"];

fn strip_one<'a>(s: &'a str, set: &[&str]) -> &'a str {
    set.iter().find_map(|p| s.strip_prefix(p)).unwrap_or(s)
}

/// The longest clitic chain, in bytes: `وبال` (four two-byte letters).
const MAX_PREFIX: usize = 8;

/// The longest suffix chain, in bytes: the longest inflection then the longest pronoun.
const MAX_SUFFIX: usize = max_len(&INFLECTION) + max_len(&PRONOUN);

const fn max_len(set: &[&str]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < set.len() {
        if set[i].len() > max {
            max = set[i].len();
        }
        i += 1;
    }
    max
}

/// True when `p` (the token's text before the form) is a clitic chain.
///
/// Called for nearly every automaton match and every `with` word tried, most of them deep inside a word:
/// the length bound turns those away before any comparison.
pub(crate) fn is_prefix(p: &str) -> bool {
    if p.is_empty() {
        return true;
    }
    if p.len() > MAX_PREFIX {
        return false;
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
    s.is_empty() || (s.len() <= MAX_SUFFIX && ends_in(s, true))
}

/// True when `token` is `word` with a valid clitic chain around it.
///
/// Runs for every `with`/`unless` word near every trigger, so it compares
/// bytes at each char boundary instead of building a substring searcher
/// (`str::match_indices` sets one up per call: 5% of `analyze` on bulk).
///
/// Only the starts a clitic chain can reach are tried (at most [`MAX_PREFIX`] bytes in), and the word's
/// last byte is compared before the whole word: most words tried do not fit, and a call to `memcmp` for
/// each start was most of this function's cost.
pub(crate) fn word_in_token(token: &str, word: &str) -> bool {
    let (t, w) = (token.as_bytes(), word.as_bytes());
    let Some(&w_last) = w.last() else { return false };
    if w.len() > t.len() {
        return false;
    }
    let last = (t.len() - w.len()).min(MAX_PREFIX);
    (0..=last).any(|i| {
        let end = i + w.len();
        t[end - 1] == w_last
            && token.is_char_boundary(i)
            && t[i..end] == *w
            && is_prefix(&token[..i])
            && is_suffix(&token[end..])
    })
}

/// A list of words (a trigger's `with` words) looked up as a whole:
/// whether a token is one of them with a valid clitic chain around it, as
/// [`word_in_token`] tells for one word.
///
/// A trigger's `with` list is read for every word near every trigger that
/// needs one (50 words and more for some), and comparing each word at each
/// start was 8% of `analyze` on bulk. This cuts the token into a clitic
/// chain, a core and a suffix chain in each possible way (a handful) and
/// looks the core up, after a check of its length and last byte that turns
/// most cuts away before any hashing.
///
/// The cuts are read off the token's letters ([`prefix_cuts`]) rather than
/// tried at each of its first bytes, and a core is hashed only when a word
/// of the list has its length: testing every start with [`is_prefix`] and
/// each end by its last byte alone was 4.3% of `analyze`'s instructions on
/// bulk, these 2.7%. A cut whose core starts with no word's first letter is
/// passed over whole (0.85% more).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordList {
    set: FxSet<Box<str>>,
    /// Which bytes end a word of the list.
    last_byte: Vec<bool>,
    /// Bit `n` set when a word of the list is `n` bytes long (`n` < 64;
    /// a core as long as 64 bytes is looked up at every length).
    lengths: u64,
    /// A bit for the [`first_letter`] of each word of the list, when all
    /// have two bytes or more (else all bits): a cut whose core starts with
    /// no word's first letter is not looked at.
    first: [u64; 4],
    shortest: usize,
    longest: usize,
}

/// Which bit of [`WordList::first`] stands for a word starting with bytes
/// `a`, `b` (its first letter, in Arabic script).
fn first_letter(a: u8, b: u8) -> usize {
    (usize::from(a) * 31 + usize::from(b)) % 256
}

/// The byte lengths of the clitic chains `token` starts with, as many as
/// there are (the empty one always): exactly the `i` for which
/// [`is_prefix`] accepts `token[..i]`, read off the letters of the chain
/// `(و|ف)? (لل | (ب|ل|ك|س)? (ال)?)` instead of trying each start.
fn prefix_cuts(token: &str) -> ([usize; 4], usize) {
    let mut cuts = [0; 4];
    let mut n = 1;
    let mut cut = |at: usize| {
        cuts[n] = at;
        n += 1;
    };
    let conj = if token.starts_with(['و', 'ف']) { 2 } else { 0 };
    if conj > 0 {
        cut(conj);
    }
    let rest = &token[conj..];
    if rest.starts_with("لل") {
        cut(conj + 4);
    }
    if rest.starts_with(['ب', 'ل', 'ك', 'س']) {
        cut(conj + 2);
        if rest[2..].starts_with("ال") {
            cut(conj + 6);
        }
    } else if rest.starts_with("ال") {
        cut(conj + 4);
    }
    (cuts, n)
}

impl WordList {
    pub(crate) fn new(words: &[String]) -> WordList {
        let mut last_byte = vec![false; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().last() {
                last_byte[usize::from(b)] = true;
            }
        }
        let mut first = [0u64; 4];
        for w in words.iter().map(|w| w.as_bytes()).filter(|w| !w.is_empty()) {
            match w {
                [a, b, ..] => {
                    let bit = first_letter(*a, *b);
                    first[bit / 64] |= 1 << (bit % 64);
                }
                _ => first = [u64::MAX; 4],
            }
        }
        WordList {
            set: words.iter().filter(|w| !w.is_empty()).map(|w| w.as_str().into()).collect(),
            last_byte,
            first,
            lengths: words.iter().map(String::len).filter(|&n| n > 0 && n < 64).fold(0, |m, n| m | 1 << n),
            shortest: words.iter().map(String::len).filter(|&n| n > 0).min().unwrap_or(0),
            longest: words.iter().map(String::len).max().unwrap_or(0),
        }
    }

    /// Whether `token` is a word of the list with a valid clitic chain around it.
    pub(crate) fn in_token(&self, token: &str) -> bool {
        if self.set.is_empty() || token.len() < self.shortest {
            return false;
        }
        let (t, len) = (token.as_bytes(), token.len());
        let word_at = |i: usize, end: usize| {
            self.last_byte[usize::from(t[end - 1])]
                && token.is_char_boundary(end)
                && self.set.contains(&token[i..end])
                && is_suffix(&token[end..])
        };
        let (cuts, n) = prefix_cuts(token);
        cuts[..n].iter().any(|&i| {
            let lo = (i + self.shortest).max(len.saturating_sub(MAX_SUFFIX));
            let hi = len.min(i + self.longest);
            if lo > hi {
                return false;
            }
            if let [a, b, ..] = t[i..] {
                let bit = first_letter(a, b);
                if self.first[bit / 64] & (1 << (bit % 64)) == 0 {
                    return false;
                }
            }
            if hi - i >= 64 {
                return (lo..=hi).rev().any(|end| word_at(i, end));
            }
            // Only the core lengths a word of the list has, longest first.
            let mut lengths = self.lengths & (u64::MAX >> (63 - (hi - i))) & (u64::MAX << (lo - i));
            while lengths != 0 {
                let n = 63 - lengths.leading_zeros() as usize;
                lengths &= !(1 << n);
                if word_at(i, i + n) {
                    return true;
                }
            }
            false
        })
    }
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

    /// A list answers for every token what its words answer one by one.
    #[test]
    fn a_word_list_agrees_with_each_of_its_words() {
        let words: Vec<String> = ["قوات", "اتفاق", "مع", "بين", "ه", "الجيش", "تعزيزات", "زار", "حي"]
            .into_iter()
            .map(String::from)
            .collect();
        let long = "استهداف".repeat(5);
        let mut words = words;
        words.push(long.clone());
        let list = WordList::new(&words);
        let long_tokens = [long.clone(), format!("وال{long}ها"), format!("م{long}"), long[2..].to_string()];
        let tokens = [
            "",
            "ه",
            "مع",
            "ومعه",
            "معهما",
            "بين",
            "وبينهم",
            "قوات",
            "وقواتها",
            "بقواتهما",
            "القوات",
            "مقاتلات",
            "الاتفاقيه",
            "بالاتفاق",
            "والاتفاقات",
            "اتفاقاتها",
            "وزاره",
            "الجيش",
            "والجيشين",
            "تعزيزات",
            "وبالتعزيزات",
            "حي",
            "وحيها",
            "حيث",
            "سمع",
            "لقواتهم",
            "فللقوات",
            "abc",
            "وبه",
        ];
        for token in tokens.iter().copied().chain(long_tokens.iter().map(String::as_str)) {
            let one_by_one = words.iter().any(|w| word_in_token(token, w));
            assert_eq!(list.in_token(token), one_by_one, "{token}");
        }
        assert!(!WordList::new(&[]).in_token("قوات"));
        // A one-byte word: no first letter to turn cuts away by.
        let short: Vec<String> = ["x", "قوات"].into_iter().map(String::from).collect();
        let list = WordList::new(&short);
        for token in ["x", "وx", "ax", "xه", "بالقوات", "وقواتها", "قو"] {
            let one_by_one = short.iter().any(|w| word_in_token(token, w));
            assert_eq!(list.in_token(token), one_by_one, "{token}");
        }
    }

    /// The cuts read off the letters are the starts `is_prefix` accepts, for
    /// every token of up to five letters from the clitics and a few others.
    #[test]
    fn prefix_cuts_are_the_starts_is_prefix_accepts() {
        let letters = ["و", "ف", "ب", "ل", "ك", "س", "ا", "م", "x"];
        let mut tokens = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> =
                tokens.iter().flat_map(|t| letters.iter().map(move |l| format!("{t}{l}"))).collect();
            tokens.extend(longer);
        }
        tokens.sort();
        tokens.dedup();
        for t in &tokens {
            let tried: Vec<usize> = (0..=t.len().min(MAX_PREFIX))
                .filter(|&i| t.is_char_boundary(i) && is_prefix(&t[..i]))
                .collect();
            let (cuts, n) = prefix_cuts(t);
            let mut read = cuts[..n].to_vec();
            read.sort();
            assert_eq!(read, tried, "{t}");
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

    /// The length bounds that spare the comparisons hold every chain the sets allow.
    #[test]
    fn the_bounds_hold_every_chain() {
        for c in ["", "و", "ف"] {
            for p in ["", "ب", "ل", "ك", "س"] {
                for a in ["", "ال"] {
                    let chain = format!("{c}{p}{a}");
                    assert!(is_prefix(&chain) && chain.len() <= MAX_PREFIX, "{chain}");
                }
            }
        }
        for i in INFLECTION.iter().chain([&""]) {
            for p in PRONOUN.iter().chain([&""]) {
                let chain = format!("{i}{p}");
                assert!(chain.len() <= MAX_SUFFIX, "{chain}");
            }
        }
        assert!(!is_prefix("وبالا") && !is_suffix("اتهماها"));
    }

    /// The bounded search answers as trying every char boundary does.
    #[test]
    fn word_in_token_is_the_plain_search() {
        let plain = |token: &str, word: &str| {
            !word.is_empty()
                && token.char_indices().any(|(i, _)| {
                    token[i..].starts_with(word)
                        && is_prefix(&token[..i])
                        && is_suffix(&token[i + word.len()..])
                })
        };
        let words = ["اتفاق", "قوات", "زار", "هجوم", "ه", "ا", "x", ""];
        let tokens = [
            "بالاتفاق",
            "وللاتفاقات",
            "وبالاتفاقيه",
            "وقواتها",
            "قوات",
            "مقاتلات",
            "ق",
            "وزاره",
            "والهجومين",
            "فسيزار",
            "abcx",
            "هه",
            "",
            "وبالهجوماتهما",
        ];
        for t in tokens {
            for w in words {
                assert_eq!(word_in_token(t, w), plain(t, w), "{w} in {t}");
            }
        }
    }
}
