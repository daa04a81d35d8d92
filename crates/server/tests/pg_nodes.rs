//! Two servers over one PostgreSQL store (a team's desks): what one node stores, the other's
//! search finds on the next request.

use std::sync::Arc;

use axum::http::StatusCode;

mod common;
use common::{get, post_text};

fn desk(dir: &std::path::Path, url: &str) -> axum::Router {
    common::desk(Arc::new(common::open_with(dir, Some(url))))
}

/// Node B's `/api/search` answered from its own index as it was, for 15–35 s after node A stored
/// an article (its `/api/events` saw it at once): search now follows the store first, as the event
/// list does.
///
/// The stores are opened and dropped outside the runtime, as `marsad serve` does: the blocking
/// PostgreSQL client runs a runtime of its own.
#[test]
fn a_second_desk_searches_what_the_first_stored() {
    let url = marsad_store::pg_test::cluster().database("server_nodes");
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (desk(&tmp.path().join("a"), &url), desk(&tmp.path().join("b"), &url));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(searches(a.clone(), b.clone()));
    drop(runtime);
    drop((a, b));
}

async fn searches(a: axum::Router, b: axum::Router) {
    let search = |app: axum::Router| async move {
        get(&app, &format!("/api/search?q={}", urlencoding("بنفسجوت"))).await
    };
    let (status, before) = search(b.clone()).await;
    assert_eq!(status, StatusCode::OK, "{before}");
    assert_eq!(before["total"], 0, "{before}");

    let text = "قصف على بنفسجوت\nقصفت الطائرات الحربية قرية بنفسجوت في ريف إدلب الجنوبي صباح اليوم.\n";
    let (status, v) = post_text(&a, text).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");

    let (status, after) = search(b).await;
    assert_eq!(status, StatusCode::OK, "{after}");
    assert_eq!(after["total"], 1, "node B finds the article node A stored: {after}");
}

/// `q` for a query string.
fn urlencoding(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}
