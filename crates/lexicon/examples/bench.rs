//! Load and match speed, printed (no timed assertions).
//!
//! usage: cargo run --release -p marsad-lexicon --example bench -- [BULK_JSONL]
//!
//! 1. Writes 100,000 synthetic Arabic aliases (50,000 places × 2) to a
//!    temporary data directory and times `Lexicon::from_dir` (read, parse,
//!    validate, build the alias index), best of five, in thread CPU time.
//!    `BENCH_LOAD_ONLY=1` stops after this step.
//! 2. Times `Lexicon::embedded()` (the shipped data).
//! 3. Matches every article of `shared/corpus/real/bulk/syria_relevant_bulk.jsonl`
//!    (cleaned beforehand) on one thread and prints MB/s.

use std::time::Instant;

use marsad_lexicon::{Lexicon, TSV_COLUMNS};

const LETTERS: &[char] = &[
    'ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق',
    'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي',
];

fn word(seed: &mut u64) -> String {
    let mut next = || {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (*seed >> 33) as usize
    };
    let len = 3 + next() % 5;
    (0..len).map(|_| LETTERS[next() % LETTERS.len()]).collect()
}

/// CPU seconds this thread has used (Linux `/proc/thread-self/schedstat`,
/// nanoseconds on CPU): the machine is shared, so wall time overstates the
/// cost.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    stat.split_whitespace().next().and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0) / 1e9
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bulk = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/real/bulk/syria_relevant_bulk.jsonl".into());

    let dir = std::env::temp_dir().join(format!("marsad-lexicon-bench-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("places"))?;
    let mut tsv = format!("# synthetic\n{}\n", TSV_COLUMNS.join("\t"));
    let mut seed = 42u64;
    let mut seen = std::collections::HashSet::new();
    let mut n = 0;
    while n < 50_000 {
        let words = 1 + (seed as usize % 3);
        let a: Vec<String> = (0..words).map(|_| word(&mut seed)).collect();
        let b = format!("{} {}", word(&mut seed), a[0]);
        let a = a.join(" ");
        if !seen.insert(a.clone()) || !seen.insert(b.clone()) {
            continue;
        }
        tsv.push_str(&format!("place:s{n}\tS{n}\t{a}\t{b}\tvillage\t35.0\t36.0\t0\t\tvillage\t0\t\n"));
        n += 1;
    }
    std::fs::write(dir.join("places/synthetic.tsv"), &tsv)?;
    // Best of five: other processes on a shared machine only ever add time.
    let (mut load, mut load_cpu, mut synthetic) = (f64::MAX, f64::MAX, None);
    for _ in 0..5 {
        let (t, c) = (Instant::now(), cpu());
        let lex = Lexicon::from_dir(&dir)?;
        load_cpu = load_cpu.min(cpu() - c);
        load = load.min(t.elapsed().as_secs_f64());
        synthetic = Some(lex);
    }
    std::fs::remove_dir_all(&dir)?;
    println!(
        "load+compile {} aliases ({} keys with dash/elided forms), best of 5: {:.0} ms CPU ({:.0} ms wall)",
        2 * n,
        synthetic.map_or(0, |l| l.alias_count()),
        load_cpu * 1e3,
        load * 1e3
    );

    if std::env::var_os("BENCH_LOAD_ONLY").is_some() {
        return Ok(());
    }
    let t = Instant::now();
    let lex = Lexicon::embedded();
    println!(
        "embedded data: {} entities, {} keys, loaded in {:.0} ms",
        lex.entities().count(),
        lex.alias_count(),
        t.elapsed().as_secs_f64() * 1e3
    );

    let text = std::fs::read_to_string(&bulk)?;
    let bodies: Vec<String> = text
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some(marsad_text::clean(v.get("text")?.as_str()?).text)
        })
        .collect();
    let bytes: usize = bodies.iter().map(String::len).sum();
    let mut mentions = 0;
    let (t, c) = (Instant::now(), cpu());
    for _ in 0..3 {
        for b in &bodies {
            mentions += lex.find(b).len();
        }
    }
    let (secs, cpu_secs) = (t.elapsed().as_secs_f64() / 3.0, (cpu() - c) / 3.0);
    println!(
        "matched {} articles, {:.1} MB, {} mentions: {:.1} MB/s per core CPU ({:.1} MB/s wall)",
        bodies.len(),
        bytes as f64 / 1e6,
        mentions / 3,
        bytes as f64 / 1e6 / cpu_secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
