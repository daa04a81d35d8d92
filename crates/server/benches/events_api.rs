//! `GET /api/events` latency on 100,000 events in the store, over real HTTP on loopback.
//!
//! cargo bench -p marsad-server --bench events_api [-- EVENTS REQUESTS]
//!
//! The store is the SQLite + tantivy data directory the server runs on, filled
//! by `synth::fill`: the bundled samples/ read and analysed once through the
//! reader and pipeline, then copied with shifted dates until the store holds
//! EVENTS events (see `marsad_server::synth` for why copies never merge). The
//! directory is kept in the system temp dir and reused by later runs.
//!
//! Requests are pages of 100, at random offsets, a quarter of them with a
//! type filter, a quarter with a date range, a quarter with both; one
//! keep-alive connection, one request at a time. Prints p50/p99/max.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use marsad_server::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A tiny HTTP/1.1 client: one request, reads one response by Content-Length.
async fn get(stream: &mut TcpStream, path: &str, buf: &mut Vec<u8>) -> (u16, usize) {
    let req = format!("GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n");
    stream.write_all(req.as_bytes()).await.unwrap();
    buf.clear();
    let mut chunk = [0u8; 65536];
    loop {
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "connection closed");
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_string();
            let status: u16 = head[9..12].parse().unwrap();
            let len: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap())
                })
                .expect("content-length");
            while buf.len() < end + 4 + len {
                let n = stream.read(&mut chunk).await.unwrap();
                buf.extend_from_slice(&chunk[..n]);
            }
            return (status, len);
        }
    }
}

/// CPU seconds (user + system) this process has used, from /proc (Linux); 0 elsewhere.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the ')'; 100 ticks a second.
    (ticks(11) + ticks(12)) / 100.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this binary without it, and
    // then a small smoke run checks the benchmark still works without taking CI's time.
    let full = std::env::args().any(|a| a == "--bench");
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let events: usize =
        args.next().and_then(|a| a.parse().ok()).unwrap_or(if full { 100_000 } else { 2_000 });
    let requests: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(if full { 2_000 } else { 100 });

    let built = Instant::now();
    let dir = std::env::temp_dir().join(format!("marsad-bench-store-{events}"));
    let reader = marsad_ingest::Reader::embedded();
    let analyzer = marsad_pipeline::Analyzer::embedded();
    {
        let mut data = marsad_store::DataDir::open(&dir).expect("bench data directory");
        if data.stats().unwrap().events < events {
            let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
            let base = synth::analysed(&[samples], &reader, &analyzer).expect("samples analysed");
            synth::fill(&mut data, &base, events).expect("store filled");
        }
    }
    let backend =
        StoreBackend::open(&dir, None, analyzer, reader, marsad_lexicon::Lexicon::embedded()).unwrap();
    let counts = backend.counts().unwrap();
    println!(
        "store: {} events in {} articles (SQLite + tantivy at {}), ready in {:.1} s",
        counts.events,
        counts.articles,
        dir.display(),
        built.elapsed().as_secs_f64()
    );
    let config = ServerConfig {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        token: Some("bench".into()),
        limits: Limits::default(),
    };
    let running = spawn(Arc::new(backend), config).await.unwrap();
    let mut stream = TcpStream::connect(running.addr).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let mut buf = Vec::new();

    // A deterministic spread of offsets and filters (xorshift).
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    const KINDS: [&str; 4] = ["no filter", "two types", "date range", "type + dates"];
    let mut times = Vec::with_capacity(requests);
    let mut by_kind: [Vec<Duration>; 4] = Default::default();
    let mut bytes = 0;
    let cpu_before = cpu_seconds();
    let wall = Instant::now();
    for i in 0..requests + 50 {
        let offset = (next() % 2000) as usize * 10;
        let path = match i % 4 {
            0 => format!("/api/events?limit=100&offset={offset}"),
            1 => format!("/api/events?limit=100&offset={}&type=CONSULT,ASSAULT", offset / 4),
            // Inside the synthetic calendar, which starts on 2015-01-01 (synth::fill).
            2 => format!("/api/events?limit=100&offset={}&from=2016-06-01&to=2017-05-31", offset / 2),
            _ => "/api/events?limit=100&type=COERCE&from=2016-01-01&to=2016-03-31".to_string(),
        };
        let t = Instant::now();
        let (status, len) = get(&mut stream, &path, &mut buf).await;
        let took = t.elapsed();
        assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&buf));
        // The first 50 warm SQLite's page cache and are not counted.
        if i >= 50 {
            times.push(took);
            by_kind[i % 4].push(took);
            bytes += len;
        }
    }
    let (wall, cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu_before);
    times.sort();
    println!(
        "GET /api/events (page of 100, {} requests): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {:.0} KB per page",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
        bytes as f64 / times.len() as f64 / 1024.0
    );
    for (kind, mut t) in KINDS.iter().zip(by_kind) {
        t.sort();
        println!(
            "  {kind:<12}: p50 {:.2} ms, p99 {:.2} ms",
            percentile(&t, 0.5).as_secs_f64() * 1e3,
            percentile(&t, 0.99).as_secs_f64() * 1e3
        );
    }
    // On a machine shared with other work, wall time per request is above what the server spends.
    println!(
        "  process CPU {:.2} ms per request (wall {:.2} ms); load average {}",
        cpu * 1e3 / (requests + 50) as f64,
        wall * 1e3 / (requests + 50) as f64,
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );

    let mut points = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let (status, len) = get(&mut stream, "/api/points", &mut buf).await;
        assert_eq!(status, 200);
        points.push((t.elapsed(), len));
    }
    points.sort();
    println!(
        "GET /api/points (every located event, {:.1} MB uncompressed): p50 {:.1} ms",
        points[0].1 as f64 / 1e6,
        points[points.len() / 2].0.as_secs_f64() * 1e3
    );
    running.task.abort();
}
