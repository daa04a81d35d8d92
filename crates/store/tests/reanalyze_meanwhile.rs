//! A re-analysis of a shared PostgreSQL store (a real server, started for this test binary by
//! `marsad_store::pg_test`) while another node ingests: what the other node stored keeps its
//! reports.

use std::sync::Mutex;

mod common;

use common::OneEvent;
use marsad_model::DateValue;
use marsad_store::{
    pg_test, Analysis, Analyzer, ArticleInput, DataDir, Filter, IngestItem, IngestOptions, PageRequest, Store,
};

fn article(doc: &str, body: &str) -> ArticleInput {
    ArticleInput {
        doc: doc.into(),
        title: format!("عنوان {doc}"),
        body: body.into(),
        outlet: Some(format!("outlet {doc}")),
        published: Some(DateValue::day(2020, 3, 2)),
        ..ArticleInput::default()
    }
}

/// [`OneEvent`], which the first time it is asked has another node ingest an article first: the
/// re-analysis has read the stored articles, and has not replaced their events yet.
struct OtherNodeIngestsMeanwhile {
    other: Mutex<Option<(DataDir, ArticleInput)>>,
}

impl Analyzer for OtherNodeIngestsMeanwhile {
    fn analyze(&self, a: &ArticleInput) -> Analysis {
        if let Some((mut node, article)) = self.other.lock().unwrap().take() {
            let items = vec![IngestItem::Article(article)];
            let stored = node.ingest(items, &OneEvent, IngestOptions::default(), &mut |_| {}).unwrap();
            assert_eq!((stored.new, stored.event_reports), (1, 1), "{stored:?}");
        }
        OneEvent.analyze(a)
    }
}

#[test]
fn an_article_ingested_during_a_reanalysis_keeps_its_events() {
    let tmp = tempfile::tempdir().unwrap();
    let url = pg_test::cluster().database("reanalyze_meanwhile");
    let mut a = DataDir::open_with(&tmp.path().join("node-a"), Some(&url)).unwrap();
    let first = vec![IngestItem::Article(article("a", "قصفت الطائرات الروسية مدينة سراقب."))];
    a.ingest(first, &OneEvent, IngestOptions::default(), &mut |_| {}).unwrap();
    let b = DataDir::open_with(&tmp.path().join("node-b"), Some(&url)).unwrap();
    let late = article("b", "غارات روسية جديدة على سراقب وريفها.");
    let meanwhile = OtherNodeIngestsMeanwhile { other: Mutex::new(Some((b, late))) };

    let stats = a.reanalyze(&meanwhile).unwrap();
    assert!(meanwhile.other.lock().unwrap().is_none(), "the other node ingested during the re-analysis");
    assert_eq!((stats.articles, stats.event_sources), (2, 2), "{stats:?}");
    let late_id = a.store().max_article_id().unwrap();
    let stored = a.get_article(late_id).unwrap().unwrap();
    assert_eq!(stored.doc, "b");
    assert_eq!(stored.event_ids.len(), 1, "the article stored meanwhile lost its events");
    let merged = a.get_event(stored.event_ids[0]).unwrap().unwrap();
    let mut docs: Vec<&str> = merged.sources.iter().map(|s| s.doc.as_str()).collect();
    docs.sort();
    assert_eq!(docs, ["a", "b"]);
    // The search index of the node that re-analysed holds both.
    assert_eq!(a.index().num_docs(), 2);
    // As a re-analysis with nobody ingesting meanwhile leaves them.
    let events =
        |d: &DataDir| format!("{:?}", d.list_events(&Filter::default(), PageRequest::all()).unwrap());
    let meanwhile_events = events(&a);
    a.reanalyze(&OneEvent).unwrap();
    assert_eq!(meanwhile_events, events(&a));
}
