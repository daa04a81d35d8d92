//! Who may read and write.
//!
//! Writes always need the bearer token. Reads are open to clients on the
//! loopback interface (the analyst's own machine); a client coming from any
//! other address needs the token for reads too, so binding to a public
//! address never publishes the store by accident.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::connect_info::MockConnectInfo;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::json_error;

/// The secret a client presents as `Authorization: Bearer <token>`.
#[derive(Clone)]
pub struct Token(pub Arc<str>);

impl Token {
    /// `MARSAD_TOKEN` when set and non-empty, else a fresh random token.
    pub fn from_env_or_random() -> Token {
        match std::env::var("MARSAD_TOKEN") {
            Ok(t) if !t.trim().is_empty() => Token(t.trim().into()),
            _ => Token::random(),
        }
    }

    /// 32 hex digits from the OS random source.
    pub fn random() -> Token {
        let mut bytes = [0u8; 16];
        let read = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
        if read.is_err() {
            // No /dev/urandom: fall back on the std hasher's per-process random keys.
            use std::hash::{BuildHasher, Hasher};
            for chunk in bytes.chunks_mut(8) {
                let mut h = std::collections::hash_map::RandomState::new().build_hasher();
                h.write_u128(std::time::SystemTime::now().elapsed().map(|d| d.as_nanos()).unwrap_or(0));
                chunk.copy_from_slice(&h.finish().to_le_bytes()[..chunk.len()]);
            }
        }
        Token(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>().into())
    }

    /// Compares in time independent of where the strings differ.
    fn matches(&self, presented: &str) -> bool {
        let a = self.0.as_bytes();
        let b = presented.as_bytes();
        if a.len() != b.len() {
            return false;
        }
        a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Middleware: lets a request through or answers 401 with a JSON message.
pub async fn require_token(State(token): State<Token>, req: Request, next: Next) -> Response {
    let is_read = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // MockConnectInfo is what in-process tests attach instead of a socket.
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0)
        .or_else(|| req.extensions().get::<MockConnectInfo<SocketAddr>>().map(|m| m.0));
    let from_loopback = peer.is_some_and(|addr| addr.ip().is_loopback());
    if is_read && from_loopback {
        return next.run(req).await;
    }
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")));
    let message = match presented {
        Some(p) if token.matches(p.trim()) => return next.run(req).await,
        Some(_) => "bad bearer token",
        None if is_read => "reads from outside this machine need 'Authorization: Bearer <token>'",
        None => "missing bearer token: send 'Authorization: Bearer <token>' (the token is printed at start-up, or set MARSAD_TOKEN)",
    };
    let mut resp = json_error(StatusCode::UNAUTHORIZED, message).into_response();
    resp.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        let t = Token("abc123".into());
        assert!(t.matches("abc123"));
        assert!(!t.matches("abc124"));
        assert!(!t.matches("abc12"));
        assert!(!t.matches(""));
    }

    #[test]
    fn random_tokens_differ_and_are_hex() {
        let (a, b) = (Token::random(), Token::random());
        assert_ne!(a.0, b.0);
        assert_eq!(a.0.len(), 32);
        assert!(a.0.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
