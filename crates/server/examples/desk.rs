//! Serves the desk over the in-memory backend loaded with the seed articles
//! and their hand annotations, optionally scaled up to N synthetic events.
//!
//! cargo run -p marsad-server --example desk -- [PORT] [EVENTS]

use std::sync::Arc;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().map(|p| p.parse()).transpose()?.unwrap_or(8750);
    let events: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(0);
    let seeds = marsad_server::gold::seeds()?.articles;
    let backend = marsad_server::MemoryBackend::default();
    backend.insert_all(seeds.clone());
    if events > 0 {
        backend.insert_all(marsad_server::synth::scale(&seeds, events));
    }
    let config = marsad_server::ServerConfig {
        listen: std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        ..Default::default()
    };
    marsad_server::run_blocking(Arc::new(backend), config)
}
