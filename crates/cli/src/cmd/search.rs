//! `marsad search`: Arabic full-text search over stored articles, with highlighted snippets.

use std::io::{IsTerminal, Write};

use marsad_store::{PageRequest, SearchHit};

use super::events::FilterArgs;
use super::Outcome;
use crate::knowledge::Knowledge;

/// Search stored articles. Every word must match (headline or body); "quoted words" must
/// appear together in that order; OR in capitals between two words or phrases lets either
/// match. Nothing else is syntax: punctuation (`:`, brackets) separates words, an unclosed quote
/// is ignored, so a pasted headline works. Spelling variants meet (`دورية`, `الدوريات`,
/// `دوريـ.ـات`, `الدوريه`; `مسئول`, `مسؤول`; `إدلب`, `بإدلب`).
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad search \"دوريات مشتركة\"\n  \
marsad search 'أنقرة: المنطقة العازلة في إدلب'\n  \
marsad search 'قصف إدلب OR حلب' --limit 0\n  \
marsad search '\"ريف دمشق\"' --from 2024-01 --type ASSAULT\n  \
marsad search قصف --near 35.93,36.63,25 --json")]
pub struct Args {
    /// The query.
    #[arg(value_name = "QUERY")]
    query: String,
    #[command(flatten)]
    filter: FilterArgs,
    /// Results to show (0: none, only the count of matching articles).
    #[arg(long, default_value_t = 20, value_name = "N")]
    limit: usize,
    /// Skip this many results first.
    #[arg(long, default_value_t = 0, value_name = "N")]
    offset: usize,
    /// JSON output, as `/api/search` answers: `{query, total, offset, limit, hits}`, each hit
    /// `{article_id, title, outlet, published: {value, precision}, duplicate_of, snippet,
    /// highlights: [{start, end}], score}`.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: super::DataDirArg,
    #[command(flatten)]
    store: super::StoreArg,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let mut filter = args.filter.to_filter()?;
    let mut data = args.data.open_existing(&args.store)?;
    if filter.place.is_some() {
        let lexicon = knowledge.with_user(&args.data.path).lexicon()?;
        super::events::scope_places(&filter, &mut data, &lexicon);
    }
    super::events::resolve_ids(&mut filter, &data)?;
    let page = PageRequest { offset: args.offset, limit: args.limit };
    let hits = data.search(&args.query, &filter, page)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let page = marsad_server::Page {
            total: hits.total,
            offset: hits.offset,
            limit: hits.limit,
            items: hits.items.into_iter().map(marsad_server::SearchHit::from).collect(),
        };
        serde_json::to_writer_pretty(&mut out, &marsad_server::SearchResults::new(&args.query, page))?;
        writeln!(out)?;
        return Ok(Outcome::Done);
    }
    let color = std::io::stdout().is_terminal();
    for h in &hits.items {
        writeln!(
            out,
            "[{}] {}  ({}{}{})",
            h.article_id,
            h.title,
            h.outlet.as_deref().unwrap_or("?"),
            h.published
                .as_ref()
                .and_then(|d| d.value.as_deref())
                .map(|d| format!(", {d}"))
                .unwrap_or_default(),
            h.duplicate_of.map(|d| format!(", near-duplicate of {d}")).unwrap_or_default()
        )?;
        writeln!(out, "    {}", highlighted(h, color))?;
    }
    writeln!(out, "{} of {} articles", hits.items.len(), hits.total)?;
    Ok(Outcome::Done)
}

/// The snippet with matches in bold (terminal) or between « » (pipes).
fn highlighted(h: &SearchHit, color: bool) -> String {
    let (open, close) = if color { ("\x1b[1;33m", "\x1b[0m") } else { ("«", "»") };
    let mut s = String::new();
    let mut at = 0;
    for &(a, b) in &h.highlights {
        if a < at || b > h.snippet.len() || !h.snippet.is_char_boundary(a) || !h.snippet.is_char_boundary(b) {
            continue;
        }
        s.push_str(&h.snippet[at..a]);
        s.push_str(open);
        s.push_str(&h.snippet[a..b]);
        s.push_str(close);
        at = b;
    }
    s.push_str(&h.snippet[at..]);
    s.replace('\n', " ")
}
