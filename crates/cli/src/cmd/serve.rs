//! `marsad serve`: the analyst's desk (web page + HTTP API) over a data directory.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use super::Outcome;
use crate::knowledge::Knowledge;

/// Serve the desk (map, timeline, events with their evidence) and the JSON API over a data directory.
///
/// Binds 127.0.0.1 unless told otherwise. Reads are open to this machine; writes (POST /api/articles) and
/// reads from other machines need `Authorization: Bearer <token>`, the token being MARSAD_TOKEN or a fresh
/// one printed at start-up.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  marsad serve --data ./marsad-data\n  MARSAD_TOKEN=s3cret marsad serve --listen 0.0.0.0:8750"
)]
pub struct Args {
    #[command(flatten)]
    pub data: super::DataDirArg,
    #[command(flatten)]
    pub store: super::StoreArg,
    /// Address to listen on; anything but loopback is warned about.
    #[arg(long, default_value = "127.0.0.1:8750", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// Bearer token for writes (default: MARSAD_TOKEN, else a random one printed at start-up).
    #[arg(long, env = "MARSAD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    serve_data_dir(&args.data.path, args.store.url()?, args.listen, args.token, knowledge)?;
    Ok(Outcome::Done)
}

/// Serves `dir` until Ctrl-C; `demo` calls this after ingesting the samples.
pub fn serve_data_dir(
    dir: &Path,
    store: Option<&str>,
    listen: SocketAddr,
    token: Option<String>,
    knowledge: &Knowledge,
) -> anyhow::Result<()> {
    let knowledge = &knowledge.with_user(dir);
    if store.is_none() && !marsad_store::DataDir::exists(dir) {
        tracing::warn!(
            "{}: no data directory there yet; serving a new, empty one (add articles with marsad ingest or \
             POST /api/articles)",
            dir.display()
        );
    }
    let backend = marsad_server::StoreBackend::open(
        dir,
        store,
        knowledge.analyzer()?,
        knowledge.reader()?,
        knowledge.lexicon()?,
    )?;
    match store {
        Some(url) => eprintln!(
            "serving {} (indexed in {}) ({})",
            marsad_store::redact_url(url),
            dir.display(),
            knowledge.describe()
        ),
        None => eprintln!("serving {} ({})", dir.display(), knowledge.describe()),
    }
    let config = marsad_server::ServerConfig { listen, token, limits: marsad_server::Limits::default() };
    marsad_server::run_blocking(Arc::new(backend), config)
}
