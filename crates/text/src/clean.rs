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
    let mut out = Output::new(text);
    let mut units = Units::new(text);
    while let Some(u) = units.next() {
        if out.letters > 0 && (u.ch == TATWEEL || obfuscation::is_separator(u.ch)) {
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
        } else if u.start == self.copy_end {
            self.copy_end = u.end;
        } else {
            self.flush();
            self.copy_start = u.start;
            self.copy_end = u.end;
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
