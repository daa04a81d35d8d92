//! Helpers shared by the table tests.

use marsad_model::Span;
use marsad_text::{clean, Cleaned, Token};

/// Checks a token's text and byte span together (tantivy's `assert_token`).
pub fn assert_token(token: &Token<'_>, text: &str, start: usize, end: usize) {
    assert_eq!(token.text, text, "token text of {token:?}");
    assert_eq!((token.span.start, token.span.end), (start, end), "span of {text:?}");
}

/// Checks that every word of the cleaned text maps back to a stretch of the
/// original that cleans to the same word, on char boundaries.
pub fn assert_maps_back(case: &str, original: &str, cleaned: &Cleaned) {
    for token in marsad_text::tokens(&cleaned.text) {
        let span: Span = cleaned.span_to_original(token.span);
        assert!(
            original.is_char_boundary(span.start) && original.is_char_boundary(span.end),
            "{case}: {:?} maps to {span:?}, not on char boundaries of {original:?}",
            token.text
        );
        let raw = &original[span.start..span.end];
        assert_eq!(clean(raw).text, token.text, "{case}: {:?} maps back to {raw:?}", token.text);
    }
}
