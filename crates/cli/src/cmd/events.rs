//! `marsad events`: the merged event record, filtered, as a table, JSON, CSV, GeoJSON or PLOVER.

use std::io::Write;

use anyhow::Context;
use marsad_model::EventType;
use marsad_store::{export, Exclude, Filter, Near, PageRequest};

use super::Outcome;
use crate::knowledge::Knowledge;

/// Filters shared by `marsad events` and `marsad search`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Up to this date, inclusive.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// PLOVER event type (ASSAULT, COOPERATE, …), or several separated by commas for events of any
    /// of them (ASSAULT,COERCE), as the API's `type=` takes them; given twice, the lists add up
    /// (`--type ASSAULT --type CONSULT`, as `type=ASSAULT&type=CONSULT`).
    #[arg(long = "type", value_name = "TYPE[,TYPE…]")]
    pub kind: Vec<String>,
    /// Actor id (TUR-MIL, SDF, …), as source or target.
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    /// Place id (place:saraqib, …).
    #[arg(long, value_name = "ID")]
    pub place: Option<String>,
    /// Within KM of a point.
    #[arg(long, value_name = "LAT,LON,KM")]
    pub near: Option<String>,
}

impl FilterArgs {
    /// The store's filter; errors name the bad flag.
    pub fn to_filter(&self) -> anyhow::Result<Filter> {
        let mut kinds = Vec::new();
        for k in self.kind.iter().flat_map(|list| list.split(',')).map(str::trim).filter(|k| !k.is_empty()) {
            let kind = EventType::parse(k).with_context(|| {
                let all: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
                format!("--type {k:?}: not a PLOVER type (one of {})", all.join(", "))
            })?;
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        let near = match &self.near {
            Some(n) => Some(Near::parse(n).with_context(|| {
                format!("--near {n:?}: want LAT,LON,KM (latitude -90..90, longitude -180..180, KM above 0)")
            })?),
            None => None,
        };
        for (flag, d) in [("--from", &self.from), ("--to", &self.to)] {
            if let Some(d) = d {
                if marsad_store::parse_filter_date(d).is_none() {
                    anyhow::bail!(
                        "{flag} {d:?}: not a date (want YYYY, YYYY-MM or YYYY-MM-DD, a real month and day)"
                    );
                }
            }
        }
        if let (Some(from), Some(to)) = (&self.from, &self.to) {
            let first = marsad_store::parse_filter_date(from).map(|(lo, _)| lo);
            let last = marsad_store::parse_filter_date(to).map(|(_, hi)| hi);
            if first > last {
                anyhow::bail!("--from {from:?} is after --to {to:?}");
            }
        }
        Ok(Filter {
            from: self.from.clone(),
            to: self.to.clone(),
            kinds,
            actor: self.actor.clone(),
            place: self.place.clone(),
            near,
            ..Filter::default()
        })
    }
}

/// Output format of `marsad events`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for the terminal.
    Table,
    /// A JSON array of events with every source.
    Json,
    /// CSV with ACLED's column names (UTF-8 with BOM).
    Csv,
    /// GeoJSON FeatureCollection, one point per located event.
    Geojson,
    /// PLOVER JSON Lines (POLECAT field layout).
    Plover,
}

/// List the events in the store (one per happening, with every article that reports it).
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad events --type ASSAULT --from 2024-01 --to 2024-06\n  \
marsad events --type ASSAULT,COERCE --actor tur-mil --format csv > turkey.csv\n  \
marsad events --near 36.2,37.1,50 --format geojson > aleppo.geojson\n  \
marsad events --format csv > events.csv\n  \
marsad events --format csv --exclude historical,negated,hypothetical,plan > happened.csv")]
pub struct Args {
    #[command(flatten)]
    filter: FilterArgs,
    /// Only events reported by articles matching this full-text query.
    #[arg(long, value_name = "QUERY")]
    text: Option<String>,
    /// Leave out events that did not happen as reported: a comma-separated list of `historical`
    /// (recaps of the past), `negated` (denied), `hypothetical` (possibilities), `plan`
    /// (announced, not yet done). All events are listed by default. Given twice, the lists add up.
    #[arg(long, value_name = "KINDS", value_parser = parse_exclude)]
    exclude: Vec<Exclude>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// At most this many events (all by default).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Skip this many events first.
    #[arg(long, default_value_t = 0, value_name = "N")]
    offset: usize,
    #[command(flatten)]
    data: super::DataDirArg,
    #[command(flatten)]
    store: super::StoreArg,
}

fn parse_exclude(s: &str) -> Result<Exclude, String> {
    Exclude::parse(s)
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let mut filter = args.filter.to_filter()?;
    filter.text = args.text.clone();
    // `--exclude historical --exclude negated` leaves both out, as `?exclude=` twice does.
    filter.exclude = args.exclude.iter().fold(Exclude::default(), |all, &more| all.and(more));
    // Names, countries and admin areas come from the knowledge in use, as the server gives them
    // (one rule for the CLI and the API: `export::with_knowledge`). Knowledge that does not load is
    // refused, as `serve` refuses it: an export without it wrote ACLED rows with other ids
    // (`17` for `SYR17`) and no country, and a scheduled export took that as done.
    let lexicon = knowledge.with_user(&args.data.path).lexicon()?;
    let mut data = args.data.open_existing(&args.store)?;
    scope_places(&filter, &mut data, &lexicon);
    resolve_ids(&mut filter, &data)?;
    let page = PageRequest { offset: args.offset, limit: args.limit.unwrap_or(usize::MAX) };
    let mut events = data.list_events(&filter, page)?;
    export::with_knowledge(&mut events.items, &lexicon);
    let text = match args.format {
        Format::Table => {
            let mut t = export::to_table(&events.items);
            t.push_str(&format!("{} of {} events\n", events.items.len(), events.total));
            t
        }
        Format::Json => export::to_json(&events.items) + "\n",
        Format::Csv => export::to_csv(&events.items, Some(&lexicon)),
        Format::Geojson => export::to_geojson_text(&events.items),
        Format::Plover => export::to_plover_jsonl(&events.items),
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Done)
}

/// Gives the store the knowledge's admin parents when the filter names a place, so the place
/// holds the places inside it (`--place idlib-governorate` lists Saraqib's events), as the API
/// does.
pub fn scope_places(filter: &Filter, data: &mut marsad_store::DataDir, lexicon: &marsad_lexicon::Lexicon) {
    if filter.place.is_some() {
        data.set_places(std::sync::Arc::new(marsad_store::PlaceTree::of_lexicon(lexicon)));
    }
}

/// Puts the stored ids into the filter's actor and place, as the API does (`marsad_store`'s
/// `DataDir::resolve_ids`: the id as typed, in any case, a place without its `place:` prefix). An
/// id the store does not hold is an error naming the closest ones and the flag.
pub fn resolve_ids(filter: &mut Filter, data: &marsad_store::DataDir) -> anyhow::Result<()> {
    data.resolve_ids(filter).map_err(|e| match e {
        marsad_store::Error::UnknownId(unknown) => {
            anyhow::anyhow!(unknown.message(&format!("--{}", unknown.filter.name())))
        }
        other => other.into(),
    })
}
