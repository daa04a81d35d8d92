//! `sentences`: sentence spans of cleaned text.
//!
//! # Where a sentence ends
//!
//! - at a line break (a paragraph or headline never runs into the next);
//! - after `؟` `?` `!` (a run such as `؟!` is one end);
//! - after a full stop `.` that is followed by white space or the end of the
//!   text (possibly after closing quotes), except:
//!   - an ellipsis `..` / `...` / `…`, which Arabic news uses as a pause
//!     inside a sentence (`مذكرات غيتس.. وما "داعش" إلا مثال`);
//!   - a dot after a one-letter word: initials and abbreviations
//!     (`د. أحمد`, `أ.ف.ب`, `U.S.`), and after the few Latin titles in
//!     [`LATIN_ABBREVIATIONS`].
//!
//! A dot with no space after it never ends a sentence, which keeps decimals
//! (`2.5`), domains (`العربية.نت`) and initials (`أ.ف.ب`) whole. `،` (comma)
//! and `؛` (semicolon) never end a sentence. Closing quotes and brackets
//! right after the end belong to the sentence (`«…انتهى.»`).
//!
//! Spans are trimmed of surrounding white space and hold at least one word
//! character: a stray `.` after a line break or a lone quote is not a
//! sentence.

use marsad_model::Span;

use crate::tokens::is_word_char;

/// Latin titles whose dot is not a full stop (`Dr. Smith`).
pub const LATIN_ABBREVIATIONS: &[&str] = &["Dr", "Jr", "Mr", "Mrs", "Ms", "No", "Prof", "St", "vs"];

/// Sentence spans of `text`, in order, trimmed of white space.
///
/// ```
/// let text = "قال د. أحمد إن الدورية انطلقت.. ثم عادت. هل انتهى الأمر؟ لا";
/// let s: Vec<&str> = marsad_text::sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(s, ["قال د. أحمد إن الدورية انطلقت.. ثم عادت.", "هل انتهى الأمر؟", "لا"]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    // Byte by byte: every character that can end a sentence is ASCII or `؟` (D8 9F), and neither byte
    // value occurs inside another character's UTF-8, so the rest is skipped without decoding it.
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes end nothing: skip them on a table. `؟` is found by its second byte (9F), which
        // follows D8 there and is never a lead byte; D8 itself starts half of all Arabic letters.
        while i < bytes.len() && !MAY_END[usize::from(bytes[i])] {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        if bytes[i] == 0x9F {
            if i > 0 && bytes[i - 1] == 0xD8 {
                i -= 1;
            } else {
                i += 1;
                continue;
            }
        }
        let end = end_at(text, i);
        match end {
            Some(end) => {
                push_trimmed(text, start, end, &mut out);
                start = end;
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    push_trimmed(text, start, bytes.len(), &mut out);
    out
}

/// Where the sentence ends when the byte at `i` ends it (its end, past closing marks and quotes), or `None`.
#[inline]
fn end_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    match bytes[i] {
        b'\n' | b'\r' => Some(i),
        b'?' | b'!' => Some(closers_end(text, after_marks(text, i + 1))),
        0xD8 if bytes.get(i + 1) == Some(&0x9F) => Some(closers_end(text, after_marks(text, i + 2))),
        b'.' if is_full_stop(text, i) => Some(closers_end(text, i + 1)),
        _ => None,
    }
}

/// The bytes where `sentences` looks closer: every ASCII byte that may end one, and 9F (`؟` is D8 9F).
static MAY_END: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b'.' as usize] = true;
    t[0x9F] = true;
    t
};

/// The end of the run of `؟ ? ! .` starting at byte `i` (`؟!`, `?..`).
fn after_marks(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next().filter(|c| matches!(c, '؟' | '?' | '!' | '.')) {
        i += c.len_utf8();
    }
    i
}

/// True when the `.` at byte `i` ends a sentence.
fn is_full_stop(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let part_of_ellipsis = (i > 0 && bytes[i - 1] == b'.') || bytes.get(i + 1) == Some(&b'.');
    if part_of_ellipsis {
        return false;
    }
    let after = closers_end(text, i + 1);
    let followed_by_space = text[after..].chars().next().is_none_or(char::is_whitespace);
    if !followed_by_space {
        return false;
    }
    let word_start =
        text[..i].char_indices().rev().take_while(|&(_, c)| is_word_char(c)).last().map(|(j, _)| j);
    match word_start {
        None => true,
        Some(j) => {
            let word = &text[j..i];
            word.chars().count() > 1 && !LATIN_ABBREVIATIONS.contains(&word)
        }
    }
}

/// The end of the closing quotes and brackets that start at byte `i`.
fn closers_end(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    let trimmed = rest.trim_start_matches(['»', '”', '’', '"', '\'', ')', ']', '›']);
    i + (rest.len() - trimmed.len())
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.chars().any(is_word_char) {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte loop before the skip table, kept to check the table gives the same spans.
    fn reference(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let (mut start, mut i) = (0, 0);
        while i < bytes.len() {
            let end = end_at(text, i);
            match end {
                Some(end) => {
                    push_trimmed(text, start, end, &mut out);
                    start = end;
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
        push_trimmed(text, start, bytes.len(), &mut out);
        out
    }

    #[test]
    fn the_skip_table_cuts_where_the_byte_loop_cut() {
        let mut texts: Vec<String> = [
            "هل انتهى؟ لا؟! نعم.. ربما؟\nسطر\r\nآخر ٟ؟ٟ «قال؟» (ب.) U.S. ok?",
            "؟",
            "ٟ؟",
            "a?؟!.",
            "\u{61f}\u{65f}\u{7df}\u{1f9f}.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/seeds");
        for f in std::fs::read_dir(seeds).into_iter().flatten().flatten() {
            texts.extend(std::fs::read_to_string(f.path()));
        }
        for t in &texts {
            assert_eq!(sentences(t), reference(t), "{t:?}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn arabic_punctuation() {
        assert_eq!(
            split("بين تركيا ودمشق، ام تصفية الفصائل؟ وفي هذه المرحلة؛ أخذت تركيا خطوتين."),
            ["بين تركيا ودمشق، ام تصفية الفصائل؟", "وفي هذه المرحلة؛ أخذت تركيا خطوتين."]
        );
        assert_eq!(split("ماذا؟! لا أعرف"), ["ماذا؟!", "لا أعرف"]);
    }

    #[test]
    fn newlines_end_sentences() {
        assert_eq!(split("عنوان بلا نقطة\nنص المقال.\n\n"), ["عنوان بلا نقطة", "نص المقال."]);
        assert_eq!(split("سطر\r\nسطر آخر"), ["سطر", "سطر آخر"]);
    }

    #[test]
    fn ellipses_do_not_end() {
        assert_eq!(split("مذكرات غيتس.. وما \"داعش\" إلا مثال"), ["مذكرات غيتس.. وما \"داعش\" إلا مثال"]);
        assert_eq!(split("انتظر… ثم قال. نعم"), ["انتظر… ثم قال.", "نعم"]);
        assert_eq!(split("المناطق المحتلة..هل هي"), ["المناطق المحتلة..هل هي"]);
    }

    #[test]
    fn abbreviations_and_numbers() {
        assert_eq!(
            split("وقال د. أحمد إن النسبة 2.5 بالمئة (أ.ف.ب). وأضاف"),
            ["وقال د. أحمد إن النسبة 2.5 بالمئة (أ.ف.ب).", "وأضاف"]
        );
        assert_eq!(split("ذكر موقع العربية.نت ذلك. ثم"), ["ذكر موقع العربية.نت ذلك.", "ثم"]);
        assert_eq!(split("Dr. Smith met U.S. envoys. Then"), ["Dr. Smith met U.S. envoys.", "Then"]);
    }

    #[test]
    fn closing_quotes_belong_to_the_sentence() {
        assert_eq!(split("قال: «انتهى الأمر.» ثم غادر."), ["قال: «انتهى الأمر.»", "ثم غادر."]);
        assert_eq!(split("قال: \"انتهى؟\" ثم"), ["قال: \"انتهى؟\"", "ثم"]);
    }

    #[test]
    fn empty_and_blank() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n ").is_empty());
        assert_eq!(split("انتهى الأمر؟ .\n\"\nثم"), ["انتهى الأمر؟", "ثم"]);
        assert_eq!(split("no punctuation"), ["no punctuation"]);
    }
}
