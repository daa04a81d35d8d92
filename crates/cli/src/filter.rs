//! Line filters over stdin: plain text line by line, or JSON Lines records `{"id", "text", …}`.

use std::io::{BufRead, Write};

use crate::cmd::Outcome;

/// One JSON Lines record read by a filter: the id (any JSON value, echoed back) and the text.
pub struct Record {
    /// The record's `id`, as given.
    pub id: serde_json::Value,
    /// The record's `text`.
    pub text: String,
    /// The whole record, for filters that read more fields.
    pub raw: serde_json::Map<String, serde_json::Value>,
    /// Its line of stdin (from 1), for warnings.
    pub line: usize,
}

/// Reads stdin line by line and writes one output line per input line.
///
/// With `jsonl`, each line must be an object with a string `text`; `record` makes the output object.
/// Without it, `plain` maps each line of text. A bad JSON line gets a warning naming `stdin:N` and is
/// skipped; the outcome counts them.
pub fn run(
    jsonl: bool,
    plain: impl Fn(&str) -> String,
    record: impl Fn(Record) -> anyhow::Result<serde_json::Value>,
) -> anyhow::Result<Outcome> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    let mut buf = String::new();
    let mut input = stdin.lock();
    let mut n = 0;
    loop {
        buf.clear();
        n += 1;
        match input.read_line(&mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                tracing::warn!("stdin:{n}: unreadable line: {e}");
                failed += 1;
                continue;
            }
        }
        let line = buf.strip_suffix('\n').unwrap_or(&buf);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if !jsonl {
            out.write_all(plain(line).as_bytes())?;
            out.write_all(b"\n")?;
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        match parse(line, n).and_then(&record) {
            Ok(v) => {
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
            }
            Err(e) => {
                tracing::warn!("stdin:{n}: {e:#}");
                failed += 1;
            }
        }
    }
    out.flush()?;
    Ok(if failed == 0 { Outcome::Done } else { Outcome::SomeFailed(failed) })
}

fn parse(line: &str, n: usize) -> anyhow::Result<Record> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| anyhow::anyhow!("not JSON: {e}"))?;
    let serde_json::Value::Object(raw) = v else { anyhow::bail!("not a JSON object") };
    let id = raw.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let text = match raw.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        _ => anyhow::bail!("missing string field \"text\""),
    };
    Ok(Record { id, text, raw, line: n })
}
