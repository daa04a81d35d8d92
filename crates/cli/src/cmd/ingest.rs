//! `marsad ingest`: read articles, analyse the new ones, store and index them.

use std::io::IsTerminal;
use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context;
use marsad_store::pipeline::{PathReader, PipelineAnalyzer};
use marsad_store::{DataDir, IngestOptions, IngestSummary};

use super::Outcome;
use crate::knowledge::Knowledge;

/// Store articles in the data directory: text files, JSON Lines, directories (recursively).
///
/// An article already stored (same URL or same content) is skipped, so ingesting the same folder
/// twice stores nothing new. A near-duplicate of a stored article (the same wire story lightly
/// edited) is stored linked to its original and not analysed again. Files that cannot be read
/// are listed with the reason and skipped; the exit status is then 1. Articles are committed in
/// batches: an interrupted ingest keeps every batch it reported, and running it again completes it.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad ingest ../shared/corpus/seeds ../shared/corpus/real\n  \
marsad ingest ../shared/corpus/real/bulk/syria_relevant_bulk.jsonl --json\n  \
MARSAD_DATA=/srv/marsad marsad ingest today/")]
pub struct Args {
    /// Article files, directories, or JSON Lines files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    data: super::DataDirArg,
    #[command(flatten)]
    store: super::StoreArg,
    /// Print only a machine-readable JSON summary on stdout (no progress bar).
    #[arg(long)]
    json: bool,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256, value_name = "N")]
    batch: usize,
    #[command(flatten)]
    published: super::PublishedArg,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let fallback = args.published.date()?;
    // Listed before a data directory is opened, so "nothing there" does not create one for nothing.
    let found = marsad_ingest::list_inputs(&args.paths);
    crate::inputs::require_some(&args.paths, &found)?;
    let knowledge = &knowledge.with_user(&args.data.path);
    // The knowledge loads on a thread of its own (about 0.1 s of one core) while the data
    // directory opens, which is mostly waiting for the disk (a new store and index are synced).
    let (reader, analyzer, data) = std::thread::scope(|scope| {
        let analyzer = scope.spawn(|| knowledge.analyzer());
        let reader = knowledge.reader();
        let data = args.data.open(&args.store);
        (reader, analyzer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), data)
    });
    let (reader, analyzer, mut data) = (reader?, analyzer?, data?);
    data.claim_for_writing()?;
    let items = PathReader::from_inputs(&reader, found);
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: fallback.as_ref() };
    let options = IngestOptions { batch_size: args.batch.max(1), ..IngestOptions::default() };

    let bar = (!args.json && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    // Articles of the batches already committed, for the message when a later batch fails.
    let stored = std::cell::Cell::new(0usize);
    let mut on_batch = |s: &IngestSummary| {
        stored.set(s.new + s.near_duplicates);
        if let Some(bar) = &bar {
            bar.set_message(format!(
                "read {} · new {} · duplicates {} · near-duplicates {} · failed {} · {:.0} articles/s",
                s.read,
                s.new,
                s.duplicates,
                s.near_duplicates,
                s.failed.len(),
                s.read as f64 / s.seconds.max(1e-9)
            ));
        }
    };
    let store = data.store_name();
    let summary = data.ingest(items, &pipeline, options, &mut on_batch).with_context(|| {
        format!(
            "ingest into {store} stopped; the {} articles stored before are kept, and running it again skips them",
            stored.get()
        )
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if args.json {
        writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&summary)?)?;
    } else {
        print_summary(&summary, &data)?;
    }
    Ok(if summary.failed.is_empty() { Outcome::Done } else { Outcome::SomeFailed(summary.failed.len()) })
}

fn print_summary(s: &IngestSummary, data: &DataDir) -> anyhow::Result<()> {
    let stats = data.stats()?;
    writeln!(
        std::io::stdout(),
        "read {}  new {}  duplicates {}  near-duplicates {}  failed {}  ({:.1} s, {:.0} articles/s)",
        s.read,
        s.new,
        s.duplicates,
        s.near_duplicates,
        s.failed.len(),
        s.seconds,
        s.read as f64 / s.seconds.max(1e-9)
    )?;
    for f in &s.failed {
        writeln!(std::io::stdout(), "  failed: {}: {}", f.path, f.reason)?;
    }
    writeln!(
        std::io::stdout(),
        "store {}: {} articles ({} near-duplicates), {} events from {} reports ({} reported by 2+ articles)",
        data.store_name(),
        stats.articles,
        stats.near_duplicates,
        stats.events,
        stats.event_sources,
        stats.merged_events
    )?;
    Ok(())
}
