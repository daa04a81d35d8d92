//! The Arabic analysers of the search index.
//!
//! Two analysers share one tokenizer ([`ArabicTokenizer`]):
//!
//! - `ar_folded` (the exact field): each word folded with [`marsad_text::fold`] (hamza forms,
//!   ta marbuta, alef maqsura, harakat, tatweel), then every hamza seat made one letter
//!   ([`search_fold_char`]: `مسئول` and `مسؤول` meet; `مائة` and `مئة` too). `الدورية` and
//!   `الدوريه` meet here.
//! - `ar_stem` (the main field): folded, then clitic prefixes and suffixes stripped by
//!   [`light_stem`], a Light10-style stemmer (Larkey et al. 2007) on folded words. `دورية`,
//!   `الدوريات` and `دوريـ.ـات` all become `دوري`. A word that may open with a one-letter
//!   proclitic (`بإدلب`, `فحلب`, `لقسد`, or a `و` the stem keeps: `وحماة`) also gives its [`proclitic reading`](PROCLITIC_MARK) at
//!   the same position: the stem of the rest, marked, so a search can tell it from the word
//!   written alone.
//!
//! The fold here is the search's own: the lexicon and the coder match with
//! [`marsad_text::fold`], which keeps `ئ` → `ي` and `ؤ` → `و`.
//!
//! The tokenizer keeps obfuscated words whole: a `.` or `_` touching a tatweel inside a word
//! (`دوريـ.ـات`) joins, it does not split. Offsets are those of the original text, so
//! highlighted snippets point at what the outlet wrote.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Splits Arabic (and any) text into words, folding and optionally stemming each.
#[derive(Clone, Copy, Debug)]
pub struct ArabicTokenizer {
    /// Apply [`light_stem`] after folding.
    pub stem: bool,
    /// Emit only the (folded, unstemmed) words that stemming changes; the others still take
    /// their position. This is the exact field's index side: a word the stemmer leaves alone is
    /// already, as written, in the stemmed field, so only the changed forms need a second entry
    /// (half the exact field's postings). Queries on it use the full folded analyser.
    pub changed_by_stem_only: bool,
}

impl ArabicTokenizer {
    /// The stemmed analyser (`ar_stem`).
    pub const STEMMED: ArabicTokenizer = ArabicTokenizer { stem: true, changed_by_stem_only: false };
    /// The folded analyser (`ar_folded`, queries on the exact field).
    pub const FOLDED: ArabicTokenizer = ArabicTokenizer { stem: false, changed_by_stem_only: false };
    /// The exact field's index analyser: folded words that stemming changes.
    pub const EXACT_INDEX: ArabicTokenizer = ArabicTokenizer { stem: false, changed_by_stem_only: true };
}

const TATWEEL: char = '\u{0640}';

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | TATWEEL | '\u{200C}' | '\u{200D}')
}

/// The commonest non-ASCII characters between words of the corpus (Arabic comma first), none
/// alphanumeric: answered without `char::is_alphanumeric`'s slow table lookup.
const COMMON_SEPARATORS: [char; 10] = ['،', '«', '»', '\u{A0}', '؟', '”', '“', '؛', '–', '—'];

fn is_word(c: char) -> bool {
    // Arabic letters first: `char::is_alphanumeric` takes a slow table lookup outside ASCII.
    is_plain(c)
        || c.is_ascii_alphanumeric()
        || is_mark(c)
        || (!c.is_ascii() && !COMMON_SEPARATORS.contains(&c) && c.is_alphanumeric())
}

/// The next word span of `text` at or after byte `from`, with obfuscation joiners inside words.
fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    let (offset, first) = text[from..].char_indices().find(|&(_, c)| is_word(c))?;
    let start = from + offset;
    let mut prev = first;
    let mut end = start + first.len_utf8();
    loop {
        let mut rest = text[end..].chars();
        match rest.next() {
            Some(c) if is_word(c) => {
                prev = c;
                end += c.len_utf8();
            }
            // A joiner run (`.`, `_`, `-`) counts as part of the word when a tatweel touches it
            // and a word character follows: `دوريـ.ـات`, `المحـ.ـتلة`.
            Some('.' | '_' | '-' | '*') => {
                let joiners = text[end..].len() - text[end..].trim_start_matches(['.', '_', '-', '*']).len();
                match text[end + joiners..].chars().next() {
                    Some(c) if is_word(c) && (prev == TATWEEL || c == TATWEEL) => {
                        prev = c;
                        end += joiners + c.len_utf8();
                    }
                    _ => return Some((start, end)),
                }
            }
            _ => return Some((start, end)),
        }
    }
}

/// Characters `marsad_text::clean` leaves as they are whatever surrounds them inside a word:
/// core Arabic letters (tatweel excluded). A word of these alone (or of ASCII letters and
/// digits alone) folds character by character, without the full clean.
fn is_plain(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}')
}

/// Hamza on its own, the one form every hamza seat of a word folds to for search.
const HAMZA: char = '\u{0621}';
const WAW_HAMZA: char = '\u{0624}';
const YEH_HAMZA: char = '\u{0626}';

/// The search fold of one character of clean text: [`marsad_text::fold_char`], except that a
/// hamza on waw or yeh becomes the bare hamza `ء` (as [`marsad_text::fold_char`] would leave
/// `ء`). Writers choose the seat differently (`مسئول`/`مسؤول`, `شئون`/`شؤون`, `حلفائها`/`حلفاؤها`/
/// `حلفاءها`), while `ئ` and `ي` rarely stand for one another in a word (`هادئ`, `هادي`).
/// Same UTF-8 length as `c`.
pub fn search_fold_char(c: char) -> char {
    match c {
        WAW_HAMZA | YEH_HAMZA => HAMZA,
        c => marsad_text::fold_char(c),
    }
}

/// The folded search form of one word (joiners and marks removed).
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_word_into(word, &mut out);
    hundred(&mut out);
    out
}

/// `مائة` ("hundred", old spelling with a silent alef) as `مئة`: folded `ماءه` → `مءه`,
/// `ماءتين` → `مءتين`, also inside compounds (`ثلاثمائة`). Only a folded word ending in `ماءه`
/// or holding `ماءت` changes; `ماء` ("water") and `سماء` do not.
/// Returns whether it changed the word.
fn hundred(folded: &mut String) -> bool {
    const OLD: &str = "ماء";
    let Some(at) = folded.find(OLD) else { return false };
    let rest = &folded[at + OLD.len()..];
    if rest == "ه" || rest.starts_with('ت') {
        // Drop the alef (the two bytes after the meem).
        folded.replace_range(at + 2..at + 4, "");
        return true;
    }
    false
}

/// [`fold_word`] into `out` (cleared first): the index calls it once per word, reusing one buffer.
fn fold_word_into(word: &str, out: &mut String) {
    out.clear();
    // Most words of a cleaned body are plain (all core Arabic letters, or all ASCII letters and
    // digits): one pass folds them character by character. The index spends most of its time here.
    let (mut plain, mut ascii) = (true, true);
    for c in word.chars() {
        plain &= is_plain(c);
        ascii &= c.is_ascii_alphanumeric();
        if !plain && !ascii {
            break;
        }
        out.push(search_fold_char(c));
    }
    if plain || ascii {
        return;
    }
    out.clear();
    let joined: String = word.chars().filter(|c| !matches!(c, '.' | '_' | '-' | '*')).collect();
    // `clean` first composes decomposed hamza and presentation forms into the seats.
    let clean = marsad_text::clean(&joined).text;
    out.extend(clean.chars().map(search_fold_char).filter(|c| !is_mark(*c)));
}

/// Characters in `s` (for the affix tables, at compile time).
const fn char_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        if bytes[i] & 0xC0 != 0x80 {
            n += 1;
        }
        i += 1;
    }
    n
}

const PREFIXES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
/// Suffixes stripped, in order, each at most once. `يه` (folded `ية`) is cut to `ي` rather than
/// removed, and a bare `ي` is kept: so the nisba forms meet (`الدورية`, `الدوريات` → `دوري`;
/// `الروسية`, `الروسي` → `روسي`) without `دورية` collapsing into `دور` ("role").
const SUFFIXES: [(&str, &str); 7] =
    [("ها", ""), ("ان", ""), ("ات", ""), ("ون", ""), ("ين", ""), ("يه", "ي"), ("ه", "")];

/// Light10-style stemming of a folded word.
///
/// Order (as Light10): a leading `و` when the word has four letters or more and the rest is
/// plainly a word (see `stem_plan`), then one article prefix when two letters remain, then each suffix of `SUFFIXES` once, in order, when
/// two letters remain. Folding has already turned `ة` into `ه`, so `ية`/`ة` appear as `يه`/`ه`.
pub fn light_stem(word: &str) -> String {
    let mut w = word.to_string();
    light_stem_in_place(&mut w);
    w
}

/// [`PREFIXES`] with their lengths in letters.
const PREFIX_LETTERS: [(&str, usize); PREFIXES.len()] = {
    let mut out = [("", 0); PREFIXES.len()];
    let mut i = 0;
    while i < PREFIXES.len() {
        out[i] = (PREFIXES[i], char_count(PREFIXES[i]));
        i += 1;
    }
    out
};

/// [`SUFFIXES`] with the letters each removes and adds.
const SUFFIX_LETTERS: [(&str, &str, usize, usize); SUFFIXES.len()] = {
    let mut out = [("", "", 0, 0); SUFFIXES.len()];
    let mut i = 0;
    while i < SUFFIXES.len() {
        let (suffix, keep) = SUFFIXES[i];
        out[i] = (suffix, keep, char_count(suffix), char_count(keep));
        i += 1;
    }
    out
};

/// Marks a proclitic reading in the stemmed field: `_ادلب` is `ادلب` read after a one-letter
/// proclitic (`بإدلب`), kept apart from `ادلب` written alone so that a search for a word
/// written alone can take both, and a search for a word that may carry a proclitic takes the
/// rest only as written alone (`بقاء` and `لقاء` do not meet through `قاء`). No token holds `_`
/// otherwise: the tokenizer drops joiners.
pub const PROCLITIC_MARK: char = '_';

/// One-letter proclitics (UTF-8): ب "in, by", ل "for, to", ف "so". Light10 strips them only
/// before the article (`بال`, `لل`, `فال`, in [`PREFIXES`]); written before a name they are
/// common (`بإدلب`, `لقسد`, `فحلب`), and just as common as a word's first root letter (`بلدة`,
/// `لبنان`, `فرنسا`): hence a second reading, never a replacement. Not ك "as": on the bulk
/// corpus most of its readings were root letters (`كامل` → `امل`, `كيري` → `يري`), few were
/// proclitics (`كدولة`). A leading و the stem keeps ([`stem_plan`]: `وحماة`, `وقتل`, `وادي`)
/// is read the same way ([`WAW`]).
const PROCLITICS: [[u8; 2]; 3] = [[0xD8, 0xA8], [0xD9, 0x84], [0xD9, 0x81]];

/// Letters a proclitic reading's stem needs: with two, a root-initial word too often reads as
/// a common short word (`لحظة` → `حظ`, `فرقة` → `رق` as in `الرقة`, `لجنة` → `جن`). The price:
/// `بغزة` does not meet `غزة` (stem `غز`).
const MIN_READING_LETTERS: usize = 3;

/// Stems a proclitic reading never gives: function words, which a word opening with ب/ل/ف
/// would otherwise meet (`بلدية` → `لدي` as in `لدى`; `لذلك` → `ذلك`, `بهذا` → `هذا`).
const NOT_A_READING: [&str; 4] = ["ذلك", "لدي", "هذا", "هذه"];

/// Where the proclitic of a folded word of `letters` letters would be, given the bytes its
/// stem plan cuts at the front: after a `و` the plan cut (`وبإدلب`), else at the start, where
/// a `و` the plan kept counts too (`وحماة`); `None` when the plan cut an article prefix (its
/// readings are Light10's) or the letter there is no proclitic.
fn proclitic_at(w: &str, plan_start: usize) -> Option<usize> {
    let b = w.as_bytes();
    let at = match plan_start {
        0 => 0,
        2 if b.starts_with(WAW) => 2,
        _ => return None,
    };
    let letter = b.get(at..at + 2)?;
    (PROCLITICS.iter().any(|p| p == letter) || (at == 0 && letter == WAW)).then_some(at)
}

/// The proclitic reading of a folded Arabic word of `letters` letters whose stem plan cuts
/// `plan_start` bytes at the front, into `out` (marked with [`PROCLITIC_MARK`]); `false` when
/// it has none. The word has one when it opens with a proclitic ([`proclitic_at`]) followed by
/// at least [`MIN_READING_LETTERS`] letters that stem to a word of at least as many letters,
/// not in [`NOT_A_READING`]. The reading is that stem: what the rest gives written alone
/// (`بإدلب` → `_ادلب`, `ادلب` the stem of `إدلب`).
fn proclitic_reading(w: &str, letters: usize, plan_start: usize, out: &mut String) -> bool {
    let Some(at) = proclitic_at(w, plan_start) else { return false };
    // The letters after the proclitic (and the `و` before it).
    if letters < MIN_READING_LETTERS + 1 + at / 2 {
        return false;
    }
    out.clear();
    out.push_str(&w[at + 2..]);
    light_stem_in_place(out);
    if out.chars().count() < MIN_READING_LETTERS || NOT_A_READING.contains(&out.as_str()) {
        return false;
    }
    out.insert(0, PROCLITIC_MARK);
    true
}

/// Whether a word typed in a search, folded as `folded`, may be read as its proclitic reading
/// `reading` (unmarked; the search then also takes the rest when it is the commoner word).
/// Stricter than the index's readings, because the typed word is what the user asked for:
/// not after a `و` the stem keeps (`وادي` is "valley", not "and" + `أدى`; `وزارة`, `ورقة`), and
/// a reading of three letters only when it is the rest exactly as typed (`بحلب`, `لقسد`), not
/// one a suffix cut shortened (`بادية` is not ب + `أدى` through `ادية`).
pub fn typed_word_takes_reading(folded: &str, reading: &str) -> bool {
    let letters = folded.chars().count();
    let (plan_start, ..) = stem_plan(folded.as_bytes(), letters);
    let Some(at) = proclitic_at(folded, plan_start) else { return false };
    if folded.as_bytes()[at..].starts_with(WAW) {
        return false;
    }
    reading.chars().count() > MIN_READING_LETTERS || folded.get(at + 2..) == Some(reading)
}

/// [`light_stem`] of `w`, in place.
fn light_stem_in_place(w: &mut String) {
    let bytes = w.as_bytes();
    let letters = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    // U+0621..=U+064A: a lead byte 0xD8 or 0xD9 (never a continuation byte) and its second byte.
    let arabic = bytes.windows(2).any(|p| matches!(p, [0xD8, 0xA1..=0xBF] | [0xD9, 0x80..=0x8A]));
    if arabic {
        apply_stem(w, letters);
    }
}

/// The two bytes of a one-letter affix, or the four of a two-letter one, as one integer: the
/// affix tests compare integers, not slices (no memcmp per affix).
const fn affix_bits(s: &str) -> u64 {
    let b = s.as_bytes();
    let (mut v, mut i) = (0u64, 0);
    while i < b.len() {
        v = v << 8 | b[i] as u64;
        i += 1;
    }
    v
}

/// The first eight bytes of `w` as one big-endian integer, zeros after its end: a prefix of
/// `len` bytes is its top `len` bytes (and a zero there, past a short word, matches no affix,
/// whose UTF-8 bytes are never zero).
#[inline(always)]
fn head_bits(w: &[u8]) -> u64 {
    match w.first_chunk::<8>() {
        Some(head) => u64::from_be_bytes(*head),
        None => w.iter().enumerate().fold(0u64, |v, (i, &b)| v | u64::from(b) << (56 - 8 * i)),
    }
}

/// The last four bytes of `w` as one big-endian integer, zeros before its start: a suffix of
/// `len` bytes is its low `len` bytes.
#[inline(always)]
fn tail_bits(w: &[u8]) -> u32 {
    match w.last_chunk::<4>() {
        Some(tail) => u32::from_be_bytes(*tail),
        None => w.iter().fold(0u32, |v, &b| v << 8 | u32::from(b)),
    }
}

/// [`PREFIX_LETTERS`] with their bytes as integers.
const PREFIX_BITS: [(u64, usize, usize); PREFIXES.len()] = {
    let mut out = [(0, 0, 0); PREFIXES.len()];
    let mut i = 0;
    while i < PREFIXES.len() {
        out[i] = (affix_bits(PREFIXES[i]), PREFIXES[i].len(), PREFIX_LETTERS[i].1);
        i += 1;
    }
    out
};

/// [`SUFFIX_LETTERS`] with their bytes as integers.
const SUFFIX_BITS: [(u64, usize, &str, usize, usize); SUFFIXES.len()] = {
    let mut out = [(0, 0, "", 0, 0); SUFFIXES.len()];
    let mut i = 0;
    while i < SUFFIXES.len() {
        let (suffix, keep, n, k) = SUFFIX_LETTERS[i];
        out[i] = (affix_bits(suffix), suffix.len(), keep, n, k);
        i += 1;
    }
    out
};

/// What [`light_stem`] does to a word containing Arabic, of `letters` letters: bytes cut at the
/// front, the byte length kept before the replacement, the replacement. Every step shortens
/// the word, so the stem equals the word exactly when the plan is `(0, w.len(), "")`.
///
/// A leading `و` ("and") is cut, as Light10 cuts it, only when what follows is plainly a word
/// of its own: it opens with an article prefix (`والدوريات`, `وبالقصف`) or stems to
/// [`MIN_STEM_AFTER_WA`] letters or more (`وإدلب`, `وبدمشق`). Otherwise `و` is as likely the
/// word's first root letter (`وادي`, `ورقة`, `وزير`, `وزارة`) as "and" (`وقتل`, `وحماة`): the
/// word is stemmed whole, and its rest is a [`proclitic reading`](PROCLITIC_MARK), as after ب.
#[inline]
fn stem_plan(w: &[u8], letters: usize) -> (usize, usize, &'static str) {
    if letters > 3 && w.starts_with(WAW) {
        let (start, end, keep, left) = light_plan(w, WAW.len(), letters - 1);
        if start > WAW.len() || left >= MIN_STEM_AFTER_WA {
            return (start, end, keep);
        }
    }
    let (start, end, keep, _) = light_plan(w, 0, letters);
    (start, end, keep)
}

/// `و` as UTF-8.
const WAW: &[u8] = "و".as_bytes();

/// Letters the stem of a word's rest after `و` needs for the `و` to be cut: with three,
/// `وادي` became `ادي` (`أدى`, "led to"), `وزارة` became `زار` ("visited") and `ورقة` ("paper")
/// `رق` as in `الرقة` (search review, session 18).
const MIN_STEM_AFTER_WA: usize = 4;

/// Light10's article prefixes and suffixes on `w[start..]` (of `letters` letters): the plan as
/// [`stem_plan`] gives it, and the letters of the stem.
#[inline]
fn light_plan(w: &[u8], mut start: usize, mut letters: usize) -> (usize, usize, &'static str, usize) {
    // Affixes are at most 6 bytes (prefixes) and 4 (suffixes): each test is a shift, a mask
    // and a compare on the word's head or tail loaded once (`affix_tables_fit_the_loads`).
    let head = head_bits(&w[start..]);
    for (p, len, n) in PREFIX_BITS {
        if letters >= n + 2 && head >> (64 - 8 * len) == p {
            start += len;
            letters -= n;
            break;
        }
    }
    let mut end = w.len();
    let mut tail = tail_bits(w);
    for (suffix, len, keep, n, k) in SUFFIX_BITS {
        let mask = u32::MAX >> (32 - 8 * len);
        if letters >= n + 2 && end - start >= len && tail & mask == suffix as u32 {
            end -= len;
            letters = letters - n + k;
            if !keep.is_empty() {
                // The only replacement (`يه` → `ي`) is followed only by `ه`, which `ي` does
                // not end with (`suffix_order_lets_the_plan_stop_at_a_replacement`).
                return (start, end, keep, letters);
            }
            tail = tail_bits(&w[..end]);
        }
    }
    (start, end, "", letters)
}

/// [`light_stem_in_place`] of a word known to contain Arabic, of `letters` letters.
#[inline]
fn apply_stem(w: &mut String, letters: usize) {
    let plan = stem_plan(w.as_bytes(), letters);
    apply_plan(w, plan);
}

/// Cuts `w` as [`stem_plan`] planned.
#[inline]
fn apply_plan(w: &mut String, (start, end, keep): (usize, usize, &'static str)) {
    w.truncate(end);
    w.push_str(keep);
    if start > 0 {
        w.drain(..start);
    }
}

/// A word the fast scan read whole: all plain Arabic letters (with their count) or all ASCII
/// letters and digits (never stemmed).
enum FastWord {
    Arabic(usize),
    Ascii,
}

/// How [`search_fold_char`] changes the character of UTF-8 bytes `lead`, `second`: `None`
/// when it is no plain letter (U+0621..=U+064A but tatweel), `Some("")` when folding keeps
/// it, else its folded form.
#[inline(always)]
fn fold_plain(lead: u8, second: u8) -> Option<&'static str> {
    match (lead, second) {
        (0xD8, 0xA2 | 0xA3 | 0xA5) => Some("ا"),
        (0xD8, 0xA4 | 0xA6) => Some("ء"),
        (0xD9, 0x89) => Some("ي"),
        (0xD8, 0xA9) => Some("ه"),
        (0xD8, 0xA1..=0xBF) | (0xD9, 0x81..=0x8A) => Some(""),
        _ => None,
    }
}

/// Scans the word starting at byte `start` (a plain or ASCII alphanumeric character) folding
/// it into `out`. Returns its end and kind when the word is plain Arabic or plain ASCII and
/// ends there as [`next_word`] ends it; `None` when the word needs the general path (other
/// word characters, or joiners followed by a tatweel).
#[inline]
fn fast_word(text: &str, start: usize, out: &mut String) -> Option<(usize, FastWord)> {
    let b = text.as_bytes();
    out.clear();
    let mut i = start;
    let kind = if b[i].is_ascii() {
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            out.push(char::from(b[i].to_ascii_lowercase()));
            i += 1;
        }
        FastWord::Ascii
    } else {
        // Most letters fold to themselves: the word is copied in runs between the few that
        // change, not character by character.
        let (mut letters, mut run) = (0, i);
        while i + 1 < b.len() {
            match fold_plain(b[i], b[i + 1]) {
                None => break,
                Some("") => {}
                Some(folded) => {
                    out.push_str(&text[run..i]);
                    out.push_str(folded);
                    run = i + 2;
                }
            }
            letters += 1;
            i += 2;
        }
        out.push_str(&text[run..i]);
        FastWord::Arabic(letters)
    };
    // The word ends at `i` only if what follows is no word character, and no joiner run
    // followed by a tatweel (the last character, plain, is not one).
    let next = text[i..].chars().next();
    match next {
        None => Some((i, kind)),
        Some(c) if is_word(c) => None,
        Some('.' | '_' | '-' | '*') => {
            let rest = text[i..].trim_start_matches(['.', '_', '-', '*']);
            if rest.starts_with(TATWEEL) {
                None
            } else {
                Some((i, kind))
            }
        }
        Some(_) => Some((i, kind)),
    }
}

/// The byte at which the next word starts, at or after `from`.
#[inline]
fn next_word_start(text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from;
    while i < b.len() {
        let lead = b[i];
        if lead.is_ascii() {
            if lead.is_ascii_alphanumeric() {
                return Some(i);
            }
            i += 1;
            continue;
        }
        if matches!((lead, b.get(i + 1)), (0xD8, Some(0xA1..=0xBF)) | (0xD9, Some(0x81..=0x8A))) {
            return Some(i);
        }
        let c = text[i..].chars().next()?;
        if is_word(c) {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// Words of one text that stemming changes, as the stemmed analyser met them: what the exact
/// field's index analyser ([`ArabicTokenizer::EXACT_INDEX`]) emits for that text.
///
/// tantivy analyses a document's fields in field order, the title and the body stemmed first,
/// then both again for the exact field. The stemmed analyser already folds every word and plans
/// its stem, so it keeps the words the plan changes (folded, with offsets and position) for
/// the text it analysed; the exact analyser, given the same text (compared byte for byte) on the
/// same thread, replays them instead of scanning, folding and planning every word again. The
/// tokens are the same by construction: both analysers find, fold and number words alike, and
/// the exact one keeps exactly the words whose plan is not the identity.
#[derive(Default)]
struct ChangedWords {
    /// The text analysed.
    text: String,
    /// The stemmed analyser reached the end of `text` (`words` is every changed word).
    complete: bool,
    /// Position, byte offsets in `text`, and end of the folded form in `folded`.
    words: Vec<(usize, usize, usize, usize)>,
    /// The folded forms, one after another.
    folded: String,
}

/// Texts a document may give both analysers: its title and its body.
const RECORDED_TEXTS: usize = 2;

thread_local! {
    /// The changed words of the last texts the stemmed analyser went through on this thread
    /// (each slot taken by a stream while it runs), and the slot the next one fills.
    static RECORDED: std::cell::RefCell<([Option<ChangedWords>; RECORDED_TEXTS], usize)> =
        const { std::cell::RefCell::new(([None, None], 0)) };
}

/// What a stream does besides tokenizing: record changed words, or replay recorded ones.
enum Recording {
    Off,
    /// A stemmed stream filling the slot it will return `ChangedWords` to.
    Record(usize, ChangedWords),
    /// An exact stream replaying `ChangedWords` (next word at the index) from this slot.
    Replay(usize, ChangedWords, usize),
}

impl Recording {
    /// A stemmed stream on `text` records into the next slot, reusing its buffers.
    fn record(text: &str) -> Recording {
        RECORDED.with_borrow_mut(|(slots, next)| {
            let slot = *next;
            *next = (slot + 1) % RECORDED_TEXTS;
            let mut words = slots[slot].take().unwrap_or_default();
            words.text.clear();
            words.text.push_str(text);
            words.complete = false;
            words.words.clear();
            words.folded.clear();
            Recording::Record(slot, words)
        })
    }

    /// An exact stream on `text` replays the complete recording of the same text, if any.
    fn replay(text: &str) -> Recording {
        RECORDED.with_borrow_mut(|(slots, _)| {
            for (slot, entry) in slots.iter_mut().enumerate() {
                if entry.as_ref().is_some_and(|w| w.complete && w.text == text) {
                    let words = entry.take().expect("the slot was just checked");
                    return Recording::Replay(slot, words, 0);
                }
            }
            Recording::Off
        })
    }

    /// Gives the buffers back to their slot: complete after recording (for a replay), not
    /// after replaying (a text is replayed once; the buffers are reused).
    fn finish(&mut self) {
        let (slot, mut words, complete) = match std::mem::replace(self, Recording::Off) {
            Recording::Off => return,
            Recording::Record(slot, words) => (slot, words, true),
            Recording::Replay(slot, words, _) => (slot, words, false),
        };
        words.complete = complete;
        RECORDED.with_borrow_mut(|(slots, _)| {
            // A slot refilled meanwhile (a stream abandoned midway) keeps its newer content.
            if slots[slot].is_none() {
                slots[slot] = Some(words);
            }
        });
    }
}

/// The token stream of one text: words are found, folded and stemmed as the indexer pulls
/// them, into one reused token (no allocation per word).
pub struct ArabicTokenStream<'a> {
    text: &'a str,
    cursor: usize,
    mode: ArabicTokenizer,
    token: Token,
    recording: Recording,
    /// The proclitic reading of the word just emitted, emitted next at its position (stemmed
    /// analyser only; empty when none).
    reading: String,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        let token = Token { position: usize::MAX, ..Token::default() };
        let recording = if self.stem {
            Recording::record(text)
        } else if self.changed_by_stem_only {
            Recording::replay(text)
        } else {
            Recording::Off
        };
        ArabicTokenStream { text, cursor: 0, mode: *self, token, recording, reading: String::new() }
    }
}

impl ArabicTokenStream<'_> {
    /// The next recorded word, if this stream replays; `Some(false)` at the end.
    fn replay_next(&mut self) -> Option<bool> {
        let Recording::Replay(_, words, next) = &mut self.recording else {
            return None;
        };
        let Some(&(position, from, to, folded_end)) = words.words.get(*next) else {
            self.recording.finish();
            self.cursor = self.text.len();
            return Some(false);
        };
        let folded_start = if *next == 0 { 0 } else { words.words[*next - 1].3 };
        *next += 1;
        self.token.text.clear();
        self.token.text.push_str(&words.folded[folded_start..folded_end]);
        self.token.position = position;
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position_length = 1;
        Some(true)
    }
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if let Some(more) = self.replay_next() {
            return more;
        }
        if !self.reading.is_empty() {
            // Same position and offsets as the word it reads.
            std::mem::swap(&mut self.token.text, &mut self.reading);
            self.reading.clear();
            return true;
        }
        while let Some(start) = next_word_start(self.text, self.cursor) {
            let (end, letters) = match fast_word(self.text, start, &mut self.token.text) {
                Some((end, FastWord::Arabic(letters))) => (end, Some(letters)),
                Some((end, FastWord::Ascii)) => (end, None),
                None => {
                    let (_, end) = next_word(self.text, start).unwrap_or((start, self.text.len()));
                    fold_word_into(&self.text[start..end], &mut self.token.text);
                    if self.token.text.is_empty() {
                        self.cursor = end;
                        continue;
                    }
                    let w = self.token.text.as_bytes();
                    let arabic = w.windows(2).any(|p| matches!(p, [0xD8, 0xA1..=0xBF] | [0xD9, 0x80..=0x8A]));
                    (end, arabic.then(|| w.iter().filter(|&&b| b & 0xC0 != 0x80).count()))
                }
            };
            self.cursor = end;
            self.token.position = self.token.position.wrapping_add(1);
            // `hundred` drops a letter when it changes the word.
            let letters = letters.map(|n| if hundred(&mut self.token.text) { n - 1 } else { n });
            if let Some(letters) = letters.filter(|_| self.mode.stem || self.mode.changed_by_stem_only) {
                let plan = stem_plan(self.token.text.as_bytes(), letters);
                let changed = plan != (0, self.token.text.len(), "");
                if self.mode.stem {
                    if !proclitic_reading(&self.token.text, letters, plan.0, &mut self.reading) {
                        self.reading.clear();
                    }
                    if changed {
                        if let Recording::Record(_, words) = &mut self.recording {
                            words.folded.push_str(&self.token.text);
                            words.words.push((self.token.position, start, end, words.folded.len()));
                        }
                        apply_plan(&mut self.token.text, plan);
                    }
                } else if !changed {
                    continue;
                }
            } else if letters.is_none() && self.mode.changed_by_stem_only {
                // Without Arabic, stemming changes nothing.
                continue;
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.token.position_length = 1;
            return true;
        }
        self.cursor = self.text.len();
        self.recording.finish();
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, stem: bool) -> Vec<String> {
        let mut t = ArabicTokenizer { stem, changed_by_stem_only: false };
        let mut s = t.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push(s.token().text.clone());
        }
        out
    }

    #[test]
    fn patrol_spellings_share_one_stem() {
        for w in ["دورية", "الدوريات", "دوريـ.ـات", "الدوريه", "دوريات", "والدورية"]
        {
            assert_eq!(terms(w, true), vec!["دوري".to_string()], "{w}");
        }
    }

    #[test]
    fn role_is_not_patrol_and_nisba_genders_meet() {
        assert_eq!(terms("دور", true), vec!["دور"]);
        assert_eq!(terms("الروسية الروسي الروس", true), vec!["روسي", "روسي", "روس"]);
        assert_eq!(terms("المشتركة مشتركة", true), vec!["مشترك", "مشترك"]);
    }

    #[test]
    fn folded_field_keeps_words_but_folds_spelling() {
        assert_eq!(terms("الدورية الدوريه", false), vec!["الدوريه", "الدوريه"]);
        assert_eq!(terms("المحـ.ـتلة", false), vec!["المحتله"]);
        assert_eq!(terms("مَوَاقِعَ", false), vec!["مواقع"]);
    }

    #[test]
    fn offsets_point_at_the_original() {
        let text = "دوريـ.ـات روسية. انتهى";
        let mut t = ArabicTokenizer::STEMMED;
        let mut s = t.token_stream(text);
        let mut spans = Vec::new();
        while s.advance() {
            spans.push(&text[s.token().offset_from..s.token().offset_to]);
        }
        assert_eq!(spans, vec!["دوريـ.ـات", "روسية", "انتهى"], "a sentence-final dot is not a joiner");
    }

    #[test]
    fn joiners_join_only_when_a_tatweel_touches_them() {
        let spans = |text: &str| -> Vec<String> {
            let mut t = ArabicTokenizer::FOLDED;
            let mut s = t.token_stream(text);
            let mut out = Vec::new();
            while s.advance() {
                out.push(text[s.token().offset_from..s.token().offset_to].to_string());
            }
            out
        };
        let cases: [(&str, &[&str]); 6] = [
            ("دوريـ..ـات مشتركة", &["دوريـ..ـات", "مشتركة"]),
            ("قوات.الأسد", &["قوات", "الأسد"]),
            ("المحـ_ـتلة- ثم", &["المحـ_ـتلة", "ثم"]),
            ("الجيشـ. ثم", &["الجيشـ", "ثم"]),
            ("S-400 و M4", &["S", "400", "و", "M4"]),
            ("«إدلب»، (حماة)", &["إدلب", "حماة"]),
        ];
        for (text, want) in cases {
            assert_eq!(spans(text), want.to_vec(), "{text}");
        }
    }

    /// Each token's position and text as `tokenizer` gives them for `text`.
    fn positioned(mut tokenizer: ArabicTokenizer, text: &str) -> Vec<(usize, String)> {
        let mut s = tokenizer.token_stream(text);
        let mut got = Vec::new();
        while s.advance() {
            got.push((s.token().position, s.token().text.clone()));
        }
        got
    }

    #[test]
    fn positions_count_kept_words() {
        let got = positioned(ArabicTokenizer::STEMMED, "ـ قصف ـ مدفعي");
        assert_eq!(got, vec![(0, "قصف".to_string()), (1, "مدفعي".to_string())]);
    }

    #[test]
    fn exact_index_keeps_changed_words_at_their_positions() {
        let got = positioned(ArabicTokenizer::EXACT_INDEX, "قصف الدوريات الروسية دور");
        assert_eq!(got, vec![(1, "الدوريات".to_string()), (2, "الروسيه".to_string())]);
    }

    #[test]
    fn plain_words_fold_as_the_full_clean_does() {
        for w in ["أنقرة", "إدلب", "آلاف", "مؤسسة", "رئيس", "مستشفى", "سورية", "SDF", "M4", "S400"]
        {
            let full: String =
                marsad_text::clean(w).text.chars().map(search_fold_char).filter(|c| !is_mark(*c)).collect();
            assert_eq!(fold_word(w), full, "{w}");
        }
        // Not plain: marks, tatweel, presentation forms take the full path.
        assert_eq!(fold_word("سُورِيّة"), "سوريه");
        assert_eq!(fold_word("ﻻجئ"), "لاجء");
    }

    /// Light10 as first written (letters counted with `chars()` at every step), with the `و`
    /// of index version 4 cut only before the article or a rest stemming to four letters: the
    /// oracle for the counting-once version the index runs.
    fn reference_stem(word: &str) -> String {
        if !word.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
            return word.to_string();
        }
        if word.chars().count() > 3 && word.starts_with('و') {
            let rest = &word['و'.len_utf8()..];
            let article =
                PREFIXES.iter().any(|p| rest.chars().count() >= p.chars().count() + 2 && rest.starts_with(p));
            let stem = reference_light(rest);
            if article || stem.chars().count() >= 4 {
                return stem;
            }
        }
        reference_light(word)
    }

    /// Light10's article prefixes and suffixes, no `و`.
    fn reference_light(word: &str) -> String {
        let mut w = word.to_string();
        for p in PREFIXES {
            if w.chars().count() >= p.chars().count() + 2 && w.starts_with(p) {
                w.drain(..p.len());
                break;
            }
        }
        for (suffix, keep) in SUFFIXES {
            if w.chars().count() >= suffix.chars().count() + 2 && w.ends_with(suffix) {
                w.truncate(w.len() - suffix.len());
                w.push_str(keep);
            }
        }
        w
    }

    /// The reference fold: the whole word through the full clean and the search fold, joiners
    /// and marks dropped.
    fn reference_fold(word: &str) -> String {
        let joined: String = word.chars().filter(|c| !matches!(c, '.' | '_' | '-' | '*')).collect();
        let mut folded: String =
            marsad_text::clean(&joined).text.chars().map(search_fold_char).filter(|c| !is_mark(*c)).collect();
        hundred(&mut folded);
        folded
    }

    #[test]
    fn stems_and_folds_agree_with_the_reference_on_every_seed_word() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
        let mut words = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            let mut from = 0;
            while let Some((start, end)) = next_word(&text, from) {
                from = end;
                let word = &text[start..end];
                let folded = fold_word(word);
                assert_eq!(folded, reference_fold(word), "{word}");
                assert_eq!(light_stem(&folded), reference_stem(&folded), "{word}");
                words += 1;
            }
        }
        assert!(words > 1000, "{words}");
        for w in ["والدوريات", "وال", "ولد", "بالها", "للمدنيين", "سوريين", "S-400", "كتائبها"]
        {
            assert_eq!(light_stem(&fold_word(w)), reference_stem(&reference_fold(w)), "{w}");
        }
    }

    #[test]
    fn plain_letters_fold_as_search_fold_char_does() {
        for c in '\u{0600}'..='\u{06FF}' {
            let mut utf8 = [0; 2];
            let b = c.encode_utf8(&mut utf8).as_bytes();
            let want = search_fold_char(c);
            match fold_plain(b[0], b[1]) {
                None => assert!(!is_plain(c), "{c}"),
                Some("") => assert!(is_plain(c) && want == c, "{c}"),
                Some(folded) => assert!(is_plain(c) && folded.chars().eq([want]) && want != c, "{c}"),
            }
        }
    }

    #[test]
    fn affix_tables_fit_the_loads() {
        for (p, len, _) in PREFIX_BITS {
            assert!((1..=8).contains(&len) && p.to_be_bytes().iter().rev().take(len).all(|&b| b != 0));
        }
        for (s, len, ..) in SUFFIX_BITS {
            assert!((1..=4).contains(&len) && s.to_be_bytes().iter().rev().take(len).all(|&b| b != 0));
        }
    }

    /// The exact field's tokens of `text`, scanned (nothing recorded) and replayed after the
    /// stemmed analyser went through the text.
    fn exact_scanned_and_replayed(text: &str) -> (Vec<Token>, Vec<Token>) {
        let collect = |mut s: ArabicTokenStream<'_>| {
            let mut out = Vec::new();
            while s.advance() {
                out.push(s.token().clone());
            }
            out
        };
        let mut exact = ArabicTokenizer::EXACT_INDEX;
        // Nothing recorded for this text yet: any earlier recording is of other texts.
        let scanned = collect(exact.token_stream(text));
        let mut stemmed = ArabicTokenizer::STEMMED;
        collect(stemmed.token_stream(text));
        let stream = exact.token_stream(text);
        assert!(matches!(stream.recording, Recording::Replay(..)), "replays {text}");
        (scanned, collect(stream))
    }

    #[test]
    fn exact_analyser_replays_what_it_would_scan() {
        for text in [
            "قصف الدوريات الروسية دور",
            "دوريـ.ـات سُورِيّة ﻻجئ والدوريات S-400 وال ولد بالها للمدنيين",
            "",
            "لا شيء",
        ] {
            let (scanned, replayed) = exact_scanned_and_replayed(text);
            let key = |t: &Token| (t.text.clone(), t.offset_from, t.offset_to, t.position, t.position_length);
            assert_eq!(
                scanned.iter().map(key).collect::<Vec<_>>(),
                replayed.iter().map(key).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_recording_is_replayed_for_its_own_text_once() {
        let run = |mut t: ArabicTokenizer, text: &str| {
            let mut s = t.token_stream(text);
            while s.advance() {}
        };
        run(ArabicTokenizer::STEMMED, "الدوريات الروسية");
        run(ArabicTokenizer::STEMMED, "قصف مدفعي");
        let mut exact = ArabicTokenizer::EXACT_INDEX;
        assert!(matches!(exact.token_stream("الدوريات الروسيه").recording, Recording::Off));
        let mut s = exact.token_stream("الدوريات الروسية");
        assert!(matches!(s.recording, Recording::Replay(..)));
        while s.advance() {}
        assert!(matches!(exact.token_stream("الدوريات الروسية").recording, Recording::Off));
        assert!(matches!(exact.token_stream("قصف مدفعي").recording, Recording::Replay(..)));
    }

    #[test]
    fn suffix_order_lets_the_plan_stop_at_a_replacement() {
        let at = SUFFIXES.iter().position(|(_, keep)| !keep.is_empty()).unwrap();
        assert_eq!(SUFFIXES.iter().filter(|(_, keep)| !keep.is_empty()).count(), 1);
        for (suffix, _) in &SUFFIXES[at + 1..] {
            assert!(!SUFFIXES[at].1.ends_with(suffix), "{suffix}");
        }
    }

    #[test]
    fn common_separators_are_no_word_characters() {
        for c in COMMON_SEPARATORS {
            assert!(!c.is_alphanumeric() && !is_plain(c) && !is_mark(c) && !c.is_ascii(), "{c:?}");
        }
    }

    #[test]
    fn hamza_seats_fold_to_one_letter() {
        assert_eq!(terms("مسئول مسؤول شئون شؤون", false), ["مسءول", "مسءول", "شءون", "شءون"]);
        let case_endings = terms("حلفائها حلفاؤها حلفاءها", false);
        assert!(case_endings.iter().all(|t| t == "حلفاءها"), "{case_endings:?}");
        // ئ no longer meets ي: هادئ ("calm") is not هادي (a name).
        assert_eq!(terms("هادئ هادي", false), ["هادء", "هادي"]);
        // Decomposed (و + hamza above) and presentation forms fold like the composed seat.
        assert_eq!(terms("مسو\u{0654}ول", false), ["مسءول"]);
    }

    #[test]
    fn old_spelling_of_hundred_meets_the_new() {
        assert_eq!(
            terms("مائة مئة مائتين مئتين ثلاثمائة ثلاثمئة", false),
            ["مءه", "مءه", "مءتين", "مءتين", "ثلاثمءه", "ثلاثمءه"]
        );
        assert_eq!(terms("ماء سماء", false), ["ماء", "سماء"], "water and sky keep their alef");
    }

    #[test]
    fn a_possible_proclitic_gives_a_second_reading_at_the_same_position() {
        let cases: [(&str, &[&str]); 19] = [
            ("بإدلب", &["بادلب", "_ادلب"]),
            ("فحلب", &["فحلب", "_حلب"]),
            ("لقسد", &["لقسد", "_قسد"]),
            ("وبدمشق", &["بدمشق", "_دمشق"]),
            ("فرنسا", &["فرنسا", "_رنسا"]),
            // The article prefixes are Light10's: no second reading.
            ("بالدوريات", &["دوري"]),
            // Too short a rest, or a function word: none.
            ("بلدة", &["بلد"]),
            ("فرقة", &["فرق"]),
            ("بلدية", &["بلدي"]),
            ("لذلك", &["لذلك"]),
            // ك is not read as a proclitic.
            ("كامل", &["كامل"]),
            // A و is cut before the article or a rest of four letters, else read like ب.
            ("وبالقصف", &["قصف"]),
            ("وإدلب", &["ادلب"]),
            ("وحماة", &["وحما", "_حما"]),
            ("وقتل", &["وقتل", "_قتل"]),
            ("وادي", &["وادي", "_ادي"]),
            ("وزارة", &["وزار", "_زار"]),
            ("ورقة", &["ورق"]),
            ("الوزير", &["وزير"]),
        ];
        for (word, want) in cases {
            assert_eq!(terms(word, true), want.to_vec(), "{word}");
        }
        let got = positioned(ArabicTokenizer::STEMMED, "قصف بإدلب");
        assert_eq!(got, [(0, "قصف".to_string()), (1, "بادلب".to_string()), (1, "_ادلب".to_string())]);
        assert_eq!(terms("بإدلب", false), ["بادلب"], "the folded analyser reads words as written");
    }

    #[test]
    fn a_typed_word_is_read_after_a_proclitic_only_when_plainly_one() {
        let takes = |typed: &str| {
            let stems = terms(typed, true);
            let reading = stems.get(1).and_then(|r| r.strip_prefix(PROCLITIC_MARK)).unwrap_or_default();
            typed_word_takes_reading(&fold_word(typed), reading)
        };
        for typed in ["بإدلب", "بدمشق", "وبدمشق", "بحلب", "لقسد"] {
            assert!(takes(typed), "{typed}");
        }
        for typed in ["وادي", "وزارة", "وحماة", "بادية", "لحماة", "بلدة"] {
            assert!(!takes(typed), "{typed}");
        }
    }

    #[test]
    fn non_arabic_words_are_lowercased_not_stemmed() {
        assert_eq!(terms("S-400 SDF", true), vec!["s", "400", "sdf"]);
        assert_eq!(terms("", true), Vec::<String>::new());
    }
}
