//! `marsad analyze`: articles → gold-schema records.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use marsad_ingest::{Article, Reader};
use marsad_model::DateValue;
use marsad_pipeline::{Analysis, Analyzer};
use rayon::prelude::*;

use super::Outcome;
use crate::inputs::{self, Input};
use crate::knowledge::Knowledge;

/// How many articles are held at once: enough to keep both cores busy, few enough that memory stays flat
/// on a JSON Lines file of any size.
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
    /// Publication date for articles whose metadata and byline give none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
}

enum Job {
    File(PathBuf),
    Ready(Box<Article>),
}

pub fn run(args: Args, knowledge: &Knowledge) -> anyhow::Result<Outcome> {
    let fallback = match &args.published {
        Some(s) => Some(
            marsad_ingest::parse_date(s)
                .with_context(|| format!("--published {s:?}: want YYYY-MM-DD, YYYY-MM or YYYY"))?,
        ),
        None => None,
    };
    let reader = knowledge.reader()?;
    let analyzer = knowledge.analyzer()?;
    tracing::info!("knowledge: {}", knowledge.describe());

    let (inputs, unlisted) = inputs::collect(&args.paths);
    let mut failed = unlisted.len();
    for (path, why) in &unlisted {
        tracing::warn!("{}: skipped: {why}", path.display());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut run =
        Run { reader: &reader, analyzer: &analyzer, fallback: fallback.as_ref(), jsonl: args.jsonl };
    let mut batch = Vec::with_capacity(BATCH);
    for input in inputs {
        match input {
            Input::Text(p) => batch.push(Job::File(p)),
            Input::Jsonl(p) => match reader.read_jsonl_file(&p) {
                Ok(records) => {
                    for rec in records {
                        match rec {
                            Ok(a) => batch.push(Job::Ready(Box::new(a))),
                            Err(e) => {
                                tracing::warn!("{e}");
                                failed += 1;
                            }
                        }
                        if batch.len() >= BATCH {
                            failed += run.flush(&mut batch, &mut out)?;
                        }
                    }
                }
                Err(e) => {
                    tracing::warn!("{e}");
                    failed += 1;
                }
            },
        }
        if batch.len() >= BATCH {
            failed += run.flush(&mut batch, &mut out)?;
        }
    }
    failed += run.flush(&mut batch, &mut out)?;
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
    /// Analyses a batch in parallel and writes the records in input order; returns how many failed.
    fn flush(&mut self, batch: &mut Vec<Job>, out: &mut impl Write) -> anyhow::Result<usize> {
        let results: Vec<Result<Vec<Analysis>, marsad_ingest::Error>> = batch
            .par_drain(..)
            .map(|job| {
                let articles = match job {
                    // A feed file holds several articles; a page or text file one.
                    Job::File(p) => {
                        let articles = self.reader.read_articles(&p)?;
                        if let Some(a) = articles.first() {
                            if !matches!(a.encoding.as_str(), "UTF-8" | "html" | "feed") {
                                tracing::warn!("{}: not UTF-8; decoded from {}", p.display(), a.encoding);
                            }
                        }
                        articles
                    }
                    Job::Ready(a) => vec![*a],
                };
                Ok(articles.iter().map(|a| self.analyzer.analyze_with(a, self.fallback)).collect())
            })
            .collect();
        let mut failed = 0;
        for r in results {
            match r {
                Ok(analyses) => {
                    for analysis in analyses {
                        if self.jsonl {
                            serde_json::to_writer(&mut *out, &analysis)?;
                        } else {
                            serde_json::to_writer_pretty(&mut *out, &analysis)?;
                        }
                        out.write_all(b"\n")?;
                    }
                }
                Err(e) => {
                    tracing::warn!("{e}");
                    failed += 1;
                }
            }
        }
        Ok(failed)
    }
}
