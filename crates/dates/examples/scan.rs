//! Prints every mention found in a JSON Lines corpus (`{"id","text"}`), one per
//! line with its rule and 40 characters of context, to review what the
//! grammar reads in bulk text:
//!
//! ```text
//! cargo run --release -p marsad-dates --example scan -- ../shared/corpus/real/bulk/syria_relevant_bulk.jsonl
//! ```
use marsad_dates::{DateReader, DateValue};

fn main() {
    let path = std::env::args().nth(1).expect("usage: scan <file.jsonl> [YYYY-MM-DD]");
    let published = std::env::args().nth(2).map_or(DateValue::day(2024, 11, 5), |s| {
        let p: Vec<i32> = s.split('-').filter_map(|x| x.parse().ok()).collect();
        DateValue::day(p[0], p[1] as u8, p[2] as u8)
    });
    let reader = DateReader::embedded();
    let text = std::fs::read_to_string(&path).expect("readable corpus");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let id = v.get("id").and_then(|x| x.as_str()).unwrap_or("");
        let body = marsad_text::clean(v.get("text").and_then(|t| t.as_str()).unwrap_or("")).text;
        for m in reader.find(&body, &published) {
            let before: String =
                body[..m.span.start].chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
            let after: String = body[m.span.end..].chars().take(40).collect();
            let rule = m.anchor.split([':', ' ']).next().unwrap_or("");
            let ctx = format!("{before}⟦{}⟧{after}", m.text).replace('\n', " ");
            println!("{id}\t{rule}\t{}\t{ctx}", m.value.value.as_deref().unwrap_or("-"));
        }
    }
}
