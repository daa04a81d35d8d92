//! Development harness: codes the seed articles with the *gold* actor, place
//! and date mentions as input, so the coder's own errors can be measured
//! apart from the lexicon's and the dates stage's. Not a score of marsad.
//!
//! ```text
//! cargo run -p marsad-coder --example seeds_oracle -- ../shared/corpus/seeds ../shared/corpus/seeds-gold > /tmp/pred.jsonl
//! python3 ../shared/tools/score.py ../shared/corpus/seeds-gold /tmp/pred.jsonl --verbose
//! ```
//! Add `--explain` to print the coder's trace instead.

use std::collections::HashMap;
use std::path::Path;

use marsad_coder::{Coder, Input};
use marsad_model::{DateMention, DateValue, EntityKind, Mention, Precision, Span};
use serde_json::{json, Value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let explain = args.iter().any(|a| a == "--explain");
    let args: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let (articles, gold_dir) = (Path::new(args[0]), Path::new(args[1]));
    let coder = Coder::from_dir(Path::new("data")).unwrap_or_else(|e| panic!("{e}"));
    let mut golds: Vec<_> =
        std::fs::read_dir(gold_dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    golds.sort();
    for g in golds.iter().filter(|p| p.to_string_lossy().ends_with(".gold.json")) {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(g).unwrap()).unwrap();
        let doc = gold["doc"].as_str().unwrap();
        let raw = std::fs::read_to_string(articles.join(doc)).unwrap();
        let body_raw = raw.split_once('\n').map(|x| x.1).unwrap_or("");
        let body = marsad_text::clean(body_raw).text;
        let mut kinds: HashMap<String, EntityKind> = HashMap::new();
        let mut surface: Vec<(String, String)> = Vec::new();
        for e in gold["entities"].as_array().unwrap() {
            let id = e["id"].as_str().unwrap().to_string();
            let kind = match e["type"].as_str().unwrap_or("") {
                "place" => EntityKind::Place,
                "country" => EntityKind::Country,
                "person" => EntityKind::Person,
                _ => EntityKind::StateOrgan,
            };
            kinds.insert(id.clone(), kind);
            for m in e["mentions"].as_array().unwrap() {
                surface.push((marsad_text::clean(m.as_str().unwrap()).text, id.clone()));
            }
        }
        surface.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let mut taken = vec![false; body.len()];
        let mut mentions = Vec::new();
        for (s, id) in &surface {
            if s.is_empty() {
                continue;
            }
            for (i, _) in body.match_indices(s.as_str()) {
                if taken[i..i + s.len()].iter().any(|t| *t) {
                    continue;
                }
                taken[i..i + s.len()].iter_mut().for_each(|t| *t = true);
                mentions.push(Mention {
                    entity_id: id.clone(),
                    span: Span::new(i, i + s.len()),
                    text: s.clone(),
                    rule: "gold".into(),
                });
            }
        }
        let mut dates = Vec::new();
        for d in gold["dates"].as_array().unwrap() {
            let text = marsad_text::clean(d["text"].as_str().unwrap()).text;
            let value = parse_date(&d["value"], d["precision"].as_str());
            for (i, _) in body.match_indices(text.as_str()) {
                dates.push(DateMention {
                    span: Span::new(i, i + text.len()),
                    text: text.clone(),
                    value: value.clone(),
                    anchor: "gold".into(),
                });
            }
        }
        let published = parse_date(&gold["published"]["value"], gold["published"]["precision"].as_str());
        let sentences = marsad_text::sentences(&body);
        let kind_of = |id: &str| kinds.get(id).copied();
        let input = Input {
            body: &body,
            sentences: &sentences,
            mentions: &mentions,
            kinds: &kind_of,
            within: &|_, _| false,
            dates: &dates,
            published: &published,
        };
        if explain {
            println!("=== {doc}");
            for t in coder.explain(&input) {
                println!("{t}");
            }
            continue;
        }
        let events = coder.code(&input);
        let out = json!({
            "doc": doc, "title": gold["title"], "published": gold["published"], "body": body,
            "dates": gold["dates"], "entities": gold["entities"], "events": events,
        });
        println!("{out}");
    }
}

fn parse_date(v: &Value, precision: Option<&str>) -> DateValue {
    let Some(s) = v.as_str() else { return DateValue::unknown() };
    let precision = match precision {
        Some("day") => Precision::Day,
        Some("month") => Precision::Month,
        Some("year") => Precision::Year,
        _ if s.contains('/') => Precision::Range,
        _ => Precision::Unknown,
    };
    DateValue { value: Some(s.to_string()), precision }
}
