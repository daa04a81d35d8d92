//! `marsad bench`: throughput of the text layer and of whole-article analysis.

use std::hint::black_box;
use std::io::Write as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use marsad_ingest::Article;
use rayon::prelude::*;

use super::Outcome;
use crate::inputs::Input;
use crate::knowledge::Knowledge;
use crate::stream;

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
    /// Threads for the parallel pass (at least 1; the report says how many CPUs the machine has).
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u16).range(1..))]
    threads: u16,
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
    writeln!(
        std::io::stdout(),
        "marsad bench: {} (streamed in batches of {BATCH}); knowledge: {}",
        args.input.display(),
        knowledge.describe()
    )?;
    writeln!(std::io::stdout(), "  knowledge load (dates, lexicon, coder): {:.1} ms", ms(load))?;
    // The lexicon of the knowledge named, not the embedded one: with `--knowledge` of 1,026 actors
    // this line timed and counted the 11,884 aliases compiled into marsad.
    let l0 = Instant::now();
    let lexicon = black_box(knowledge.lexicon()?);
    writeln!(
        std::io::stdout(),
        "  lexicon load + compile: {:.1} ms for {} aliases",
        ms(l0.elapsed()),
        lexicon.alias_count()
    )?;
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
                Err(e) => {
                    // As `analyze` warns (`file:line: why`) and exits 1.
                    tracing::warn!("{e}");
                    bad += 1;
                }
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
    writeln!(
        std::io::stdout(),
        "  corpus: {} articles, {:.2} MB of body text, {} sentences, {bad} bad lines",
        t.articles,
        mb,
        t.sentences
    )?;
    writeln!(std::io::stdout(), "one core:")?;
    let rate = |d: Duration| mb / d.as_secs_f64().max(1e-9);
    writeln!(std::io::stdout(), "  {:<34} {:>9.1} MB/s", "clean", rate(t.clean))?;
    writeln!(std::io::stdout(), "  {:<34} {:>9.1} MB/s", "fold", rate(t.fold))?;
    writeln!(std::io::stdout(), "  {:<34} {:>9.1} MB/s", "tokenise", rate(t.tokens))?;
    writeln!(
        std::io::stdout(),
        "  {:<34} {:>9.1} MB/s",
        "clean + fold + tokenise",
        rate(t.clean + t.fold + t.tokens)
    )?;
    writeln!(
        std::io::stdout(),
        "  {:<34} {:>9.1} MB/s  {:>10.0} sentences/s",
        "sentence split",
        rate(t.sentence_split),
        t.sentences as f64 / t.sentence_split.as_secs_f64().max(1e-9)
    )?;
    writeln!(
        std::io::stdout(),
        "  {:<34} {:>9.1} MB/s  {:>10.0} sentences/s",
        "dates (per sentence)",
        rate(t.dates),
        t.sentences as f64 / t.dates.as_secs_f64().max(1e-9)
    )?;
    writeln!(std::io::stdout(), "  {:<34} {:>9.1} MB/s", "lexicon match (actors + places)", rate(t.lexicon))?;
    writeln!(std::io::stdout(), "  {:<34} {:>9.1} MB/s", "read JSON Lines + boilerplate", rate(read))?;
    writeln!(
        std::io::stdout(),
        "  {:<34} {:>9.1} MB/s  {:>10.0} articles/s",
        "analyze (whole article)",
        rate(t.analyze),
        t.articles as f64 / t.analyze.as_secs_f64().max(1e-9)
    )?;

    // Pass 2: the `analyze` command's work on `threads` cores: a reader thread cuts the file into batches of
    // raw lines while the pool parses, analyses and serialises the batch before (see `stream`).
    let threads = usize::from(args.threads);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
    let c0 = cpu_time();
    let w0 = Instant::now();
    let mut n = 0usize;
    let (batches, cutter) = stream::spawn(vec![Input::Jsonl(args.input.clone())], BATCH);
    for batch in batches {
        n += pool.install(|| {
            batch
                .into_par_iter()
                .map(|job| {
                    let articles = job.articles(&reader).unwrap_or_default();
                    for a in &articles {
                        let mut json = Vec::new();
                        // Writing to a Vec cannot fail; the record is dropped, only the work counts.
                        let _ = serde_json::to_writer(&mut json, &analyzer.analyze(a));
                        black_box(json);
                    }
                    articles.len()
                })
                .sum::<usize>()
        });
    }
    let wall = w0.elapsed();
    let cpu = cpu_time().zip(c0).map(|(c1, c0)| c1.saturating_sub(c0));
    if cutter.join().is_err() {
        anyhow::bail!("the input reader thread failed");
    }
    // Threads, not cores: `--threads 7` on a machine of 2 CPUs runs 7 threads on 2 cores.
    let cpus = std::thread::available_parallelism().map_or(0, usize::from);
    writeln!(std::io::stdout(), "{threads} thread(s) on {cpus} CPU(s):")?;
    writeln!(
        std::io::stdout(),
        "  {:<34} {:>9.1} MB/s  {:>10.0} articles/s",
        "read + analyze + JSON",
        mb / wall.as_secs_f64().max(1e-9),
        n as f64 / wall.as_secs_f64().max(1e-9)
    )?;
    if let Some(cpu) = cpu {
        writeln!(
            std::io::stdout(),
            "  {:<34} {:>9.3} ms/article  ({:.2} s CPU over {:.2} s wall)",
            "CPU time (all threads)",
            ms(cpu) / n.max(1) as f64,
            cpu.as_secs_f64(),
            wall.as_secs_f64()
        )?;
    }
    if let Some(load) = load_average() {
        writeln!(std::io::stdout(), "  load average (1 min) at the end: {load}")?;
    }
    if let Some(hwm) = peak_rss_kb() {
        writeln!(std::io::stdout(), "peak memory (VmHWM): {:.1} MB", hwm as f64 / 1024.0)?;
    }
    Ok(if bad == 0 { Outcome::Done } else { Outcome::SomeFailed(bad) })
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

/// User + system CPU time of this process so far, all threads (from /proc, Linux only; 10 ms ticks).
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th.
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}

/// The one-minute load average, to judge a figure measured on a shared machine.
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next().map(str::to_owned)
}

/// Peak resident memory of this process, from /proc (Linux only).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
