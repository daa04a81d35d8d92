//! Prints extraction speed on the pages of ../shared/corpus/html: `cargo run --release -p marsad-extract
//! --example bench_pages [ROUNDS]`.

use std::time::Instant;

use marsad_extract::{decode_html, extract_html};

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(50);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/html");
    for name in ["000_cnnar_newspaper4k.html", "001_cnnar_goose3.html", "002_lbcgroup_fundus.html"] {
        let bytes = std::fs::read(format!("{dir}/{name}")).expect("corpus page");
        let start = Instant::now();
        let mut chars = 0;
        for _ in 0..rounds {
            let page = extract_html(&decode_html(&bytes).expect("decodes"), None).expect("extracts");
            chars += page.text.chars().count();
        }
        let per = start.elapsed().as_secs_f64() / rounds as f64;
        println!(
            "{name}: {:.2} ms/page, {:.1} MB/s ({} KB page, {} chars of text)",
            per * 1e3,
            bytes.len() as f64 / per / 1e6,
            bytes.len() / 1024,
            chars / rounds
        );
    }
}
