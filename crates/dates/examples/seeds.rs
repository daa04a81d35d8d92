//! Writes gold-schema JSON Lines (doc, title, published, body, dates) for a
//! directory of seed articles (`title`, blank line, body) or a JSON Lines file
//! of articles (`{"id","title","text","published"}`), so the dates and
//! published fields can be scored before the `marsad analyze` command exists:
//!
//! ```text
//! cargo run -p marsad-dates --example seeds -- ../shared/corpus/seeds > /tmp/seeds.jsonl
//! python3 ../shared/tools/score.py ../shared/corpus/seeds-gold /tmp/seeds.jsonl
//! ```
//!
//! Publication: a byline line (`DateReader::find_byline`, dropped from the
//! body), else the input's `published` metadata, else `infer_published`.
//! `--anchor-gold DIR` takes the publication date from the gold files instead,
//! as `--published` metadata would: it measures date reading apart from
//! publication inference.
use std::path::{Path, PathBuf};

use marsad_dates::{DateReader, DateValue, Precision};
use serde_json::{json, Value};

struct Article {
    doc: String,
    title: String,
    body: String,
    published: Option<String>,
}

fn read_articles(input: &Path) -> Vec<Article> {
    if input.is_dir() {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(input)
            .expect("input directory is readable")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        paths
            .into_iter()
            .map(|p| {
                let raw = std::fs::read_to_string(&p).expect("article is UTF-8");
                let (title, body) = raw.split_once('\n').unwrap_or((&raw, ""));
                Article {
                    doc: p.file_name().unwrap().to_string_lossy().into_owned(),
                    title: title.trim().to_string(),
                    body: body.trim_start_matches(['\n', '\r']).to_string(),
                    published: None,
                }
            })
            .collect()
    } else {
        std::fs::read_to_string(input)
            .expect("input file is readable")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: Value = serde_json::from_str(l).expect("a JSON line");
                let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
                Article {
                    doc: s("id").or_else(|| s("doc")).unwrap_or_default(),
                    title: s("title").unwrap_or_default(),
                    body: s("text").or_else(|| s("body")).unwrap_or_default(),
                    published: s("published"),
                }
            })
            .collect()
    }
}

fn gold_published(dir: &Path, doc: &str) -> Option<DateValue> {
    let text = std::fs::read_to_string(dir.join(format!("{}.gold.json", doc.trim_end_matches(".txt"))))
        .or_else(|_| std::fs::read_to_string(dir.join(format!("{doc}.gold.json"))))
        .ok()?;
    let v: Value = serde_json::from_str(&text).ok()?;
    serde_json::from_value(v.get("published")?.clone()).ok()
}

fn metadata_value(s: &str) -> DateValue {
    let s = s.get(..10).unwrap_or(s);
    match s.split('-').count() {
        3 => DateValue { value: Some(s.to_string()), precision: Precision::Day },
        2 => DateValue { value: Some(s.to_string()), precision: Precision::Month },
        _ => DateValue { value: Some(s.to_string()), precision: Precision::Year },
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args.first().expect("usage: seeds <dir|articles.jsonl> [--anchor-gold DIR]");
    let anchor_gold = args.iter().position(|a| a == "--anchor-gold").and_then(|i| args.get(i + 1));
    let reader = DateReader::embedded();
    for a in read_articles(Path::new(input)) {
        let mut body = marsad_text::clean(&a.body).text;
        let mut published = DateValue::unknown();
        if let Some((line, m)) = reader.find_byline(&body) {
            published = m.value;
            body.replace_range(line.start..line.end, "");
        } else if let Some(p) = &a.published {
            published = metadata_value(p);
        }
        if let Some(dir) = anchor_gold {
            published = gold_published(Path::new(dir), &a.doc).unwrap_or_else(DateValue::unknown);
        }
        let mut dates = reader.find(&body, &published);
        if published.is_unknown() {
            published = reader.infer_published(&body, &dates);
            if !published.is_unknown() {
                dates = reader.find(&body, &published);
            }
        }
        let dates: Vec<Value> = dates
            .iter()
            .map(|d| {
                json!({"text": d.text, "start": d.span.start, "end": d.span.end,
                       "value": d.value.value, "precision": d.value.precision.as_str(), "anchor": d.anchor})
            })
            .collect();
        let line = json!({
            "doc": a.doc,
            "title": a.title,
            "published": {"value": published.value, "precision": published.precision.as_str()},
            "body": body,
            "dates": dates,
        });
        println!("{line}");
    }
}
