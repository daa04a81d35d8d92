//! `marsad dates`: temporal expressions in text.

use super::Outcome;
use crate::knowledge::Knowledge;

/// Find Arabic temporal expressions in text read from stdin, anchored on a publication date.
///
/// With --jsonl (the only form for now), lines `{"id","text","published"?}` (published `YYYY-MM-DD`) become
/// `{"id","dates":[{"text","start","end","value","precision","anchor"}]}`; `start`/`end` are byte offsets into
/// the text as given (harakat, tatweel and obfuscation included: `text[start..end]` is the phrase as written).
/// A `published` that is not a date is warned about and the line is read without it, so every input line
/// has its output line.
#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  echo '{\"id\":\"s1\",\"text\":\"التقى الوفدان في 22 تموز\",\"published\":\"2024-11-05\"}' \
| marsad dates --jsonl"
)]
pub struct Args {
    /// Read and write JSON Lines.
    #[arg(long, required = true)]
    jsonl: bool,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let analyzer = knowledge.analyzer()?;
    // Lines whose `published` is not a date: still answered (read without it), and counted.
    let bad = std::cell::Cell::new(0usize);
    let outcome = crate::filter::run(
        args.jsonl,
        |line| line.to_string(),
        |rec| {
            let wrong = |what: String| {
                tracing::warn!("stdin:{}: bad \"published\" {what}: its dates are read without it", rec.line);
                bad.set(bad.get() + 1);
                None
            };
            let published = match rec.raw.get("published") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(s)) => marsad_ingest::parse_date(s)
                    .or_else(|| wrong(format!("{s:?} (want {})", marsad_ingest::DATE_FORMS))),
                Some(v) => wrong(format!("{v} (want a YYYY-MM-DD string)")),
            };
            let dates = analyzer.dates_in(&rec.text, published.as_ref());
            Ok(serde_json::json!({"id": rec.id, "dates": dates}))
        },
    )?;
    Ok(match outcome {
        Outcome::Done if bad.get() > 0 => Outcome::SomeFailed(bad.get()),
        Outcome::SomeFailed(n) => Outcome::SomeFailed(n + bad.get()),
        done => done,
    })
}
