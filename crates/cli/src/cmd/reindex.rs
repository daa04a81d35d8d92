//! `marsad reindex`: rebuild the search index from the store.

use super::Outcome;
use std::io::Write as _;

/// Rebuild the full-text index from the database (after a crash, or to be sure they agree).
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad reindex\n  MARSAD_DATA=/srv/marsad marsad reindex")]
pub struct Args {
    #[command(flatten)]
    data: super::DataDirArg,
    #[command(flatten)]
    store: super::StoreArg,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let data = args.data.open_existing(&args.store)?;
    data.claim_for_writing()?;
    let started = std::time::Instant::now();
    let n = data.reindex(&mut |done, total| tracing::info!("indexed {done}/{total}"))?;
    writeln!(std::io::stdout(), "indexed {n} articles in {:.1} s", started.elapsed().as_secs_f64())?;
    Ok(Outcome::Done)
}
