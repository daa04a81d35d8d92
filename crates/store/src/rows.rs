//! What the SQLite and PostgreSQL stores share: the columns an article and its events are written
//! as (JSON written field by field, mention spans), the merge of a batch's reports into the known
//! events (which rows to insert and update), and reading rows back into records. The two stores
//! differ only in their SQL and how they bind it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use marsad_model::{DateValue, Event, EventType, Precision, ReportedAs};
use rayon::prelude::*;

use crate::days::{day_bounds, parse_filter_date};
use crate::fatalities::stated_fatalities;
use crate::input::{Analysis, EntityInfo};
use crate::merge::{EventKey, ReportDays};
use crate::merge_index::{precision_rank, KnownEvent, KnownEvents, Role};
use crate::records::*;
use crate::{Error, Result};

pub(crate) fn parse_precision(s: &str) -> Precision {
    match s {
        "day" => Precision::Day,
        "month" => Precision::Month,
        "year" => Precision::Year,
        "range" => Precision::Range,
        _ => Precision::Unknown,
    }
}

pub(crate) fn parse_reported(s: &str) -> ReportedAs {
    match s {
        "claim" => ReportedAs::Claim,
        "plan" => ReportedAs::Plan,
        "hypothetical" => ReportedAs::Hypothetical,
        _ => ReportedAs::Fact,
    }
}

pub(crate) fn reported_str(r: ReportedAs) -> &'static str {
    match r {
        ReportedAs::Fact => "fact",
        ReportedAs::Claim => "claim",
        ReportedAs::Plan => "plan",
        ReportedAs::Hypothetical => "hypothetical",
    }
}

pub(crate) fn date_value(value: Option<String>, precision: String) -> Option<DateValue> {
    value.map(|v| DateValue { value: Some(v), precision: parse_precision(&precision) })
}

/// Every occurrence of each surface form of each entity in `body`, as (start, end, text, id).
pub(crate) fn mention_spans<'a>(
    body: &str,
    entities: &'a [EntityInfo],
) -> Vec<(usize, usize, &'a str, &'a str)> {
    let mut out = Vec::new();
    for e in entities {
        for m in &e.mentions {
            if m.is_empty() {
                continue;
            }
            for (start, _) in body.match_indices(m.as_str()) {
                out.push((start, start + m.len(), m.as_str(), e.id.as_str()));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A date span as stored in `articles.dates` (JSON), in body order.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct StoredDate<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    #[serde(borrow)]
    pub(crate) text: std::borrow::Cow<'a, str>,
    pub(crate) value: Option<std::borrow::Cow<'a, str>>,
    pub(crate) precision: std::borrow::Cow<'a, str>,
    #[serde(default)]
    pub(crate) anchor: Option<std::borrow::Cow<'a, str>>,
}

/// The spans of an article: its stored dates and its mentions found again in the body.
pub(crate) fn article_spans(body: &str, dates: &str, entities: &[EntityInfo]) -> Result<Vec<SpanRecord>> {
    let dates: Vec<StoredDate<'_>> = serde_json::from_str(dates)?;
    let mut spans: Vec<SpanRecord> = dates
        .into_iter()
        .map(|d| SpanRecord {
            kind: "date".into(),
            start: d.start,
            end: d.end,
            text: d.text.into_owned(),
            entity_id: None,
            value: d.value.map(|v| v.into_owned()),
            precision: Some(d.precision.into_owned()),
        })
        .collect();
    spans.extend(mention_spans(body, entities).into_iter().map(|(start, end, text, id)| SpanRecord {
        kind: "mention".into(),
        start,
        end,
        text: text.into(),
        entity_id: Some(id.into()),
        value: None,
        precision: None,
    }));
    spans.sort_by(|a, b| (a.start, a.end, &a.kind).cmp(&(b.start, b.end, &b.kind)));
    Ok(spans)
}

/// What an article's rows need that takes CPU but no database: JSON columns and mention spans.
/// Computed for a whole batch in parallel before its transaction opens, so the transaction (which
/// runs alone, the writer being single) only binds and steps statements.
pub(crate) struct PreparedRows<'a> {
    pub(crate) boilerplate: JsonText,
    pub(crate) deobfuscated: String,
    pub(crate) entities: JsonText,
    /// `articles.dates`.
    pub(crate) dates: JsonText,
    /// Ids of the entities named in the body, each once.
    pub(crate) named: Vec<&'a str>,
    /// `serde_json` of each event, in `Analysis::events` order, without its evidence sentence:
    /// `event_sources.evidence` holds it, and the second copy was the largest part of the table.
    pub(crate) event_records: Vec<JsonText>,
}

impl<'a> PreparedRows<'a> {
    pub(crate) fn of(a: &'a Analysis) -> Result<PreparedRows<'a>> {
        Ok(PreparedRows {
            boilerplate: strings_json(&a.boilerplate)?,
            deobfuscated: serde_json::to_string(&a.deobfuscated)?,
            entities: entities_json(&a.entities)?,
            dates: dates_json(&a.dates)?,
            named: a
                .entities
                .iter()
                .filter(|e| e.mentions.iter().any(|m| !m.is_empty() && a.body.contains(m.as_str())))
                .map(|e| e.id.as_str())
                .collect(),
            event_records: a.events.iter().map(event_record).collect::<serde_json::Result<_>>()?,
        })
    }

    pub(crate) fn of_all(
        analyses: impl IndexedParallelIterator<Item = &'a Analysis>,
    ) -> Result<Vec<PreparedRows<'a>>> {
        analyses.map(PreparedRows::of).collect()
    }
}

/// The originals stored (`stored`: their ids) that `analyses` lacks: stored by another writer
/// after a re-analysis read the articles (see [`crate::Store::replace_analyses`]), in id order.
pub(crate) fn not_analysed<'s>(
    analyses: &[(i64, Analysis)],
    stored: impl Iterator<Item = &'s i64>,
) -> Vec<i64> {
    let analysed: std::collections::HashSet<i64> = analyses.iter().map(|(id, _)| *id).collect();
    let mut missing: Vec<i64> = stored.filter(|id| !analysed.contains(id)).copied().collect();
    missing.sort_unstable();
    missing
}

/// A re-analysis's analyses and those of the originals stored meanwhile (`late`), each with its
/// rows (`rows`: those of `analyses`), in article order.
pub(crate) fn with_late<'a>(
    analyses: &'a [(i64, Analysis)],
    rows: Vec<PreparedRows<'a>>,
    late: &'a [(i64, Analysis)],
) -> Result<Vec<(&'a (i64, Analysis), PreparedRows<'a>)>> {
    let mut all: Vec<_> = analyses.iter().zip(rows).collect();
    if !late.is_empty() {
        tracing::info!("{} articles stored during the re-analysis are analysed and merged too", late.len());
        all.extend(late.iter().zip(PreparedRows::of_all(late.par_iter().map(|(_, a)| a))?));
        all.sort_by_key(|(a, _)| a.0);
    }
    Ok(all)
}

/// The JSON columns of a batch are written field by field: each value through `serde_json` (so
/// strings, numbers and `null`s are encoded exactly as before), the braces, commas and field
/// names as literal bytes. Deriving `Serialize` wrote each field name through `serde_json`'s
/// string escaper, a third of the JSON's cost.
pub(crate) struct JsonOut(Vec<u8>);

impl JsonOut {
    pub(crate) fn with_capacity(n: usize) -> JsonOut {
        JsonOut(Vec::with_capacity(n))
    }

    /// Literal JSON (punctuation and field names).
    pub(crate) fn raw(&mut self, s: &str) -> &mut JsonOut {
        self.0.extend_from_slice(s.as_bytes());
        self
    }

    /// A value, as `serde_json` writes it.
    fn value<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> serde_json::Result<&mut JsonOut> {
        serde_json::to_writer(&mut self.0, v)?;
        Ok(self)
    }

    /// A string, as `serde_json` writes it: as it is between quotes unless it holds a byte
    /// `serde_json` escapes (then through `serde_json`). `serde_json` looks each byte up in its
    /// escape table; most strings here (Arabic mentions, ids, date texts) have nothing to escape,
    /// and [`needs_escape`] tells so eight bytes at a time.
    pub(crate) fn str(&mut self, s: &str) -> serde_json::Result<&mut JsonOut> {
        if needs_escape(s.as_bytes()) {
            return self.value(s);
        }
        self.0.reserve(s.len() + 2);
        self.0.push(b'"');
        self.0.extend_from_slice(s.as_bytes());
        self.0.push(b'"');
        Ok(self)
    }

    /// An optional string (`null` when absent), as `serde_json` writes it.
    pub(crate) fn opt_str(&mut self, s: Option<&str>) -> serde_json::Result<&mut JsonOut> {
        match s {
            Some(s) => self.str(s),
            None => Ok(self.raw("null")),
        }
    }

    /// A list of strings, as `serde_json` writes it.
    fn strs(&mut self, v: &[String]) -> serde_json::Result<&mut JsonOut> {
        self.0.push(b'[');
        for (i, s) in v.iter().enumerate() {
            if i > 0 {
                self.0.push(b',');
            }
            self.str(s)?;
        }
        self.0.push(b']');
        Ok(self)
    }

    /// A span, as its derived `Serialize` writes it.
    fn span(&mut self, s: &marsad_model::Span) -> serde_json::Result<&mut JsonOut> {
        self.raw("{\"start\":").value(&s.start)?.raw(",\"end\":").value(&s.end)?.raw("}");
        Ok(self)
    }

    pub(crate) fn finish(self) -> JsonText {
        JsonText(self.0)
    }
}

/// Whether `serde_json` escapes any byte of `bytes` (a control byte below 0x20, `"` or `\\`);
/// may say yes for nothing, never no for something (the caller then goes through `serde_json`).
pub(crate) fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A zero byte of `x` sets its high bit in `(x - ONES) & !x & HIGH`; a byte below 0x20 does
    // the same with `x - 0x20 * ONES` (bytes of 0x80 and up have their high bit cleared by `!x`).
    let has = |x: u64| {
        let control = x.wrapping_sub(0x20 * ONES) & !x;
        let quote = x ^ (u64::from(b'"') * ONES);
        let backslash = x ^ (u64::from(b'\\') * ONES);
        (control | (quote.wrapping_sub(ONES) & !quote) | (backslash.wrapping_sub(ONES) & !backslash)) & HIGH
            != 0
    };
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        if has(u64::from_le_bytes(w.try_into().expect("8 bytes"))) {
            return true;
        }
    }
    // The last bytes padded with spaces (which need no escape) into one more word.
    let rest = words.remainder();
    let mut last = [b' '; 8];
    last[..rest.len()].copy_from_slice(rest);
    has(u64::from_le_bytes(last))
}

/// A JSON column's text, bound as it is: literal ASCII and `serde_json` output are UTF-8, and
/// checking that again (`String::from_utf8`) was 1.4% of the writer's instructions.
pub(crate) struct JsonText(Vec<u8>);

impl JsonText {
    /// The bytes, as SQLite binds them.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The text (checked UTF-8), as PostgreSQL binds it.
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("UTF-8")
    }
}

/// `serde_json` of an event as `event_sources.record` holds it: the [`Event`] with an empty
/// evidence sentence (its fields, names and order), written without cloning the event.
pub(crate) fn event_record(e: &Event) -> serde_json::Result<JsonText> {
    // Destructured so that a field added to `Event` fails to compile here.
    let Event {
        id,
        kind,
        mode,
        source,
        target,
        place,
        places,
        date,
        negated,
        reported_as,
        historical,
        evidence: _,
        span,
        trigger,
        rule,
        also,
        confidence,
    } = e;
    let mut out = JsonOut::with_capacity(512);
    out.raw("{\"id\":").str(id)?;
    out.raw(",\"type\":").value(kind)?;
    out.raw(",\"mode\":").opt_str(mode.as_deref())?;
    out.raw(",\"source\":").strs(source)?;
    out.raw(",\"target\":").strs(target)?;
    out.raw(",\"place\":").opt_str(place.as_deref())?;
    out.raw(",\"places\":").strs(places)?;
    out.raw(",\"date\":").value(date)?;
    out.raw(",\"negated\":").value(negated)?;
    out.raw(",\"reported_as\":").value(reported_as)?;
    out.raw(",\"historical\":").value(historical)?;
    out.raw(",\"evidence\":\"\"");
    out.raw(",\"span\":").span(span)?;
    out.raw(",\"trigger\":").span(trigger)?;
    out.raw(",\"rule\":").str(rule)?;
    out.raw(",\"also\":[");
    for (i, s) in also.iter().enumerate() {
        out.raw(if i == 0 { "" } else { "," }).span(s)?;
    }
    out.raw("]");
    out.raw(",\"confidence\":").value(confidence)?;
    out.raw("}");
    Ok(out.finish())
}

/// `serde_json` of an article's entities as `articles.entities` holds them ([`EntityInfo`]'s
/// fields, names and order).
pub(crate) fn entities_json(entities: &[EntityInfo]) -> serde_json::Result<JsonText> {
    let mut out = JsonOut::with_capacity(64 + 160 * entities.len());
    out.raw("[");
    for (i, e) in entities.iter().enumerate() {
        let EntityInfo { id, kind, name_en, lat, lon, precision, mentions } = e;
        out.raw(if i == 0 { "{\"id\":" } else { ",{\"id\":" }).str(id)?;
        out.raw(",\"type\":").str(kind)?;
        out.raw(",\"name_en\":").str(name_en)?;
        out.raw(",\"lat\":").value(lat)?;
        out.raw(",\"lon\":").value(lon)?;
        out.raw(",\"precision\":").opt_str(precision.as_deref())?;
        out.raw(",\"mentions\":").strs(mentions)?;
        out.raw("}");
    }
    out.raw("]");
    Ok(out.finish())
}

/// `serde_json` of an article's dates as `articles.dates` holds them ([`StoredDate`]'s fields,
/// names and order, with an anchor).
pub(crate) fn dates_json(dates: &[marsad_model::DateMention]) -> serde_json::Result<JsonText> {
    let mut out = JsonOut::with_capacity(16 + 200 * dates.len());
    out.raw("[");
    for (i, d) in dates.iter().enumerate() {
        out.raw(if i == 0 { "{\"start\":" } else { ",{\"start\":" }).value(&d.span.start)?;
        out.raw(",\"end\":").value(&d.span.end)?;
        out.raw(",\"text\":").str(&d.text)?;
        out.raw(",\"value\":").opt_str(d.value.value.as_deref())?;
        out.raw(",\"precision\":").str(d.value.precision.as_str())?;
        out.raw(",\"anchor\":").str(&d.anchor)?;
        out.raw("}");
    }
    out.raw("]");
    Ok(out.finish())
}

/// `serde_json` of a list of strings (`articles.boilerplate`, `events.source` and `target`).
pub(crate) fn strings_json(v: &[String]) -> serde_json::Result<JsonText> {
    let mut out = JsonOut::with_capacity(2 + v.iter().map(|s| s.len() + 3).sum::<usize>());
    out.strs(v)?;
    Ok(out.finish())
}

/// The date an event is placed at for merging and filtering: its own, else (for a current
/// event) the article's publication date.
pub(crate) fn effective_date(e: &Event, published: Option<&DateValue>) -> Option<DateValue> {
    report_date(e.date.as_ref(), e.historical, published)
}

/// [`effective_date`] from a report's own date, whether it is a recap, and its article's
/// publication date (what `event_sources` and `articles` keep of them).
pub(crate) fn report_date(
    own: Option<&DateValue>,
    historical: bool,
    published: Option<&DateValue>,
) -> Option<DateValue> {
    match own {
        Some(d) if !d.is_unknown() => Some(d.clone()),
        _ if !historical => published.filter(|p| !p.is_unknown()).cloned(),
        _ => None,
    }
}

/// Entity records already upserted through this connection, as written: the same record again
/// (the lexicon gives one record per id) needs no second upsert. Kept by id, each id with the
/// distinct records written for it, so that checking an article's entities builds no key.
#[derive(Debug, Default)]
pub(crate) struct WrittenEntities {
    by_id: HashMap<String, Vec<WrittenEntity>>,
}

/// An entity record as upserted (coordinates by their bits: equal exactly when written equal).
#[derive(Debug, PartialEq)]
pub(crate) struct WrittenEntity {
    kind: String,
    name_en: String,
    lat: Option<u64>,
    lon: Option<u64>,
    precision: Option<String>,
}

impl WrittenEntity {
    fn matches(&self, e: &EntityInfo) -> bool {
        self.kind == e.kind
            && self.name_en == e.name_en
            && self.lat == e.lat.map(f64::to_bits)
            && self.lon == e.lon.map(f64::to_bits)
            && self.precision == e.precision
    }
}

impl WrittenEntities {
    pub(crate) fn new() -> WrittenEntities {
        WrittenEntities::default()
    }

    pub(crate) fn clear(&mut self) {
        self.by_id.clear();
    }

    /// Records `e` as written; false when this very record was written already.
    pub(crate) fn insert(&mut self, e: &EntityInfo) -> bool {
        let record = || WrittenEntity {
            kind: e.kind.clone(),
            name_en: e.name_en.clone(),
            lat: e.lat.map(f64::to_bits),
            lon: e.lon.map(f64::to_bits),
            precision: e.precision.clone(),
        };
        match self.by_id.get_mut(e.id.as_str()) {
            Some(records) if records.iter().any(|r| r.matches(e)) => false,
            Some(records) => {
                records.push(record());
                true
            }
            None => {
                self.by_id.insert(e.id.clone(), vec![record()]);
                true
            }
        }
    }
}

/// The order in which [`write_events`] merges reports. The merge is greedy (a report joins the
/// best event known when it comes), so the events it makes depend on this order.
#[derive(Clone, Copy)]
pub(crate) enum MergeOrder<'h> {
    /// As they come: article by article, each article's events in its order (an ingest).
    Arrival,
    /// One that does not depend on the order the articles were stored in (a re-analysis): the
    /// most precise dates first (day, range, month, year, undated: events form around days and
    /// coarser reports join them), then by date, reports with only a place after the others
    /// ([`crate::merge::ReportParties::only_placed`]), then by the article's content hash (from
    /// `articles.content_hash`, by article id), then by the event's place in its article.
    Canonical(&'h HashMap<i64, Vec<u8>>),
}

/// A report as merged: the event it joined, its article, the event as coded, its JSON record.
pub(crate) struct Report<'a> {
    pub(crate) event_id: i64,
    pub(crate) article_id: i64,
    pub(crate) event: &'a Event,
    pub(crate) record: &'a JsonText,
    pub(crate) place: Option<&'a str>,
}

impl Report<'_> {
    /// `event_sources.sentence_start`, `sentence_end`.
    pub(crate) fn sentence(&self) -> (i64, i64) {
        (self.event.span.start as i64, self.event.span.end as i64)
    }

    /// `event_sources.date`: the report's own date value.
    pub(crate) fn date(&self) -> Option<&str> {
        self.event.date.as_ref().and_then(|d| d.value.as_deref())
    }

    /// `event_sources.precision`.
    pub(crate) fn precision(&self) -> &'static str {
        self.event.date.as_ref().map(|d| d.precision).unwrap_or(Precision::Unknown).as_str()
    }
}

/// An `events` row to write: a new event (insert) or a changed one (update; its dates only when
/// `dates_changed`, the dates being indexed).
pub(crate) struct EventRowOut {
    pub(crate) id: i64,
    pub(crate) is_new: bool,
    pub(crate) dates_changed: bool,
    pub(crate) kind: &'static str,
    pub(crate) mode: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) precision: &'static str,
    pub(crate) date_lo: Option<i64>,
    pub(crate) date_hi: Option<i64>,
    pub(crate) place: Option<String>,
    pub(crate) lat: Option<f64>,
    pub(crate) lon: Option<f64>,
    pub(crate) geo_precision: Option<String>,
    pub(crate) source: JsonText,
    pub(crate) target: JsonText,
    pub(crate) negated: bool,
    pub(crate) reported_as: &'static str,
    pub(crate) historical: bool,
    pub(crate) confidence: f64,
    pub(crate) n_sources: i64,
    pub(crate) first_article: i64,
}

/// What merging a batch's reports gives a store to write: each new or changed event row once (in
/// order of first change), the reports (`event_sources`, in merge order) and the new entity links.
pub(crate) struct Merged<'a> {
    pub(crate) events: Vec<EventRowOut>,
    pub(crate) reports: Vec<Report<'a>>,
    pub(crate) links: Vec<(i64, String, Role)>,
}

/// Merges the events of a batch's articles (in `order`) into the known events; the known events
/// then hold them as written (nothing new or dirty), so the caller must write what this returns
/// in the same transaction, and drop `known` if that transaction fails.
pub(crate) fn merge_reports<'a>(
    known: &mut KnownEvents,
    articles: impl Iterator<Item = (i64, &'a Analysis, &'a PreparedRows<'a>)>,
    order: MergeOrder<'_>,
) -> Result<Merged<'a>> {
    /// A report before it is merged: its key, its date, its place in its article.
    struct Pending<'a> {
        report: Report<'a>,
        key: EventKey,
        date: Option<DateValue>,
        index: usize,
    }
    let mut pending: Vec<Pending<'a>> = Vec::new();
    for (article_id, a, rows) in articles {
        let places: HashMap<&str, &EntityInfo> =
            a.entities.iter().filter(|e| e.is_place()).map(|e| (e.id.as_str(), e)).collect();
        for (index, (e, record)) in a.events.iter().zip(&rows.event_records).enumerate() {
            let date = effective_date(e, a.published.as_ref());
            let place_id = e.place.as_deref().or_else(|| e.places.first().map(String::as_str));
            let place = place_id.and_then(|p| places.get(p));
            let key = EventKey {
                kind: e.kind,
                negated: e.negated,
                days: date.as_ref().and_then(day_bounds),
                precision: date.as_ref().map(|d| d.precision).unwrap_or(Precision::Unknown),
                place: place_id.map(str::to_string),
                coords: place.and_then(|p| Some((p.lat?, p.lon?))),
                geo_precision: place.and_then(|p| p.precision.clone()),
                source: e.source.clone(),
                target: e.target.clone(),
            };
            let report = Report { event_id: 0, article_id, event: e, record, place: place_id };
            pending.push(Pending { report, key, date, index });
        }
    }
    if let MergeOrder::Canonical(hashes) = order {
        let no_hash: &[u8] = &[];
        pending.sort_by_cached_key(|p| {
            let precision = if p.key.days.is_some() { precision_rank(p.key.precision) } else { 0 };
            let hash = hashes.get(&p.report.article_id).map_or(no_hash, Vec::as_slice);
            // A report with only its place (no actor, no date but its article's) comes after the
            // others of its day: it joins the one event it can be, so it must see them all.
            let e = p.report.event;
            let only_placed =
                e.source.is_empty() && e.target.is_empty() && e.date.as_ref().is_none_or(|d| d.is_unknown());
            (std::cmp::Reverse(precision), p.key.days, only_placed, hash, p.index)
        });
    }
    let mut reports: Vec<Report<'a>> = Vec::with_capacity(pending.len());
    let mut links: Vec<(i64, String, Role)> = Vec::new();
    for Pending { mut report, key, date, .. } in pending {
        let (event_id, added) = known.merge(report.article_id, key, date.as_ref(), report.event);
        report.event_id = event_id;
        reports.push(report);
        links.extend(added.into_iter().map(|(name, role)| (event_id, name, role)));
    }
    let dirty = known.take_dirty();
    let mut events = Vec::with_capacity(dirty.len());
    for &id in &dirty {
        let ev = known.get_mut(id).expect("a changed event is known");
        let k = &ev.key;
        events.push(EventRowOut {
            id,
            is_new: ev.is_new,
            dates_changed: ev.dates_changed,
            kind: k.kind.as_str(),
            mode: ev.mode.clone(),
            date: ev.date.clone(),
            precision: k.precision.as_str(),
            date_lo: k.days.map(|d| d.0),
            date_hi: k.days.map(|d| d.1),
            place: k.place.clone(),
            lat: k.coords.map(|c| c.0),
            lon: k.coords.map(|c| c.1),
            geo_precision: k.geo_precision.clone(),
            source: strings_json(&k.source)?,
            target: strings_json(&k.target)?,
            negated: k.negated,
            reported_as: reported_str(ev.reported_as),
            historical: ev.historical,
            confidence: ev.confidence,
            n_sources: ev.n_sources,
            first_article: ev.first_article,
        });
        ev.is_new = false;
        ev.dirty = false;
        ev.dates_changed = false;
    }
    for id in dirty {
        known.forget_undated(id);
    }
    Ok(Merged { events, reports, links })
}

/// A dated `events` row as read back for the merge.
pub(crate) struct StoredEvent {
    pub(crate) id: i64,
    pub(crate) kind: String,
    pub(crate) mode: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) precision: String,
    pub(crate) date_lo: i64,
    pub(crate) date_hi: i64,
    pub(crate) place: Option<String>,
    pub(crate) lat: Option<f64>,
    pub(crate) lon: Option<f64>,
    pub(crate) geo_precision: Option<String>,
    pub(crate) source: String,
    pub(crate) target: String,
    pub(crate) negated: bool,
    pub(crate) reported_as: String,
    pub(crate) historical: bool,
    pub(crate) confidence: f64,
    pub(crate) n_sources: i64,
    pub(crate) first_article: i64,
}

impl StoredEvent {
    /// Loads the event into `known` (its reports follow through [`load_report`]).
    pub(crate) fn load_into(self, known: &mut KnownEvents) -> Result<()> {
        let id = self.id;
        let kind = EventType::parse(&self.kind).ok_or_else(|| Error::Corrupt {
            what: format!("events.kind of {id}"),
            message: self.kind.clone(),
        })?;
        let event = KnownEvent {
            key: EventKey {
                kind,
                negated: self.negated,
                days: Some((self.date_lo, self.date_hi)),
                precision: parse_precision(&self.precision),
                place: self.place,
                coords: self.lat.zip(self.lon),
                geo_precision: self.geo_precision,
                source: serde_json::from_str(&self.source)?,
                target: serde_json::from_str(&self.target)?,
            },
            // Filled by the reports.
            reports: ReportDays::default(),
            parties: Vec::new(),
            date: self.date,
            mode: self.mode,
            reported_as: parse_reported(&self.reported_as),
            historical: self.historical,
            confidence: self.confidence,
            n_sources: self.n_sources,
            first_article: self.first_article,
            links: Vec::new(),
            is_new: false,
            dirty: false,
            dates_changed: false,
        };
        known.load_event(id, event);
        Ok(())
    }
}

/// Loads an `event_entities` row into `known`.
pub(crate) fn load_link(known: &mut KnownEvents, event_id: i64, entity: &str, role: &str) -> Result<()> {
    let role = Role::parse(role)
        .ok_or_else(|| Error::Corrupt { what: "event_entities.role".into(), message: role.to_string() })?;
    known.load_link(event_id, entity, role);
    Ok(())
}

/// Loads a report's date as the merge placed it (`report_date`: its own, else its article's
/// publication date unless it is a recap) from its `event_sources` and `articles` columns.
pub(crate) fn load_report(
    known: &mut KnownEvents,
    event_id: i64,
    own: Option<DateValue>,
    historical: bool,
    published: Option<DateValue>,
) {
    if let Some(date) = report_date(own.as_ref(), historical, published.as_ref()) {
        if let Some(days) = day_bounds(&date) {
            known.load_report(event_id, days, date.precision);
        }
    }
}

/// Actor ids as a report's record holds them (a JSON array), none when absent.
pub(crate) fn actor_ids(json: Option<&str>) -> Result<Vec<String>> {
    Ok(json.map(serde_json::from_str).transpose()?.unwrap_or_default())
}

/// A date column and its precision column as read: a value only when the column holds one.
pub(crate) fn stored_date(value: Option<String>, precision: &str) -> Option<DateValue> {
    value.map(|v| DateValue { value: Some(v), precision: parse_precision(precision) })
}

/// An `event_sources` row joined with its article, as read for an event's sources.
pub(crate) struct SourceRow {
    pub(crate) event_id: i64,
    pub(crate) article_id: i64,
    pub(crate) doc: String,
    pub(crate) title: String,
    pub(crate) outlet: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) published: Option<DateValue>,
    pub(crate) local_id: String,
    pub(crate) record: String,
    pub(crate) evidence: String,
    /// The first report of its type coded from its sentence (the toll goes to it alone).
    pub(crate) first: bool,
}

/// The columns of an article its reports need once per article, not once per report (see
/// [`group_sources`]): (`articles.id`, `articles.entities`, `articles.ingested_at`).
pub(crate) type ArticleExtras = (i64, String, Option<String>);

/// What the reports of one article on a page share: its entities, parsed when a report first
/// asks for its actors' words, and when it was stored.
struct PageArticle {
    entities: String,
    named: std::cell::OnceCell<NamedEntities>,
    stored_at: Option<String>,
}

impl SourceRow {
    /// The source as an event lists it (`article`: its article's shared columns).
    fn into_source(self, article: Option<&PageArticle>) -> Result<EventSource> {
        let mut e: Event = serde_json::from_str(&self.record)?;
        // Records written since the evidence got its own column only leave it out of the JSON;
        // older records carry it in both.
        if e.evidence.is_empty() {
            e.evidence = self.evidence;
        }
        let actors = e.source.iter().chain(&e.target);
        let mentions = match article {
            Some(a) if actors.clone().next().is_some() => {
                mentions_in(a.named.get_or_init(|| NamedEntities::parse(&a.entities)), &e.evidence, actors)
            }
            _ => BTreeMap::new(),
        };
        Ok(EventSource {
            article_id: self.article_id,
            doc: self.doc,
            title: self.title,
            outlet: self.outlet,
            // Stores written before addresses were checked on the way in may hold any.
            url: self.url.filter(|u| crate::records::web_address(u).is_some()),
            published: self.published,
            local_id: self.local_id,
            sentence: e.span,
            // A sentence's toll goes to the first event of each type coded from it, so one toll
            // is summed once (see `fatalities`).
            fatalities: if self.first { stated_fatalities(e.kind, &e.evidence) } else { None },
            mentions,
            stored_at: article.and_then(|a| a.stored_at.clone()),
            evidence: e.evidence,
            trigger: e.trigger,
            date: e.date,
            place: e.place.or_else(|| e.places.first().cloned()),
            source: e.source,
            target: e.target,
            mode: e.mode,
            reported_as: e.reported_as,
            negated: e.negated,
            historical: e.historical,
            rule: e.rule,
            confidence: e.confidence,
        })
    }
}

/// Groups source rows (read in event order, then report order) by event. `articles` reads the
/// [`ArticleExtras`] of the given article ids in one query: a page's reports come from far fewer
/// articles (133 reports of 14 articles on a page of 100 events of the bench's store), and
/// reading `articles.entities` (a few KB of JSON) with each report and parsing it again for
/// each doubled `GET /api/events`'s time in session 18.
pub(crate) fn group_sources(
    rows: Vec<SourceRow>,
    articles: impl FnOnce(&[i64]) -> Result<Vec<ArticleExtras>>,
) -> Result<HashMap<i64, Vec<EventSource>>> {
    let ids: BTreeSet<i64> = rows.iter().map(|r| r.article_id).collect();
    let ids: Vec<i64> = ids.into_iter().collect();
    let shared: HashMap<i64, PageArticle> = if ids.is_empty() {
        HashMap::new()
    } else {
        articles(&ids)?
            .into_iter()
            .map(|(id, entities, stored_at)| {
                (id, PageArticle { entities, named: std::cell::OnceCell::new(), stored_at })
            })
            .collect()
    };
    let mut out: HashMap<i64, Vec<EventSource>> = HashMap::new();
    for row in rows {
        let (event_id, article) = (row.event_id, shared.get(&row.article_id));
        out.entry(event_id).or_default().push(row.into_source(article)?);
    }
    Ok(out)
}

/// An `events` row as listed (with its place's name).
#[derive(Clone)]
pub(crate) struct EventRow {
    pub(crate) id: i64,
    pub(crate) kind: String,
    pub(crate) mode: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) precision: String,
    pub(crate) place: Option<String>,
    pub(crate) lat: Option<f64>,
    pub(crate) lon: Option<f64>,
    pub(crate) geo_precision: Option<String>,
    pub(crate) source: String,
    pub(crate) target: String,
    pub(crate) negated: bool,
    pub(crate) reported_as: String,
    pub(crate) historical: bool,
    pub(crate) confidence: f64,
    pub(crate) place_name: Option<String>,
}

/// `rows` in the order of `ids` (the order a caller asked for them; SQL's `IN` keeps none).
pub(crate) fn in_order_of(ids: &[i64], rows: Vec<EventRow>) -> Vec<EventRow> {
    let by_id: HashMap<i64, EventRow> = rows.into_iter().map(|r| (r.id, r)).collect();
    ids.iter().filter_map(|id| by_id.get(id).cloned()).collect()
}

/// The columns [`EventRow`] is read from, in its order (`e` is `events`, `n` its place's entity).
pub(crate) const EVENT_COLUMNS: &str =
    "e.id, e.kind, e.mode, e.date, e.precision, e.place, e.lat, e.lon, e.geo_precision,
     e.source, e.target, e.negated, e.reported_as, e.historical, e.confidence, n.name_en";

/// Completes a page of event rows with actor names and sources: `sources` reads the sources of
/// the page's events and `names` the English names of the actors, one query each for the whole
/// page, whatever its length (one per event and per actor made a page of 100 cost hundreds of
/// milliseconds on a store of 40k events).
pub(crate) fn finish_events(
    rows: Vec<EventRow>,
    sources: impl FnOnce(&[i64]) -> Result<HashMap<i64, Vec<EventSource>>>,
    names: impl FnOnce(&BTreeSet<&str>) -> Result<HashMap<String, (String, String)>>,
) -> Result<Vec<EventRecord>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut sources = sources(&ids)?;
    let actors = rows
        .iter()
        .map(|r| Ok((serde_json::from_str(&r.source)?, serde_json::from_str(&r.target)?)))
        .collect::<Result<Vec<(Vec<String>, Vec<String>)>>>()?;
    let wanted: BTreeSet<&str> =
        actors.iter().flat_map(|(s, t)| s.iter().chain(t)).map(String::as_str).collect();
    let known = names(&wanted)?;
    rows.into_iter()
        .zip(actors)
        .map(|(row, (source, target))| {
            let kind = EventType::parse(&row.kind)
                .ok_or_else(|| Error::Corrupt { what: "events.kind".into(), message: row.kind.clone() })?;
            let place = row.place.map(|id| PlaceRef {
                name_en: row.place_name.unwrap_or_else(|| id.clone()),
                id,
                lat: row.lat,
                lon: row.lon,
                precision: row.geo_precision,
            });
            let stored = |pick: fn(&(String, String)) -> &String| {
                source
                    .iter()
                    .chain(&target)
                    .filter_map(|id| known.get(id).map(|n| (id.clone(), pick(n).clone())))
                    .collect::<BTreeMap<_, _>>()
            };
            let (names, kinds) = (stored(|n| &n.0), stored(|n| &n.1));
            Ok(EventRecord {
                id: row.id,
                kind,
                mode: row.mode,
                date: date_value(row.date, row.precision),
                place,
                source,
                target,
                names,
                kinds,
                negated: row.negated,
                reported_as: parse_reported(&row.reported_as),
                historical: row.historical,
                confidence: row.confidence as f32,
                sources: sources.remove(&row.id).unwrap_or_default(),
            })
        })
        .collect()
}

/// A statement parameter of an event filter.
#[derive(Debug)]
pub(crate) enum SqlValue {
    Integer(i64),
    Real(f64),
    Text(String),
}

/// How a store's SQL writes what [`event_where`] needs.
pub(crate) struct Dialect {
    /// The `n`th parameter (from 1): `?1` or `$1`.
    pub(crate) param: fn(usize) -> String,
    /// A false flag column's value: `0` or `false`.
    pub(crate) falsy: &'static str,
}

/// SQL `WHERE` clause and parameters for an event filter (without the text filter);
/// `text_articles` (from a search) keeps the events these articles report.
pub(crate) fn event_where(
    f: &Filter,
    text_articles: Option<&[i64]>,
    places: &crate::places::PlaceTree,
    dialect: &Dialect,
) -> Result<(String, Vec<SqlValue>)> {
    let p = dialect.param;
    let mut clauses = vec!["1=1".to_string()];
    let mut params: Vec<SqlValue> = Vec::new();
    if let Some(from) = &f.from {
        let (lo, _) = parse_filter_date(from)
            .ok_or_else(|| Error::BadFilter { name: "from", message: format!("{from:?} is not a date") })?;
        params.push(SqlValue::Integer(lo));
        clauses.push(format!("e.date_hi >= {}", p(params.len())));
    }
    if let Some(to) = &f.to {
        let (_, hi) = parse_filter_date(to)
            .ok_or_else(|| Error::BadFilter { name: "to", message: format!("{to:?} is not a date") })?;
        params.push(SqlValue::Integer(hi));
        clauses.push(format!("e.date_lo <= {}", p(params.len())));
    }
    if !f.kinds.is_empty() {
        let mut any = Vec::with_capacity(f.kinds.len());
        for kind in &f.kinds {
            params.push(SqlValue::Text(kind.as_str().into()));
            any.push(p(params.len()));
        }
        clauses.push(format!("e.kind IN ({})", any.join(", ")));
    }
    if let Some(actor) = &f.actor {
        params.push(SqlValue::Text(actor.clone()));
        clauses.push(format!(
            "e.id IN (SELECT event_id FROM event_entities WHERE entity_id = {} AND role != 'place')",
            p(params.len())
        ));
    }
    if let Some(place) = &f.place {
        // Where the event happened (not every place its sentences name: a summit in Tehran on
        // Idlib is not in Idlib), at the place or inside it (see `crate::places`).
        let mut any = Vec::new();
        for id in places.within(place) {
            params.push(SqlValue::Text(id));
            any.push(p(params.len()));
        }
        clauses.push(format!("e.place IN ({})", any.join(", ")));
    }
    let mut bbox = f.bbox;
    if let Some(n) = f.near {
        // A box around the circle for the index; the exact distance is checked after.
        let dlat = n.km / 111.0;
        let dlon = n.km / (111.0 * n.lat.to_radians().cos().max(0.01));
        bbox = Some([n.lon - dlon, n.lat - dlat, n.lon + dlon, n.lat + dlat]);
    }
    if let Some([min_lon, min_lat, max_lon, max_lat]) = bbox {
        for v in [min_lat, max_lat, min_lon, max_lon] {
            params.push(SqlValue::Real(v));
        }
        let n = params.len();
        clauses.push(format!(
            "e.lat BETWEEN {} AND {} AND e.lon BETWEEN {} AND {}",
            p(n - 3),
            p(n - 2),
            p(n - 1),
            p(n)
        ));
    }
    let x = f.exclude;
    let falsy = dialect.falsy;
    for (out, clause) in [
        (x.historical, format!("e.historical = {falsy}")),
        (x.negated, format!("e.negated = {falsy}")),
        (x.hypothetical, "e.reported_as != 'hypothetical'".to_string()),
        (x.plan, "e.reported_as != 'plan'".to_string()),
    ] {
        if out {
            clauses.push(clause);
        }
    }
    if let Some(ids) = text_articles {
        let list = ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",");
        // An empty list is no article (`IN ()` is not SQL everywhere).
        let list = if list.is_empty() { "NULL".to_string() } else { list };
        clauses.push(format!("e.id IN (SELECT event_id FROM event_sources WHERE article_id IN ({list}))"));
    }
    Ok((clauses.join(" AND "), params))
}

/// The ORDER BY of an event list.
pub(crate) fn event_order(f: &Filter) -> &'static str {
    if f.newest_first {
        "e.date_lo IS NULL, e.date_lo DESC, e.id DESC"
    } else {
        "e.date_lo IS NULL, e.date_lo, e.id"
    }
}

/// Whether an event row at (`lat`, `lon`) lies in the filter's circle (always, without one).
pub(crate) fn in_circle(f: &Filter, lat: Option<f64>, lon: Option<f64>) -> bool {
    match (f.near, lat, lon) {
        (None, _, _) => true,
        (Some(n), Some(lat), Some(lon)) => crate::merge::haversine_km((n.lat, n.lon), (lat, lon)) <= n.km,
        _ => false,
    }
}

/// The offset of a page as the stores count (i64): a larger one is refused with a clear error.
pub(crate) fn page_offset(page: PageRequest) -> Result<i64> {
    i64::try_from(page.offset).map_err(|_| Error::BadFilter {
        name: "offset",
        message: format!("{} is more than the store can skip (at most {})", page.offset, i64::MAX),
    })
}

/// The places of `places` (id, lat, lon) within a circle.
pub(crate) fn within(near: Near, places: impl IntoIterator<Item = (String, f64, f64)>) -> Vec<String> {
    places
        .into_iter()
        .filter(|(_, lat, lon)| crate::merge::haversine_km((near.lat, near.lon), (*lat, *lon)) <= near.km)
        .map(|(id, _, _)| id)
        .collect()
}

/// An article's index document from its columns (`kinds`: its events' types, comma-separated).
#[allow(clippy::too_many_arguments)]
pub(crate) fn index_doc(
    id: i64,
    title: String,
    body: String,
    outlet: Option<String>,
    published: Option<DateValue>,
    entities: &str,
    duplicate_of: Option<i64>,
    kinds: Option<String>,
) -> Result<crate::store::IndexDoc> {
    let entities: Vec<EntityInfo> = serde_json::from_str(entities)?;
    Ok(crate::store::IndexDoc {
        id,
        title,
        body,
        outlet,
        published: published.filter(|p| !p.is_unknown()),
        actors: entities.iter().filter(|e| !e.is_place()).map(|e| e.id.clone()).collect(),
        places: entities.iter().filter(|e| e.is_place()).map(|e| e.id.clone()).collect(),
        event_types: kinds.map(|k| k.split(',').map(str::to_string).collect()).unwrap_or_default(),
        duplicate_of,
    })
}

/// An `articles` row as read for [`crate::Store::get_article`].
pub(crate) struct ArticleRow {
    pub(crate) input: crate::input::ArticleInput,
    pub(crate) body: String,
    pub(crate) boilerplate: String,
    pub(crate) deobfuscated: String,
    pub(crate) entities: String,
    pub(crate) duplicate_of: Option<i64>,
    pub(crate) similarity: Option<f64>,
    pub(crate) dates: String,
}

impl ArticleRow {
    /// The article record, its spans found again in the body; `event_ids` are its events.
    pub(crate) fn into_record(self, id: i64, event_ids: Vec<i64>) -> Result<ArticleRecord> {
        let ArticleRow { input, body, boilerplate, deobfuscated, entities, duplicate_of, similarity, dates } =
            self;
        let entities: Vec<EntityInfo> = serde_json::from_str(&entities)?;
        let spans = article_spans(&body, &dates, &entities)?;
        let boilerplate: Vec<String> = serde_json::from_str(&boilerplate)?;
        let deobfuscated: Vec<crate::input::Deobfuscated> = serde_json::from_str(&deobfuscated)?;
        Ok(ArticleRecord {
            id,
            doc: input.doc,
            title: input.title,
            author: input.author,
            outlet: input.outlet,
            url: input.url.filter(|u| crate::records::web_address(u).is_some()),
            published: input.published,
            source_path: input.source_path,
            raw: input.body,
            body,
            boilerplate,
            deobfuscated,
            duplicate_of: duplicate_of.map(|d| (d, similarity.unwrap_or(0.0))),
            spans,
            entities,
            event_ids,
        })
    }
}

/// The publication date an article row is written with: the analysis's, else the input's.
pub(crate) fn published_of(a: &crate::store::NewArticle) -> Option<DateValue> {
    a.analysis.published.clone().or_else(|| a.input.published.clone()).filter(|p| !p.is_unknown())
}

/// The address an article row keeps: only one that names one page (`articles.url` is unique: it
/// tells a copy, and a relative link such as a feed's `/news/1` names no page a reader could open,
/// while two sites' `/news/1` made the second article's insert fail the whole batch).
pub(crate) fn kept_url(input: &crate::input::ArticleInput) -> Option<&str> {
    input.url.as_deref().and_then(|u| {
        let kept = crate::records::web_address(u).filter(|u| crate::records::names_one_page(u));
        if kept.is_none() {
            tracing::warn!("{}: address {u:?} not kept: not an absolute http(s) address", input.doc);
        }
        kept
    })
}

/// The stored id of the original a near-duplicate points to (`earlier`: the ids given to the
/// batch's articles before it).
pub(crate) fn original_id(a: &crate::store::NewArticle, earlier: &[i64]) -> Result<Option<i64>> {
    use crate::store::Original;
    Ok(match a.duplicate_of {
        Some((Original::Stored(id), _)) => Some(id),
        Some((Original::Batch(i), _)) => Some(*earlier.get(i).ok_or_else(|| Error::Corrupt {
            what: "batch".into(),
            message: format!("near-duplicate points to batch item {i}, which comes after it"),
        })?),
        None => None,
    })
}
