//! Throughput of the text layer on the bulk corpus, one thread.
//!
//! Streams a JSON Lines file (one article per line, field `text`; default
//! `../shared/corpus/real/bulk/syria_relevant_bulk.jsonl`) in batches of
//! [`BATCH`] articles, so memory stays flat, and times each function over
//! each batch, counting only time spent inside `marsad_text` (JSON parsing
//! is excluded). MB/s are megabytes (10^6 bytes) of *original* text per
//! second. Times are this thread's CPU time (from
//! `/proc/thread-self/schedstat`) so a busy shared machine does not skew
//! them; wall-clock figures are printed too.
//!
//! `cargo run --release -p marsad-text --example throughput [-- FILE.jsonl [PASSES]]`

use std::io::BufRead;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Articles timed together.
const BATCH: usize = 200;

/// The functions measured, in print order.
const STAGES: [&str; 6] =
    ["clean", "fold_clean", "fold", "tokens", "sentences", "(baseline: copy+count chars)"];

#[derive(Default)]
struct Totals {
    bytes: usize,
    articles: usize,
    cpu: [Duration; 6],
    wall: [Duration; 6],
    tokens: usize,
    sentences: usize,
}

fn main() -> ExitCode {
    let default =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/real/bulk/syria_relevant_bulk.jsonl");
    let path = std::env::args().nth(1).unwrap_or_else(|| default.to_string());
    let passes: usize = std::env::args().nth(2).and_then(|p| p.parse().ok()).unwrap_or(3).max(1);
    let mut t = Totals::default();
    for _ in 0..passes {
        if let Err(e) = run_pass(&path, &mut t) {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    }
    let mb = t.bytes as f64 / 1e6;
    let rate = |d: Duration| mb / d.as_secs_f64().max(1e-9);
    let clock = if thread_cpu_time().is_some() { "thread CPU time" } else { "wall clock (no schedstat)" };
    println!(
        "{} articles x {passes} passes, {:.2} MB of text per pass; rates by {clock}",
        t.articles / passes,
        mb / passes as f64
    );
    for (i, name) in STAGES.iter().enumerate() {
        println!("{name:<20}{:>8.1} MB/s   (wall {:>7.1} MB/s)", rate(t.cpu[i]), rate(t.wall[i]));
    }
    println!("{} tokens, {} sentences per pass", t.tokens / passes, t.sentences / passes);
    let (c, fc, tk) = (0, 1, 3);
    println!(
        "clean+fold_clean+tokens {:>5.1} MB/s   (wall {:>7.1} MB/s; target >= 50)",
        rate(t.cpu[c] + t.cpu[fc] + t.cpu[tk]),
        rate(t.wall[c] + t.wall[fc] + t.wall[tk])
    );
    ExitCode::SUCCESS
}

fn run_pass(path: &str, t: &mut Totals) -> Result<(), Box<dyn std::error::Error>> {
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut batch = Vec::with_capacity(BATCH);
    for (n, line) in file.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        if let Some(text) = value.get("text").and_then(|v| v.as_str()) {
            batch.push(text.to_string());
        }
        if batch.len() == BATCH {
            time_batch(&batch, t);
            batch.clear();
        }
    }
    time_batch(&batch, t);
    Ok(())
}

fn time_batch(batch: &[String], t: &mut Totals) {
    t.articles += batch.len();
    t.bytes += batch.iter().map(String::len).sum::<usize>();
    let cleaned: Vec<String> = measure(t, 0, || batch.iter().map(|s| marsad_text::clean(s).text).collect());
    measure(t, 1, || cleaned.iter().map(|s| marsad_text::fold_clean(s).len()).sum::<usize>());
    measure(t, 2, || batch.iter().map(|s| marsad_text::fold(s).len()).sum::<usize>());
    t.tokens += measure(t, 3, || cleaned.iter().map(|s| marsad_text::tokens(s).len()).sum::<usize>());
    measure(t, 5, || batch.iter().map(|s| s.to_string().chars().count()).sum::<usize>());
    t.sentences += measure(t, 4, || cleaned.iter().map(|s| marsad_text::sentences(s).len()).sum::<usize>());
}

fn measure<R>(t: &mut Totals, stage: usize, f: impl FnOnce() -> R) -> R {
    let (cpu, wall) = (thread_cpu_time(), Instant::now());
    let out = std::hint::black_box(f());
    let wall = wall.elapsed();
    t.wall[stage] += wall;
    t.cpu[stage] += match (cpu, thread_cpu_time()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => wall,
    };
    out
}

/// CPU time of this thread so far (Linux: first field of schedstat, in ns).
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split_whitespace().next()?.parse().ok()?))
}
