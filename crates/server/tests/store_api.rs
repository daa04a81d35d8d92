//! The API over the real store: the bundled samples posted through
//! `POST /api/articles` (reader + pipeline + SQLite + tantivy), then read back.

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};

mod common;
use common::{call, desk, get, post_text};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn samples_posted_through_the_api_come_back_with_evidence() {
    // Removed when the test ends (it was left in /tmp).
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("store");
    let app = desk(Arc::new(common::open(&dir)));

    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut files: Vec<_> = std::fs::read_dir(&samples)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "samples/ has the bundled articles");
    let mut events = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let (status, v) = post_text(&app, &text).await;
        assert_eq!(status, StatusCode::CREATED, "{}: {v}", f.display());
        events += v["events"].as_u64().unwrap();
        // The same text again is a duplicate, not a new article.
        let again = Request::post("/api/articles")
            .header(header::AUTHORIZATION, "Bearer t")
            .body(Body::from(text))
            .unwrap();
        let (status, v) = call(&app, again).await;
        assert_eq!((status, v["status"].as_str()), (StatusCode::OK, Some("duplicate")));
    }
    assert!(events > 0, "the pipeline coded events");

    let (_, health) = get(&app, "/api/health").await;
    assert_eq!(health["backend"], "sqlite");
    assert_eq!(health["articles"].as_u64().unwrap() as usize, files.len());

    let (status, page) = get(&app, "/api/events?limit=100").await;
    assert_eq!(status, StatusCode::OK);
    let items = page["items"].as_array().unwrap();
    assert!(!items.is_empty());
    // Every event's evidence lies at its span in its article's clean text.
    for e in items.iter().take(15) {
        let (_, detail) = get(&app, &format!("/api/events/{}", e["id"].as_str().unwrap())).await;
        for s in detail["sources"].as_array().unwrap() {
            let (_, article) =
                get(&app, &format!("/api/articles/{}", s["article_id"].as_str().unwrap())).await;
            let text = article["text"].as_str().unwrap();
            let (a, b) =
                (s["span"]["start"].as_u64().unwrap() as usize, s["span"]["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[a..b], s["sentence"].as_str().unwrap());
        }
    }
    // Names come in Arabic from the lexicon.
    let (_, actors) = get(&app, "/api/actors").await;
    assert!(actors.as_array().unwrap().iter().any(|a| a["name_ar"]
        .as_str()
        .is_some_and(|n| n.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)))));

    let (status, hits) = get(&app, "/api/search?q=%D8%AF%D9%88%D8%B1%D9%8A%D8%A7%D8%AA").await;
    assert_eq!(status, StatusCode::OK);
    assert!(hits["total"].as_u64().unwrap() > 0);
    // An unclosed quote is ignored: text is searched as text.
    let (status, unclosed) = get(&app, "/api/search?q=%22%D8%AF%D9%88%D8%B1%D9%8A%D8%A7%D8%AA").await;
    assert_eq!((status, &unclosed["total"]), (StatusCode::OK, &hits["total"]), "{unclosed}");

    let (status, geo) = get(&app, "/api/export.geojson").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(geo["type"], "FeatureCollection");
    let (_, points) = get(&app, "/api/points").await;
    assert_eq!(geo["features"].as_array().unwrap().len() as u64, points["total"].as_u64().unwrap());
    let (status, missing) = get(&app, "/api/events/999999").await;
    assert_eq!(
        (status, missing["error"].as_str()),
        (StatusCode::NOT_FOUND, Some("no event with id '999999'"))
    );
    let (status, _) = get(&app, "/api/articles/not-a-number").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Another process re-analyses the store (`marsad reanalyze` after a data file changed) without
    // adding an article: here with an analyser that codes nothing, so every event goes. The map must follow.
    assert!(points["total"].as_u64().unwrap() > 0, "the samples have located events");
    // (Through the store alone: this server's own index writer holds the search index's lock.)
    {
        use marsad_store::{Analyzer, Store};
        let mut other = marsad_store::DataDir::open(&dir).unwrap();
        let plain: Vec<_> = (other.store().originals().unwrap().into_iter())
            .map(|(id, article)| (id, marsad_store::TextOnlyAnalyzer.analyze(&article)))
            .collect();
        other.store_mut().replace_analyses(&plain, &marsad_store::TextOnlyAnalyzer).unwrap();
    }
    let (_, points) = get(&app, "/api/points").await;
    assert_eq!(points["total"].as_u64(), Some(0), "the map still shows events a reanalyze removed");
    let (_, page) = get(&app, "/api/events?type=ASSAULT,CONSULT&limit=10").await;
    assert_eq!(page["total"].as_u64(), Some(0), "{page}");
    drop(app);
    let _ = std::fs::remove_dir_all(&dir);
}
