//! `marsad reanalyze`: recompute analyses and events of stored articles after knowledge changes.

use marsad_store::pipeline::PipelineAnalyzer;
use std::io::Write as _;

use super::Outcome;
use crate::knowledge::Knowledge;

/// Analyse every stored article again with the current knowledge files (actors, places,
/// triggers, dates), without re-reading the original files, and rebuild the merged events and
/// the search index. The stored text stays as it was read: a new site-chrome rule
/// (boilerplate.toml) applies to articles ingested after it.
///
/// Reports are merged again in an order that does not depend on the order the articles were
/// ingested in (day-precise reports first, then by date, then by the article's content), so two
/// data directories with the same articles get the same events, numbered alike from 1; event
/// ids from before a re-analysis do not survive it. Which copy of an article read twice and
/// which of two near-duplicates was stored first still follow the order of ingest.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  marsad reanalyze\n  marsad reanalyze --knowledge data/ --data /srv/marsad"
)]
pub struct Args {
    #[command(flatten)]
    data: super::DataDirArg,
    #[command(flatten)]
    store: super::StoreArg,
    /// Print the resulting counts as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let knowledge = knowledge.with_user(&args.data.path);
    let analyzer = knowledge.analyzer()?;
    let mut data = args.data.open_existing(&args.store)?;
    data.claim_for_writing()?;
    if data.store().is_shared() {
        // Knowledge is per machine: this recodes what every analyst stored, with this machine's
        // files only, and an actor another analyst added in their own data directory is lost from
        // the events until a machine that has it reanalyses.
        tracing::warn!(
            "reanalysing every article of the shared store {} with this machine's knowledge ({}); actors, \
             places and triggers that exist only on other machines are not used",
            data.store_name(),
            knowledge.describe()
        );
    }
    let started = std::time::Instant::now();
    let stats = data.reanalyze(&PipelineAnalyzer { analyzer: &analyzer, fallback_published: None })?;
    if args.json {
        writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&stats)?)?;
    } else {
        writeln!(
            std::io::stdout(),
            "reanalysed {} articles in {:.1} s: {} events from {} reports ({} reported by 2+ articles)",
            stats.articles - stats.near_duplicates,
            started.elapsed().as_secs_f64(),
            stats.events,
            stats.event_sources,
            stats.merged_events
        )?;
    }
    Ok(Outcome::Done)
}
