//! The page and its assets, embedded in the binary so the desk works offline.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use axum::extract::{Path, Query};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;
use serde::Deserialize;

use crate::error::ApiError;

/// The page's own files (HTML, JS, CSS, base-map data).
#[derive(RustEmbed)]
#[folder = "../../web/static/"]
struct Static;

/// Third-party front-end code, vendored with its licences.
#[derive(RustEmbed)]
#[folder = "../../web/vendor/"]
struct Vendor;

/// Query of the page itself.
#[derive(Deserialize)]
pub struct PageQuery {
    lang: Option<String>,
}

/// `GET /`: the desk, Arabic and right-to-left unless `?lang=en`.
pub async fn index(Query(q): Query<PageQuery>) -> Response {
    let Some(file) = Static::get("index.html") else {
        return ApiError::internal("index.html is missing from the build").into_response();
    };
    let html = String::from_utf8_lossy(&file.data).into_owned();
    // The page is written lang="ar" dir="rtl"; English is a switch of the root element.
    let html = if q.lang.as_deref() == Some("en") {
        html.replacen(r#"<html lang="ar" dir="rtl">"#, r#"<html lang="en" dir="ltr">"#, 1)
    } else {
        html
    };
    let mut resp = html.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
             connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    resp
}

/// `GET /static/{*path}`.
pub async fn static_file(Path(path): Path<String>, headers: HeaderMap) -> Response {
    embedded(Static::get(&path), &format!("static/{path}"), &headers)
}

/// `GET /vendor/{*path}`.
pub async fn vendor_file(Path(path): Path<String>, headers: HeaderMap) -> Response {
    embedded(Vendor::get(&path), &format!("vendor/{path}"), &headers)
}

/// Gzipped assets, compressed once per process: the assets never change
/// while it runs, and compressing Leaflet on every page load is waste.
fn gzipped(key: &str, data: &[u8]) -> Arc<Vec<u8>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Vec<u8>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(key) {
        return hit.clone();
    }
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let packed = std::io::Write::write_all(&mut enc, data).and_then(|_| enc.finish()).unwrap_or_default();
    let packed = Arc::new(packed);
    cache.lock().unwrap_or_else(|e| e.into_inner()).insert(key.to_string(), packed.clone());
    packed
}

fn embedded(file: Option<rust_embed::EmbeddedFile>, key: &str, headers: &HeaderMap) -> Response {
    let Some(file) = file else {
        let name = key.split_once('/').map(|(_, p)| p).unwrap_or(key);
        return ApiError::not_found(format!("no such file: {name}")).into_response();
    };
    let accepts_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("gzip"));
    let mut resp = if accepts_gzip && file.data.len() > 1024 {
        let packed = gzipped(key, &file.data);
        let mut r = (StatusCode::OK, packed.as_ref().clone()).into_response();
        r.headers_mut().insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        r
    } else {
        (StatusCode::OK, file.data.into_owned()).into_response()
    };
    let h = resp.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Ok(v) = HeaderValue::from_str(content_type(key)) {
        h.insert(header::CONTENT_TYPE, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    resp
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "json" => "application/json",
        "geojson" => "application/geo+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    }
}
