//! Writes analysed-article JSON lines (entities only) for `shared/tools/score.py`.
//!
//! usage: cargo run --release -p marsad-lexicon --example score_input -- PATH [DATA_DIR] > out.jsonl
//!
//! PATH is a directory of seed articles (title line, blank line, body) or a
//! JSONL file with `id`, `title` and `text`/`body` fields. Until `marsad
//! analyze` fills entities, this is how lexicon scores are measured.

use std::path::Path;

use marsad_lexicon::{precision_name, Lexicon};
use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = Path::new(args.first().ok_or("usage: score_input PATH [DATA_DIR]")?);
    let lex = match args.get(1) {
        Some(d) => Lexicon::from_dir(Path::new(d))?,
        None => Lexicon::embedded(),
    };
    let mut docs: Vec<(String, String, String)> = Vec::new();
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
            let raw = std::fs::read_to_string(&f)?;
            let (title, body) = raw.split_once('\n').unwrap_or((raw.as_str(), ""));
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
            docs.push((name, title.trim().to_string(), body.trim_start().to_string()));
        }
    } else {
        for line in std::fs::read_to_string(path)?.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line)?;
            let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let body = if v.get("body").is_some() { s("body") } else { s("text") };
            let id = if v.get("doc").is_some() { s("doc") } else { s("id") };
            docs.push((id, s("title"), body));
        }
    }
    for (doc, title, body) in docs {
        let body = marsad_text::clean(&body).text;
        let title_clean = marsad_text::clean(&title).text;
        let mut mentions = lex.find(&title_clean);
        mentions.retain(|_| false); // entities come from the body, as in `marsad analyze`
        mentions.extend(lex.find(&body));
        let entities: Vec<Value> = lex
            .entities_of(&mentions)
            .into_iter()
            .map(|(e, texts)| {
                json!({
                    "id": e.id, "type": e.kind.as_str(), "name_en": e.name_en, "lat": e.lat, "lon": e.lon,
                    "precision": e.geo_precision.map(precision_name), "mentions": texts,
                })
            })
            .collect();
        println!("{}", json!({"doc": doc, "title": title_clean, "body": body, "entities": entities}));
    }
    Ok(())
}
