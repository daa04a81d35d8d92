//! Sentences per second of `DateReader` on one core, over the sentences of
//! the bulk corpus (the issue's target is 100,000/s; dateparser does ~700/s).
//!
//! ```text
//! cargo run --release -p marsad-dates --example bench -- ../shared/corpus/real/bulk/syria_relevant_bulk.jsonl
//! ```
//!
//! Articles are read, cleaned and split with `marsad_text::sentences` first;
//! only `find_sentence` on each sentence, with a fixed publication date, is
//! timed (best of three passes).
use std::time::Instant;

/// Nanoseconds this thread has run on a CPU (Linux `schedstat`), so the rate
/// can be given per CPU-second when other processes share the cores.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

use marsad_dates::{DateReader, DateValue};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/real/bulk/syria_relevant_bulk.jsonl".to_string());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut sentences: Vec<String> = Vec::new();
    let mut bytes = 0usize;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let body = marsad_text::clean(v.get("text").and_then(|t| t.as_str()).unwrap_or("")).text;
        for s in marsad_text::sentences(&body) {
            bytes += s.end - s.start;
            sentences.push(body[s.start..s.end].to_string());
        }
    }
    let reader = DateReader::embedded();
    let published = DateValue::day(2024, 11, 5);
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let c = cpu_ns();
        found = 0;
        for s in &sentences {
            found += reader.find_sentence(s, &published).len();
        }
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_ns()) {
            best_cpu = best_cpu.min((b - a) as f64 / 1e9);
        }
    }
    println!(
        "marsad-dates bench: {} sentences ({:.1} MB), {} date mentions; {:.0} sentences/s, {:.1} MB/s on one core",
        sentences.len(),
        bytes as f64 / 1e6,
        found,
        sentences.len() as f64 / best,
        bytes as f64 / 1e6 / best
    );
    if best_cpu < f64::MAX {
        println!(
            "  per CPU-second of this thread (excludes time waiting for a shared core): {:.0} sentences/s",
            sentences.len() as f64 / best_cpu
        );
    }
}
