//! Dated reference events (`data/dates/anchors.toml`) that bound the
//! publication date of an article that states none.
//!
//! Syria reporting names the events it sits among: `أستانة 22`, `اتفاق
//! سوتشي`, `القرار 2254`, `عملية نبع السلام`, the US sanctions over the
//! S-400. An analyst dates an undated report from them; this module finds
//! them, sentence by sentence, with the words around them that say how the
//! report stands to the event, and turns each into a [`Bound`] on the
//! publication date.
//!
//! # What a mention says
//!
//! - Any event but a meeting: it has happened, so publication is on or after
//!   its start. Meetings are named before they happen (`التحضير لجولة
//!   أستانة`), so they bound from below only with a past cue next to them
//!   (`اختتمت`, `عقدت`, `الماضية`).
//! - A meeting with an upcoming cue next to it (`المزمع`, `المقبلة`, `سيعقد`):
//!   publication is on or before its last day; with a lead cue before it
//!   (`قبل أيام من`) also at most that many days before its start.
//! - A point event (`kind = "event"`) or a held meeting with a relative cue
//!   next to it (`هذا الشهر`, `العام الماضي`, `أمس`): the event is in this or
//!   last month or year, or today or yesterday, as seen from publication.
//!   Agreements, operations, resolutions, names and offices are spoken of
//!   for years after their date, so relative cues near them are ignored.
//!
//! # Invariants
//!
//! - Every phrase word is folded ([`crate::fold`]) and is one letter run or
//!   one digit run (digits in ASCII), as [`sentence_words`] splits text.
//! - Every event has `start <= end <= last`; loading rejects otherwise, and
//!   names duplicate ids.

use std::collections::HashMap;
use std::path::Path;

use jiff::civil::Date;
use serde::Deserialize;

use marsad_text::hash::{FxMap, FxSet};

use crate::calendar::{add_days, add_months, day, days_in_month};
use crate::error::Error;
use crate::fold::fold_into;
use crate::lexicon::Endings;
use crate::tokens::{char_at, digit, is_letter, run_end};

/// How far from an anchor phrase (in words) its cue words are looked for.
const WINDOW: usize = 8;
/// How many words before a date are searched for a deadline cue, and how many bytes hold them.
const WINDOW_BEFORE_DATE: usize = 6;
const DEADLINE_BYTES: usize = 160;
/// How many words may stand between a lead cue (`قبل أيام من`) and the anchor (`انعقاد اجتماع`).
const LEAD_GAP: usize = 3;
/// Joins two words into a key of `by_first_two`; words are letter or digit runs, so it is in neither.
const PAIR: char = '\u{1f}';

/// How an event is spoken of over time; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Meeting,
    Event,
    Lasting,
}

/// One dated event.
#[derive(Clone, Debug)]
pub(crate) struct Event {
    pub id: String,
    pub kind: Kind,
    pub start: Date,
    pub end: Date,
    /// The last day it can be spoken of as still to come.
    pub last: Date,
}

/// One word of a phrase: folded text, and whether it matches any word it begins.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PhraseWord {
    text: String,
    prefix: bool,
}

type Phrase = Vec<PhraseWord>;

/// One way of naming an event: a phrase, plus groups of which one phrase each must share the sentence.
#[derive(Clone, Debug)]
struct Rule {
    event: usize,
    phrase: Phrase,
    with: Vec<Vec<Phrase>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Month,
    Year,
}

#[derive(Clone, Debug)]
enum Cue {
    Upcoming,
    Past,
    Relative { unit: Unit, offset: i32 },
    Lead { min: i64, max: i64 },
    Deadline,
}

/// A bound on the publication date from one anchor mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Bound {
    pub earliest: Option<Date>,
    pub latest: Option<Date>,
    /// The event id and the cue that gave the bound.
    pub why: String,
}

/// The loaded anchor table.
#[derive(Debug, Default)]
pub(crate) struct Anchors {
    events: Vec<Event>,
    rules: Vec<Rule>,
    unless: Vec<Vec<Phrase>>,
    /// First word of a one-word phrase, or of one whose second word is a prefix word (exact) → rules.
    by_first: FxMap<String, Vec<usize>>,
    /// First and second word of a longer phrase, both exact, joined by [`PAIR`] → rules. Series give
    /// hundreds of rules one common first word (`اجتماع 22`, `القرار 2254`); keyed on two words, a
    /// sentence's words try only the few that can match.
    by_first_two: FxMap<String, Vec<usize>>,
    /// The first word of every rule of `by_first` and `by_first_two`.
    firsts: FxSet<String>,
    /// How the words of `firsts` end: every reading of a word keeps its last two letters (a clitic is taken
    /// off only when two are left), so a word that ends as no first word does starts no rule, unhashed.
    first_endings: Endings,
    /// Rules whose phrase starts with a prefix word.
    wild: Vec<usize>,
    cues: Vec<(Phrase, Cue, String)>,
    /// Exact first word of a cue phrase → its indices in `cues`; a sentence's words try only these.
    cues_by_first: FxMap<String, Vec<usize>>,
    /// Cues whose phrase starts with a prefix word, tried at every word.
    cues_wild: Vec<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    cue: Vec<CueEntry>,
    #[serde(default)]
    series: Vec<SeriesEntry>,
    #[serde(default)]
    event: Vec<EventEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueEntry {
    id: String,
    role: String,
    names: Vec<String>,
    unit: Option<String>,
    offset: Option<i32>,
    days_min: Option<i64>,
    days_max: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesEntry {
    id: String,
    #[allow(dead_code)]
    name: String,
    kind: String,
    prefixes: Vec<String>,
    #[serde(default)]
    round_words: Vec<String>,
    #[serde(default)]
    names: Vec<String>,
    items: Vec<SeriesItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesItem {
    n: u32,
    start: String,
    end: Option<String>,
    last: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventEntry {
    id: String,
    #[allow(dead_code)]
    name: String,
    kind: String,
    start: String,
    end: Option<String>,
    last: Option<String>,
    phrases: Vec<String>,
    #[serde(default)]
    with: Vec<Vec<String>>,
    #[serde(default)]
    unless: Vec<String>,
}

/// Feminine and masculine ordinal words 1..9, for `الجولة الثانية والعشرين` and `الاجتماع الثاني والعشرين`.
const ONES: [(&str, &str); 9] = [
    ("الأولى", "الأول"),
    ("الثانية", "الثاني"),
    ("الثالثة", "الثالث"),
    ("الرابعة", "الرابع"),
    ("الخامسة", "الخامس"),
    ("السادسة", "السادس"),
    ("السابعة", "السابع"),
    ("الثامنة", "الثامن"),
    ("التاسعة", "التاسع"),
];

/// The ordinal words of `n` (1..=39) in both genders, and both cases of the tens.
fn ordinal_forms(n: u32) -> Vec<String> {
    let n = n as usize;
    match n {
        1..=9 => vec![ONES[n - 1].0.to_string(), ONES[n - 1].1.to_string()],
        10 => vec!["العاشرة".into(), "العاشر".into()],
        11..=19 => {
            let (f, m) = if n == 11 { ("الحادية", "الحادي") } else { ONES[n - 11] };
            vec![format!("{f} عشرة"), format!("{m} عشر")]
        }
        20..=39 => {
            let tens: &[&str] = if n < 30 {
                &["العشرين", "العشرون"]
            } else {
                &["الثلاثين", "الثلاثون"]
            };
            let mut out = Vec::new();
            for t in tens {
                if n.is_multiple_of(10) {
                    out.push((*t).to_string());
                    continue;
                }
                let (f, m) = if n % 10 == 1 { ("الحادية", "الحادي") } else { ONES[n % 10 - 1] };
                out.push(format!("{f} و{t}"));
                out.push(format!("{m} و{t}"));
            }
            out
        }
        _ => Vec::new(),
    }
}

/// The words of a phrase, folded, split as running text is.
fn phrase(name: &str) -> Phrase {
    let mut out: Phrase =
        sentence_words(name).into_iter().map(|(text, _)| PhraseWord { text, prefix: false }).collect();
    if name.trim_end().ends_with('*') {
        if let Some(last) = out.last_mut() {
            last.prefix = true;
        }
    }
    out
}

/// Letter runs (folded) and digit runs (ASCII) of `text`, with the word's byte start.
pub(crate) fn sentence_words(text: &str) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    each_word(text, &mut String::new(), |w, start| {
        out.push((w.to_string(), start));
        true
    });
    out
}

/// Calls `f` with each word [`sentence_words`] gives, in order, written in `buf` (no allocation once warm),
/// until `f` returns false.
fn each_word(text: &str, buf: &mut String, mut f: impl FnMut(&str, usize) -> bool) {
    // A run is a contiguous slice of `text` (letters, else digits), folded or turned to ASCII digits as a
    // whole when it ends.
    let mut at = 0;
    while let Some((c, next)) = char_at(text, at) {
        let letters = if is_letter(c) {
            true
        } else if digit(c).is_some() {
            false
        } else {
            at = next;
            continue;
        };
        let end = if letters {
            run_end(text, next, is_letter)
        } else {
            run_end(text, next, |d| digit(d).is_some())
        };
        buf.clear();
        let run = &text[at..end];
        if letters {
            fold_into(run, buf);
        } else {
            buf.extend(run.chars().filter_map(digit).map(|d| char::from(b'0' + d as u8)));
        }
        if !buf.is_empty() && !f(buf, at) {
            return;
        }
        at = end;
    }
}

/// The word and its readings with a proclitic taken off.
fn readings(word: String) -> Vec<String> {
    // Most words start with no clitic letter and have one reading: the word itself.
    if !matches!(word.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك')) {
        return vec![word];
    }
    let mut out = Vec::new();
    // The table's first reading is the word itself, put first below.
    for (drop, put) in
        crate::tokens::readings_for(word.chars().next()).iter().skip(1).map(|&k| crate::tokens::CLITICS[k])
    {
        if let Some(rest) = word.strip_prefix(drop) {
            if rest.chars().count() >= 2 {
                let r = format!("{put}{rest}");
                if r != word && !out.contains(&r) {
                    out.push(r);
                }
            }
        }
    }
    out.insert(0, word);
    out
}

fn word_matches(w: &PhraseWord, forms: &[String]) -> bool {
    forms.iter().any(|f| if w.prefix { f.starts_with(&w.text) } else { *f == w.text })
}

/// Whether `p` occurs in the sentence words starting at word `i`.
fn occurs_at(p: &Phrase, words: &[Vec<String>], i: usize) -> bool {
    !p.is_empty()
        && words.len().checked_sub(i).is_some_and(|left| left >= p.len())
        && p.iter().enumerate().all(|(k, w)| word_matches(w, &words[i + k]))
}

/// Where `p` occurs in the sentence words (start indices, ascending).
fn occurrences<'a>(p: &'a Phrase, words: &'a [Vec<String>]) -> impl Iterator<Item = usize> + 'a {
    (0..words.len()).filter(move |&i| occurs_at(p, words, i))
}

fn parse_day(s: &str) -> Option<Date> {
    let mut it = s.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    if it.next().is_some() {
        return None;
    }
    day(y, m, d)
}

fn kind_of(s: &str) -> Option<Kind> {
    Some(match s {
        "meeting" => Kind::Meeting,
        "event" => Kind::Event,
        "agreement" | "operation" | "resolution" | "name" | "office" => Kind::Lasting,
        _ => return None,
    })
}

impl Anchors {
    /// Parses `anchors.toml`; `path` only names the file in errors.
    pub(crate) fn parse(path: &Path, text: &str) -> Result<Anchors, Error> {
        let file: File = toml::from_str(text)
            .map_err(|e| Error::Parse { path: path.to_path_buf(), message: e.to_string() })?;
        let mut a = Anchors::default();
        let mut problems = Vec::new();
        let mut ids: HashMap<String, ()> = HashMap::new();
        let mut seen = |id: &str, problems: &mut Vec<String>| {
            if ids.insert(id.to_string(), ()).is_some() {
                problems.push(format!("duplicate id {id}"));
            }
        };
        let dates =
            |id: &str, start: &str, end: Option<&str>, last: Option<&str>, problems: &mut Vec<String>| {
                let s = parse_day(start);
                let e = end.map_or(s, parse_day);
                let l = last.map_or(e, parse_day);
                match (s, e, l) {
                    (Some(s), Some(e), Some(l)) if s <= e && e <= l => Some((s, e, l)),
                    _ => {
                        problems.push(format!("{id}: dates must be YYYY-MM-DD with start <= end <= last"));
                        None
                    }
                }
            };
        for c in &file.cue {
            seen(&c.id, &mut problems);
            let cue = match (c.role.as_str(), c.unit.as_deref(), c.offset, c.days_min, c.days_max) {
                ("upcoming", None, None, None, None) => Cue::Upcoming,
                ("past", None, None, None, None) => Cue::Past,
                ("deadline", None, None, None, None) => Cue::Deadline,
                ("relative", Some(u), Some(offset), None, None) if (-2..=0).contains(&offset) => {
                    let unit = match u {
                        "day" => Unit::Day,
                        "month" => Unit::Month,
                        "year" => Unit::Year,
                        _ => {
                            problems.push(format!("{}: unit must be day, month or year", c.id));
                            continue;
                        }
                    };
                    Cue::Relative { unit, offset }
                }
                ("lead", None, None, Some(min), Some(max)) if 0 <= min && min <= max => {
                    Cue::Lead { min, max }
                }
                _ => {
                    problems.push(format!(
                        "{}: role must be upcoming, past, deadline, relative (unit, offset -2..0) or lead (days_min <= days_max)",
                        c.id
                    ));
                    continue;
                }
            };
            for n in &c.names {
                let k = a.cues.len();
                let p = phrase(n);
                match p.first() {
                    Some(w) if !w.prefix => a.cues_by_first.entry(w.text.clone()).or_default().push(k),
                    _ => a.cues_wild.push(k),
                }
                a.cues.push((p, cue.clone(), c.id.clone()));
            }
        }
        for s in &file.series {
            seen(&s.id, &mut problems);
            let Some(kind) = kind_of(&s.kind) else {
                problems.push(format!("{}: unknown kind {}", s.id, s.kind));
                continue;
            };
            let names: Vec<Phrase> = s.names.iter().map(|n| phrase(n)).collect();
            for item in &s.items {
                let id = format!("{}-{}", s.id, item.n);
                let Some((start, end, last)) =
                    dates(&id, &item.start, item.end.as_deref(), item.last.as_deref(), &mut problems)
                else {
                    continue;
                };
                let event = a.events.len();
                a.events.push(Event { id, kind, start, end, last });
                a.unless.push(Vec::new());
                let num = item.n.to_string();
                for p in &s.prefixes {
                    a.add_rule(event, phrase(&format!("{p} {num}")), Vec::new());
                    a.add_rule(event, phrase(&format!("{p} ال {num}")), Vec::new());
                }
                if names.is_empty() {
                    continue;
                }
                for w in &s.round_words {
                    let mut forms =
                        vec![format!("{w} {num}"), format!("{w} ال {num}"), format!("{w} رقم {num}")];
                    forms.extend(ordinal_forms(item.n).into_iter().map(|o| format!("{w} {o}")));
                    for f in forms {
                        a.add_rule(event, phrase(&f), vec![names.clone()]);
                    }
                }
            }
        }
        for e in &file.event {
            seen(&e.id, &mut problems);
            let Some(kind) = kind_of(&e.kind) else {
                problems.push(format!("{}: unknown kind {}", e.id, e.kind));
                continue;
            };
            let Some((start, end, last)) =
                dates(&e.id, &e.start, e.end.as_deref(), e.last.as_deref(), &mut problems)
            else {
                continue;
            };
            if e.phrases.is_empty() {
                problems.push(format!("{}: no phrases", e.id));
                continue;
            }
            let event = a.events.len();
            a.events.push(Event { id: e.id.clone(), kind, start, end, last });
            a.unless.push(e.unless.iter().map(|u| phrase(u)).collect());
            let with: Vec<Vec<Phrase>> =
                e.with.iter().map(|g| g.iter().map(|p| phrase(p)).collect()).collect();
            for p in &e.phrases {
                a.add_rule(event, phrase(p), with.clone());
            }
        }
        for r in &a.rules {
            if r.phrase.is_empty() {
                problems.push(format!("{}: a phrase has no words", a.events[r.event].id));
            }
        }
        if !problems.is_empty() {
            return Err(Error::Invalid { path: path.to_path_buf(), problems });
        }
        Ok(a)
    }

    fn add_rule(&mut self, event: usize, phrase: Phrase, with: Vec<Vec<Phrase>>) {
        let k = self.rules.len();
        match (phrase.first(), phrase.get(1)) {
            (Some(w), Some(v)) if !w.prefix && !v.prefix => {
                self.firsts.insert(w.text.clone());
                self.first_endings.add(&w.text);
                let key = format!("{}{PAIR}{}", w.text, v.text);
                self.by_first_two.entry(key).or_default().push(k);
            }
            (Some(w), _) if !w.prefix => {
                self.firsts.insert(w.text.clone());
                self.first_endings.add(&w.text);
                self.by_first.entry(w.text.clone()).or_default().push(k);
            }
            _ => self.wild.push(k),
        }
        self.rules.push(Rule { event, phrase, with });
    }

    /// The ids of every event, in table order.
    #[cfg(test)]
    pub(crate) fn ids(&self) -> impl Iterator<Item = &str> {
        self.events.iter().map(|e| e.id.as_str())
    }

    /// Whether the last words of `before` (the text up to a date) make that date a deadline or a schedule.
    pub(crate) fn is_deadline(&self, before: &str) -> bool {
        let mut cut = before.len().saturating_sub(DEADLINE_BYTES);
        while !before.is_char_boundary(cut) {
            cut += 1;
        }
        let words: Vec<Vec<String>> =
            sentence_words(&before[cut..]).into_iter().map(|(w, _)| readings(w)).collect();
        let tail = &words[words.len().saturating_sub(WINDOW_BEFORE_DATE)..];
        self.cues.iter().any(|(p, c, _)| matches!(c, Cue::Deadline) && occurrences(p, tail).next().is_some())
    }

    /// Whether some reading of `word` (see [`readings`]) is the first word of a rule that is not wild.
    fn starts_a_rule(&self, word: &str) -> bool {
        if !self.first_endings.has(word) {
            return false;
        }
        if self.firsts.contains(word) {
            return true;
        }
        if !matches!(word.chars().next(), Some('و' | 'ف' | 'ب' | 'ل' | 'ك')) {
            return false;
        }
        let mut key = String::new();
        // The clitic readings (all but the plain one) that can apply to a word with this first letter.
        let clitics = crate::tokens::readings_for(word.chars().next()).iter().skip(1);
        clitics.map(|&k| crate::tokens::CLITICS[k]).any(|(drop, put)| {
            word.strip_prefix(drop).is_some_and(|rest| {
                key.clear();
                key.push_str(put);
                key.push_str(rest);
                rest.chars().count() >= 2 && self.firsts.contains(key.as_str())
            })
        })
    }

    /// Whether [`Anchors::bounds`] finds a rule to try in `sentence`: a reading of some word is a key of
    /// `by_first`, or with a reading of the next word a key of `by_first_two`. Only words that start a rule
    /// ([`Anchors::starts_a_rule`]) are read further.
    fn looks_up_a_rule(&self, sentence: &str) -> bool {
        // A word that starts a rule, waiting for the word after it.
        let mut waiting: Option<String> = None;
        let mut found = false;
        each_word(sentence, &mut String::new(), |w, _| {
            if let Some(first) = waiting.take() {
                found = self.rule_at(&first, Some(w));
            }
            if !found && self.starts_a_rule(w) {
                waiting = Some(w.to_string());
            }
            !found
        });
        found || waiting.is_some_and(|first| self.rule_at(&first, None))
    }

    /// Whether a reading of `word` is a key of `by_first`, or with a reading of `next` of `by_first_two`.
    fn rule_at(&self, word: &str, next: Option<&str>) -> bool {
        let next_forms = next.map(|n| readings(n.to_string())).unwrap_or_default();
        let mut pair = String::new();
        readings(word.to_string()).iter().filter(|f| self.firsts.contains(f.as_str())).any(|f| {
            self.by_first.contains_key(f)
                || next_forms.iter().any(|g| {
                    pair.clear();
                    pair.push_str(f);
                    pair.push(PAIR);
                    pair.push_str(g);
                    self.by_first_two.contains_key(pair.as_str())
                })
        })
    }

    /// The bounds on publication that the anchors named in one sentence give.
    pub(crate) fn bounds(&self, sentence: &str, out: &mut Vec<Bound>) {
        // Most sentences name no anchor: with no rule looked up at any word (the same words, readings and
        // lookups as below, without building the readings of every word), nothing is named and there is no
        // bound.
        if self.wild.is_empty() && !self.looks_up_a_rule(sentence) {
            return;
        }
        let plain = sentence_words(sentence);
        let words: Vec<Vec<String>> = plain.into_iter().map(|(w, _)| readings(w)).collect();
        if words.is_empty() {
            return;
        }
        // (rule, first word) of the first occurrence of each rule's phrase. A rule whose phrase starts with
        // an exact word is only tried where a reading of that word stands (`by_first`), followed by a
        // reading of its exact second word (`by_first_two`); words are taken left to right, so the first
        // match of a rule is its first occurrence.
        let mut named: Vec<(usize, usize)> = Vec::new();
        let try_at = |rules: &[usize], i: usize, named: &mut Vec<(usize, usize)>| {
            for &k in rules {
                if occurs_at(&self.rules[k].phrase, &words, i) && !named.iter().any(|n| n.0 == k) {
                    named.push((k, i));
                }
            }
        };
        let mut pair = String::new();
        for &k in &self.wild {
            if let Some(at) = occurrences(&self.rules[k].phrase, &words).next() {
                named.push((k, at));
            }
        }
        for (i, forms) in words.iter().enumerate() {
            // Every rule of `by_first` and `by_first_two` starts with a word of `firsts`.
            for f in forms.iter().filter(|f| self.firsts.contains(f.as_str())) {
                if let Some(rules) = self.by_first.get(f) {
                    try_at(rules, i, &mut named);
                }
                for g in words.get(i + 1).map_or(&[][..], Vec::as_slice) {
                    pair.clear();
                    pair.push_str(f);
                    pair.push(PAIR);
                    pair.push_str(g);
                    if let Some(rules) = self.by_first_two.get(pair.as_str()) {
                        try_at(rules, i, &mut named);
                    }
                }
            }
        }
        // Rules in table order: an event named by several rules keeps its first rule's occurrence.
        named.sort_unstable();
        // (event, first word, last word) of each anchor named; one per event, the first.
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for (k, at) in named {
            let r = &self.rules[k];
            if hits.iter().any(|h| h.0 == r.event) {
                continue;
            }
            let with_ok = r.with.iter().all(|g| g.iter().any(|p| occurrences(p, &words).next().is_some()));
            let vetoed = self.unless[r.event].iter().any(|p| occurrences(p, &words).next().is_some());
            if with_ok && !vetoed {
                hits.push((r.event, at, at + r.phrase.len() - 1));
            }
        }
        if hits.is_empty() {
            return;
        }
        // Cues: (cue, first word, last word, id).
        // (cue, word) of every occurrence, found from the cues that start with some reading of each word,
        // then put in table order and word order, as scanning every cue over every word would give them.
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (i, forms) in words.iter().enumerate() {
            for f in forms {
                for &k in self.cues_by_first.get(f.as_str()).map_or(&[][..], Vec::as_slice) {
                    if occurs_at(&self.cues[k].0, &words, i) {
                        found.push((k, i));
                    }
                }
            }
        }
        for &k in &self.cues_wild {
            found.extend(occurrences(&self.cues[k].0, &words).map(|at| (k, at)));
        }
        found.sort_unstable();
        found.dedup();
        let cues: Vec<(&Cue, usize, usize, &str)> = found
            .into_iter()
            .map(|(k, at)| {
                let (p, cue, id) = &self.cues[k];
                (cue, at, at + p.len() - 1, id.as_str())
            })
            .collect();
        for (event, first, last) in hits {
            let e = &self.events[event];
            let near =
                |a: usize, b: usize| b + WINDOW >= first && a <= last + WINDOW && (b < first || a > last);
            let upcoming = cues.iter().find(|c| matches!(c.0, Cue::Upcoming) && near(c.1, c.2));
            let past = cues.iter().find(|c| matches!(c.0, Cue::Past) && near(c.1, c.2));
            let relative = cues.iter().find(|c| matches!(c.0, Cue::Relative { .. }) && near(c.1, c.2));
            let lead = cues
                .iter()
                .find(|c| matches!(c.0, Cue::Lead { .. }) && c.2 < first && c.2 + LEAD_GAP + 1 >= first);
            match e.kind {
                Kind::Meeting => match (upcoming, past) {
                    (Some(up), None) => {
                        // Publication is the day after the report's event at the latest, which is `min` days before.
                        let (earliest, latest) = match lead {
                            Some((Cue::Lead { min, max }, _, _, lid)) => (
                                add_days(e.start, -max).map(|d| (d, *lid)),
                                add_days(e.start, 1 - min).map(|d| d.min(e.last)),
                            ),
                            _ => (None, Some(e.last)),
                        };
                        let why = match earliest {
                            Some((_, lid)) => format!("{} upcoming [{}], {lid}", e.id, up.3),
                            None => format!("{} upcoming [{}]", e.id, up.3),
                        };
                        out.push(Bound { earliest: earliest.map(|x| x.0), latest, why });
                    }
                    (None, Some(p)) => {
                        out.push(self.held(e, relative, &format!("{} held [{}]", e.id, p.3)));
                    }
                    _ => {}
                },
                Kind::Event if upcoming.is_none() => out.push(self.held(e, relative, &e.id)),
                Kind::Lasting => {
                    out.push(Bound { earliest: Some(e.start), latest: None, why: format!("{} named", e.id) })
                }
                Kind::Event => {}
            }
        }
    }

    /// The bound from an event that has happened, narrowed by a relative cue next to it.
    fn held(&self, e: &Event, relative: Option<&(&Cue, usize, usize, &str)>, why: &str) -> Bound {
        let Some((Cue::Relative { unit, offset }, _, _, cid)) = relative else {
            return Bound { earliest: Some(e.start), latest: None, why: why.to_string() };
        };
        let (y, m) = (i32::from(e.start.year()), e.start.month() as u8);
        let (earliest, latest) = match unit {
            // Today or yesterday: the event's days moved by the offset (a day of slack for late publication).
            Unit::Day => (add_days(e.start, -i64::from(*offset)), add_days(e.end, 1 - i64::from(*offset))),
            Unit::Month => {
                let (py, pm) = add_months(y, m, -offset);
                (day(py, pm, 1).map(|d| d.max(e.start)), day(py, pm, days_in_month(py, pm)))
            }
            Unit::Year => (day(y - offset, 1, 1).map(|d| d.max(e.start)), day(y - offset, 12, 31)),
        };
        Bound { earliest, latest, why: format!("{why}, {cid}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_cover_both_genders() {
        assert!(ordinal_forms(22).contains(&"الثانية والعشرين".to_string()));
        assert!(ordinal_forms(22).contains(&"الثاني والعشرين".to_string()));
        assert!(ordinal_forms(11).contains(&"الحادية عشرة".to_string()));
        assert_eq!(ordinal_forms(1), ["الأولى", "الأول"]);
    }

    #[test]
    fn words_split_letters_from_digits_and_fold() {
        let w: Vec<String> = sentence_words("“أستانة-22” الـ٢٢ S-400").into_iter().map(|x| x.0).collect();
        assert_eq!(w, ["استانه", "22", "ال", "22", "s", "400"]);
    }

    #[test]
    fn a_rule_is_looked_up_only_where_its_first_words_stand() {
        let a = crate::DateReader::embedded().anchors;
        assert!(a.looks_up_a_rule("وشارك الوفد في الجولة 22 من محادثات أستانة"));
        assert!(a.looks_up_a_rule("وكانت روسيا قد دعت إلى مؤتمر سوتشي"));
        // الاجتماع starts rules (الاجتماع 22، الاجتماع الثاني والعشرين), none with the word after it here.
        assert!(a.starts_a_rule("الاجتماع"));
        assert!(!a.looks_up_a_rule("وبحث الاجتماع الوضع الإنساني"));
        assert!(!a.looks_up_a_rule("قصفت الطائرات ريف إدلب"));
    }

    #[test]
    fn the_endings_filter_lets_every_first_word_through_with_its_clitics() {
        let a = crate::DateReader::embedded().anchors;
        for first in &a.firsts {
            assert!(a.starts_a_rule(first), "{first}");
            // Each clitic reading, written back onto the word: وبالقرار, للقرار, لاتفاق, كاتفاق.
            for (drop, put) in crate::tokens::CLITICS.iter().skip(1) {
                let Some(rest) = first.strip_prefix(put) else { continue };
                let written = format!("{drop}{rest}");
                if rest.chars().count() >= 2 && readings(written.clone()).contains(first) {
                    assert!(a.starts_a_rule(&written), "{written} ({first})");
                }
            }
        }
        assert!(!a.starts_a_rule("الطائرات"));
    }

    #[test]
    fn clitics_are_read_off() {
        assert!(readings("وبالعقوبات".into()).contains(&"العقوبات".to_string()));
        assert!(readings("لاتفاق".into()).contains(&"اتفاق".to_string()));
        assert!(readings("للقرار".into()).contains(&"القرار".to_string()));
        assert_eq!(readings("القرار".into()), ["القرار"]);
    }
}
