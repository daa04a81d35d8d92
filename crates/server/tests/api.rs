//! Every endpoint, good and bad input, over the seed articles with their hand
//! annotations (71 events, 5 articles) in the in-memory backend.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use marsad_server::*;
use serde_json::Value;
use tower::ServiceExt;

const TOKEN: &str = "test-token-123";

fn seeds() -> Vec<marsad_server::memory::AnalyzedArticle> {
    static SEEDS: OnceLock<Vec<marsad_server::memory::AnalyzedArticle>> = OnceLock::new();
    SEEDS.get_or_init(|| gold::seeds().expect("seed articles and gold").articles).clone()
}

fn backend() -> Arc<MemoryBackend> {
    let b = MemoryBackend::default();
    b.insert_all(seeds());
    Arc::new(b)
}

fn app_from(backend: Arc<dyn Backend>, peer: [u8; 4], limits: Limits) -> Router {
    router(backend, Token(TOKEN.into()), limits).layer(MockConnectInfo(SocketAddr::from((peer, 40000))))
}

fn app() -> Router {
    app_from(backend(), [127, 0, 0, 1], Limits::default())
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

#[tokio::test]
async fn health_counts_the_store() {
    let a = get(&app(), "/api/health").await;
    assert_eq!(a.status, StatusCode::OK);
    let v = a.json();
    assert_eq!((v["articles"].as_u64(), v["events"].as_u64()), (Some(5), Some(71)));
    assert_eq!(v["backend"], "memory");
}

#[tokio::test]
async fn events_page_and_every_filter() {
    let app = app();
    let all = get(&app, "/api/events").await.json();
    assert_eq!(all["total"], 71);
    assert_eq!(all["items"].as_array().unwrap().len(), 50);
    // Newest first: dated events sorted by first day, descending.
    let days: Vec<String> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["date"]["value"].as_str().map(|d| d[..d.len().min(7)].to_string()))
        .collect();
    assert!(days.windows(2).all(|w| w[0] >= w[1]), "{days:?}");

    let last = get(&app, "/api/events?offset=70&limit=10").await.json();
    assert_eq!(last["items"].as_array().unwrap().len(), 1);

    type Holds = fn(&Value) -> bool;
    let cases: [(&str, Holds); 5] = [
        ("type=ASSAULT,coerce", |e| ["ASSAULT", "COERCE"].contains(&e["type"].as_str().unwrap())),
        ("actor=TUR-INT", |e| {
            e["source"]
                .as_array()
                .unwrap()
                .iter()
                .chain(e["target"].as_array().unwrap())
                .any(|a| a["id"] == "TUR-INT")
        }),
        ("place=place%3Atarnaba-russian-point", |e| e["place"]["id"] == "place:tarnaba-russian-point"),
        ("from=2024-10-01&to=2024-10-31", |e| e["date"]["value"].as_str().unwrap().starts_with("2024-10")),
        ("bbox=35.5,32.0,42.5,37.5", |e| {
            let lat = e["place"]["lat"].as_f64().unwrap();
            (32.0..=37.5).contains(&lat)
        }),
    ];
    for (filter, holds) in cases {
        let page = get(&app, &format!("/api/events?limit=1000&{filter}")).await;
        assert_eq!(page.status, StatusCode::OK, "{filter}");
        let v = page.json();
        let items = v["items"].as_array().unwrap();
        assert!(!items.is_empty() && items.len() < 71, "{filter}: {} items", items.len());
        assert_eq!(v["total"].as_u64().unwrap() as usize, items.len());
        for e in items {
            assert!(holds(e), "{filter}: {e}");
        }
    }
    // A text query keeps events whose sentence or article headline holds the folded words.
    let q = get(&app, &format!("/api/events?limit=1000&q={}", enc("دوريات"))).await.json();
    let found = q["items"].as_array().unwrap();
    assert!(!found.is_empty() && found.len() < 71);
    for e in found {
        let detail = get(&app, &format!("/api/events/{}", e["id"].as_str().unwrap())).await.json();
        let title = detail["sources"][0]["title"].as_str().unwrap_or("");
        let hay = marsad_text::fold(&format!("{} {}", e["evidence"].as_str().unwrap(), title));
        assert!(hay.contains("دوريات"), "{e}");
    }
    // Astana is outside a Syria box.
    let boxed = get(&app, "/api/events?limit=1000&bbox=35.5,32.0,42.5,37.5").await.json();
    assert!(boxed["items"].as_array().unwrap().iter().all(|e| e["place"]["id"] != "place:astana"));
}

#[tokio::test]
async fn events_bad_input_says_what_is_wrong() {
    let app = app();
    let cases = [
        ("/api/events?from=2024-02-30", "bad date '2024-02-30' in 'from'"),
        ("/api/events?to=31-12-2024", "bad date '31-12-2024' in 'to'"),
        ("/api/events?from=2024-09-01&to=2024-01-01", "'from' (2024-09-01) is after 'to' (2024-01-01)"),
        ("/api/events?type=BOMBING", "unknown event type 'BOMBING'"),
        ("/api/events?bbox=1,2,3", "bad 'bbox' '1,2,3'"),
        ("/api/events?limit=0", "'limit' must be at least 1"),
        ("/api/events?limit=99999", "'limit' must be at most 1000"),
        ("/api/events?offset=-1", "'offset' must be a whole number"),
        ("/api/events?colour=red", "unknown parameter 'colour'"),
        ("/api/search", "missing search text"),
        ("/api/search?q=%20", "missing search text"),
        ("/api/export.csv?from=yesterday", "bad date 'yesterday' in 'from'"),
    ];
    for (uri, expected) in cases {
        let a = get(&app, uri).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(a.content_type.starts_with("application/json"), "{uri}");
        let message = a.error();
        assert!(message.contains(expected), "{uri}: {message}");
    }
}

#[tokio::test]
async fn event_detail_points_into_its_article() {
    let app = app();
    let id = "003_edeaf7ad7451c4e5.e1";
    let a = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(a.status, StatusCode::OK);
    let e = a.json();
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

    let missing = get(&app, "/api/events/nope.e1").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.error(), "no event with id 'nope.e1'");
}

#[tokio::test]
async fn article_spans_lie_on_the_clean_text() {
    let app = app();
    let a = get(&app, "/api/articles/004_43a99b59954af813").await;
    assert_eq!(a.status, StatusCode::OK);
    let v = a.json();
    let text = v["text"].as_str().unwrap();
    let slice = |s: &Value| &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize];
    let boilerplate = v["boilerplate"].as_array().unwrap();
    assert!(boilerplate.iter().any(|b| slice(b) == "[ads3]"), "boilerplate marked");
    for m in v["mentions"].as_array().unwrap() {
        assert_eq!(slice(&m["span"]), m["text"].as_str().unwrap());
    }
    for d in v["dates"].as_array().unwrap() {
        assert_eq!(slice(&d["span"]), d["text"].as_str().unwrap());
    }
    let missing = get(&app, "/api/articles/000_nothing").await;
    assert_eq!(
        (missing.status, missing.error()),
        (StatusCode::NOT_FOUND, "no article with id '000_nothing'".into())
    );
}

#[tokio::test]
async fn search_folds_arabic_and_highlights() {
    let app = app();
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
        assert!(marked.iter().any(|m| marsad_text::fold(m).contains("دوري")), "{marked:?}");
    }
    // ta marbuta and hamza spellings meet.
    let a = get(&app, &format!("/api/search?q={}", enc("الدوريه"))).await.json();
    let b = get(&app, &format!("/api/search?q={}", enc("الدورية"))).await.json();
    assert_eq!(a["total"], b["total"]);
    assert!(a["total"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn actors_and_places_are_ranked() {
    let app = app();
    for path in ["/api/actors", "/api/places"] {
        let v = get(&app, path).await.json();
        let list = v.as_array().unwrap();
        assert!(list.len() > 10, "{path}");
        let counts: Vec<u64> = list.iter().map(|e| e["events"].as_u64().unwrap()).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{path}");
    }
    let places = get(&app, "/api/places").await.json();
    // Countries used as locations (an event in Ukraine) keep their country id.
    assert!(places.as_array().unwrap().iter().all(|p| p["kind"] == "place" || p["kind"] == "country"));
    assert!(places.as_array().unwrap().iter().any(|p| p["id"] == "place:saraqib" && p["lat"].is_number()));
}

#[tokio::test]
async fn exports_open_as_their_formats() {
    let app = app();
    let csv = get(&app, "/api/export.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type.starts_with("text/csv"));
    let text = String::from_utf8(csv.bytes.clone()).unwrap();
    assert!(text.starts_with('\u{feff}'), "BOM for Excel");
    let header = text.lines().next().unwrap().trim_start_matches('\u{feff}');
    assert!(header.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type,event_type"));
    assert!(text.contains("latitude,longitude,geo_precision,source"));

    let geo = get(&app, "/api/export.geojson").await;
    assert_eq!(geo.content_type, "application/geo+json");
    let fc = geo.json();
    assert_eq!(fc["type"], "FeatureCollection");
    let located = get(&app, "/api/points").await.json()["total"].as_u64().unwrap();
    assert_eq!(fc["features"].as_array().unwrap().len() as u64, located);
    let f = &fc["features"][0];
    assert_eq!(f["geometry"]["type"], "Point");
    assert!(
        f["geometry"]["coordinates"][0].as_f64().unwrap()
            > f["geometry"]["coordinates"][1].as_f64().unwrap() - 40.0
    );

    let jsonl = get(&app, "/api/export.jsonl?type=CONSULT").await;
    let lines: Vec<Value> =
        String::from_utf8(jsonl.bytes).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["type"] == "CONSULT" && l["sources"].is_array()));
    let consult = get(&app, "/api/events?type=CONSULT").await.json()["total"].as_u64().unwrap();
    assert_eq!(lines.len() as u64, consult);
    // Every row of the CSV is one event (quoted line breaks aside, the seeds have none).
    assert_eq!(text.lines().count(), 72);
}

#[tokio::test]
async fn ingest_needs_the_token_and_stores_once() {
    let app = app();
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
    assert_eq!(get(&app, "/api/health").await.json()["articles"], 6);

    let json = r#"{"title":"عنوان","text":"وصلت تعزيزات عسكرية تركية إلى ريف إدلب.","url":"https://example.org/1","published":"2024-07-22"}"#;
    let j = post(&app, "application/json", Some(TOKEN), json).await;
    assert_eq!(j.status, StatusCode::CREATED);
    let html = "<html><head><title>خبر</title><script>alert(1)</script></head><body><p>قصفت المدفعية قرية في ريف حلب.</p></body></html>";
    let h = post(&app, "text/html", Some(TOKEN), html).await;
    assert_eq!(h.status, StatusCode::CREATED);
    let article =
        get(&app, &format!("/api/articles/{}", h.json()["article_id"].as_str().unwrap())).await.json();
    assert_eq!(article["title"], "خبر");
    assert!(!article["text"].as_str().unwrap().contains("alert"));
}

#[tokio::test]
async fn ingest_bad_input_is_a_json_error() {
    let app = app_from(
        backend(),
        [127, 0, 0, 1],
        Limits { body_bytes: 1024 * 1024, timeout: Duration::from_secs(5) },
    );
    let huge = "ا".repeat(2 * 1024 * 1024);
    let cases: Vec<(&str, String, StatusCode, &str)> = vec![
        ("application/json", "{\"text\": \"قصف".into(), StatusCode::BAD_REQUEST, "malformed JSON article"),
        ("application/json", "[1,2]".into(), StatusCode::BAD_REQUEST, "malformed JSON article"),
        (
            "application/json",
            r#"{"title":"x"}"#.into(),
            StatusCode::BAD_REQUEST,
            "exactly one of 'text' or 'html'",
        ),
        (
            "application/json",
            r#"{"text":"نص","published":"2024-13-01"}"#.into(),
            StatusCode::BAD_REQUEST,
            "bad date '2024-13-01' in 'published'",
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
    let app = app_from(backend(), [10, 0, 0, 5], Limits::default());
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
    let app = app();
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
        ("/static/data/roads.geojson", "application/geo+json"),
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

/// Panics on `q=panic`, stalls on `q=slow`; otherwise the seeds.
struct Fragile(Arc<MemoryBackend>);

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
    fn search(&self, q: &str, limit: usize) -> BackendResult<Vec<SearchHit>> {
        self.0.search(q, limit)
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
    fn ingest(&self, a: NewArticle) -> BackendResult<IngestOutcome> {
        self.0.ingest(a)
    }
    fn counts(&self) -> BackendResult<Counts> {
        self.0.counts()
    }
}

#[tokio::test]
async fn a_failing_request_never_takes_the_server_down() {
    let patient = Limits { body_bytes: 1024, timeout: Duration::from_secs(60) };
    let app = app_from(Arc::new(Fragile(backend())), [127, 0, 0, 1], patient);
    let boom = get(&app, "/api/events?q=panic").await;
    assert_eq!(boom.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(boom.error().contains("the data layer failed on this request"));
    assert_eq!(get(&app, "/api/events").await.json()["total"], 71);
    let hasty = Limits { body_bytes: 1024, timeout: Duration::from_millis(300) };
    let app = app_from(Arc::new(Fragile(backend())), [127, 0, 0, 1], hasty);
    let slow = get(&app, "/api/events?q=slow").await;
    assert_eq!((slow.status, slow.error()), (StatusCode::REQUEST_TIMEOUT, "request timed out".into()));
    assert_eq!(get(&app, "/api/events").await.json()["total"], 71);
}

#[tokio::test]
async fn serves_over_tcp_on_loopback() {
    let backend: Arc<dyn Backend> = backend();
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
    assert!(out.contains("\"events\":71"));
    running.task.abort();
}
