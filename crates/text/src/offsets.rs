//! The map from cleaned byte offsets back to original byte offsets.
//!
//! # Representation
//!
//! Most of an article survives cleaning unchanged, so the map stores
//! *segments*, not one entry per byte. A segment starts at a cleaned offset
//! and is either
//!
//! - **identity**: cleaned bytes copied verbatim from a run of the original,
//!   mapped byte for byte; or
//! - **atomic**: the output of one replaced or expanded original character
//!   (`٣` → `3`, `ﻻ` → `لا`, `ا`+`ٔ` → `أ`, `7` → `ح`), mapped as a whole to
//!   that character's range.
//!
//! Removed characters (harakat, tatweel, invisible characters, the gap of
//! an obfuscated word) fall between segments and map to nothing.
//!
//! # Guarantees
//!
//! For every char boundary `i` of the cleaned text, [`OffsetMap::start`]
//! returns a char boundary of the original and [`OffsetMap::end`] (for
//! `i > 0`) returns the end of the original character that produced the
//! cleaned byte `i - 1`. A cleaned span therefore maps to the smallest
//! original span that holds everything it was cleaned from, on char
//! boundaries and within `0..=original.len()`. Lookups are a binary search.

/// One run of cleaned bytes and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    clean: usize,
    orig: usize,
    orig_end: usize,
    identity: bool,
}

/// Cleaned → original byte offsets (see the module docs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    segments: Vec<Segment>,
    clean_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    /// An empty map for an original text of `orig_len` bytes.
    pub(crate) fn new(orig_len: usize) -> OffsetMap {
        OffsetMap { segments: Vec::new(), clean_len: 0, orig_len }
    }

    /// Records `len` cleaned bytes copied verbatim from `orig..orig + len`.
    pub(crate) fn push_identity(&mut self, orig: usize, len: usize) {
        if len == 0 {
            return;
        }
        match self.segments.last_mut() {
            Some(s)
                if s.identity && s.orig_end == orig && self.clean_len - s.clean == s.orig_end - s.orig =>
            {
                s.orig_end += len;
            }
            _ => self.segments.push(Segment {
                clean: self.clean_len,
                orig,
                orig_end: orig + len,
                identity: true,
            }),
        }
        self.clean_len += len;
    }

    /// Records `len` cleaned bytes produced from the original range `orig..orig_end`.
    pub(crate) fn push_atomic(&mut self, orig: usize, orig_end: usize, len: usize) {
        self.segments.push(Segment { clean: self.clean_len, orig, orig_end, identity: false });
        self.clean_len += len;
    }

    /// The segment holding cleaned byte `i` (`i < clean_len`).
    fn segment(&self, i: usize) -> Option<&Segment> {
        let idx = self.segments.partition_point(|s| s.clean <= i);
        self.segments.get(idx.checked_sub(1)?)
    }

    /// The original offset where cleaned offset `i` starts.
    pub(crate) fn start(&self, i: usize) -> usize {
        if i >= self.clean_len {
            return self.orig_len;
        }
        match self.segment(i) {
            Some(s) if s.identity => s.orig + (i - s.clean),
            Some(s) => s.orig,
            None => 0,
        }
    }

    /// The original offset where a cleaned span ending at `i` ends.
    pub(crate) fn end(&self, i: usize) -> usize {
        if i == 0 {
            return self.start(0);
        }
        let i = i.min(self.clean_len);
        if i == 0 {
            return self.start(0);
        }
        match self.segment(i - 1) {
            Some(s) if s.identity => s.orig + (i - s.clean),
            Some(s) => s.orig_end,
            None => 0,
        }
    }

    /// Number of segments (for tests and resource accounting).
    #[cfg(test)]
    pub(crate) fn segment_count(&self) -> usize {
        self.segments.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_runs_merge() {
        let mut m = OffsetMap::new(10);
        m.push_identity(0, 4);
        m.push_identity(4, 6);
        assert_eq!(m.segment_count(), 1);
        assert_eq!(m.start(7), 7);
        assert_eq!(m.end(10), 10);
    }

    #[test]
    fn gaps_and_atomic_segments() {
        // original "ab--Xcd" where "--" was dropped and "X" (3 bytes) became "x" (1 byte)
        let mut m = OffsetMap::new(9);
        m.push_identity(0, 2);
        m.push_atomic(4, 7, 1);
        m.push_identity(7, 2);
        assert_eq!(m.start(2), 4);
        assert_eq!(m.end(2), 2);
        assert_eq!(m.end(3), 7);
        assert_eq!(m.start(3), 7);
        assert_eq!(m.end(5), 9);
        assert_eq!(m.start(5), 9);
    }
}
