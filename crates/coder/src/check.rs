//! `marsad lexicon check` over the trigger and cue files.
//!
//! Reports what the loader rejects (unfolded words, malformed or repeated
//! ids, unknown kinds) and, beyond it, entries written twice: a phrase listed
//! twice in one list of a trigger or cue (`unless_prev = ["تلقي", …, "تلقي"]`)
//! loads and changes nothing, but tells an analyst editing it the wrong
//! story; so does a word listed twice in one set of `words.toml`. A warning, which does not fail the check, names a word that two
//! triggers of different types fire on with no `with` condition on either,
//! so that every such word codes both types.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use crate::fold::fold_clean;
use crate::rules::{expand_guards, toml_files, RawFile, Rules};
use crate::Error;

/// One problem (or warning) in a trigger or cue file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file (`data/triggers/assault.toml`).
    pub file: String,
    /// 1-based line of the entry's `id`; 0 when it concerns the whole file.
    pub line: usize,
    /// A warning leaves the data valid; anything else fails the check.
    pub warning: bool,
    /// Names the trigger or cue id and the entry.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        let level = if self.warning { "warning: " } else { "" };
        write!(f, ": {level}{}", self.message)
    }
}

/// What [`check_dir`] found, and the rules it loaded on the way.
#[derive(Debug, Default)]
pub struct Check {
    /// In file order; warnings last.
    pub findings: Vec<Finding>,
    /// Every file that loaded. When no finding is an error, these are the
    /// rules [`Rules::load_dir`] gives, so a caller need not load them again.
    pub rules: Rules,
}

impl Check {
    /// The findings that fail the check (not the warnings).
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| !f.warning).count()
    }
}

/// Checks every `*.toml` in `dir` (the `triggers/` directory), as
/// [`Rules::load_dir`] loads them, and looks for repeated entries.
pub fn check_dir(dir: &Path) -> Check {
    let files = match toml_files(dir) {
        Ok(f) => f,
        Err(e) => {
            return Check {
                findings: vec![finding(&dir.display().to_string(), 0, e.to_string())],
                ..Check::default()
            }
        }
    };
    let mut out = Vec::new();
    let mut rules = Rules::default();
    // (file, text) of each trigger, by index in `rules.triggers`.
    let mut origin: Vec<usize> = Vec::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in files {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                out.push(finding(&name, 0, format!("cannot read: {e}")));
                continue;
            }
        };
        match rules.add_file(&path, &text) {
            Ok(()) => {}
            Err(Error::Invalid { problems, .. }) => {
                for mut p in problems {
                    let duplicate = p.starts_with("duplicate id");
                    let id = id_in(&p).unwrap_or("").to_string();
                    if duplicate {
                        if let Some((first, _)) = texts.iter().find(|(_, t)| id_line(t, &id, false) > 0) {
                            p = format!("{p} (also in {first})");
                        }
                    }
                    let line = match id_line(&text, &id, duplicate) {
                        0 => guard_line(&text, &p).unwrap_or_else(|| header_line(&text, &p)),
                        n => n,
                    };
                    out.push(finding(&name, line, p));
                }
            }
            Err(Error::Parse { message, .. }) => out.push(finding(&name, 0, message)),
            Err(e) => out.push(finding(&name, 0, e.to_string())),
        }
        origin.resize(rules.triggers.len(), texts.len());
        // A word listed twice in one list of a trigger or a cue, told at the entry's id line.
        let repeats = |id: &str, lists: &[(&str, &[String])], out: &mut Vec<_>| {
            for (list, words) in lists {
                for (w, n) in repeated(words) {
                    let line = id_line(&text, id, false);
                    out.push(finding(&name, line, format!("{id}: {list} lists {w:?} {}", times(n))));
                }
            }
        };
        if let Ok(raw) = toml::from_str::<RawFile>(&text) {
            for t in &raw.trigger {
                // A word a trigger lists itself and also takes in a guard set is listed twice too.
                let expanded = |l: &[String]| {
                    expand_guards(l, &raw.guards, &mut Vec::new()).unwrap_or_else(|_| l.to_vec())
                };
                let (prev, next) = (expanded(&t.unless_prev), expanded(&t.unless_next));
                let lists: [(&str, &[String]); 6] = [
                    ("forms", &t.forms),
                    ("with", &t.with),
                    ("unless_prev", &prev),
                    ("unless_next", &next),
                    ("unless_clitic", &t.unless_clitic),
                    ("unless_token", &t.unless_token),
                ];
                repeats(&t.id, &lists, &mut out);
            }
            for c in &raw.cue {
                let lists: [(&str, &[String]); 3] = [
                    ("phrases", &c.phrases),
                    ("unless_prev", &c.unless_prev),
                    ("unless_next", &c.unless_next),
                ];
                repeats(&c.id, &lists, &mut out);
            }
            for (set, words) in &raw.words {
                for (w, n) in repeated(words) {
                    let line = key_line(&text, set);
                    out.push(finding(&name, line, format!("word set {set}: lists {w:?} {}", times(n))));
                }
            }
        }
        texts.push((name, text));
    }
    out.extend(types_sharing_a_word(&rules, &origin, &texts));
    Check { findings: out, rules }
}

/// Two triggers of different types that fire on the same form, neither
/// held back by `with` words or a required pronoun: one warning per pair.
fn types_sharing_a_word(rules: &Rules, origin: &[usize], texts: &[(String, String)]) -> Vec<Finding> {
    let free = |i: usize| rules.triggers[i].with.is_empty() && !rules.triggers[i].pronoun_required;
    let mut by_form: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, t) in rules.triggers.iter().enumerate().filter(|&(i, _)| free(i)) {
        for f in &t.forms {
            let v = by_form.entry(fold_clean(&f.join(" "))).or_default();
            if !v.contains(&i) {
                v.push(i);
            }
        }
    }
    let mut pairs: BTreeMap<(usize, usize), Vec<String>> = BTreeMap::new();
    for (form, ts) in by_form {
        for (k, &a) in ts.iter().enumerate() {
            for &b in &ts[k + 1..] {
                if rules.triggers[a].kind != rules.triggers[b].kind {
                    pairs.entry((a, b)).or_default().push(form.clone());
                }
            }
        }
    }
    pairs
        .into_iter()
        .map(|((a, b), forms)| {
            let (ta, tb) = (&rules.triggers[a], &rules.triggers[b]);
            let (file, text) = &texts[origin[b]];
            Finding {
                file: file.clone(),
                line: id_line(text, &tb.id, false),
                warning: true,
                message: format!(
                    "{} ({}) and {} ({}) both fire on {}, neither with `with` words: each codes both types",
                    tb.id,
                    tb.kind.as_str(),
                    ta.id,
                    ta.kind.as_str(),
                    forms.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(", ")
                ),
            }
        })
        .collect()
}

fn finding(file: &str, line: usize, message: String) -> Finding {
    Finding { file: file.to_string(), line, warning: false, message }
}

/// The entries of `list` written more than once (compared folded, spaces
/// normalised), with their count, in first-seen order.
fn repeated(list: &[String]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for w in list {
        let key = fold_clean(&w.split_whitespace().collect::<Vec<_>>().join(" "));
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    counts.retain(|(_, n)| *n > 1);
    counts
}

fn times(n: usize) -> String {
    if n == 2 {
        "twice".into()
    } else {
        format!("{n} times")
    }
}

/// The trigger or cue id a loader message names (`TRG-aid-001: …`,
/// `duplicate id CUE-neg-001`).
fn id_in(message: &str) -> Option<&str> {
    message
        .split_whitespace()
        .map(|w| w.trim_end_matches(':'))
        .find(|w| w.starts_with("TRG-") || w.starts_with("CUE-"))
}

/// The 1-based line of `id = "ID"` in `text` (the last one when `last`), or 0.
fn id_line(text: &str, id: &str, last: bool) -> usize {
    if id.is_empty() {
        return 0;
    }
    let mut lines = text.lines().enumerate().filter(|(_, l)| {
        l.split_once('=').is_some_and(|(k, v)| k.trim() == "id" && v.trim().trim_matches('"') == id)
    });
    let hit = if last { lines.last() } else { lines.next() };
    hit.map_or(0, |(i, _)| i + 1)
}

/// The line of the header key a header problem is about (`header type "SKIRMISH" …` → `type = …`,
/// `header field source is empty` → `source = …`); the `[header]` line when the key is missing; else 0.
fn header_line(text: &str, message: &str) -> usize {
    let Some(rest) = message.strip_prefix("header ") else { return 0 };
    let rest = rest.strip_prefix("field ").unwrap_or(rest);
    let key = rest.split_whitespace().next().unwrap_or("");
    match key_line(text, key) {
        0 => text.lines().position(|l| l.trim() == "[header]").map_or(0, |i| i + 1),
        n => n,
    }
}

/// The line of the `[guards.NAME]` table a guard-set problem (`guard set NAME: …`) is about.
fn guard_line(text: &str, message: &str) -> Option<usize> {
    let name = message.strip_prefix("guard set ")?.split([':', ' ']).next()?;
    let table = format!("[guards.{name}]");
    text.lines().position(|l| l.trim() == table).map(|i| i + 1)
}

/// The 1-based line of the first `KEY = …` in `text`, or 0.
fn key_line(text: &str, key: &str) -> usize {
    text.lines().position(|l| l.split_once('=').is_some_and(|(k, _)| k.trim() == key)).map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_entries_are_compared_folded() {
        let list: Vec<String> = ["تلقي", "ضد", "تلقى", "من  قبل", "من قبل", "ضد"].map(String::from).to_vec();
        assert_eq!(repeated(&list), [("تلقي".into(), 2), ("ضد".into(), 2), ("من قبل".into(), 2)]);
    }

    #[test]
    fn an_id_is_found_in_messages_and_text() {
        assert_eq!(id_in("duplicate id TRG-aid-001"), Some("TRG-aid-001"));
        assert_eq!(id_in("TRG-aid-001: no forms"), Some("TRG-aid-001"));
        assert_eq!(id_in("header field source is empty"), None);
        let text =
            "[[trigger]]\nid = \"TRG-aid-001\"\n[[trigger]]\nid = \"TRG-aid-0011\"\nid=\"TRG-aid-001\"\n";
        assert_eq!((id_line(text, "TRG-aid-001", false), id_line(text, "TRG-aid-001", true)), (2, 5));
        assert_eq!(id_line(text, "TRG-aid-002", false), 0);
    }

    #[test]
    fn a_header_problem_has_the_line_of_its_key() {
        let text =
            "# skirmishes\n[header]\nformat = \"marsad-triggers/1\"\ntype = \"SKIRMISH\"\nsource = \"\"\n";
        assert_eq!(header_line(text, "header type \"SKIRMISH\" is not a PLOVER type (one of AGREE)"), 4);
        assert_eq!(header_line(text, "header field source is empty"), 5);
        assert_eq!(header_line(text, "header type is missing: give one of AGREE"), 4);
        assert_eq!(
            header_line(&text.replace("type = \"SKIRMISH\"\n", ""), "header type is missing: give"),
            2
        );
        assert_eq!(header_line(text, "a trigger file may not hold [[cue]] entries or [words]"), 0);
    }

    #[test]
    fn a_guard_set_problem_has_the_line_of_its_table() {
        let text = "[header]\n[guards.time_mark]\nwords = []\n[guards.flight]\n";
        assert_eq!(guard_line(text, "guard set flight is used by no trigger"), Some(4));
        assert_eq!(guard_line(text, "guard set time_mark: no words"), Some(2));
        assert_eq!(guard_line(text, "guard set gone: no words"), None);
        assert_eq!(guard_line(text, "header field source is empty"), None);
    }
}
