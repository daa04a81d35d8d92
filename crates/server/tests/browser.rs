//! The desk in a real browser: Debian's headless Chromium driven by
//! playwright-core (web/tests/desk.mjs) against two servers started here over
//! the store backend — the bundled samples/ ingested through the reader and
//! pipeline plus hostile articles posted through the API, and a store of
//! 10,000 events made by copying the analysed samples (`synth::fill`).
//!
//! Needs `scripts/install-test-deps` (chromium + web/tests/node_modules).
//! Set MARSAD_SKIP_BROWSER=1 to skip on a machine without them.

mod common;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use common::repo;
use marsad_server::*;

/// The word the hostile articles are found by.
const HOSTILE_WORD: &str = "ماكرة";

/// A report whose headline, outlet and evidence sentence carry script payloads.
fn hostile_json() -> String {
    let text = format!(
        "مقدمة الخبر.\nقصفت الطائرات الحربية <img src=x onerror=\"window.__xss=true\"> قرية {HOSTILE_WORD} <script>window.__xss=true</script> في ريف إدلب يوم الاثنين.\nخاتمة <iframe src=javascript:window.__xss=true></iframe>."
    );
    serde_json::json!({
        "text": text,
        "title": format!("<img src=x onerror=window.__xss=true> {HOSTILE_WORD}"),
        "outlet": "<b onmouseover=window.__xss=true>outlet</b>",
        "url": "javascript:window.__xss=true",
        "published": "2024-07-22",
    })
    .to_string()
}

/// The same payloads in an HTML page.
fn hostile_html() -> String {
    format!("<html><head><title>{HOSTILE_WORD} <img src=x onerror=window.__xss=true></title></head><body><p>نص {HOSTILE_WORD} &lt;script&gt;window.__xss=true&lt;/script&gt; onerror=alert(1)</p><script>window.__xss=true</script></body></html>")
}

async fn start(backend: StoreBackend) -> Running {
    let config = ServerConfig {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        token: Some("browser-test".into()),
        limits: Limits::default(),
    };
    spawn(Arc::new(backend), config).await.expect("server starts")
}

/// A store of at least `events` events: the samples analysed once, copied with shifted dates.
fn big_store(events: usize) -> StoreBackend {
    let made = Instant::now();
    let reader = marsad_ingest::Reader::embedded();
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let base = synth::analysed(&[common::samples()], &reader, &analyzer).expect("samples analysed");
    let dir = common::scratch("big");
    let mut data = marsad_store::DataDir::open(&dir).unwrap();
    let stats = synth::fill(&mut data, &base, events).expect("store filled");
    drop(data);
    println!(
        "big store: {} events in {} articles, made in {:.1} s",
        stats.events,
        stats.articles,
        made.elapsed().as_secs_f64()
    );
    common::open(&dir)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desk_in_headless_chromium() {
    let script = repo().join("web/tests/desk.mjs");
    let modules = repo().join("web/tests/node_modules/playwright-core");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !modules.exists() || !Path::new(&chromium).exists() {
        if std::env::var_os("MARSAD_SKIP_BROWSER").is_some() {
            eprintln!("skipping the browser test (MARSAD_SKIP_BROWSER set)");
            return;
        }
        panic!("the browser test needs Chromium and playwright-core: run scripts/install-test-deps");
    }

    let desk = start(common::samples_backend("desk")).await;
    // The hostile articles are posted through the API, as a client would.
    let posted = post_article(desk.addr, &desk.token, "application/json", &hostile_json()).await;
    assert!(posted.starts_with("HTTP/1.1 201"), "{posted}");
    let posted = post_article(desk.addr, &desk.token, "text/html; charset=utf-8", &hostile_html()).await;
    assert!(posted.starts_with("HTTP/1.1 201"), "{posted}");

    // A recap of an event four decades old: the timeline must still frame the news.
    let recap = serde_json::json!({
        "text": "حماة في الذاكرة\nوكانت قوات النظام قد قصفت مدينة حماة في شباط 1982 وقتلت الآلاف.",
        "title": "حماة في الذاكرة",
        "published": "2018-02-02",
    });
    let posted = post_article(desk.addr, &desk.token, "application/json", &recap.to_string()).await;
    assert!(posted.starts_with("HTTP/1.1 201"), "{posted}");

    let big = start(tokio::task::spawn_blocking(|| big_store(10_000)).await.unwrap()).await;

    let screenshot = repo().join("target/screenshots/desk.png");
    let out = tokio::process::Command::new("node")
        .arg(&script)
        .args(["--url", &format!("{}/", desk.url())])
        .args(["--big-url", &format!("{}/", big.url())])
        .args(["--search", "دوريات"])
        .args(["--xss-query", HOSTILE_WORD])
        .arg("--screenshot")
        .arg(&screenshot)
        .env("CHROMIUM", &chromium)
        .current_dir(repo().join("web/tests"))
        .output()
        .await
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "browser checks failed:\n{stdout}");
    assert!(screenshot.exists());
    desk.task.abort();
    big.task.abort();
}

async fn post_article(addr: SocketAddr, token: &str, content_type: &str, body: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body.as_bytes()).await.unwrap();
    let mut out = String::new();
    stream.read_to_string(&mut out).await.unwrap();
    out
}
