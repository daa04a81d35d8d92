//! The ingest driver: keys, de-duplication, analysis, batched commits, indexing.

use std::collections::HashSet;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_128;

use crate::input::{Analyzer, ArticleInput, TextOnlyAnalyzer};
use crate::minhash::{LshIndex, Signature, NEAR_DUPLICATE_THRESHOLD};
use crate::store::{NewArticle, Original, Store};
use crate::{DataDir, Result};

/// One input to the ingest: an article, or a file that could not be read.
#[derive(Clone, Debug)]
pub enum IngestItem {
    /// An article read from a file or record.
    Article(ArticleInput),
    /// A file (or record) that could not be read, with why.
    Failed {
        /// The file, with `:line` for a JSON Lines record.
        path: String,
        /// What was wrong (`binary data, not text`, `empty file`, …).
        reason: String,
    },
}

/// Settings of an ingest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IngestOptions {
    /// Articles per transaction (and per index commit).
    pub batch_size: usize,
    /// Estimated Jaccard similarity at or above which an article is a near-duplicate.
    pub near_duplicate_threshold: f64,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions { batch_size: 256, near_duplicate_threshold: NEAR_DUPLICATE_THRESHOLD }
    }
}

/// A file or record that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// The file (with `:line` for a record).
    pub path: String,
    /// Why.
    pub reason: String,
}

/// What an ingest did. Counts only include committed batches.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IngestSummary {
    /// Inputs seen (articles and failures).
    pub read: usize,
    /// New original articles stored and analysed.
    pub new: usize,
    /// Articles skipped because already stored (same URL or same content).
    pub duplicates: usize,
    /// Articles stored as near-duplicates of an earlier original (not analysed).
    pub near_duplicates: usize,
    /// Inputs that could not be read.
    pub failed: Vec<Failure>,
    /// Events coded in the new articles (before merging).
    pub event_reports: usize,
    /// Wall time in seconds.
    pub seconds: f64,
}

/// The content key of an article: xxh3-128 of its folded body with white space collapsed, so a
/// re-encoded or re-spaced copy is the same article.
pub fn content_hash(body: &str) -> [u8; 16] {
    let folded = marsad_text::fold(body);
    let mut norm = String::with_capacity(folded.len());
    for w in folded.split_whitespace() {
        if !norm.is_empty() {
            norm.push(' ');
        }
        norm.push_str(w);
    }
    xxh3_128(norm.as_bytes()).to_le_bytes()
}

/// An article accepted for storage: input, content hash, signature, and its original if a
/// near-duplicate.
type Planned = (ArticleInput, [u8; 16], Signature, Option<(Original, f64)>);

impl DataDir {
    /// Ingests articles: skips those already stored, stores near-duplicates linked to their
    /// original without analysing them, analyses the rest, and commits every
    /// `options.batch_size` inputs in one transaction, then indexes them. `progress` is called
    /// after each commit with the running totals (what it reports is durable).
    ///
    /// # Errors
    ///
    /// The store or index fails; inputs that cannot be read are counted in `failed`, not errors.
    pub fn ingest(
        &mut self,
        items: impl IntoIterator<Item = IngestItem>,
        analyzer: &dyn Analyzer,
        options: IngestOptions,
        progress: &mut dyn FnMut(&IngestSummary),
    ) -> Result<IngestSummary> {
        let started = std::time::Instant::now();
        let mut lsh = LshIndex::new();
        for (id, sig) in self.store().original_signatures()? {
            lsh.insert(id, sig);
        }
        let mut summary = IngestSummary::default();
        let mut items = items.into_iter().peekable();
        let batch_size = options.batch_size.max(1);
        while items.peek().is_some() {
            let mut articles = Vec::new();
            let mut pending = IngestSummary::default();
            for item in items.by_ref().take(batch_size) {
                pending.read += 1;
                match item {
                    IngestItem::Article(a) if a.body.trim().is_empty() => {
                        let path = a.source_path.clone().unwrap_or_else(|| a.doc.clone());
                        pending.failed.push(Failure { path, reason: "no article text".into() });
                    }
                    IngestItem::Article(a) => articles.push(a),
                    IngestItem::Failed { path, reason } => pending.failed.push(Failure { path, reason }),
                }
            }
            let keyed: Vec<(ArticleInput, [u8; 16], Signature)> = articles
                .into_par_iter()
                .map(|a| {
                    let h = content_hash(&a.body);
                    let s = Signature::of_text(&a.body);
                    (a, h, s)
                })
                .collect();
            let mut batch_urls = HashSet::new();
            let mut batch_hashes = HashSet::new();
            let mut batch_originals: Vec<(usize, Signature)> = Vec::new();
            let mut planned: Vec<Planned> = Vec::new();
            for (a, hash, sig) in keyed {
                let url_seen = a.url.as_ref().is_some_and(|u| batch_urls.contains(u));
                if url_seen
                    || batch_hashes.contains(&hash)
                    || self.store().find_existing(a.url.as_deref(), &hash)?.is_some()
                {
                    pending.duplicates += 1;
                    continue;
                }
                if let Some(u) = &a.url {
                    batch_urls.insert(u.clone());
                }
                batch_hashes.insert(hash);
                let stored = lsh
                    .best_match(&sig, options.near_duplicate_threshold)
                    .map(|(id, s)| (Original::Stored(id), s));
                let in_batch = batch_originals
                    .iter()
                    .map(|(i, s)| (*i, s.similarity(&sig)))
                    .filter(|(_, s)| *s >= options.near_duplicate_threshold)
                    .fold(None::<(usize, f64)>, |best, (i, s)| match best {
                        Some((_, bs)) if bs >= s => best,
                        _ => Some((i, s)),
                    })
                    .map(|(i, s)| (Original::Batch(i), s));
                // The stored original was seen first; prefer it unless the batch one is closer.
                let original = match (stored, in_batch) {
                    (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
                    (a, b) => a.or(b),
                };
                if original.is_none() {
                    batch_originals.push((planned.len(), sig.clone()));
                }
                planned.push((a, hash, sig, original));
            }
            let new_articles: Vec<NewArticle> = planned
                .into_par_iter()
                .map(|(input, content_hash, signature, original)| {
                    let analysis = match original {
                        Some(_) => TextOnlyAnalyzer.analyze(&input),
                        None => analyzer.analyze(&input),
                    };
                    NewArticle { input, content_hash, signature, duplicate_of: original, analysis }
                })
                .collect();
            let before = self.store().max_article_id()?;
            let ids = self.store_mut().insert_batch(&new_articles)?;
            for (a, id) in new_articles.iter().zip(&ids) {
                if a.duplicate_of.is_some() {
                    pending.near_duplicates += 1;
                } else {
                    pending.new += 1;
                    pending.event_reports += a.analysis.events.len();
                    lsh.insert(*id, a.signature.clone());
                }
            }
            summary.read += pending.read;
            summary.new += pending.new;
            summary.duplicates += pending.duplicates;
            summary.near_duplicates += pending.near_duplicates;
            summary.event_reports += pending.event_reports;
            summary.failed.append(&mut pending.failed);
            if !ids.is_empty() {
                self.index_after(before)?;
            }
            summary.seconds = started.elapsed().as_secs_f64();
            progress(&summary);
        }
        summary.seconds = started.elapsed().as_secs_f64();
        Ok(summary)
    }

    /// Analyses every stored original again (after the knowledge files changed), re-merges all
    /// events, and rebuilds the index. Near-duplicates stay linked and unanalysed.
    ///
    /// # Errors
    ///
    /// The store or index fails.
    pub fn reanalyze(&mut self, analyzer: &dyn Analyzer) -> Result<crate::StoreStats> {
        let originals = self.store().originals()?;
        let analyses: Vec<_> = originals.into_par_iter().map(|(id, a)| (id, analyzer.analyze(&a))).collect();
        self.store_mut().replace_analyses(&analyses)?;
        self.reindex(&mut |_, _| {})?;
        self.store().stats()
    }
}
