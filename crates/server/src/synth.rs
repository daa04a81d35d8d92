//! Stores for tests and benchmarks: real articles through the real pipeline,
//! and many events made from a few by copying analysed articles.
//!
//! # How the large stores are made
//!
//! Ingesting 100,000 events' worth of articles through the pipeline takes
//! minutes, so [`fill`] analyses a few real articles once (reader + pipeline,
//! as `marsad ingest` does) and writes copies of them straight into the store
//! with [`marsad_store::Store::insert_batch`], then indexes them:
//!
//! - copy `k` gets its own document id, URL and content hash (a copy marker is
//!   appended to the text as read; the cleaned body every span points into is
//!   the original's, so evidence still lies at its span);
//! - copies go in rounds of one copy per base article; every dated event of
//!   round `r`, and the publication date of its copies, move to day
//!   `START + 3r` with day precision. The store merges two reports only when
//!   their dates are within a day of each other (`marsad_store::merge`), so
//!   rounds three days apart never merge and each adds its own events (inside
//!   a round, reports merge as they did when the base articles were stored
//!   together);
//! - undated events stay undated (the store never merges undated events).
//!
//! The near-duplicate check is skipped on purpose: copies are near-duplicates
//! by construction and would otherwise be stored without events.

use std::path::PathBuf;

use anyhow::Context;
use marsad_model::DateValue;
use marsad_store::{Analysis, ArticleInput, DataDir, IngestOptions, IngestSummary, StoreStats};

/// First day of the synthetic calendar.
const START: (i32, u8, u8) = (2015, 1, 1);
/// Days between two copies; above the merge tolerance of day-precise dates (±1).
const STRIDE_DAYS: i64 = 3;
/// Copies written per transaction.
const BATCH: usize = 200;

/// Ingests files or folders through the reader and pipeline into `data`, as `marsad ingest` does.
///
/// # Errors
///
/// The store or index fails.
pub fn ingest_paths(
    data: &mut DataDir,
    paths: &[PathBuf],
    reader: &marsad_ingest::Reader,
    analyzer: &marsad_pipeline::Analyzer,
) -> anyhow::Result<IngestSummary> {
    let items = marsad_store::pipeline::PathReader::new(reader, paths);
    let pipeline = marsad_store::pipeline::PipelineAnalyzer { analyzer, fallback_published: None };
    Ok(data.ingest(items, &pipeline, IngestOptions::default(), &mut |_| {})?)
}

/// Reads and analyses articles once, for [`fill`]; unreadable files are an error naming them.
///
/// # Errors
///
/// A file cannot be read as an article.
pub fn analysed(
    paths: &[PathBuf],
    reader: &marsad_ingest::Reader,
    analyzer: &marsad_pipeline::Analyzer,
) -> anyhow::Result<Vec<(ArticleInput, Analysis)>> {
    let pipeline = marsad_store::pipeline::PipelineAnalyzer { analyzer, fallback_published: None };
    let mut out = Vec::new();
    for item in marsad_store::pipeline::PathReader::new(reader, paths) {
        match item {
            marsad_store::IngestItem::Article(input) => {
                let analysis = marsad_store::Analyzer::analyze(&pipeline, &input);
                out.push((input, analysis));
            }
            marsad_store::IngestItem::Failed { path, reason } => anyhow::bail!("{path}: {reason}"),
        }
    }
    Ok(out)
}

/// The article and analysis of copy `copy` of `base`, dated `day` (a day number).
fn copy_of(base: &(ArticleInput, Analysis), copy: usize, day: i64) -> marsad_store::NewArticle {
    let (input, analysis) = base;
    let date = day_value(day);
    let mut input = input.clone();
    input.doc = format!("synthetic-{copy}-{}", input.doc);
    input.url = Some(format!("synthetic://copy/{copy}/{}", input.doc));
    input.published = Some(date.clone());
    input.body.push_str(&format!("\n[synthetic copy {copy}]"));
    // The payload would re-analyse to the original's dates; a copy is not re-analysable.
    input.payload = None;
    let mut analysis = analysis.clone();
    analysis.published = Some(date.clone());
    for e in &mut analysis.events {
        if e.date.is_some() {
            e.date = Some(date.clone());
        }
    }
    marsad_store::NewArticle {
        content_hash: marsad_store::content_hash(&input.body),
        signature: marsad_store::minhash::Signature::of_text(&analysis.body),
        input,
        duplicate_of: None,
        analysis,
    }
}

fn day_value(day: i64) -> DateValue {
    let s = marsad_store::day_string(day);
    let part = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(1);
    DateValue::day(part(0..4) as i32, part(5..7) as u8, part(8..10) as u8)
}

/// Writes copies of `base` (round-robin, see the module notes) into `data` until it holds at
/// least `events` events, then indexes them; returns the store's counts.
///
/// # Errors
///
/// `base` codes no event, or the store or index fails.
pub fn fill(
    data: &mut DataDir,
    base: &[(ArticleInput, Analysis)],
    events: usize,
) -> anyhow::Result<StoreStats> {
    use marsad_store::Store;
    anyhow::ensure!(base.iter().any(|(_, a)| !a.events.is_empty()), "the base articles code no event");
    let start = marsad_store::day_number(START.0, START.1, START.2);
    let mut stats = data.store().stats()?;
    let mut copy = 0usize;
    while stats.events < events {
        // Estimate how many copies are still needed from the events one round adds.
        let per_copy =
            base.iter().map(|(_, a)| a.events.len()).sum::<usize>().max(1) as f64 / base.len() as f64;
        let wanted = (((events - stats.events) as f64 / per_copy).ceil() as usize).clamp(1, BATCH);
        let batch: Vec<_> = (0..wanted)
            .map(|i| {
                let k = copy + i;
                copy_of(&base[k % base.len()], k, start + STRIDE_DAYS * (k / base.len()) as i64)
            })
            .collect();
        copy += wanted;
        data.store_mut().insert_batch(&batch).context("writing synthetic copies")?;
        stats = data.store().stats()?;
    }
    data.catch_up_index().context("indexing synthetic copies")?;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_values_follow_the_store_calendar() {
        for (n, text) in [(0, "1970-01-01"), (19_782, "2024-02-29"), (16_436, "2015-01-01")] {
            assert_eq!(day_value(n).value.as_deref(), Some(text));
        }
    }

    #[test]
    fn copies_add_events_without_merging_and_keep_evidence_at_its_span() {
        let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../samples");
        let reader = marsad_ingest::Reader::embedded();
        let analyzer = marsad_pipeline::Analyzer::embedded();
        let files: Vec<PathBuf> = ["003_edeaf7ad7451c4e5.txt", "004_43a99b59954af813.txt"]
            .iter()
            .map(|f| samples.join(f))
            .collect();
        let base = analysed(&files, &reader, &analyzer).unwrap();
        let per_round: usize = base.iter().map(|(_, a)| a.events.len()).sum();
        assert!(per_round > 0);
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("store");
        let mut data = DataDir::open(&dir).unwrap();
        let stats = fill(&mut data, &base, 300).unwrap();
        assert!(stats.events >= 300, "{stats:?}");
        let all =
            data.list_events(&marsad_store::Filter::default(), marsad_store::PageRequest::all()).unwrap();
        assert_eq!(all.total, stats.events);
        // No event merges reports of two rounds: its sources share one publication day.
        for e in &all.items {
            let days: std::collections::BTreeSet<_> =
                e.sources.iter().map(|s| s.published.as_ref().and_then(|p| p.value.clone())).collect();
            assert_eq!(days.len(), 1, "event {} merges rounds: {days:?}", e.id);
        }
        for e in all.items.iter().take(50) {
            let s = &e.sources[0];
            let article = data.get_article(s.article_id).unwrap().unwrap();
            assert_eq!(&article.body[s.sentence.start..s.sentence.end], s.evidence);
        }
        let hits = data
            .search("دوريات", &marsad_store::Filter::default(), marsad_store::PageRequest::default())
            .unwrap();
        assert!(hits.total > 1, "copies are indexed");
        drop(data);
    }
}
