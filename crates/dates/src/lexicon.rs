//! The date tables (month names, weekdays, relative words, parts, numbers,
//! cues) loaded from `data/dates/*.toml` into one lookup of folded phrases.
//!
//! # Invariants
//!
//! - Every key is folded ([`crate::fold`]) and is a sequence of letter runs
//!   joined by one space, exactly as [`crate::tokens`] splits running text.
//! - A key may carry several meanings of different kinds (`العام` is a year
//!   cue and a unit) and several cue roles, never two meanings of another
//!   kind (one spelling cannot name two months); loading rejects that.
//! - Every entry keeps its stable id, so an anchor names the data that fired.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::Error;
use crate::fold::fold;

/// A calendar unit counted by relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What the grammar does with a cue word; see `data/dates/cues.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    YearWord,
    MonthWord,
    DayWord,
    This,
    Ago,
    Between,
    From,
    To,
    Of,
    Intro,
    Today,
    HijriMarker,
    AdMarker,
    Future,
    Scheduled,
    NotFuture,
    Past,
    NotPast,
    NameHead,
    NotWeekday,
    Vague,
    Night,
    EarlierLater,
}

/// One meaning of a phrase. `id` indexes [`Lexicon::ids`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    Month { month: u8, hijri: bool, ambiguous: bool, id: u16 },
    Weekday { weekday: u8, id: u16 },
    RelDay { offset: i8, id: u16 },
    Sequel { offset: i8, id: u16 },
    Qual { offset: i8, id: u16 },
    Unit { unit: Unit, count: u8, id: u16 },
    Part { part: u8, id: u16 },
    Cardinal { value: u8 },
    Ordinal { value: u8 },
    Cue { role: Role },
}

/// A part of a month or year (early, mid, late).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Part {
    /// Inclusive days inside a month; 31 means the month's last day.
    pub days: (u8, u8),
    /// Inclusive months inside a year.
    pub months: (u8, u8),
}

/// Table maps keyed by folded words, hashed with `marsad_text::hash` (short keys, our own tables).
type WordMap<K, V> = marsad_text::hash::FxMap<K, V>;

/// The last two chars of a set of words, as bits: a char counts by its code point's low six bits and a
/// missing one (a word of one char) as the 65th row, so a pair added is always found and most pairs never
/// added are not.
#[derive(Debug, Clone)]
pub(crate) struct Endings([u64; 65]);

impl Default for Endings {
    fn default() -> Self {
        Endings([0; 65])
    }
}

impl Endings {
    /// (row, bit) of the last two chars of `word`.
    fn slot(word: &str) -> (usize, u64) {
        let mut back = word.chars().rev();
        let last = back.next().map_or(0, |c| c as usize & 63);
        let before = back.next().map_or(64, |c| c as usize & 63);
        (before, 1 << last)
    }

    pub(crate) fn add(&mut self, word: &str) {
        let (row, bit) = Endings::slot(word);
        self.0[row] |= bit;
    }

    /// Whether some word added may end as `word` does (never false for a word added).
    pub(crate) fn has(&self, word: &str) -> bool {
        let (row, bit) = Endings::slot(word);
        self.0[row] & bit != 0
    }
}

/// A bit set over the keys of [`Lexicon::longest`], read by their byte length, first four bytes and last
/// four bytes (two letters each in Arabic). Most words of news pass [`Endings`] (the first words end in
/// the commonest letters); a word's clitic readings share its ending but differ in length and head, so
/// this answers for each reading without building its key or hashing it.
#[derive(Debug, Clone)]
pub(crate) struct FirstKeys(Vec<u64>);

/// log2 of the bits in [`FirstKeys`]: 64K bits (8 KB) for a few hundred keys.
const FIRST_KEY_BITS: u32 = 16;

impl Default for FirstKeys {
    fn default() -> Self {
        FirstKeys(vec![0; 1 << (FIRST_KEY_BITS - 6)])
    }
}

/// Up to the first four bytes of `s`, as a number.
#[inline]
fn head4(s: &[u8]) -> u32 {
    match s.first_chunk::<4>() {
        Some(b) => u32::from_le_bytes(*b),
        None => short4(s),
    }
}

/// Up to the last four bytes of `s`, as a number.
#[inline]
fn tail4(s: &[u8]) -> u32 {
    match s.last_chunk::<4>() {
        Some(b) => u32::from_le_bytes(*b),
        None => short4(s),
    }
}

/// The bytes of `s` (fewer than four) as a number, zero-padded as `from_le_bytes` reads them; built byte by
/// byte, as a copy of a length known only at run time calls `memcpy`.
fn short4(s: &[u8]) -> u32 {
    s.iter().enumerate().fold(0, |x, (i, &b)| x | u32::from(b) << (8 * i))
}

impl FirstKeys {
    fn bit(len: usize, head: u32, tail: u32) -> (usize, u64) {
        let x = (u64::from(head) << 32 | u64::from(tail)).wrapping_add(len as u64);
        let h = (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FIRST_KEY_BITS)) as usize;
        (h >> 6, 1 << (h & 63))
    }

    fn add(&mut self, key: &str) {
        let k = key.as_bytes();
        let (word, bit) = FirstKeys::bit(k.len(), head4(k), tail4(k));
        self.0[word] |= bit;
    }

    /// Whether `put` + `rest` may be a key added (never false for one): the key is not built. `put` is
    /// empty or `ال`.
    #[inline]
    pub(crate) fn has(&self, put: &str, rest: &str) -> bool {
        let (p, r) = (put.as_bytes(), rest.as_bytes());
        let head = match p.len() {
            0 => head4(r),
            4.. => head4(p),
            _ => return true,
        };
        // The last four bytes of the key are the rest's unless the key is short enough to reach into `put`.
        if !p.is_empty() && r.len() < 4 {
            return true;
        }
        let (word, bit) = FirstKeys::bit(p.len() + r.len(), head, tail4(r));
        self.0[word] & bit != 0
    }
}

/// The loaded tables.
#[derive(Debug)]
pub(crate) struct Lexicon {
    phrases: WordMap<Box<str>, Vec<Word>>,
    /// Longest phrase (in words) starting with a folded word.
    longest: WordMap<Box<str>, u8>,
    /// How the keys of `longest` end, as [`Lexicon::may_start`] reads it.
    endings: Endings,
    /// The keys of `longest`, as [`Lexicon::may_be_first`] reads them.
    first_keys: FirstKeys,
    /// Longest first word, in bytes: longer words are not looked up.
    pub max_word: usize,
    /// Stable ids, indexed by the `id` fields of [`Word`].
    pub ids: Vec<String>,
    /// Month and year parts, indexed by `Word::Part::part`.
    pub parts: Vec<Part>,
}

/// The files `from_dir` reads, in the order they are merged.
pub(crate) const FILES: [&str; 6] =
    ["months.toml", "weekdays.toml", "relative.toml", "parts.toml", "numbers.toml", "cues.toml"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MonthEntry {
    id: String,
    calendar: String,
    system: String,
    month: u8,
    names: Vec<String>,
    #[serde(default)]
    ambiguous: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeekdayEntry {
    id: String,
    weekday: u8,
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OffsetEntry {
    id: String,
    offset: i8,
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitEntry {
    id: String,
    unit: String,
    count: u8,
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartEntry {
    id: String,
    days: (u8, u8),
    months: (u8, u8),
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumberEntry {
    id: String,
    value: u8,
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueEntry {
    id: String,
    role: String,
    names: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    month: Vec<MonthEntry>,
    #[serde(default)]
    weekday: Vec<WeekdayEntry>,
    #[serde(default)]
    day: Vec<OffsetEntry>,
    #[serde(default)]
    sequel: Vec<OffsetEntry>,
    #[serde(default)]
    qualifier: Vec<OffsetEntry>,
    #[serde(default)]
    unit: Vec<UnitEntry>,
    #[serde(default)]
    part: Vec<PartEntry>,
    #[serde(default)]
    cardinal: Vec<NumberEntry>,
    #[serde(default)]
    ordinal: Vec<NumberEntry>,
    #[serde(default)]
    cue: Vec<CueEntry>,
}

/// The folded key of a name: its letter runs, folded, joined by one space.
pub(crate) fn phrase_key(name: &str) -> String {
    let mut key = String::new();
    for word in name.split(|c: char| !c.is_alphabetic() && !is_mark(c)).filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&fold(word));
    }
    key
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}')
}

fn role(name: &str) -> Option<Role> {
    Some(match name {
        "year_word" => Role::YearWord,
        "month_word" => Role::MonthWord,
        "day_word" => Role::DayWord,
        "this" => Role::This,
        "ago" => Role::Ago,
        "between" => Role::Between,
        "from" => Role::From,
        "to" => Role::To,
        "of" => Role::Of,
        "intro" => Role::Intro,
        "today" => Role::Today,
        "hijri_marker" => Role::HijriMarker,
        "ad_marker" => Role::AdMarker,
        "future" => Role::Future,
        "scheduled" => Role::Scheduled,
        "not_future" => Role::NotFuture,
        "past" => Role::Past,
        "not_past" => Role::NotPast,
        "name_head" => Role::NameHead,
        "not_weekday" => Role::NotWeekday,
        "vague" => Role::Vague,
        "night" => Role::Night,
        "earlier_later" => Role::EarlierLater,
        _ => return None,
    })
}

#[derive(Default)]
struct Builder {
    lex: Option<Lexicon>,
    problems: Vec<String>,
    /// Each id and the file it was first defined in.
    seen_ids: HashMap<String, String>,
    /// The file being read, for the problems it has.
    file_name: String,
}

impl Builder {
    fn lex(&mut self) -> &mut Lexicon {
        self.lex.get_or_insert_with(|| Lexicon {
            phrases: WordMap::default(),
            longest: WordMap::default(),
            endings: Endings::default(),
            first_keys: FirstKeys::default(),
            max_word: 0,
            ids: Vec::new(),
            parts: Vec::new(),
        })
    }

    fn id(&mut self, id: &str) -> u16 {
        match self.seen_ids.get(id) {
            Some(first) => self.problems.push(format!("duplicate id {id} (first defined in {first})")),
            None => {
                self.seen_ids.insert(id.to_string(), self.file_name.clone());
            }
        }
        let lex = self.lex();
        lex.ids.push(id.to_string());
        (lex.ids.len() - 1) as u16
    }

    fn add(&mut self, id: &str, names: &[String], word: Word) {
        if names.is_empty() {
            self.problems.push(format!("{id}: no names"));
        }
        for name in names {
            let key = phrase_key(name);
            if key.is_empty() {
                self.problems.push(format!("{id}: name {name:?} has no letters"));
                continue;
            }
            let lex = self.lex();
            let meanings = lex.phrases.entry(key.clone().into_boxed_str()).or_default();
            if meanings.contains(&word) {
                continue;
            }
            // Cue roles combine freely (من opens a range and joins a day to its month).
            let same_kind = |w: &&Word| {
                std::mem::discriminant(*w) == std::mem::discriminant(&word)
                    && !matches!(word, Word::Cue { .. })
            };
            let clash = meanings.iter().find(same_kind);
            if let Some(other) = clash {
                let other = describe(other, &lex.ids);
                self.problems.push(format!("{id}: name {name:?} already means {other}"));
                continue;
            }
            meanings.push(word);
            let first = key.split(' ').next().unwrap_or_default().to_string();
            let len = key.split(' ').count() as u8;
            lex.max_word = lex.max_word.max(first.len());
            lex.endings.add(&first);
            lex.first_keys.add(&first);
            let longest = lex.longest.entry(first.into_boxed_str()).or_insert(0);
            *longest = (*longest).max(len);
        }
    }

    fn file(&mut self, file: File) {
        for m in file.month {
            let hijri = match m.calendar.as_str() {
                "gregorian" => false,
                "hijri" => true,
                other => {
                    self.problems.push(format!("{}: unknown calendar {other:?}", m.id));
                    continue;
                }
            };
            if !matches!(m.system.as_str(), "levantine" | "transliterated" | "maghrebi" | "hijri") {
                self.problems.push(format!("{}: unknown system {:?}", m.id, m.system));
            }
            if !(1..=12).contains(&m.month) {
                self.problems.push(format!("{}: month {} not in 1..=12", m.id, m.month));
                continue;
            }
            let id = self.id(&m.id);
            let word = Word::Month { month: m.month, hijri, ambiguous: m.ambiguous, id };
            self.add(&m.id, &m.names, word);
        }
        for w in file.weekday {
            if !(1..=7).contains(&w.weekday) {
                self.problems.push(format!("{}: weekday {} not in 1..=7", w.id, w.weekday));
                continue;
            }
            let id = self.id(&w.id);
            self.add(&w.id, &w.names, Word::Weekday { weekday: w.weekday, id });
        }
        for d in file.day {
            let id = self.id(&d.id);
            self.add(&d.id, &d.names, Word::RelDay { offset: d.offset, id });
        }
        for s in file.sequel {
            let id = self.id(&s.id);
            self.add(&s.id, &s.names, Word::Sequel { offset: s.offset, id });
        }
        for q in file.qualifier {
            if !(-2..=1).contains(&q.offset) {
                self.problems.push(format!("{}: qualifier offset {} not in -2..=1", q.id, q.offset));
                continue;
            }
            let id = self.id(&q.id);
            self.add(&q.id, &q.names, Word::Qual { offset: q.offset, id });
        }
        for u in file.unit {
            let unit = match u.unit.as_str() {
                "day" => Unit::Day,
                "week" => Unit::Week,
                "month" => Unit::Month,
                "year" => Unit::Year,
                other => {
                    self.problems.push(format!("{}: unknown unit {other:?}", u.id));
                    continue;
                }
            };
            let id = self.id(&u.id);
            self.add(&u.id, &u.names, Word::Unit { unit, count: u.count, id });
        }
        for p in file.part {
            let ok_days = p.days.0 >= 1 && p.days.0 <= p.days.1 && p.days.1 <= 31;
            let ok_months = p.months.0 >= 1 && p.months.0 <= p.months.1 && p.months.1 <= 12;
            if !ok_days || !ok_months {
                self.problems
                    .push(format!("{}: days {:?} or months {:?} out of order", p.id, p.days, p.months));
                continue;
            }
            let id = self.id(&p.id);
            let lex = self.lex();
            lex.parts.push(Part { days: p.days, months: p.months });
            let part = (lex.parts.len() - 1) as u8;
            self.add(&p.id, &p.names, Word::Part { part, id });
        }
        for n in file.cardinal {
            self.id(&n.id);
            self.add(&n.id, &n.names, Word::Cardinal { value: n.value });
        }
        for n in file.ordinal {
            if !(1..=31).contains(&n.value) {
                self.problems.push(format!("{}: ordinal {} not in 1..=31", n.id, n.value));
                continue;
            }
            self.id(&n.id);
            self.add(&n.id, &n.names, Word::Ordinal { value: n.value });
        }
        for c in file.cue {
            let Some(role) = role(&c.role) else {
                self.problems.push(format!("{}: unknown role {:?}", c.id, c.role));
                continue;
            };
            self.id(&c.id);
            self.add(&c.id, &c.names, Word::Cue { role });
        }
    }
}

fn describe(word: &Word, ids: &[String]) -> String {
    let id = |i: &u16| ids.get(*i as usize).cloned().unwrap_or_default();
    match word {
        Word::Month { id: i, .. }
        | Word::Weekday { id: i, .. }
        | Word::RelDay { id: i, .. }
        | Word::Sequel { id: i, .. }
        | Word::Qual { id: i, .. }
        | Word::Unit { id: i, .. }
        | Word::Part { id: i, .. } => id(i),
        other => format!("{other:?}"),
    }
}

impl Lexicon {
    /// Loads the tables from `(file name, text)` pairs; `dir` only names files in errors.
    pub(crate) fn from_sources(dir: &Path, sources: &[(&str, &str)]) -> Result<Lexicon, Error> {
        let mut b = Builder::default();
        b.lex();
        // Every file is read and every problem named, each with its file, so one run of
        // `lexicon check` shows them all (it stopped at the first file with one).
        let mut problems = Vec::new();
        for (name, text) in sources {
            let path: PathBuf = dir.join(name);
            b.file_name = name.to_string();
            match toml::from_str::<File>(text) {
                Ok(file) => b.file(file),
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
            problems.extend(b.problems.drain(..).map(|p| format!("{}: {p}", path.display())));
        }
        if !problems.is_empty() {
            return Err(Error::Invalid { path: dir.to_path_buf(), problems });
        }
        Ok(b.lex.take().expect("builder always holds a lexicon"))
    }

    /// The meanings of a folded phrase.
    pub(crate) fn get(&self, key: &str) -> Option<&[Word]> {
        self.phrases.get(key).map(Vec::as_slice)
    }

    /// False when no reading of the folded word `word` can start a phrase: every reading the tokenizer looks
    /// up keeps the word's last two letters (a clitic is taken off only when two letters are left), so a word
    /// that ends as no first word of a phrase does has [`Lexicon::longest`] 0 for all of them.
    pub(crate) fn may_start(&self, word: &str) -> bool {
        self.endings.has(word)
    }

    /// False when `put` + `rest` (a clitic reading of a folded word) starts no phrase, so
    /// [`Lexicon::longest`] would give 0 for it; true for most that start one.
    #[inline]
    pub(crate) fn may_be_first(&self, put: &str, rest: &str) -> bool {
        self.first_keys.has(put, rest)
    }

    /// The longest phrase, in words, that starts with this folded word (0 if none).
    pub(crate) fn longest(&self, first: &str) -> usize {
        self.longest.get(first).copied().unwrap_or(0) as usize
    }

    /// Every key, for checks.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.phrases.keys().map(|k| &**k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Lexicon, Error> {
        Lexicon::from_sources(Path::new("test"), &[("t.toml", text)])
    }

    #[test]
    fn two_months_on_one_spelling_is_rejected() {
        let t = r#"
[[month]]
id = "A"
calendar = "gregorian"
system = "levantine"
month = 3
names = ["آذار"]
[[month]]
id = "B"
calendar = "gregorian"
system = "levantine"
month = 4
names = ["اذار"]
"#;
        let err = load(t).unwrap_err().to_string();
        assert!(err.contains("B: name \"اذار\" already means A"), "{err}");
    }

    #[test]
    fn duplicate_ids_and_bad_values_are_all_reported() {
        let t = r#"
[[weekday]]
id = "W"
weekday = 9
names = ["الأحد"]
[[qualifier]]
id = "Q"
offset = 1
names = ["المقبل"]
[[qualifier]]
id = "Q"
offset = 1
names = ["القادم"]
"#;
        let err = load(t).unwrap_err().to_string();
        assert!(err.contains("W: weekday 9 not in 1..=7"), "{err}");
        assert!(err.contains("duplicate id Q (first defined in t.toml)"), "{err}");
    }

    /// A problem in one file does not hide those of the next: every file is read, every problem named
    /// with its file (a duplicate id across files names where it was first defined).
    #[test]
    fn the_problems_of_every_file_are_named_at_once() {
        let weekdays = "[[weekday]]\nid = \"W\"\nweekday = 9\nnames = [\"الأحد\"]\n\
                        [[weekday]]\nid = \"V\"\nweekday = 2\nnames = [\"الاثنين\"]\n";
        let relative = "[[qualifier]]\nid = \"V\"\noffset = 1\nnames = [\"المقبل\"]\n";
        let broken = "[[month]\n";
        let err = Lexicon::from_sources(
            Path::new("k"),
            &[("weekdays.toml", weekdays), ("relative.toml", relative), ("months.toml", broken)],
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("k/weekdays.toml: W: weekday 9 not in 1..=7"), "{err}");
        assert!(err.contains("k/relative.toml: duplicate id V (first defined in weekdays.toml)"), "{err}");
        assert!(err.contains("k/months.toml:"), "{err}");
    }

    #[test]
    fn unknown_field_names_the_file() {
        let err = load("[[month]]\nid = \"X\"\ncolour = 1\n").unwrap_err().to_string();
        assert!(err.starts_with("test/t.toml:"), "{err}");
    }

    #[test]
    fn keys_are_folded_phrases() {
        let lex =
            load("[[cue]]\nid = \"C\"\nrole = \"hijri_marker\"\nnames = [\"هـ\", \"للهجرة\"]\n").unwrap();
        assert!(lex.get("ه").is_some());
        assert_eq!(phrase_key("تشرين  الأول"), "تشرين الاول");
        assert_eq!(lex.longest("ه"), 1);
    }

    /// Every first word of a phrase passes the key filter in each shape the tokenizer asks about (bare, or the
    /// article put back before what follows a clitic: `للعام` → `ال` + `عام`), so the filter never turns away
    /// a reading the full lookup would find; most readings of the words of a sentence with no date do not.
    #[test]
    fn first_keys_let_every_first_word_through() {
        let lex = crate::DateReader::embedded().lex;
        for first in lex.longest.keys() {
            assert!(lex.may_be_first("", first), "{first}");
            if let Some(rest) = first.strip_prefix("ال") {
                assert!(lex.may_be_first("ال", rest), "ال + {rest}");
            }
        }
        let words = ["قصفت", "الطائرات", "الحربية", "مواقع", "للفصائل", "المسلحة", "ريف", "ادلب"];
        let passed = words.iter().filter(|w| lex.may_be_first("", &crate::fold::fold(w))).count();
        assert!(passed <= words.len() / 4, "{passed} of {}", words.len());
    }

    /// Every first word of a phrase, bare or with a clitic the tokenizer strips, may start one; most words
    /// of a sentence with no date may not, and are not looked up.
    #[test]
    fn endings_let_every_first_word_through() {
        let lex = crate::DateReader::embedded().lex;
        assert!(!lex.longest.is_empty());
        for first in lex.longest.keys() {
            // A clitic is taken off only when two letters are left.
            let clitics: &[&str] =
                if first.chars().count() >= 2 { &["", "و", "ب", "ول", "وب"] } else { &[""] };
            for clitic in clitics {
                assert!(lex.may_start(&format!("{clitic}{first}")), "{clitic}{first}");
            }
        }
        let words = ["قصفت", "الطائرات", "الحربية", "مواقع", "للفصائل", "المسلحة", "ريف", "ادلب"];
        let passed = words.iter().filter(|w| lex.may_start(w)).count();
        assert!(passed <= words.len() / 2, "{passed} of {}", words.len());
    }
}
