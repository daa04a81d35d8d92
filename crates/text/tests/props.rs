//! Property tests: the invariants `clean`, `fold` and the offset map promise
//! for *any* string, with a strategy biased towards the characters the
//! rules care about (Arabic letters, tatweel, separators, harakat, hamza
//! marks, look-alike Latin letters and digits, presentation forms).

use marsad_model::Span;
use marsad_text::{clean, fold, fold_clean, sentences, tokens};
use proptest::prelude::*;

/// Characters that exercise the in-word rules, plus some ordinary ones.
const ALPHABET: &[char] = &[
    'ا', 'ل', 'م', 'ح', 'ت', 'ة', 'ى', 'ء', 'أ', 'و', 'ي', 'ه', 'ـ', 'ـ', '.', '.', '-', '_', '*', ' ', ' ',
    '\u{00A0}', '\n', 'I', 'l', 'o', '7', '3', '5', 'M', '٣', '٧', '۴', '٫', '\u{064E}', '\u{0651}',
    '\u{0654}', '\u{0655}', '\u{0653}', '\u{200B}', '\u{200F}', '\u{FEFF}', '\u{00AD}', 'ﻻ', 'ﺍ', '\u{FDFA}',
    '\u{FE71}', '\u{FC5E}', '«', '»', '"', '؟', '،', 'é', '𝔸',
];

fn arabic_heavy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..40).prop_map(|v| v.into_iter().collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabic_heavy(), any::<String>()]
}

fn check_offsets(original: &str) -> Result<(), TestCaseError> {
    let c = clean(original);
    let boundaries: Vec<usize> = c.text.char_indices().map(|(i, _)| i).chain([c.text.len()]).collect();
    for &i in &boundaries {
        let o = c.to_original(i);
        prop_assert!(o <= original.len());
        prop_assert!(original.is_char_boundary(o), "start {i} -> {o} in {original:?}");
    }
    for w in boundaries.windows(2) {
        let span = c.span_to_original(Span::new(w[0], w[1]));
        prop_assert!(span.start <= span.end && span.end <= original.len());
        prop_assert!(original.is_char_boundary(span.start) && original.is_char_boundary(span.end));
        prop_assert!(!span.is_empty(), "cleaned char {:?} maps to nothing", &c.text[w[0]..w[1]]);
    }
    // Spans are monotone: later cleaned text never maps before earlier text.
    let starts: Vec<usize> = boundaries.iter().map(|&i| c.to_original(i)).collect();
    prop_assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    for d in &c.deobfuscated {
        prop_assert_eq!(&original[d.original.start..d.original.end], d.raw.as_str());
        prop_assert_eq!(&c.text[d.span.start..d.span.end], d.clean.as_str());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn clean_is_idempotent(s in any_text()) {
        let once = clean(&s).text;
        let twice = clean(&once);
        prop_assert_eq!(&twice.text, &once);
        prop_assert!(twice.deobfuscated.is_empty());
    }

    #[test]
    fn offsets_land_on_char_boundaries_inside_the_original(s in any_text()) {
        check_offsets(&s)?;
    }

    #[test]
    fn fold_of_clean_is_fold(s in any_text()) {
        prop_assert_eq!(fold(&clean(&s).text), fold(&s));
    }

    #[test]
    fn fold_clean_preserves_lengths(s in any_text()) {
        let cleaned = clean(&s).text;
        let folded = fold_clean(&cleaned);
        prop_assert_eq!(folded.len(), cleaned.len());
        for ((i, a), (j, b)) in cleaned.char_indices().zip(folded.char_indices()) {
            prop_assert_eq!(i, j);
            prop_assert_eq!(a.len_utf8(), b.len_utf8());
        }
    }

    #[test]
    fn tokens_and_sentences_are_in_bounds(s in any_text()) {
        let cleaned = clean(&s).text;
        let mut last = 0;
        for t in tokens(&cleaned) {
            prop_assert!(t.span.start >= last && t.span.start < t.span.end);
            prop_assert_eq!(&cleaned[t.span.start..t.span.end], t.text);
            last = t.span.end;
        }
        let mut last = 0;
        for span in sentences(&cleaned) {
            prop_assert!(span.start >= last && span.start < span.end && span.end <= cleaned.len());
            prop_assert!(cleaned.is_char_boundary(span.start) && cleaned.is_char_boundary(span.end));
            last = span.end;
        }
    }

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = marsad_text::decode(&bytes);
    }
}
