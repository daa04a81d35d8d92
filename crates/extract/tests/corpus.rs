//! Main text and metadata on the raw Arabic pages of ../shared/corpus/html/, against the expected
//! extractions shipped with them (newspaper4k, goose3, fundus test fixtures; see its MANIFEST.tsv).
//!
//! Figures are printed (`cargo test -p marsad-extract --test corpus -- --nocapture`) and asserted
//! against thresholds this crate reaches.

use std::collections::HashMap;
use std::path::PathBuf;

use marsad_extract::{decode_html, extract_html, sniff, Kind, Page};

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/html").join(name)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(corpus(name)).unwrap_or_else(|e| panic!("{}: {e}", corpus(name).display()))
}

fn page(name: &str, url: Option<&str>) -> Page {
    let bytes = read(name);
    assert_eq!(sniff(&bytes), Kind::Html, "{name}");
    extract_html(&decode_html(&bytes).unwrap(), url).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Token-level precision, recall and F1 over whitespace tokens, as multisets.
fn token_prf(got: &str, want: &str) -> (f64, f64, f64) {
    fn count(s: &str) -> HashMap<&str, usize> {
        let mut m: HashMap<&str, usize> = HashMap::new();
        s.split_whitespace().for_each(|t| *m.entry(t).or_default() += 1);
        m
    }
    let (g, w) = (count(got), count(want));
    let overlap: usize = g.iter().map(|(t, n)| (*n).min(*w.get(t).unwrap_or(&0))).sum();
    let (ng, nw) = (g.values().sum::<usize>() as f64, w.values().sum::<usize>() as f64);
    let (p, r) = (overlap as f64 / ng, overlap as f64 / nw);
    (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
}

/// Share of expected paragraphs found verbatim (whitespace collapsed) as lines of the text.
fn paragraphs_found(got: &str, want: &[String]) -> f64 {
    let lines: Vec<String> = got.lines().map(collapse).collect();
    want.iter().filter(|p| lines.contains(&collapse(p))).count() as f64 / want.len() as f64
}

fn report(name: &str, got: &str, want: &str, paras: f64) -> (f64, f64, f64) {
    let (p, r, f) = token_prf(got, want);
    println!("{name}: token P={p:.3} R={r:.3} F1={f:.3}, expected paragraphs found {:.0}%", paras * 100.0);
    (p, r, f)
}

const CNN_URL: &str = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html";

#[test]
fn cnn_arabic_newspaper4k() {
    let page = page("000_cnnar_newspaper4k.html", Some(CNN_URL));
    let expected = String::from_utf8(read("000_cnnar_newspaper4k.expected.txt")).unwrap();
    let want_paras: Vec<String> = expected.split("\n\n").map(collapse).filter(|p| !p.is_empty()).collect();
    let found = paragraphs_found(&page.text, &want_paras);
    let (p, r, f) = report("000 cnn/newspaper4k", &page.text, &expected, found);
    assert!(f >= 0.99 && p >= 0.99 && r >= 0.99, "token F1 {f}");
    assert_eq!(found, 1.0);

    let meta: serde_json::Value =
        serde_json::from_slice(&read("000_cnnar_newspaper4k.expected.meta.json")).unwrap();
    assert_eq!(page.title.as_deref(), meta["title"].as_str());
    assert_eq!(page.lang.as_deref(), meta["meta_lang"].as_str());
    assert_eq!(page.outlet.as_deref(), meta["meta_site_name"].as_str());
    // newspaper4k finds no date; MANIFEST.tsv gives 2013-08-03, which the URL path carries.
    assert_eq!(page.published.as_deref(), Some("2013-08-03"));
    assert_eq!(page.published_raw.as_deref(), Some("/2013/middle_east/8/3/"));
    assert!(page.dir_rtl);
    // The page's comment notice and time stamp are chrome, kept aside.
    assert!(page.boilerplate.iter().any(|b| b.starts_with("ترحب شبكة CNN بالنقاش")));
    assert!(!page.text.contains("ترحب شبكة CNN"));
    assert!(!page.text.contains("آخر تحديث"));
}

#[test]
fn cnn_arabic_goose3_without_url() {
    // No URL given: the canonical link supplies it, and the date with it.
    let page = page("001_cnnar_goose3.html", None);
    let expected: serde_json::Value =
        serde_json::from_slice(&read("001_cnnar_goose3.expected.json")).unwrap();
    let prefix = collapse(expected["expected"]["cleaned_text"].as_str().unwrap());
    assert!(collapse(&page.text).starts_with(&prefix), "text starts {:?}", &page.text[..200]);
    assert_eq!(page.url.as_deref(), expected["url"].as_str());
    assert_eq!(page.lang.as_deref(), expected["expected"]["meta_lang"].as_str());
    assert_eq!(page.published.as_deref(), Some("2013-08-03"));
    // Same article as 000, captured by another project: the same text must come out.
    let other = self::page("000_cnnar_newspaper4k.html", Some(CNN_URL));
    let (_, _, f) = report("001 cnn/goose3 vs 000", &page.text, &other.text, 1.0);
    assert_eq!(f, 1.0);
}

#[test]
fn lbci_fundus_modern_page() {
    let page = page("002_lbcgroup_fundus.html", None);
    let expected: serde_json::Value =
        serde_json::from_slice(&read("002_lbcgroup_fundus.expected.json")).unwrap();
    let v1 = &expected["V1"];
    let want_paras: Vec<String> = v1["body"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["paragraphs"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()))
        .collect();
    let found = paragraphs_found(&page.text, &want_paras);
    let (p, r, f) = report("002 lbci/fundus", &page.text, &want_paras.join("\n"), found);
    assert!(f >= 0.99 && p >= 0.99 && r >= 0.99, "token F1 {f}");
    assert_eq!(found, 1.0);
    assert_eq!(page.title.as_deref(), v1["title"].as_str());
    // fundus: "2026-01-08 11:42:50+00:00"; the page's meta says the same instant as ...Z.
    let want_date = v1["publishing_date"].as_str().unwrap();
    let got = page.published.as_deref().unwrap();
    assert_eq!(&got[..10], &want_date[..10]);
    assert_eq!(&got[11..19], &want_date[11..19]);
    assert!(got.ends_with('Z') || got.ends_with("+00:00"), "{got}");
    assert_eq!(page.outlet.as_deref(), Some("LBCI Lebanon"));
    assert_eq!(page.lang.as_deref(), Some("ar"));
    // Tag list, share counters and "related" headlines stay out of the text.
    for chrome in ["مشاهدات عالية", "Google Play", "التالي"] {
        assert!(!page.text.lines().any(|l| l == chrome), "{chrome} in text");
        assert!(page.boilerplate.iter().any(|l| l == chrome), "{chrome} not in boilerplate");
    }
}
