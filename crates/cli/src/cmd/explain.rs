//! `marsad explain FILE`: for each sentence, the triggers, actors, places and
//! dates the event coder found, and why each event was or was not coded.
//!
//! This is the tool an analyst uses to fix a trigger or cue file: every line
//! names the rule id (`TRG-consult-003`, `CUE-neg-001`) it comes from.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use super::Outcome;
use crate::knowledge::Knowledge;

/// Show, sentence by sentence, what the event coder read and decided.
///
/// FILE is one plain-text article (headline on the first line) or a JSON Lines file, whose first record is
/// explained unless `--id` picks another.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad explain ../shared/corpus/seeds/004_43a99b59954af813.txt\n  \
marsad explain ../shared/corpus/real/bulk/syria_relevant_bulk.jsonl --id bulk0012 --all")]
pub struct Args {
    /// The article file.
    #[arg(value_name = "FILE")]
    path: PathBuf,
    /// In a JSON Lines file: the record id to explain.
    #[arg(long)]
    id: Option<String>,
    /// Also list sentences where nothing was found.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    published: super::PublishedArg,
    #[command(flatten)]
    data: super::DataDirArg,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let fallback = args.published.date()?;
    let knowledge = &knowledge.with_user(&args.data.path);
    let reader = knowledge.reader()?;
    let analyzer = knowledge.analyzer()?;
    let article = if crate::inputs::is_jsonl(&args.path) {
        let records = reader.read_jsonl_file(&args.path)?;
        let mut chosen = None;
        for rec in records {
            let a = rec?;
            if args.id.as_deref().is_none_or(|id| a.id == id) {
                chosen = Some(a);
                break;
            }
        }
        chosen.with_context(|| match &args.id {
            Some(id) => format!("{}: no record with id {id:?}", args.path.display()),
            None => format!("{}: no records", args.path.display()),
        })?
    } else {
        reader.read_file(&args.path)?
    };
    let (analysis, traces) = analyzer.explain(&article, fallback.as_ref());
    // Written through `?`, not println!, so `marsad explain … | head` ends quietly on a closed pipe.
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} — published {}",
        analysis.doc,
        analysis.published.value.as_deref().unwrap_or("unknown")
    )?;
    for t in &traces {
        let empty = t.triggers.is_empty() && t.actors.is_empty() && t.dates.is_empty();
        if args.all || !empty {
            writeln!(out, "{t}")?;
        }
    }
    // The trigger lines above show each event as the coder read it; the
    // list below is what `analyze` outputs, after repeats are merged and the
    // steps that use knowledge beyond the sentence have run.
    writeln!(
        out,
        "{} events (repeats merged; an official's state from data/actors roles and a visit's host from \
         data/actors metonyms added)",
        analysis.events.len()
    )?;
    for e in &analysis.events {
        let ev = &e.event;
        writeln!(
            out,
            "  {} {}{} {:?} → {:?} place={} date={} [{}] conf={:.2}{}",
            ev.id,
            ev.kind.as_str(),
            ev.mode.as_deref().map(|m| format!("/{m}")).unwrap_or_default(),
            ev.source,
            ev.target,
            ev.place.as_deref().unwrap_or("-"),
            ev.date.as_ref().and_then(|d| d.value.as_deref()).unwrap_or("-"),
            ev.rule,
            ev.confidence,
            if ev.also.is_empty() { String::new() } else { format!(" also {} more", ev.also.len()) }
        )?;
    }
    Ok(Outcome::Done)
}
