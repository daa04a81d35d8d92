//! `marsad bench`: throughput of the text layer and of whole-article analysis.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use marsad_ingest::Article;
use rayon::prelude::*;

use super::Outcome;
use crate::knowledge::Knowledge;

/// Articles held at once; the file is streamed, so memory does not grow with its size.
const BATCH: usize = 256;

/// Measure throughput over a JSON Lines corpus, streamed: MB/s for clean, fold and tokenise and for whole-
/// article analysis on one core, then articles/s for reading + analysis on several cores, and peak memory.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  cargo run --release -- bench\n  \
marsad bench --input ../shared/corpus/real/bulk/syria_relevant_bulk.jsonl --threads 2")]
pub struct Args {
    /// JSON Lines articles (`{"id","text",...}` a line).
    #[arg(long, default_value = "../shared/corpus/real/bulk/syria_relevant_bulk.jsonl", value_name = "FILE")]
    input: PathBuf,
    /// Threads for the parallel pass.
    #[arg(long, default_value_t = 2)]
    threads: usize,
}

#[derive(Default)]
struct Timings {
    articles: usize,
    bytes: usize,
    sentences: usize,
    clean: Duration,
    fold: Duration,
    tokens: Duration,
    sentence_split: Duration,
    dates: Duration,
    lexicon: Duration,
    analyze: Duration,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let reader = knowledge.reader()?;
    let t0 = Instant::now();
    let analyzer = knowledge.analyzer()?;
    let load = t0.elapsed();
    println!(
        "marsad bench: {} (streamed in batches of {BATCH}); knowledge: {}",
        args.input.display(),
        knowledge.describe()
    );
    println!("  knowledge load (dates, lexicon, coder): {:.1} ms", ms(load));
    let l0 = Instant::now();
    let lexicon = black_box(marsad_lexicon::Lexicon::embedded());
    println!("  lexicon load + compile: {:.1} ms for {} aliases", ms(l0.elapsed()), lexicon.alias_count());
    drop(lexicon);

    // Pass 1, one core: each operation timed on its own over the same batch.
    let mut t = Timings::default();
    let mut bad = 0;
    let mut read = Duration::ZERO;
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut records = reader.read_jsonl_file(&args.input)?;
    loop {
        let r0 = Instant::now();
        batch.clear();
        for rec in records.by_ref() {
            match rec {
                Ok(a) => batch.push(a),
                Err(_) => bad += 1,
            }
            if batch.len() == BATCH {
                break;
            }
        }
        read += r0.elapsed();
        if batch.is_empty() {
            break;
        }
        time_batch(&batch, &analyzer, &mut t);
    }
    if t.articles == 0 {
        anyhow::bail!("{}: no articles", args.input.display());
    }
    let mb = t.bytes as f64 / 1e6;
    println!(
        "  corpus: {} articles, {:.2} MB of body text, {} sentences, {bad} bad lines",
        t.articles, mb, t.sentences
    );
    println!("one core:");
    let rate = |d: Duration| mb / d.as_secs_f64().max(1e-9);
    println!("  {:<34} {:>9.1} MB/s", "clean", rate(t.clean));
    println!("  {:<34} {:>9.1} MB/s", "fold", rate(t.fold));
    println!("  {:<34} {:>9.1} MB/s", "tokenise", rate(t.tokens));
    println!("  {:<34} {:>9.1} MB/s", "clean + fold + tokenise", rate(t.clean + t.fold + t.tokens));
    println!(
        "  {:<34} {:>9.1} MB/s  {:>10.0} sentences/s",
        "sentence split",
        rate(t.sentence_split),
        t.sentences as f64 / t.sentence_split.as_secs_f64().max(1e-9)
    );
    println!(
        "  {:<34} {:>9.1} MB/s  {:>10.0} sentences/s",
        "dates (per sentence)",
        rate(t.dates),
        t.sentences as f64 / t.dates.as_secs_f64().max(1e-9)
    );
    println!("  {:<34} {:>9.1} MB/s", "lexicon match (actors + places)", rate(t.lexicon));
    println!("  {:<34} {:>9.1} MB/s", "read JSON Lines + boilerplate", rate(read));
    println!(
        "  {:<34} {:>9.1} MB/s  {:>10.0} articles/s",
        "analyze (whole article)",
        rate(t.analyze),
        t.articles as f64 / t.analyze.as_secs_f64().max(1e-9)
    );

    // Pass 2: reading and analysis together, on `threads` cores.
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.threads.max(1)).build()?;
    let w0 = Instant::now();
    let mut n = 0usize;
    let mut records = reader.read_jsonl_file(&args.input)?;
    loop {
        batch.clear();
        batch.extend(records.by_ref().filter_map(Result::ok).take(BATCH));
        if batch.is_empty() {
            break;
        }
        n += pool
            .install(|| batch.par_iter().map(|a| black_box(analyzer.analyze(a)).events.len() + 1).count());
    }
    let wall = w0.elapsed();
    println!("{} cores:", args.threads);
    println!(
        "  {:<34} {:>9.1} MB/s  {:>10.0} articles/s",
        "read + analyze",
        mb / wall.as_secs_f64().max(1e-9),
        n as f64 / wall.as_secs_f64().max(1e-9)
    );
    if let Some(hwm) = peak_rss_kb() {
        println!("peak memory (VmHWM): {:.1} MB", hwm as f64 / 1024.0);
    }
    Ok(Outcome::Done)
}

fn time_batch(batch: &[Article], analyzer: &marsad_pipeline::Analyzer, t: &mut Timings) {
    t.articles += batch.len();
    t.bytes += batch.iter().map(|a| a.body.len()).sum::<usize>();
    let s = Instant::now();
    for a in batch {
        black_box(marsad_text::clean(black_box(&a.body)));
    }
    t.clean += s.elapsed();
    let s = Instant::now();
    for a in batch {
        black_box(marsad_text::fold(black_box(&a.body)));
    }
    t.fold += s.elapsed();
    let s = Instant::now();
    for a in batch {
        black_box(marsad_text::tokens(black_box(&a.body)));
    }
    t.tokens += s.elapsed();
    let s = Instant::now();
    for a in batch {
        t.sentences += black_box(marsad_text::sentences(black_box(&a.body))).len();
    }
    t.sentence_split += s.elapsed();
    let cleaned: Vec<String> = batch.iter().map(|a| marsad_text::clean(&a.body).text).collect();
    let sentences: Vec<Vec<marsad_model::Span>> = cleaned.iter().map(|c| marsad_text::sentences(c)).collect();
    let s = Instant::now();
    for ((c, spans), a) in cleaned.iter().zip(&sentences).zip(batch) {
        let published = a.published.clone().unwrap_or_else(marsad_model::DateValue::unknown);
        for sp in spans {
            black_box(analyzer.dates().count(black_box(sp.slice(c)), &published));
        }
    }
    t.dates += s.elapsed();
    let s = Instant::now();
    for c in &cleaned {
        black_box(analyzer.lexicon().find(black_box(c)));
    }
    t.lexicon += s.elapsed();
    let s = Instant::now();
    for a in batch {
        black_box(analyzer.analyze(black_box(a)));
    }
    t.analyze += s.elapsed();
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Peak resident memory of this process, from /proc (Linux only).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
