//! Finds trigger and cue words in folded text in one pass.
//!
//! Every first word of every form and phrase goes into one Aho-Corasick
//! automaton (built once, at load). A hit is kept only when the rest of its
//! token is a valid clitic chain (see `affix`), and for phrases when the next
//! tokens hold the next words. Forms ending in ta marbuta (`زياره`) are also
//! entered without it so that `زيارته` and `دوريات` match.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use marsad_model::Span;

use crate::affix::{has_pronoun, is_conj, is_inflection, is_prefix, is_suffix, is_teh_suffix, word_in_token};
use crate::rules::Rules;

/// Who owns a hit: a trigger or a cue, by index into [`Rules`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Owner {
    Trigger(u32),
    Cue(u32),
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    owner: Owner,
    /// Index of the form or phrase inside its owner.
    form: u16,
    /// The pattern is the form's stem with its final ه dropped.
    teh: bool,
}

/// A trigger or cue found in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub owner: Owner,
    /// First and last token (inclusive) the words cover.
    pub first: usize,
    pub last: usize,
    /// Bytes covered, from the first word's start to the last token's end.
    pub span: Span,
    /// The first token carries the future prefix `س`.
    pub future: bool,
    /// The first token carries the article (`ال`).
    pub definite: bool,
    /// A verbal noun with a possessive pronoun (`بدعوته`, `مطالبتها`): its
    /// agent is named before it, not after.
    pub possessive: bool,
}

/// The compiled automaton over every trigger form and cue phrase.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    entries: Vec<Vec<Entry>>,
}

/// A token as the matcher sees it: its span in the (folded) text.
pub(crate) type Tok = Span;

impl Matcher {
    pub(crate) fn new(rules: &Rules) -> Matcher {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        // Pattern → its index: thousands of forms share a few hundred first
        // words, and a linear search for each was most of the coder's load.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut add = |pattern: &str, entry: Entry| {
            if pattern.is_empty() {
                return;
            }
            match index.get(pattern) {
                Some(&i) => entries[i].push(entry),
                None => {
                    index.insert(pattern.to_string(), patterns.len());
                    patterns.push(pattern.to_string());
                    entries.push(vec![entry]);
                }
            }
        };
        for (ti, t) in rules.triggers.iter().enumerate() {
            for (fi, form) in t.forms.iter().enumerate() {
                let owner = Owner::Trigger(ti as u32);
                add(&form[0], Entry { owner, form: fi as u16, teh: false });
                if form.len() == 1 {
                    if let Some(stem) = form[0].strip_suffix('ه') {
                        if stem.chars().count() >= 3 {
                            add(stem, Entry { owner, form: fi as u16, teh: true });
                        }
                    }
                }
            }
        }
        for (ci, c) in rules.cues.iter().enumerate() {
            for (pi, phrase) in c.phrases.iter().enumerate() {
                add(&phrase[0], Entry { owner: Owner::Cue(ci as u32), form: pi as u16, teh: false });
            }
        }
        // A DFA: a few hundred short patterns, searched over every article.
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("trigger patterns are short literal strings");
        Matcher { ac, entries }
    }

    /// Every hit in `folded`, sorted by first token then by length (longest
    /// first). `toks` are the tokens of `folded`, in order.
    pub(crate) fn find(&self, rules: &Rules, folded: &str, toks: &[Tok], out: &mut Vec<Hit>) {
        out.clear();
        // The token holding each match (`toks.partition_point(|t| t.end <= start)`), walked to from the
        // last one rather than searched for among all the article's tokens: matches come by their end,
        // so their starts move little.
        let mut ti = 0;
        for m in self.ac.find_overlapping_iter(folded) {
            let (start, end) = (m.start(), m.end());
            while ti < toks.len() && toks[ti].end <= start {
                ti += 1;
            }
            while ti > 0 && toks[ti - 1].end > start {
                ti -= 1;
            }
            let Some(tok) = toks.get(ti) else { continue };
            if tok.start > start || end > tok.end {
                continue;
            }
            let prefix = &folded[tok.start..start];
            // Most matches lie deep inside a longer word; what stands before them is then no clitic chain
            // for any entry (a cue's conjunction is a clitic chain too), so they go before the entries.
            if !is_prefix(prefix) {
                continue;
            }
            let suffix = &folded[end..tok.end];
            // What a trigger's entry asks of the clitics, the same for every entry of the pattern: read once.
            // The article and a possessive pronoun never go together: `الاجتماعي`, `الهاتفي`, `المركزي`
            // are adjectives, not اجتماع/هاتف/مركز + ي.
            let definite = prefix.ends_with("ال") || prefix.ends_with("لل");
            let article_and_pronoun = definite && !suffix.is_empty() && !is_inflection(suffix);
            let plain_suffix = is_suffix(suffix);
            for e in &self.entries[m.pattern().as_usize()] {
                let words: &[String] = match e.owner {
                    Owner::Trigger(i) => &rules.triggers[i as usize].forms[e.form as usize],
                    Owner::Cue(i) => &rules.cues[i as usize].phrases[e.form as usize],
                };
                let ok = match e.owner {
                    Owner::Trigger(i) => {
                        let t = &rules.triggers[i as usize];
                        let suffix_ok = if e.teh { is_teh_suffix(suffix) } else { plain_suffix };
                        !article_and_pronoun
                            && suffix_ok
                            && (!t.pronoun_required
                                || has_pronoun(suffix.strip_prefix('ت').unwrap_or(suffix)))
                    }
                    Owner::Cue(_) => is_conj(prefix) && suffix.is_empty(),
                };
                if !ok {
                    continue;
                }
                let mut last = ti;
                let mut all = true;
                for w in &words[1..] {
                    last += 1;
                    let Some(next) = toks.get(last) else {
                        all = false;
                        break;
                    };
                    let text = &folded[next.start..next.end];
                    let fits = match e.owner {
                        Owner::Trigger(_) => word_in_token(text, w),
                        Owner::Cue(_) => text == w,
                    };
                    if !fits {
                        all = false;
                        break;
                    }
                }
                if !all {
                    continue;
                }
                let future = prefix.ends_with('س');
                let possessive = matches!(e.owner, Owner::Trigger(_))
                    && words.len() == 1
                    && has_pronoun(suffix.strip_prefix('ت').unwrap_or(suffix))
                    && (e.teh || prefix.ends_with('ب') || prefix.ends_with('ل'));
                out.push(Hit {
                    owner: e.owner,
                    first: ti,
                    last,
                    span: Span::new(start, toks[last].end),
                    future: future && matches!(e.owner, Owner::Trigger(_)),
                    definite,
                    possessive,
                });
            }
        }
        out.sort_by_key(|h| (h.first, std::cmp::Reverse(h.last)));
        out.dedup_by(|b, a| a.owner == b.owner && a.first == b.first);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Coder;

    /// Trigger words found in `text` (folded), as the matcher reads them.
    fn triggers_in(text: &str) -> Vec<String> {
        let coder = Coder::embedded();
        let rules = coder.rules();
        let matcher = Matcher::new(rules);
        let folded = crate::fold::fold_clean(text);
        let toks: Vec<Span> = marsad_text::tokens(&folded).into_iter().map(|t| t.span).collect();
        let mut hits = Vec::new();
        matcher.find(rules, &folded, &toks, &mut hits);
        hits.iter()
            .filter(|h| matches!(h.owner, Owner::Trigger(_)))
            .map(|h| folded[h.span.start..h.span.end].to_string())
            .collect()
    }

    #[test]
    fn article_and_pronoun_never_meet() {
        // bulk: مواقع التواصل الاجتماعي — an adjective, not اجتماع + ي.
        assert!(triggers_in("على مواقع التواصل الاجتماعي").is_empty());
        // The article with an inflection, and a pronoun without the article, still match.
        assert_eq!(triggers_in("الاجتماعات في أنقرة"), ["اجتماعات"]);
        assert_eq!(triggers_in("وخلال اجتماعه مع الوفد"), ["اجتماعه"]);
    }
}
