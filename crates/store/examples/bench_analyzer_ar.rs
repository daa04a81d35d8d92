//! CPU cost of the Arabic index analysers over the cleaned bodies of the real bulk corpus.
//!
//! `cargo run --release -p marsad-store --example bench_analyzer_ar [REPS]` prints the CPU time
//! per pass and a checksum of every token (text, offsets, position), so two builds can be
//! compared for identity as well as speed. For instruction counts, run the binary under
//! `valgrind --tool=callgrind --toggle-collect=*analyse_all*`.
//!
//! `... --example bench_analyzer_ar index [REPS]` indexes the same bodies (with their titles,
//! outlets and days, no entities) into a fresh [`SearchIndex`] in one commit per pass, the
//! whole index side of an ingest: analysers, postings, docstore, segment write. It prints a
//! digest of what the index holds (every term of every field with its documents, frequencies
//! and positions, the field norms and the stored documents), equal for two builds that index
//! the same. For instruction counts: `--toggle-collect=*index_all*`.

use marsad_store::{ArabicTokenizer, IndexDoc, SearchIndex};
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

/// A hash of the index in `dir` (one segment expected, as one commit writes): per field, every
/// term with each document, term frequency and positions, and the field norms; then every
/// stored document.
fn index_digest(dir: &std::path::Path) -> u64 {
    use tantivy::postings::Postings;
    use tantivy::schema::Document;
    use tantivy::schema::IndexRecordOption;
    use tantivy::{DocSet, TantivyDocument, TERMINATED};
    let index = tantivy::Index::open_in_dir(dir).expect("open index");
    let reader = index.reader().expect("reader");
    let searcher = reader.searcher();
    let schema = index.schema();
    let mut hash = xxhash_rust::xxh64::Xxh64::new(0);
    let mut positions = Vec::new();
    for segment in searcher.segment_readers() {
        hash.write_u32(segment.max_doc());
        for (field, entry) in schema.fields() {
            hash.write(entry.name().as_bytes());
            if !entry.is_indexed() {
                continue;
            }
            let inverted = segment.inverted_index(field).expect("inverted index");
            let mut terms = inverted.terms().stream().expect("terms");
            while terms.advance() {
                hash.write(terms.key());
                let mut postings = inverted
                    .read_postings_from_terminfo(terms.value(), IndexRecordOption::WithFreqsAndPositions)
                    .expect("postings");
                while postings.doc() != TERMINATED {
                    hash.write_u32(postings.doc());
                    hash.write_u32(postings.term_freq());
                    postings.positions(&mut positions);
                    for p in &positions {
                        hash.write_u32(*p);
                    }
                    postings.advance();
                }
            }
            if let Ok(norms) = segment.get_fieldnorms_reader(field) {
                for doc in 0..segment.max_doc() {
                    hash.write_u8(norms.fieldnorm_id(doc));
                }
            }
        }
        let store = segment.get_store_reader(0).expect("store");
        for doc in 0..segment.max_doc() {
            let doc: TantivyDocument = store.get(doc).expect("stored doc");
            hash.write(doc.to_json(&schema).as_bytes());
        }
    }
    hash.finish()
}

fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// Indexes `docs` into a fresh index in `dir` and commits it.
#[inline(never)]
fn index_all(docs: &[IndexDoc], dir: &std::path::Path) {
    let index = SearchIndex::open(dir).expect("index");
    index.add(docs, docs.len() as i64).expect("add");
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let index_mode = args.first().is_some_and(|a| a == "index");
    if index_mode {
        args.remove(0);
    }
    let reps: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/real/bulk/syria_relevant_bulk.jsonl");
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    };
    let rows: Vec<serde_json::Value> =
        data.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).collect();
    let texts: Vec<String> =
        rows.iter().filter_map(|v| v["text"].as_str().map(|t| marsad_text::clean(t).text)).collect();
    if index_mode {
        let docs: Vec<IndexDoc> = rows
            .iter()
            .zip(&texts)
            .enumerate()
            .map(|(i, (v, body))| IndexDoc {
                id: i as i64 + 1,
                title: marsad_text::clean(v["title"].as_str().unwrap_or("")).text,
                body: body.clone(),
                outlet: v["outlet"].as_str().map(str::to_string),
                published: Some(marsad_model::DateValue::day(2022, 1 + (i % 12) as u8, 1 + (i % 28) as u8)),
                actors: Vec::new(),
                places: Vec::new(),
                event_types: Vec::new(),
                duplicate_of: None,
            })
            .collect();
        let dir = std::env::temp_dir().join(format!("bench-index-{}", std::process::id()));
        let before = cpu_seconds();
        for _ in 0..reps {
            let _ = std::fs::remove_dir_all(&dir);
            index_all(&docs, &dir);
        }
        let cpu = cpu_seconds() - before;
        let digest = index_digest(&dir);
        let size: u64 = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum())
            .unwrap_or(0);
        let _ = std::fs::remove_dir_all(&dir);
        println!(
            "{} docs indexed; index {:.2} MB, digest {digest:016x}; {:.3} s CPU/pass (all threads)",
            docs.len(),
            size as f64 / 1e6,
            cpu / reps as f64
        );
        return;
    }
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
