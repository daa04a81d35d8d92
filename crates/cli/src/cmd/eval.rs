//! `marsad eval GOLD_DIR [PATH…]`: analyse articles and score them against
//! gold annotations, exactly as `../shared/tools/score.py` does (the scorer
//! is ported line for line in `eval/score.rs`), plus a per-type confusion
//! table of the events.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use marsad_model::EventType;
use rayon::prelude::*;
use serde_json::Value;

use super::Outcome;
use crate::inputs::Input;
use crate::knowledge::Knowledge;

mod score;

/// Score marsad's analysis of articles against gold annotations.
///
/// GOLD_DIR holds `<doc>.gold.json` files. PATHs are the articles (files, directories or JSON Lines); with
/// none, `GOLD_DIR/articles.jsonl` is read. Prints the figures `score.py` prints (they agree), then the event
/// confusion table: rows are gold types, columns what marsad coded for the same evidence.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad eval ../shared/corpus/seeds-gold ../shared/corpus/seeds\n  \
marsad eval ../shared/corpus/real-gold --json")]
pub struct Args {
    /// Directory of `*.gold.json` files.
    #[arg(value_name = "GOLD_DIR")]
    gold: PathBuf,
    /// Article files, directories or JSON Lines files (default: GOLD_DIR/articles.jsonl).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// One JSON object: score.py's keys plus `confusion`.
    #[arg(long)]
    json: bool,
    /// Also list missed and spurious items, as `score.py --verbose` does.
    #[arg(long)]
    details: bool,
    /// Also write the analyses as JSON Lines to FILE (what `score.py` reads), to check the two agree.
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,
}

/// Reads `*.gold.json` in name order, keyed by their `doc`.
fn load_gold(dir: &Path) -> anyhow::Result<BTreeMap<String, Value>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list gold directory {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    let mut gold = BTreeMap::new();
    for f in files {
        let text = std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?;
        let d: Value =
            serde_json::from_str(&text).with_context(|| format!("{}: not valid JSON", f.display()))?;
        let doc =
            d.get("doc").and_then(Value::as_str).with_context(|| format!("{}: no \"doc\"", f.display()))?;
        gold.insert(doc.to_string(), d);
    }
    anyhow::ensure!(!gold.is_empty(), "{}: no *.gold.json files", dir.display());
    Ok(gold)
}

/// Gold type → predicted type → count, for events paired on evidence alone.
/// `None` stands for "no event" on either side.
type Confusion = BTreeMap<Option<String>, BTreeMap<Option<String>, usize>>;

fn confusion(gold: &BTreeMap<String, Value>, pred: &BTreeMap<String, Value>) -> Confusion {
    let mut table: Confusion = BTreeMap::new();
    let events = |d: Option<&Value>| -> Vec<Value> {
        d.and_then(|d| d.get("events")).and_then(Value::as_array).cloned().unwrap_or_default()
    };
    let ty = |e: &Value| e.get("type").and_then(Value::as_str).map(str::to_string);
    let ev = |e: &Value| e.get("evidence").and_then(Value::as_str).unwrap_or("").to_string();
    for (name, g) in gold {
        let (ge, pe) = (events(Some(g)), events(pred.get(name)));
        let (gr, pr): (Vec<&Value>, Vec<&Value>) = (ge.iter().collect(), pe.iter().collect());
        let m = score::greedy(
            &gr,
            &pr,
            |a, b| score::overlaps(&ev(a), &ev(b)),
            |a, b| f64::from(u8::from(ty(a) == ty(b))),
        );
        for (i, j) in &m {
            *table.entry(ty(gr[*i])).or_default().entry(ty(pr[*j])).or_default() += 1;
        }
        for (i, e) in gr.iter().enumerate() {
            if !m.iter().any(|x| x.0 == i) {
                *table.entry(ty(e)).or_default().entry(None).or_default() += 1;
            }
        }
        for (j, e) in pr.iter().enumerate() {
            if !m.iter().any(|x| x.1 == j) {
                *table.entry(None).or_default().entry(ty(e)).or_default() += 1;
            }
        }
    }
    table
}

struct TypeRow {
    kind: &'static str,
    gold: usize,
    pred: usize,
    tp: usize,
    f1: f64,
    confused: String,
}

fn rows(table: &Confusion) -> Vec<TypeRow> {
    let mut out = Vec::new();
    for t in EventType::ALL {
        let k = Some(t.as_str().to_string());
        let gold: usize = table.get(&k).map(|r| r.values().sum()).unwrap_or(0);
        let pred: usize = table.values().map(|r| r.get(&k).copied().unwrap_or(0)).sum();
        if gold + pred == 0 {
            continue;
        }
        let tp = table.get(&k).and_then(|r| r.get(&k)).copied().unwrap_or(0);
        let f1 = score::prf(tp, pred, gold).f1;
        let mut conf: Vec<(String, usize)> = table
            .get(&k)
            .map(|r| {
                r.iter()
                    .filter(|(p, _)| **p != k)
                    .map(|(p, n)| (p.clone().unwrap_or_else(|| "missed".into()), *n))
                    .collect()
            })
            .unwrap_or_default();
        let spurious = table.get(&None).and_then(|r| r.get(&k)).copied().unwrap_or(0);
        if spurious > 0 {
            conf.push(("spurious".into(), spurious));
        }
        conf.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let confused = conf.iter().map(|(p, n)| format!("{p}×{n}")).collect::<Vec<_>>().join(" ");
        out.push(TypeRow { kind: t.as_str(), gold, pred, tp, f1, confused });
    }
    out.sort_by(|a, b| {
        a.f1.partial_cmp(&b.f1).unwrap_or(std::cmp::Ordering::Equal).then(b.gold.cmp(&a.gold))
    });
    out
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let gold = load_gold(&args.gold)?;
    let paths = if args.paths.is_empty() {
        let default = args.gold.join("articles.jsonl");
        anyhow::ensure!(default.is_file(), "no PATH given and {} does not exist", default.display());
        vec![default]
    } else {
        args.paths.clone()
    };
    let reader = knowledge.reader()?;
    let analyzer = knowledge.analyzer()?;
    let found = marsad_ingest::list_inputs(&paths);
    let mut failed = found.unlisted.len();
    for (p, why) in &found.unlisted {
        tracing::warn!("{}: skipped: {why}", p.display());
    }
    let mut articles = Vec::new();
    for input in found.files {
        match input {
            Input::Text(p, facts) => match reader.read_file(&p) {
                Ok(mut a) => {
                    if let Some(facts) = facts {
                        facts.fill(&mut a);
                    }
                    articles.push(a);
                }
                Err(e) => {
                    tracing::warn!("{e}");
                    failed += 1;
                }
            },
            Input::Jsonl(p) => {
                for rec in reader.read_jsonl_file(&p)? {
                    match rec {
                        Ok(a) => articles.push(a),
                        Err(e) => {
                            tracing::warn!("{e}");
                            failed += 1;
                        }
                    }
                }
            }
        }
    }
    let pred: BTreeMap<String, Value> = articles
        .par_iter()
        .map(|a| {
            let analysis = analyzer.analyze(a);
            let v = serde_json::to_value(&analysis).unwrap_or(Value::Null);
            let name = Path::new(&analysis.doc).file_name().map(|n| n.to_string_lossy().into_owned());
            (name.unwrap_or(analysis.doc), v)
        })
        .collect();
    if let Some(file) = &args.save {
        let text: String = pred.values().map(|v| format!("{v}\n")).collect();
        std::fs::write(file, text).with_context(|| format!("cannot write {}", file.display()))?;
    }
    let (report, lines) = score::Report::score(&gold, &pred, args.details);
    let table = confusion(&gold, &pred);
    let rows = rows(&table);
    // Through `?`, not println!, so `marsad eval … | head` ends quietly on a closed pipe.
    let mut out = std::io::stdout().lock();
    if args.json {
        let conf: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{{\"type\": \"{}\", \"gold\": {}, \"pred\": {}, \"tp\": {}, \"f1\": {}, \"confused\": \"{}\"}}",
                    r.kind,
                    r.gold,
                    r.pred,
                    r.tp,
                    score::py_float(r.f1),
                    r.confused
                )
            })
            .collect();
        let base = report.json();
        writeln!(out, "{}, \"confusion\": [{}]}}", &base[..base.len() - 1], conf.join(", "))?;
    } else {
        for l in &lines {
            writeln!(out, "{l}")?;
        }
        write!(out, "{}", report.text())?;
        writeln!(out)?;
        writeln!(
            out,
            "{:<10} {:>5} {:>5} {:>5} {:>6}  gold type coded as / spurious",
            "type", "gold", "pred", "tp", "f1"
        )?;
        for r in &rows {
            writeln!(
                out,
                "{:<10} {:>5} {:>5} {:>5} {:>6}  {}",
                r.kind,
                r.gold,
                r.pred,
                r.tp,
                score::py_float(r.f1),
                r.confused
            )?;
        }
    }
    Ok(if failed == 0 { Outcome::Done } else { Outcome::SomeFailed(failed) })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/seeds-gold");
    const SCORER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/tools/score.py");

    /// A prediction that is wrong in many ways at once: built from the gold by dropping, retyping and
    /// moving events, shifting places, and truncating evidence, deterministically.
    fn perturbed(gold: &BTreeMap<String, Value>) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        for (k, (name, g)) in gold.iter().enumerate() {
            let mut p = g.clone();
            let body: String =
                g["events"].as_array().unwrap().iter().map(|e| e["evidence"].as_str().unwrap()).collect();
            p["body"] = Value::String(body);
            let events = p["events"].as_array_mut().unwrap();
            for (i, e) in events.iter_mut().enumerate() {
                match (i + k) % 5 {
                    0 => e["type"] = Value::String("ASSAULT".into()),
                    1 => e["source"] = serde_json::json!(["XXX"]),
                    2 => e["place"] = Value::Null,
                    3 => {
                        let ev: String = e["evidence"].as_str().unwrap().chars().take(25).collect();
                        e["evidence"] = Value::String(ev);
                        e["date"] = serde_json::json!({"value": "2020-01", "precision": "month"});
                    }
                    _ => {}
                }
            }
            events.truncate(events.len().saturating_sub(k));
            let ents = p["entities"].as_array_mut().unwrap();
            ents.truncate(ents.len().saturating_sub(3 * k));
            for e in ents.iter_mut().filter(|e| e.get("lat").is_some_and(|v| !v.is_null())).take(2) {
                e["lat"] = serde_json::json!(e["lat"].as_f64().unwrap() + 0.1 * k as f64);
            }
            p["dates"].as_array_mut().unwrap().retain(|d| d["text"].as_str().unwrap().len() % 3 != k % 3);
            if k == 1 {
                p["title"] = Value::String("عنوان آخر".into());
            }
            out.insert(name.clone(), p);
        }
        out
    }

    #[test]
    fn agrees_with_score_py_on_the_seeds() {
        let gold = match load_gold(Path::new(GOLD)) {
            Ok(g) => g,
            Err(e) => return println!("note: seeds gold not available ({e}); skipped"),
        };
        let pred = perturbed(&gold);
        // Removed when the test ends (left in /tmp before).
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let file = dir.join("pred.jsonl");
        let lines: Vec<String> = pred.values().map(|v| v.to_string()).collect();
        std::fs::write(&file, lines.join("\n")).unwrap();
        let run = |flag: &str| {
            std::process::Command::new("python3").arg(SCORER).arg(GOLD).arg(&file).arg(flag).output()
        };
        let (text, json) = match (run("--verbose"), run("--json")) {
            (Ok(a), Ok(b)) if a.status.success() && b.status.success() => {
                (String::from_utf8(a.stdout).unwrap(), String::from_utf8(b.stdout).unwrap())
            }
            _ => return println!("note: python3 or score.py not available; skipped"),
        };
        let (report, verbose) = score::Report::score(&gold, &pred, true);
        let mine = format!("{}\n{}", verbose.join("\n"), report.text());
        assert_eq!(mine.trim_end(), text.trim_end());
        assert_eq!(report.json(), json.trim_end());
        // The perturbation must really test something.
        assert!(report.events().tp < report.events().gold && report.events_full().tp < report.events().tp);
    }

    #[test]
    fn fold_and_overlap_follow_score_py() {
        assert_eq!(score::fold("  أعلنت الإدارة، “الذاتية” ٢٠٢٤!  "), "اعلنت الاداره الذاتيه 2024");
        assert_eq!(score::fold("M_4 طريقٌ"), "m 4 طريق");
        assert!(score::overlaps("في 22 تموز، جرى اجتماع", "وفي 22 تموز جرى اجتماع بين المخابرات"));
        assert!(!score::overlaps("", "اجتماع"));
        assert_eq!(score::py_float(1.0), "1.0");
        assert_eq!(score::round3(0.71830985), 0.718);
    }
}
