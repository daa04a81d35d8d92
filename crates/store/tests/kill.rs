//! `kill -9` in the middle of an ingest: nothing reported as stored is lost, no article is
//! half-written, the index catches up, and running the ingest again completes it.
//!
//! The test re-runs its own test binary as the ingesting process (the `worker` test, which does
//! nothing unless `MARSAD_KILL_WORKER` names a data directory), reads the "stored N" lines it
//! prints after each committed batch, and kills it with SIGKILL after a few batches.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use marsad_model::{DateValue, Event, EventType, ReportedAs, Span};
use marsad_store::{Analysis, ArticleInput, DataDir, IngestItem, IngestOptions};

const WORKER_ENV: &str = "MARSAD_KILL_WORKER";
const ARTICLES: usize = 1500;
const BATCH: usize = 40;

/// Distinct synthetic articles: words drawn from a fixed list by a fixed generator.
fn articles() -> impl Iterator<Item = IngestItem> {
    const WORDS: [&str; 24] = [
        "قصف",
        "مدفعي",
        "على",
        "بلدة",
        "في",
        "ريف",
        "إدلب",
        "الجنوبي",
        "وأفادت",
        "مصادر",
        "محلية",
        "بسقوط",
        "جرحى",
        "بين",
        "المدنيين",
        "وتحليق",
        "للطيران",
        "الحربي",
        "فوق",
        "المنطقة",
        "دورية",
        "مشتركة",
        "القوات",
        "التركية",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..ARTICLES).map(move |i| {
        let mut body = String::new();
        for _ in 0..40 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            body.push_str(WORDS[(state % WORDS.len() as u64) as usize]);
            body.push(' ');
        }
        body.push_str(&format!("الخبر رقم {i}."));
        IngestItem::Article(ArticleInput {
            doc: format!("synthetic-{i}"),
            title: format!("خبر {i}"),
            url: Some(format!("https://example.invalid/{i}")),
            body,
            ..ArticleInput::default()
        })
    })
}

/// One event and one date per article, so a half-written article would show.
fn analyze(a: &ArticleInput) -> Analysis {
    let body = marsad_text::clean(&a.body).text;
    let n: usize = a.doc.trim_start_matches("synthetic-").parse().unwrap_or(0);
    let date = DateValue::day(2024, 1 + (n % 12) as u8, 1 + (n % 28) as u8);
    let end = body.find(' ').unwrap_or(body.len());
    Analysis {
        title: a.title.clone(),
        published: Some(date.clone()),
        dates: vec![marsad_model::DateMention {
            span: Span::new(0, end),
            text: body[..end].to_string(),
            value: date.clone(),
            anchor: "test".into(),
        }],
        events: vec![Event {
            id: "e1".into(),
            kind: EventType::Assault,
            mode: None,
            source: vec![format!("ACTOR-{}", n % 7)],
            target: vec![],
            place: None,
            places: vec![],
            date: Some(date),
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            evidence: body.clone(),
            span: Span::new(0, body.len()),
            trigger: Span::new(0, end),
            rule: "TEST".into(),
            also: vec![],
            confidence: 0.5,
        }],
        body,
        ..Analysis::default()
    }
}

#[test]
fn worker() {
    let Ok(dir) = std::env::var(WORKER_ENV) else { return };
    let mut data = DataDir::open(std::path::Path::new(&dir)).expect("open data dir");
    // The rerun may use big batches; the first run uses small ones so the kill lands mid-way.
    let batch_size = std::env::var("MARSAD_KILL_BATCH").ok().and_then(|b| b.parse().ok()).unwrap_or(BATCH);
    let options = IngestOptions { batch_size, ..IngestOptions::default() };
    let summary = data
        .ingest(articles(), &analyze, options, &mut |s| {
            println!("stored {}", s.new + s.near_duplicates);
        })
        .expect("ingest");
    println!("done new={} duplicates={}", summary.new, summary.duplicates);
}

fn spawn_worker(dir: &std::path::Path, batch: usize) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "worker", "--nocapture", "--test-threads=1"])
        .env(WORKER_ENV, dir)
        .env("MARSAD_KILL_BATCH", batch.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn worker")
}

#[test]
fn kill_nine_mid_ingest_loses_nothing_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");

    let mut child = spawn_worker(&dir, BATCH);
    let mut reported = 0usize;
    let mut commits = 0;
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix("stored ") {
            reported = n.trim().parse().unwrap();
            commits += 1;
            if commits == 5 {
                child.kill().unwrap(); // SIGKILL on Unix
                break;
            }
        }
    }
    child.wait().unwrap();
    assert!(reported >= 5 * BATCH, "the worker committed {reported} before the kill");

    // Consistency after the kill.
    let data = DataDir::open(&dir).unwrap();
    let stats = data.stats().unwrap();
    assert!(stats.articles >= reported, "stored {} < reported {reported}", stats.articles);
    assert!(stats.articles < ARTICLES, "the kill came too late to test anything");
    let db = rusqlite::Connection::open(dir.join("marsad.db")).unwrap();
    let count = |sql: &str| -> i64 { db.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.article_id = a.id)"),
        0,
        "an article without its event"
    );
    assert_eq!(
        count("SELECT COALESCE(SUM(json_array_length(dates)), 0) FROM articles"),
        stats.articles as i64,
        "an article without its date"
    );
    assert_eq!(count("SELECT COUNT(*) FROM event_sources"), stats.articles as i64);
    assert_eq!(count("SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.event_id)"), 0);
    assert_eq!(data.index().num_docs(), stats.articles as u64, "the index caught up with the store on open");
    drop(data);
    drop(db);

    // Running it again completes the ingest and skips what was stored.
    let child = spawn_worker(&dir, 500);
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let done = stdout.lines().find_map(|l| l.strip_prefix("done ")).expect("worker finished");
    assert_eq!(
        done,
        format!("new={} duplicates={}", ARTICLES - stats.articles, stats.articles),
        "the rerun stores exactly what was missing"
    );
    let data = DataDir::open(&dir).unwrap();
    assert_eq!(data.stats().unwrap().articles, ARTICLES);
    assert_eq!(data.index().num_docs(), ARTICLES as u64);
}
