//! The desk over a PostgreSQL store (a real server, started for this test binary by
//! `marsad_store::pg_test`) whose connection is cut, as a restart of the database cuts it.

use std::net::SocketAddr;
use std::process::Command;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{header, Request, StatusCode};
use marsad_server::*;
use marsad_store::pg_test;
use serde_json::Value;
use tower::ServiceExt;

async fn call(app: &axum::Router, req: Request<Body>) -> (StatusCode, Value) {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    call(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(app: &axum::Router, text: &str) -> (StatusCode, Value) {
    let req = Request::post("/api/articles")
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(header::AUTHORIZATION, "Bearer t")
        .body(Body::from(text.to_string()))
        .unwrap();
    call(app, req).await
}

/// Runs SQL on the test server's `postgres` database as its superuser.
fn psql(sql: &str) {
    let cluster = pg_test::cluster();
    let bundled = cluster.bin().join("psql");
    let program = if bundled.is_file() { bundled } else { "psql".into() };
    let out = Command::new(program)
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &cluster.url("postgres"), "-c", sql])
        .output()
        .expect("run psql");
    assert!(out.status.success(), "{sql}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Ends every connection to `db`, as a restart of PostgreSQL does.
fn cut_connections(db: &str) {
    psql(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{db}' AND pid <> pg_backend_pid()"
    ));
}

#[test]
fn the_desk_reconnects_when_its_database_connection_is_cut() {
    let tmp = tempfile::tempdir().unwrap();
    let url = pg_test::cluster().database("desk_reconnect");
    let db = url.rsplit('/').next().unwrap().to_string();
    let backend = Arc::new(
        StoreBackend::open(
            &tmp.path().join("node"),
            Some(&url),
            marsad_pipeline::Analyzer::embedded(),
            marsad_ingest::Reader::embedded(),
            marsad_lexicon::Lexicon::embedded(),
        )
        .unwrap(),
    );
    let app = router(backend.clone(), Token("t".into()), Limits::default())
        .layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 1))));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let (status, health) = get(&app, "/api/health").await;
        assert_eq!((status, health["backend"].as_str()), (StatusCode::OK, Some("postgresql")), "{health}");
        let (status, stored) = post(&app, "قصف على إدلب\nقصفت الطائرات الروسية مدينة إدلب اليوم.").await;
        assert_eq!(status, StatusCode::CREATED, "{stored}");
        let (status, before) = get(&app, "/api/events?limit=5").await;
        assert_eq!(status, StatusCode::OK, "{before}");
        assert!(before["total"].as_u64().unwrap() > 0, "{before}");

        // A read after the cut is answered on a new connection.
        cut_connections(&db);
        let (status, after) = get(&app, "/api/events?limit=5").await;
        assert_eq!(status, StatusCode::OK, "{after}");
        assert_eq!(after["total"], before["total"]);
        // So is a write: the connection is checked before storing.
        cut_connections(&db);
        let (status, stored) = post(&app, "قصف على منبج\nقصفت المدفعية التركية مواقع قسد قرب منبج.").await;
        assert_eq!(status, StatusCode::CREATED, "{stored}");

        // The database cannot be reached: 503, naming the store, until it can be again.
        psql(&format!("ALTER DATABASE {db} ALLOW_CONNECTIONS false"));
        cut_connections(&db);
        let (status, down) = get(&app, "/api/events?limit=5").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{down}");
        let message = down["error"].as_str().unwrap();
        assert!(message.contains("unreachable") && message.contains(&db), "{message}");
        psql(&format!("ALTER DATABASE {db} ALLOW_CONNECTIONS true"));
        let (status, back) = get(&app, "/api/health").await;
        assert_eq!(status, StatusCode::OK, "{back}");
        assert_eq!(back["articles"].as_u64(), Some(2), "{back}");
    });
    // Outside the runtime: the PostgreSQL client closes its connection on a runtime of its own.
    drop(runtime);
    drop(app);
    drop(backend);
}
