//! The desk over a PostgreSQL store (a real server, started for this test binary by
//! `marsad_store::pg_test`) whose connection is cut, as a restart of the database cuts it.

use std::process::Command;
use std::sync::Arc;

use axum::http::StatusCode;
use marsad_store::pg_test;

mod common;
use common::{desk, get, post_text as post};

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
    let backend = Arc::new(common::open_with(&tmp.path().join("node"), Some(&url)));
    let app = desk(backend.clone());
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
