//! `marsad clean`: the display form of Arabic text.

use super::Outcome;

/// Clean Arabic text read from stdin: harakat, tatweel and invisible marks removed, words broken to dodge
/// filters joined (`المحـ.ـتلة` → `المحتلة`), Arabic-Indic digits to ASCII.
///
/// Plain lines by default; with --jsonl, lines `{"id","text"}` become `{"id","clean"}`.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  echo 'دوريـ.ـات روسية في المناطق المحـ.ـتلة' | marsad clean\n  \
echo '{\"id\":\"a\",\"text\":\"المحـ.ـتلة\"}' | marsad clean --jsonl")]
pub struct Args {
    /// Read and write JSON Lines.
    #[arg(long)]
    jsonl: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    crate::filter::run(
        args.jsonl,
        |line| marsad_text::clean(line).text,
        |rec| Ok(serde_json::json!({"id": rec.id, "clean": marsad_text::clean(&rec.text).text})),
    )
}
