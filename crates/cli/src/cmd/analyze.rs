//! `marsad analyze`: articles → gold-schema records.

use std::io::Write;
use std::path::PathBuf;

use marsad_ingest::Reader;
use marsad_model::DateValue;
use marsad_pipeline::{Analysis, Analyzer};
use rayon::prelude::*;

use super::Outcome;
use crate::inputs;
use crate::knowledge::Knowledge;
use crate::stream::{self, Job};

/// How many inputs (files or JSON Lines records) are analysed as one batch: enough to keep both cores busy,
/// few enough that memory stays flat on a JSON Lines file of any size.
const BATCH: usize = 256;

/// Analyse article files or JSON Lines into records of the gold annotation schema.
///
/// Directories are read recursively; `*.jsonl` files hold one article per line
/// (`{"id","text","title"?,"outlet"?,"published"?,"url"?}`), every other file is one plain-text article
/// (headline on the first line). Unreadable inputs are skipped with a warning naming the file, and the exit
/// status is then 1.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  marsad analyze ../shared/corpus/seeds --jsonl > pred.jsonl\n  \
python3 ../shared/tools/score.py ../shared/corpus/seeds-gold pred.jsonl\n  \
marsad analyze article.txt --published 2024-06-17\n  \
marsad analyze ../shared/corpus/real-gold/articles.jsonl --jsonl > real.jsonl")]
pub struct Args {
    /// Article files, directories, or JSON Lines files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// One compact JSON record per line (JSON Lines) instead of pretty-printed JSON.
    #[arg(long)]
    jsonl: bool,
    #[command(flatten)]
    published: super::PublishedArg,
    #[command(flatten)]
    data: super::DataDirArg,
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let fallback = args.published.date()?;
    let knowledge = &knowledge.with_user(&args.data.path);
    let reader = knowledge.reader()?;
    let analyzer = knowledge.analyzer()?;
    tracing::info!("knowledge: {}", knowledge.describe());

    let found = marsad_ingest::list_inputs(&args.paths);
    inputs::require_some(&args.paths, &found)?;
    let mut failed = found.unlisted.len();
    for (path, why) in &found.unlisted {
        tracing::warn!("{}: skipped: {why}", path.display());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let run = Run { reader: &reader, analyzer: &analyzer, fallback: fallback.as_ref(), jsonl: args.jsonl };
    // Reading and cutting the next batch overlaps the analysis of this one (see `stream`).
    let (batches, cutter) = stream::spawn(found.files, BATCH);
    for batch in batches {
        failed += run.batch(batch, &mut out)?;
    }
    if cutter.join().is_err() {
        anyhow::bail!("the input reader thread failed");
    }
    out.flush()?;
    Ok(if failed == 0 { Outcome::Done } else { Outcome::SomeFailed(failed) })
}

struct Run<'a> {
    reader: &'a Reader,
    analyzer: &'a Analyzer,
    fallback: Option<&'a DateValue>,
    jsonl: bool,
}

impl Run<'_> {
    /// Parses, analyses and serialises a batch in parallel, then writes the records in input order;
    /// returns how many inputs failed.
    fn batch(&self, batch: Vec<Job>, out: &mut impl Write) -> anyhow::Result<usize> {
        let results: Vec<Result<Result<Vec<u8>, marsad_ingest::Error>, serde_json::Error>> =
            batch.into_par_iter().map(|job| self.job(job)).collect();
        let mut failed = 0;
        for r in results {
            match r? {
                Ok(records) => out.write_all(&records)?,
                Err(e) => {
                    tracing::warn!("{e}");
                    failed += 1;
                }
            }
        }
        Ok(failed)
    }

    /// The serialised records of one job (a feed file holds several articles; a page or text file one).
    fn job(&self, job: Job) -> Result<Result<Vec<u8>, marsad_ingest::Error>, serde_json::Error> {
        let articles = match job.articles(self.reader) {
            Ok(a) => a,
            Err(e) => return Ok(Err(e)),
        };
        let mut records = Vec::new();
        for a in &articles {
            let analysis: Analysis = self.analyzer.analyze_with(a, self.fallback);
            if self.jsonl {
                serde_json::to_writer(&mut records, &analysis)?;
            } else {
                serde_json::to_writer_pretty(&mut records, &analysis)?;
            }
            records.push(b'\n');
        }
        Ok(Ok(records))
    }
}
