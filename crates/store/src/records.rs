//! What queries return: events with their sources, articles with their spans, filters, pages.
//!
//! All records are `Serialize`, so the HTTP API can return them as they are.

use marsad_model::{DateValue, EventType, ReportedAs, Span};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::input::{Deobfuscated, EntityInfo};

/// Filters shared by `marsad events`, `marsad search` and `GET /api/events`.
///
/// Every field narrows the result; `Default` is "everything".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// First day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; inclusive). Events whose date window
    /// touches `[from, to]` are kept.
    pub from: Option<String>,
    /// Last day, inclusive.
    pub to: Option<String>,
    /// PLOVER types: events of any of them are kept (none: every type).
    #[serde(rename = "types")]
    pub kinds: Vec<EventType>,
    /// An actor id, as source or target.
    pub actor: Option<String>,
    /// A place id.
    pub place: Option<String>,
    /// Within `km` of `(lat, lon)`.
    pub near: Option<Near>,
    /// Inside a bounding box `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: Option<[f64; 4]>,
    /// A full-text query: events whose articles match it.
    pub text: Option<String>,
    /// Newest events first (by date, then id); oldest first when false.
    pub newest_first: bool,
    /// Events that did not happen as reported, to leave out (none by default).
    pub exclude: Exclude,
}

/// Events that did not happen as reported: what `--exclude` / `?exclude=` leave out of a listing
/// or an export. Every event is kept by default, so a count or a map shows all the coder read; an
/// ACLED-style table of what happened wants `historical,negated,hypothetical,plan` out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Exclude {
    /// Recaps of the past (`historical`: every source tells it as background).
    pub historical: bool,
    /// Denied (`negated`: the text says it did not happen).
    pub negated: bool,
    /// Told as a condition or possibility (`reported_as` `hypothetical`).
    pub hypothetical: bool,
    /// Announced or threatened, not yet done (`reported_as` `plan`).
    pub plan: bool,
}

impl Exclude {
    /// The names `parse` reads, as the CSV's columns and values call them.
    pub const NAMES: [&'static str; 4] = ["historical", "negated", "hypothetical", "plan"];

    /// Reads a comma-separated list of [`Exclude::NAMES`] (`historical,negated`); blanks are
    /// skipped.
    ///
    /// # Errors
    ///
    /// A name that is not one of them, named in the message with the ones that are.
    pub fn parse(list: &str) -> std::result::Result<Exclude, String> {
        let mut x = Exclude::default();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "historical" => x.historical = true,
                "negated" => x.negated = true,
                "hypothetical" => x.hypothetical = true,
                "plan" => x.plan = true,
                other => {
                    return Err(format!(
                        "unknown kind of event to exclude {other:?} (one of {})",
                        Self::NAMES.join(", ")
                    ))
                }
            }
        }
        Ok(x)
    }

    /// What `self` or `more` leaves out: `--exclude` and `?exclude=` given twice add up.
    pub fn and(self, more: Exclude) -> Exclude {
        Exclude {
            historical: self.historical || more.historical,
            negated: self.negated || more.negated,
            hypothetical: self.hypothetical || more.hypothetical,
            plan: self.plan || more.plan,
        }
    }

    /// True when nothing is left out.
    pub fn is_empty(&self) -> bool {
        *self == Exclude::default()
    }
}

/// A circle: centre and radius.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Near {
    /// Latitude of the centre.
    pub lat: f64,
    /// Longitude of the centre.
    pub lon: f64,
    /// Radius in km.
    pub km: f64,
}

impl Near {
    /// Parses `LAT,LON,KM`.
    pub fn parse(s: &str) -> Option<Near> {
        let v: Vec<f64> = s.split(',').map(|p| p.trim().parse().ok()).collect::<Option<_>>()?;
        match v[..] {
            [lat, lon, km]
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km >= 0.0 =>
            {
                Some(Near { lat, lon, km })
            }
            _ => None,
        }
    }
}

/// Which slice of a result to return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRequest {
    /// Items to skip.
    pub offset: usize,
    /// Items to return at most.
    pub limit: usize,
}

impl Default for PageRequest {
    fn default() -> PageRequest {
        PageRequest { offset: 0, limit: 100 }
    }
}

impl PageRequest {
    /// Every item.
    pub fn all() -> PageRequest {
        PageRequest { offset: 0, limit: usize::MAX }
    }
}

/// A slice of a result and the size of the whole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    /// Items matching the filter, all pages together.
    pub total: usize,
    /// Items skipped.
    pub offset: usize,
    /// Items asked for.
    pub limit: usize,
    /// This page.
    pub items: Vec<T>,
}

/// A place as an event carries it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// Stable id (`place:saraqib`).
    pub id: String,
    /// English name.
    pub name_en: String,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Geographic precision (`village`, `governorate`, …).
    pub precision: Option<String>,
}

/// One happening, merged over every article that reports it.
///
/// The top-level fields are those of the first report, refined where a later report is more
/// precise (a day instead of a month); actors are the union over sources. Each source keeps
/// its own details in [`EventSource`], so conflicts stay visible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Store-wide event id.
    pub id: i64,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// When, as precisely as any source says.
    pub date: Option<DateValue>,
    /// Where.
    pub place: Option<PlaceRef>,
    /// Source actor ids.
    pub source: Vec<String>,
    /// Target actor ids.
    pub target: Vec<String>,
    /// The text says it did not happen.
    pub negated: bool,
    /// As the first source reports it.
    pub reported_as: ReportedAs,
    /// Every source presents it as a recap of the past.
    pub historical: bool,
    /// Highest confidence over sources.
    pub confidence: f32,
    /// English names of the actor ids in `source` and `target` that the store knows.
    pub names: BTreeMap<String, String>,
    /// The kinds (`country`, `person`, …) the store gives the actor ids in `source` and `target`,
    /// for an actor the knowledge in use does not hold.
    #[serde(default)]
    pub kinds: BTreeMap<String, String>,
    /// The reports.
    pub sources: Vec<EventSource>,
}

/// `url` if a reader may follow it: an `http` or `https` address, or one with no scheme. An article's
/// address comes from untrusted input (a record, a page's metadata, a feed, a POST), and exports
/// hand it to tools that make links of it: `javascript:`, `data:`, `file:` and the like are dropped.
pub fn web_address(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    match scheme {
        _ if url.is_empty() => None,
        Some(s) if !s.eq_ignore_ascii_case("http") && !s.eq_ignore_ascii_case("https") => None,
        _ => Some(url),
    }
}

/// `url` is an absolute `http(s)` address with a host, so it names one page wherever it was read.
pub fn names_one_page(url: &str) -> bool {
    let url = url.trim();
    let rest = ["http://", "https://"]
        .iter()
        .find_map(|s| url.get(..s.len()).filter(|p| p.eq_ignore_ascii_case(s)).map(|p| &url[p.len()..]));
    rest.is_some_and(|r| r.chars().next().is_some_and(|c| c != '/' && !c.is_whitespace()))
}

impl EventRecord {
    /// How many articles report the event. An article whose several sentences feed the event is
    /// one source: counting sentences made one article look like corroboration.
    pub fn article_count(&self) -> usize {
        let mut ids: Vec<i64> = self.sources.iter().map(|s| s.article_id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }

    /// The addresses of the reporting articles, each once, in report order.
    pub fn urls(&self) -> Vec<&str> {
        first_seen(self.sources.iter().filter_map(|s| s.url.as_deref()))
    }

    /// The outlets of the reports, each once, in report order: an outlet that ran several reports
    /// of the event is still one source.
    pub fn outlets(&self) -> Vec<&str> {
        first_seen(self.sources.iter().filter_map(|s| s.outlet.as_deref()))
    }
}

/// Each of `items` once, in the order first seen (a handful per event: a scan beats hashing).
fn first_seen<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for x in items {
        if !seen.contains(&x) {
            seen.push(x);
        }
    }
    seen
}

/// One article's report of an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventSource {
    /// The article.
    pub article_id: i64,
    /// Its document id.
    pub doc: String,
    /// Its headline.
    pub title: String,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its address.
    pub url: Option<String>,
    /// The article's publication date.
    pub published: Option<DateValue>,
    /// The event's id within the article (`e1`).
    pub local_id: String,
    /// The evidence sentence's span in the article's cleaned body.
    pub sentence: Span,
    /// The evidence sentence.
    pub evidence: String,
    /// The trigger's span in the cleaned body.
    pub trigger: Span,
    /// The date this source gives.
    pub date: Option<DateValue>,
    /// The place id this source gives.
    pub place: Option<String>,
    /// Source actors this source names.
    pub source: Vec<String>,
    /// Target actors this source names.
    pub target: Vec<String>,
    /// Mode this source gives.
    pub mode: Option<String>,
    /// How this source presents it.
    pub reported_as: ReportedAs,
    /// This source denies it.
    pub negated: bool,
    /// This source tells it as a recap.
    pub historical: bool,
    /// The trigger rule that fired.
    pub rule: String,
    /// The coder's confidence.
    pub confidence: f32,
    /// Deaths this source states, when it states a number.
    pub fatalities: Option<u32>,
    /// The words this article names each of the source's actors by (actor id → text): the form
    /// in the evidence sentence when it is there, else the article's first. An actor the article
    /// only implies (a speaker read from an earlier sentence) may be missing.
    #[serde(default)]
    pub mentions: BTreeMap<String, String>,
    /// When the article was stored (`YYYY-MM-DDTHH:MM:SSZ`, UTC).
    #[serde(default)]
    pub stored_at: Option<String>,
}

/// An article's entities (`articles.entities`, the JSON list of [`crate::EntityInfo`]) as
/// [`mentions_in`] reads them: each id with its surface forms.
/// Parsed once per article of a page for all its reports, not once per report (a page of 100
/// events of the bench's store holds 133 reports of 14 articles, each article's JSON a few KB).
#[derive(Default)]
pub(crate) struct NamedEntities(Vec<Named>);

#[derive(Deserialize)]
struct Named {
    id: String,
    #[serde(default)]
    mentions: Vec<String>,
}

impl NamedEntities {
    /// The entities of `articles.entities`; none when it does not parse: the mention text is a
    /// courtesy of the export, not a reason to fail a listing.
    pub(crate) fn parse(entities_json: &str) -> NamedEntities {
        NamedEntities(serde_json::from_str(entities_json).unwrap_or_default())
    }
}

/// [`EventSource::mentions`]: for each of `actors` the article names, the surface form found in
/// `evidence`, else the first the article uses.
pub(crate) fn mentions_in<'a>(
    named: &NamedEntities,
    evidence: &str,
    actors: impl IntoIterator<Item = &'a String>,
) -> BTreeMap<String, String> {
    let wanted: Vec<&String> = actors.into_iter().collect();
    named
        .0
        .iter()
        .filter(|n| wanted.contains(&&n.id))
        .filter_map(|n| {
            let text = n.mentions.iter().find(|m| evidence.contains(m.as_str())).or(n.mentions.first())?;
            Some((n.id.clone(), text.clone()))
        })
        .collect()
}

/// A span kept with an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpanRecord {
    /// `date` or `mention`.
    pub kind: String,
    /// First byte in the cleaned body.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text.
    pub text: String,
    /// The entity named (mentions).
    pub entity_id: Option<String>,
    /// The date value (dates).
    pub value: Option<String>,
    /// The date precision (dates).
    pub precision: Option<String>,
}

/// A stored article with everything the analysis found in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// Store-wide article id.
    pub id: i64,
    /// Document id.
    pub doc: String,
    /// Cleaned headline.
    pub title: String,
    /// Author.
    pub author: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<DateValue>,
    /// The file it came from.
    pub source_path: Option<String>,
    /// The text as read (chrome removed, not cleaned).
    pub raw: String,
    /// The cleaned body; every span is into it.
    pub body: String,
    /// Site chrome removed from the body.
    pub boilerplate: Vec<String>,
    /// Obfuscated words joined by cleaning.
    pub deobfuscated: Vec<Deobfuscated>,
    /// The original this article is a near-duplicate of, with the estimated similarity.
    pub duplicate_of: Option<(i64, f64)>,
    /// Dates and mentions, by start offset.
    pub spans: Vec<SpanRecord>,
    /// Actors and places named.
    pub entities: Vec<EntityInfo>,
    /// The events this article is a source of.
    pub event_ids: Vec<i64>,
}

/// An actor or place and how often the store has it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntitySummary {
    /// Stable id.
    pub id: String,
    /// Kind (`country`, …, `place`).
    #[serde(rename = "type")]
    pub kind: String,
    /// English name.
    pub name_en: String,
    /// Latitude (places).
    pub lat: Option<f64>,
    /// Longitude (places).
    pub lon: Option<f64>,
    /// Geographic precision (places).
    pub precision: Option<String>,
    /// Articles naming it.
    pub articles: usize,
    /// Events it takes part in or is the place of.
    pub events: usize,
}

/// Counts over the whole store.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StoreStats {
    /// Articles stored.
    pub articles: usize,
    /// Of which near-duplicates.
    pub near_duplicates: usize,
    /// Events after merging.
    pub events: usize,
    /// Event reports (sources) over all events.
    pub event_sources: usize,
    /// Events reported by two sources or more.
    pub merged_events: usize,
    /// Size of the database files in bytes.
    pub db_bytes: u64,
}

#[cfg(test)]
mod tests {
    use super::{names_one_page, web_address};

    #[test]
    fn addresses_a_reader_may_follow() {
        for kept in
            ["https://www.enabbaladi.net/archives/1", "HTTP://x.example/a", "/news/1", "www.x.example/a"]
        {
            assert_eq!(web_address(kept), Some(kept), "{kept}");
        }
        for dropped in
            ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd", ""]
        {
            assert_eq!(web_address(dropped), None, "{dropped}");
        }
    }

    #[test]
    fn only_absolute_addresses_name_one_page() {
        assert!(names_one_page("https://a.example/news/1") && names_one_page("HTTP://a.example"));
        for not in ["/news/1", "news/1", "https:///x", "https://", "www.a.example/news/1", "javascript:x"] {
            assert!(!names_one_page(not), "{not}");
        }
    }
}
