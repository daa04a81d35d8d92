//! Near-duplicate detection: MinHash signatures over folded word shingles, and an LSH index.
//!
//! # Method
//!
//! The text is folded ([`marsad_text::fold`]) and cut into words; every run of
//! [`SHINGLE_WORDS`] consecutive words is hashed once with xxh3, then mapped through
//! [`NUM_HASHES`] fixed affine permutations `a·h + b (mod 2^64)`; the signature keeps the
//! minimum of each. The fraction of equal positions in two signatures estimates the Jaccard
//! similarity of the two shingle sets. Seeds are constants, so signatures are the same on every
//! machine and run, and can be stored.
//!
//! The LSH index cuts a signature into [`BANDS`] bands of [`ROWS`] values; two articles that
//! agree on a whole band become candidates, and a candidate is a near-duplicate when its
//! estimated similarity is at least [`NEAR_DUPLICATE_THRESHOLD`]. With 32 bands of 4 rows a
//! pair of similarity 0.6 is found with probability 1-(1-0.6⁴)³² ≈ 0.99.
//!
//! # Threshold
//!
//! 0.6 estimated Jaccard of 3-word shingles, measured on `real/bulk/` (1,990 articles; the
//! test `real_wire_reprints_are_near_duplicates_and_rewrites_are_not` keeps real pairs):
//! one agency story re-published by two outlets with the headline, lead or sign-off edited
//! scores 0.7–0.96 (bulk1995/1996 0.90, bulk1878/1882 0.89, bulk1685/1687 0.77, bulk1877/1879
//! 0.71); independent write-ups of one happening stay below 0.25 (bulk1293/1295 0.21, an
//! explosion in Idlib by France 24 and BBC) — those are for the event merge, not for this.
//! Between 0.5 and 0.6 sit different stories of one outlet that share long site chrome the
//! reader did not strip (Sky News pages, bulk0897/0907 0.50), hence 0.6 rather than 0.5.

use std::collections::HashMap;

use xxhash_rust::xxh3::xxh3_64;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
/// Values per signature.
pub const NUM_HASHES: usize = 128;
/// LSH bands.
pub const BANDS: usize = 32;
/// Values per band.
pub const ROWS: usize = NUM_HASHES / BANDS;
/// Estimated Jaccard similarity at or above which two articles are near-duplicates.
pub const NEAR_DUPLICATE_THRESHOLD: f64 = 0.6;

/// A MinHash signature: one minimum per permutation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature(pub Vec<u32>);

impl Signature {
    /// The signature of a text.
    ///
    /// A text with fewer words than one shingle gets one shingle of all its words; an empty
    /// text gets the all-`u32::MAX` signature, which only matches other empty texts.
    pub fn of_text(text: &str) -> Signature {
        Signature::of_folded(&marsad_text::fold(text))
    }

    /// [`Signature::of_text`] of a text already folded with [`marsad_text::fold`] (the ingest
    /// folds each body once for both of its keys).
    pub fn of_folded(folded: &str) -> Signature {
        let mut words: Vec<(usize, usize)> = Vec::with_capacity(folded.len() / 8);
        marsad_text::each_token(folded, |span| words.push((span.start, span.end)));
        // Each shingle is hashed once; the permutations then run over all the hashes with one
        // permutation's constants and running minimum held in registers, instead of reloading
        // and storing all 128 minimums for every shingle.
        let mut hashes: Vec<u64> = Vec::with_capacity(words.len());
        let mut buf = String::new();
        let mut add = |shingle: &[(usize, usize)]| {
            let (first, last) = (shingle[0], shingle[shingle.len() - 1]);
            // Words parted by exactly one space (nearly all) are their own shingle text in
            // `folded`: the same bytes as the joined form, without the copy.
            if shingle.windows(2).all(|p| &folded[p[0].1..p[1].0] == " ") {
                hashes.push(xxh3_64(&folded.as_bytes()[first.0..last.1]));
                return;
            }
            buf.clear();
            for (i, &(start, end)) in shingle.iter().enumerate() {
                if i > 0 {
                    buf.push(' ');
                }
                buf.push_str(&folded[start..end]);
            }
            hashes.push(xxh3_64(buf.as_bytes()));
        };
        if words.len() < SHINGLE_WORDS {
            if !words.is_empty() {
                add(&words);
            }
        } else {
            for w in words.windows(SHINGLE_WORDS) {
                add(w);
            }
        }
        Signature(permutation_minimums(&hashes))
    }

    /// Estimated Jaccard similarity: the fraction of equal positions.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let n = self.0.len().min(other.0.len());
        if n == 0 {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / n as f64
    }

    /// Little-endian bytes, for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads [`Signature::to_bytes`] output; `None` when the length is wrong.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != NUM_HASHES * 4 {
            return None;
        }
        Some(Signature(bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()))
    }

    fn band_keys(&self) -> impl Iterator<Item = (u16, u64)> + '_ {
        self.0.chunks(ROWS).enumerate().map(|(band, rows)| {
            let bytes: Vec<u8> = rows.iter().flat_map(|v| v.to_le_bytes()).collect();
            (band as u16, xxh3_64(&bytes))
        })
    }
}

/// The top 32 bits of each permutation's minimum over `hashes`.
fn permutation_minimums(hashes: &[u64]) -> Vec<u32> {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has just been found to support AVX2.
        return unsafe { permutation_minimums_avx2(hashes) };
    }
    permutation_minimums_portable(hashes)
}

/// [`permutation_minimums_portable`] compiled for AVX2, where the compiler runs four permutations
/// per instruction (integer arithmetic: the same values as the portable form).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn permutation_minimums_avx2(hashes: &[u64]) -> Vec<u32> {
    permutation_minimums_portable(hashes)
}

#[inline(always)]
fn permutation_minimums_portable(hashes: &[u64]) -> Vec<u32> {
    const BLOCK: usize = 8;
    let mut out = Vec::with_capacity(NUM_HASHES);
    for perms in PERMUTATIONS.chunks_exact(BLOCK) {
        let a: [u64; BLOCK] = std::array::from_fn(|k| perms[k].0);
        let b: [u64; BLOCK] = std::array::from_fn(|k| perms[k].1);
        let mut mins = [u64::MAX; BLOCK];
        for &h in hashes {
            for k in 0..BLOCK {
                mins[k] = mins[k].min(a[k].wrapping_mul(h).wrapping_add(b[k]));
            }
        }
        out.extend(mins.iter().map(|m| (m >> 32) as u32));
    }
    out
}

/// Fixed permutation constants from a splitmix64 stream (odd multipliers).
const PERMUTATIONS: [(u64, u64); NUM_HASHES] = {
    let mut out = [(0u64, 0u64); NUM_HASHES];
    let mut state: u64 = 0x6d61_7273_6164_2121; // "marsad!!"
    let mut i = 0;
    while i < NUM_HASHES {
        let mut pair = [0u64; 2];
        let mut j = 0;
        while j < 2 {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            pair[j] = z ^ (z >> 31);
            j += 1;
        }
        out[i] = (pair[0] | 1, pair[1]);
        i += 1;
    }
    out
};

/// Banded LSH over signatures, for finding an article's near-duplicates among those seen.
#[derive(Debug, Default)]
pub struct LshIndex {
    buckets: HashMap<(u16, u64), Vec<i64>>,
    signatures: HashMap<i64, Signature>,
}

impl LshIndex {
    /// An empty index.
    pub fn new() -> LshIndex {
        LshIndex::default()
    }

    /// Adds an article's signature under its id.
    pub fn insert(&mut self, id: i64, signature: Signature) {
        for key in signature.band_keys() {
            self.buckets.entry(key).or_default().push(id);
        }
        self.signatures.insert(id, signature);
    }

    /// Number of signatures held.
    pub fn len(&self) -> usize {
        self.signatures.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.signatures.is_empty()
    }

    /// The most similar article at or above `threshold`, lowest id first on ties (the
    /// first-seen original), with its estimated similarity.
    pub fn best_match(&self, signature: &Signature, threshold: f64) -> Option<(i64, f64)> {
        let mut best: Option<(i64, f64)> = None;
        let mut seen = Vec::new();
        for key in signature.band_keys() {
            for &id in self.buckets.get(&key).into_iter().flatten() {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let sim = self.signatures[&id].similarity(signature);
                let better = match best {
                    None => true,
                    Some((bid, bs)) => sim > bs || (sim == bs && id < bid),
                };
                if sim >= threshold && better {
                    best = Some((id, sim));
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "قصفت الطائرات الحربية الروسية مواقع لفصائل المعارضة في ريف إدلب الجنوبي \
        صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين، بحسب ما أفاد المرصد السوري لحقوق \
        الإنسان. وقال المرصد إن الغارات استهدفت بلدات كفرنبل وحاس ومعرة النعمان، وسط تحليق مكثف \
        لطائرات الاستطلاع في أجواء المنطقة.";

    #[test]
    fn identical_texts_are_identical() {
        let a = Signature::of_text(WIRE);
        assert_eq!(a.similarity(&Signature::of_text(WIRE)), 1.0);
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
    }

    #[test]
    fn light_edit_is_near_duplicate_and_other_story_is_not() {
        let edited = format!(
            "{} وأضاف المرصد أن فرق الدفاع المدني هرعت إلى المكان.",
            WIRE.replace("صباح اليوم", "فجر اليوم")
        );
        let other = "التقى وزير الخارجية التركي نظيره الروسي في موسكو لبحث مسار التطبيع بين أنقرة ودمشق، \
            وأكد الجانبان أهمية الحل السياسي للأزمة السورية وفق القرار الأممي.";
        let a = Signature::of_text(WIRE);
        let b = Signature::of_text(&edited);
        let c = Signature::of_text(other);
        assert!(a.similarity(&b) >= NEAR_DUPLICATE_THRESHOLD, "{}", a.similarity(&b));
        assert!(a.similarity(&c) < 0.1, "{}", a.similarity(&c));
        let mut lsh = LshIndex::new();
        lsh.insert(1, a);
        lsh.insert(2, c);
        assert_eq!(lsh.best_match(&b, NEAR_DUPLICATE_THRESHOLD).map(|m| m.0), Some(1));
    }

    #[test]
    fn folding_makes_spelling_variants_equal() {
        let a = Signature::of_text("الدورية الروسية التركية المشتركة في الدرباسية");
        let b = Signature::of_text("الدوريه الروسيه التركيه المشتركه في الدرباسيه");
        assert_eq!(a.similarity(&b), 1.0);
    }

    #[test]
    fn vector_and_portable_minimums_agree() {
        let folded = marsad_text::fold(WIRE);
        let mut hashes = Vec::new();
        marsad_text::each_token(&folded, |s| hashes.push(xxh3_64(&folded.as_bytes()[s.start..s.end])));
        hashes.extend([0, 1, u64::MAX, 1 << 63]);
        assert_eq!(permutation_minimums(&hashes), permutation_minimums_portable(&hashes));
        assert!(permutation_minimums(&[]).iter().all(|v| *v == u32::MAX));
    }

    #[test]
    fn empty_and_short_texts() {
        let e = Signature::of_text("");
        assert!(e.0.iter().all(|v| *v == u32::MAX));
        let s = Signature::of_text("خبر");
        assert_ne!(s, e);
    }
}
