//! `marsad explain FILE`: for each sentence, the triggers, actors, places and
//! dates the event coder found, and why each event was or was not coded.
//!
//! This is the tool an analyst uses to fix a trigger or cue file: every line
//! names the rule id (`TRG-consult-003`, `CUE-neg-001`) it comes from.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use super::{shorten, Outcome};
use crate::knowledge::Knowledge;

/// Show, sentence by sentence, what the event coder read and decided.
///
/// FILE is one plain-text or HTML article (a text's headline on its first line), or a JSON Lines file or
/// an RSS/Atom feed, whose first article is explained unless `--id` picks another.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad explain ../shared/corpus/seeds/004_43a99b59954af813.txt\n  \
marsad explain ../shared/corpus/real/bulk/syria_relevant_bulk.jsonl --id bulk0012 --all")]
pub struct Args {
    /// The article file.
    #[arg(value_name = "FILE")]
    path: PathBuf,
    /// In a JSON Lines file or a feed: the article to explain (a record's id; a feed item's id as
    /// `analyze` prints it, `feed.xml#item`, or the item's own).
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
    // A JSON Lines file or a feed holds several articles: `--id` picks one (for a feed item either the
    // id `analyze` prints, `file#item`, or the item's own id), else the first is explained.
    let mut articles: Box<dyn Iterator<Item = Result<marsad_ingest::Article, marsad_ingest::Error>>> =
        if crate::inputs::is_jsonl(&args.path) {
            Box::new(reader.read_jsonl_file(&args.path)?)
        } else {
            // What the folder's manifest says of the file (outlet, day), as `analyze` reads it.
            let listed = marsad_ingest::list_inputs(std::slice::from_ref(&args.path));
            let facts = match listed.files.first() {
                Some(marsad_ingest::Input::Text(_, facts)) => facts.as_deref(),
                _ => None,
            };
            Box::new(reader.read_listed(&args.path, facts)?.into_iter().map(Ok))
        };
    let wanted = |a: &marsad_ingest::Article| match args.id.as_deref() {
        None => true,
        Some(id) => a.id == id || a.id.split_once('#').is_some_and(|(_, item)| item == id),
    };
    let mut chosen = None;
    let mut count = 0;
    for a in &mut articles {
        let a = a?;
        count += 1;
        if wanted(&a) {
            chosen = Some(a);
            break;
        }
    }
    let article = chosen.with_context(|| match &args.id {
        Some(id) => format!("{}: no article with id {id:?} among its {count}", args.path.display()),
        None => format!("{}: no articles", args.path.display()),
    })?;
    let (analysis, traces) = analyzer.explain(&article, fallback.as_ref());
    // Written through `?`, not println!, so `marsad explain … | head` ends quietly on a closed pipe.
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} — published {}",
        analysis.doc,
        analysis.published.value.as_deref().unwrap_or("unknown")
    )?;
    // What was cut before the coder read a word, and by which rule of boilerplate.toml: the line an
    // analyst writes or mends a chrome rule from (a line of text wrongly cut, a share button kept).
    let cut = article.boilerplate.len() + article.page_boilerplate.len();
    if cut > 0 {
        writeln!(out, "site chrome removed ({cut}):")?;
        for c in &article.boilerplate {
            writeln!(out, "  {} ({}) «{}»", c.rule, c.kind, shorten(&c.text, 160))?;
        }
        for line in &article.page_boilerplate {
            writeln!(out, "  page extractor «{}»", shorten(line, 160))?;
        }
    }
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
