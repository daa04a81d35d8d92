//! Every endpoint, good and bad input, over the store backend holding the
//! bundled samples/ ingested through the reader and pipeline (`common`). The
//! tests of what the store answers (lists, filters, search, exports, posted
//! articles) run over SQLite (`sqlite::…`) and over PostgreSQL (`postgres::…`,
//! a real server started once for this test binary by `marsad_store::pg_test`).

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use common::Kind;
use marsad_server::*;
use serde_json::Value;
use tower::ServiceExt;

const TOKEN: &str = "test-token-123";

fn backend(name: &str) -> Arc<StoreBackend> {
    Arc::new(common::samples_backend(name))
}

fn app_from(backend: Arc<dyn Backend>, peer: [u8; 4], limits: Limits) -> Router {
    router(backend, Token(TOKEN.into()), limits).layer(MockConnectInfo(SocketAddr::from((peer, 40000))))
}

fn app(name: &str) -> Router {
    app_from(backend(name), [127, 0, 0, 1], Limits::default())
}

/// The API over a private copy of the samples in a store of this kind.
fn app_on(store: Kind, name: &str) -> App {
    let backend = off_runtime(|| common::samples_of(store, name).backend());
    App(Some(app_from(Arc::new(backend), [127, 0, 0, 1], Limits::default())))
}

/// `f` run on a thread of its own. PostgreSQL's client blocks on a runtime of its own, which
/// tokio forbids on a thread that runs the test's tasks (the server calls the store on its
/// blocking pool); so is a store opened, read or dropped by a test.
fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| s.spawn(f).join().unwrap())
}

/// A router whose store is dropped off the test's runtime (see [`off_runtime`]).
struct App(Option<Router>);

impl std::ops::Deref for App {
    type Target = Router;
    fn deref(&self) -> &Router {
        self.0.as_ref().expect("until dropped")
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let router = self.0.take();
        off_runtime(move || drop(router));
    }
}

struct Answer {
    status: StatusCode,
    content_type: String,
    bytes: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.bytes)))
    }
    fn error(&self) -> String {
        let v = self.json();
        assert_eq!(v["status"].as_u64(), Some(u64::from(self.status.as_u16())), "{v}");
        v["error"].as_str().expect("error message").to_string()
    }
}

async fn send(app: &Router, req: Request<Body>) -> Answer {
    let resp = app.clone().oneshot(req).await.expect("router answers");
    let status = resp.status();
    let content_type =
        resp.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX).await.unwrap().to_vec();
    Answer { status, content_type, bytes }
}

async fn get(app: &Router, uri: &str) -> Answer {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(app: &Router, content_type: &str, token: Option<&str>, body: impl Into<Body>) -> Answer {
    let mut req = Request::post("/api/articles").header(header::CONTENT_TYPE, content_type);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    send(app, req.body(body.into()).unwrap()).await
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn health_counts_the_store(store: Kind) {
    let app = app_on(store, "health");
    let a = get(&app, "/api/health").await;
    assert_eq!(a.status, StatusCode::OK);
    let v = a.json();
    assert_eq!(v["backend"], store.name());
    assert_eq!(v["articles"].as_u64().unwrap() as usize, common::sample_count());
    let events = get(&app, "/api/events").await.json()["total"].as_u64().unwrap();
    assert!(events > 20, "the pipeline codes the samples' events: {events}");
    assert_eq!(v["events"].as_u64(), Some(events));
}

/// Every event of the store, newest first.
async fn all_events(app: &Router) -> Vec<Value> {
    let v = get(app, "/api/events?limit=1000").await.json();
    assert_eq!(v["total"].as_u64().unwrap() as usize, v["items"].as_array().unwrap().len());
    v["items"].as_array().unwrap().clone()
}

async fn events_page_and_every_filter(store: Kind) {
    let app = app_on(store, "events");
    let every = all_events(&app).await;
    let total = every.len();
    let page = get(&app, "/api/events").await.json();
    assert_eq!(page["total"].as_u64().unwrap() as usize, total);
    assert_eq!(page["items"].as_array().unwrap().len(), total.min(50));
    // Newest first: dated events sorted by first day, descending.
    let days: Vec<String> = every
        .iter()
        .filter_map(|e| e["date"]["value"].as_str().map(|d| d[..d.len().min(7)].to_string()))
        .collect();
    assert!(days.windows(2).all(|w| w[0] >= w[1]), "{days:?}");
    let last = get(&app, &format!("/api/events?offset={}&limit=10", total - 1)).await.json();
    assert_eq!(last["items"].as_array().unwrap().len(), 1);
    assert_eq!(last["items"][0]["id"], every[total - 1]["id"]);

    // Filter values taken from the data, so every filter has something to find.
    let kinds: Vec<&str> = every.iter().map(|e| e["type"].as_str().unwrap()).collect();
    let two = [kinds[0], kinds.iter().find(|k| **k != kinds[0]).copied().unwrap()];
    let actor = every.iter().find_map(|e| e["source"][0]["id"].as_str()).unwrap().to_string();
    let place = every.iter().find_map(|e| e["place"]["id"].as_str()).unwrap().to_string();
    let month = every.iter().find_map(|e| e["date"]["value"].as_str()).unwrap()[..7].to_string();
    let types_filter = format!("type={},{}", two[0], two[1].to_lowercase());
    let actor_filter = format!("actor={}", enc(&actor));
    let place_filter = format!("place={}", enc(&place));
    let month_filter = format!("from={month}-01&to={month}-28");
    type Holds<'a> = Box<dyn Fn(&Value) -> bool + 'a>;
    let cases: Vec<(String, Holds)> = vec![
        (types_filter, Box::new(|e: &Value| two.contains(&e["type"].as_str().unwrap()))),
        (
            actor_filter,
            Box::new(|e: &Value| {
                e["source"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .chain(e["target"].as_array().unwrap())
                    .any(|a| a["id"] == actor.as_str())
            }),
        ),
        (month_filter, Box::new(|e: &Value| e["date"]["value"].as_str().is_some())),
    ];
    for (filter, holds) in cases {
        let page = get(&app, &format!("/api/events?limit=1000&{filter}")).await;
        assert_eq!(page.status, StatusCode::OK, "{filter}");
        let v = page.json();
        let items = v["items"].as_array().unwrap();
        assert!(!items.is_empty() && items.len() < total, "{filter}: {} of {total}", items.len());
        assert_eq!(v["total"].as_u64().unwrap() as usize, items.len());
        for e in items {
            assert!(holds(e), "{filter}: {e}");
        }
    }
    // Several types page like one list: the pages of their OR, joined, are the full list filtered.
    let wanted: Vec<&Value> = every.iter().filter(|e| two.contains(&e["type"].as_str().unwrap())).collect();
    let mut paged = Vec::new();
    for offset in (0..wanted.len()).step_by(7) {
        let page =
            get(&app, &format!("/api/events?type={},{}&offset={offset}&limit=7", two[0], two[1])).await;
        let v = page.json();
        assert_eq!(v["total"].as_u64().unwrap() as usize, wanted.len());
        paged.extend(v["items"].as_array().unwrap().iter().map(|e| e["id"].clone()));
    }
    assert_eq!(paged, wanted.iter().map(|e| e["id"].clone()).collect::<Vec<_>>());
    // A date range pages like the store's own list (the SQL path answers it with a text filter).
    let range = format!("from={month}-01&to={month}-28");
    let by_index = get(&app, &format!("/api/events?limit=1000&{range}")).await.json();
    let by_sql = get(&app, &format!("/api/events?limit=1000&{range}&q={}", enc("سوريا"))).await.json();
    let index_ids: Vec<&Value> = by_index["items"].as_array().unwrap().iter().map(|e| &e["id"]).collect();
    let sql_ids: Vec<&Value> = by_sql["items"].as_array().unwrap().iter().map(|e| &e["id"]).collect();
    let common: Vec<&&Value> = index_ids.iter().filter(|id| sql_ids.contains(id)).collect();
    assert_eq!(common.len(), sql_ids.len(), "the text filter only narrows");
    assert!(common.iter().zip(sql_ids.iter()).all(|(a, b)| **a == *b), "same order");
    // A place filter keeps events located at the place or naming it among their places (which
    // the coder takes from the article's place mentions).
    let at = get(&app, &format!("/api/events?limit=1000&{place_filter}")).await.json();
    let at = at["items"].as_array().unwrap();
    assert!(!at.is_empty() && at.len() < total, "{place_filter}: {} of {total}", at.len());
    assert!(at.iter().any(|e| e["place"]["id"] == place.as_str()));
    for e in at {
        let detail = get(&app, &format!("/api/events/{}", e["id"].as_str().unwrap())).await.json();
        let mut named = false;
        for s in detail["sources"].as_array().unwrap() {
            let a = get(&app, &format!("/api/articles/{}", s["article_id"].as_str().unwrap())).await.json();
            named |= a["mentions"].as_array().unwrap().iter().any(|m| m["entity_id"] == place.as_str());
        }
        assert!(named, "{e}");
    }
    // A box around Syria keeps located events inside it only.
    let boxed = get(&app, "/api/events?limit=1000&bbox=35.5,32.0,42.5,37.5").await.json();
    let inside = boxed["items"].as_array().unwrap();
    assert!(!inside.is_empty());
    for e in inside {
        let (lat, lon) = (e["place"]["lat"].as_f64().unwrap(), e["place"]["lon"].as_f64().unwrap());
        assert!((32.0..=37.5).contains(&lat) && (35.5..=42.5).contains(&lon), "{e}");
    }
    // A text query keeps events reported by articles holding the (folded, stemmed) word.
    let q = get(&app, &format!("/api/events?limit=1000&q={}", enc("دوريات"))).await.json();
    let found = q["items"].as_array().unwrap();
    assert!(!found.is_empty() && found.len() < total, "{} of {total}", found.len());
    for e in found.iter().take(10) {
        let detail = get(&app, &format!("/api/events/{}", e["id"].as_str().unwrap())).await.json();
        let mut texts = String::new();
        for s in detail["sources"].as_array().unwrap() {
            let a = get(&app, &format!("/api/articles/{}", s["article_id"].as_str().unwrap())).await.json();
            texts.push_str(a["text"].as_str().unwrap());
            texts.push_str(a["title"].as_str().unwrap_or(""));
        }
        assert!(marsad_text::fold(&texts).contains("دوري"), "{e}");
    }
}

async fn points_are_the_located_events(store: Kind) {
    let app = app_on(store, "points");
    let every = all_events(&app).await;
    let located: Vec<&Value> = every.iter().filter(|e| e["place"]["lat"].is_number()).collect();
    let points = get(&app, "/api/points").await.json();
    assert_eq!(points["total"].as_u64().unwrap() as usize, located.len());
    let list = points["points"].as_array().unwrap();
    assert_eq!(list.len(), located.len());
    let types = points["types"].as_array().unwrap();
    let precisions = points["precisions"].as_array().unwrap();
    for p in list {
        // [id, type index, lat, lon, first day number or null, precision index]
        let e = located.iter().find(|e| e["id"] == p[0]).expect("a point is a located event");
        assert_eq!(types[p[1].as_u64().unwrap() as usize], e["type"]);
        assert_eq!((p[2].as_f64(), p[3].as_f64()), (e["place"]["lat"].as_f64(), e["place"]["lon"].as_f64()));
        match e["date"]["value"].as_str() {
            Some(_) => {
                assert_eq!(precisions[p[5].as_u64().unwrap() as usize], e["date"]["precision"]);
                let day = marsad_store::day_string(p[4].as_i64().unwrap());
                let within = get(&app, &format!("/api/events?limit=1000&from={day}&to={day}")).await.json();
                assert!(within["items"].as_array().unwrap().iter().any(|x| x["id"] == p[0]), "{p}");
            }
            None => assert!(p[4].is_null()),
        }
    }
    let kind = types[list[0][1].as_u64().unwrap() as usize].as_str().unwrap();
    let one = get(&app, &format!("/api/points?type={kind}")).await.json();
    let of_kind = located.iter().filter(|e| e["type"] == kind).count();
    assert_eq!(one["points"].as_array().unwrap().len(), of_kind);
    let two = get(&app, &format!("/api/points?type={kind}&q={}", enc("دوريات"))).await.json();
    assert!(two["points"].as_array().unwrap().len() <= of_kind);
    let bad = get(&app, "/api/points?from=2024-13-01").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.error().contains("bad date '2024-13-01' in 'from'"));
    // The points are every located event: paging them is refused, not silently ignored (`limit=1`
    // answered all the points).
    for paged in ["/api/points?limit=1", "/api/points?offset=4000&limit=1"] {
        let refused = get(&app, paged).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{paged}");
        assert!(refused.error().contains("unknown parameter"), "{}", refused.error());
    }
}

#[tokio::test]
async fn events_bad_input_says_what_is_wrong() {
    let app = app("bad-events");
    let cases = [
        ("/api/events?from=2024-02-30", "bad date '2024-02-30' in 'from'"),
        ("/api/events?to=31-12-2024", "bad date '31-12-2024' in 'to'"),
        ("/api/events?from=2024-09-01&to=2024-01-01", "'from' (2024-09-01) is after 'to' (2024-01-01)"),
        ("/api/events?type=BOMBING", "unknown event type 'BOMBING'"),
        ("/api/events?bbox=1,2,3", "bad 'bbox' '1,2,3'"),
        ("/api/events?limit=0", "'limit' must be at least 1"),
        ("/api/events?limit=99999", "'limit' must be at most 1000"),
        ("/api/events?offset=-1", "'offset' must be a whole number"),
        // Past what the store counts to: a 500 "store database: datatype mismatch" before.
        ("/api/events?offset=18446744073709551615", "'offset' must be at most 9223372036854775807"),
        ("/api/events?offset=9223372036854775808", "'offset' must be at most 9223372036854775807"),
        ("/api/export.csv?offset=99999999999999999999999", "'offset' must be at most 9223372036854775807"),
        ("/api/search?q=x&offset=18446744073709551615", "'offset' must be at most 9223372036854775807"),
        ("/api/events?colour=red", "unknown parameter 'colour'"),
        ("/api/search", "missing search text"),
        ("/api/search?q=x&limit=ten", "'limit' must be a whole number"),
        ("/api/export.csv?from=yesterday", "bad date 'yesterday' in 'from'"),
        ("/api/export.geojson?type=NOPE", "unknown event type 'NOPE'"),
        ("/api/export.jsonl?bbox=a,b,c,d", "bad 'bbox'"),
    ];
    for (uri, expected) in cases {
        let a = get(&app, uri).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(a.content_type.starts_with("application/json"), "{uri}");
        let message = a.error();
        assert!(message.contains(expected), "{uri}: {message}");
    }
}

async fn event_detail_points_into_its_article(store: Kind) {
    let app = app_on(store, "detail");
    let every = all_events(&app).await;
    for row in every.iter().take(12) {
        let id = row["id"].as_str().unwrap();
        let a = get(&app, &format!("/api/events/{id}")).await;
        assert_eq!(a.status, StatusCode::OK);
        let e = a.json();
        assert_eq!(e["id"], id);
        let source = &e["sources"][0];
        assert_eq!(source["sentence"], e["evidence"]);
        let article =
            get(&app, &format!("/api/articles/{}", source["article_id"].as_str().unwrap())).await.json();
        let text = article["text"].as_str().unwrap();
        let (s, t) = (
            source["span"]["start"].as_u64().unwrap() as usize,
            source["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..t], e["evidence"].as_str().unwrap());
        assert!(article["events"].as_array().unwrap().iter().any(|x| x["event_id"] == id));
    }
    for unknown in ["999999", "nope.e1", "-1"] {
        let missing = get(&app, &format!("/api/events/{unknown}")).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_eq!(missing.error(), format!("no event with id '{unknown}'"));
    }
}

async fn article_spans_lie_on_the_clean_text(store: Kind) {
    let app = app_on(store, "article");
    let mut checked = 0;
    for id in 1..=common::sample_count() {
        let a = get(&app, &format!("/api/articles/{id}")).await;
        assert_eq!(a.status, StatusCode::OK, "{id}");
        let v = a.json();
        let text = v["text"].as_str().unwrap();
        let slice =
            |s: &Value| &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize];
        for m in v["mentions"].as_array().unwrap() {
            assert_eq!(slice(&m["span"]), m["text"].as_str().unwrap());
            checked += 1;
        }
        for d in v["dates"].as_array().unwrap() {
            assert_eq!(slice(&d["span"]), d["text"].as_str().unwrap());
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked} spans");
    for unknown in ["999999", "000_nothing"] {
        let missing = get(&app, &format!("/api/articles/{unknown}")).await;
        assert_eq!(
            (missing.status, missing.error()),
            (StatusCode::NOT_FOUND, format!("no article with id '{unknown}'"))
        );
    }
}

async fn search_folds_arabic_and_highlights(store: Kind) {
    let app = app_on(store, "search");
    let first = get(&app, &format!("/api/search?q={}", enc("دوريات مشتركة"))).await.json();
    let hits = first["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    for h in hits {
        let snippet = h["snippet"].as_str().unwrap();
        let marked: Vec<&str> = h["highlights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| &snippet[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize])
            .collect();
        assert!(!marked.is_empty(), "{h}");
    }
    // ta marbuta and hamza spellings meet.
    let a = get(&app, &format!("/api/search?q={}", enc("الدوريه"))).await.json();
    let b = get(&app, &format!("/api/search?q={}", enc("الدورية"))).await.json();
    assert_eq!(a["total"], b["total"]);
    assert!(a["total"].as_u64().unwrap() > 0);
    let limited = get(&app, &format!("/api/search?q={}&limit=1", enc("دمشق"))).await.json();
    assert_eq!(limited["hits"].as_array().unwrap().len(), 1);
}

/// `/api/search` took only `q`, `offset` and `limit` (a 400 for `from`, `type`, `actor`…), and
/// answered another shape than `marsad search --json`; `q=` was a 400 where the CLI finds nothing.
async fn search_takes_the_filters_of_events_and_answers_the_cli_shape(store: Kind) {
    let app = app_on(store, "search-filters");
    let q = enc("دمشق");
    let all = get(&app, &format!("/api/search?q={q}")).await.json();
    let total = all["total"].as_u64().unwrap();
    assert!(total > 0, "{all}");
    let keys: Vec<&str> = all.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["hits", "limit", "offset", "query", "total"]);
    let hit = &all["hits"][0];
    for key in
        ["article_id", "title", "outlet", "published", "duplicate_of", "snippet", "highlights", "score"]
    {
        assert!(hit.get(key).is_some(), "{key}: {hit}");
    }
    assert_eq!(get(&app, &format!("/api/search?q={q}&from=2100")).await.json()["total"], 0);
    let since = get(&app, &format!("/api/search?q={q}&from=2015")).await;
    assert_eq!(since.status, StatusCode::OK, "{}", since.error());
    let typed = get(&app, &format!("/api/search?q={q}&type=ASSAULT&type=CONSULT&bbox=35,32,43,38")).await;
    assert_eq!(typed.status, StatusCode::OK, "{}", typed.error());
    assert!(typed.json()["total"].as_u64().unwrap() <= total);
    let unknown = get(&app, &format!("/api/search?q={q}&actor=NO-SUCH-ACTOR")).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.error().contains("NO-SUCH-ACTOR"), "{}", unknown.error());
    let empty = get(&app, "/api/search?q=").await;
    assert_eq!((empty.status, empty.json()["total"].as_u64()), (StatusCode::OK, Some(0)));
    // An open quote is ignored (README): `q="` lists every event, as `q=` does; it listed none.
    let every = get(&app, "/api/events").await.json()["total"].clone();
    assert_eq!(get(&app, "/api/events?q=%22").await.json()["total"], every);
    assert_eq!(get(&app, "/api/events?q=%3A").await.json()["total"], every);
}

async fn search_total_counts_every_match_beyond_the_page(store: Kind) {
    let app = app_on(store, "search-total");
    let all = get(&app, &format!("/api/search?q={}&limit=100", enc("دمشق"))).await.json();
    let matching = all["hits"].as_array().unwrap().len();
    assert!(matching > 1, "{all}");
    assert_eq!(all["total"].as_u64(), Some(matching as u64));
    let page = get(&app, &format!("/api/search?q={}&limit=1", enc("دمشق"))).await.json();
    assert_eq!(page["hits"].as_array().unwrap().len(), 1);
    assert_eq!(page["total"].as_u64(), Some(matching as u64), "the count, not the page size");
    // Every counted hit can be fetched, a page at a time.
    let mut paged = Vec::new();
    for offset in 0..matching {
        let page = get(&app, &format!("/api/search?q={}&offset={offset}&limit=1", enc("دمشق"))).await.json();
        assert_eq!(page["total"].as_u64(), Some(matching as u64));
        paged.extend(page["hits"].as_array().unwrap().iter().map(|h| h["article_id"].clone()));
    }
    let ids: Vec<_> = all["hits"].as_array().unwrap().iter().map(|h| h["article_id"].clone()).collect();
    assert_eq!(paged, ids);
    // `limit=0` asks only for the count.
    let count = get(&app, &format!("/api/search?q={}&limit=0", enc("دمشق"))).await.json();
    assert_eq!(count["total"].as_u64(), Some(matching as u64));
    assert_eq!(count["hits"].as_array().unwrap().len(), 0, "{count}");
}

async fn pasted_text_is_searched_as_text(store: Kind) {
    let app = app_on(store, "search-text");
    // A headline with a colon, a time, unbalanced quotes and brackets, OR: results, no error.
    for q in ["دمشق: روسيا", "الساعة 10:30", "\"ريف دمشق", "(دمشق", "دمشق)", "روسيا OR تركيا", "دمشق: OR"]
    {
        for path in ["/api/search", "/api/events"] {
            let answer = get(&app, &format!("{path}?q={}", enc(q))).await;
            assert_eq!(
                answer.status,
                StatusCode::OK,
                "{path} {q}: {}",
                String::from_utf8_lossy(&answer.bytes)
            );
        }
    }
    let total = |q: &str| {
        let app = app.clone();
        let q = q.to_string();
        async move { get(&app, &format!("/api/search?q={}", enc(&q))).await.json()["total"].as_u64().unwrap() }
    };
    let (damascus, colon) = (total("دمشق").await, total("دمشق:").await);
    assert!(damascus > 0);
    assert_eq!(colon, damascus, "a colon is punctuation");
    assert_eq!(total("(دمشق").await, damascus);
    assert_eq!(total("\"دمشق").await, damascus, "an open quote is ignored");
    let (russia, turkey, either) =
        (total("روسيا").await, total("تركيا").await, total("روسيا OR تركيا").await);
    assert!(either >= russia.max(turkey) && either <= russia + turkey, "{russia} {turkey} {either}");
    let both = total("روسيا تركيا").await;
    assert!(both <= russia.min(turkey));
}

async fn actors_and_places_are_ranked_and_named_in_arabic(store: Kind) {
    let app = app_on(store, "entities");
    for path in ["/api/actors", "/api/places"] {
        let v = get(&app, path).await.json();
        let list = v.as_array().unwrap();
        assert!(list.len() > 5, "{path}");
        let counts: Vec<u64> = list.iter().map(|e| e["events"].as_u64().unwrap()).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{path}");
        let arabic = list
            .iter()
            .filter(|e| e["name_ar"].as_str().unwrap().chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)));
        assert!(arabic.count() * 2 > list.len(), "{path}: most names are Arabic");
    }
    let places = get(&app, "/api/places").await.json();
    assert!(places.as_array().unwrap().iter().any(|p| p["id"] == "place:damascus" && p["lat"].is_number()));
}

#[tokio::test]
async fn roads_come_from_the_lexicon() {
    let app = app("roads");
    let a = get(&app, "/api/roads").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.content_type, "application/geo+json");
    let fc = a.json();
    let lexicon = marsad_lexicon::Lexicon::embedded();
    let features = fc["features"].as_array().unwrap();
    assert!(features.len() >= 2, "the curated places draw the M4 and M5");
    for f in features {
        let id = f["id"].as_str().unwrap();
        let line = lexicon.road_line(id).expect("every road drawn is a lexicon road line");
        let coords = f["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(coords.len(), line.len(), "{id}");
        // GeoJSON order is lon, lat.
        assert_eq!(coords[0][0].as_f64(), Some(line[0].1), "{id}");
        assert_eq!(coords[0][1].as_f64(), Some(line[0].0), "{id}");
        assert!(f["properties"]["name_ar"].as_str().is_some_and(|n| !n.is_empty()));
    }
}

async fn exports_are_the_files_the_cli_writes(store: Kind) {
    let app = app_on(store, "exports");
    // The CLI's `marsad events --format …` over the same data, through marsad_store::export.
    let (all, consult, happened) = off_runtime(|| {
        let data = common::samples_of(store, "exports-cli").data();
        let all = data
            .list_events(&marsad_store::Filter::default(), marsad_store::PageRequest::all())
            .unwrap()
            .items;
        let consult =
            marsad_store::Filter { kinds: vec![marsad_model::EventType::Consult], ..Default::default() };
        let consult = data.list_events(&consult, marsad_store::PageRequest::all()).unwrap().items;
        let exclude = marsad_store::Exclude::parse("historical,negated,hypothetical,plan").unwrap();
        let happened = marsad_store::Filter { exclude, ..Default::default() };
        let happened = data.list_events(&happened, marsad_store::PageRequest::all()).unwrap().items;
        (all, consult, happened)
    });
    // As `marsad events` names and places them: the knowledge's names, no point for a continent.
    let lexicon = marsad_lexicon::Lexicon::embedded();
    let known = |mut events: Vec<marsad_store::EventRecord>| {
        marsad_store::export::with_knowledge(&mut events, &lexicon);
        events
    };
    let (all, consult, happened) = (known(all), known(consult), known(happened));

    let csv = get(&app, "/api/export.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type.starts_with("text/csv"));
    let text = String::from_utf8(csv.bytes.clone()).unwrap();
    // The CLI writes its CSV with the same function and the same lexicon: country, admin1 and
    // admin2 are filled here too.
    assert_eq!(text, marsad_store::export::to_csv(&all, Some(&lexicon)));
    let header = text.lines().next().unwrap().trim_start_matches('\u{feff}');
    assert!(header.contains("event_date") && header.contains("latitude"), "{header}");
    let column: Vec<&str> = header.split(',').collect();
    let admin1 = column.iter().position(|c| *c == "admin1").unwrap();
    let country = column.iter().position(|c| *c == "country").unwrap();
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split(',').collect()).collect();
    assert!(rows.iter().any(|r| !r[admin1].is_empty()), "admin1 is filled for located events");
    assert!(rows.iter().any(|r| r[country] == "Syria"), "country is filled");

    // What did not happen as reported is left out on request, as `marsad events --exclude` does.
    let csv = get(&app, "/api/export.csv?exclude=historical,negated,hypothetical,plan").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(
        String::from_utf8(csv.bytes).unwrap(),
        marsad_store::export::to_csv(&happened, Some(&lexicon))
    );
    assert!(happened.len() < all.len(), "the samples hold recaps, denials or plans");
    assert!(happened
        .iter()
        .all(|e| !e.historical && !e.negated && e.reported_as != marsad_model::ReportedAs::Plan));

    let geo = get(&app, "/api/export.geojson").await;
    assert_eq!(geo.content_type, "application/geo+json");
    assert_eq!(geo.json(), marsad_store::export::to_geojson(&all));
    let located = get(&app, "/api/points").await.json()["total"].as_u64().unwrap();
    assert_eq!(geo.json()["features"].as_array().unwrap().len() as u64, located);

    let jsonl = get(&app, "/api/export.jsonl?type=CONSULT").await;
    assert_eq!(jsonl.content_type, "application/x-ndjson");
    assert_eq!(String::from_utf8(jsonl.bytes).unwrap(), marsad_store::export::to_plover_jsonl(&consult));
    assert!(!consult.is_empty());
}

/// `marsad events --offset 5 --limit 10 --format csv` writes 10 rows; the API's exports checked
/// `offset` and `limit` and then wrote every event (`limit=5000` was a 400, `offset=3000` the whole
/// file). They page now as the CLI does, through the store's same call.
async fn exports_page_as_the_cli_does(store: Kind) {
    let app = app_on(store, "exports-paged");
    let (mut page, mut all, none) = off_runtime(|| {
        let data = common::samples_of(store, "exports-paged-cli").data();
        let cli = |offset: usize, limit: usize| {
            let page = marsad_store::PageRequest { offset, limit };
            data.list_events(&marsad_store::Filter::default(), page).unwrap().items
        };
        (cli(5, 10), cli(0, usize::MAX), cli(3000, usize::MAX))
    });
    assert_eq!(page.len(), 10);
    let lexicon = marsad_lexicon::Lexicon::embedded();
    marsad_store::export::with_knowledge(&mut page, &lexicon);
    marsad_store::export::with_knowledge(&mut all, &lexicon);
    let csv = get(&app, "/api/export.csv?offset=5&limit=10").await;
    assert_eq!(csv.status, StatusCode::OK);
    let text = String::from_utf8(csv.bytes).unwrap();
    assert_eq!(text, marsad_store::export::to_csv(&page, Some(&lexicon)));
    assert_eq!(text.lines().count(), 11, "a header and 10 rows");
    let jsonl = get(&app, "/api/export.jsonl?offset=5&limit=10").await;
    assert_eq!(String::from_utf8(jsonl.bytes).unwrap(), marsad_store::export::to_plover_jsonl(&page));
    let geo = get(&app, "/api/export.geojson?offset=5&limit=10").await;
    assert_eq!(geo.json(), marsad_store::export::to_geojson(&page));
    // No page cap on a file, and no limit is every event.
    let big = get(&app, "/api/export.csv?limit=5000").await;
    assert_eq!(big.status, StatusCode::OK, "{}", String::from_utf8_lossy(&big.bytes));
    assert_eq!(String::from_utf8(big.bytes).unwrap(), marsad_store::export::to_csv(&all, Some(&lexicon)));
    let past = get(&app, "/api/export.jsonl?offset=3000").await;
    assert_eq!((past.status, past.bytes.len()), (StatusCode::OK, 0));
    assert!(none.is_empty());
}

/// `marsad events --actor tur-mil` finds TUR-MIL's events and `--place afrin` place:afrin's; the
/// API found none (an empty 200). It reads ids as the CLI does now (marsad_store's resolve_ids), an
/// id the store lacks is a 400 naming it (the CLI exits 2), and a filter given twice is a 400
/// (`actor=TUR-MIL&actor=SDF` listed SDF's events alone).
async fn actor_and_place_ids_are_read_as_the_cli_reads_them(store: Kind) {
    let app = app_on(store, "ids");
    let (turkish_army, afrin, exact) = off_runtime(|| {
        let data = common::samples_of(store, "ids-cli").data();
        let cli = |actor: Option<&str>, place: Option<&str>| {
            let mut filter = marsad_store::Filter {
                actor: actor.map(String::from),
                place: place.map(String::from),
                ..Default::default()
            };
            data.resolve_ids(&mut filter).unwrap();
            data.list_events(&filter, marsad_store::PageRequest::all()).unwrap().items
        };
        let (turkish_army, afrin) = (cli(Some("tur-mil"), None), cli(None, Some("afrin")));
        let exact = data
            .list_events(
                &marsad_store::Filter { place: Some("place:afrin".into()), ..Default::default() },
                marsad_store::PageRequest::all(),
            )
            .unwrap()
            .items;
        (turkish_army, afrin, exact)
    });
    assert!(!turkish_army.is_empty() && !afrin.is_empty());
    assert_eq!(afrin.len(), exact.len());

    for actor in ["tur-mil", "TUR-MIL", "Tur-Mil"] {
        let page = get(&app, &format!("/api/events?actor={actor}&limit=1000")).await.json();
        assert_eq!(page["total"].as_u64(), Some(turkish_army.len() as u64), "{actor}: {page}");
    }
    let lexicon = marsad_lexicon::Lexicon::embedded();
    for place in ["afrin", "place:afrin", "PLACE:AFRIN"] {
        let csv = get(&app, &format!("/api/export.csv?place={place}")).await;
        assert_eq!(csv.status, StatusCode::OK, "{place}");
        let text = String::from_utf8(csv.bytes).unwrap();
        assert_eq!(text, marsad_store::export::to_csv(&afrin, Some(&lexicon)), "{place}");
    }
    let points = get(&app, "/api/points?place=afrin").await.json();
    assert!(points["total"].as_u64().unwrap() > 0, "{points}");

    let unknown = get(&app, "/api/events?actor=turk").await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    let message = unknown.error();
    assert!(message.starts_with("'actor' \"turk\": no such id in this store; did you mean"), "{message}");
    assert!(message.contains("TUR-MIL"), "{message}");
    let unknown = get(&app, "/api/export.geojson?place=atlantis").await;
    assert_eq!(
        (unknown.status, unknown.error()),
        (StatusCode::BAD_REQUEST, "'place' \"atlantis\": no such id in this store".to_string())
    );
    let twice = get(&app, "/api/events?actor=TUR-MIL&actor=SDF").await;
    assert_eq!(
        (twice.status, twice.error()),
        (StatusCode::BAD_REQUEST, "'actor' is given twice: it takes one value".to_string())
    );
}

async fn ingest_needs_the_token_and_stores_once(store: Kind) {
    let app = app_on(store, "ingest");
    let body = "سيرت القوات الروسية والتركية دورية مشتركة على الطريق الدولي M4 قرب بلدة تل تمر بريف الحسكة.";
    let none = post(&app, "text/plain", None, body).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert!(none.error().starts_with("missing bearer token"));
    let bad = post(&app, "text/plain", Some("wrong"), body).await;
    assert_eq!((bad.status, bad.error()), (StatusCode::UNAUTHORIZED, "bad bearer token".into()));

    let first = post(&app, "text/plain; charset=utf-8", Some(TOKEN), body).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let id = first.json()["article_id"].as_str().unwrap().to_string();
    let again = post(&app, "text/plain", Some(TOKEN), body).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["status"], "duplicate");
    assert_eq!(again.json()["article_id"], id.as_str());
    let stored = get(&app, &format!("/api/articles/{id}")).await.json();
    assert!(stored["text"].as_str().unwrap().contains("دورية مشتركة"));
    assert_eq!(
        get(&app, "/api/health").await.json()["articles"].as_u64().unwrap() as usize,
        common::sample_count() + 1
    );

    let json = r#"{"title":"عنوان","text":"وصلت تعزيزات عسكرية تركية إلى ريف إدلب.","url":"https://example.org/1","published":"2024-07-22"}"#;
    let j = post(&app, "application/json", Some(TOKEN), json).await;
    assert_eq!(j.status, StatusCode::CREATED);
    // A month, as JSON Lines files may give it, and a day with a note after it.
    let month = r#"{"text":"انسحبت القوات الروسية من قاعدة قرب تل تمر.","published":"2019-10"}"#;
    assert_eq!(post(&app, "application/json", Some(TOKEN), month).await.status, StatusCode::CREATED);
    let noted = r#"{"text":"اجتمع وفد تركي بوفد روسي في أنقرة.","published":"2019-10-23 (updated)"}"#;
    assert_eq!(post(&app, "application/json", Some(TOKEN), noted).await.status, StatusCode::CREATED);
    // A JSON Lines record posted as it is, id and all.
    let record = r#"{"id":"bulk0012","text":"وصلت تعزيزات عسكرية روسية إلى مطار القامشلي.","outlet":"x"}"#;
    assert_eq!(post(&app, "application/json", Some(TOKEN), record).await.status, StatusCode::CREATED);
    let html = "<html><head><title>خبر</title><script>alert(1)</script></head><body><p>قصفت المدفعية قرية في ريف حلب.</p></body></html>";
    let h = post(&app, "text/html", Some(TOKEN), html).await;
    assert_eq!(h.status, StatusCode::CREATED);
    let article =
        get(&app, &format!("/api/articles/{}", h.json()["article_id"].as_str().unwrap())).await.json();
    assert_eq!(article["title"], "خبر");
    assert!(!article["text"].as_str().unwrap().contains("alert"));
}

/// A line of `real/bulk/` posted as it is: `marsad ingest` ignores the fields it does not read
/// (`source`, `license`, `relevance_score`), and the server, which refused them ("unknown field
/// `source`"), reads the record with the same code and stores the same article.
async fn a_json_lines_record_posts_as_ingest_reads_it(store: Kind) {
    let app = app_on(store, "ingest-record");
    let line = r#"{"id": "bulk9001", "text": "قصفت الطائرات الحربية الروسية بلدة معرة النعمان في ريف إدلب الجنوبي، ما أدى إلى مقتل خمسة مدنيين.", "title": "غارات روسية على ريف إدلب", "source": "Arabic news corpus", "outlet": "عنب بلدي", "date": "2019-08-14", "url": "https://example.org/bulk9001", "license": "CC BY 4.0", "relevance_score": 0.93}"#;
    let reader = marsad_ingest::Reader::embedded();
    let by_ingest =
        reader.read_jsonl(line.as_bytes(), std::path::Path::new("bulk.jsonl")).next().unwrap().unwrap();
    let posted = post(&app, "application/json", Some(TOKEN), line).await;
    assert_eq!(posted.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&posted.bytes));
    let id = posted.json()["article_id"].as_str().unwrap().to_string();
    let stored = get(&app, &format!("/api/articles/{id}")).await.json();
    assert_eq!(stored["title"].as_str(), Some(by_ingest.title.as_str()));
    assert_eq!(stored["outlet"].as_str(), by_ingest.outlet.as_deref());
    assert_eq!(stored["url"].as_str(), by_ingest.url.as_deref());
    assert_eq!(stored["published"]["value"].as_str(), Some("2019-08-14"));
    assert!(stored["text"].as_str().unwrap().contains("معرة النعمان"), "{stored}");
    // The first record of real/bulk/ dates itself 0501-20-17: `ingest` stores it undated, and so
    // does the server, saying so.
    let undated = r#"{"id": "bulk9002", "text": "يجد السوريون اليوم صعوبة في الاعتراف بهم في ألمانيا كلاجئين سياسيين.", "source": "x", "date": "0501-20-17", "license": "x", "relevance_score": 0.5}"#;
    let answer = post(&app, "application/json", Some(TOKEN), undated).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let warning = answer.json()["warnings"][0].as_str().unwrap().to_string();
    assert!(warning.starts_with("publication date '0501-20-17' ignored"), "{warning}");
    assert!(posted.json().get("warnings").is_none(), "no warning when all is read");
    // A date-time is the day in its own offset, read by the function `ingest` uses (reviewer s18:
    // it was dropped with a warning though feeds and pages take it).
    let timed = r#"{"id": "bulk9003", "text": "قصفت الطائرات الحربية بلدة سراقب في ريف إدلب الشرقي أمس.", "published": "2024-03-12T01:30:00+03:00"}"#;
    let answer = post(&app, "application/json", Some(TOKEN), timed).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    assert!(answer.json().get("warnings").is_none(), "{}", answer.json());
    let id = answer.json()["article_id"].as_str().unwrap().to_string();
    let stored = get(&app, &format!("/api/articles/{id}")).await.json();
    assert_eq!(stored["published"]["value"].as_str(), Some("2024-03-12"));
    let by_ingest = reader.read_jsonl(timed.as_bytes(), std::path::Path::new("t.jsonl")).next().unwrap();
    assert_eq!(by_ingest.unwrap().published.and_then(|p| p.value).as_deref(), Some("2024-03-12"));
    // `body` is `text` by another name, in a file as in a post.
    let body = r#"{"id": "b1", "body": "انسحبت القوات الروسية من قاعدة قرب تل تمر.", "license": "x"}"#;
    assert_eq!(post(&app, "application/json", Some(TOKEN), body).await.status, StatusCode::CREATED);
    let in_file = reader.read_jsonl(body.as_bytes(), std::path::Path::new("b.jsonl")).next().unwrap();
    assert_eq!(in_file.unwrap().body, "انسحبت القوات الروسية من قاعدة قرب تل تمر.");
}

/// `marsad ingest feed.xml` beside a running server says to post it; a feed posted answered 415
/// (application/rss+xml, application/atom+xml, application/xml, text/xml), and as text/plain it
/// became one article whose headline and text were XML. Now a feed is read by the reader `ingest`
/// uses, one article per item, under any of those types and as text/plain.
async fn a_posted_feed_is_one_article_per_item_as_ingest_reads_it(store: Kind) {
    let app = app_on(store, "ingest-feed");
    let path = common::repo().join("crates/extract/tests/fixtures/syria_ar.rss");
    let feed = std::fs::read(&path).unwrap();
    let by_ingest = marsad_ingest::Reader::embedded().read_articles(&path).unwrap();
    assert_eq!(by_ingest.len(), 3);
    let answer = post(&app, "application/rss+xml; charset=utf-8", Some(TOKEN), feed.clone()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer.bytes));
    let v = answer.json();
    assert_eq!(v["new"].as_u64(), Some(3), "{v}");
    let outcomes = v["articles"].as_array().unwrap();
    assert_eq!(outcomes.len(), 3);
    for (outcome, read) in outcomes.iter().zip(&by_ingest) {
        let id = outcome["article_id"].as_str().unwrap();
        let stored = get(&app, &format!("/api/articles/{id}")).await.json();
        assert_eq!(stored["title"].as_str(), Some(read.title.as_str()));
        assert_eq!(stored["url"].as_str(), read.url.as_deref());
        let text = stored["text"].as_str().unwrap();
        assert!(!text.contains('<') && !text.contains("CDATA"), "{text}");
    }
    // The same feed under the other feed types, and as text/plain: the same three articles.
    for content_type in ["application/xml", "text/xml", "application/atom+xml", "text/plain"] {
        let again = post(&app, content_type, Some(TOKEN), feed.clone()).await;
        assert_eq!(again.status, StatusCode::OK, "{content_type}: {}", String::from_utf8_lossy(&again.bytes));
        let statuses: Vec<Value> =
            again.json()["articles"].as_array().unwrap().iter().map(|o| o["status"].clone()).collect();
        assert_eq!(statuses, ["duplicate", "duplicate", "duplicate"], "{content_type}");
    }
    let count = get(&app, "/api/health").await.json()["articles"].as_u64().unwrap() as usize;
    assert_eq!(count, common::sample_count() + 3);
    // An Atom feed.
    let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title><entry><title>قصف على سراقب</title><id>urn:a1</id><link href="https://example.org/a1"/><updated>2018-03-20T10:00:00Z</updated><content type="html">&lt;p&gt;شنت الطائرات الروسية غارات على مدينة سراقب يوم الثلاثاء وأسفرت عن مقتل ثلاثة مدنيين.&lt;/p&gt;</content></entry></feed>"#;
    let a = post(&app, "application/atom+xml", Some(TOKEN), atom).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&a.bytes));
    let id = a.json()["articles"][0]["article_id"].as_str().unwrap().to_string();
    let stored = get(&app, &format!("/api/articles/{id}")).await.json();
    assert_eq!(stored["title"], "قصف على سراقب");
    // An HTML page sent as text/plain is read as a page, not stored as markup.
    let page = "<!DOCTYPE html><html><head><title>غارات على معرة النعمان</title></head><body><article><p>قصفت الطائرات الحربية مدينة معرة النعمان في ريف إدلب الجنوبي صباح اليوم.</p></article></body></html>";
    let h = post(&app, "text/plain", Some(TOKEN), page).await;
    assert_eq!(h.status, StatusCode::CREATED);
    let stored =
        get(&app, &format!("/api/articles/{}", h.json()["article_id"].as_str().unwrap())).await.json();
    assert_eq!(stored["title"], "غارات على معرة النعمان");
    assert!(!stored["text"].as_str().unwrap().contains('<'), "{stored}");
    // What is not a feed under a feed's type is refused, naming the problem.
    let bad = post(&app, "application/rss+xml", Some(TOKEN), "قصف على إدلب").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.error().starts_with("cannot read the feed"), "{}", bad.error());
}

/// A feed with one title-only item answered 400 "cannot ingest the article: no article text",
/// having stored the items before it and dropped those after it (`marsad ingest` stores them all).
/// Every good item is stored; the answer has each item's outcome in feed order, the bad one
/// `failed` with its reason; 201 since something was stored; 400 only when nothing could be.
async fn a_feed_item_that_cannot_be_stored_fails_alone(store: Kind) {
    let app = app_on(store, "ingest-feed-partial");
    let feed = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة ثانية</title><link>https://two.example.org/</link>
<item><title>اعتقال صحفي في دمشق</title><link>https://two.example.org/n/1</link><pubDate>Thu, 14 Mar 2024 10:00:00 +0300</pubDate>
<description>اعتقلت أجهزة الأمن السورية صحفيا في العاصمة دمشق صباح اليوم بعد مداهمة منزله في حي المزة.</description></item>
<item><title>عاجل: انفجار في حمص</title><link>https://two.example.org/n/2</link><pubDate>Thu, 14 Mar 2024 11:00:00 +0300</pubDate></item>
<item><title>الأمم المتحدة تطالب بوقف القتال</title><link>https://two.example.org/n/3</link><pubDate>Thu, 14 Mar 2024 12:00:00 +0300</pubDate>
<description>طالبت الأمم المتحدة جميع الأطراف في سوريا بوقف القتال فورا والسماح بدخول المساعدات الإنسانية إلى إدلب.</description></item>
</channel></rss>"#;
    let statuses = |v: &Value| -> Vec<String> {
        v["articles"].as_array().unwrap().iter().map(|o| o["status"].as_str().unwrap().to_string()).collect()
    };
    let answer = post(&app, "application/rss+xml", Some(TOKEN), feed).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer.bytes));
    let v = answer.json();
    assert_eq!(statuses(&v), ["new", "failed", "new"], "{v}");
    assert_eq!((v["new"].as_u64(), v["failed"].as_u64()), (Some(2), Some(1)));
    let bad = &v["articles"][1];
    assert_eq!(bad["reason"], "no article text: only the headline «عاجل: انفجار في حمص»");
    assert!(bad["item"].as_str().unwrap().starts_with("posted-"), "{bad}");
    assert!(bad.get("article_id").is_none(), "{bad}");
    let last =
        get(&app, &format!("/api/articles/{}", v["articles"][2]["article_id"].as_str().unwrap())).await;
    assert_eq!(last.json()["title"], "الأمم المتحدة تطالب بوقف القتال");
    // Again: nothing new, but two items are stored: 200, not an error.
    let again = post(&app, "application/rss+xml", Some(TOKEN), feed).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(statuses(&again.json()), ["duplicate", "failed", "duplicate"]);
    // Only the bad item: nothing is stored, and the answer says why, item by item.
    let only = r#"<rss version="2.0"><channel><title>وكالة ثانية</title>
<item><title>عاجل: انفجار في حلب</title><link>https://two.example.org/n/4</link></item></channel></rss>"#;
    let none = post(&app, "application/rss+xml", Some(TOKEN), only).await;
    assert_eq!(none.status, StatusCode::BAD_REQUEST, "{}", String::from_utf8_lossy(&none.bytes));
    assert!(none.error().starts_with("no item of the feed could be stored"), "{}", none.error());
    assert_eq!(statuses(&none.json()), ["failed"]);
}

/// A page posted as `text/html; charset=utf-8` whose meta says windows-1256 was read by its meta:
/// mojibake. The header wins, as in a browser; with no charset in the header the UTF-8 bytes are
/// read as UTF-8 all the same, and the answer says the meta was wrong.
async fn a_posted_page_is_read_by_its_content_type_charset(store: Kind) {
    let app = app_on(store, "ingest-charset");
    let cnn = common::repo().join("../shared/corpus/html/000_cnnar_newspaper4k.html");
    let page = std::fs::read_to_string(cnn).unwrap().replacen("charset=UTF-8", "charset=windows-1256", 1);
    let with = post(&app, "text/html; charset=utf-8", Some(TOKEN), page.clone()).await;
    assert_eq!(with.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&with.bytes));
    assert!(with.json().get("warnings").is_none(), "{}", with.json());
    let id = with.json()["article_id"].as_str().unwrap().to_string();
    let stored = get(&app, &format!("/api/articles/{id}")).await.json();
    assert_eq!(stored["title"], "معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
    let without = post(&app, "text/html", Some(TOKEN), page).await.json();
    assert_eq!(
        (without["status"].as_str(), without["article_id"].as_str()),
        (Some("duplicate"), Some(id.as_str()))
    );
    let warning = without["warnings"][0].as_str().unwrap();
    assert!(
        warning.ends_with("declares windows-1256 (<meta charset>) but its bytes are UTF-8; read as UTF-8"),
        "{warning}"
    );
}

/// A feed's items name no outlet: the feed's title is theirs (the CSV's `source` was empty for
/// every feed item); an item's date that is no date is said in the answer, naming the item.
async fn a_posted_feed_is_its_items_outlet_and_a_bad_date_is_said(store: Kind) {
    let app = app_on(store, "ingest-feed-meta");
    let feed = r#"<rss version="2.0"><channel><title>وكالة أنباء تجريبية</title><link>https://news.example.org/</link>
<item><title>اعتقال ناشطين في حمص</title><link>https://news.example.org/ar/bad-date</link><pubDate>yesterday-ish</pubDate>
<description>اعتقلت قوات الأمن السورية ثلاثة ناشطين في مدينة حمص يوم الخميس الماضي.</description></item>
</channel></rss>"#;
    let answer = post(&app, "application/rss+xml", Some(TOKEN), feed).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&answer.bytes));
    let outcome = &answer.json()["articles"][0];
    let warning = outcome["warnings"][0].as_str().unwrap();
    assert!(warning.contains("item 1 «اعتقال ناشطين في حمص»"), "{warning}");
    assert!(warning.contains("publication date 'yesterday-ish' ignored"), "{warning}");
    let stored =
        get(&app, &format!("/api/articles/{}", outcome["article_id"].as_str().unwrap())).await.json();
    assert_eq!(stored["outlet"], "وكالة أنباء تجريبية");
}

#[tokio::test]
async fn ingest_bad_input_is_a_json_error() {
    let app = app_from(
        backend("ingest-bad"),
        [127, 0, 0, 1],
        Limits { body_bytes: 1024 * 1024, timeout: Duration::from_secs(5) },
    );
    let huge = "ا".repeat(2 * 1024 * 1024);
    let cases: Vec<(&str, String, StatusCode, &str)> = vec![
        (
            "application/json",
            "{\"text\": \"قصف".into(),
            StatusCode::BAD_REQUEST,
            "cannot read the JSON article: not a JSON article record",
        ),
        (
            "application/json",
            "[1,2]".into(),
            StatusCode::BAD_REQUEST,
            "cannot read the JSON article: not a JSON article record",
        ),
        (
            "application/json",
            r#"{"title":"x"}"#.into(),
            StatusCode::BAD_REQUEST,
            "missing \"text\" (or \"html\")",
        ),
        ("text/plain", "   \n ".into(), StatusCode::BAD_REQUEST, "empty article"),
        ("image/png", "x".into(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported Content-Type 'image/png'"),
        ("text/plain", huge, StatusCode::PAYLOAD_TOO_LARGE, "request body too large"),
    ];
    for (ct, body, status, expected) in cases {
        let a = post(&app, ct, Some(TOKEN), body).await;
        assert_eq!(a.status, status, "{ct} {expected}");
        let message = a.error();
        assert!(message.contains(expected), "{message}");
    }
    // Still serving after all that.
    assert_eq!(get(&app, "/api/health").await.status, StatusCode::OK);
}

#[tokio::test]
async fn reads_from_other_machines_need_the_token() {
    let app = app_from(backend("remote"), [10, 0, 0, 5], Limits::default());
    let open = get(&app, "/api/events").await;
    assert_eq!(open.status, StatusCode::UNAUTHORIZED);
    assert!(open.error().contains("reads from outside this machine"));
    let req = Request::get("/api/events").header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
    assert_eq!(send(&app, req.body(Body::empty()).unwrap()).await.status, StatusCode::OK);
    // The page itself carries no data and stays open.
    assert_eq!(get(&app, "/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn page_and_assets_are_embedded() {
    let app = app("assets");
    let page = get(&app, "/").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = String::from_utf8(page.bytes).unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(!html.contains("http://") && !html.contains("https://"), "no CDN");
    let en = String::from_utf8(get(&app, "/?lang=en").await.bytes).unwrap();
    assert!(en.contains(r#"<html lang="en" dir="ltr">"#));
    for (path, ct) in [
        ("/static/app.js", "text/javascript"),
        ("/static/app.css", "text/css"),
        ("/vendor/leaflet/leaflet.js", "text/javascript"),
        ("/vendor/leaflet/leaflet.css", "text/css"),
        ("/static/data/basemap.geojson", "application/geo+json"),
    ] {
        let a = get(&app, path).await;
        assert_eq!(a.status, StatusCode::OK, "{path}");
        assert!(a.content_type.starts_with(ct), "{path}: {}", a.content_type);
    }
    let missing = get(&app, "/static/nope.js").await;
    assert_eq!((missing.status, missing.error()), (StatusCode::NOT_FOUND, "no such file: nope.js".into()));
    let unknown = get(&app, "/api/nope").await;
    assert_eq!(
        (unknown.status, unknown.error()),
        (StatusCode::NOT_FOUND, "no such endpoint: /api/nope".into())
    );
    let wrong = Request::delete("/api/events").header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
    let wrong = send(&app, wrong.body(Body::empty()).unwrap()).await;
    assert_eq!(wrong.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong.error(), "method not allowed on this path");
}

/// Panics on `q=panic`, stalls on `q=slow`; otherwise the store.
struct Fragile(Arc<StoreBackend>);

impl Backend for Fragile {
    fn name(&self) -> &'static str {
        "fragile"
    }
    fn events(&self, q: &EventQuery) -> BackendResult<Page<EventRow>> {
        match q.q.as_deref() {
            Some("panic") => panic!("simulated data-layer bug"),
            Some("slow") => std::thread::sleep(Duration::from_millis(1500)),
            _ => {}
        }
        self.0.events(q)
    }
    fn points(&self, q: &EventQuery) -> BackendResult<Vec<MapPoint>> {
        self.0.points(q)
    }
    fn event(&self, id: &str) -> BackendResult<Option<EventDetail>> {
        self.0.event(id)
    }
    fn article(&self, id: &str) -> BackendResult<Option<ArticleView>> {
        self.0.article(id)
    }
    fn search(&self, q: &EventQuery) -> BackendResult<Page<SearchHit>> {
        self.0.search(q)
    }
    fn actors(&self) -> BackendResult<Vec<EntityStat>> {
        self.0.actors()
    }
    fn places(&self) -> BackendResult<Vec<EntityStat>> {
        self.0.places()
    }
    fn export(&self, q: &EventQuery, f: ExportFormat) -> BackendResult<Vec<u8>> {
        self.0.export(q, f)
    }
    fn ingest(&self, a: NewArticle) -> BackendResult<Vec<IngestOutcome>> {
        self.0.ingest(a)
    }
    fn counts(&self) -> BackendResult<Counts> {
        self.0.counts()
    }
    fn roads(&self) -> BackendResult<Vec<RoadLine>> {
        self.0.roads()
    }
}

#[tokio::test]
async fn a_failing_request_never_takes_the_server_down() {
    let patient = Limits { body_bytes: 1024, timeout: Duration::from_secs(60) };
    let store = backend("fragile");
    let total = store.counts().unwrap().events;
    let app = app_from(Arc::new(Fragile(store.clone())), [127, 0, 0, 1], patient);
    let boom = get(&app, "/api/events?q=panic").await;
    assert_eq!(boom.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(boom.error().contains("the data layer failed on this request"));
    assert_eq!(get(&app, "/api/events").await.json()["total"].as_u64().unwrap() as usize, total);
    let hasty = Limits { body_bytes: 1024, timeout: Duration::from_millis(300) };
    let app = app_from(Arc::new(Fragile(store)), [127, 0, 0, 1], hasty);
    let slow = get(&app, "/api/events?q=slow").await;
    assert_eq!((slow.status, slow.error()), (StatusCode::REQUEST_TIMEOUT, "request timed out".into()));
    assert_eq!(get(&app, "/api/events").await.json()["total"].as_u64().unwrap() as usize, total);
}

#[tokio::test]
async fn serves_over_tcp_on_loopback() {
    let store = backend("tcp");
    let events = store.counts().unwrap().events;
    let backend: Arc<dyn Backend> = store;
    let config = ServerConfig {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        token: Some(TOKEN.into()),
        limits: Limits::default(),
    };
    let running = spawn(backend, config).await.unwrap();
    assert!(running.addr.ip().is_loopback() && running.addr.port() != 0);
    assert_eq!(running.token, TOKEN);
    let mut stream = tokio::net::TcpStream::connect(running.addr).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut out = String::new();
    stream.read_to_string(&mut out).await.unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert!(out.contains(&format!("\"events\":{events}")), "{out}");
    running.task.abort();
}

/// An analyst renames Afrin in the knowledge and serves the store again without re-analysing it:
/// the desk's list, its places menu and the CSV and PLOVER exports all say the new name, as
/// `marsad events --knowledge` does (one rule, `marsad_store::export::with_knowledge`); the
/// coordinates stay the store's.
#[test]
fn a_renamed_place_is_named_alike_by_the_desk_and_the_exports() {
    let knowledge = common::scratch("renamed-knowledge");
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    for sub in ["actors", "places"] {
        std::fs::create_dir_all(knowledge.join(sub)).unwrap();
        for f in std::fs::read_dir(data.join(sub)).unwrap() {
            let f = f.unwrap().path();
            let text = std::fs::read_to_string(&f).unwrap();
            let text = text.replace("place:afrin\t‘Afrīn\t", "place:afrin\tAfrin EDITED\t");
            std::fs::write(knowledge.join(sub).join(f.file_name().unwrap()), text).unwrap();
        }
    }
    let lexicon = marsad_lexicon::Lexicon::from_dir(&knowledge).unwrap();
    assert_eq!(lexicon.entity("place:afrin").unwrap().name_en, "Afrin EDITED");
    let dir = common::samples_copy("renamed-place");
    let backend = StoreBackend::open(
        &dir,
        None,
        marsad_pipeline::Analyzer::embedded(),
        marsad_ingest::Reader::embedded(),
        lexicon,
    )
    .unwrap();
    let q = EventQuery { place: Some("place:afrin".into()), limit: 100, ..EventQuery::default() };
    let rows = backend.events(&q).unwrap();
    // The filter also finds events with Afrin among their places; those located there:
    let located: Vec<_> =
        rows.items.iter().filter_map(|r| r.place.as_ref()).filter(|p| p.id == "place:afrin").collect();
    assert!(!located.is_empty(), "the samples have events in Afrin");
    for place in located {
        assert_eq!(place.name_en, "Afrin EDITED");
        assert_eq!((place.lat, place.lon), (Some(36.51194), Some(36.86954)), "the store's point");
    }
    let places = backend.places().unwrap();
    let afrin = places.iter().find(|p| p.entity.id == "place:afrin").unwrap();
    assert_eq!(afrin.entity.name_en, "Afrin EDITED");
    let csv = String::from_utf8(backend.export(&q, ExportFormat::Csv).unwrap()).unwrap();
    assert!(csv.contains(",Afrin EDITED,") && !csv.contains("Afrīn"), "{csv}");
    let jsonl = String::from_utf8(backend.export(&q, ExportFormat::Jsonl).unwrap()).unwrap();
    assert!(jsonl.contains("\"name\":\"Afrin EDITED\"") && !jsonl.contains("Afrīn"), "{jsonl}");
}

/// An analyst adds an armed group to a data directory's knowledge, analyses with it, then the
/// store is served with the shipped knowledge only: the group is still an armed group named in
/// Arabic by the article's words, from the store, not a "collective" whose Arabic name is its
/// English one.
#[test]
fn an_actor_only_the_store_knows_keeps_its_kind_and_arabic_words() {
    let user = common::scratch("added-actor-knowledge");
    std::fs::create_dir_all(user.join("actors")).unwrap();
    std::fs::write(
        user.join("actors/added.toml"),
        "[[actor]]\nid = \"RED-BRIGADES\"\nkind = \"armed_group\"\nname_en = \"Red Brigades\"\n\
         name_ar = \"الكتائب الحمراء\"\naliases = [\"الكتائب الحمراء\"]\n",
    )
    .unwrap();
    let with_group = marsad_lexicon::Lexicon::embedded_with(&user).unwrap();
    let analyzer = marsad_pipeline::Analyzer::embedded_with_lexicon(with_group).unwrap();
    let dir = common::scratch("added-actor-data");
    let article = dir.join("in/strike.txt");
    std::fs::create_dir_all(article.parent().unwrap()).unwrap();
    std::fs::write(
        &article,
        "قصف على سراقب\nقصفت الكتائب الحمراء بلدة سراقب بالمدفعية الثقيلة صباح اليوم.\n",
    )
    .unwrap();
    {
        let mut data = marsad_store::DataDir::open(&dir.join("store")).unwrap();
        let reader = marsad_ingest::Reader::embedded();
        marsad_server::synth::ingest_paths(&mut data, &[article], &reader, &analyzer).unwrap();
    }
    let backend = common::open(&dir.join("store"));
    let rows = backend.events(&EventQuery { limit: 10, ..EventQuery::default() }).unwrap();
    let group = rows
        .items
        .iter()
        .flat_map(|r| r.source.iter().chain(&r.target))
        .find(|a| a.id == "RED-BRIGADES")
        .expect("the strike's actor");
    assert_eq!(group.kind, marsad_model::EntityKind::ArmedGroup);
    assert_eq!(group.name_en, "Red Brigades");
    assert_eq!(group.name_ar, "الكتائب الحمراء");
}

/// Each test named, once over each store: `sqlite::name` and `postgres::name`.
macro_rules! on_both_stores {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $test() {
                super::$test(super::Kind::Sqlite).await
            })*
        }
        mod postgres {
            $(#[tokio::test]
            async fn $test() {
                super::$test(super::Kind::Postgres).await
            })*
        }
    };
}

on_both_stores!(
    health_counts_the_store,
    events_page_and_every_filter,
    points_are_the_located_events,
    event_detail_points_into_its_article,
    article_spans_lie_on_the_clean_text,
    search_folds_arabic_and_highlights,
    search_takes_the_filters_of_events_and_answers_the_cli_shape,
    search_total_counts_every_match_beyond_the_page,
    pasted_text_is_searched_as_text,
    actors_and_places_are_ranked_and_named_in_arabic,
    exports_are_the_files_the_cli_writes,
    exports_page_as_the_cli_does,
    actor_and_place_ids_are_read_as_the_cli_reads_them,
    ingest_needs_the_token_and_stores_once,
    a_json_lines_record_posts_as_ingest_reads_it,
    a_posted_feed_is_one_article_per_item_as_ingest_reads_it,
    a_feed_item_that_cannot_be_stored_fails_alone,
    a_posted_page_is_read_by_its_content_type_charset,
    a_posted_feed_is_its_items_outlet_and_a_bad_date_is_said,
);
