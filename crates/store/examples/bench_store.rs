//! Store benchmarks; prints figures.
//!
//! ```text
//! cargo run --release -p marsad-store --example bench_store -- ingest [JSONL]
//!     ingest + analyse + index real/bulk (1,990 articles) into a fresh data directory:
//!     articles/s, peak memory, store size per 1,000 articles, near-duplicates, merged events.
//! cargo run --release -p marsad-store --example bench_store -- search [N] [JSONL]
//!     generate N (default 100,000) articles by reshuffling the sentences of real/bulk, ingest
//!     them (same pipeline), then time 500 searches and 200 event-list pages: p50/p99.
//! ```
//!
//! Generated articles: every sentence of every bulk article is collected (marsad_text::sentences);
//! article i takes 6–14 sentences picked by a fixed xorshift generator seeded with i, its title
//! is its first sentence's first eight words, and its outlet/date are those of the bulk article
//! the first sentence came from. The text is therefore real Arabic news prose, the vocabulary
//! and term statistics are the corpus's, and no two generated articles are near-duplicates.

use std::path::{Path, PathBuf};
use std::time::Instant;

use marsad_store::pipeline::{article_input, PathReader, PipelineAnalyzer};
use marsad_store::{DataDir, Filter, IngestItem, IngestOptions, PageRequest};

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn default_bulk() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/real/bulk/syria_relevant_bulk.jsonl")
}

/// CPU seconds (user + system) this process has used, all threads.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |r| r.1);
    let f: Vec<f64> = rest.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    // `rest` starts with the state letter (not a number), so utime/stime are at 10 and 11.
    (f.get(10).copied().unwrap_or(0.0) + f.get(11).copied().unwrap_or(0.0)) / 100.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("ingest") => bench_ingest(args.get(1).map(PathBuf::from).unwrap_or_else(default_bulk)),
        Some("search") => bench_search(
            args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000),
            args.get(2).map(PathBuf::from).unwrap_or_else(default_bulk),
        ),
        Some("phases") => bench_phases(args.get(1).map(PathBuf::from).unwrap_or_else(default_bulk)),
        Some("query") if args.len() >= 2 => {
            let bulk = args.get(2).map(PathBuf::from).unwrap_or_else(default_bulk);
            let (sentences, _) = bulk_sentences(&bulk);
            let data = DataDir::open(Path::new(&args[1])).expect("data dir");
            time_queries(&data, &sentences);
        }
        _ => eprintln!(
            "usage: bench_store ingest [JSONL] | phases [JSONL] | search [N] [JSONL] | query DATA_DIR [JSONL]"
        ),
    }
}

fn bench_ingest(bulk: PathBuf) {
    let tmp = std::env::temp_dir().join(format!("marsad-bench-ingest-{}", std::process::id()));
    // Fixed costs, which an ingest of a couple of thousand articles pays once each: loading the
    // knowledge, creating a data directory, and ingesting one article (index writer, commits,
    // checkpoint, and their fsyncs: wall time well above CPU time on a busy disk).
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let reader = marsad_ingest::Reader::embedded();
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    let (load_secs, load_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let one = std::env::temp_dir().join(format!("marsad-bench-one-{}", std::process::id()));
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let mut data = DataDir::open(&one).expect("data dir");
    let (open_secs, open_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    let first = PathReader::new(&reader, std::slice::from_ref(&bulk)).take(1);
    let (t, cpu) = (Instant::now(), cpu_seconds());
    data.ingest(first, &pipeline, IngestOptions::default(), &mut |_| {}).expect("ingest of one");
    let (one_secs, one_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    drop(data);
    let _ = std::fs::remove_dir_all(&one);
    println!(
        "fixed costs (wall / CPU): knowledge {load_secs:.3} / {load_cpu:.3} s; new data directory \
         {open_secs:.3} / {open_cpu:.3} s; ingest of 1 article {one_secs:.3} / {one_cpu:.3} s"
    );
    // The analysis alone, on both cores, for comparison with the whole ingest.
    let articles: Vec<marsad_ingest::Article> = PathReader::new(&reader, std::slice::from_ref(&bulk))
        .filter_map(|i| match i {
            IngestItem::Article(a) => Some(marsad_store::pipeline::article_of(&a)),
            IngestItem::Failed { .. } => None,
        })
        .collect();
    let t = Instant::now();
    let cpu = cpu_seconds();
    {
        use rayon::prelude::*;
        let n: usize = articles.par_iter().map(|a| analyzer.analyze(a).events.len()).sum();
        std::hint::black_box(n);
    }
    let analyse_secs = t.elapsed().as_secs_f64();
    let analyse_cpu = cpu_seconds() - cpu;
    println!(
        "analysis alone (pipeline, {} threads): {} articles in {analyse_secs:.2} s = {:.0} articles/s; \
         CPU {analyse_cpu:.2} s = {:.2} ms per article",
        rayon::current_num_threads(),
        articles.len(),
        articles.len() as f64 / analyse_secs,
        analyse_cpu * 1000.0 / articles.len() as f64
    );
    drop(articles);
    let mut data = DataDir::open(&tmp).expect("data dir");
    let started = Instant::now();
    let cpu = cpu_seconds();
    let summary = data
        .ingest(
            PathReader::new(&reader, std::slice::from_ref(&bulk)),
            &pipeline,
            IngestOptions::default(),
            &mut |_| {},
        )
        .expect("ingest");
    let secs = started.elapsed().as_secs_f64();
    let ingest_cpu = cpu_seconds() - cpu;
    let stats = data.stats().expect("stats");
    let bytes = data.disk_bytes();
    println!(
        "ingest+analyse+index: {} articles in {secs:.2} s = {:.0} articles/s; CPU {ingest_cpu:.2} s \
         ({:.2} ms per article; {:.0} articles/s if {} cores were free for it)",
        summary.read,
        summary.read as f64 / secs,
        ingest_cpu * 1000.0 / summary.read as f64,
        summary.read as f64 / (ingest_cpu / rayon::current_num_threads() as f64),
        rayon::current_num_threads()
    );
    println!(
        "  new {}  duplicates {}  near-duplicates {}  failed {}",
        summary.new,
        summary.duplicates,
        summary.near_duplicates,
        summary.failed.len()
    );
    println!(
        "  events {} from {} reports; {} events reported by 2+ articles",
        stats.events, stats.event_sources, stats.merged_events
    );
    println!(
        "  store {:.1} MB on disk (db {:.1} MB) = {:.2} MB per 1,000 articles",
        bytes as f64 / 1e6,
        stats.db_bytes as f64 / 1e6,
        bytes as f64 / 1e6 / stats.articles as f64 * 1000.0
    );
    println!("  peak memory (VmHWM) {:.0} MB", peak_rss_mb());
    let again_started = Instant::now();
    let reader2 = marsad_ingest::Reader::embedded();
    let again = data
        .ingest(
            PathReader::new(&reader2, std::slice::from_ref(&bulk)),
            &pipeline,
            IngestOptions::default(),
            &mut |_| {},
        )
        .expect("second ingest");
    println!(
        "second ingest of the same file: read {} new {} duplicates {} in {:.2} s",
        again.read,
        again.new,
        again.duplicates,
        again_started.elapsed().as_secs_f64()
    );
    for f in &again.failed {
        println!("  failed: {}: {}", f.path, f.reason);
    }
    // Near-duplicate pairs, for the record.
    let mut pairs = Vec::new();
    for id in 1..=stats.articles as i64 {
        if let Some(a) = data.get_article(id).expect("article") {
            if let Some((o, sim)) = a.duplicate_of {
                let orig = data.get_article(o).expect("article").expect("original");
                pairs.push(format!(
                    "  {:.2}  {} ({}) ← {} ({})",
                    sim,
                    orig.doc,
                    orig.outlet.unwrap_or_default(),
                    a.doc,
                    a.outlet.unwrap_or_default()
                ));
            }
        }
    }
    println!("near-duplicate links ({}):", pairs.len());
    for p in pairs {
        println!("{p}");
    }
    drop(data);
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Each part of an ingest alone, on this thread (CPU seconds are the comparable figure): reading,
/// keys (content hash + MinHash), analysis, the SQLite transactions (and PostgreSQL's, when
/// `MARSAD_BENCH_PG` names an empty database), the index.
fn bench_phases(bulk: PathBuf) {
    use marsad_store::minhash::Signature;
    use marsad_store::{content_hash, NewArticle, SearchIndex, SqliteStore, Store};
    let tmp = std::env::temp_dir().join(format!("marsad-bench-phases-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("tmp");
    let reader = marsad_ingest::Reader::embedded();
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    let phase = |name: &str, n: usize, f: &mut dyn FnMut()| {
        let (t, cpu) = (Instant::now(), cpu_seconds());
        f();
        let (secs, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
        println!(
            "  {name:<28} wall {secs:6.2} s  CPU {cpu:6.2} s = {:.3} ms CPU per article",
            cpu * 1000.0 / n as f64
        );
    };
    let mut inputs = Vec::new();
    phase("read (PathReader)", 1990, &mut || {
        inputs = PathReader::new(&reader, std::slice::from_ref(&bulk))
            .filter_map(|i| match i {
                IngestItem::Article(a) => Some(a),
                IngestItem::Failed { .. } => None,
            })
            .collect();
    });
    let n = inputs.len();
    let mut keys = Vec::new();
    phase("content hash + MinHash", n, &mut || {
        keys = inputs.iter().map(|a| (content_hash(&a.body), Signature::of_text(&a.body))).collect();
    });
    let mut seen = std::collections::HashSet::new();
    let mut unique: Vec<(marsad_store::ArticleInput, [u8; 16], Signature)> = Vec::new();
    for (a, (h, s)) in inputs.into_iter().zip(keys) {
        if seen.insert(h)
            && a.url
                .as_ref()
                .is_none_or(|u| seen.insert(xxhash_rust::xxh3::xxh3_128(u.as_bytes()).to_le_bytes()))
        {
            unique.push((a, h, s));
        }
    }
    let n = unique.len();
    let mut analyses = Vec::new();
    phase("analysis (1 thread)", n, &mut || {
        analyses = unique.iter().map(|(a, _, _)| marsad_store::Analyzer::analyze(&pipeline, a)).collect();
    });
    let articles: Vec<NewArticle> = unique
        .into_iter()
        .zip(analyses)
        .map(|((input, content_hash, signature), analysis)| NewArticle {
            input,
            content_hash,
            signature,
            duplicate_of: None,
            analysis,
        })
        .collect();
    let mut store = SqliteStore::open(&tmp.join("marsad.db")).expect("store");
    phase("SQLite insert_batch (256)", n, &mut || {
        for chunk in articles.chunks(256) {
            store.insert_batch(chunk).expect("insert");
        }
    });
    // The same batches into a PostgreSQL store when MARSAD_BENCH_PG names an empty database.
    if let Some(url) = std::env::var("MARSAD_BENCH_PG").ok().filter(|u| !u.is_empty()) {
        let mut pg = marsad_store::PgStore::connect(&url).expect("PostgreSQL store");
        phase("PostgreSQL insert_batch (256)", n, &mut || {
            for chunk in articles.chunks(256) {
                pg.insert_batch(chunk).expect("insert");
            }
        });
        phase("index docs from PostgreSQL", n, &mut || {
            pg.index_docs(0, usize::MAX >> 2).expect("docs");
        });
    }
    let mut docs = Vec::new();
    phase("index docs from the store", n, &mut || {
        docs = store.index_docs(0, usize::MAX >> 2).expect("docs");
    });
    let index = SearchIndex::open(&tmp.join("index")).expect("index");
    phase("tantivy add + commit", n, &mut || {
        let last = docs.last().map_or(0, |d| d.id);
        index.add(&docs, last).expect("index");
    });
    let bytes = |p: &Path| {
        std::fs::read_dir(p)
            .map_or(0, |rd| rd.filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum::<u64>())
    };
    println!(
        "  db {:.1} MB, index {:.1} MB for {n} articles",
        bytes(&tmp) as f64 / 1e6,
        bytes(&tmp.join("index")) as f64 / 1e6
    );
    drop((store, index));
    let _ = std::fs::remove_dir_all(&tmp);
}

struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Sentences of the corpus (five words or more), with the index of their article.
fn bulk_sentences(bulk: &Path) -> (Vec<(String, usize)>, Vec<marsad_ingest::Article>) {
    let reader = marsad_ingest::Reader::embedded();
    let mut sentences: Vec<(String, usize)> = Vec::new();
    let mut sources = Vec::new();
    for item in PathReader::new(&reader, &[bulk.to_path_buf()]) {
        if let IngestItem::Article(a) = item {
            let article = marsad_store::pipeline::article_of(&a);
            for s in marsad_text::sentences(&article.body) {
                let t = s.slice(&article.body).trim();
                if t.split_whitespace().count() >= 5 {
                    sentences.push((t.to_string(), sources.len()));
                }
            }
            sources.push(article);
        }
    }
    (sentences, sources)
}

fn bench_search(n: usize, bulk: PathBuf) {
    let (sentences, sources) = bulk_sentences(&bulk);
    println!("{} sentences from {} bulk articles", sentences.len(), sources.len());
    if sentences.is_empty() {
        eprintln!(
            "{}: no article with a sentence of five words or more to build articles from",
            bulk.display()
        );
        std::process::exit(2);
    }
    let generated = (0..n).map(|i| {
        let mut rng = Xorshift(0x9E37_79B9_7F4A_7C15 ^ (i as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9) | 1);
        let k = 6 + (rng.next() % 9) as usize;
        let picks: Vec<&(String, usize)> =
            (0..k).map(|_| &sentences[(rng.next() % sentences.len() as u64) as usize]).collect();
        let src = &sources[picks[0].1];
        let mut article = src.clone();
        article.id = format!("gen{i:06}");
        article.url = Some(format!("https://generated.invalid/{i}"));
        article.title = picks[0].0.split_whitespace().take(8).collect::<Vec<_>>().join(" ");
        article.body = picks.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join("\n");
        article.boilerplate.clear();
        article.segments.clear();
        IngestItem::Article(article_input(&article))
    });
    let tmp = std::env::temp_dir().join(format!("marsad-bench-search-{}", std::process::id()));
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    let mut data = DataDir::open(&tmp).expect("data dir");
    let started = Instant::now();
    let options = IngestOptions { batch_size: 1000, ..IngestOptions::default() };
    let mut last = Instant::now();
    let summary = data
        .ingest(generated, &pipeline, options, &mut |s| {
            if last.elapsed().as_secs() >= 30 {
                eprintln!(
                    "  … {} articles, {:.0}/s, peak {:.0} MB",
                    s.read,
                    s.read as f64 / s.seconds,
                    peak_rss_mb()
                );
                last = Instant::now();
            }
        })
        .expect("ingest");
    let secs = started.elapsed().as_secs_f64();
    let stats = data.stats().expect("stats");
    println!(
        "ingested {} generated articles in {secs:.1} s ({:.0}/s); new {} near-duplicates {}; events {}",
        summary.read,
        summary.read as f64 / secs,
        summary.new,
        summary.near_duplicates,
        stats.events
    );
    println!("  peak memory during ingest (VmHWM) {:.0} MB", peak_rss_mb());
    println!(
        "  store {:.1} MB = {:.2} MB per 1,000 articles",
        data.disk_bytes() as f64 / 1e6,
        data.disk_bytes() as f64 / 1e6 / stats.articles as f64 * 1000.0
    );

    time_queries(&data, &sentences);
    if std::env::var_os("MARSAD_BENCH_KEEP").is_some() {
        println!("kept {}", tmp.display());
        return;
    }
    drop(data);
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Times 500 searches and 200 event-list pages over a data directory.
fn time_queries(data: &DataDir, sentences: &[(String, usize)]) {
    let stats = data.stats().expect("stats");
    // Queries: fixed phrases analysts type, plus words and word pairs drawn from the corpus.
    let mut queries: Vec<String> = [
        "دوريات مشتركة",
        "\"ريف دمشق\"",
        "قصف",
        "الدوريات",
        "غارات جوية",
        "\"قوات سوريا الديمقراطية\"",
        "إدلب",
        "المرصد السوري",
        "هدنة",
        "اللاجئين",
        "الغوطة الشرقية",
        "داعش",
        "أردوغان",
        "\"وقف إطلاق النار\"",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rng = Xorshift(42);
    while queries.len() < 500 {
        let s = &sentences[(rng.next() % sentences.len() as u64) as usize].0;
        let words: Vec<&str> = s
            .split_whitespace()
            .filter(|w| w.chars().count() > 3 && w.chars().all(char::is_alphabetic))
            .collect();
        if words.len() < 2 {
            continue;
        }
        let i = (rng.next() % (words.len() as u64 - 1)) as usize;
        queries.push(if rng.next().is_multiple_of(2) {
            words[i].to_string()
        } else {
            format!("{} {}", words[i], words[i + 1])
        });
    }
    let mut times = Vec::new();
    let mut hits = 0;
    for q in &queries {
        let t = Instant::now();
        let page = data.search(q, &Filter::default(), PageRequest { offset: 0, limit: 10 }).expect("search");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        hits += page.total;
    }
    times.sort_by(f64::total_cmp);
    println!(
        "search over {} articles, {} queries (top 10 + snippets): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; mean hits {}",
        stats.articles,
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.last().copied().unwrap_or(0.0),
        hits / queries.len()
    );
    let mut times = Vec::new();
    let filters = [
        Filter::default(),
        Filter { kinds: vec![marsad_model::EventType::Assault], ..Filter::default() },
        Filter { from: Some("2018-01".into()), to: Some("2018-06".into()), ..Filter::default() },
        Filter { near: marsad_store::Near::parse("35.93,36.63,50"), ..Filter::default() },
    ];
    for i in 0..200 {
        let f = &filters[i % filters.len()];
        let t = Instant::now();
        let page = data
            .list_events(f, PageRequest { offset: (i / filters.len()) * 100, limit: 100 })
            .expect("events");
        std::hint::black_box(page);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "event pages of 100 over {} events: p50 {:.2} ms, p99 {:.2} ms",
        stats.events,
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );
}
