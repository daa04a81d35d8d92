//! marsad-dates: every Arabic temporal expression in a news text, with its
//! exact span, a normalised value, a precision and how it was anchored.
//!
//! Arabic news dates events in a dozen ways: two month-name systems and
//! their pairings (`حزيران/يونيو`), year-less days (`22 تموز`), relative
//! words (`يوم أمس`, `الأسبوع الفائت`), parts of months (`منتصف ديسمبر`),
//! Hijri dates (`15 رمضان 1445`), ranges (`بين 10 و12 آذار`). This crate
//! reads them with a small grammar of named rules over table words from
//! `data/dates/*.toml`, and anchors the relative ones on the article's
//! publication date.
//!
//! # Overview
//!
//! - [`DateReader`]: the loaded tables and grammar; built once, shared.
//! - [`DateReader::find`]: the expressions of a text → [`DateMention`]s.
//! - [`DateReader::find_published`] / [`DateReader::infer_published`]: the
//!   article's own publication date, stated in a byline or inferred from the
//!   dated reference events the text names (`data/dates/anchors.toml`);
//!   [`DateReader::explain_published`] gives the clues and the interval;
//!   [`DateReader::find_byline`] locates the byline line in a body.
//! - [`DateReader::find_sentence`] / [`DateReader::count`]: the same reading
//!   for callers that split sentences themselves, and for benchmarks.
//!
//! The tables (month names of both systems, weekdays, relative words,
//! parts, number words, cue words) live in `data/dates/*.toml`, each entry
//! with a stable id that the `anchor` of a mention names; the grammar's
//! rules are listed in the `grammar` module (`day_month`, `month_part`,
//! `weekday`, `ago`, ...), and each mention's `anchor` starts with the rule
//! that fired.
//!
//! # Example
//!
//! ```
//! use marsad_dates::{DateReader, DateValue};
//!
//! let reader = DateReader::embedded();
//! let published = DateValue::day(2024, 11, 5);
//! let found = reader.find("التقى الروس والأتراك في 20 من آب، ثم يوم أمس.", &published);
//! let values: Vec<_> = found.iter().map(|d| (d.text.as_str(), d.value.value.as_deref())).collect();
//! assert_eq!(values, [("20 من آب", Some("2024-08-20")), ("يوم أمس", Some("2024-11-04"))]);
//! ```
//!
//! See `examples/seeds.rs` (scores the seed articles) and
//! `examples/bench.rs` (sentences per second).
//!
//! # Precision
//!
//! Values are `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or a range
//! `YYYY-MM-DD/YYYY-MM-DD` ([`Precision::Range`]), never finer than the
//! text and the publication date fix. Parts of months and years are
//! ranges (`منتصف ديسمبر 2023` → `2023-12-10/2023-12-20`; early, mid and
//! late years are January–March, May–August, October–December). Weeks
//! have no precision of their own: a week is the month that contains it.
//!
//! # Ambiguity
//!
//! - Relative to publication, never to crawl time or today: with no
//!   publication date, relative expressions are dropped, and year-less
//!   dates keep their text with an unknown value.
//! - Year-less dates: the publication year, moved back a year in a
//!   past-tense sentence (or forward in a future-tense one) when the day
//!   would otherwise fall on the wrong side of publication, except that a
//!   day within a month after publication is the coming one (a deadline or
//!   schedule: `بحلول 10 أكتوبر`); `الماضي` and `المقبل` override the tense.
//!   Tense is judged per clause, by the verb that governs the date: the
//!   nearest past verb or future mark before it in its clause, else the
//!   nearest after it (`قصفت الطائرات البلدة الجمعة وسيزور الوزير المنطقة`:
//!   last Friday).
//! - `اليوم التالي` follows the last day dated before it; when none is and
//!   it names its event (`اليوم التالي للقاء بوتين مع فيدان`), the day after
//!   the sentence elsewhere that dates that event (shared names).
//! - Hijri dates are converted with the Umm al-Qura calendar; the mention
//!   keeps the Hijri text, and the anchor the Hijri value.
//! - A month name with no cue around it is not read (`مارس` is also a verb),
//!   nor a day and month after a name head (`قوى 14 آذار`).
#![deny(missing_docs)]

mod anchors;
mod calendar;
mod error;
mod fold;
mod grammar;
mod lexicon;
mod resolve;
mod tokens;

use std::path::Path;

pub use crate::error::Error;
pub use marsad_model::{DateMention, DateValue, Precision, Span};

use crate::anchors::{Anchors, Bound};
use crate::grammar::{Expr, Grammar, Parse};
use crate::lexicon::{Lexicon, FILES};
use crate::resolve::{resolve, Pub};
use crate::tokens::{items, mark_tenses, Item, Scratch};

/// The date tables shipped in `data/dates`, compiled in.
const EMBEDDED: [(&str, &str); 6] = [
    ("months.toml", include_str!("../../../data/dates/months.toml")),
    ("weekdays.toml", include_str!("../../../data/dates/weekdays.toml")),
    ("relative.toml", include_str!("../../../data/dates/relative.toml")),
    ("parts.toml", include_str!("../../../data/dates/parts.toml")),
    ("numbers.toml", include_str!("../../../data/dates/numbers.toml")),
    ("cues.toml", include_str!("../../../data/dates/cues.toml")),
];

/// The dated reference events of `data/dates/anchors.toml`, compiled in.
const EMBEDDED_ANCHORS: &str = include_str!("../../../data/dates/anchors.toml");

/// Reads temporal expressions in cleaned Arabic text.
///
/// # Errors
///
/// Only loading fails ([`DateReader::from_dir`]); reading text never does.
///
/// # Cloning and sharing
///
/// `DateReader` is `Send + Sync`; build it once and share it (`Arc`) across
/// threads. Each call allocates its own small buffers.
#[derive(Debug)]
pub struct DateReader {
    lex: Lexicon,
    anchors: Anchors,
}

/// Buffers reused from sentence to sentence of one call.
#[derive(Default)]
struct Buffers<'l> {
    scratch: Scratch,
    items: Vec<Item<'l>>,
    parses: Vec<Parse>,
    /// Sequels that name their event (`اليوم التالي للقاء بوتين مع فيدان`) with no day dated before them.
    pending: Vec<PendingSequel>,
    /// The first day dated in each sentence: (sentence span, day).
    days: Vec<(Span, jiff::civil::Date)>,
}

/// A sequel waiting for the sentence that dates the event it names.
struct PendingSequel {
    span: Span,
    offset: i8,
    id: Option<u16>,
    /// The sentence it is in, and the words naming its event (up to the next comma or full stop).
    sentence: Span,
    named: Span,
}

/// One expression found in a sentence, before it becomes a [`DateMention`].
struct Found {
    span: Span,
    expr: Expr,
    /// The sentence speaks of the future.
    future: bool,
    value: DateValue,
    anchor: String,
}

impl DateReader {
    /// Loads `months.toml`, `weekdays.toml`, `relative.toml`, `parts.toml`,
    /// `numbers.toml`, `cues.toml` and `anchors.toml` from `dir`.
    ///
    /// # Errors
    ///
    /// A missing or unreadable file, bad TOML, or entries that break the
    /// table rules (duplicate ids, one spelling with two meanings of one
    /// kind, values out of range); the error names the file and entries.
    pub fn from_dir(dir: &Path) -> Result<DateReader, Error> {
        let mut texts = Vec::with_capacity(FILES.len());
        for name in FILES {
            let path = dir.join(name);
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io { path, source })?;
            texts.push((name, text));
        }
        let sources: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let lex = Lexicon::from_sources(dir, &sources)?;
        let path = dir.join("anchors.toml");
        let text =
            std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let anchors = Anchors::parse(&path, &text)?;
        Ok(DateReader { lex, anchors })
    }

    /// The tables of `data/dates` compiled into the binary.
    ///
    /// # Panics
    ///
    /// Never in a released build: the embedded tables are checked by this
    /// crate's tests.
    pub fn embedded() -> DateReader {
        let lex = Lexicon::from_sources(Path::new("data/dates"), &EMBEDDED)
            .expect("embedded data/dates tables are valid (checked by tests)");
        let anchors = Anchors::parse(Path::new("data/dates/anchors.toml"), EMBEDDED_ANCHORS)
            .expect("embedded data/dates/anchors.toml is valid (checked by tests)");
        DateReader { lex, anchors }
    }

    /// All temporal expressions in cleaned `text` (a whole body or one
    /// sentence), left to right; spans are byte offsets into `text`.
    ///
    /// `published` anchors relative and year-less expressions; see the
    /// crate docs for what happens when it is unknown or coarse.
    pub fn find(&self, text: &str, published: &DateValue) -> Vec<DateMention> {
        let pubd = Pub::from_value(published);
        let mut out = Vec::new();
        self.each(text, &pubd, |f| out.push(mention(text, f)));
        // Sequels resolved from a later sentence come last; keep text order.
        out.sort_by_key(|m| m.span.start);
        out
    }

    /// The expressions of a body and the publication date they were anchored on: `published` when known,
    /// else the date [`DateReader::infer_published`] gives, else unknown.
    ///
    /// The same result as [`DateReader::find`] followed, for an unknown date, by `infer_published` and a
    /// second `find` anchored on what it inferred, but the body is read once less: the reading with no
    /// publication date serves both the inference and, when nothing is inferred, the mentions.
    pub fn find_inferring(&self, body: &str, published: &DateValue) -> (Vec<DateMention>, DateValue) {
        self.find_inferring_in(body, &marsad_text::sentences(body), published)
    }

    /// [`DateReader::find_inferring`] for a caller that has split the body already: `sentences` must be
    /// `marsad_text::sentences(body)`, which every reading of the body would otherwise split again.
    pub fn find_inferring_in(
        &self,
        body: &str,
        sentences: &[Span],
        published: &DateValue,
    ) -> (Vec<DateMention>, DateValue) {
        let find = |published: &DateValue| {
            let mut out = Vec::new();
            self.each_in(body, sentences, &Pub::from_value(published), |f| out.push(mention(body, f)));
            out.sort_by_key(|m| m.span.start);
            out
        };
        if !published.is_unknown() {
            return (find(published), published.clone());
        }
        let mut unanchored = Vec::new();
        self.each_in(body, sentences, &Pub::Unknown, |f| unanchored.push(f));
        let inferred = self.published_from(body, sentences, &unanchored).value;
        if !inferred.is_unknown() {
            return (find(&inferred), inferred);
        }
        let mut out: Vec<DateMention> = unanchored.into_iter().map(|f| mention(body, f)).collect();
        out.sort_by_key(|m| m.span.start);
        (out, inferred)
    }

    /// The expressions of one sentence (no sentence splitting: `sentence`
    /// is read as one, its clauses judged for tense as [`DateReader::find`] does). For callers that already split
    /// text, such as `marsad bench`; spans are byte offsets into `sentence`.
    pub fn find_sentence(&self, sentence: &str, published: &DateValue) -> Vec<DateMention> {
        let pubd = Pub::from_value(published);
        let mut out = Vec::new();
        let mut buffers = Buffers::default();
        self.sentence(sentence, 0, &pubd, &mut buffers, &mut None, &mut |f| {
            out.push(DateMention {
                text: sentence[f.span.start..f.span.end].to_string(),
                span: f.span,
                value: f.value,
                anchor: f.anchor,
            })
        });
        out
    }

    /// How many expressions `text` holds, without building mentions (for
    /// benchmarks: the same work as [`DateReader::find`] minus the strings).
    pub fn count(&self, text: &str, published: &DateValue) -> usize {
        let pubd = Pub::from_value(published);
        let mut n = 0;
        self.each(text, &pubd, |_| n += 1);
        n
    }

    fn each(&self, text: &str, pubd: &Pub, emit: impl FnMut(Found)) {
        self.each_in(text, &marsad_text::sentences(text), pubd, emit);
    }

    /// [`DateReader::each`] over the sentences of `text` already split.
    fn each_in(&self, text: &str, sentences: &[Span], pubd: &Pub, mut emit: impl FnMut(Found)) {
        let mut buffers = Buffers::default();
        let mut previous = None;
        for &s in sentences {
            let Some(sentence) = text.get(s.start..s.end) else { continue };
            self.sentence(sentence, s.start, pubd, &mut buffers, &mut previous, &mut emit);
        }
        for p in std::mem::take(&mut buffers.pending) {
            if let Some(f) = self.sequel_of_named_event(text, &p, &buffers.days) {
                emit(f);
            }
        }
    }

    /// `في اليوم التالي للقاء بوتين مع فيدان` with no day dated before it: the day
    /// after the sentence elsewhere in the text that dates a day and shares most
    /// words (at least two, of four letters or more) with the event it names
    /// (`والتقى بوتين مع فيدان في 11 حزيران`).
    fn sequel_of_named_event(
        &self,
        text: &str,
        p: &PendingSequel,
        days: &[(Span, jiff::civil::Date)],
    ) -> Option<Found> {
        let content = |s: &str| -> Vec<String> {
            let mut w: Vec<String> = anchors::sentence_words(s)
                .into_iter()
                .map(|(w, _)| w)
                .filter(|w| w.chars().count() >= 4 && w.chars().all(|c| !c.is_ascii_digit()))
                .collect();
            w.sort();
            w.dedup();
            w
        };
        let named = content(text.get(p.named.start..p.named.end)?);
        let mut best: Option<(usize, jiff::civil::Date, Span)> = None;
        for (sentence, day) in days {
            if *sentence == p.sentence {
                continue;
            }
            let words = content(text.get(sentence.start..sentence.end)?);
            let shared = named.iter().filter(|w| words.binary_search(w).is_ok()).count();
            if shared >= 2 && best.is_none_or(|(n, ..)| shared > n) {
                best = Some((shared, *day, *sentence));
            }
        }
        let (shared, day, _) = best?;
        let d = calendar::add_days(day, i64::from(p.offset))?;
        let id = p.id.and_then(|i| self.lex.ids.get(i as usize));
        let why = format!(
            "{} after {} ({shared} words shared with the sentence that dates the event it names)",
            p.offset,
            calendar::ymd(day)
        );
        let anchor = match id {
            Some(id) => format!("sequel [{id}]: {why}"),
            None => format!("sequel: {why}"),
        };
        Some(Found {
            span: p.span,
            expr: Expr::Sequel { offset: p.offset },
            future: false,
            value: DateValue::day(i32::from(d.year()), d.month() as u8, d.day() as u8),
            anchor,
        })
    }

    /// Reads one sentence that starts at byte `base` of the text spans refer to.
    fn sentence<'l>(
        &'l self,
        sentence: &str,
        base: usize,
        pubd: &Pub,
        buffers: &mut Buffers<'l>,
        previous: &mut Option<jiff::civil::Date>,
        emit: &mut dyn FnMut(Found),
    ) {
        if !might_hold_date(sentence) {
            return;
        }
        let Buffers { scratch, items: its, parses, pending, days } = buffers;
        let here = Span::new(base, base + sentence.len());
        items(sentence, &self.lex, scratch, its);
        Grammar::new(its).parse(parses);
        if !parses.is_empty() {
            mark_tenses(sentence, &self.lex, scratch, its);
        }
        // A date is read in the tense of its own clause: `وحذرت الخارجية
        // الأمريكية الاثنين من أن واشنطن سوف ترد` warned last Monday; the
        // future is the reply's, told after أن. Measured (session 11): the
        // weekdays of five such sentences in dev2 now resolve to the past;
        // one date in dev (`وتقرر أن تجري في 24 حزيران`, a decision's
        // content, no future word after أن) went back a year.
        // Within the clause the verb that governs the date decides: the
        // nearest tense mark before it (Arabic puts the verb first: `قصفت
        // الطائرات البلدة الجمعة`), else the nearest after it (`وفي 20 تموز
        // سيزور الوزير`). A future word further on in the clause belongs to
        // another verb or noun (`قصفت البلدة يوم 20 تموز، وسيزور الوزير
        // المنطقة`; `أعلنت، السبت، بدء سحب السلاح من المنطقة المرتقبة`).
        let future_of = |p: &grammar::Parse| {
            for it in its[..p.start].iter().rev() {
                if it.future || it.past {
                    return it.future;
                }
                if it.opens_clause {
                    break;
                }
            }
            for (k, it) in its[p.end..].iter().enumerate() {
                if it.opens_clause {
                    return false;
                }
                // A participle right after the date qualifies it (`نهاية يونيو من العام المقبل`);
                // further on it describes another noun.
                let qualifies = !it.scheduled || k < SCHEDULED_REACH;
                if (it.future && qualifies) || it.past {
                    return it.future;
                }
            }
            false
        };
        let futures: Vec<bool> = parses.iter().map(future_of).collect();
        // Left to right, so a sequel (اليوم التالي) sees the last day dated before it.
        let mut values: Vec<Option<(DateValue, String)>> = Vec::with_capacity(parses.len());
        for (p, &future) in parses.iter().zip(&futures) {
            let v = resolve(&p.expr, &self.lex.parts, future, pubd, *previous);
            if let Some(day) = v.as_ref().and_then(|(v, _)| day_of(v)) {
                *previous = Some(day);
            }
            values.push(v);
        }
        for (k, p) in parses.iter().enumerate() {
            let Some(next) = p.apposition else { continue };
            if let Some((v, why)) = values[next].clone().filter(|(v, _)| v.precision == Precision::Day) {
                values[k] = Some((v, format!("same day as the date after it ({why})")));
            }
        }
        if let Some(day) = values.iter().flatten().find_map(|(v, _)| day_of(v)) {
            days.push((here, day));
        }
        for (p, v) in parses.iter().zip(values.iter()) {
            let Expr::Sequel { offset } = p.expr else { continue };
            if v.is_some() {
                continue;
            }
            // The sequel names its event with ل (للقاء، لاجتماع، للهجوم): look for it elsewhere.
            let Some(next) = its.get(p.end).filter(|it| sentence[it.span.start..].starts_with('ل')) else {
                continue;
            };
            let stop = its[p.end..]
                .iter()
                .find(|it| matches!(it.kind, tokens::Kind::Punct('،' | ',' | '.' | '؛' | ';')))
                .map_or(sentence.len(), |it| it.span.start);
            pending.push(PendingSequel {
                span: Span::new(base + its[p.start].span.start, base + its[p.end - 1].span.end),
                offset,
                id: p.id,
                sentence: here,
                named: Span::new(base + next.span.start, base + stop),
            });
        }
        for ((p, v), future) in parses.iter().zip(values).zip(futures) {
            let Some((value, why)) = v else { continue };
            let span = Span::new(base + its[p.start].span.start, base + its[p.end - 1].span.end);
            let id = p.id.and_then(|i| self.lex.ids.get(i as usize));
            let anchor = match id {
                Some(id) => format!("{} [{id}]: {why}", p.rule),
                None => format!("{}: {why}", p.rule),
            };
            emit(Found { span, expr: p.expr, future, value, anchor });
        }
    }

    /// The publication date a byline or dateline states (`05 سبتمبر 2020`,
    /// `فريق التحرير17 يونيو 2024آخر تحديث :`, `نشر في ...`, `- 17 يونيو 2024`):
    /// its first full day with a year, Gregorian first, else Hijri.
    pub fn find_published(&self, text: &str) -> Option<DateMention> {
        let mut first_hijri = None;
        let mut first = None;
        self.each(text, &Pub::Unknown, |f| {
            if first.is_some() || f.value.precision != Precision::Day {
                return;
            }
            match f.expr {
                Expr::Day { y: Some(_), .. } => first = Some(f),
                Expr::HijriDay { .. } if first_hijri.is_none() => first_hijri = Some(f),
                _ => {}
            }
        });
        let f = first.or(first_hijri)?;
        Some(DateMention {
            text: text[f.span.start..f.span.end].to_string(),
            span: f.span,
            value: f.value,
            anchor: format!("byline; {}", f.anchor),
        })
    }

    /// The byline of a body: the first of its first eight non-empty lines
    /// that is short (at most 12 words) and states a full date. Returns the
    /// line's span and the date, so a caller can drop the line from the body.
    pub fn find_byline(&self, body: &str) -> Option<(Span, DateMention)> {
        let mut offset = 0;
        let mut seen = 0;
        for line in body.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            seen += 1;
            if seen > 8 {
                break;
            }
            // Counted, not collected: most lines are paragraphs of far more words.
            let mut words = 0;
            marsad_text::each_token(trimmed, |_| words += 1);
            if words > 12 {
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            if let Some(mut m) = self.find_published(trimmed) {
                let base = start + lead;
                m.span = Span::new(base + m.span.start, base + m.span.end);
                return Some((Span::new(base, base + trimmed.len()), m));
            }
        }
        None
    }

    /// A publication date for an article that states none, from what its
    /// body says, or [`DateValue::unknown`]; see
    /// [`DateReader::explain_published`] for the rule. `found` is not
    /// needed: the rule re-reads `body`, which it needs for each sentence's
    /// tense.
    pub fn infer_published(&self, body: &str, found: &[DateMention]) -> DateValue {
        let _ = found;
        self.explain_published(body).value
    }

    /// The publication date of an article that states none, with the
    /// interval it was narrowed to and why.
    ///
    /// # Rule
    ///
    /// Every clue bounds publication from below, from above or both, and the
    /// value is what the intersection fixes: its month when both ends fall
    /// in one month, its year when in one year, else unknown. No clue is a
    /// guess, and contradicting clues give unknown, since every relative
    /// expression is anchored on the result.
    ///
    /// - A weekday or relative day *in apposition* with a full date (`يوم
    ///   الأحد 5 آذار 2024`, `أمس الخميس 3 آذار 2024`): a weekday is only
    ///   named for a day within a week of publication (the week after it in
    ///   a past-tense sentence, before it in a future one), `أمس` is the day
    ///   before.
    /// - A full date or a month with its year told in the past tense: the
    ///   report cannot be older than the events it tells (news keeps explicit
    ///   years for background, so this bounds only from below).
    /// - A dated reference event from `data/dates/anchors.toml` (`أستانة 22`,
    ///   `اتفاق سوتشي`, `القرار 2254`, the S-400 sanctions on Turkey), read
    ///   with the cue words next to it: held or happened → on or after its
    ///   start; upcoming (`المزمع`, `المقبلة`) → on or before it, and `قبل
    ///   أيام من` → at most ten days before; a relative cue next to a point
    ///   event (`في وقت سابق هذا الشهر`, `العام الماضي`, `أمس`) → in that
    ///   month, year or day as seen from publication.
    pub fn explain_published(&self, body: &str) -> InferredPublished {
        let sentences = marsad_text::sentences(body);
        let mut unanchored = Vec::new();
        self.each_in(body, &sentences, &Pub::Unknown, |f| unanchored.push(f));
        self.published_from(body, &sentences, &unanchored)
    }

    /// [`DateReader::explain_published`] from the expressions of `body` read with no publication date, in
    /// the order [`DateReader::each`] gave them.
    fn published_from(&self, body: &str, sentences: &[Span], unanchored: &[Found]) -> InferredPublished {
        let mut bounds: Vec<Bound> = Vec::new();
        for f in unanchored {
            let Some((start, _)) = f.value.bounds() else { continue };
            let Some(d) = calendar::day(start.0, start.1, start.2) else { continue };
            let day = f.value.precision == Precision::Day;
            let value = f.value.value.as_deref().unwrap_or("?");
            let (earliest, latest, why) = match f.expr {
                // A weekday that is not the date's own is a typo in one of them (الخميس 15 آذار 2017).
                Expr::Weekday { weekday, .. } if day && calendar::iso_weekday(d) != weekday => continue,
                Expr::Weekday { .. } if day && f.future => {
                    (calendar::add_days(d, -7), Some(d), format!("weekday in apposition with {value}"))
                }
                Expr::Weekday { .. } if day => {
                    (Some(d), calendar::add_days(d, 7), format!("weekday in apposition with {value}"))
                }
                Expr::RelDay { offset } if day => {
                    let p = calendar::add_days(d, -i64::from(offset));
                    (
                        p,
                        p.and_then(|p| calendar::add_days(p, 1)),
                        format!("relative day in apposition with {value}"),
                    )
                }
                // Months and years told in the past tense are too often plans and deadlines
                // (`الانتخابات في 2019`, `حتى نهاية 2018`) to bound publication; full days are not.
                Expr::Day { y: Some(_), .. }
                    if day && !f.future && !self.anchors.is_deadline(&body[..f.span.start]) =>
                {
                    (Some(d), None, format!("past-tense date {value}"))
                }
                _ => continue,
            };
            bounds.push(Bound { earliest, latest, why });
        }
        for s in sentences {
            if let Some(sentence) = body.get(s.start..s.end) {
                self.anchors.bounds(sentence, &mut bounds);
            }
        }
        let earliest = bounds.iter().filter_map(|b| b.earliest).max();
        let latest = bounds.iter().filter_map(|b| b.latest).min();
        let value = match (earliest, latest) {
            (Some(a), Some(b)) if a <= b && (a.year(), a.month()) == (b.year(), b.month()) => {
                DateValue::month(i32::from(a.year()), a.month() as u8)
            }
            (Some(a), Some(b)) if a <= b && a.year() == b.year() => DateValue::year(i32::from(a.year())),
            _ => DateValue::unknown(),
        };
        InferredPublished {
            value,
            earliest: earliest.map(calendar::ymd),
            latest: latest.map(calendar::ymd),
            clues: bounds
                .into_iter()
                .map(|b| PublishedClue {
                    earliest: b.earliest.map(calendar::ymd),
                    latest: b.latest.map(calendar::ymd),
                    why: b.why,
                })
                .collect(),
        }
    }
}

/// One clue to the publication date: the interval it allows, and what it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedClue {
    /// Publication is on or after this day (`YYYY-MM-DD`), if the clue says.
    pub earliest: Option<String>,
    /// Publication is on or before this day (`YYYY-MM-DD`), if the clue says.
    pub latest: Option<String>,
    /// What the clue was, naming the table entry (`SER-ASTANA-22 upcoming [CUE-ANC-UPCOMING]`).
    pub why: String,
}

/// How [`DateReader::explain_published`] dated an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InferredPublished {
    /// The publication date at the precision the bounds fix (month, year) or unknown.
    pub value: DateValue,
    /// The earliest day publication can be (`YYYY-MM-DD`), if bounded.
    pub earliest: Option<String>,
    /// The latest day publication can be (`YYYY-MM-DD`), if bounded.
    pub latest: Option<String>,
    /// Every clue found, in text order (grammar clues first, then anchors).
    pub clues: Vec<PublishedClue>,
}

/// How many items after a date a participle of the future (`المقبل`, `المرتقبة`) still qualifies it:
/// `يونيو من العام المقبل` (three); `أعلنت، السبت، بدء سحب السلاح من المنطقة العازلة المرتقبة` is far.
const SCHEDULED_REACH: usize = 3;

/// The mention of an expression found in `text`.
fn mention(text: &str, f: Found) -> DateMention {
    DateMention {
        text: text[f.span.start..f.span.end].to_string(),
        span: f.span,
        value: f.value,
        anchor: f.anchor,
    }
}

/// The calendar day of a day-precision value.
fn day_of(v: &DateValue) -> Option<jiff::civil::Date> {
    if v.precision != Precision::Day {
        return None;
    }
    let ((y, m, d), _) = v.bounds()?;
    calendar::day(y, m, d)
}

/// Every rule needs a digit or an Arabic letter; pure Latin or empty lines are skipped.
fn might_hold_date(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit() || b >= 0xC0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn reader_is_shareable() {
        assert_send_sync::<DateReader>();
    }

    #[test]
    fn embedded_tables_load_and_match_the_files() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/dates");
        let from_files = DateReader::from_dir(&dir).expect("data/dates loads");
        let embedded = DateReader::embedded();
        assert_eq!(from_files.lex.ids, embedded.lex.ids);
        assert!(from_files.anchors.ids().eq(embedded.anchors.ids()));
    }

    #[test]
    fn every_table_key_is_folded() {
        let r = DateReader::embedded();
        for key in r.lex.keys() {
            assert_eq!(key, lexicon::phrase_key(key), "key {key:?} is not in folded form");
        }
    }

    fn values(text: &str) -> Vec<(String, String)> {
        let reader = DateReader::embedded();
        let published = DateValue::day(2024, 11, 5);
        let found = reader.find(text, &published);
        found.into_iter().map(|m| (m.text, m.value.value.unwrap_or_default())).collect()
    }

    #[test]
    fn a_weekday_takes_the_tense_of_its_own_clause() {
        // Real 085 (not in real-gold): the summit is planned, the visit was
        // last Monday; the future is told in the relative clause.
        let got = values(
            "واستقبل الرئيس السوري بشار الأسد، الإثنين، وزير الخارجية الإيراني جواد ظريف، لبحث اجتماع \
             القمة الثلاثية التي تضم إيران وروسيا وتركيا حول الأزمة السورية، المقررة في 7 سبتمبر.",
        );
        assert_eq!(got, [("الإثنين".into(), "2024-11-04".into()), ("7 سبتمبر".into(), "2025-09-07".into())]);
        // Real 016: an explanation (وذلك) tells its own, past, act.
        let got =
            values("انها لن تتهاون مع المتمردين، وذلك ردا على هجوم انتحاري دموي وقع الاثنين في مدينة سوروتش.");
        assert_eq!(got, [("الاثنين".into(), "2024-11-04".into())]);
        // In the clause of the future word, the weekday is the next one.
        let got = values("وسيزور الوفد التركي دمشق الإثنين لبحث ملف اللاجئين.");
        assert_eq!(got, [("الإثنين".into(), "2024-11-11".into())]);
    }

    fn values_on(text: &str, published: DateValue) -> Vec<(String, String)> {
        let found = DateReader::embedded().find(text, &published);
        found.into_iter().map(|m| (m.text, m.value.value.unwrap_or_default())).collect()
    }

    #[test]
    fn a_future_word_later_in_the_sentence_does_not_move_a_past_date() {
        // Reviewer's cases (s18): the past verb governs the date; the future verb after it begins a
        // clause of its own.
        let jul25 = || DateValue::day(2015, 7, 25);
        let got = values_on("قصفت الطائرات البلدة يوم 20 تموز، وسيزور الوزير المنطقة.", jul25());
        assert_eq!(got, [("20 تموز".into(), "2015-07-20".into())]);
        let got = values_on("قصفت الطائرات البلدة الجمعة وسيزور الوزير المنطقة.", jul25());
        assert_eq!(got, [("الجمعة".into(), "2015-07-24".into())]);
        // Real 096 (published Sunday 2018-10-07): a participle of the future describes a later noun.
        let got = values_on(
            "وكانت الجبهة قد أعلنت، السبت، بدء سحب السلاح الثقيل من المنطقة العازلة المرتقبة.",
            DateValue::day(2018, 10, 7),
        );
        assert_eq!(got, [("السبت".into(), "2018-10-06".into())]);
        // Real 084 (published Tuesday 2018-09-04): the warning was Monday, the reply is to come.
        let got = values_on(
            "وحذرت الخارجية الأمريكية الاثنين من واشنطن سوف ترد فورا على أي هجوم كيميائي.",
            DateValue::day(2018, 9, 4),
        );
        assert_eq!(got, [("الاثنين".into(), "2018-09-03".into())]);
        // A past verb nearer the date than the future one: the report is dated, not the plan.
        let got =
            values("أعلنت وزارة الدفاع أن موسكو ستنشر قوات في الجولان، وفق ما ذكرت وكالة إنترفاكس الخميس.");
        assert_eq!(got, [("الخميس".into(), "2024-10-31".into())]);
        // A quotation is its speaker's clause.
        let got = values("وقال النائب الأحد \"هذا المرسوم لن يمر مرور الكرام\".");
        assert_eq!(got, [("الأحد".into(), "2024-11-03".into())]);
        // The future still governs its own dates: after the future verb, or before it with no verb
        // before the date in its clause.
        let got = values("أعلنت الوزارة أن الوزير سيزور دمشق الأحد.");
        assert_eq!(got, [("الأحد".into(), "2024-11-10".into())]);
        let got = values("وخلال الزيارة: في 24 نيسان سيزور الرئيس المقبرة العسكرية.");
        assert_eq!(got, [("24 نيسان".into(), "2025-04-24".into())]);
        let got = values("لكن الرئيس يواجه منافسة في الانتخابات المقررة في 24 حزيران.");
        assert_eq!(got, [("24 حزيران".into(), "2025-06-24".into())]);
    }

    #[test]
    fn a_verb_whose_root_ends_in_hamza_is_told_in_the_past() {
        // Bulk 1629 (published Saturday 2015-07-25), written with and without the hamza: `بدأت`
        // governs the weekday; the future verb after it tells that the operations go on.
        for verb in ["بدأت", "بدات"] {
            let got = values_on(
                &format!(
                    "وصرح داود اوغلو للصحافة ان \"العمليات التي {verb} الجمعة ليست انية بل ستتواصل\"، وذلك في \
                     اعقاب غارات شنها سلاح الجو التركي."
                ),
                DateValue::day(2015, 7, 25),
            );
            assert_eq!(got, [("الجمعة".into(), "2015-07-24".into())], "{verb}");
        }
        // Bulk 1198 (published Wednesday 2018-07-18): the same with a future verb after the date.
        let got = values_on(
            "بدأت حافلات بنقل مقاتلين ومدنيين من بلدتين سوريتين محاصرتين في وقت مبكر الخميس بموجب اتفاق \
             سيسمح للآلاف بالمغادرة.",
            DateValue::day(2018, 7, 18),
        );
        assert_eq!(got, [("الخميس".into(), "2018-07-12".into())]);
        // A verb of a hamza root that is not listed is known by its written ending.
        let got =
            values_on("وقال إن العناصر التي اختبأت الجمعة في المباني ستغادر.", DateValue::day(2015, 7, 25));
        assert_eq!(got, [("الجمعة".into(), "2015-07-24".into())]);
        // Not a verb: a plural written with madda (`منشآت`) leaves the weekday to the future verb
        // before it.
        let got = values("ستزور البعثة منشآت نووية الجمعة.");
        assert_eq!(got, [("الجمعة".into(), "2024-11-08".into())]);
    }

    #[test]
    fn last_night_is_the_day_before_publication() {
        let mar13 = || DateValue::day(2024, 3, 13);
        let got = values_on("اندلعت اشتباكات في منبج الليلة الماضية.", mar13());
        assert_eq!(got, [("الليلة الماضية".into(), "2024-03-12".into())]);
        let got = values_on("وكانت الطائرات قد قصفت البلدة بالأمس.", mar13());
        assert_eq!(got, [("الأمس".into(), "2024-03-12".into())]);
        let got = values_on("وانفجرت سيارة مفخخة صباح الأمس في السوق.", mar13());
        assert_eq!(got, [("صباح الأمس".into(), "2024-03-12".into())]);
    }

    #[test]
    fn a_leap_day_without_a_year_takes_the_nearest_leap_year() {
        let mar10 = || DateValue::day(2025, 3, 10);
        let got = values_on("وقعت الاشتباكات في 29 شباط قرب سراقب.", mar10());
        assert_eq!(got, [("29 شباط".into(), "2024-02-29".into())]);
        let got = values_on("ستعقد الانتخابات في 29 شباط بحسب المرسوم.", mar10());
        assert_eq!(got, [("29 شباط".into(), "2028-02-29".into())]);
    }

    #[test]
    fn ranges_across_months_and_years() {
        let jan10 = || DateValue::day(2025, 1, 10);
        let got = values_on("استمر القصف من 28 كانون الأول حتى 3 كانون الثاني على ريف إدلب.", jan10());
        assert_eq!(got, [("من 28 كانون الأول حتى 3 كانون الثاني".into(), "2024-12-28/2025-01-03".into())]);
        let got = values_on("استمر القصف من 28 كانون الأول 2023 حتى 3 كانون الثاني 2024.", jan10());
        assert_eq!(got[0].1, "2023-12-28/2024-01-03");
        let got = values("تراجعت الهجمات بين آذار وأيار 2019 بحسب المرصد.");
        assert_eq!(got, [("بين آذار وأيار 2019".into(), "2019-03-01/2019-05-31".into())]);
        let got = values("دارت المعارك من تشرين الثاني حتى شباط الماضي في ريف حلب.");
        assert_eq!(got, [("من تشرين الثاني حتى شباط الماضي".into(), "2023-11-01/2024-02-29".into())]);
        // Two months named without بين or من stay two months.
        let got = values("تراجعت الهجمات خلال شهري آذار ونيسان بحسب المرصد.");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_hijri_month_without_a_year_is_placed_from_publication() {
        // Ramadan 1445 (Umm al-Qura): 2024-03-11 to 2024-04-09; 1446 starts 2025-03-01.
        let got = values("ارتفعت الأسعار خلال شهر رمضان الماضي في إدلب.");
        assert_eq!(got[0].0, "شهر رمضان الماضي");
        assert!(got[0].1.starts_with("2024-03-1"), "{got:?}");
        let got = values("ارتفعت الأسعار خلال شهر رمضان في إدلب.");
        assert!(got[0].1.starts_with("2024-03-1"), "{got:?}");
        let got = values("وزعت الجمعية السلال في غرة رمضان على النازحين.");
        assert_eq!(got, [("غرة رمضان".into(), "2024-03-11".into())]);
        let got = values("ستوزع الجمعية السلال خلال شهر رمضان المقبل.");
        assert!(got[0].1.starts_with("2025-0"), "{got:?}");
        // A name is not a month.
        assert!(values("قال المتحدث محمد رمضان إن القصف مستمر.").is_empty());
    }

    #[test]
    fn a_year_joined_to_a_year_is_a_year() {
        let got = values("ساهمت قطر في تمويل الفصائل في 2012 و2013 بحسب التقرير.");
        assert_eq!(got, [("2012".into(), "2012".into()), ("2013".into(), "2013".into())]);
    }

    #[test]
    fn a_month_joined_to_a_month_is_a_month() {
        let got = values("تراجعت الهجمات خلال شهري آذار ونيسان بحسب المرصد.");
        assert_eq!(got, [("شهري آذار".into(), "2024-03".into()), ("نيسان".into(), "2024-04".into())]);
    }

    #[test]
    fn the_next_day_follows_the_day_dated_before_it() {
        let got = values("قصفت الطائرات البلدة في 3 آذار 2024. وعادت في اليوم التالي لقصفها مجدداً.");
        assert_eq!(
            got,
            [("3 آذار 2024".into(), "2024-03-03".into()), ("اليوم التالي".into(), "2024-03-04".into())]
        );
        let got = values("انطلقت الدورية يوم أمس، ووقع هجوم في اليوم نفسه.");
        assert_eq!(got[1], ("اليوم نفسه".into(), "2024-11-04".into()));
        // With no day dated before it, the next day has no anchor and is dropped.
        assert!(values("وأضافت الصحيفة أن الاجتماع حصل في اليوم التالي للقاء.").is_empty());
    }

    #[test]
    fn a_sequel_that_names_its_event_is_dated_from_the_sentence_that_dates_it() {
        let got = values(
            "وقالت الصحيفة إن الوفدين اجتمعا في اليوم التالي لاجتماع وزير الدفاع الروسي مع نظيره \
             الإيراني في طهران، دون تفاصيل. وكان وزير الدفاع الروسي قد التقى نظيره الإيراني في 3 تشرين \
             الأول في طهران. وقتل جندي في 20 تشرين الأول بقصف على إدلب.",
        );
        assert_eq!(got[0], ("اليوم التالي".into(), "2024-10-04".into()));
        assert_eq!(got[1], ("3 تشرين الأول".into(), "2024-10-03".into()));
        // Nothing else in the text shares the words of the event it names: no value, dropped.
        let got =
            values("وعقد الاجتماع في اليوم التالي لوصول الوفد. وقتل جندي في 20 تشرين الأول بقصف على إدلب.");
        assert_eq!(got, [("20 تشرين الأول".into(), "2024-10-20".into())]);
    }

    #[test]
    fn a_sentence_is_split_and_tense_is_per_sentence() {
        let got = values("عقد الاجتماع في 15 كانون الأول. وسيعقد اجتماع آخر في 15 كانون الأول.");
        assert_eq!(got[0].1, "2023-12-15");
        assert_eq!(got[1].1, "2024-12-15");
    }

    #[test]
    fn byline_forms() {
        let r = DateReader::embedded();
        let glued = r.find_published("فريق التحرير17 يونيو 2024آخر تحديث :").unwrap();
        assert_eq!(
            (glued.text.as_str(), glued.value.value.as_deref()),
            ("17 يونيو 2024", Some("2024-06-17"))
        );
        let piped = r.find_published("سياسي | 05 سبتمبر 2020 | مالك الحافظ").unwrap();
        assert_eq!(piped.value.value.as_deref(), Some("2020-09-05"));
        let dash = r.find_published("- 17 يونيو 2024").unwrap();
        assert_eq!(dash.value.value.as_deref(), Some("2024-06-17"));
        let numeric = r.find_published("نشر في 12/03/2024 - 10:30").unwrap();
        assert_eq!(numeric.value.value.as_deref(), Some("2024-03-12"));
        assert!(r.find_published("آخر تحديث :").is_none());
    }

    #[test]
    fn byline_line_is_located() {
        let r = DateReader::embedded();
        let body = "عنوان فرعي\nسياسي | 05 سبتمبر 2020 | مالك الحافظ\nللمرة الثانية خلال أقل من أسبوع.";
        let (line, m) = r.find_byline(body).unwrap();
        assert_eq!(&body[line.start..line.end], "سياسي | 05 سبتمبر 2020 | مالك الحافظ");
        assert_eq!(&body[m.span.start..m.span.end], "05 سبتمبر 2020");
    }

    #[test]
    fn inferred_publication_needs_a_weekday_in_apposition_with_a_full_date() {
        let r = DateReader::embedded();
        let body = "قصفت الطائرات البلدة يوم الأحد 3 آذار 2024. وكانت المعارك قد بدأت في 5 أيار 2011.";
        assert_eq!(r.infer_published(body, &[]), DateValue::month(2024, 3));
        let background = "قصفت الطائرات البلدة في 3 آذار 2024. وكانت المعارك قد بدأت عام 2011.";
        let contradicted = "بدأت المعارك يوم الأحد 3 آذار 2024. وقصفت الطائرات البلدة في 5 أيار 2024.";
        assert_eq!(r.infer_published(contradicted, &[]), DateValue::unknown());
        assert_eq!(r.infer_published(background, &[]), DateValue::unknown());
        assert_eq!(r.infer_published("جرى ذلك عام 2019 وأمس.", &[]), DateValue::unknown());
    }

    /// Seed 001 (no date line): the S-400 sanctions on Turkey were "earlier this month" → December 2020.
    #[test]
    fn an_anchored_event_with_this_month_fixes_the_month() {
        let r = DateReader::embedded();
        let body =
            "وأكد وزير الخارجية الروسي سيرغي لافروف الثلاثاء أن التعاون العسكري بين موسكو وأنقرة سيتواصل \
            رغم العقوبات التي فرضتها الولايات المتحدة في وقت سابق هذا الشهر على تركيا على خلفية شرائها منظومة \
            دفاع صاروخية روسية الصنع. وأعلنت الولايات المتحدة في منتصف ديسمبر فرض عقوبات على تركيا وذلك بسبب \
            شراء أنقرة منظومة الدفاع الجوي الروسية “أس-400”.";
        let got = r.explain_published(body);
        assert_eq!(got.value, DateValue::month(2020, 12));
        assert_eq!(got.earliest.as_deref(), Some("2020-12-14"));
        assert_eq!(got.latest.as_deref(), Some("2020-12-31"));
        // Without the relative cue the sanctions only bound publication from below: no value.
        let later = "وأعلنت الولايات المتحدة فرض عقوبات على تركيا بسبب شراء أنقرة منظومة الدفاع الجوي الروسية “أس-400”.";
        let got = r.explain_published(later);
        assert_eq!(got.value, DateValue::unknown());
        assert_eq!(got.earliest.as_deref(), Some("2020-12-14"));
        // A threat of sanctions is not the sanctions.
        let threat = "وهددت واشنطن بفرض عقوبات على تركيا إذا اشترت منظومة إس-400 الروسية هذا الشهر.";
        assert_eq!(r.explain_published(threat).earliest, None);
    }

    /// Seed 004 (no date line): "a few days before Astana 22, due on 11 تشرين الثاني" → November 2024.
    #[test]
    fn an_upcoming_meeting_bounds_from_above_and_a_lead_from_below() {
        let r = DateReader::embedded();
        let body =
            "انطلقت 3 سيارات تابعة للمخابرات التركية نحو النقطة الروسية، يوم أمس، لعقد اجتماع مع ضباط \
            روس، قبل أيام من انعقاد اجتماع “أستانة 22” المزمع عقده في 11 تشرين الثاني.";
        let got = r.explain_published(body);
        assert_eq!(got.value, DateValue::month(2024, 11));
        assert_eq!(
            (got.earliest.as_deref(), got.latest.as_deref()),
            (Some("2024-11-01"), Some("2024-11-11"))
        );
        // The ordinal form and a past cue: held, so publication is on or after it; no month without more.
        let held =
            "وأكد البيان الختامي للجولة الثانية والعشرين من محادثات أستانة التي عقدت في كازاخستان دعم الحل.";
        let got = r.explain_published(held);
        assert_eq!((got.value, got.earliest.as_deref()), (DateValue::unknown(), Some("2024-11-11")));
        // Named with no cue at all: a meeting is spoken of before it happens, so no bound.
        assert!(r.explain_published("وتناول الحديث جولة أستانة 22 ومسار الحل.").clues.is_empty());
    }

    #[test]
    fn finding_while_inferring_is_finding_then_inferring_then_finding_again() {
        let r = DateReader::embedded();
        let bodies = [
            // Inferred (2018-05): the mentions are re-anchored on it, `أمس` gets a value.
            "اختتمت أمس في أستانة الجولة التاسعة من المحادثات السورية بمشاركة روسيا وتركيا وإيران.",
            // Nothing inferred: the unanchored reading is the answer.
            "واختتمت هذا الشهر جولة أستانة 4 في كازاخستان. وذكر البيان اتفاق سوتشي حول إدلب في 17 أيلول 2018.",
            "قصفت طائرات حربية ريف إدلب الجنوبي يوم الخميس 5 آذار 2020، وقال المرصد إن الغارات استمرت أمس.",
        ];
        for body in bodies {
            let unknown = DateValue::unknown();
            let mut expected = r.find(body, &unknown);
            let inferred = r.infer_published(body, &expected);
            let want = match body {
                _ if body == bodies[0] => DateValue::month(2018, 5),
                _ if body == bodies[1] => DateValue::unknown(),
                // A full date in the text bounds the publication to its month.
                _ => DateValue::month(2020, 3),
            };
            assert_eq!(inferred, want, "{body}");
            if !inferred.is_unknown() {
                expected = r.find(body, &inferred);
            }
            assert_eq!(r.find_inferring(body, &unknown), (expected, inferred), "{body}");
            let stated = DateValue::day(2020, 3, 6);
            assert_eq!(r.find_inferring(body, &stated), (r.find(body, &stated), stated.clone()));
        }
    }

    #[test]
    fn a_held_meeting_yesterday_fixes_the_month_and_conflicts_give_nothing() {
        let r = DateReader::embedded();
        let body = "اختتمت أمس في أستانة الجولة التاسعة من المحادثات السورية بمشاركة روسيا وتركيا وإيران.";
        assert_eq!(r.infer_published(body, &[]), DateValue::month(2018, 5));
        // Sochi (2018) named after a held round of 2017 that was "this month": the bounds cross, nothing.
        let crossed = "واختتمت هذا الشهر جولة أستانة 4 في كازاخستان. وذكر البيان اتفاق سوتشي حول إدلب.";
        assert_eq!(r.infer_published(crossed, &[]), DateValue::unknown());
    }

    #[test]
    fn a_deadline_date_does_not_bound_publication() {
        let r = DateReader::embedded();
        let body = "وينص الاتفاق على سحب الأسلحة الثقيلة من المنطقة بحلول 10 أكتوبر 2018.";
        assert_eq!(r.explain_published(body).earliest, None);
        let told = "وقصفت الطائرات البلدة في 10 أكتوبر 2018.";
        assert_eq!(r.explain_published(told).earliest.as_deref(), Some("2018-10-10"));
    }

    #[test]
    fn a_weekday_that_is_not_the_dates_own_is_ignored() {
        let r = DateReader::embedded();
        // 15 March 2017 was a Wednesday: the year is a typo for 2018 (a real France 24 lede).
        let body = "دخلت الحرب في سوريا الخميس 15 آذار/مارس 2017 عامها الثامن.";
        assert_eq!(r.explain_published(body).latest, None);
    }

    #[test]
    fn missing_dir_names_the_file() {
        let err = DateReader::from_dir(Path::new("/nonexistent/dates")).unwrap_err().to_string();
        assert!(err.contains("/nonexistent/dates/months.toml"), "{err}");
    }
}
