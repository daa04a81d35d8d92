//! Loading `data/boilerplate.toml`: site-chrome patterns and the two structural tests.

use std::path::{Path, PathBuf};

use regex::Regex;
use serde::Deserialize;

use crate::Error;

/// The boilerplate rules shipped in the repository, compiled into the binary.
const EMBEDDED: &str = include_str!("../../../data/boilerplate.toml");

/// Where a pattern must match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// The whole trimmed line; the line is removed.
    Line,
    /// Any part of a line; each match is cut out and the rest kept.
    Fragment,
}

/// One pattern rule.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Stable id (`BP-byline-001`).
    pub id: String,
    /// Kind of chrome (`byline`, `related`, …).
    pub kind: String,
    /// Line or fragment.
    pub scope: Scope,
    /// The compiled pattern.
    pub regex: Regex,
    /// Lines the rule must recognise (checked by the tests).
    pub examples: Vec<String>,
    /// Lines the rule must leave alone (checked by the tests).
    pub counterexamples: Vec<String>,
    /// What a line needs for `regex` to match it at all (read from the pattern at load).
    pub(crate) gate: crate::gate::Gate,
}

/// The "headline-shaped line" test for related-article links without a marker.
#[derive(Clone, Debug)]
pub struct HeadlineTest {
    /// Rule id recorded on what it removes.
    pub id: String,
    /// Kind recorded on what it removes.
    pub kind: String,
    /// A single line needs at least this many words…
    pub min_words: usize,
    /// …and at most this many (runs too).
    pub max_words: usize,
    /// Lines in a run need at least this many words.
    pub run_min_words: usize,
    /// Lines this short at the end of a run are crossheads and stay.
    pub crosshead_max_words: usize,
    /// How many headline-shaped lines in a row make a run.
    pub run_length: usize,
    /// Characters that end a sentence.
    pub sentence_end: Vec<char>,
    /// Closing quotes and brackets looked through when finding the last character.
    pub closers: Vec<char>,
    /// First words that mark prose (`وقال`, `وفي`): such a line is never a headline.
    pub continuation: Regex,
}

/// The "related-stories widget at the end of the article" test: see `[trailing_teasers]` in
/// `data/boilerplate.toml`.
#[derive(Clone, Debug)]
pub struct TeaserTest {
    /// Rule id recorded on what it removes.
    pub id: String,
    /// Kind recorded on what it removes.
    pub kind: String,
    /// Found in the first paragraph of an article that may end in the widget.
    pub dateline: Regex,
    /// What a paragraph needs for `dateline` to match it (nearly no lede names the outlet).
    pub(crate) dateline_gate: crate::gate::Gate,
    /// How many paragraphs the widget holds.
    pub size: usize,
    /// A teaser has at least this many words.
    pub min_words: usize,
    /// Openings that always continue the article (`بدوره،`, `في غضون ذلك`).
    pub continuation: Regex,
    /// A first word starting with the conjunction و/ف…
    pub conjunction: Regex,
    /// …unless the letter belongs to the word (`وسط`, `وزير`, `في`).
    pub root_words: Regex,
    /// Paragraphs that are article text whatever their opening (timeline entries).
    pub never: Regex,
    /// Paragraphs that open fresh (checked by the tests).
    pub examples: Vec<String>,
    /// Paragraphs that do not (checked by the tests).
    pub counterexamples: Vec<String>,
}

/// The boilerplate rules: pattern rules in file order, then the structural tests.
#[derive(Clone, Debug)]
pub struct Rules {
    /// Pattern rules, tried in file order; the first line rule that matches wins.
    pub rules: Vec<Rule>,
    /// Id and kind for a repeated headline.
    pub repeated_title: (String, String),
    /// The headline-shape test.
    pub headline: HeadlineTest,
    /// The trailing related-stories test, when the file has one.
    pub teasers: Option<TeaserTest>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    meta: Meta,
    #[serde(default)]
    rule: Vec<RawRule>,
    repeated_title: RawStructural,
    headline: RawHeadline,
    #[serde(default)]
    trailing_teasers: Option<RawTeasers>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeasers {
    id: String,
    kind: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
    dateline: String,
    size: usize,
    min_words: usize,
    continuation: String,
    conjunction: String,
    root_words: String,
    never: String,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counterexamples: Vec<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // read to validate the header
struct Meta {
    format: String,
    updated: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    kind: String,
    scope: Scope,
    pattern: String,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counterexamples: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStructural {
    id: String,
    kind: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeadline {
    id: String,
    kind: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
    min_words: usize,
    max_words: usize,
    run_min_words: usize,
    crosshead_max_words: usize,
    run_length: usize,
    sentence_end: String,
    closers: String,
    continuation: String,
}

impl Rules {
    /// Every rule example a rule misses and every counterexample it takes, one message each
    /// (`BP-byline-001 misses its example "…"`): empty when the file is right. The rules load
    /// without it; `marsad lexicon check` and the tests run it.
    pub fn example_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for r in &self.rules {
            if r.examples.is_empty() {
                out.push(format!("{} has no example", r.id));
            }
            for e in r.examples.iter().filter(|e| !r.regex.is_match(e)) {
                out.push(format!("{} misses its example {e:?}", r.id));
            }
            for c in r.counterexamples.iter().filter(|c| r.regex.is_match(c)) {
                out.push(format!("{} fires on its counterexample {c:?}", r.id));
            }
        }
        if let Some(t) = &self.teasers {
            for e in t.examples.iter().filter(|e| !crate::chrome::opens_fresh(t, e) || t.never.is_match(e)) {
                out.push(format!("{} misses its example {e:?}", t.id));
            }
            for c in
                t.counterexamples.iter().filter(|c| crate::chrome::opens_fresh(t, c) && !t.never.is_match(c))
            {
                out.push(format!("{} takes its counterexample {c:?}", t.id));
            }
        }
        out
    }

    /// The rules compiled into the binary (`data/boilerplate.toml` at build time).
    pub fn embedded() -> Rules {
        // The embedded file is checked by the crate's tests, so failing here is a build defect.
        Rules::parse(EMBEDDED, Path::new("<embedded>/boilerplate.toml"))
            .expect("the embedded data/boilerplate.toml is valid")
    }

    /// Loads `boilerplate.toml` from a data directory.
    ///
    /// # Errors
    ///
    /// The file cannot be read, is not valid TOML, or a rule is malformed (bad regex, duplicate id, unknown
    /// field, wrong format header); the message names the file and the rule.
    pub fn from_dir(data_dir: &Path) -> Result<Rules, Error> {
        let path = data_dir.join("boilerplate.toml");
        let text =
            std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        Rules::parse(&text, &path)
    }

    /// Parses rules from TOML text; `path` is used in error messages.
    ///
    /// # Errors
    ///
    /// As [`Rules::from_dir`].
    pub fn parse(text: &str, path: &Path) -> Result<Rules, Error> {
        let err = |message: String| Error::Rules { path: PathBuf::from(path), message };
        let file: File = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        if file.meta.format != "marsad-boilerplate/1" {
            return Err(err(format!(
                "unknown format {:?}, expected \"marsad-boilerplate/1\"",
                file.meta.format
            )));
        }
        let mut seen = std::collections::HashSet::new();
        let mut rules = Vec::with_capacity(file.rule.len());
        for r in file.rule {
            if !seen.insert(r.id.clone()) {
                return Err(err(format!("duplicate rule id {}", r.id)));
            }
            let regex =
                Regex::new(&r.pattern).map_err(|e| err(format!("rule {}: bad pattern: {e}", r.id)))?;
            let gate = crate::gate::Gate::of(&r.pattern);
            rules.push(Rule {
                gate,
                id: r.id,
                kind: r.kind,
                scope: r.scope,
                regex,
                examples: r.examples,
                counterexamples: r.counterexamples,
            });
        }
        let h = file.headline;
        if h.min_words == 0 || h.min_words > h.max_words || h.run_min_words > h.max_words || h.run_length < 2
        {
            return Err(err(format!("{}: need 0 < min_words <= max_words and run_length >= 2", h.id)));
        }
        let continuation = Regex::new(&h.continuation)
            .map_err(|e| err(format!("{}: bad continuation pattern: {e}", h.id)))?;
        let teasers = match file.trailing_teasers {
            None => None,
            Some(t) => {
                if t.size == 0 {
                    return Err(err(format!("{}: size must be at least 1", t.id)));
                }
                let re = |field: &str, pattern: &str| {
                    Regex::new(pattern).map_err(|e| err(format!("{}: bad {field} pattern: {e}", t.id)))
                };
                Some(TeaserTest {
                    dateline: re("dateline", &t.dateline)?,
                    dateline_gate: crate::gate::Gate::of(&t.dateline),
                    continuation: re("continuation", &t.continuation)?,
                    conjunction: re("conjunction", &t.conjunction)?,
                    root_words: re("root_words", &t.root_words)?,
                    never: re("never", &t.never)?,
                    size: t.size,
                    min_words: t.min_words,
                    examples: t.examples,
                    counterexamples: t.counterexamples,
                    id: t.id,
                    kind: t.kind,
                })
            }
        };
        Ok(Rules {
            teasers,
            rules,
            repeated_title: (file.repeated_title.id, file.repeated_title.kind),
            headline: HeadlineTest {
                id: h.id,
                kind: h.kind,
                min_words: h.min_words,
                max_words: h.max_words,
                run_min_words: h.run_min_words,
                crosshead_max_words: h.crosshead_max_words,
                run_length: h.run_length,
                sentence_end: h.sentence_end.chars().collect(),
                closers: h.closers.chars().collect(),
                continuation,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shipped rule recognises its examples and leaves its counterexamples alone.
    #[test]
    fn every_rule_fires_on_its_examples_and_not_on_its_counterexamples() {
        let rules = Rules::embedded();
        assert!(rules.rules.len() >= 20);
        assert_eq!(rules.example_problems(), Vec::<String>::new());
        // A rule whose example does not match is found.
        let wrong = EMBEDDED.replacen("examples = [", "examples = [\"لا يطابق شيئا\", ", 1);
        let problems = Rules::parse(&wrong, Path::new("x")).unwrap().example_problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].ends_with("misses its example \"لا يطابق شيئا\""), "{problems:?}");
    }

    /// The widget test's examples open fresh and its counterexamples continue the article or are timeline
    /// entries.
    #[test]
    fn teaser_examples_open_fresh_and_counterexamples_do_not() {
        let t = Rules::embedded().teasers.expect("the shipped file has [trailing_teasers]");
        assert!(!t.examples.is_empty() && !t.counterexamples.is_empty());
        for e in &t.examples {
            assert!(crate::chrome::opens_fresh(&t, e) && !t.never.is_match(e), "{} misses {e:?}", t.id);
        }
        for c in &t.counterexamples {
            assert!(!crate::chrome::opens_fresh(&t, c) || t.never.is_match(c), "{} takes {c:?}", t.id);
        }
        let no_teasers = EMBEDDED.split("\n[trailing_teasers]").next().unwrap();
        assert!(Rules::parse(no_teasers, Path::new("x")).unwrap().teasers.is_none());
        let bad = EMBEDDED.replace("size = 5", "size = 0");
        let e = Rules::parse(&bad, Path::new("x/boilerplate.toml")).unwrap_err().to_string();
        assert!(e.contains("BP-teasers-001: size must be at least 1"), "{e}");
    }

    #[test]
    fn bad_files_name_the_problem() {
        let p = Path::new("x/boilerplate.toml");
        let e = Rules::parse("[meta]\nformat='other'\nupdated='x'", p).unwrap_err().to_string();
        assert!(e.starts_with("x/boilerplate.toml:"), "{e}");
        let dup = EMBEDDED.replace("BP-related-002", "BP-related-001");
        let e = Rules::parse(&dup, p).unwrap_err().to_string();
        assert!(e.contains("duplicate rule id BP-related-001"), "{e}");
        let bad = EMBEDDED.replace(r"'^\.{2,}\s*المزيد$", r"'^(\.{2,}\s*المزيد$");
        let e = Rules::parse(&bad, p).unwrap_err().to_string();
        assert!(e.contains("rule BP-related-002: bad pattern"), "{e}");
    }
}
