//! `marsad reanalyze`: recompute analyses and events of stored articles after knowledge changes.

use std::path::PathBuf;

use anyhow::Context;
use marsad_store::pipeline::PipelineAnalyzer;
use marsad_store::DataDir;

use super::Outcome;
use crate::knowledge::Knowledge;

/// Analyse every stored article again with the current knowledge files (actors, places,
/// triggers, dates), without re-reading the original files, and rebuild the merged events and
/// the search index.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  marsad reanalyze\n  marsad reanalyze --knowledge data/ --data /srv/marsad"
)]
pub struct Args {
    /// Data directory (database and search index).
    #[arg(
        long = "data",
        alias = "data-dir",
        env = "MARSAD_DATA",
        value_name = "DIR",
        default_value = "marsad-data"
    )]
    data_dir: PathBuf,
    /// Print the resulting counts as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let analyzer = knowledge.analyzer()?;
    let mut data = DataDir::open(&args.data_dir)
        .with_context(|| format!("opening data directory {}", args.data_dir.display()))?;
    let started = std::time::Instant::now();
    let stats = data.reanalyze(&PipelineAnalyzer { analyzer: &analyzer, fallback_published: None })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        println!(
            "reanalysed {} articles in {:.1} s: {} events from {} reports ({} reported by 2+ articles)",
            stats.articles - stats.near_duplicates,
            started.elapsed().as_secs_f64(),
            stats.events,
            stats.event_sources,
            stats.merged_events
        );
    }
    Ok(Outcome::Done)
}
