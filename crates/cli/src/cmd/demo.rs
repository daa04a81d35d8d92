//! `marsad demo`: analyse the bundled samples and print a readable summary.

use std::io::Write;

use marsad_pipeline::Analysis;
use rayon::prelude::*;

use super::{shorten, Outcome};
use crate::knowledge::Knowledge;
use crate::samples::SAMPLES;

/// Analyse the sample articles bundled in the binary (samples/, see samples/SOURCES.md) and print a table:
/// file, publication date, counts of dates, actors, places and events, the headline, then every event.
/// Then store them in a fresh data directory and serve the desk (map, timeline, evidence) until Ctrl-C.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  cargo run --release -- demo\n  marsad demo --no-serve\n  marsad demo --listen 127.0.0.1:9000"
)]
pub struct Args {
    /// Print the full records as JSON Lines instead of the table (and do not serve).
    #[arg(long)]
    jsonl: bool,
    /// Print the table only; do not store the samples and serve the desk.
    #[arg(long)]
    no_serve: bool,
    /// Address the desk listens on.
    #[arg(long, default_value = "127.0.0.1:8750", value_name = "ADDR")]
    listen: std::net::SocketAddr,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let reader = knowledge.reader()?;
    let analyzer = knowledge.analyzer()?;
    let analyses: Vec<Analysis> = SAMPLES
        .par_iter()
        .map(|s| {
            let mut article = reader.parse_text(s.name, s.text);
            article.published = s.published.and_then(marsad_ingest::parse_date);
            analyzer.analyze(&article)
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.jsonl {
        for a in &analyses {
            serde_json::to_writer(&mut out, a)?;
            out.write_all(b"\n")?;
        }
        // Records only: a caller reading JSON Lines is a program, not a person at a browser.
        out.flush()?;
        return Ok(Outcome::Done);
    }
    writeln!(
        out,
        "marsad demo: {} sample articles (samples/, origins in samples/SOURCES.md); knowledge: {}\n",
        analyses.len(),
        knowledge.describe()
    )?;
    writeln!(
        out,
        "{:<26} {:<20} {:>5} {:>6} {:>6} {:>6}  title",
        "file", "published", "dates", "actors", "places", "events"
    )?;
    writeln!(out, "{}", "-".repeat(110))?;
    let mut totals = [0usize; 4];
    for a in &analyses {
        let (actors, places) = entity_counts(a);
        let counts = [a.dates.len(), actors, places, a.events.len()];
        for (t, c) in totals.iter_mut().zip(counts) {
            *t += c;
        }
        writeln!(
            out,
            "{:<26} {:<20} {:>5} {:>6} {:>6} {:>6}  {}",
            a.doc,
            published(a),
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            shorten(&a.title, 60)
        )?;
    }
    writeln!(out, "{}", "-".repeat(110))?;
    writeln!(
        out,
        "{:<26} {:<20} {:>5} {:>6} {:>6} {:>6}",
        "total", "", totals[0], totals[1], totals[2], totals[3]
    )?;

    writeln!(out, "\nEvents (type, mode, source → target, place, date, how reported; evidence)")?;
    if totals[3] == 0 {
        writeln!(out, "  none coded")?;
    }
    for a in analyses.iter().filter(|a| !a.events.is_empty()) {
        writeln!(out, "\n[{}] {}", a.doc, shorten(&a.title, 70))?;
        for r in &a.events {
            let e = &r.event;
            let mode = e.mode.as_deref().map(|m| format!("/{m}")).unwrap_or_default();
            let place = e.place.clone().or_else(|| (!e.places.is_empty()).then(|| e.places.join("+")));
            let date = e.date.as_ref().and_then(|d| d.value.clone());
            let mut flags = vec![format!("{:?}", e.reported_as).to_lowercase()];
            if e.negated {
                flags.push("negated".into());
            }
            if e.historical {
                flags.push("historical".into());
            }
            writeln!(
                out,
                "  {:<4} {}{} {} → {}  at {}  on {}  [{}]\n       «{}»",
                e.id,
                e.kind.as_str(),
                mode,
                list(&e.source),
                list(&e.target),
                place.as_deref().unwrap_or("-"),
                date.as_deref().unwrap_or("-"),
                flags.join(", "),
                shorten(&e.evidence, 100)
            )?;
        }
    }
    out.flush()?;
    drop(out);
    if args.no_serve {
        return Ok(Outcome::Done);
    }
    serve_samples(args.listen, knowledge)?;
    Ok(Outcome::Done)
}

/// Writes the samples to a fresh folder, stores them in a data directory beside it, and serves the desk.
fn serve_samples(listen: std::net::SocketAddr, knowledge: &Knowledge) -> anyhow::Result<()> {
    use anyhow::Context;
    // Removed when the server stops (Ctrl-C): every demo starts from the samples alone.
    let tmp =
        tempfile::Builder::new().prefix("marsad-demo-").tempdir().context("creating a temporary folder")?;
    let root = tmp.path();
    let articles = root.join("samples");
    std::fs::create_dir_all(&articles).with_context(|| format!("creating {}", articles.display()))?;
    for s in SAMPLES {
        std::fs::write(articles.join(s.name), s.text).with_context(|| format!("writing {}", s.name))?;
    }
    let reader = knowledge.reader()?;
    let analyzer = knowledge.analyzer()?;
    let data_dir = root.join("data");
    let mut data = marsad_store::DataDir::open(&data_dir)
        .with_context(|| format!("opening data directory {}", data_dir.display()))?;
    // The same reader and pipeline as `marsad ingest`, and as the server's tests use.
    let summary = marsad_server::synth::ingest_paths(&mut data, &[articles], &reader, &analyzer)?;
    eprintln!("stored {} sample articles in {}", summary.new, data_dir.display());
    drop(data);
    let served = super::serve::serve_data_dir(&data_dir, None, listen, None, knowledge);
    drop(tmp);
    served
}

fn entity_counts(a: &Analysis) -> (usize, usize) {
    let places = a.entities.iter().filter(|e| e.kind == "place").count();
    (a.entities.len() - places, places)
}

fn published(a: &Analysis) -> String {
    match &a.published.value {
        Some(v) => format!("{v} ({})", a.published.precision.as_str()),
        None => "unknown".into(),
    }
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        "-".into()
    } else {
        ids.join("+")
    }
}
