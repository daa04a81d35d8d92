//! How often `infer_published` dates an article that states no date, and how
//! often that date contradicts the article's real one, over text the anchor
//! table was not built on: `corpus/real` (dates from MANIFEST.tsv) and
//! `corpus/real/bulk` (dates in the records). The real-gold articles are
//! left out (they are the unseen test set of the whole pipeline).
//!
//! ```text
//! cargo run --release -p marsad-dates --example published_check -- ../shared/corpus
//! ```
//!
//! The known date is metadata and is never shown to the reader; a byline
//! line in the body is dropped first, as `analyze` does. An article
//! contradicts when its real date lies outside the inferred value (month or
//! year), or outside the inferred interval even when that fixes no value.
//! A MANIFEST "extraction date" is only a latest possible date.
use std::collections::{BTreeMap, HashSet};

use marsad_dates::{DateReader, DateValue};

struct Tally {
    articles: usize,
    valued: usize,
    month: usize,
    year: usize,
    contradicted: usize,
    bounded: usize,
    interval_contradicted: usize,
}

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus".to_string());
    let reader = DateReader::embedded();
    let gold: HashSet<String> = std::fs::read_to_string(format!("{root}/real-gold/articles.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("id").and_then(|x| x.as_str()).map(str::to_string))
        .collect();
    let mut docs: Vec<(String, String, String, bool)> = Vec::new(); // id, date, text, date is only an upper bound
    let manifest = std::fs::read_to_string(format!("{root}/real/MANIFEST.tsv")).expect("real/MANIFEST.tsv");
    for line in manifest.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 || gold.contains(f[0]) {
            continue;
        }
        let date = f[6].get(..10).unwrap_or("");
        if date.len() != 10 || !date.starts_with("20") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(format!("{root}/real/{}", f[0])) else { continue };
        docs.push((f[0].to_string(), date.to_string(), text, f[6].contains("extraction")));
    }
    let real_n = docs.len();
    let bulk =
        std::fs::read_to_string(format!("{root}/real/bulk/syria_relevant_bulk.jsonl")).unwrap_or_default();
    for line in bulk.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let date = v.get("date").and_then(|x| x.as_str()).unwrap_or("");
        let date = date.get(..10).unwrap_or("");
        let text = v.get("text").and_then(|x| x.as_str()).unwrap_or("");
        if date.len() == 10 && date.starts_with("20") {
            let id = v.get("id").and_then(|x| x.as_str()).unwrap_or("").to_string();
            docs.push((id, date.to_string(), text.to_string(), false));
        }
    }
    let mut tallies = [new_tally(), new_tally()];
    let mut by_clue: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // clue → (fired, broken)
    for (k, (id, date, text, upper_only)) in docs.iter().enumerate() {
        let t = &mut tallies[usize::from(k >= real_n)];
        let cleaned = marsad_text::clean(text).text;
        let body = match reader.find_byline(&cleaned) {
            Some((line, _)) => format!("{}{}", &cleaned[..line.start], &cleaned[line.end..]),
            None => cleaned,
        };
        let got = reader.explain_published(&body);
        t.articles += 1;
        let truth = date.as_str();
        let inside = |v: &DateValue| match v.value.as_deref() {
            Some(x) if *upper_only => x <= truth || truth.starts_with(x),
            Some(x) => truth.starts_with(x),
            None => true,
        };
        if !got.value.is_unknown() {
            t.valued += 1;
            match got.value.precision {
                marsad_dates::Precision::Month => t.month += 1,
                _ => t.year += 1,
            }
            if !inside(&got.value) {
                t.contradicted += 1;
                println!(
                    "CONTRADICTED {id} real {truth} inferred {:?}: {:?}",
                    got.value.value,
                    got.clues.iter().map(|c| c.why.as_str()).collect::<Vec<_>>()
                );
            }
        }
        if got.earliest.is_some() || got.latest.is_some() {
            t.bounded += 1;
            let early = got.earliest.as_deref().is_some_and(|e| e > truth && !*upper_only);
            let late = got.latest.as_deref().is_some_and(|l| l < truth && !*upper_only);
            if early || late {
                t.interval_contradicted += 1;
                println!(
                    "OUTSIDE {id} real {truth} interval {:?}..{:?}: {:?}",
                    got.earliest,
                    got.latest,
                    got.clues.iter().map(|c| c.why.as_str()).collect::<Vec<_>>()
                );
            }
        }
        for c in &got.clues {
            let clue = c.why.split([' ', ',']).next().unwrap_or("").to_string();
            let entry = by_clue.entry(clue).or_default();
            entry.0 += 1;
            let early = c.earliest.as_deref().is_some_and(|e| e > truth && !*upper_only);
            let late = c.latest.as_deref().is_some_and(|l| l < truth && !*upper_only);
            if early || late {
                entry.1 += 1;
                println!("BROKEN CLUE {id} real {truth}: {:?}..{:?} {}", c.earliest, c.latest, c.why);
            }
        }
    }
    for (name, t) in ["real (not real-gold)", "real/bulk"].iter().zip(&tallies) {
        println!(
            "{name}: {} articles; value given {} ({:.1}%: {} month, {} year), contradicting the real date {}; \
             bounded {} ({:.1}%), real date outside the bounds {}",
            t.articles,
            t.valued,
            100.0 * t.valued as f64 / t.articles.max(1) as f64,
            t.month,
            t.year,
            t.contradicted,
            t.bounded,
            100.0 * t.bounded as f64 / t.articles.max(1) as f64,
            t.interval_contradicted
        );
    }
    println!("clues (times it fired, times its own bound excluded the real date):");
    for (clue, (n, bad)) in &by_clue {
        println!("  {clue}\t{n}\t{bad}");
    }
}

fn new_tally() -> Tally {
    Tally { articles: 0, valued: 0, month: 0, year: 0, contradicted: 0, bounded: 0, interval_contradicted: 0 }
}
