//! Inputs streamed to the analysis threads in batches, cut by a reader thread.
//!
//! The reader thread only lists files and cuts JSON Lines files into raw lines; parsing a record (JSON, then
//! the boilerplate rules) is part of the [`Job`], so it runs on the analysis threads with the analysis, and
//! reading the next batch overlaps analysing this one. At most [`QUEUE`] batches wait at once, so memory
//! stays flat whatever the size of the input.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::thread::JoinHandle;

use marsad_ingest::{Article, Error, Reader};

use crate::inputs::Input;

/// Batches cut ahead of the analysis: one being analysed, this many waiting.
const QUEUE: usize = 2;

/// One unit of work: what one file or one JSON Lines record becomes.
pub enum Job {
    /// A text, HTML or feed file, read on the analysis thread, with what its folder's manifest says.
    File(PathBuf, Option<Arc<marsad_ingest::FileFacts>>),
    /// One line of a JSON Lines file, not yet parsed; `line` is 1-based, for error messages.
    Line { path: Arc<Path>, line: usize, bytes: Vec<u8> },
    /// An input that could not be opened or read on.
    Failed(Error),
}

impl Job {
    /// The articles of this job: none for a blank line, several for a feed.
    ///
    /// # Errors
    ///
    /// The file or record cannot be read; the error names the file (and the line of a record).
    pub fn articles(self, reader: &Reader) -> Result<Vec<Article>, Error> {
        match self {
            Job::File(p, facts) => {
                let articles = reader.read_listed(&p, facts.as_deref())?;
                if let Some(a) = articles.first() {
                    if !matches!(a.encoding.as_str(), "UTF-8" | "html" | "feed") {
                        tracing::warn!("{}: not UTF-8; decoded from {}", p.display(), a.encoding);
                    }
                }
                Ok(articles)
            }
            // The line is read as a one-line JSON Lines stream, so a record is parsed exactly as
            // `Reader::read_jsonl_file` parses it; only the line number in errors needs putting back.
            Job::Line { path, line, bytes } => match reader.read_jsonl(bytes.as_slice(), &path).next() {
                None => Ok(Vec::new()),
                Some(Ok(a)) => Ok(vec![a]),
                Some(Err(Error::Record { path, message, .. })) => Err(Error::Record { path, line, message }),
                Some(Err(e)) => Err(e),
            },
            Job::Failed(e) => Err(e),
        }
    }
}

/// Starts the reader thread over `inputs`, in order, in batches of at most `batch` jobs.
///
/// The thread ends at the end of the inputs, or as soon as the receiver is dropped.
pub fn spawn(inputs: Vec<Input>, batch: usize) -> (Receiver<Vec<Job>>, JoinHandle<()>) {
    let (tx, rx) = mpsc::sync_channel::<Vec<Job>>(QUEUE);
    let batch = batch.max(1);
    let handle = std::thread::spawn(move || {
        let mut jobs = Vec::with_capacity(batch);
        // False once the receiver is gone: nobody wants the rest.
        let push = |job: Job, jobs: &mut Vec<Job>| {
            jobs.push(job);
            if jobs.len() >= batch {
                return tx.send(std::mem::replace(jobs, Vec::with_capacity(batch))).is_ok();
            }
            true
        };
        for input in inputs {
            let go_on = match input {
                Input::Text(p, facts) => push(Job::File(p, facts), &mut jobs),
                Input::Jsonl(p) => cut_lines(&p, &mut |job| push(job, &mut jobs)),
            };
            if !go_on {
                return;
            }
        }
        if !jobs.is_empty() {
            let _ = tx.send(jobs);
        }
    });
    (rx, handle)
}

/// Feeds each non-blank line of a JSON Lines file to `push` until it returns false; returns false then.
fn cut_lines(path: &Path, push: &mut dyn FnMut(Job) -> bool) -> bool {
    let mut input = match marsad_ingest::open_jsonl(path) {
        Ok(input) => input,
        Err(e) => return push(Job::Failed(e)),
    };
    let shared: Arc<Path> = path.into();
    let mut line = 0;
    loop {
        line += 1;
        let mut bytes = Vec::new();
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) => return true,
            Ok(_) if bytes.iter().all(u8::is_ascii_whitespace) => continue,
            Ok(_) => {
                if !push(Job::Line { path: Arc::clone(&shared), line, bytes }) {
                    return false;
                }
            }
            // A read error (not bad UTF-8, which the record parser reports) ends this file.
            Err(e) => {
                let message = format!("unreadable line: {e}");
                return push(Job::Failed(Error::Record { path: path.into(), line, message }));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jobs_of(inputs: Vec<Input>, batch: usize) -> Vec<Vec<Job>> {
        let (rx, handle) = spawn(inputs, batch);
        let out: Vec<Vec<Job>> = rx.into_iter().collect();
        handle.join().expect("reader thread");
        out
    }

    #[test]
    fn lines_keep_their_numbers_and_blank_lines_are_skipped() {
        // Removed when the test ends (left in /tmp before).
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let path = dir.join("a.jsonl");
        let good = r#"{"id":"r1","text":"قصف على إدلب\nقصفت طائرات حربية ريف إدلب الجنوبي."}"#;
        std::fs::write(&path, format!("{good}\n\n   \nnot json\n{}\n", good.replace("r1", "r2"))).unwrap();
        let batches = jobs_of(vec![Input::Jsonl(path.clone())], 2);
        assert_eq!(batches.iter().map(Vec::len).collect::<Vec<_>>(), [2, 1]);
        let reader = Reader::embedded();
        let mut results = batches.into_iter().flatten().map(|j| j.articles(&reader));
        let first = results.next().unwrap().unwrap();
        assert_eq!(first[0].id, "r1");
        assert_eq!(first[0].source_path.as_deref(), Some(path.as_path()));
        let err = results.next().unwrap().unwrap_err().to_string();
        assert!(err.contains("a.jsonl:4:"), "{err}");
        assert_eq!(results.next().unwrap().unwrap()[0].id, "r2");
    }

    #[test]
    fn a_missing_file_is_one_failed_job_naming_it() {
        let batches = jobs_of(vec![Input::Jsonl("/nonexistent/x.jsonl".into())], 8);
        let reader = Reader::embedded();
        let err = batches.into_iter().flatten().next().unwrap().articles(&reader).unwrap_err();
        assert!(err.to_string().starts_with("/nonexistent/x.jsonl:"), "{err}");
    }
}
