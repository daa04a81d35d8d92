//! `marsad`: Arabic news reports → dated, located, sourced conflict events.
//!
//! Results go to stdout, logs (tracing) to stderr. Each subcommand lives in `cmd/<name>.rs`.

// The doc comments of the argument structs are clap's `--help` text, where
// `<DIR>` and `MARSAD_LOG=<filter>` are placeholders the user reads, not HTML.
#![allow(rustdoc::invalid_html_tags)]

mod cmd;
mod filter;
mod inputs;
mod knowledge;
mod samples;
mod stream;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc instead of the system allocator: the analysis threads allocate many small strings and vectors
/// per article, and with mimalloc `analyze` runs about 10% fewer instructions per article over the bulk
/// corpus (callgrind). Peak memory is higher (about 85 MB instead of 33 MB there) but does not grow with
/// the input.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h (v3, the option after the deprecated eager-commit delay), which
/// libmimalloc-sys 0.1.49 declares `mi_option_set` for but does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps memory the threads free for their next articles instead of handing it back to the OS: by default
/// mimalloc purges freed pages after a delay, and an ingest then spends about 5% of its CPU (perf) faulting
/// them back in as zeroed pages. Over real/bulk, `ingest` used 6–10% less CPU with purging off (2 runs each,
/// load 7–9) and peaked about 20 MB higher (220 MB); `analyze` peaks about 10 MB higher and stays flat.
/// `MIMALLOC_PURGE_DELAY` in the environment still decides when it is set.
fn keep_freed_memory() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: mi_option_set only stores an integer option; it is called before any thread starts.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
    }
}

/// marsad (مرصد): turns Arabic news reports into a dated, located, sourced record of conflict events.
#[derive(Parser)]
#[command(
    name = "marsad",
    version,
    after_help = "Examples:\n  marsad demo\n  marsad analyze ../shared/corpus/seeds --jsonl > pred.jsonl\n  echo 'المحـ.ـتلة' | marsad clean"
)]
struct Cli {
    /// Knowledge directory (actors, places, triggers, dates, boilerplate rules). Default: ./data when it
    /// exists, else the copy built into the binary.
    #[arg(long, global = true, env = "MARSAD_KNOWLEDGE", value_name = "DIR")]
    knowledge: Option<std::path::PathBuf>,
    /// More log output on stderr (-v info, -vv debug). MARSAD_LOG=<filter> overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Analyze(cmd::analyze::Args),
    Clean(cmd::clean::Args),
    Fold(cmd::fold::Args),
    Dates(cmd::dates::Args),
    Demo(cmd::demo::Args),
    Bench(cmd::bench::Args),
    Explain(cmd::explain::Args),
    Eval(cmd::eval::Args),
    Ingest(cmd::ingest::Args),
    Reanalyze(cmd::reanalyze::Args),
    Search(cmd::search::Args),
    Events(cmd::events::Args),
    Reindex(cmd::reindex::Args),
    Serve(cmd::serve::Args),
    Lexicon(cmd::lexicon::Args),
    Gazetteer(cmd::gazetteer::Args),
}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    init_logging(cli.verbose, cli.quiet);
    let knowledge = knowledge::Knowledge::locate(cli.knowledge);
    let result = match cli.command {
        Command::Analyze(a) => cmd::analyze::run(a, &knowledge),
        Command::Clean(a) => cmd::clean::run(a),
        Command::Fold(a) => cmd::fold::run(a),
        Command::Dates(a) => cmd::dates::run(a, &knowledge),
        Command::Demo(a) => cmd::demo::run(a, &knowledge),
        Command::Bench(a) => cmd::bench::run(a, &knowledge),
        Command::Explain(a) => cmd::explain::run(a, &knowledge),
        Command::Eval(a) => cmd::eval::run(a, &knowledge),
        Command::Ingest(a) => cmd::ingest::run(a, &knowledge),
        Command::Reanalyze(a) => cmd::reanalyze::run(a, &knowledge),
        Command::Search(a) => cmd::search::run(a, &knowledge),
        Command::Events(a) => cmd::events::run(a, &knowledge),
        Command::Reindex(a) => cmd::reindex::run(a),
        Command::Serve(a) => cmd::serve::run(a, &knowledge),
        Command::Lexicon(a) => cmd::lexicon::run(a, &knowledge).map(|()| cmd::Outcome::Done),
        Command::Gazetteer(a) => cmd::gazetteer::run(a),
    };
    match result {
        Ok(cmd::Outcome::Done) => ExitCode::SUCCESS,
        Ok(cmd::Outcome::SomeFailed(n)) => {
            tracing::warn!("{n} input(s) could not be read; see the warnings above");
            ExitCode::from(1)
        }
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{}", chain_text(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes joined by `: `, each said once: many errors already end with the cause they
/// wrap (`empty.txt: empty input` over `empty input`), which `{e:#}` would print again.
fn chain_text(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        // The PostgreSQL driver's own text repeats the server's message its wrapper already gave
        // (`FATAL: terminating connection…: db error: FATAL: terminating connection…`).
        if out.ends_with(&text) || out.contains(text.strip_prefix("db error: ").unwrap_or("\0")) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    // serde_json keeps the io::Error inside its own, out of the chain.
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

fn init_logging(verbose: u8, quiet: bool) {
    use tracing_subscriber::EnvFilter;
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = EnvFilter::try_from_env("MARSAD_LOG").unwrap_or_else(|_| EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("{path}: {source}")]
    struct Named {
        path: String,
        source: std::io::Error,
    }

    #[test]
    fn each_cause_is_said_once() {
        let io = std::io::Error::new(std::io::ErrorKind::InvalidData, "empty input");
        let e = anyhow::Error::new(Named { path: "bad/empty.txt".into(), source: io });
        assert_eq!(chain_text(&e), "bad/empty.txt: empty input");
        let e = e.context("reading the inputs");
        assert_eq!(chain_text(&e), "reading the inputs: bad/empty.txt: empty input");
        // A cause its wrapper does not repeat is kept.
        let e = anyhow::anyhow!("database locked").context("opening data directory d");
        assert_eq!(chain_text(&e), "opening data directory d: database locked");
    }
}
