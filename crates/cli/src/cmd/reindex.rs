//! `marsad reindex`: rebuild the search index from the store.

use std::path::PathBuf;

use anyhow::Context;
use marsad_store::DataDir;

use super::Outcome;

/// Rebuild the full-text index from the database (after a crash, or to be sure they agree).
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad reindex\n  MARSAD_DATA=/srv/marsad marsad reindex")]
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
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let data = DataDir::open(&args.data_dir)
        .with_context(|| format!("opening data directory {}", args.data_dir.display()))?;
    let started = std::time::Instant::now();
    let n = data.reindex(&mut |done, total| tracing::info!("indexed {done}/{total}"))?;
    println!("indexed {n} articles in {:.1} s", started.elapsed().as_secs_f64());
    Ok(Outcome::Done)
}
