//! The bridge to marsad's reader and analyser: paths → [`IngestItem`]s, and
//! `marsad_pipeline::Analyzer` as an [`Analyzer`]. The CLI and the HTTP server both ingest
//! through this module, so they read and analyse alike.

use std::collections::VecDeque;
use std::path::PathBuf;

use marsad_ingest::{Article, Input, Inputs, JsonlArticles, Reader};
use marsad_model::{DateMention, DateValue, Span};
use marsad_pipeline::PreparedBody;

use crate::ingest::IngestItem;
use crate::input::{Analysis, Analyzer, ArticleInput, Deobfuscated, EntityInfo};

/// The pipeline's analyser, with an optional publication date for articles that give none.
#[derive(Clone, Copy, Debug)]
pub struct PipelineAnalyzer<'a> {
    /// The analyser.
    pub analyzer: &'a marsad_pipeline::Analyzer,
    /// Publication date used when the article's metadata and byline give none.
    pub fallback_published: Option<&'a DateValue>,
}

impl PipelineAnalyzer<'_> {
    /// The date to fall back on for `input`: the one given for this run, else the date the store
    /// already holds for the article. An article stored with `ingest --published` keeps that date
    /// through `reanalyze` (its own text and metadata give none, so the pipeline read the fallback);
    /// a date the article states itself is read again first, as at ingest.
    fn fallback<'b>(&'b self, input: &'b ArticleInput) -> Option<&'b DateValue> {
        self.fallback_published.or(input.published.as_ref().filter(|p| !p.is_unknown()))
    }
}

impl Analyzer for PipelineAnalyzer<'_> {
    fn analyze(&self, input: &ArticleInput) -> Analysis {
        let mut article = article_of(input);
        let mut analysis = from_pipeline(self.analyzer.analyze_with(&article, self.fallback(input)));
        // What a page extractor left out is chrome too; the pipeline only sees the text's own.
        analysis.boilerplate.append(&mut article.page_boilerplate);
        analysis
    }

    fn analyze_prepared(&self, input: &ArticleInput, body: PreparedBody) -> Analysis {
        // The pipeline reads the body only from `body` (the ingest's body, which the article's
        // own copy equals): that copy is left out.
        let mut article = article_of_without_body(input);
        let mut analysis =
            from_pipeline(self.analyzer.analyze_prepared(&article, self.fallback(input), body));
        // What a page extractor left out is chrome too; the pipeline only sees the text's own.
        analysis.boilerplate.append(&mut article.page_boilerplate);
        analysis
    }

    fn places(&self) -> Option<std::sync::Arc<crate::PlaceTree>> {
        Some(std::sync::Arc::new(crate::PlaceTree::of_lexicon(self.analyzer.lexicon())))
    }
}

/// The store's view of a read article; the whole `Article` is kept as the payload so it can be
/// analysed again without its file. The payload leaves out the body, which the store keeps
/// beside it (`ArticleInput::body`): the copy doubled the store's size.
pub fn article_input(article: &Article) -> ArticleInput {
    article_input_of(article.clone())
}

/// [`article_input`] of an article the caller gives up (no copy of the article for its payload).
fn article_input_of(mut article: Article) -> ArticleInput {
    let body = std::mem::take(&mut article.body);
    let payload = serde_json::to_string(&article).ok();
    let source_path = article.source_path.as_ref().map(|p| p.display().to_string());
    ArticleInput {
        doc: article.id,
        title: article.title,
        author: article.author,
        outlet: article.outlet,
        url: article.url,
        published: article.published,
        source_path,
        body,
        payload,
    }
}

/// The `Article` an input was made from (from its payload), or one rebuilt from its fields.
pub fn article_of(input: &ArticleInput) -> Article {
    let mut a = article_of_without_body(input);
    // Payloads written before the body was left out still carry it.
    if a.body.is_empty() {
        a.body = input.body.clone();
    }
    a
}

/// [`article_of`] but for the body, which is empty unless an old payload carries it.
fn article_of_without_body(input: &ArticleInput) -> Article {
    if let Some(a) = input.payload.as_deref().and_then(|p| serde_json::from_str::<Article>(p).ok()) {
        return a;
    }
    Article {
        id: input.doc.clone(),
        title: input.title.clone(),
        author: input.author.clone(),
        outlet: input.outlet.clone(),
        url: input.url.clone(),
        published: input.published.clone(),
        source_path: input.source_path.as_ref().map(PathBuf::from),
        encoding: "UTF-8".into(),
        ..Article::default()
    }
}

/// The pipeline's record in the store's terms.
pub fn from_pipeline(a: marsad_pipeline::Analysis) -> Analysis {
    Analysis {
        title: a.title,
        published: Some(a.published).filter(|p| !p.is_unknown()),
        boilerplate: a.boilerplate,
        deobfuscated: a
            .deobfuscated
            .into_iter()
            .map(|d| Deobfuscated { raw: d.raw, clean: d.clean })
            .collect(),
        body: a.body,
        dates: a
            .dates
            .into_iter()
            .map(|d| DateMention {
                span: Span::new(d.start, d.end.max(d.start)),
                text: d.text,
                value: DateValue { value: d.value, precision: d.precision },
                anchor: d.anchor,
            })
            .collect(),
        entities: a
            .entities
            .into_iter()
            .map(|e| EntityInfo {
                id: e.id,
                kind: e.kind,
                name_en: e.name_en,
                lat: e.lat,
                lon: e.lon,
                precision: e.precision,
                mentions: e.mentions,
            })
            .collect(),
        events: a.events.into_iter().map(|e| e.event).collect(),
    }
}

/// Reads files, directories (recursively, in name order) and JSON Lines files lazily, one
/// article at a time; a file or record that cannot be read becomes [`IngestItem::Failed`]
/// naming it and saying why.
pub struct PathReader<'r> {
    reader: &'r Reader,
    files: VecDeque<Input>,
    pending: VecDeque<IngestItem>,
    jsonl: Option<JsonlArticles<'r, marsad_ingest::JsonlInput>>,
}

impl<'r> PathReader<'r> {
    /// Lists the inputs under `paths` with [`marsad_ingest::list_inputs`].
    pub fn new(reader: &'r Reader, paths: &[PathBuf]) -> PathReader<'r> {
        PathReader::from_inputs(reader, marsad_ingest::list_inputs(paths))
    }

    /// Reads inputs already listed; paths that could not be listed come out first, as failures.
    pub fn from_inputs(reader: &'r Reader, inputs: Inputs) -> PathReader<'r> {
        let pending = inputs
            .unlisted
            .into_iter()
            .map(|(path, reason)| IngestItem::Failed { path: path.display().to_string(), reason })
            .collect();
        PathReader { reader, files: inputs.files.into(), pending, jsonl: None }
    }
}

fn item(r: Result<Article, marsad_ingest::Error>) -> IngestItem {
    match r {
        Ok(a) => IngestItem::Article(article_input_of(a)),
        Err(e) => {
            // `Failure` keeps where (`file`, or `file:line` for a record) apart from why, so the
            // summary does not repeat the file: the error's message begins with it.
            let file = e.path().display().to_string();
            let (path, reason) = match &e {
                marsad_ingest::Error::Record { line, message, .. } => {
                    (format!("{file}:{line}"), message.clone())
                }
                _ => {
                    let full = e.to_string();
                    let reason = full.strip_prefix(&format!("{file}: ")).map_or(full.clone(), str::to_string);
                    (file, reason)
                }
            };
            IngestItem::Failed { path, reason }
        }
    }
}

impl Iterator for PathReader<'_> {
    type Item = IngestItem;

    fn next(&mut self) -> Option<IngestItem> {
        loop {
            if let Some(i) = self.pending.pop_front() {
                return Some(i);
            }
            if let Some(records) = &mut self.jsonl {
                match records.next() {
                    Some(r) => return Some(item(r)),
                    None => self.jsonl = None,
                }
            }
            match self.files.pop_front()? {
                Input::Jsonl(path) => match self.reader.read_jsonl_file(&path) {
                    Ok(records) => self.jsonl = Some(records),
                    Err(e) => return Some(item(Err(e))),
                },
                // A feed file holds several articles: the first is returned, the rest queued.
                Input::Text(path, facts) => match self.reader.read_listed(&path, facts.as_deref()) {
                    Ok(articles) => self.pending.extend(articles.into_iter().map(|a| item(Ok(a)))),
                    Err(e) => return Some(item(Err(e))),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the reader gives the store is the article again when analysed: the payload (without
    /// the body) and the body beside it, on real bulk records.
    #[test]
    fn read_articles_come_back_whole_from_their_input() {
        let bulk = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/real/bulk/syria_relevant_bulk.jsonl");
        let reader = Reader::embedded();
        let articles: Vec<Article> =
            reader.read_jsonl_file(&bulk).unwrap().take(20).collect::<Result<_, _>>().unwrap();
        for a in articles {
            let input = article_input_of(a.clone());
            assert_eq!(input, article_input(&a));
            assert_eq!((input.doc.as_str(), input.body.as_str()), (a.id.as_str(), a.body.as_str()));
            let opening: String = a.body.chars().take(40).collect();
            assert!(!input.payload.as_deref().unwrap().contains(&opening), "the body is not in the payload");
            assert_eq!(article_of(&input), a);
        }
    }
}
