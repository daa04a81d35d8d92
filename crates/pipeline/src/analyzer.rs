//! Composing the pure stages for one article.

use std::path::Path;

use marsad_coder::{Coder, SentenceTrace};
use marsad_dates::DateReader;
use marsad_ingest::Article;
use marsad_lexicon::Lexicon;
use marsad_model::{DateMention, DateValue, Span};

use crate::record::{Analysis, DateRecord, Deobfuscated, EntityRecord, EventRecord};
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
/// # Sharing
///
/// The analyzer holds the compiled knowledge; build it once and share one `&Analyzer` between threads (it is
/// `Sync`).
pub struct Analyzer {
    dates: DateReader,
    lexicon: Lexicon,
    coder: Coder,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer").finish_non_exhaustive()
    }
}

impl Analyzer {
    /// An analyzer with the knowledge compiled into the binary.
    pub fn embedded() -> Analyzer {
        Analyzer { dates: DateReader::embedded(), lexicon: Lexicon::embedded(), coder: Coder::embedded() }
    }

    /// An analyzer with the knowledge files of a data directory (`data/` layout).
    ///
    /// # Errors
    ///
    /// The directory does not exist, or a stage's files are malformed; the message names the file.
    pub fn from_dir(data_dir: &Path) -> Result<Analyzer, Error> {
        Analyzer::load(data_dir, None)
    }

    /// As [`Analyzer::from_dir`], with a lexicon the caller loaded: the directory's actors and places
    /// plus a user's imported ones (`marsad gazetteer import`), say.
    ///
    /// # Errors
    ///
    /// As [`Analyzer::from_dir`], for the dates and the coder.
    pub fn from_dir_with_lexicon(data_dir: &Path, lexicon: Lexicon) -> Result<Analyzer, Error> {
        Analyzer::load(data_dir, Some(lexicon))
    }

    /// As [`Analyzer::embedded`], with a lexicon the caller loaded.
    ///
    /// # Errors
    ///
    /// The lexicon lacks an actor that a shipped trigger names as a side (`named_source`,
    /// `named_target`): its events would carry an id no entity explains.
    pub fn embedded_with_lexicon(lexicon: Lexicon) -> Result<Analyzer, Error> {
        let coder = Coder::embedded();
        check_named_sides(&coder, &lexicon)?;
        Ok(Analyzer { dates: DateReader::embedded(), lexicon, coder })
    }

    fn load(data_dir: &Path, lexicon: Option<Lexicon>) -> Result<Analyzer, Error> {
        if !data_dir.is_dir() {
            return Err(Error::NotADirectory(data_dir.into()));
        }
        let dates = DateReader::from_dir(&data_dir.join("dates"))
            .map_err(|e| Error::Stage { stage: "dates", message: e.to_string() })?;
        let lexicon = match lexicon {
            Some(lexicon) => lexicon,
            None => Lexicon::from_dir(data_dir)
                .map_err(|e| Error::Stage { stage: "lexicon", message: e.to_string() })?,
        };
        let coder =
            Coder::from_dir(data_dir).map_err(|e| Error::Stage { stage: "coder", message: e.to_string() })?;
        check_named_sides(&coder, &lexicon)?;
        Ok(Analyzer { dates, lexicon, coder })
    }

    /// Analyses one article. Never fails: whatever the text says, a record comes out.
    pub fn analyze(&self, article: &Article) -> Analysis {
        self.analyze_with(article, None)
    }

    /// Analyses one article, with a publication date to use when neither its metadata nor its byline gives
    /// one (the CLI's `--published`). It is preferred to a date inferred from the text.
    pub fn analyze_with(&self, article: &Article, fallback_published: Option<&DateValue>) -> Analysis {
        self.run(article, fallback_published, false).0
    }

    /// As [`Analyzer::analyze_with`], with the body already cleaned and folded by the caller (the store
    /// folds every body for its content hash before analysis; this spares the pipeline doing it again).
    /// `body` must be [`PreparedBody::of`] the article's body; the result is then the same as
    /// [`Analyzer::analyze_with`]'s.
    pub fn analyze_prepared(
        &self,
        article: &Article,
        fallback_published: Option<&DateValue>,
        body: PreparedBody,
    ) -> Analysis {
        self.run_prepared(article, fallback_published, false, body).0
    }

    /// As [`Analyzer::analyze_with`], plus the coder's trace of every sentence: the triggers, actors, places
    /// and dates it saw and why each event was or was not coded (`marsad explain`).
    pub fn explain(
        &self,
        article: &Article,
        fallback_published: Option<&DateValue>,
    ) -> (Analysis, Vec<SentenceTrace>) {
        self.run(article, fallback_published, true)
    }

    /// The lexicon in use (entity names and coordinates for display).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The date reader in use.
    pub fn dates(&self) -> &DateReader {
        &self.dates
    }

    fn run(
        &self,
        article: &Article,
        fallback_published: Option<&DateValue>,
        trace: bool,
    ) -> (Analysis, Vec<SentenceTrace>) {
        self.run_prepared(article, fallback_published, trace, PreparedBody::of(&article.body))
    }

    fn run_prepared(
        &self,
        article: &Article,
        fallback_published: Option<&DateValue>,
        trace: bool,
        prepared: PreparedBody,
    ) -> (Analysis, Vec<SentenceTrace>) {
        let title = marsad_text::clean(&article.title);
        let PreparedBody { cleaned: body, mut folded } = prepared;

        let mut deobfuscated: Vec<Deobfuscated> = Vec::new();
        for d in title.deobfuscated.iter().chain(&body.deobfuscated) {
            if !deobfuscated.iter().any(|x| x.raw == d.raw) {
                deobfuscated.push(Deobfuscated { raw: d.raw.clone(), clean: d.clean.clone() });
            }
        }

        let mut boilerplate: Vec<String> = article.boilerplate.iter().map(|c| c.text.clone()).collect();
        let mut body_text = body.text;
        let published = match self.published(article, fallback_published) {
            Some(p) => p,
            None => match self.dates.find_byline(&body_text) {
                // A byline the boilerplate rules missed: the date reader knows date shapes they do not.
                // A line ending in a full stop is a sentence, not a byline; it stays in the body.
                Some((line, date)) if !line.slice(&body_text).trim_end().ends_with('.') => {
                    boilerplate.push(line.slice(&body_text).to_string());
                    body_text = remove_line(&body_text, line);
                    // Folding keeps every byte offset and every line break, so the same cut of the fold
                    // is the fold of the cut.
                    folded = remove_line(&folded, line);
                    date.value
                }
                _ => DateValue::unknown(),
            },
        };
        let sentences = marsad_text::sentences(&body_text);
        // With no stated date, one inferred from the body anchors the dates (or stays unknown).
        let (found, published) = self.dates.find_inferring_in(&body_text, &sentences, &published);
        let dates = found.iter().map(date_record).collect();

        // One fold of the body serves the lexicon and the coder (same byte offsets as the body).
        let mentions = self.lexicon.find_folded_in(&body_text, &folded, &sentences);
        let mut entities: Vec<EntityRecord> = self
            .lexicon
            .entities_of(&mentions)
            .into_iter()
            .map(|(e, texts)| entity_record(e, texts))
            .collect();
        let kinds = |id: &str| self.lexicon.entity(id).map(|e| e.kind);
        let within = |inner: &str, outer: &str| {
            inner != outer
                && (self.lexicon.admin_parents(inner).iter().any(|p| p == outer)
                    || self.lexicon.country_of(inner).is_some_and(|c| c.id == outer))
        };
        let input = marsad_coder::Input {
            body: &body_text,
            sentences: &sentences,
            mentions: &mentions,
            kinds: &kinds,
            within: &within,
            dates: &found,
            published: &published,
        };
        let mut events = self.coder.code_folded(&input, &folded);
        marsad_coder::add_affiliations(&mut events, &|id: &str| {
            self.lexicon.affiliation(id).map(str::to_owned)
        });
        marsad_coder::drop_unarmed_doers(&mut events, &|id: &str| self.lexicon.unarmed(id));
        marsad_coder::add_hosts(&mut events, &|place: &str| self.lexicon.seated_in(place).map(str::to_owned));
        add_struck_capitals(&mut entities, &events, &mentions, &|id: &str| self.lexicon.entity(id).cloned());
        let events = events.into_iter().map(EventRecord::from).collect();
        let traces = if trace { self.coder.explain(&input) } else { Vec::new() };

        let analysis = Analysis {
            doc: article.id.clone(),
            title: title.text,
            published,
            author: article.author.clone(),
            outlet: article.outlet.clone(),
            url: article.url.clone(),
            boilerplate,
            deobfuscated,
            body: body_text,
            dates,
            entities,
            events,
        };
        (analysis, traces)
    }

    /// The publication date the article states: metadata, else its byline, else the caller's fallback.
    fn published(&self, article: &Article, fallback: Option<&DateValue>) -> Option<DateValue> {
        if let Some(p) = article.published.clone().filter(|p| !p.is_unknown()) {
            return Some(p);
        }
        let byline = article.byline.as_deref().map(|b| marsad_text::clean(b).text);
        byline
            .and_then(|b| self.dates.find_published(&b))
            .map(|m| m.value)
            .filter(|v| !v.is_unknown())
            .or_else(|| fallback.cloned())
    }

    /// The temporal expressions of a piece of text (the `marsad dates` command), anchored on `published`.
    ///
    /// The text is cleaned first; `text`, `start` and `end` of each record point into the text *as given*.
    pub fn dates_in(&self, text: &str, published: Option<&DateValue>) -> Vec<DateRecord> {
        let cleaned = marsad_text::clean(text);
        let unknown = DateValue::unknown();
        self.dates
            .find(&cleaned.text, published.unwrap_or(&unknown))
            .iter()
            .map(|m| {
                let span = cleaned.span_to_original(m.span);
                DateRecord {
                    text: span.slice(text).to_string(),
                    start: span.start,
                    end: span.end,
                    ..date_record(m)
                }
            })
            .collect()
    }
}

/// An article body cleaned ([`marsad_text::clean`]) and folded ([`marsad_text::fold_clean`] of the cleaned
/// text), made once for whoever needs either before the analysis.
#[derive(Clone, Debug)]
pub struct PreparedBody {
    cleaned: marsad_text::Cleaned,
    folded: String,
}

impl PreparedBody {
    /// Cleans and folds `body`.
    pub fn of(body: &str) -> PreparedBody {
        let cleaned = marsad_text::clean(body);
        let folded = marsad_text::fold_clean(&cleaned.text);
        PreparedBody { cleaned, folded }
    }

    /// The folded body: the same as `marsad_text::fold(body)`.
    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// The cleaned body.
    pub fn cleaned(&self) -> &marsad_text::Cleaned {
        &self.cleaned
    }
}

/// `وردت الفصائل باستهداف دمشق`: a capital the lexicon read as its government
/// names the city an attack on it is placed in (`Mention::metonym_city`). That
/// city joins the entities when the article names it nowhere else, with the
/// capital's words as its mention, so every event's place is one of the
/// article's entities (with the coordinates a map needs).
fn add_struck_capitals(
    entities: &mut Vec<EntityRecord>,
    events: &[marsad_model::Event],
    mentions: &[marsad_model::Mention],
    entity: &dyn Fn(&str) -> Option<marsad_model::Entity>,
) {
    for m in mentions {
        let Some(city) = m.metonym_city() else { continue };
        if !events.iter().any(|e| e.place.as_deref() == Some(city)) {
            continue;
        }
        if entities.iter().any(|x| x.id == city) {
            continue;
        }
        if let Some(e) = entity(city) {
            entities.push(entity_record(e, vec![m.text.clone()]));
        }
    }
}

fn entity_record(e: marsad_model::Entity, mentions: Vec<String>) -> EntityRecord {
    EntityRecord {
        id: e.id,
        kind: e.kind.as_str().to_string(),
        name_en: e.name_en,
        lat: e.lat,
        lon: e.lon,
        precision: e.geo_precision.map(|p| marsad_lexicon::precision_name(p).to_string()),
        mentions,
    }
}

fn date_record(m: &DateMention) -> DateRecord {
    DateRecord {
        text: m.text.clone(),
        value: m.value.value.clone(),
        precision: m.value.precision,
        anchor: m.anchor.clone(),
        start: m.span.start,
        end: m.span.end,
    }
}

/// `text` without the line `line` (and the line break after it, or before it at the end).
fn remove_line(text: &str, line: Span) -> String {
    let mut start = text[..line.start].rfind('\n').map_or(0, |i| i + 1);
    let mut end = text[line.end..].find('\n').map_or(text.len(), |i| line.end + i + 1);
    if end == text.len() && start > 0 {
        start -= 1; // drop the break before the last line instead
        end = text.len();
    }
    format!("{}{}", &text[..start], &text[end..])
}

fn check_named_sides(coder: &Coder, lexicon: &Lexicon) -> Result<(), Error> {
    let unknown = unknown_named_sides(coder, lexicon);
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Error::Stage { stage: "coder", message: unknown.join("; ") })
}

/// The sides triggers name (`named_source`, `named_target`) that are no actor of the lexicon, each as
/// `TRG-…: named side X is no actor of the lexicon`: events would carry an id no entity explains.
fn unknown_named_sides(coder: &Coder, lexicon: &Lexicon) -> Vec<String> {
    coder
        .rules()
        .triggers
        .iter()
        .flat_map(|t| t.named_source.iter().chain(&t.named_target).map(move |id| (t, id)))
        .filter(|(_, id)| lexicon.entity(id).is_none())
        .map(|(t, id)| format!("{}: named side {id} is no actor of the lexicon", t.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_side_must_be_an_actor_of_the_lexicon() {
        let lexicon = Lexicon::embedded();
        assert_eq!(unknown_named_sides(&Coder::embedded(), &lexicon), Vec::<String>::new());
        assert!(Coder::embedded().rules().triggers.iter().any(|t| t.named_target == ["YPG"]));
        let file = r#"
[header]
format = "marsad-triggers/1"
type = "ASSAULT"
source = "test"
licence = "MIT"
updated = "2026-11-28"

[[trigger]]
id = "TRG-assault-900"
forms = ["عمليه الاختبار"]
named_source = ["TUR"]
named_target = ["NO-SUCH-GROUP"]
"#;
        let mut rules = marsad_coder::Rules::default();
        rules.add_file(Path::new("test.toml"), file).unwrap();
        let coder = Coder::from_rules(rules);
        assert_eq!(
            unknown_named_sides(&coder, &lexicon),
            ["TRG-assault-900: named side NO-SUCH-GROUP is no actor of the lexicon"]
        );
    }

    /// A caller's lexicon goes with the shipped coder only if it holds every side the shipped triggers
    /// name: one of a single actor lacks the YPG that Olive Branch strikes.
    #[test]
    fn a_lexicon_without_the_named_sides_is_refused_for_the_shipped_coder() {
        assert!(Analyzer::embedded_with_lexicon(Lexicon::embedded()).is_ok());
        let dir = std::env::temp_dir().join(format!("marsad-named-sides-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("actors")).unwrap();
        std::fs::write(
            dir.join("actors/one.toml"),
            "[[actor]]\nid = \"TUR\"\nkind = \"country\"\nname_en = \"Turkey\"\nname_ar = \"تركيا\"\n\
             aliases = [\"تركيا\"]\n",
        )
        .unwrap();
        let lexicon = Lexicon::from_dir(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        let message = Analyzer::embedded_with_lexicon(lexicon.unwrap()).unwrap_err().to_string();
        assert!(message.starts_with("coder: TRG-assault-"), "{message}");
        assert!(message.contains("named side YPG is no actor of the lexicon"), "{message}");
    }

    /// A body prepared by the caller gives the record the pipeline gives from the raw body, also when a
    /// byline found in the body is cut out of it (and out of the fold).
    #[test]
    fn a_prepared_body_analyses_as_the_raw_one() {
        let reader = marsad_ingest::Reader::embedded();
        let analyzer = Analyzer::embedded();
        let texts = [
            "عنوان الخبر\n\nسياسي | 05 سبتمبر 2020 | مالك الحافظ\nالتقى الوفدان التركي والروسي في أنقرة أمس.",
            "قصف على إدلب\nالخميس 12 نيسان/أبريل 2018\nقصفت قوات النظام السوري بلدة في ريف إدلب الجنوبي، وقالت المعارضة إن الداعـ.ـش انسحب.",
            "خبر\nأعلنت وزارة الدفاع التركية يوم 3 آذار أن دورية مشتركة سارت على الطريق M4.",
        ];
        let mut cut = 0;
        for (n, t) in texts.iter().enumerate() {
            let a = reader.parse_text(&format!("{n}.txt"), t);
            let plain = analyzer.analyze_with(&a, None);
            let prepared = analyzer.analyze_prepared(&a, None, PreparedBody::of(&a.body));
            assert_eq!(serde_json::to_string(&plain).unwrap(), serde_json::to_string(&prepared).unwrap());
            assert_eq!(PreparedBody::of(&a.body).folded(), marsad_text::fold(&a.body));
            cut += usize::from(plain.body.len() < marsad_text::clean(&a.body).text.len());
        }
        assert!(cut >= 1, "one text has a byline cut from its body");
    }

    #[test]
    fn removing_a_line_keeps_the_others_whole() {
        let t = "أ\nب ج\nد";
        assert_eq!(remove_line(t, Span::new(3, 6)), "أ\nد");
        assert_eq!(remove_line(t, Span::new(0, 2)), "ب ج\nد");
        assert_eq!(remove_line(t, Span::new(t.len() - 2, t.len())), "أ\nب ج");
    }
}
