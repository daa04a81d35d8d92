//! marsad-server: the analyst's desk.
//!
//! An axum HTTP API over a [`Backend`] (the SQLite + tantivy store of
//! `marsad_store`) and one embedded web page: Arabic, right-to-left, a Leaflet map
//! over bundled country outlines, a timeline, the event list and each event's
//! evidence highlighted in its article.
//!
//! # Endpoints
//!
//! | method | path | answer |
//! |---|---|---|
//! | GET | `/` | the page (`?lang=en` for English) |
//! | GET | `/api/health` | backend name and counts |
//! | GET | `/api/events` | [`Page`] of [`EventRow`], filters `from to type actor place bbox q exclude offset limit` |
//! | GET | `/api/points` | every located event as table rows ([`points_payload`]), the filters of `/api/events` without its paging (`offset`, `limit` are refused) |
//! | GET | `/api/events/{id}` | [`EventDetail`] with every source |
//! | GET | `/api/articles/{id}` | [`ArticleView`]: clean text and spans |
//! | GET | `/api/search?q=&offset=&limit=` | [`SearchResults`] `{query, total, offset, limit, hits}` (what `marsad search --json` prints): the count of every matching article and `limit` [`SearchHit`]s (20; at most 100; 0: only the count) after the first `offset`; filters `from to type actor place bbox` as `/api/events` |
//! | GET | `/api/actors`, `/api/places` | [`EntityStat`]s |
//! | GET | `/api/roads` | GeoJSON lines of the roads the lexicon draws |
//! | GET | `/api/export.csv` `.geojson` `.jsonl` | files, same filters (`exclude=historical,negated,hypothetical,plan` leaves out what did not happen as reported; all kept by default); every matching event, oldest first, unless `limit` is given, after the first `offset`, as `marsad events --offset --limit` |
//! | POST | `/api/articles` | ingest text, HTML, a JSON Lines record or an RSS/Atom feed, read as `marsad ingest` reads them (bearer token) |
//!
//! # Invariants
//!
//! Every error is JSON `{"error": message, "status": code}`. The map and
//! multi-type lists are answered from [`map_index::MapIndex`], which follows
//! the store (see its notes on freshness). Requests are
//! bounded in size ([`Limits::body_bytes`]) and time ([`Limits::timeout`]); a
//! handler panic answers 500 and the server keeps serving.
#![deny(missing_docs)]

mod api;
mod assets;
mod auth;
pub mod backend;
pub mod day;
mod error;
pub mod map_index;
mod params;
pub mod stored;
pub mod synth;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

pub use crate::auth::Token;
pub use crate::backend::*;
pub use crate::stored::StoreBackend;

/// How much one request may cost.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest request body accepted (413 above).
    pub body_bytes: usize,
    /// Longest a request may take (408 after).
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { body_bytes: 5 * 1024 * 1024, timeout: Duration::from_secs(30) }
    }
}

/// Where and how to serve.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// Address to bind; loopback unless the analyst asks otherwise.
    pub listen: SocketAddr,
    /// Bearer token for writes (and for reads from other machines).
    pub token: Option<String>,
    /// Request limits.
    pub limits: Limits,
}

impl Default for ServerConfig {
    fn default() -> ServerConfig {
        ServerConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8750)),
            token: None,
            limits: Limits::default(),
        }
    }
}

/// The whole application: page, assets and API, with limits and JSON errors.
pub fn router(backend: Arc<dyn Backend>, token: Token, limits: Limits) -> Router {
    let api = Router::new()
        .route("/health", get(api::health))
        .route("/events", get(api::events))
        .route("/events/{id}", get(api::event))
        .route("/points", get(api::points))
        .route("/articles", axum::routing::post(api::ingest))
        .route("/articles/{id}", get(api::article))
        .route("/search", get(api::search))
        .route("/actors", get(api::actors))
        .route("/places", get(api::places))
        .route("/roads", get(api::roads))
        .route("/export.csv", get(api::export_csv))
        .route("/export.geojson", get(api::export_geojson))
        .route("/export.jsonl", get(api::export_jsonl))
        .fallback(api::not_found)
        .with_state(backend)
        .layer(axum::middleware::from_fn_with_state(token, auth::require_token));
    Router::new()
        .route("/", get(assets::index))
        .route("/static/{*path}", get(assets::static_file))
        .route("/vendor/{*path}", get(assets::vendor_file))
        .nest("/api", api)
        .fallback(api::not_found)
        // Outermost last: compression wraps the JSON-izing of every error,
        // which wraps the panic catcher, the timeout and the body limit.
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.timeout))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::map_response(error::jsonify_errors))
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Fastest))
}

/// A server running in the background of the current tokio runtime.
pub struct Running {
    /// The bound address (port 0 resolved).
    pub addr: SocketAddr,
    /// The bearer token in force.
    pub token: String,
    /// The server task; abort it to stop.
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// `http://addr`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Binds and starts serving in a background task.
pub async fn spawn(backend: Arc<dyn Backend>, config: ServerConfig) -> anyhow::Result<Running> {
    let token = config.token.filter(|t| !t.trim().is_empty()).map(|t| Token(t.into()));
    let token = token.unwrap_or_else(Token::from_env_or_random);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let app = router(backend, token.clone(), config.limits);
    let task = tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await
    });
    Ok(Running { addr, token: token.0.to_string(), task })
}

/// Serves until Ctrl-C, printing the URL and the token first.
pub async fn serve(backend: Arc<dyn Backend>, config: ServerConfig) -> anyhow::Result<()> {
    if !config.listen.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}, which is not loopback: other machines can reach this server \
             (they need the bearer token for every request)",
            config.listen
        );
    }
    let stop = stop_signal();
    let running = spawn(backend, config).await?;
    println!("marsad desk: {}/", running.url());
    println!("write token (Authorization: Bearer …): {}", running.token);
    let task = running.task;
    tokio::select! {
        result = task => result.context("server task failed")?.context("server stopped")?,
        () = stop => eprintln!("stopping"),
    }
    Ok(())
}

/// Ctrl-C, or SIGTERM (what `kill`, systemd and container runtimes send): either stops the server
/// the same way, so whoever called [`serve`] gets to clean up (the demo removes its temporary
/// folder). Before, SIGTERM killed the process where it stood. The handlers are installed when this
/// is called, not when it is first awaited, so a signal sent as soon as the address is printed counts.
fn stop_signal() -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match (signal(SignalKind::interrupt()), signal(SignalKind::terminate())) {
            (Ok(mut int), Ok(mut term)) => {
                return Box::pin(async move {
                    tokio::select! {
                        _ = int.recv() => {}
                        _ = term.recv() => {}
                    }
                });
            }
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("warning: cannot listen for SIGTERM ({e}); stop the server with Ctrl-C")
            }
        }
    }
    Box::pin(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

/// [`serve`] on a fresh multi-threaded runtime, for synchronous callers (the CLI).
///
/// The backend is dropped here, after the runtime: a PostgreSQL store's client runs a runtime of
/// its own to close its connection, which panics on a runtime's worker ("Cannot start a runtime
/// from within a runtime"), where the server's task would otherwise drop the last reference.
pub fn run_blocking(backend: Arc<dyn Backend>, config: ServerConfig) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let served = runtime.block_on(serve(backend.clone(), config));
    drop(runtime);
    drop(backend);
    served
}

#[cfg(test)]
mod tests {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn shared_state_is_send_and_sync() {
        assert_send_sync::<std::sync::Arc<dyn crate::Backend>>();
        assert_send_sync::<crate::StoreBackend>();
        assert_send_sync::<crate::Token>();
    }
}
