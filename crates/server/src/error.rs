//! JSON errors: every failure the API returns is `{"error": message, "status": code}`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::backend::BackendError;

/// An error answer with its status and a message for the client.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong, in words a client can act on.
    pub message: String,
}

impl ApiError {
    /// A 400 with a message.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    /// A 404 with a message.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::NOT_FOUND, message: message.into() }
    }

    /// A 500 with a message.
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::INTERNAL_SERVER_ERROR, message: message.into() }
    }
}

impl From<BackendError> for ApiError {
    fn from(err: BackendError) -> ApiError {
        match err {
            BackendError::BadInput(m) => ApiError::bad_request(m),
            BackendError::Unavailable(m) => ApiError { status: StatusCode::SERVICE_UNAVAILABLE, message: m },
            // Another process writes the data directory: try again once it is done.
            BackendError::Other(e) if is_busy(&e) => {
                ApiError { status: StatusCode::SERVICE_UNAVAILABLE, message: format!("{e:#}") }
            }
            BackendError::Other(e) => ApiError::internal(format!("{e:#}")),
        }
    }
}

fn is_busy(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|c| matches!(c.downcast_ref::<marsad_store::Error>(), Some(marsad_store::Error::Busy { .. })))
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_error(self.status, &self.message)
    }
}

/// The JSON body every error carries.
pub fn json_error(status: StatusCode, message: &str) -> Response {
    let body = json!({ "error": message, "status": status.as_u16() });
    let mut resp = (status, axum::Json(body)).into_response();
    resp.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// Rewrites error responses made outside our handlers (axum's extractor
/// rejections, body-limit 413s, timeout 408s, panics caught as 500) into the
/// JSON shape, keeping their status and their text as the message.
pub async fn jsonify_errors(resp: Response) -> Response {
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let text = match axum::body::to_bytes(body, 64 * 1024).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).trim().to_string(),
        Err(_) => String::new(),
    };
    let message = match (status, text.is_empty()) {
        (StatusCode::PAYLOAD_TOO_LARGE, _) => format!("request body too large: {text}"),
        (StatusCode::REQUEST_TIMEOUT, _) => "request timed out".to_string(),
        (StatusCode::METHOD_NOT_ALLOWED, _) => "method not allowed on this path".to_string(),
        (_, true) => status.canonical_reason().unwrap_or("error").to_string(),
        (_, false) => text,
    };
    let mut out = json_error(status, &message);
    for (name, value) in parts.headers.iter() {
        if name == header::ALLOW || name == header::WWW_AUTHENTICATE {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_data_directory_is_503_not_500() {
        let busy = marsad_store::Error::Busy { path: "d/index".into() };
        let answer = ApiError::from(BackendError::Other(anyhow::Error::new(busy).context("ingesting")));
        assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(answer.message.contains("in use by another marsad process"), "{}", answer.message);
        let other = ApiError::from(BackendError::Other(anyhow::anyhow!("disk on fire")));
        assert_eq!(other.status, StatusCode::INTERNAL_SERVER_ERROR);
    }
}
