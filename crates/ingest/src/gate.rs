//! A cheap necessary condition for a line rule to match, read from its pattern once at load.
//!
//! Nearly every line is a paragraph that matches no rule, yet each of the ~20 line regexes used to scan it
//! (some, like a bounded `[^.]{3,120}` before a credit, slowly). A whole-line rule (`^…$`) can only match a
//! line that starts with one of its prefix literals and ends with one of its suffix literals, and every
//! rule's match contains some literal its pattern requires; a paragraph ending in `.` fails most of those
//! tests in a few instructions. The literals come from `regex_syntax`'s extractor, the one the regex crate
//! uses for its own prefilters: every match of a pattern begins (ends) with one of a finite sequence it
//! returns. A gate never rejects a line its rule matches; it only spares the regex the lines it cannot.

use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};

/// A line the gate rejects cannot match the rule's pattern (see the module docs).
#[derive(Clone, Debug, Default)]
pub(crate) struct Gate {
    /// The line must start with one of these (the pattern is anchored at the start).
    prefixes: Option<Affixes>,
    /// The line must end with one of these (the pattern is anchored at the end).
    suffixes: Option<Affixes>,
    /// The line must contain this (a SIMD substring search: most needles are one byte, `|` or `)`).
    inner: Option<memchr::memmem::Finder<'static>>,
}

impl Gate {
    /// The gate of `pattern` (as compiled by `regex::Regex::new`); an open gate when the pattern gives no
    /// usable literal or does not parse.
    pub(crate) fn of(pattern: &str) -> Gate {
        let Ok(hir) = regex_syntax::parse(pattern) else {
            return Gate::default();
        };
        let props = hir.properties();
        let prefixes = props
            .look_set_prefix()
            .contains(Look::Start)
            .then(|| extract(&hir, ExtractKind::Prefix))
            .flatten()
            .and_then(|l| Affixes::new(l, false));
        let suffixes = props
            .look_set_suffix()
            .contains(Look::End)
            .then(|| extract(&hir, ExtractKind::Suffix))
            .flatten()
            .and_then(|l| Affixes::new(l, true));
        let inner = match required(&hir).as_deref() {
            Some([one]) => Some(memchr::memmem::Finder::new(one).into_owned()),
            _ => None,
        };
        Gate { prefixes, suffixes, inner }
    }

    /// False when the rule's pattern cannot match `line` (a whole haystack, as `is_match` is given it).
    #[inline]
    pub(crate) fn may_match(&self, line: &str) -> bool {
        let b = line.as_bytes();
        self.suffixes.as_ref().is_none_or(|s| s.fits(b))
            && self.prefixes.as_ref().is_none_or(|p| p.fits(b))
            && self.inner.as_ref().is_none_or(|n| n.find(b).is_some())
    }
}

/// Literals one of which must begin (or end) the haystack, with a 1,024-bit filter on the two bytes at
/// that end so most haystacks are rejected without comparing any literal.
#[derive(Clone, Debug)]
struct Affixes {
    at_end: bool,
    keys: [u64; 16],
    literals: Vec<Vec<u8>>,
}

impl Affixes {
    /// `None` when a literal is shorter than the two bytes the filter reads.
    fn new(literals: Vec<Vec<u8>>, at_end: bool) -> Option<Affixes> {
        let mut keys = [0u64; 16];
        for l in &literals {
            let k = Affixes::key(l, at_end)?;
            keys[k >> 6] |= 1 << (k & 63);
        }
        Some(Affixes { at_end, keys, literals })
    }

    /// The filter slot of the two bytes at the haystack's start (or end).
    #[inline]
    fn key(b: &[u8], at_end: bool) -> Option<usize> {
        let (x, y) = if at_end {
            match b {
                [.., x, y] => (*x, *y),
                _ => return None,
            }
        } else {
            match b {
                [x, y, ..] => (*x, *y),
                _ => return None,
            }
        };
        Some(usize::from(x & 3) << 8 | usize::from(y))
    }

    #[inline]
    fn fits(&self, b: &[u8]) -> bool {
        // Every literal has two bytes or more, so a shorter haystack fits none.
        let Some(k) = Affixes::key(b, self.at_end) else {
            return false;
        };
        if self.keys[k >> 6] & (1 << (k & 63)) == 0 {
            return false;
        }
        if self.at_end {
            self.literals.iter().any(|l| b.ends_with(l))
        } else {
            self.literals.iter().any(|l| b.starts_with(l))
        }
    }
}

/// The finite, non-empty literals one of which begins (ends) every match of `hir`.
fn extract(hir: &Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    let mut ex = Extractor::new();
    ex.kind(kind);
    let seq = ex.extract(hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Literals one of which every match of `hir` contains: any part of a concatenation (the one with the
/// longest shortest literal, then the fewest, then the first: in `[\w.]+@[\w]+(?:\.[\w]+)+` the `@`, not
/// the `.` of nearly every paragraph), every branch of an alternation, or literals a match begins with.
fn required(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let score = |l: &Vec<Vec<u8>>| (l.iter().map(Vec::len).min().unwrap_or(0).min(6), usize::MAX - l.len());
    match hir.kind() {
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Concat(parts) => {
            // `max_by_key` keeps the last of equals: walk the parts from the end to keep the first.
            parts.iter().rev().filter_map(required).chain(extract(hir, ExtractKind::Prefix)).max_by_key(score)
        }
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for b in branches {
                all.extend(required(b)?);
            }
            Some(all)
        }
        HirKind::Repetition(r) if r.min >= 1 => {
            required(&r.sub).or_else(|| extract(hir, ExtractKind::Prefix))
        }
        _ => extract(hir, ExtractKind::Prefix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of the rules' own examples and counterexamples, and every line of the seeds corpus,
    /// gets the same answer from gate-then-regex as from the regex alone.
    #[test]
    fn a_gate_never_rejects_what_its_rule_matches() {
        let rules = crate::Rules::embedded();
        let mut lines: Vec<String> = Vec::new();
        for r in &rules.rules {
            lines.extend(r.examples.iter().cloned());
            lines.extend(r.counterexamples.iter().cloned());
        }
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/seeds");
        if let Ok(dir) = std::fs::read_dir(seeds) {
            for f in dir.flatten() {
                if let Ok(t) = std::fs::read_to_string(f.path()) {
                    lines.extend(t.lines().map(|l| l.trim().to_string()));
                }
            }
        }
        let mut matched = 0;
        for r in &rules.rules {
            for l in &lines {
                if r.regex.is_match(l) {
                    matched += 1;
                    assert!(r.gate.may_match(l), "{} gate rejects {l:?}", r.id);
                }
            }
        }
        assert!(matched > 20, "the examples match their rules");
    }

    #[test]
    fn gates_read_anchored_affixes_and_required_literals() {
        let g = Gate::of(r"^(?:قد يهمك|للمزيد)\s*:.*$");
        assert!(g.prefixes.is_some() && g.suffixes.is_none());
        assert!(g.may_match("قد يهمك: خبر"));
        assert!(!g.may_match("وقال المتحدث إن القوات قد يهمك"));

        let g = Gate::of(r"^[^.!؟?]{3,120}\s[ـ\-–—]\s*\(?(?:أرشيف|رويترز|AFP)\)?$");
        assert!(g.suffixes.is_some());
        assert!(g.may_match("جنود أتراك في إدلب - (رويترز)"));
        assert!(g.may_match("جنود أتراك في إدلب — AFP"));
        assert!(!g.may_match("وقالت الوكالة إن جنودا أتراكا دخلوا إدلب."));

        let g = Gate::of(
            r"^(?P<author>[^\d|:]{2,40}?)\s*\d{1,2}\s*[\p{Arabic}]+\s*\d{4}\s*آخر تحديث\s*:?.{0,30}$",
        );
        assert_eq!(g.inner.as_ref().map(|n| n.needle()), Some("آخر تحديث".as_bytes()));
        assert!(!g.may_match("محمد علي 12 مارس 2018"));

        // Of two one-byte literals the first is kept: `@`, not the `.` of nearly every paragraph.
        let g = Gate::of(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$");
        assert_eq!(g.inner.as_ref().map(|n| n.needle()), Some(&b"@"[..]));

        // Nothing required: the gate stays open.
        let g = Gate::of(r"\s*\w+");
        assert!(g.prefixes.is_none() && g.suffixes.is_none() && g.inner.is_none());
        assert!(g.may_match("أي سطر"));
        // A one-byte literal cannot key the affix filter; the regex decides.
        assert!(Gate::of(r"^a.*b$").prefixes.is_none());
    }
}
