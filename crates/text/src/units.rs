//! The per-character stage of `clean`: a stream of output characters, each
//! with the original byte range it came from.
//!
//! This stage needs no context beyond one following combining mark:
//! invisible characters and harakat are skipped, digits become ASCII,
//! presentation forms are expanded and decomposed hamza is composed. The
//! in-word rules (tatweel, obfuscation, Arabizi) look at this stream, never
//! at the raw text, so they see what the reader sees; that is what makes
//! `clean` idempotent.

use crate::{digits, hamza, harakat, invisible, presentation};

/// One output character and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// First byte of the original character(s).
    pub(crate) start: usize,
    /// One past the last byte of the original character(s).
    pub(crate) end: usize,
    /// The output character.
    pub(crate) ch: char,
    /// False when `ch` is exactly `original[start..end]`.
    pub(crate) changed: bool,
}

/// The stream of [`Unit`]s of a text. Cheap to clone, for look-ahead.
#[derive(Clone, Debug)]
pub(crate) struct Units<'t> {
    text: &'t str,
    pos: usize,
    /// A presentation form being expanded: its char, range, and the index of
    /// the next NFKC character to yield (recomputed per step: the path is rare).
    expanding: Option<(char, usize, usize, usize)>,
}

impl<'t> Units<'t> {
    pub(crate) fn new(text: &'t str) -> Units<'t> {
        Units { text, pos: 0, expanding: None }
    }

    /// The byte offset of the next raw character, when no presentation form
    /// is half expanded (the fast path of `clean` may then skip ahead).
    pub(crate) fn idle_pos(&self) -> Option<usize> {
        self.expanding.is_none().then_some(self.pos)
    }

    /// Skips raw text up to byte `pos` (a char boundary), which the caller
    /// has handled itself.
    pub(crate) fn skip_to(&mut self, pos: usize) {
        self.pos = pos;
    }

    fn next_expanded(&mut self) -> Option<Unit> {
        while let Some((form, start, end, idx)) = self.expanding {
            let next = presentation::expansion(form).and_then(|mut it| it.nth(idx));
            let Some(c) = next else {
                self.expanding = None;
                break;
            };
            self.expanding = Some((form, start, end, idx + 1));
            if invisible::is_invisible(c) || harakat::is_haraka(c) || harakat::is_hamza_mark(c) {
                continue;
            }
            let ch = digits::to_ascii(c).unwrap_or(c);
            return Some(Unit { start, end, ch, changed: true });
        }
        None
    }
}

impl Iterator for Units<'_> {
    type Item = Unit;

    #[inline]
    fn next(&mut self) -> Option<Unit> {
        if self.expanding.is_some() {
            if let Some(u) = self.next_expanded() {
                return Some(u);
            }
        }
        let bytes = self.text.as_bytes();
        loop {
            let start = self.pos;
            let &b = bytes.get(start)?;
            if b < 0x80 {
                self.pos += 1;
                return Some(Unit { start, end: self.pos, ch: char::from(b), changed: false });
            }
            let c = if b < 0xE0 {
                // Two-byte sequence (all of the Arabic block): decode inline.
                let b1 = bytes.get(start + 1).copied().unwrap_or(0x80);
                self.pos += 2;
                char::from_u32((u32::from(b & 0x1F) << 6) | u32::from(b1 & 0x3F)).unwrap_or('\u{FFFD}')
            } else {
                let c = self.text[start..].chars().next()?;
                self.pos += c.len_utf8();
                c
            };
            if matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}') {
                // Core letters: the common case. Only a letter that has a
                // hamza form can be followed by a mark to compose.
                if matches!(c, hamza::ALEF | hamza::WAW | hamza::YEH | '\u{0649}')
                    && bytes.get(self.pos) == Some(&0xD9)
                    && bytes.get(self.pos + 1).is_some_and(|b| (0x93..=0x95).contains(b))
                {
                    let mark = char::from_u32(0x0640 + u32::from(bytes[self.pos + 1] - 0x80)).unwrap_or(c);
                    if let Some(composed) = hamza::compose(c, mark) {
                        self.pos += 2;
                        return Some(Unit { start, end: self.pos, ch: composed, changed: true });
                    }
                }
                return Some(Unit { start, end: self.pos, ch: c, changed: false });
            }
            if invisible::is_invisible(c) || harakat::is_haraka(c) || harakat::is_hamza_mark(c) {
                continue;
            }
            if let Some(d) = digits::to_ascii(c) {
                return Some(Unit { start, end: self.pos, ch: d, changed: true });
            }
            if presentation::is_presentation_form(c) && presentation::expansion(c).is_some() {
                self.expanding = Some((c, start, self.pos, 0));
                match self.next_expanded() {
                    Some(u) => return Some(u),
                    None => continue,
                }
            }
            if let Some(mark) = self.text[self.pos..].chars().next().filter(|&m| harakat::is_hamza_mark(m)) {
                if let Some(composed) = hamza::compose(c, mark) {
                    self.pos += mark.len_utf8();
                    return Some(Unit { start, end: self.pos, ch: composed, changed: true });
                }
            }
            return Some(Unit { start, end: self.pos, ch: c, changed: false });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> String {
        Units::new(s).map(|u| u.ch).collect()
    }

    #[test]
    fn per_character_rules() {
        assert_eq!(chars("سُورِيّة"), "سورية");
        assert_eq!(chars("٢٠٢٤"), "2024");
        assert_eq!(chars("ا\u{0654}نقرة"), "أنقرة");
        assert_eq!(chars("ﻻ"), "لا");
        assert_eq!(chars("a\u{200B}b"), "ab");
    }

    #[test]
    fn ranges_point_into_original() {
        let s = "أَمن ﻻ";
        let units: Vec<Unit> = Units::new(s).collect();
        assert_eq!(&s[units[0].start..units[0].end], "أ");
        assert_eq!(&s[units[1].start..units[1].end], "م");
        let lam_alef = &units[4..];
        assert_eq!(lam_alef.len(), 2);
        assert!(lam_alef.iter().all(|u| &s[u.start..u.end] == "ﻻ" && u.changed));
    }
}
