//! The ingest driver: keys, de-duplication, analysis, batched commits, indexing.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_128;

use crate::input::{Analyzer, ArticleInput, TextOnlyAnalyzer};
use crate::minhash::{LshIndex, Signature, NEAR_DUPLICATE_THRESHOLD};
use crate::store::{IndexDoc, NewArticle, Original, Store, Stored};
use crate::{DataDir, Result};
use marsad_pipeline::PreparedBody;

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

/// Why an article with no text to analyse is not stored, naming it as its reader did: a feed item
/// (`doc` is `feed.xml#item-id`, what `analyze` prints and `explain --id` takes) by its file and its
/// id in the feed, not by the file alone, and its headline, when it has one, in the reason.
fn no_text(a: &ArticleInput) -> Failure {
    let item = a.source_path.as_deref().and_then(|file| {
        let name = std::path::Path::new(file).file_name()?.to_str()?;
        let id = a.doc.strip_prefix(name)?.strip_prefix('#')?;
        Some(format!("{file}#{id}"))
    });
    let path = item.or_else(|| a.source_path.clone()).unwrap_or_else(|| a.doc.clone());
    let title = a.title.trim();
    let reason = match title.is_empty() {
        true => "no article text".to_string(),
        false => format!("no article text: only the headline «{title}»"),
    };
    Failure { path, reason }
}

/// The content key of an article: xxh3-128 of its folded body with white space collapsed, so a
/// re-encoded or re-spaced copy is the same article.
pub fn content_hash(body: &str) -> [u8; 16] {
    content_hash_of_folded(&marsad_text::fold(body))
}

/// [`content_hash`] of a body already folded.
fn content_hash_of_folded(folded: &str) -> [u8; 16] {
    let mut norm = String::with_capacity(folded.len());
    for w in folded.split_whitespace() {
        if !norm.is_empty() {
            norm.push(' ');
        }
        norm.push_str(w);
    }
    xxh3_128(norm.as_bytes()).to_le_bytes()
}

/// Articles staged in the index between two index commits. The store commits every batch (that
/// is the durability promise); the index is derived and catches up from the store after a crash
/// (see [`crate::SearchIndex`]), so committing it less often only trades how much
/// [`DataDir::open`] re-indexes after a crash for fewer, larger segments and no waiting.
const INDEX_COMMIT_EVERY: usize = 8192;

/// The first index commit of an ingest comes after this many articles, and the interval doubles
/// up to [`INDEX_COMMIT_EVERY`]: writing a segment out takes its own time on one thread, and an
/// ingest of a couple of thousand articles would otherwise write its only segment at the very
/// end, alone, after the analysis is over (about a tenth of such an ingest's time).
const INDEX_COMMIT_FIRST: usize = 1024;

/// Analysed batches that may wait for the writer. With none (the analysis handing a batch over
/// only when the writer took it), the analysis of a bulk ingest stood blocked 0.3-0.8 s in all
/// (load 8-10) while the writer waited for an index commit; with one 0.14-0.18 s, with two
/// under 2 ms. Two batches of 256 articles with their analyses are about 25 MB.
const WRITE_QUEUE: usize = 2;

/// The database is checkpointed (passively, while the writer goes on) after this many articles
/// stored since the last checkpoint, on a thread of its own (see [`Checkpoint`]).
const CHECKPOINT_EVERY: usize = 1024;

/// What the checkpointing thread of an ingest is asked to do. A checkpoint copies pages and
/// waits for the disk (one took 0.35 s on a busy machine): left to the writer's connection it ran
/// on the writer's thread, and on the planner's it stopped the reading; either way the analysis
/// ran dry behind it.
enum Checkpoint {
    /// Copy what the log holds, not waiting for the writer.
    Passive,
    /// After the last batch: copy everything and empty the log, then say how it went.
    Final(std::sync::mpsc::Sender<Result<()>>),
}

/// The writer's automatic checkpoint during an ingest: a bound on the write-ahead log should the
/// planner's passive checkpoints never catch up (each leaves behind what the writer committed
/// meanwhile, and the log restarts only once wholly copied). 256 MiB of 4 KiB pages.
const INGEST_AUTOCHECKPOINT_PAGES: i64 = 65_536;

/// The first batches of an ingest hold this many inputs, doubling up to the batch size: the
/// analysis waits for the first batch to be read and planned, so a short one starts it sooner.
const FIRST_BATCH: usize = 32;

/// What decides whether an input is new, a duplicate or a near-duplicate, across the whole
/// ingest: the stored originals' signatures plus everything planned in this run.
///
/// Planned articles get their ids in advance (the store numbers articles in insertion order,
/// one process ingesting at a time), so the next batch can be planned, and near-duplicates
/// linked to originals of a batch still being written, while that batch is being stored.
struct Planner {
    lsh: LshIndex,
    urls: HashSet<String>,
    hashes: HashSet<[u8; 16]>,
    next_id: i64,
    threshold: f64,
}

/// An article accepted for storage: its id, input, content hash, signature, its original if a
/// near-duplicate, and its body cleaned and folded (made for the keys, handed on to the analysis).
type Planned = (i64, ArticleInput, [u8; 16], Signature, Option<(Original, f64)>, PreparedBody);

/// One batch on its way to the store: inputs read and planned, analysed, then written.
#[derive(Default)]
struct Batch {
    /// The planned articles.
    planned: Vec<Planned>,
    /// Counts of the inputs read for this batch (duplicates, failures).
    counts: IngestSummary,
}

impl Planner {
    fn new(store: &dyn Store, threshold: f64) -> Result<Planner> {
        let mut lsh = LshIndex::new();
        for (id, sig) in store.original_signatures()? {
            lsh.insert(id, sig);
        }
        Ok(Planner {
            lsh,
            urls: HashSet::new(),
            hashes: HashSet::new(),
            next_id: store.max_article_id()? + 1,
            threshold,
        })
    }

    /// Decides what becomes of each input read for a batch.
    fn plan(&mut self, store: &dyn Store, items: Vec<IngestItem>) -> Result<Batch> {
        let mut batch = Batch::default();
        let mut articles = Vec::new();
        for item in items {
            batch.counts.read += 1;
            match item {
                IngestItem::Article(a) if !marsad_text::has_text(&a.body) => {
                    batch.counts.failed.push(no_text(&a));
                }
                IngestItem::Article(a) => articles.push(a),
                IngestItem::Failed { path, reason } => batch.counts.failed.push(Failure { path, reason }),
            }
        }
        // Content hashes first, then duplicates out, then MinHash signatures of what is left: a
        // re-ingest signs nothing. Both keys fold the body once, and the analysis takes the
        // cleaned and folded body from here instead of making it again. On this thread, not the
        // rayon pool: it is analysing the previous batch meanwhile, and a job handed to the pool
        // from outside waits until the pool's own work is done.
        let hashed: Vec<(ArticleInput, PreparedBody, [u8; 16])> = articles
            .into_iter()
            .map(|a| {
                // `folded()` is `marsad_text::fold(&a.body)`, the keys' text.
                let prepared = PreparedBody::of(&a.body);
                let h = content_hash_of_folded(prepared.folded());
                (a, prepared, h)
            })
            .collect();
        let mut fresh = Vec::with_capacity(hashed.len());
        for (a, folded, hash) in hashed {
            // Only an address that names one page tells two articles are one: a relative link
            // (`/news/1`) from two sites' feeds is two pages.
            let page = a.url.as_deref().filter(|u| crate::records::names_one_page(u));
            let url_seen = page.is_some_and(|u| self.urls.contains(u));
            if url_seen || self.hashes.contains(&hash) || store.find_existing(page, &hash)?.is_some() {
                batch.counts.duplicates += 1;
                continue;
            }
            if let Some(u) = page {
                self.urls.insert(u.to_string());
            }
            self.hashes.insert(hash);
            fresh.push((a, folded, hash));
        }
        let signed: Vec<(ArticleInput, PreparedBody, [u8; 16], Signature)> = fresh
            .into_iter()
            .map(|(a, prepared, hash)| {
                let sig = Signature::of_folded(prepared.folded());
                (a, prepared, hash, sig)
            })
            .collect();
        for (a, prepared, hash, sig) in signed {
            let id = self.next_id;
            self.next_id += 1;
            // Every earlier original, stored or planned, is in the LSH index; the lowest-id one
            // wins a tie, so a near-duplicate links to the first seen.
            // A brief too short to tell a reprint from another statement in the same mould
            // ("طالبت تركيا روسيا بوقف الغارات على إدلب" and the same with إيران) is never a
            // near-duplicate: as one, it is linked and never analysed, and its event is lost. Exact
            // copies are still caught by URL and content hash.
            let long_enough =
                prepared.folded().split_whitespace().nth(MIN_NEAR_DUPLICATE_WORDS - 1).is_some();
            let original = long_enough
                .then(|| self.lsh.best_match(&sig, self.threshold))
                .flatten()
                .map(|(o, s)| (Original::Stored(o), s));
            if original.is_none() {
                self.lsh.insert(id, sig.clone());
            }
            batch.planned.push((id, a, hash, sig, original, prepared));
        }
        Ok(batch)
    }
}

/// Words an article needs before it can be a near-duplicate of another. The shortest near-duplicate
/// in `real/bulk/` has about 80 words; one-sentence briefs of a dozen differ by one name.
pub const MIN_NEAR_DUPLICATE_WORDS: usize = 40;

/// What the writer stage tells the reader.
enum Report {
    /// A batch was committed (its counts), or writing failed.
    Batch(Result<IngestSummary>),
    /// Every batch is in the database; the index is being committed.
    Stored,
}

/// A batch analysed: planned ids, articles ready to store, counts of what was read.
type Analysed = (Vec<i64>, Vec<NewArticle>, IngestSummary);

/// Analyses the originals of a batch (in parallel); near-duplicates get the text-only analysis.
fn analyse(batch: Batch, analyzer: &dyn Analyzer) -> Analysed {
    let (ids, articles): (Vec<i64>, Vec<NewArticle>) = batch
        .planned
        .into_par_iter()
        .map(|(id, input, content_hash, signature, original, prepared)| {
            let analysis = match original {
                Some(_) => TextOnlyAnalyzer.analyze(&input),
                None => analyzer.analyze_prepared(&input, prepared),
            };
            (id, NewArticle { input, content_hash, signature, duplicate_of: original, analysis })
        })
        .unzip();
    (ids, articles, batch.counts)
}

/// What the index needs of an article about to be stored, taken from memory rather than read
/// back from the store; agrees with [`Store::index_docs`] (tested).
fn index_doc(id: i64, a: &NewArticle) -> IndexDoc {
    let published =
        a.analysis.published.clone().or_else(|| a.input.published.clone()).filter(|p| !p.is_unknown());
    let mut kinds: Vec<String> = a.analysis.events.iter().map(|e| e.kind.as_str().to_string()).collect();
    kinds.sort();
    kinds.dedup();
    IndexDoc {
        id,
        title: if a.analysis.title.is_empty() { a.input.title.clone() } else { a.analysis.title.clone() },
        body: a.analysis.body.clone(),
        outlet: a.input.outlet.clone(),
        published,
        actors: a.analysis.entities.iter().filter(|e| !e.is_place()).map(|e| e.id.clone()).collect(),
        places: a.analysis.entities.iter().filter(|e| e.is_place()).map(|e| e.id.clone()).collect(),
        event_types: kinds,
        duplicate_of: match a.duplicate_of {
            Some((Original::Stored(o), _)) => Some(o),
            // The planner links to ids only; a caller's in-batch link is resolved by the store.
            Some((Original::Batch(_), _)) | None => None,
        },
    }
}

/// The last stage of an ingest: stores analysed batches and stages them in the index.
struct Writer<'a> {
    store: &'a mut crate::AnyStore,
    index: &'a crate::SearchIndex,
    /// A store other processes write too (PostgreSQL): their batches may come between this
    /// ingest's, so its articles may get other ids than planned, and the index is brought up to
    /// the store by id (theirs included) rather than staged from memory.
    shared: bool,
    /// Planned ids that the store gave other ids (a shared store), for the near-duplicates that
    /// point to them.
    moved: HashMap<i64, i64>,
    /// Articles staged in the index since its last commit.
    staged: usize,
    /// Staged articles at which the index is committed next.
    commit_at: usize,
    indexed_up_to: i64,
}

impl Writer<'_> {
    /// Stores one analysed batch in one transaction and stages it in the index (committing
    /// the index every so often, see [`INDEX_COMMIT_FIRST`]); returns its counts.
    fn write(
        &mut self,
        ids: &[i64],
        mut articles: Vec<NewArticle>,
        counts: IngestSummary,
    ) -> Result<IngestSummary> {
        if articles.is_empty() {
            return Ok(counts);
        }
        if self.shared {
            return self.write_shared(ids, &mut articles, counts);
        }
        let articles = &articles[..];
        // Staged first, so the index writer's thread indexes the batch while its transaction
        // runs here; the index is committed only below, after the store committed.
        let docs: Vec<IndexDoc> = ids.iter().zip(articles).map(|(id, a)| index_doc(*id, a)).collect();
        self.index.stage(&docs)?;
        let stored = match self.store.insert_batch(articles) {
            Ok(stored) => stored,
            Err(e) => {
                self.drop_staged()?;
                return Err(e);
            }
        };
        if stored.iter().map(|s| s.new_id()).ne(ids.iter().map(|id| Some(*id))) {
            self.drop_staged()?;
            return Err(crate::Error::Corrupt {
                what: "article ids".into(),
                message: format!(
                    "expected ids {}..={}, the store gave {:?}..; did another process ingest into this \
                     data directory at the same time?",
                    ids[0],
                    ids[ids.len() - 1],
                    stored.first().map(|s| s.id())
                ),
            });
        }
        self.staged += docs.len();
        self.indexed_up_to = self.indexed_up_to.max(ids[ids.len() - 1]);
        if self.staged >= self.commit_at {
            self.index.commit(self.indexed_up_to)?;
            self.staged = 0;
            self.commit_at = (self.commit_at * 2).min(INDEX_COMMIT_EVERY);
        }
        Ok(count_stored(articles, &stored, counts))
    }

    /// [`Writer::write`] into a shared store: near-duplicates of articles the store numbered
    /// otherwise than planned point to their stored ids; the index follows the store by id every
    /// so often (and at the end), taking in what other nodes stored meanwhile.
    fn write_shared(
        &mut self,
        ids: &[i64],
        articles: &mut [NewArticle],
        counts: IngestSummary,
    ) -> Result<IngestSummary> {
        for a in articles.iter_mut() {
            if let Some((Original::Stored(planned), similarity)) = a.duplicate_of {
                // An original of this very batch: by its place, the store gives it its id.
                if let Some(i) = ids.iter().position(|id| *id == planned) {
                    a.duplicate_of = Some((Original::Batch(i), similarity));
                } else if let Some(&stored) = self.moved.get(&planned) {
                    a.duplicate_of = Some((Original::Stored(stored), similarity));
                }
            }
        }
        // An article another node stored after this ingest looked it up is `Already` stored: a
        // duplicate, as a second ingest would count it; its near-duplicates point to that one.
        let stored = self.store.insert_batch(articles)?;
        for (planned, stored) in ids.iter().zip(&stored) {
            if *planned != stored.id() {
                self.moved.insert(*planned, stored.id());
            }
        }
        self.staged += stored.len();
        if self.staged >= self.commit_at {
            crate::datadir::index_after(self.store, self.index, self.index.indexed_up_to()?)?;
            self.staged = 0;
            self.commit_at = (self.commit_at * 2).min(INDEX_COMMIT_EVERY);
        }
        Ok(count_stored(articles, &stored, counts))
    }

    /// Drops what the index staged after a failed write, and indexes again what earlier batches
    /// stored since its last commit, so the index stays the store's.
    fn drop_staged(&mut self) -> Result<()> {
        self.index.rollback()?;
        self.staged = 0;
        crate::datadir::index_after(self.store, self.index, self.index.indexed_up_to()?)?;
        Ok(())
    }

    /// Commits what the index has staged.
    fn finish(&mut self) -> Result<()> {
        if self.shared {
            crate::datadir::index_after(self.store, self.index, self.index.indexed_up_to()?)?;
            self.staged = 0;
            return Ok(());
        }
        if self.staged > 0 {
            self.index.commit(self.indexed_up_to)?;
            self.staged = 0;
        }
        Ok(())
    }
}

/// Adds the articles of a stored batch to the counts.
fn count_stored(articles: &[NewArticle], stored: &[Stored], mut counts: IngestSummary) -> IngestSummary {
    for (a, stored) in articles.iter().zip(stored) {
        if let Stored::Already(_) = stored {
            counts.duplicates += 1;
        } else if a.duplicate_of.is_some() {
            counts.near_duplicates += 1;
        } else {
            counts.new += 1;
            counts.event_reports += a.analysis.events.len();
        }
    }
    counts
}

impl DataDir {
    /// Ingests articles: skips those already stored, stores near-duplicates linked to their
    /// original without analysing them, analyses the rest, and commits every
    /// `options.batch_size` inputs in one transaction (the first few batches are smaller, see
    /// `FIRST_BATCH`), then indexes them. `progress` is called
    /// after each commit with the running totals (what it reports is durable).
    ///
    /// # Pipelining
    ///
    /// Three stages run at once, each on its own thread, handing batches on in order: this thread
    /// reads and plans (keys, duplicates, ids), the analysis stage analyses a batch on the rayon
    /// pool, and the writer stores a batch in one transaction and hands it to the index writer
    /// (its own thread). No stage waits for the others at batch boundaries, only when the one
    /// after it is still busy with the previous batch, so both cores stay busy whichever stage is
    /// the slowest. Planning looks articles up through a second, read-only connection (it sees
    /// committed batches; the planner remembers what it planned since). The index is committed
    /// every few thousand articles and at the end; a crash in between leaves it behind the
    /// store, and [`DataDir::open`] catches it up.
    ///
    /// # Errors
    ///
    /// The store or index fails, or another process wrote articles to the store meanwhile;
    /// inputs that cannot be read are counted in `failed`, not errors.
    pub fn ingest(
        &mut self,
        items: impl IntoIterator<Item = IngestItem>,
        analyzer: &dyn Analyzer,
        options: IngestOptions,
        progress: &mut dyn FnMut(&IngestSummary),
    ) -> Result<IngestSummary> {
        let started = std::time::Instant::now();
        if let Some(places) = analyzer.places() {
            self.store_mut().set_places(places);
        }
        // A second connection for the lookups; for SQLite a third that checkpoints.
        let (lookups, checkpointer) = match self.store() {
            crate::AnyStore::Sqlite(s) => (
                crate::AnyStore::Sqlite(crate::SqliteStore::open(s.path())?),
                Some(crate::SqliteStore::open(s.path())?),
            ),
            crate::AnyStore::Postgres(s) => (crate::AnyStore::Postgres(s.reconnect()?), None),
        };
        let shared = self.store().is_shared();
        let mut planner = Planner::new(&lookups, options.near_duplicate_threshold)?;
        let mut items = items.into_iter();
        let batch_size = options.batch_size.max(1);
        let mut summary = IngestSummary::default();
        let indexed_up_to = self.index().indexed_up_to()?;
        if let Some(s) = self.store().sqlite() {
            s.set_autocheckpoint(INGEST_AUTOCHECKPOINT_PAGES)?;
        }
        let DataDir { store, index, .. } = self;
        let outcome = std::thread::scope(|scope| -> Result<()> {
            // Planned batches wait here while the analysis is busy (inputs only: cheap to hold).
            // Up to WRITE_QUEUE analysed batches wait for the writer, so the analysis goes on
            // while the writer is held up by an index commit and its syncs.
            let (to_analyse, analyse_queue) = std::sync::mpsc::sync_channel::<Batch>(1);
            let (to_write, write_queue) = std::sync::mpsc::sync_channel::<Analysed>(WRITE_QUEUE);
            let (to_report, reports) = std::sync::mpsc::channel::<Report>();
            scope.spawn(move || {
                for batch in analyse_queue {
                    if to_write.send(analyse(batch, analyzer)).is_err() {
                        break;
                    }
                }
            });
            let (to_checkpoint, checkpoints) = std::sync::mpsc::sync_channel::<Checkpoint>(1);
            scope.spawn(move || {
                for request in checkpoints {
                    let Some(checkpointer) = &checkpointer else {
                        // PostgreSQL checkpoints by itself.
                        if let Checkpoint::Final(reply) = request {
                            drop(reply.send(Ok(())));
                        }
                        continue;
                    };
                    match request {
                        // A passive checkpoint that fails leaves the pages in the log, where
                        // readers find them and the final checkpoint copies them.
                        Checkpoint::Passive => drop(checkpointer.checkpoint_passive()),
                        Checkpoint::Final(reply) => drop(reply.send(checkpointer.checkpoint())),
                    }
                }
            });
            let index: &crate::SearchIndex = index;
            scope.spawn(move || {
                let mut writer = Writer {
                    store,
                    index,
                    shared,
                    moved: HashMap::new(),
                    staged: 0,
                    commit_at: INDEX_COMMIT_FIRST,
                    indexed_up_to,
                };
                for (ids, articles, counts) in write_queue {
                    let written = writer.write(&ids, articles, counts);
                    let failed = written.is_err();
                    // The reader may have stopped on an error of its own; nothing to tell then.
                    let _ = to_report.send(Report::Batch(written));
                    if failed {
                        return;
                    }
                }
                // The reader checkpoints the database while the index commits here.
                let _ = to_report.send(Report::Stored);
                let _ = to_report.send(Report::Batch(writer.finish().map(|()| IngestSummary::default())));
            });
            let mut stored_since_checkpoint = 0;
            let mut add = |counts: Result<IngestSummary>, summary: &mut IngestSummary| -> Result<()> {
                let mut counts = counts?;
                stored_since_checkpoint += counts.new + counts.near_duplicates;
                // Not waiting: when the previous checkpoint is still running, this one is skipped.
                if stored_since_checkpoint >= CHECKPOINT_EVERY
                    && to_checkpoint.try_send(Checkpoint::Passive).is_ok()
                {
                    stored_since_checkpoint = 0;
                }
                summary.read += counts.read;
                summary.new += counts.new;
                summary.duplicates += counts.duplicates;
                summary.near_duplicates += counts.near_duplicates;
                summary.event_reports += counts.event_reports;
                summary.failed.append(&mut counts.failed);
                summary.seconds = started.elapsed().as_secs_f64();
                if counts.read > 0 {
                    progress(summary);
                }
                Ok(())
            };
            let mut this_batch = FIRST_BATCH.min(batch_size);
            loop {
                let read: Vec<IngestItem> = items.by_ref().take(this_batch).collect();
                this_batch = (this_batch * 2).min(batch_size);
                if read.is_empty() {
                    break;
                }
                let batch = planner.plan(&lookups, read)?;
                if to_analyse.send(batch).is_err() {
                    break; // the writer failed; its error is in `reports`
                }
                while let Ok(report) = reports.try_recv() {
                    if let Report::Batch(counts) = report {
                        add(counts, &mut summary)?;
                    }
                }
            }
            drop(to_analyse);
            for report in reports {
                match report {
                    Report::Batch(counts) => add(counts, &mut summary)?,
                    Report::Stored if summary.new + summary.near_duplicates > 0 => {
                        let (reply, outcome) = std::sync::mpsc::channel();
                        // The thread only ends when `to_checkpoint` is dropped, so both succeed.
                        let _ = to_checkpoint.send(Checkpoint::Final(reply));
                        outcome.recv().map_err(|_| crate::Error::Corrupt {
                            what: "checkpoint".into(),
                            message: "the checkpointing thread stopped".into(),
                        })??;
                    }
                    Report::Stored => {}
                }
            }
            Ok(())
        });
        let restored = match self.store().sqlite() {
            Some(s) => s.set_autocheckpoint(crate::sqlite::AUTOCHECKPOINT_PAGES),
            None => Ok(()),
        };
        outcome?;
        restored?;
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
        if let Some(places) = analyzer.places() {
            self.store_mut().set_places(places);
        }
        let originals = self.store().originals()?;
        let analyses: Vec<_> = originals.into_par_iter().map(|(id, a)| (id, analyzer.analyze(&a))).collect();
        self.store_mut().replace_analyses(&analyses, analyzer)?;
        self.reindex(&mut |_, _| {})?;
        self.store().stats()
    }
}
