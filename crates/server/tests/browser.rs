//! The desk in a real browser: Debian's headless Chromium driven by
//! playwright-core (web/tests/desk.mjs) against two servers started here —
//! the seed articles (plus one hostile article) and a 10,000-event store.
//!
//! Needs `scripts/install-test-deps` (chromium + web/tests/node_modules).
//! Set MARSAD_SKIP_BROWSER=1 to skip on a machine without them.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use marsad_model::{Entity, EntityKind, Event, EventType, GeoPrecision, ReportedAs, Span};
use marsad_server::memory::AnalyzedArticle;
use marsad_server::*;

/// The word the hostile article is found by.
const HOSTILE_WORD: &str = "ماكرة";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// An article whose headline, text, actor name and evidence carry script payloads.
fn hostile() -> AnalyzedArticle {
    let evidence = format!(
        "قصفت الطائرات <img src=x onerror=\"window.__xss=true\"> قرية {HOSTILE_WORD} <script>window.__xss=true</script> في ريف إدلب."
    );
    let text = format!("مقدمة الخبر.\n{evidence}\nخاتمة <iframe src=javascript:window.__xss=true></iframe>.");
    let start = text.find(&evidence).unwrap();
    let span = Span::new(start, start + evidence.len());
    let trigger_at = text.find("قصفت").unwrap();
    AnalyzedArticle {
        id: Some("hostile".into()),
        url: Some("javascript:window.__xss=true".into()),
        outlet: Some("<b onmouseover=window.__xss=true>outlet</b>".into()),
        title: Some(format!("<img src=x onerror=window.__xss=true> {HOSTILE_WORD}")),
        text,
        events: vec![Event {
            id: "e1".into(),
            kind: EventType::Assault,
            mode: Some("<svg onload=window.__xss=true>".into()),
            source: vec!["HOSTILE-ACTOR".into()],
            target: vec![],
            place: Some("place:hostile".into()),
            places: vec!["place:hostile".into()],
            date: Some(marsad_model::DateValue::day(2024, 7, 22)),
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            evidence,
            span,
            trigger: Span::new(trigger_at, trigger_at + "قصفت".len()),
            rule: "test".into(),
            also: vec![],
            confidence: 1.0,
        }],
        entities: vec![
            Entity {
                id: "HOSTILE-ACTOR".into(),
                kind: EntityKind::ArmedGroup,
                name_en: "<img src=x onerror=window.__xss=true>".into(),
                name_ar: "<img src=x onerror=window.__xss=true>".into(),
                lat: None,
                lon: None,
                geo_precision: None,
            },
            Entity {
                id: "place:hostile".into(),
                kind: EntityKind::Place,
                name_en: "<script>window.__xss=true</script>".into(),
                name_ar: "<script>window.__xss=true</script>".into(),
                lat: Some(35.93),
                lon: Some(36.63),
                geo_precision: Some(GeoPrecision::Village),
            },
        ],
        ..AnalyzedArticle::default()
    }
}

async fn start(backend: MemoryBackend) -> Running {
    let config = ServerConfig {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        token: Some("browser-test".into()),
        limits: Limits::default(),
    };
    spawn(Arc::new(backend), config).await.expect("server starts")
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

    let seeds = gold::seeds().expect("seed articles").articles;
    let desk = MemoryBackend::default();
    desk.insert_all(seeds.clone());
    desk.insert_all(vec![hostile()]);
    let desk = start(desk).await;
    // The hostile article is also posted through the API, as a client would.
    let posted = post_article(
        desk.addr,
        &desk.token,
        &format!("<html><head><title>{HOSTILE_WORD} <img src=x onerror=window.__xss=true></title></head><body><p>نص {HOSTILE_WORD} &lt;script&gt;window.__xss=true&lt;/script&gt; onerror=alert(1)</p><script>window.__xss=true</script></body></html>"),
    )
    .await;
    assert!(posted.starts_with("HTTP/1.1 201"), "{posted}");

    let big = MemoryBackend::default();
    big.insert_all(synth::scale(&seeds, 10_000));
    let big = start(big).await;

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

async fn post_article(addr: SocketAddr, token: &str, html: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/html; charset=utf-8\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        html.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(html.as_bytes()).await.unwrap();
    let mut out = String::new();
    stream.read_to_string(&mut out).await.unwrap();
    out
}
