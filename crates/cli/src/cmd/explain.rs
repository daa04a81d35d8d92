//! `marsad explain FILE`: for each sentence, the triggers, actors, places and
//! dates the event coder found, and why each event was or was not coded.
//!
//! This is the tool an analyst uses to fix a trigger or cue file: every line
//! names the rule id (`TRG-consult-003`, `CUE-neg-001`) it comes from.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use marsad_coder::{Coder, Input, SentenceTrace};
use marsad_ingest::Article;
use marsad_lexicon::Lexicon;
use marsad_model::{DateMention, DateValue, EntityKind, Event, Span};
use marsad_pipeline::{Analysis, Analyzer, EntityRecord, EventRecord};

use super::Outcome;
use crate::knowledge::Knowledge;

/// Show, sentence by sentence, what the event coder read and decided.
///
/// FILE is one plain-text article (headline on the first line) or a JSON Lines file, whose first record is
/// explained unless `--id` picks another.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad explain ../shared/corpus/seeds/004_43a99b59954af813.txt\n  \
marsad explain ../shared/corpus/real/bulk/syria_relevant_bulk.jsonl --id 12 --all")]
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
    /// Publication date for an article whose metadata and byline give none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
}

/// The stages the event coder needs beside the analyzer: the lexicon (for
/// mentions with their spans) and the coder itself.
pub(crate) struct Stages {
    pub analyzer: Analyzer,
    pub lexicon: Lexicon,
    pub coder: Coder,
}

impl Stages {
    pub(crate) fn load(knowledge: &Knowledge) -> anyhow::Result<Stages> {
        let analyzer = knowledge.analyzer()?;
        let lexicon = knowledge.lexicon()?;
        let coder = match knowledge.dir() {
            Some(dir) => {
                Coder::from_dir(dir).with_context(|| format!("loading triggers from {}", dir.display()))?
            }
            None => Coder::embedded(),
        };
        Ok(Stages { analyzer, lexicon, coder })
    }

    /// The analysis of `article`, with entities and events filled in by the
    /// lexicon and coder when the analyzer left them empty, and the coder's
    /// per-sentence trace.
    pub(crate) fn analyze(
        &self,
        article: &Article,
        fallback: Option<&DateValue>,
    ) -> (Analysis, Vec<SentenceTrace>) {
        let mut analysis = self.analyzer.analyze_with(article, fallback);
        let body = analysis.body.clone();
        let mentions = self.lexicon.find(&body);
        let dates: Vec<DateMention> = analysis
            .dates
            .iter()
            .map(|d| DateMention {
                span: Span::new(d.start, d.end),
                text: d.text.clone(),
                value: DateValue { value: d.value.clone(), precision: d.precision },
                anchor: d.anchor.clone(),
            })
            .collect();
        let sentences = marsad_text::sentences(&body);
        let kinds = |id: &str| -> Option<EntityKind> { self.lexicon.entity(id).map(|e| e.kind) };
        let input = Input {
            body: &body,
            sentences: &sentences,
            mentions: &mentions,
            kinds: &kinds,
            dates: &dates,
            published: &analysis.published,
        };
        let traces = self.coder.explain(&input);
        if analysis.entities.is_empty() {
            analysis.entities = self
                .lexicon
                .entities_of(&mentions)
                .into_iter()
                .map(|(e, forms)| EntityRecord {
                    id: e.id.clone(),
                    kind: e.kind.as_str().to_string(),
                    name_en: e.name_en.clone(),
                    lat: e.lat,
                    lon: e.lon,
                    precision: e.geo_precision.map(marsad_lexicon::precision_name).map(str::to_string),
                    mentions: forms,
                })
                .collect();
        }
        if analysis.events.is_empty() {
            let events: Vec<Event> = self.coder.code(&input);
            analysis.events = events.into_iter().map(EventRecord::from).collect();
        }
        (analysis, traces)
    }
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let fallback = match &args.published {
        Some(s) => Some(
            marsad_ingest::parse_date(s)
                .with_context(|| format!("--published {s:?}: want YYYY-MM-DD, YYYY-MM or YYYY"))?,
        ),
        None => None,
    };
    let reader = knowledge.reader()?;
    let stages = Stages::load(knowledge)?;
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
    let (analysis, traces) = stages.analyze(&article, fallback.as_ref());
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
    writeln!(out, "{} events", analysis.events.len())?;
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
