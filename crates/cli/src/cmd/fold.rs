//! `marsad fold`: the matching key of Arabic text.

use super::Outcome;

/// Fold Arabic text read from stdin to its matching key: cleaned, hamza forms to bare letters, ta marbuta
/// to ha, alef maqsura to ya, Persian letters to Arabic, Latin lowercased.
///
/// Plain lines by default; with --jsonl, lines `{"id","text"}` become `{"id","fold"}`.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  echo 'الإدارة الذاتية' | marsad fold\n  \
echo '{\"id\":1,\"text\":\"أنقرة\"}' | marsad fold --jsonl")]
pub struct Args {
    /// Read and write JSON Lines.
    #[arg(long)]
    jsonl: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    crate::filter::run(args.jsonl, marsad_text::fold, |rec| {
        Ok(serde_json::json!({"id": rec.id, "fold": marsad_text::fold(&rec.text)}))
    })
}
