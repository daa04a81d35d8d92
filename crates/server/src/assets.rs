//! The page and its assets, embedded in the binary so the desk works offline.

use axum::extract::{Path, Query};
use axum::http::{header, HeaderValue, StatusCode};
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
pub async fn static_file(Path(path): Path<String>) -> Response {
    embedded(Static::get(&path), &path)
}

/// `GET /vendor/{*path}`.
pub async fn vendor_file(Path(path): Path<String>) -> Response {
    embedded(Vendor::get(&path), &path)
}

fn embedded(file: Option<rust_embed::EmbeddedFile>, path: &str) -> Response {
    let Some(file) = file else {
        return ApiError::not_found(format!("no such file: {path}")).into_response();
    };
    let mut resp = (StatusCode::OK, file.data.into_owned()).into_response();
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type(path)) {
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
