//! A fast non-cryptographic hasher for maps keyed by words and ids from the data files.
//!
//! The keys are short words, aliases and ids that marsad's own tables hold, never attacker-chosen keys
//! (text is only looked up, not inserted), so SipHash's flood protection buys nothing; this word-at-a-time
//! multiply-rotate scheme (rustc's FxHash) hashes a short word several times faster, which shows in
//! loading 100,000 aliases and in every table lookup of the date reader.
//!
//! Iteration order of these maps differs from the standard ones: code that turns a map into output must
//! sort first.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The FxHash recipe, eight bytes at a time; the last partial word is padded and tagged with its length.
#[derive(Default, Clone, Copy, Debug)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// The 1..=7 bytes of `rest` as a little-endian word padded with zero bytes, read as two overlapping loads
/// (no call to `memcpy` for a copy of unknown length: most keys end in such a tail).
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    match n {
        4..=7 => {
            let lo = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
            let hi = u64::from(u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]));
            lo | (hi << (8 * (n - 4)))
        }
        2..=3 => {
            let lo = u64::from(u16::from_le_bytes([rest[0], rest[1]]));
            let hi = u64::from(u16::from_le_bytes([rest[n - 2], rest[n - 1]]));
            lo | (hi << (8 * (n - 2)))
        }
        1 => u64::from(rest[0]),
        _ => 0,
    }
}

/// Builds [`FxHasher`]s for a map or set.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, FxBuildHasher>;
/// A `HashSet` with [`FxHasher`].
pub type FxSet<K> = HashSet<K, FxBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash(s: &str) -> u64 {
        FxBuildHasher::default().hash_one(s)
    }

    #[test]
    fn words_that_differ_in_their_tail_or_length_hash_apart() {
        // Same first eight bytes (four Arabic letters), different tails.
        assert_ne!(hash("الدورية"), hash("الدوريات"));
        // A tail of zero bytes must not hash like a shorter word.
        assert_ne!(hash("ab"), hash("ab\0"));
        assert_ne!(hash(""), hash("\0"));
        assert_eq!(hash("أستانة"), hash("أستانة"));
    }

    #[test]
    fn a_tail_reads_as_its_bytes_padded_with_zeros() {
        let bytes: Vec<u8> = (1..=7u8).map(|b| b.wrapping_mul(37).wrapping_add(200)).collect();
        for n in 0..=7 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn maps_find_what_was_put_in() {
        let mut m: FxMap<Box<str>, u32> = FxMap::default();
        for (i, w) in ["قصف", "غارة", "دورية", "الدوريات", "هيئة تحرير الشام"].iter().enumerate()
        {
            m.insert((*w).into(), i as u32);
        }
        assert_eq!(m.get("دورية"), Some(&2));
        assert_eq!(m.get("هيئة تحرير الشام"), Some(&4));
        assert_eq!(m.get("دوريه"), None);
    }
}
