//! Stores the tests serve: the bundled samples/ ingested once through the
//! reader and pipeline (as `marsad demo` does), then copied per test so
//! tests that write never see each other. Over SQLite (a data directory) or
//! over PostgreSQL (a real server started by `marsad_store::pg_test`, the
//! samples' database copied per test as a template).

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{header, Request, StatusCode};
use marsad_server::{router, Limits, StoreBackend, Token};
use serde_json::Value;
use tower::ServiceExt;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled sample articles.
pub fn samples() -> PathBuf {
    repo().join("samples")
}

/// How many articles samples/ holds (`.txt` files; SOURCES.md is documentation).
pub fn sample_count() -> usize {
    std::fs::read_dir(samples())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .count()
}

/// A fresh directory for this process, in cargo's scratch directory for this test binary
/// (`target/tmp/`), never the system temp dir: every run left a 42 MB
/// `/tmp/marsad-server-tests-<pid>` behind (184 were found). The first call of a run removes
/// what earlier runs of this binary left.
pub fn scratch(name: &str) -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    let root = ROOT.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("marsad-server-{}", env!("CARGO_CRATE_NAME")));
        let _ = std::fs::remove_dir_all(&root);
        root.join(std::process::id().to_string())
    });
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Stores every sample article in `data` with the embedded knowledge; each is new or a near-duplicate.
fn ingest_samples(data: &mut marsad_store::DataDir) {
    let summary = marsad_server::synth::ingest_paths(
        data,
        &[samples()],
        &marsad_ingest::Reader::embedded(),
        &marsad_pipeline::Analyzer::embedded(),
    )
    .unwrap();
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    assert_eq!(summary.new + summary.near_duplicates, sample_count());
}

/// The samples' data directory, built once per test binary; never opened by a test directly.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = scratch("template");
        let mut data = marsad_store::DataDir::open(&dir).unwrap();
        ingest_samples(&mut data);
        dir
    })
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A private copy of the samples' data directory.
pub fn samples_copy(name: &str) -> PathBuf {
    let template = template();
    let dir = scratch(name);
    copy_dir(template, &dir);
    dir
}

/// The store a test's data directory is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Its own `marsad.db`.
    Sqlite,
    /// A database of the test process's PostgreSQL server.
    Postgres,
}

impl Kind {
    /// What `/api/health` names it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Sqlite => "sqlite",
            Kind::Postgres => "postgresql",
        }
    }
}

/// A private copy of the samples' store: a data directory, and the PostgreSQL database it
/// indexes (`None` for SQLite).
pub struct Samples {
    pub dir: PathBuf,
    pub url: Option<String>,
}

impl Samples {
    /// The data directory opened (as `marsad events --data … --store …` opens it).
    pub fn data(&self) -> marsad_store::DataDir {
        marsad_store::DataDir::open_with(&self.dir, self.url.as_deref()).unwrap()
    }

    /// The store backend over it.
    pub fn backend(&self) -> StoreBackend {
        open_with(&self.dir, self.url.as_deref())
    }
}

/// The samples in a PostgreSQL database, ingested once per test binary (the data directory
/// holding its index, and the database's address); no connection to it is left open, so it can
/// be copied.
fn pg_template() -> &'static (PathBuf, String) {
    static TEMPLATE: OnceLock<(PathBuf, String)> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let url = marsad_store::pg_test::cluster().database("samples");
        let dir = scratch("pg-template");
        let mut data = marsad_store::DataDir::open_with(&dir, Some(&url)).unwrap();
        ingest_samples(&mut data);
        drop(data);
        (dir, url)
    })
}

/// A private copy of the samples' store of this kind.
pub fn samples_of(kind: Kind, name: &str) -> Samples {
    match kind {
        Kind::Sqlite => Samples { dir: samples_copy(name), url: None },
        Kind::Postgres => {
            let (template_dir, template_url) = pg_template();
            let url = marsad_store::pg_test::cluster().copy_of(name, template_url);
            let dir = scratch(name);
            copy_dir(template_dir, &dir);
            Samples { dir, url: Some(url) }
        }
    }
}

/// The store backend over a data directory, with the embedded knowledge.
pub fn open(dir: &Path) -> StoreBackend {
    open_with(dir, None)
}

/// The store backend over a data directory (over the PostgreSQL store at `store`), with the
/// embedded knowledge.
pub fn open_with(dir: &Path, store: Option<&str>) -> StoreBackend {
    StoreBackend::open(
        dir,
        store,
        marsad_pipeline::Analyzer::embedded(),
        marsad_ingest::Reader::embedded(),
        marsad_lexicon::Lexicon::embedded(),
    )
    .unwrap()
}

/// The store backend over a private copy of the samples.
pub fn samples_backend(name: &str) -> StoreBackend {
    open(&samples_copy(name))
}

/// The desk's router over `backend` for `oneshot` requests, as from 127.0.0.1, with the write
/// token `t`.
pub fn desk(backend: Arc<StoreBackend>) -> axum::Router {
    router(backend, Token("t".into()), Limits::default())
        .layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 1))))
}

/// Sends `req`; the status and the JSON answer (null when it is not JSON).
pub async fn call(app: &axum::Router, req: Request<Body>) -> (StatusCode, Value) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

/// `GET uri`.
pub async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    call(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

/// `POST /api/articles` of a plain-text article, with the write token of [`desk`].
pub async fn post_text(app: &axum::Router, text: &str) -> (StatusCode, Value) {
    let req = Request::post("/api/articles")
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(header::AUTHORIZATION, "Bearer t")
        .body(Body::from(text.to_string()))
        .unwrap();
    call(app, req).await
}
