//! The Arabic text layer: every later stage reads text through it.
//!
//! PROVISIONAL SKELETON: the signatures below are the contract other crates
//! code against; the bodies are simple first versions to be replaced.
//!
//! # Overview
//!
//! - [`clean`] → [`Cleaned`]: the display form (harakat, tatweel, invisible
//!   characters removed, obfuscated words joined, digits to ASCII) with a
//!   map back to byte offsets in the original.
//! - [`fold`]: the matching key for search and lookup.
//! - [`tokens`], [`sentences`]: word and sentence spans over cleaned text.
//! - [`decode`]: bytes of unknown encoding → `String`, or a clear error.
#![deny(missing_docs)]

use marsad_model::Span;

/// Cleaned text plus the map back to the original's byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// Words that were joined after being broken to dodge filters.
    pub deobfuscated: Vec<Deobfuscation>,
    /// `map[i]` is the original byte offset of cleaned byte `i`; one extra
    /// entry at the end maps `text.len()` to the original's length.
    map: Vec<usize>,
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
}

impl Cleaned {
    /// The original byte offset of a cleaned byte offset (`0..=text.len()`).
    pub fn to_original(&self, offset: usize) -> usize {
        self.map[offset.min(self.map.len() - 1)]
    }

    /// The original span covering a cleaned span.
    pub fn span_to_original(&self, span: Span) -> Span {
        Span::new(self.to_original(span.start), self.to_original(span.end))
    }
}

/// The display form of `text`. See the crate docs.
pub fn clean(text: &str) -> Cleaned {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let c = match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}' => {
                continue
            }
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            c => c,
        };
        let start = out.len();
        out.push(c);
        map.extend(std::iter::repeat_n(i, out.len() - start));
    }
    map.push(text.len());
    Cleaned { text: out, deobfuscated: Vec::new(), map }
}

/// The matching key of `text`: [`clean`], then hamza forms, ta marbuta,
/// alef maqsura and Persian letters folded, Latin lowercased.
pub fn fold(text: &str) -> String {
    clean(text).text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ئ' | 'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        c => c.to_ascii_lowercase(),
    }
}

/// A word of cleaned text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'t> {
    /// The word.
    pub text: &'t str,
    /// Where it is.
    pub span: Span,
}

/// The words of `text` (letters and digits), with their spans.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let word = c.is_alphanumeric();
        match (start, word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(Token { text: &text[s..i], span: Span::new(s, i) });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Sentence spans of `text`, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?' | '؟' | '\n') {
            push_trimmed(text, start, i + c.len_utf8(), &mut out);
            start = i + c.len_utf8();
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// Why bytes could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The input is empty.
    Empty,
    /// The input looks binary (NUL bytes, control characters).
    Binary,
    /// The input is not valid in the detected encoding.
    Invalid {
        /// The encoding tried.
        encoding: &'static str,
        /// Byte offset of the first bad sequence.
        offset: usize,
    },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty input"),
            DecodeError::Binary => write!(f, "binary data, not text"),
            DecodeError::Invalid { encoding, offset } => write!(f, "invalid {encoding} at byte {offset}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decoded text and the encoding it was in.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's name (`UTF-8`, `windows-1256`, …).
    pub encoding: &'static str,
}

/// Decodes bytes of unknown encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded { text: s.to_string(), encoding: "UTF-8" }),
        Err(e) => Err(DecodeError::Invalid { encoding: "UTF-8", offset: e.valid_up_to() }),
    }
}
