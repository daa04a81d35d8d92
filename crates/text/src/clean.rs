//! `clean`: the display form, with its map back to the original.
//!
//! # Order of the steps, and why
//!
//! 1. Per character (`units.rs`): drop invisible characters and harakat,
//!    compose decomposed hamza, expand presentation forms, digits to ASCII.
//!    This comes first so that a zero-width space or a haraka hidden inside
//!    an obfuscated word (`المحـ\u{200B}.ـتلة`) cannot hide it from step 2.
//! 2. In-word gaps after an Arabic letter (`obfuscation.rs`, `tatweel.rs`):
//!    join obfuscated words, drop stretching tatweel.
//! 3. Look-alike characters after an Arabic letter (`arabizi.rs`). After
//!    step 2, so that `ال7ـرب` is seen with its tatweel already judged.
//!
//! Every step only looks at characters that step 1 produced, and every
//! output is something the steps leave alone, so `clean` is idempotent.

use marsad_model::Span;

use crate::arabizi;
use crate::letters::is_arabic_letter;
use crate::obfuscation::{self, GapAction};
use crate::offsets::OffsetMap;
use crate::tatweel::TATWEEL;
use crate::units::{Unit, Units};

/// Cleaned text plus the map back to the original's byte offsets.
///
/// Produced by [`clean`]. All later stages give byte offsets into
/// [`Cleaned::text`]; [`Cleaned::span_to_original`] turns them into offsets
/// into what the outlet published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// Words that were joined after being broken to dodge filters, or
    /// repaired from look-alike Latin letters and digits, in text order.
    pub deobfuscated: Vec<Deobfuscation>,
    map: OffsetMap,
}

/// One obfuscated word and what it was cleaned to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deobfuscation {
    /// The word as written (`المحـ.ـتلة`).
    pub raw: String,
    /// The word as cleaned (`المحتلة`).
    pub clean: String,
    /// Where `raw` is in the original text.
    pub original: Span,
    /// Where `clean` is in the cleaned text.
    pub span: Span,
}

impl Cleaned {
    /// The original byte offset where cleaned byte offset `offset` starts
    /// (`0..=text.len()`; larger values map to the original's length).
    ///
    /// For a char boundary of [`Cleaned::text`] the result is a char
    /// boundary of the original. A cleaned character that replaced one
    /// original character (a digit, a presentation form) maps to the start
    /// of that character.
    pub fn to_original(&self, offset: usize) -> usize {
        self.map.start(offset)
    }

    /// The smallest original span holding everything the cleaned `span` was
    /// cleaned from. Both ends land on char boundaries of the original when
    /// the cleaned span's ends are char boundaries of [`Cleaned::text`].
    pub fn span_to_original(&self, span: Span) -> Span {
        let start = self.map.start(span.start);
        if span.end <= span.start {
            return Span::new(start, start);
        }
        Span::new(start, self.map.end(span.end).max(start))
    }
}

/// The display form of `text`: what the outlet meant, spelled as the outlet
/// spelled it.
///
/// Removes harakat, tatweel inside words, zero-width characters, bidi
/// controls, soft hyphens and BOMs; joins words broken to dodge filters
/// (`المحـ.ـتلة` → `المحتلة`); turns Arabic-Indic and Persian digits into
/// ASCII; turns presentation forms and decomposed hamza into ordinary
/// letters; repairs Latin letters and Arabizi digits standing for Arabic
/// letters inside an Arabic word. Keeps hamza seats, ta marbuta, alef
/// maqsura, Persian letters and real punctuation as written.
///
/// Idempotent: `clean(&clean(x).text).text == clean(x).text`. Never panics.
///
/// ```
/// let c = marsad_text::clean("دوريـ.ـات روسية في المناطق المحـ.ـتلة");
/// assert_eq!(c.text, "دوريات روسية في المناطق المحتلة");
/// assert_eq!(c.deobfuscated[1].raw, "المحـ.ـتلة");
/// ```
pub fn clean(text: &str) -> Cleaned {
    clean_with(text, true)
}

/// [`clean`], with the fast path for plain runs on or off (off only in
/// tests, which check that both give the same result).
fn clean_with(text: &str, fast: bool) -> Cleaned {
    let mut out = Output::new(text);
    let mut units = Units::new(text);
    loop {
        if let Some(pos) = units.idle_pos().filter(|_| fast) {
            let end = plain_run_end(text, pos);
            if end > pos {
                out.push_plain(pos, end);
                units.skip_to(end);
            }
        }
        let Some(u) = units.next() else { break };
        if out.letters > 0
            && (u.ch == TATWEEL
                || (obfuscation::is_separator(u.ch) && (u.changed || may_continue_gap(text, u.end))))
        {
            let (action, after) = obfuscation::scan(u, &units, out.letters, out.last_letter);
            match action {
                GapAction::DropTatweel => {
                    units = after;
                    continue;
                }
                GapAction::Join => {
                    out.dirty = true;
                    units = after;
                    continue;
                }
                GapAction::Keep => {}
            }
        }
        if out.letters > 0 && matches!(u.ch, 'I' | 'l' | 'o' | '7' | '3') {
            let next = units.clone().next().map(|n| n.ch);
            if let Some(letter) = arabizi::repair(u.ch, out.letters, out.last_letter, next) {
                out.dirty = true;
                out.push(Unit { ch: letter, changed: true, ..u });
                continue;
            }
        }
        out.push(u);
    }
    out.finish()
}

/// The end of the run of raw text from `start` that every rule leaves as
/// it is, so `clean` can copy it without looking at each character.
///
/// Plain: ASCII, except a separator or look-alike (`I l o 7 3`) right after
/// a non-ASCII character; core Arabic letters `U+0621..=U+063F`,
/// `U+0641..=U+064A`; `،` `؛` `؟`. Anything else (tatweel, harakat, digits,
/// invisible characters, presentation forms, other scripts) goes through
/// the full per-character path. A letter followed by a combining hamza mark
/// is left to that path too, so that it can compose them.
#[inline]
fn plain_run_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let after_non_ascii = i > 0 && bytes[i - 1] >= 0x80;
            if after_non_ascii {
                let look_alike = matches!(b, b'I' | b'l' | b'o' | b'7' | b'3');
                let separator = matches!(b, b' ' | b'.' | b'-' | b'_' | b'*');
                if look_alike || (separator && may_continue_gap(text, i + 1)) {
                    break;
                }
            }
            i += 1;
            continue;
        }
        let b1 = bytes.get(i + 1).copied().unwrap_or(0);
        let plain = match b {
            0xD8 => b1 >= 0xA1 || matches!(b1, 0x8C | 0x9B | 0x9F),
            0xD9 => (0x81..=0x8A).contains(&b1),
            _ => false,
        };
        if !plain {
            if b == 0xD9 && (0x93..=0x95).contains(&b1) && i > start {
                // A combining hamza mark: hand its base letter to the slow path.
                i -= 1;
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
            }
            break;
        }
        i += 2;
    }
    i
}

/// False when the raw character at byte `at` is certainly an Arabic
/// letter, a digit or other ordinary text, so a separator before it cannot
/// start an obfuscation gap (the gap needs tatweel next to a separator).
/// Spares the gap scan after every space in ordinary text.
#[inline]
fn may_continue_gap(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(at) {
        None => false,
        Some(&b) if b < 0x80 => obfuscation::is_separator(char::from(b)),
        // U+0621..=U+063F: letters only.
        Some(0xD8) => bytes.get(at + 1).is_some_and(|&b| b < 0xA1),
        // U+0641..=U+064A: letters only.
        Some(0xD9) => !bytes.get(at + 1).is_some_and(|&b| (0x81..=0x8A).contains(&b)),
        Some(_) => true,
    }
}

/// The cleaned text under construction.
struct Output<'t> {
    original: &'t str,
    text: String,
    map: OffsetMap,
    /// Original bytes `copy_start..copy_end` are unchanged and not yet copied.
    copy_start: usize,
    copy_end: usize,
    /// Arabic letters at the end of the output so far (0 after anything else).
    letters: usize,
    last_letter: char,
    /// Where the current word of letters began, in the original and cleaned text.
    word_orig: usize,
    word_clean: usize,
    word_orig_end: usize,
    /// The current word was joined or repaired.
    dirty: bool,
    deobfuscated: Vec<Deobfuscation>,
}

impl<'t> Output<'t> {
    fn new(original: &'t str) -> Output<'t> {
        Output {
            original,
            text: String::with_capacity(original.len()),
            map: OffsetMap::new(original.len()),
            copy_start: 0,
            copy_end: 0,
            letters: 0,
            last_letter: ' ',
            word_orig: 0,
            word_clean: 0,
            word_orig_end: 0,
            dirty: false,
            deobfuscated: Vec::new(),
        }
    }

    fn clean_len(&self) -> usize {
        self.text.len() + (self.copy_end - self.copy_start)
    }

    fn flush(&mut self) {
        if self.copy_end > self.copy_start {
            self.map.push_identity(self.copy_start, self.copy_end - self.copy_start);
            self.text.push_str(&self.original[self.copy_start..self.copy_end]);
        }
        self.copy_start = self.copy_end;
    }

    #[inline]
    fn push(&mut self, u: Unit) {
        if is_arabic_letter(u.ch) {
            if self.letters == 0 {
                self.word_orig = u.start;
                self.word_clean = self.clean_len();
            }
            self.letters += 1;
            self.last_letter = u.ch;
            self.word_orig_end = u.end;
        } else {
            self.end_word();
        }
        if u.changed {
            self.flush();
            let len = u.ch.len_utf8();
            self.map.push_atomic(u.start, u.end, len);
            self.text.push(u.ch);
        } else {
            self.extend_copy(u.start, u.end);
        }
    }

    /// Copies the plain original run `start..end` (see [`plain_run_end`])
    /// and updates the word state as [`Output::push`] would, char by char.
    fn push_plain(&mut self, start: usize, end: usize) {
        let run = &self.original[start..end];
        // Cleaned offset of `start`: the run is copied verbatim.
        let base = self.clean_len();
        // Letters at the start of the run continue the current word.
        let mut lead = 0;
        for (i, c) in run.char_indices() {
            if !is_arabic_letter(c) {
                break;
            }
            if self.letters == 0 {
                self.word_orig = start + i;
                self.word_clean = base + i;
            }
            self.letters += 1;
            self.last_letter = c;
            lead = i + c.len_utf8();
            self.word_orig_end = start + lead;
        }
        let mut copied = start;
        if lead < run.len() {
            // A non-letter ends that word; letters at the end start a new one.
            self.extend_copy(start, start + lead);
            copied = start + lead;
            self.end_word();
            let mut tail = run.len();
            let mut count = 0;
            let mut last = ' ';
            for (i, c) in run[lead..].char_indices().rev() {
                if !is_arabic_letter(c) {
                    break;
                }
                if count == 0 {
                    last = c;
                }
                count += 1;
                tail = lead + i;
            }
            if count > 0 {
                self.letters = count;
                self.last_letter = last;
                self.word_orig = start + tail;
                self.word_clean = base + tail;
                self.word_orig_end = end;
            }
        }
        self.extend_copy(copied, end);
    }

    /// Marks original bytes `start..end` (unchanged text) as copied next.
    #[inline]
    fn extend_copy(&mut self, start: usize, end: usize) {
        if start == self.copy_end {
            self.copy_end = end;
        } else if start < end {
            self.flush();
            self.copy_start = start;
            self.copy_end = end;
        }
    }

    fn end_word(&mut self) {
        if self.letters > 0 && self.dirty {
            self.flush();
            let raw = &self.original[self.word_orig..self.word_orig_end];
            let clean = &self.text[self.word_clean..];
            self.deobfuscated.push(Deobfuscation {
                raw: raw.to_string(),
                clean: clean.to_string(),
                original: Span::new(self.word_orig, self.word_orig_end),
                span: Span::new(self.word_clean, self.text.len()),
            });
        }
        self.letters = 0;
        self.dirty = false;
    }

    fn finish(mut self) -> Cleaned {
        self.end_word();
        self.flush();
        Cleaned { text: self.text, deobfuscated: self.deobfuscated, map: self.map }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ALPHABET: &[char] = &[
        'ا', 'ل', 'م', 'ح', 'ة', 'ى', 'و', 'ي', 'ـ', '.', '-', '*', ' ', ' ', 'I', 'l', 'o', '7', '3', '٣',
        '\u{064E}', '\u{0654}', '\u{200B}', 'ﻻ', '،', '؟', '\u{00A0}', 'x', '\u{063B}',
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// The plain-run fast path changes nothing but speed.
        #[test]
        fn fast_path_equals_slow_path(v in prop::collection::vec(prop::sample::select(ALPHABET), 0..30)) {
            let s: String = v.into_iter().collect();
            prop_assert_eq!(clean_with(&s, true), clean_with(&s, false));
        }
    }

    #[test]
    fn fast_path_on_seed_text() {
        let seed = "دوريـ.ـات روسية في المناطق المحـ.ـتلة..هل هي أحـ.ـياء مـ.ـسار التـ.ـطبيع بين تركيا ودمشق، ام تصـ.ـفية الفـ.ـصائل؟";
        assert_eq!(clean_with(seed, true), clean_with(seed, false));
    }
}
