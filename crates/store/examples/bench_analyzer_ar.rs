//! CPU cost of the Arabic index analysers over the cleaned bodies of the real bulk corpus.
//!
//! `cargo run --release -p marsad-store --example bench_analyzer_ar [REPS]` prints the CPU time
//! per pass and a checksum of every token (text, offsets, position), so two builds can be
//! compared for identity as well as speed. For instruction counts, run the binary under
//! `valgrind --tool=callgrind --toggle-collect=*analyse_all*`.

use marsad_store::ArabicTokenizer;
use std::hash::Hasher;
use tantivy::tokenizer::{TokenStream, Tokenizer};

/// Tokenizes every text with the three index-side and query-side analysers; returns the token
/// count and a hash of every token.
#[inline(never)]
fn analyse_all(texts: &[String]) -> (usize, u64) {
    let mut hash = xxhash_rust::xxh64::Xxh64::new(0);
    let mut count = 0;
    for mut mode in [ArabicTokenizer::STEMMED, ArabicTokenizer::FOLDED, ArabicTokenizer::EXACT_INDEX] {
        for text in texts {
            let mut stream = mode.token_stream(text);
            while stream.advance() {
                let t = stream.token();
                hash.write(t.text.as_bytes());
                hash.write_usize(t.offset_from);
                hash.write_usize(t.offset_to);
                hash.write_usize(t.position);
                count += 1;
            }
        }
    }
    (count, hash.finish())
}

fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let reps: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/real/bulk/syria_relevant_bulk.jsonl");
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    };
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(|t| marsad_text::clean(t).text))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let before = cpu_seconds();
    let mut last = (0, 0);
    for _ in 0..reps {
        last = analyse_all(&texts);
    }
    let cpu = cpu_seconds() - before;
    println!(
        "{} bodies, {:.1} MB; {} tokens/pass, checksum {:016x}; {:.3} s CPU/pass",
        texts.len(),
        bytes as f64 / 1e6,
        last.0,
        last.1,
        cpu / reps as f64
    );
}
