//! Clitic splitting: `وبالجيش` → `وب` + `ال` + `جيش`.
//!
//! Arabic writes conjunctions (`و` and, `ف` so), prepositions (`ب` with/in,
//! `ل` for, `ك` like), the article `ال` and object/possessive pronouns
//! (`ها`, `هم`, …) as part of the word. A lexicon of names (`جيش`, `دمشق`)
//! must see through them.
//!
//! # Prefixes
//!
//! `[و|ف]? [ب|ل|ك]? ال?`, where `ل` + `ال` is written `لل` (`للجيش`). The
//! article is reported in [`Clitics::article`] because it is part of the
//! name's written form in some lexicons (`الرقة`) and not in others.
//!
//! # Pronoun suffixes, where safe
//!
//! Only the two- and three-letter pronouns `ها` `هما` `هم` `هن` `كم` `كما` `كن`
//! (`قواتها`, `مواقعهم`). The one-letter ones (`ـه` `ـك` `ـي`) and `نا` end too
//! many plain words and names (`وجه`, `مصري`, `فيينا`) to strip without a
//! dictionary.
//!
//! # Minimum stem lengths, and why
//!
//! - After a prefix with the article: at least 2 letters (`الم` is not
//!   `ال`+`م`; Larkey's light10 uses the same limit).
//! - After `و` `ف` `ب` `ل` `ك` without the article: at least 3 letters
//!   (`ولد`, `بعد`, `لكن` stay whole).
//! - Before a pronoun suffix: at least 3 letters, and the stem may not end
//!   in `ا` (`دراهم`, `مساهم` are not `درا`+`هم`); no pronoun after the
//!   article (Arabic never puts both on one noun).
//!
//! # Best guess versus candidates
//!
//! A word beginning with `و ف ب ل ك` is as often a root letter as a clitic
//! (`وزير`, `فرنسا`, `بشار`, `لبنان`, `كردستان`). [`split_clitics`] therefore
//! strips a bare one-letter prefix only together with the article
//! (`والجيش`, `بالرقة`, `للقوات`), and keeps `وزير` whole. Code that has a
//! dictionary should try every reading from [`clitic_splits`] instead
//! (`وروسيا` → `و`+`روسيا` when `روسيا` is a known name).

use marsad_model::Span;

/// ARABIC LETTER WAW `و`, the conjunction "and".
const WAW: char = '\u{0648}';
/// ARABIC LETTER FEH `ف`, the conjunction "so, then".
const FEH: char = '\u{0641}';
/// ARABIC LETTER BEH `ب`, the preposition "with, in, by".
const BEH: char = '\u{0628}';
/// ARABIC LETTER LAM `ل`, the preposition "for, to".
const LAM: char = '\u{0644}';
/// ARABIC LETTER KAF `ك`, the preposition "like, as".
const KAF: char = '\u{0643}';
/// The definite article `ال`.
const ARTICLE: &str = "ال";
/// `ل` + `ال`, written with one alef dropped.
const LAM_ARTICLE: &str = "لل";

/// Pronoun suffixes stripped by [`split_clitics`], longest first.
pub const PRONOUN_SUFFIXES: &[&str] = &["هما", "كما", "ها", "هم", "هن", "كم", "كن"];

/// Fewest letters left after a prefix that includes the article.
const MIN_STEM_AFTER_ARTICLE: usize = 2;
/// Fewest letters left after a bare one-letter conjunction or preposition.
const MIN_STEM_AFTER_BARE_PREFIX: usize = 3;
/// Fewest letters left before a pronoun suffix.
const MIN_STEM_BEFORE_SUFFIX: usize = 3;

/// A word split into proclitics, stem and a pronoun suffix. All three are
/// slices of the word; `prefix + stem + suffix == word`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clitics<'w> {
    /// Conjunction, preposition and article, as written (`وبال`, `لل`, `و`, or empty).
    pub prefix: &'w str,
    /// What is left: the lexical word (`جيش`).
    pub stem: &'w str,
    /// A pronoun suffix (`ها`), or empty.
    pub suffix: &'w str,
    /// True when `prefix` contains the article (`ال`, or the `لل` contraction).
    pub article: bool,
}

impl Clitics<'_> {
    /// The stem's byte span within the word.
    pub fn stem_span(&self) -> Span {
        Span::new(self.prefix.len(), self.prefix.len() + self.stem.len())
    }

    /// The stem with the article put back (`لل`+`جيش` → `الجيش`), or the bare
    /// stem when there is no article: the form a lexicon with `ال` lists.
    pub fn with_article(&self) -> String {
        if self.article {
            format!("{ARTICLE}{}", self.stem)
        } else {
            self.stem.to_string()
        }
    }
}

/// The best guess at `word`'s clitics (see the module docs for the rules).
/// Works on cleaned or folded text; a word with nothing to strip comes back
/// whole.
///
/// ```
/// let c = marsad_text::split_clitics("وبالجيش");
/// assert_eq!((c.prefix, c.stem, c.article), ("وبال", "جيش", true));
/// let c = marsad_text::split_clitics("قواتها");
/// assert_eq!((c.stem, c.suffix), ("قوات", "ها"));
/// assert_eq!(marsad_text::split_clitics("وزير").stem, "وزير");
/// ```
pub fn split_clitics(word: &str) -> Clitics<'_> {
    let prefixes = prefix_readings(word);
    // The longest prefix that includes the article; else no prefix.
    let (prefix_len, article) =
        prefixes.iter().rev().find(|&&(_, article)| article).copied().unwrap_or((0, false));
    let suffix_len = if article { 0 } else { suffix_reading(&word[prefix_len..]) };
    make(word, prefix_len, suffix_len, article)
}

/// Every reading of `word` the rules allow: the whole word first, then
/// each prefix reading from shortest to longest, each without and then with
/// a pronoun suffix. A caller with a dictionary takes the first reading
/// whose stem it knows.
///
/// ```
/// let stems: Vec<&str> = marsad_text::clitic_splits("وروسيا").iter().map(|c| c.stem).collect();
/// assert_eq!(stems, ["وروسيا", "روسيا"]);
/// ```
pub fn clitic_splits(word: &str) -> Vec<Clitics<'_>> {
    let mut out = Vec::new();
    let mut readings = vec![(0, false)];
    readings.extend(prefix_readings(word));
    for (prefix_len, article) in readings {
        out.push(make(word, prefix_len, 0, article));
        if !article {
            let suffix_len = suffix_reading(&word[prefix_len..]);
            if suffix_len > 0 {
                out.push(make(word, prefix_len, suffix_len, false));
            }
        }
    }
    out
}

fn make(word: &str, prefix_len: usize, suffix_len: usize, article: bool) -> Clitics<'_> {
    let (prefix, rest) = word.split_at(prefix_len);
    let (stem, suffix) = rest.split_at(rest.len() - suffix_len);
    Clitics { prefix, stem, suffix, article }
}

/// The prefix readings of `word` (byte length, has article), shortest
/// first, each leaving a long enough stem.
fn prefix_readings(word: &str) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    let mut conjunctions = vec![0];
    if let Some(c) = word.chars().next().filter(|&c| c == WAW || c == FEH) {
        conjunctions.push(c.len_utf8());
    }
    for conj in conjunctions {
        let rest = &word[conj..];
        // (length of the preposition part, whether it holds the article)
        let mut prepositions = vec![(0, false)];
        if rest.starts_with(LAM_ARTICLE) {
            prepositions.push((LAM_ARTICLE.len(), true));
        }
        if let Some(c) = rest.chars().next().filter(|&c| c == BEH || c == LAM || c == KAF) {
            prepositions.push((c.len_utf8(), false));
        }
        for (prep, article) in prepositions {
            let stem = &rest[prep..];
            let len = conj + prep;
            if article {
                if letters(stem) >= MIN_STEM_AFTER_ARTICLE {
                    out.push((len, true));
                }
                continue;
            }
            if len > 0 && letters(stem) >= MIN_STEM_AFTER_BARE_PREFIX {
                out.push((len, false));
            }
            if let Some(after) = stem.strip_prefix(ARTICLE) {
                if letters(after) >= MIN_STEM_AFTER_ARTICLE {
                    out.push((len + ARTICLE.len(), true));
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The byte length of a safe pronoun suffix of `stem`, or 0.
fn suffix_reading(stem: &str) -> usize {
    for suffix in PRONOUN_SUFFIXES {
        if let Some(rest) = stem.strip_suffix(suffix) {
            if letters(rest) >= MIN_STEM_BEFORE_SUFFIX && !rest.ends_with('ا') {
                return suffix.len();
            }
        }
    }
    0
}

fn letters(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(word: &str) -> (&str, &str, &str, bool) {
        let c = split_clitics(word);
        assert_eq!(format!("{}{}{}", c.prefix, c.stem, c.suffix), word);
        (c.prefix, c.stem, c.suffix, c.article)
    }

    #[test]
    fn article_prefixes() {
        let cases = [
            ("الجيش", ("ال", "جيش", "", true)),
            ("والجيش", ("وال", "جيش", "", true)),
            ("فالجيش", ("فال", "جيش", "", true)),
            ("بالرقة", ("بال", "رقة", "", true)),
            ("كالعادة", ("كال", "عادة", "", true)),
            ("للقوات", ("لل", "قوات", "", true)),
            ("وللقوات", ("ولل", "قوات", "", true)),
            ("وبالجيش", ("وبال", "جيش", "", true)),
            ("فبالتالي", ("فبال", "تالي", "", true)),
        ];
        for (word, want) in cases {
            assert_eq!(split(word), want, "{word}");
        }
    }

    #[test]
    fn pronoun_suffixes() {
        assert_eq!(split("قواتها"), ("", "قوات", "ها", false));
        assert_eq!(split("مواقعهم"), ("", "مواقع", "هم", false));
        assert_eq!(split("بلادهما"), ("", "بلاد", "هما", false));
    }

    #[test]
    fn shouldnt_split() {
        for word in
            ["وزير", "فرنسا", "بشار", "لبنان", "كردستان", "الم", "لله", "أهم", "دراهم", "منها", "ولد", "بعد"]
        {
            assert_eq!(split(word), ("", word, "", false), "{word}");
        }
    }

    #[test]
    fn candidates_for_a_dictionary() {
        let readings: Vec<(&str, &str)> =
            clitic_splits("وبدمشق").iter().map(|c| (c.prefix, c.stem)).collect();
        assert_eq!(readings, [("", "وبدمشق"), ("و", "بدمشق"), ("وب", "دمشق")]);
        let readings: Vec<(&str, &str)> =
            clitic_splits("والجيش").iter().map(|c| (c.prefix, c.stem)).collect();
        assert_eq!(readings, [("", "والجيش"), ("و", "الجيش"), ("وال", "جيش")]);
        let c = split_clitics("للجيش");
        assert_eq!(c.with_article(), "الجيش");
        assert_eq!(c.stem_span(), Span::new(4, 10));
    }

    #[test]
    fn empty_and_non_arabic() {
        assert_eq!(split(""), ("", "", "", false));
        assert_eq!(split("SDF"), ("", "SDF", "", false));
    }
}
