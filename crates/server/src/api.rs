//! The `/api` handlers: parse, call the backend on the blocking pool, answer JSON.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::backend::{ArticleFormat, Backend, BackendError, BackendResult, ExportFormat, NewArticle};
use crate::error::ApiError;
use crate::params;

/// The backend every handler shares.
pub type Shared = Arc<dyn Backend>;

type Pairs = Query<Vec<(String, String)>>;

/// Runs `call` on the blocking pool; a panic inside it becomes a 500 for this request only.
async fn off_workers<T: Send + 'static>(
    call: impl FnOnce() -> BackendResult<T> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(call).await {
        Ok(result) => result.map_err(ApiError::from),
        Err(err) => Err(ApiError::internal(format!("the data layer failed on this request: {err}"))),
    }
}

/// Runs a blocking backend call off the async workers; a panic inside it
/// becomes a 500 for this request only. A read that failed because the store's connection was
/// lost (its PostgreSQL server restarted) is made once more on a new connection; a store that
/// cannot be reached answers 503.
async fn blocking<T: Send + 'static>(
    backend: &Shared,
    call: impl Fn(&dyn Backend) -> BackendResult<T> + Send + 'static,
) -> Result<T, ApiError> {
    let backend = backend.clone();
    let read = move || {
        let b = backend.as_ref();
        match call(b) {
            Err(BackendError::Other(e)) => match b.reconnect()? {
                true => call(b),
                false => Err(BackendError::Other(e)),
            },
            answer => answer,
        }
    };
    off_workers(read).await
}

/// As [`blocking`], for a write: made on a connection checked first (reconnected when it was
/// lost), never made twice. A write whose connection is lost midway answers 503: whether it was
/// stored is unknown, and posting it again is safe (what was stored is found as a duplicate).
async fn blocking_write<T: Send + 'static>(
    backend: &Shared,
    call: impl FnOnce(&dyn Backend) -> BackendResult<T> + Send + 'static,
) -> Result<T, ApiError> {
    let backend = backend.clone();
    let write = move || {
        let b = backend.as_ref();
        b.reconnect()?;
        match call(b) {
            Err(BackendError::Other(e)) => match b.reconnect()? {
                true => Err(BackendError::Unavailable(format!(
                    "the connection to the store was lost while storing ({e:#}): post the article again \
                     (if it was stored, it is answered as a duplicate)"
                ))),
                false => Err(BackendError::Other(e)),
            },
            answer => answer,
        }
    };
    off_workers(write).await
}

/// `GET /api/health`.
pub async fn health(State(b): State<Shared>) -> Result<Response, ApiError> {
    let name = b.name();
    let counts = blocking(&b, |b| b.counts()).await?;
    Ok(Json(json!({ "status": "ok", "backend": name, "articles": counts.articles, "events": counts.events }))
        .into_response())
}

/// `GET /api/events?from&to&type&actor&place&bbox&q&offset&limit`.
pub async fn events(State(b): State<Shared>, Query(pairs): Pairs) -> Result<Response, ApiError> {
    let q = params::event_query(&pairs).map_err(ApiError::bad_request)?;
    let page = blocking(&b, move |b| b.events(&q)).await?;
    Ok(Json(page).into_response())
}

/// `GET /api/points`: every located event matching the filters, compact, for map and timeline.
pub async fn points(State(b): State<Shared>, Query(pairs): Pairs) -> Result<Response, ApiError> {
    let q = params::points_query(&pairs).map_err(ApiError::bad_request)?;
    let body = blocking(&b, move |b| b.points_json(&q)).await?;
    let mut resp = body.as_ref().clone().into_response();
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(resp)
}

/// `GET /api/events/{id}`.
pub async fn event(State(b): State<Shared>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let key = id.clone();
    match blocking(&b, move |b| b.event(&key)).await? {
        Some(detail) => Ok(Json(detail).into_response()),
        None => Err(ApiError::not_found(format!("no event with id '{id}'"))),
    }
}

/// `GET /api/articles/{id}`.
pub async fn article(State(b): State<Shared>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let key = id.clone();
    match blocking(&b, move |b| b.article(&key)).await? {
        Some(view) => Ok(Json(view).into_response()),
        None => Err(ApiError::not_found(format!("no article with id '{id}'"))),
    }
}

/// `GET /api/search?q&from&to&type&actor&place&bbox&offset&limit`.
pub async fn search(State(b): State<Shared>, Query(pairs): Pairs) -> Result<Response, ApiError> {
    let q = params::search_query(&pairs).map_err(ApiError::bad_request)?;
    let text = q.q.clone().unwrap_or_default();
    let page = blocking(&b, move |b| b.search(&q)).await?;
    // `total` counts every matching article, not only this page's.
    Ok(Json(crate::SearchResults::new(&text, page)).into_response())
}

/// `GET /api/actors`.
pub async fn actors(State(b): State<Shared>) -> Result<Response, ApiError> {
    let list = blocking(&b, |b| b.actors()).await?;
    Ok(Json(list).into_response())
}

/// `GET /api/places`.
pub async fn places(State(b): State<Shared>) -> Result<Response, ApiError> {
    let list = blocking(&b, |b| b.places()).await?;
    Ok(Json(list).into_response())
}

/// `GET /api/roads`: the lexicon's road lines as a GeoJSON FeatureCollection of LineStrings.
pub async fn roads(State(b): State<Shared>) -> Result<Response, ApiError> {
    let roads = blocking(&b, |b| b.roads()).await?;
    let features: Vec<serde_json::Value> = roads
        .iter()
        .map(|r| {
            // GeoJSON is (lon, lat); the lexicon keeps (lat, lon).
            let coordinates: Vec<[f64; 2]> = r.line.iter().map(|&(lat, lon)| [lon, lat]).collect();
            json!({
                "type": "Feature",
                "id": r.id,
                "geometry": { "type": "LineString", "coordinates": coordinates },
                "properties": { "id": r.id, "name_ar": r.name_ar, "name_en": r.name_en },
            })
        })
        .collect();
    let mut resp = Json(json!({ "type": "FeatureCollection", "features": features })).into_response();
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/geo+json"));
    Ok(resp)
}

async fn export(b: Shared, pairs: Vec<(String, String)>, format: ExportFormat) -> Result<Response, ApiError> {
    let q = params::export_query(&pairs).map_err(ApiError::bad_request)?;
    let bytes = blocking(&b, move |b| b.export(&q, format)).await?;
    let disposition = format!("attachment; filename=\"marsad-events.{}\"", format.extension());
    let mut resp = bytes.into_response();
    let headers = resp.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(resp)
}

/// `GET /api/export.csv`.
pub async fn export_csv(State(b): State<Shared>, Query(p): Pairs) -> Result<Response, ApiError> {
    export(b, p, ExportFormat::Csv).await
}

/// `GET /api/export.geojson`.
pub async fn export_geojson(State(b): State<Shared>, Query(p): Pairs) -> Result<Response, ApiError> {
    export(b, p, ExportFormat::GeoJson).await
}

/// `GET /api/export.jsonl`.
pub async fn export_jsonl(State(b): State<Shared>, Query(p): Pairs) -> Result<Response, ApiError> {
    export(b, p, ExportFormat::Jsonl).await
}

/// `POST /api/articles`: by `Content-Type`, plain text, an HTML page, a JSON article record as a
/// line of a JSON Lines file gives it (`{"id"?, "text"|"html", "title"?, "url"?, "outlet"?,
/// "published"|"date"?}`, other fields ignored), or an RSS/Atom feed (one article per item). Text
/// that is a feed, a page or a JSON record is read as one, never stored as markup.
///
/// One article answers its [`crate::IngestOutcome`] (400 when it cannot be stored); a feed answers
/// `{"articles": [outcome, …], "new": n, "failed": f}`, an outcome per item in feed order: an item
/// that cannot be stored (a headline with no text) is `"status": "failed"` with its `reason`, and the
/// items after it are stored all the same. 201 when any item was new, 200 when none was new but
/// some were stored before, 400 (with the same list) only when no item could be stored at all.
pub async fn ingest(State(b): State<Shared>, headers: HeaderMap, body: Bytes) -> Result<Response, ApiError> {
    let article = new_article(&headers, &body)?;
    let feed = article.format == ArticleFormat::Feed;
    let outcomes = blocking_write(&b, move |b| b.ingest(article)).await?;
    let count = |status: &str| outcomes.iter().filter(|o| o.status == status).count();
    let (new, failed) = (count("new"), count("failed"));
    let status = if new > 0 { StatusCode::CREATED } else { StatusCode::OK };
    if feed {
        if failed == outcomes.len() {
            let message = "no item of the feed could be stored (each one's reason is in 'articles')";
            let body = json!({
                "error": message, "status": StatusCode::BAD_REQUEST.as_u16(),
                "articles": outcomes, "new": 0, "failed": failed,
            });
            return Ok((StatusCode::BAD_REQUEST, Json(body)).into_response());
        }
        let body = json!({ "articles": outcomes, "new": new, "failed": failed });
        return Ok((status, Json(body)).into_response());
    }
    match <[_; 1]>::try_from(outcomes) {
        Ok([one]) if one.status == "failed" => Err(ApiError::bad_request(format!(
            "cannot ingest the article: {}",
            one.reason.as_deref().unwrap_or("unknown reason")
        ))),
        Ok([one]) => Ok((status, Json(one)).into_response()),
        Err(all) => Err(ApiError::internal(format!("one article posted, {} stored", all.len()))),
    }
}

/// The feed content types (`application/xml` and `text/xml` may also carry an XHTML page).
const FEED_TYPES: [&str; 4] = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml"];

fn new_article(headers: &HeaderMap, body: &[u8]) -> Result<NewArticle, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain")
        .to_ascii_lowercase();
    let sniffed = marsad_extract::sniff(body);
    let format = if content_type.starts_with("application/json") {
        ArticleFormat::Record
    } else if content_type.starts_with("text/html") || content_type.starts_with("application/xhtml") {
        ArticleFormat::Html
    } else if FEED_TYPES.iter().any(|t| content_type.starts_with(t)) {
        if sniffed == marsad_extract::Kind::Html {
            ArticleFormat::Html
        } else {
            ArticleFormat::Feed
        }
    } else if content_type.starts_with("text/plain") {
        // What `marsad ingest` would make of the same bytes in a file without an extension: a feed
        // or a page sent as text/plain was stored as one article of XML or HTML markup.
        match sniffed {
            marsad_extract::Kind::Feed => ArticleFormat::Feed,
            marsad_extract::Kind::Html => ArticleFormat::Html,
            marsad_extract::Kind::JsonLines => ArticleFormat::Record,
            _ => ArticleFormat::Text,
        }
    } else {
        return Err(ApiError {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            message: format!(
                "unsupported Content-Type '{content_type}': send text/plain, text/html, application/json, \
                 or a feed as application/rss+xml, application/atom+xml or application/xml"
            ),
        });
    };
    if format == ArticleFormat::Text {
        match marsad_text::decode(body) {
            Ok(decoded) if !marsad_text::has_text(&decoded.text) => {
                return Err(ApiError::bad_request("empty article: the body has no text"))
            }
            Ok(_) => {}
            Err(e) => return Err(ApiError::bad_request(format!("article body is not readable text: {e}"))),
        }
    }
    Ok(NewArticle { bytes: body.to_vec(), format, charset: charset_of(&content_type) })
}

/// The `charset` parameter of a (lower-cased) `Content-Type`: `text/html; charset="utf-8"` → `utf-8`.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (name, value) = p.split_once('=')?;
        (name.trim() == "charset").then(|| value.trim().trim_matches('"').to_string())
    })
}

/// Any path the API does not know.
pub async fn not_found(axum::extract::OriginalUri(uri): axum::extract::OriginalUri) -> ApiError {
    ApiError::not_found(format!("no such endpoint: {}", uri.path()))
}
