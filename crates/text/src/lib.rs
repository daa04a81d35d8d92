//! The Arabic text layer: every later stage reads text through it.
//!
//! Pure functions, no I/O. [`clean`] turns what an outlet published into the
//! display form and keeps a map back to the original's byte offsets, so that
//! every later stage can point at evidence in the published text.
//!
//! # Overview
//!
//! - [`clean`] → [`Cleaned`]: the display form (harakat, stretching tatweel
//!   and invisible characters removed, obfuscated words joined, digits and
//!   presentation forms normalised), its [`Deobfuscation`] report, and
//!   [`Cleaned::span_to_original`].
//! - [`fold`] / [`fold_clean`]: the matching key for search and lookup;
//!   `fold_clean` keeps byte offsets.
//! - [`tokens`] → [`Token`], [`sentences`]: word and sentence spans;
//!   [`split_clitics`] → [`Clitics`] and [`light_stem`] for lookup and search.
//! - [`decode`] → [`Decoded`]: bytes of unknown encoding → text, or a
//!   [`DecodeError`].
//! - [`hash`]: the fast hasher of the word-keyed maps of later stages.
//!
//! # Example
//!
//! ```
//! use marsad_text::{clean, fold_clean, tokens};
//!
//! let published = "سيّرت القوات دوريـ.ـات في المناطق المحـ.ـتلة.";
//! let cleaned = clean(published);
//! assert_eq!(cleaned.text, "سيرت القوات دوريات في المناطق المحتلة.");
//!
//! // Search on the folded key; its byte offsets are the cleaned text's.
//! let key = fold_clean(&cleaned.text);
//! let at = key.find("المحتله").unwrap();
//! let word = tokens(&cleaned.text).into_iter().find(|t| t.span.start == at).unwrap();
//!
//! // Point back at what the outlet published.
//! let original = cleaned.span_to_original(word.span);
//! assert_eq!(&published[original.start..original.end], "المحـ.ـتلة");
//! ```
//!
//! `examples/throughput.rs` measures the speed of each function on the bulk
//! corpus.
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub use crate::{
    clean::{clean, Cleaned, Deobfuscation},
    clitics::{clitic_splits, split_clitics, Clitics, PRONOUN_SUFFIXES},
    decode::{decode, looks_utf16, Decoded},
    error::DecodeError,
    fold::{fold, fold_char, fold_clean},
    sentences::{sentences, LATIN_ABBREVIATIONS},
    stem::light_stem,
    tokens::{each_token, is_word_char, tokens, Token},
};

/// True when `text` holds something to read: a character that is neither white space, nor a
/// control character (`NUL`, what a UTF-16 file of one `\0` decodes to), nor an invisible format
/// character `clean` removes. A text without one is no article, however many bytes it has.
///
/// ```
/// assert!(marsad_text::has_text("قصف"));
/// assert!(!marsad_text::has_text(" \n\0\u{200f}\u{feff}"));
/// ```
pub fn has_text(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace() && !c.is_control() && !invisible::is_invisible(c))
}

mod arabizi;
mod clean;
mod clitics;
mod decode;
mod digits;
mod error;
mod fold;
mod hamza;
mod harakat;
pub mod hash;
mod invisible;
mod letters;
mod obfuscation;
mod offsets;
mod presentation;
mod sentences;
mod stem;
mod tatweel;
mod tokens;
mod units;

#[cfg(test)]
mod testoibits {
    fn assert_send_sync<T: Send + Sync + std::panic::UnwindSafe>() {}

    #[test]
    fn public_types_are_send_sync() {
        assert_send_sync::<crate::Cleaned>();
        assert_send_sync::<crate::Deobfuscation>();
        assert_send_sync::<crate::Token<'static>>();
        assert_send_sync::<crate::Decoded>();
        assert_send_sync::<crate::DecodeError>();
    }
}
