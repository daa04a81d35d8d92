//! `marsad dates`: temporal expressions in text.

use super::Outcome;
use crate::knowledge::Knowledge;

/// Find Arabic temporal expressions in text read from stdin, anchored on a publication date.
///
/// With --jsonl (the only form for now), lines `{"id","text","published"?}` (published `YYYY-MM-DD`) become
/// `{"id","dates":[{"text","start","end","value","precision","anchor"}]}`; `start`/`end` are byte offsets into
/// the cleaned text.
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
    crate::filter::run(
        args.jsonl,
        |line| line.to_string(),
        |rec| {
            let published = match rec.raw.get("published") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(s)) => {
                    Some(marsad_ingest::parse_date(s).ok_or_else(|| {
                        anyhow::anyhow!("bad \"published\" {s:?}: want {}", marsad_ingest::DATE_FORMS)
                    })?)
                }
                Some(v) => anyhow::bail!("bad \"published\" {v}: want a YYYY-MM-DD string"),
            };
            let dates = analyzer.dates_in(&rec.text, published.as_ref());
            Ok(serde_json::json!({"id": rec.id, "dates": dates}))
        },
    )
}
