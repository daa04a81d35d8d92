//! The same test bodies against the SQLite store and the PostgreSQL store (a real server, started
//! once for this test binary by `marsad_store::pg_test`): what one answers, the other answers,
//! byte for byte where the answer is a file (exports).

use std::path::PathBuf;

mod common;

use common::{corpus, fixture, OneEvent};
use marsad_model::{DateValue, EventType};
use marsad_store::pipeline::{PathReader, PipelineAnalyzer};
use marsad_store::{
    export, pg_test, Analysis, Analyzer, ArticleInput, DataDir, Exclude, Filter, IngestItem, IngestOptions,
    IngestSummary, Near, PageRequest, PgStore, Store, Stored, TextOnlyAnalyzer,
};

/// Every third of the 112 real articles (the `.txt` files of `real/`): enough outlets and
/// events for every filter, in a third of the time.
fn real_texts() -> Vec<PathBuf> {
    common::real_texts().into_iter().step_by(3).collect()
}

/// A data directory of each kind: SQLite in `dir/sqlite`, and one over a new PostgreSQL database.
struct Both {
    _tmp: tempfile::TempDir,
    sqlite: DataDir,
    pg: DataDir,
    url: String,
    pg_root: PathBuf,
}

fn both(name: &str) -> Both {
    let tmp = tempfile::tempdir().unwrap();
    let url = pg_test::cluster().database(name);
    let sqlite = DataDir::open(&tmp.path().join("sqlite")).unwrap();
    let pg_root = tmp.path().join("pg");
    let pg = DataDir::open_with(&pg_root, Some(&url)).unwrap();
    assert!(pg.store().is_shared() && !sqlite.store().is_shared());
    Both { _tmp: tmp, sqlite, pg, url, pg_root }
}

fn ingest_paths(data: &mut DataDir, paths: &[PathBuf]) -> IngestSummary {
    let reader = marsad_ingest::Reader::embedded();
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    data.ingest(PathReader::new(&reader, paths), &pipeline, IngestOptions::default(), &mut |_| {}).unwrap()
}

/// JSON of a value without the times its articles were stored (`stored_at`: two ingests in two
/// stores, run a second apart, differ there and nowhere else).
fn json<T: serde::Serialize>(v: &T) -> String {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("stored_at");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(v).unwrap();
    strip(&mut value);
    serde_json::to_string(&value).unwrap()
}

/// Events without the times their articles were stored (ACLED's `timestamp` column).
fn unstamped(mut events: Vec<marsad_store::EventRecord>) -> Vec<marsad_store::EventRecord> {
    events.iter_mut().flat_map(|e| e.sources.iter_mut()).for_each(|s| s.stored_at = None);
    events
}

const ALL: PageRequest = PageRequest { offset: 0, limit: usize::MAX };

/// Everything a reader can ask of the two stores is the same.
fn assert_same(b: &Both) {
    let (s, p) = (&b.sqlite, &b.pg);
    let mut stats = s.stats().unwrap();
    let mut pg_stats = p.stats().unwrap();
    (stats.db_bytes, pg_stats.db_bytes) = (0, 0);
    assert_eq!(stats, pg_stats);
    assert_eq!(json(&s.actors().unwrap()), json(&p.actors().unwrap()));
    assert_eq!(json(&s.places().unwrap()), json(&p.places().unwrap()));
    let all = s.list_events(&Filter::default(), ALL).unwrap();
    assert_eq!(json(&all), json(&p.list_events(&Filter::default(), ALL).unwrap()));
    assert!(all.total > 50, "{}", all.total);
    // Each report carries its article's storing time and the words it names its actors by (read
    // once per article of a page, not with each report).
    for d in [s, p] {
        let listed = d.list_events(&Filter::default(), ALL).unwrap().items;
        let sources: Vec<_> = listed.iter().flat_map(|e| &e.sources).collect();
        assert!(sources.iter().all(|s| s.stored_at.as_deref().is_some_and(|t| t.ends_with('Z'))));
        assert!(sources.iter().any(|s| !s.mentions.is_empty()));
    }
    // The exports, byte for byte.
    let (items, pg_items) =
        (unstamped(all.items.clone()), unstamped(p.list_events(&Filter::default(), ALL).unwrap().items));
    assert_eq!(export::to_csv(&items, None), export::to_csv(&pg_items, None));
    assert_eq!(export::to_geojson_text(&items), export::to_geojson_text(&pg_items));
    assert_eq!(export::to_plover_jsonl(&items), export::to_plover_jsonl(&pg_items));
    for e in &all.items {
        assert_eq!(json(&s.get_event(e.id).unwrap()), json(&p.get_event(e.id).unwrap()));
    }
    assert_eq!(p.get_event(all.total as i64 + 1000).unwrap(), None);
    // Events read together are each what reading it alone gives, in the order asked (the desk's
    // list reads its page so), an unknown id left out.
    let mut asked: Vec<i64> = all.items.iter().map(|e| e.id).rev().collect();
    asked.insert(1, all.total as i64 + 1000);
    for d in [s, p] {
        let one_by_one: Vec<_> = asked.iter().filter_map(|id| d.get_event(*id).unwrap()).collect();
        assert_eq!(one_by_one.len(), all.items.len());
        assert_eq!(json(&d.get_events(&asked).unwrap()), json(&one_by_one));
    }
    assert_eq!(json(&s.get_events(&asked).unwrap()), json(&p.get_events(&asked).unwrap()));
    assert!(s.get_events(&[]).unwrap().is_empty());
    let max = s.store().max_article_id().unwrap();
    assert_eq!(max, p.store().max_article_id().unwrap());
    for id in 1..=max + 1 {
        assert_eq!(json(&s.get_article(id).unwrap()), json(&p.get_article(id).unwrap()), "article {id}");
    }
    for limit in [1, 1000] {
        // The types of an article's events as a set (their order means nothing to the index).
        let docs = |d: &DataDir| {
            let mut docs = d.store().index_docs(0, limit).unwrap();
            docs.iter_mut().for_each(|d| d.event_types.sort());
            docs
        };
        assert_eq!(docs(s), docs(p));
    }
    let ids: Vec<i64> = (1..=max).collect();
    assert_eq!(s.store().clean_bodies(&ids).unwrap(), p.store().clean_bodies(&ids).unwrap());
    assert_eq!(
        json(
            &s.store()
                .original_signatures()
                .unwrap()
                .iter()
                .map(|(i, sig)| (i, sig.to_bytes()))
                .collect::<Vec<_>>()
        ),
        json(
            &p.store()
                .original_signatures()
                .unwrap()
                .iter()
                .map(|(i, sig)| (i, sig.to_bytes()))
                .collect::<Vec<_>>()
        )
    );
    let originals = |d: &DataDir| json(&d.store().originals().unwrap());
    assert_eq!(originals(s), originals(p));
    // Filters and pages.
    let first_actor = s.actors().unwrap().into_iter().find(|a| a.events > 1).map(|a| a.id);
    let first_place = s.places().unwrap().into_iter().find(|a| a.events > 1).map(|a| a.id);
    let aleppo = Near { lat: 36.2, lon: 37.16, km: 80.0 };
    assert_eq!(s.store().places_near(aleppo).unwrap(), p.store().places_near(aleppo).unwrap());
    let filters = [
        Filter { kinds: vec![EventType::parse("ASSAULT").unwrap()], ..Filter::default() },
        Filter {
            kinds: vec![EventType::parse("ASSAULT").unwrap(), EventType::parse("CONSULT").unwrap()],
            newest_first: true,
            ..Filter::default()
        },
        Filter { from: Some("2019".into()), to: Some("2020-06".into()), ..Filter::default() },
        Filter { actor: first_actor, ..Filter::default() },
        Filter { place: first_place, ..Filter::default() },
        Filter { near: Some(aleppo), ..Filter::default() },
        Filter { bbox: Some([35.0, 32.0, 42.0, 37.5]), ..Filter::default() },
        Filter {
            exclude: Exclude { historical: true, negated: true, hypothetical: true, plan: true },
            ..Filter::default()
        },
        Filter { text: Some("قصف".into()), ..Filter::default() },
    ];
    for f in &filters {
        for page in [ALL, PageRequest { offset: 3, limit: 7 }, PageRequest { offset: 0, limit: 0 }] {
            let (a, b) = (s.list_events(f, page).unwrap(), p.list_events(f, page).unwrap());
            assert_eq!(json(&a), json(&b), "{f:?} {page:?}");
        }
    }
    assert!(s.list_events(&filters[0], ALL).unwrap().total > 0);
    let page = PageRequest { offset: 0, limit: 50 };
    for q in ["دوريات مشتركة", "إدلب", "\"ريف دمشق\"", "قصف إدلب OR حلب"] {
        let (a, b) =
            (s.search(q, &Filter::default(), page).unwrap(), p.search(q, &Filter::default(), page).unwrap());
        assert_eq!(format!("{a:?}"), format!("{b:?}"), "{q}");
    }
    let offset = s.list_events(&Filter::default(), PageRequest { offset: usize::MAX, limit: 1 });
    let pg_offset = p.list_events(&Filter::default(), PageRequest { offset: usize::MAX, limit: 1 });
    assert_eq!(offset.unwrap_err().to_string(), pg_offset.unwrap_err().to_string());
}

/// Seeds, the 112 real articles and wire reprints through both stores: the same articles,
/// near-duplicates, merged events, records and exports; and after a re-analysis, the same again.
#[test]
fn real_articles_give_the_same_store_in_sqlite_and_postgresql() {
    let mut b = both("real");
    let paths = [vec![corpus("seeds")], real_texts(), vec![fixture("bulk_pairs.jsonl")]].concat();
    let started = std::time::Instant::now();
    let s = ingest_paths(&mut b.sqlite, &paths);
    let sqlite_secs = started.elapsed().as_secs_f64();
    let started = std::time::Instant::now();
    let p = ingest_paths(&mut b.pg, &paths);
    let pg_secs = started.elapsed().as_secs_f64();
    eprintln!(
        "ingest of {} articles: SQLite {sqlite_secs:.2} s ({:.0}/s), PostgreSQL {pg_secs:.2} s ({:.0}/s)",
        s.new + s.near_duplicates,
        (s.new + s.near_duplicates) as f64 / sqlite_secs,
        (p.new + p.near_duplicates) as f64 / pg_secs
    );
    assert_eq!(
        (s.new, s.near_duplicates, s.duplicates, s.event_reports),
        (p.new, p.near_duplicates, p.duplicates, p.event_reports)
    );
    assert!(s.near_duplicates > 0 && s.new > 40, "{s:?}");
    assert!(b.sqlite.stats().unwrap().merged_events > 0, "reports of several outlets merge");
    assert_same(&b);
    // Again: all known, by URL or content hash.
    let again = ingest_paths(&mut b.pg, &paths);
    assert_eq!((again.new, again.near_duplicates), (0, 0), "{again:?}");
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    b.sqlite.reanalyze(&pipeline).unwrap();
    b.pg.reanalyze(&pipeline).unwrap();
    assert_same(&b);
}

fn article(doc: &str, body: &str, url: Option<&str>) -> ArticleInput {
    ArticleInput {
        doc: doc.into(),
        title: format!("عنوان {doc}"),
        body: body.into(),
        url: url.map(Into::into),
        outlet: Some("outlet".into()),
        published: Some(DateValue::day(2020, 3, 2)),
        ..ArticleInput::default()
    }
}

/// Dedup by URL and by content hash, a near-duplicate linked to its original, and the events of
/// two outlets merged: the same in both stores.
#[test]
fn dedup_near_duplicates_and_merge_agree() {
    let mut b = both("dedup");
    let words: Vec<String> = (0..80).map(|i| format!("كلمة{i}")).collect();
    let body = words.join(" ");
    let near = format!("{} إضافة", words[..79].join(" "));
    let items = || {
        vec![
            IngestItem::Article(article("a", &body, Some("https://a.example/1"))),
            IngestItem::Article(article("a-again", "نص آخر تماما", Some("https://a.example/1"))),
            IngestItem::Article(article("a-copy", &body, None)),
            IngestItem::Article(article("a-near", &near, Some("https://b.example/2"))),
            IngestItem::Article(article("other", "قصفت الطائرات الروسية بلدة سراقب صباح اليوم", None)),
        ]
    };
    for data in [&mut b.sqlite, &mut b.pg] {
        let got = data.ingest(items(), &OneEvent, IngestOptions::default(), &mut |_| {}).unwrap();
        assert_eq!((got.new, got.duplicates, got.near_duplicates), (2, 2, 1), "{got:?}");
        let store = data.store();
        assert_eq!(store.find_existing(Some("https://a.example/1"), &[0; 16]).unwrap(), Some(1));
        assert_eq!(store.find_existing(None, &marsad_store::content_hash(&body)).unwrap(), Some(1));
        assert_eq!(store.find_existing(Some("https://nowhere.example/"), &[0; 16]).unwrap(), None);
        assert_eq!(data.get_article(2).unwrap().unwrap().duplicate_of.map(|d| d.0), Some(1));
        let events = data.list_events(&Filter::default(), ALL).unwrap();
        assert_eq!(events.total, 1, "two outlets' reports of one strike merge");
        assert_eq!(events.items[0].sources.len(), 2);
    }
    assert_same_small(&b);
}

fn assert_same_small(b: &Both) {
    assert_eq!(
        json(&b.sqlite.list_events(&Filter::default(), ALL).unwrap()),
        json(&b.pg.list_events(&Filter::default(), ALL).unwrap())
    );
    for id in 1..=4 {
        assert_eq!(json(&b.sqlite.get_article(id).unwrap()), json(&b.pg.get_article(id).unwrap()));
    }
    let (mut s, mut p) = (b.sqlite.stats().unwrap(), b.pg.stats().unwrap());
    (s.db_bytes, p.db_bytes) = (0, 0);
    assert_eq!(s, p);
}

/// Another connection's commit moves `data_version`; this connection's own do not.
#[test]
fn data_version_moves_for_other_writers_only() {
    let b = both("version");
    let mut b = b;
    let other_url = b.url.clone();
    let mut other = PgStore::connect(&other_url).unwrap();
    let seen = b.pg.store().data_version().unwrap();
    b.pg.ingest(
        vec![IngestItem::Article(article("mine", "نص أول", None))],
        &OneEvent,
        IngestOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(b.pg.store().data_version().unwrap(), seen, "own commits");
    let other_seen = other.data_version().unwrap();
    assert_ne!(other_seen, seen + 100);
    // The other connection writes: this one sees it, and its merge takes in the other's events.
    let batch = {
        let a = article("theirs", "قصفت الطائرات الروسية بلدة سراقب", None);
        let analysis = OneEvent.analyze(&a);
        vec![marsad_store::NewArticle {
            content_hash: marsad_store::content_hash(&a.body),
            signature: marsad_store::minhash::Signature::of_text(&a.body),
            input: a,
            duplicate_of: None,
            analysis,
        }]
    };
    assert_eq!(other.insert_batch(&batch).unwrap(), vec![Stored::New(2)]);
    assert_ne!(b.pg.store().data_version().unwrap(), seen, "another connection's commit");
    assert_eq!(other.data_version().unwrap(), other_seen, "its own commit");
    b.pg.ingest(
        vec![IngestItem::Article(article("third", "قصف روسي جديد على سراقب", None))],
        &OneEvent,
        IngestOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    let events = b.pg.list_events(&Filter::default(), ALL).unwrap();
    assert_eq!(events.total, 1, "the three reports merged across connections");
    assert_eq!(events.items[0].sources.len(), 3);
    // The node's index holds the other connection's article too.
    assert_eq!(b.pg.search("سراقب", &Filter::default(), PageRequest::default()).unwrap().total, 2);
}

/// The schema version; a database written by a newer marsad is refused with a clear error.
#[test]
fn schema_versions() {
    let b = both("schema");
    assert_eq!(b.sqlite.store().schema_version().unwrap(), marsad_store::SCHEMA_VERSION);
    assert_eq!(b.pg.store().schema_version().unwrap(), marsad_store::PG_SCHEMA_VERSION);
    drop(b.pg);
    let mut client = postgres::Client::connect(&b.url, postgres::NoTls).unwrap();
    client.execute("UPDATE marsad_meta SET value = '99' WHERE key = 'schema_version'", &[]).unwrap();
    // The refusal names the store, without its password.
    let name = marsad_store::redact_url(&b.url);
    let err = PgStore::connect(&b.url).unwrap_err().to_string();
    assert!(
        err.contains("99") && err.contains("newer") && err.starts_with(&format!("store {name}")),
        "{err}"
    );
    let err = DataDir::open_with(&b.pg_root, Some(&b.url)).unwrap_err().to_string();
    assert!(err.contains("newer") && err.contains(&name), "{err}");
}

/// Two nodes ingesting into one PostgreSQL store at the same time, in small batches that
/// interleave: every article is stored, every report kept, and after a re-analysis the events
/// are those of one SQLite ingest of the same articles.
#[test]
fn two_writers_at_once_lose_nothing() {
    let mut b = both("concurrent");
    let paths = [vec![corpus("seeds")], real_texts()].concat();
    let serial = ingest_paths(&mut b.sqlite, &paths);
    let (even, odd): (Vec<_>, Vec<_>) = paths.iter().cloned().enumerate().partition(|(i, _)| i % 2 == 0);
    // Both nodes are given the seeds and the first 7 files too, first: their first batches hold
    // the same new articles at about the same moment, and the second to write finds them stored
    // (before, its batch failed on the unique address or text).
    let shared = &paths[..8];
    let halves = [even, odd].map(|h| {
        let rest = h.into_iter().map(|(_, p)| p).filter(|p| !shared.contains(p));
        shared.iter().cloned().chain(rest).collect::<Vec<_>>()
    });
    let roots = [b.pg_root.clone(), b.pg_root.with_file_name("pg-second-node")];
    let url = b.url.clone();
    let results: Vec<IngestSummary> = std::thread::scope(|scope| {
        let handles: Vec<_> = halves
            .iter()
            .zip(&roots)
            .enumerate()
            .map(|(n, (half, root))| {
                let url = url.clone();
                scope.spawn(move || {
                    // The first node's directory is open already in `b.pg`: the second opens its own.
                    let mut data = if n == 0 {
                        DataDir::open_with(&root.with_file_name("pg-first-node"), Some(&url)).unwrap()
                    } else {
                        DataDir::open_with(root, Some(&url)).unwrap()
                    };
                    let reader = marsad_ingest::Reader::embedded();
                    let analyzer = marsad_pipeline::Analyzer::embedded();
                    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
                    let options = IngestOptions { batch_size: 4, ..IngestOptions::default() };
                    data.ingest(PathReader::new(&reader, half), &pipeline, options, &mut |_| {}).unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let stored: usize = results.iter().map(|r| r.new + r.near_duplicates).sum();
    assert_eq!(stored, serial.new + serial.near_duplicates, "{results:?}");
    // The inputs both were given, read twice, are stored once: as many duplicates more.
    let twice = results.iter().map(|r| r.read).sum::<usize>() - serial.read;
    let duplicates: usize = results.iter().map(|r| r.duplicates).sum();
    assert!(twice > 8, "the seeds folder and 7 files: {twice}");
    assert_eq!(duplicates, serial.duplicates + twice, "{results:?}");
    assert!(results.iter().all(|r| r.failed.is_empty()), "{results:?}");
    let reports: usize = results.iter().map(|r| r.event_reports).sum();
    assert_eq!(reports, serial.event_reports);
    // The second node's directory catches up with what the first stored after it finished.
    let pg = DataDir::open_with(&roots[1], Some(&b.url)).unwrap();
    let (s, p) = (b.sqlite.stats().unwrap(), pg.stats().unwrap());
    assert_eq!((s.articles, s.event_sources), (p.articles, p.event_sources));
    assert_eq!(pg.index().num_docs(), s.articles as u64, "the node's index holds both nodes' articles");
    drop(pg);
    let analyzer = marsad_pipeline::Analyzer::embedded();
    let pipeline = PipelineAnalyzer { analyzer: &analyzer, fallback_published: None };
    b.sqlite.reanalyze(&pipeline).unwrap();
    b.pg = DataDir::open_with(&b.pg_root, Some(&b.url)).unwrap();
    b.pg.reanalyze(&pipeline).unwrap();
    // Article ids differ (the nodes interleaved): compare events by their reports' documents.
    let events = |d: &DataDir| {
        let mut v: Vec<String> = d
            .list_events(&Filter::default(), ALL)
            .unwrap()
            .items
            .into_iter()
            .map(|mut e| {
                e.id = 0;
                e.sources.iter_mut().for_each(|s| s.article_id = 0);
                json(&e)
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(events(&b.sqlite), events(&b.pg));
}

/// A data directory remembers the store it indexes: another store, or none, is refused naming
/// both; after a re-analysis on another node, its index is rebuilt when it opens.
#[test]
fn a_data_directory_keeps_to_its_store() {
    let b = both("marker");
    let other = pg_test::cluster().database("marker_other");
    let err = DataDir::open_with(&b.pg_root, Some(&other)).unwrap_err().to_string();
    assert!(err.contains(&b.url) && err.contains(&other), "{err}");
    let err = DataDir::open(&b.pg_root).unwrap_err().to_string();
    assert!(err.contains(&b.url) && err.contains("--store"), "{err}");
    let sqlite_root = b._tmp.path().join("sqlite");
    let err = DataDir::open_with(&sqlite_root, Some(&b.url)).unwrap_err().to_string();
    assert!(err.contains("SQLite") && err.contains(&b.url), "{err}");
    // A password given in the address is never shown.
    let with_password = b.url.replace("test@", "test:topsecret@");
    let err =
        DataDir::open_with(&b.pg_root, Some(&format!("{with_password}_nosuch"))).unwrap_err().to_string();
    assert!(!err.contains("topsecret") && err.contains("does not exist"), "{err}");
    let mut node_a = b.pg;
    let node_b_root = b.pg_root.with_file_name("node-b");
    let items = vec![IngestItem::Article(article("a", "قصفت الطائرات الروسية بلدة سراقب", None))];
    node_a.ingest(items, &OneEvent, IngestOptions::default(), &mut |_| {}).unwrap();
    let node_b = DataDir::open_with(&node_b_root, Some(&with_password)).unwrap();
    let kinds = |d: &DataDir| d.store().index_docs(0, 10).unwrap()[0].event_types.clone();
    assert_eq!(kinds(&node_b), vec!["ASSAULT".to_string()]);
    let assault = Filter { kinds: vec![EventType::parse("ASSAULT").unwrap()], ..Filter::default() };
    assert_eq!(node_b.search("سراقب", &assault, PageRequest::default()).unwrap().total, 1);
    drop(node_b);
    // Node A re-analyses with an analyser that codes nothing: node B's index is rebuilt.
    node_a.reanalyze(&TextOnlyAnalyzer).unwrap();
    let node_b = DataDir::open_with(&node_b_root, Some(&b.url)).unwrap();
    assert_eq!(node_b.search("سراقب", &assault, PageRequest::default()).unwrap().total, 0);
    assert_eq!(node_b.search("سراقب", &Filter::default(), PageRequest::default()).unwrap().total, 1);
}

/// Another node commits between this ingest's planning and its writing: its articles get other
/// ids than planned, and its near-duplicates still point to their originals, whether in the same
/// batch or an earlier one.
#[test]
fn near_duplicates_follow_their_originals_when_ids_move() {
    let mut b = both("moved");
    let words: Vec<String> = (0..80).map(|i| format!("كلمة{i}")).collect();
    let variant = |last: &str| format!("{} {last}", words[..79].join(" "));
    let mut other = Some(PgStore::connect(&b.url).unwrap());
    let mut items = vec![
        IngestItem::Article(article("original", &variant("أولى"), None)),
        IngestItem::Article(article("copy-same-batch", &variant("ثانية"), None)),
        IngestItem::Article(article("copy-next-batch", &variant("ثالثة"), None)),
    ]
    .into_iter();
    // The first input read: another node stores an article (after this ingest planned its ids).
    let items = std::iter::from_fn(move || {
        if let Some(mut other) = other.take() {
            let a = article("elsewhere", "نص من عقدة أخرى لا يشبه غيره", None);
            let analysis = TextOnlyAnalyzer.analyze(&a);
            let batch = vec![marsad_store::NewArticle {
                content_hash: marsad_store::content_hash(&a.body),
                signature: marsad_store::minhash::Signature::of_text(&a.body),
                input: a,
                duplicate_of: None,
                analysis,
            }];
            assert_eq!(other.insert_batch(&batch).unwrap(), vec![Stored::New(1)]);
        }
        items.next()
    });
    let options = IngestOptions { batch_size: 2, ..IngestOptions::default() };
    let got = b.pg.ingest(items, &TextOnlyAnalyzer, options, &mut |_| {}).unwrap();
    assert_eq!((got.new, got.near_duplicates), (1, 2), "{got:?}");
    let doc = |id: i64| b.pg.get_article(id).unwrap().unwrap();
    assert_eq!(doc(2).doc, "original");
    for id in [3, 4] {
        assert_eq!(doc(id).duplicate_of.map(|d| d.0), Some(2), "{}", doc(id).doc);
    }
    assert_eq!(b.pg.index().num_docs(), 4, "the node's index holds the other node's article too");
}

/// JSON Lines records with NUL characters (`\u0000`) in their headline, text, outlet and address:
/// PostgreSQL refused the whole batch ("invalid byte sequence for encoding UTF8: 0x00") where
/// SQLite stored them. The reader takes NULs out before any offset is made, so both stores hold
/// the same articles, and every span of an article points into the text stored.
#[test]
fn nul_characters_in_records_are_stored_alike_with_offsets_into_the_stored_text() {
    let mut b = both("nul");
    let dir = b._tmp.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    let records = concat!(
        r#"{"id": "nul1", "title": "غارات\u0000 روسية على إدلب", "outlet": "عنب\u0000 بلدي", "url": "https://example.org/\u0000nul1", "date": "2020-03-02", "#,
        r#""text": "قصفت الطائرات\u0000 الحربية الروسية بلدة سراقب في ريف إدلب الشرقي صباح اليوم\u0000، ما أدى إلى مقتل ثلاثة مدنيين.\n\u0000وقال ناشطون إن القصف استهدف الأحياء السكنية في البلدة يوم الإثنين."}"#,
        "\n",
        r#"{"id": "nul2", "text": "\u0000اجتمع وزير الخارجية التركي بنظيره الروسي في أنقرة يوم 2 آذار 2020 لبحث الوضع في إدلب.\u0000"}"#,
        "\n",
    );
    let path = dir.join("nul.jsonl");
    std::fs::write(&path, records).unwrap();
    let s = ingest_paths(&mut b.sqlite, std::slice::from_ref(&path));
    let p = ingest_paths(&mut b.pg, std::slice::from_ref(&path));
    assert_eq!((s.new, s.failed.len()), (2, 0), "{s:?}");
    assert_eq!((p.new, p.failed.len(), p.event_reports), (2, 0, s.event_reports), "{p:?}");
    assert!(s.event_reports > 0, "{s:?}");
    for id in 1..=2 {
        let (a, pa) = (b.sqlite.get_article(id).unwrap().unwrap(), b.pg.get_article(id).unwrap().unwrap());
        assert_eq!(json(&a), json(&pa));
        assert!(!json(&a).contains("\\u0000"), "{}", json(&a));
        assert!(!a.spans.is_empty(), "{a:?}");
        for span in &a.spans {
            assert_eq!(&a.body[span.start..span.end], span.text, "{span:?}");
        }
    }
    let article = b.pg.get_article(1).unwrap().unwrap();
    assert_eq!(
        (article.title.as_str(), article.outlet.as_deref(), article.url.as_deref()),
        ("غارات روسية على إدلب", Some("عنب بلدي"), Some("https://example.org/nul1"))
    );
    for e in b.pg.list_events(&Filter::default(), ALL).unwrap().items {
        for source in &e.sources {
            let a = b.pg.get_article(source.article_id).unwrap().unwrap();
            assert!(a.body.contains(&source.evidence), "{:?} in {}", source.evidence, a.body);
        }
    }
    assert_same_small(&b);
}

/// An article another node stored after this one looked it up: both stores give `Already` with
/// the stored id, store the rest of the batch, and link a near-duplicate of it to the stored one.
#[test]
fn an_article_stored_meanwhile_is_already_stored_and_the_rest_of_the_batch_is_stored() {
    let b = both("already");
    let words: Vec<String> = (0..80).map(|i| format!("كلمة{i}")).collect();
    let body = words.join(" ");
    let near = format!("{} إضافة", words[..79].join(" "));
    let new_article = |a: ArticleInput, duplicate_of: Option<_>| {
        // A near-duplicate is stored with its text only, as an ingest stores it.
        let analysis =
            if duplicate_of.is_some() { TextOnlyAnalyzer.analyze(&a) } else { OneEvent.analyze(&a) };
        marsad_store::NewArticle {
            content_hash: marsad_store::content_hash(&a.body),
            signature: marsad_store::minhash::Signature::of_text(&a.body),
            input: a,
            duplicate_of,
            analysis,
        }
    };
    let mut sqlite = marsad_store::SqliteStore::open(&b._tmp.path().join("sqlite-already.db")).unwrap();
    let mut pg = PgStore::connect(&b.url).unwrap();
    let stores: [&mut dyn Store; 2] = [&mut sqlite, &mut pg];
    for store in stores {
        let first = new_article(article("first", &body, Some("https://a.example/1")), None);
        assert_eq!(store.insert_batch(&[first]).unwrap(), vec![Stored::New(1)]);
        let batch = [
            new_article(article("other", "قصفت الطائرات الروسية بلدة سراقب", None), None),
            // The same address, another text; the same text, no address; a copy in the batch.
            new_article(article("first-again", "نص آخر تماما", Some("https://a.example/1")), None),
            new_article(article("first-copy", &body, None), None),
            new_article(
                article("near", &near, Some("https://b.example/2")),
                Some((marsad_store::Original::Batch(2), 0.95)),
            ),
            new_article(article("other-again", "قصفت الطائرات الروسية بلدة سراقب", None), None),
        ];
        let got = store.insert_batch(&batch).unwrap();
        assert_eq!(
            got,
            [Stored::New(2), Stored::Already(1), Stored::Already(1), Stored::New(3), Stored::Already(2)]
        );
        assert_eq!(store.stats().unwrap().articles, 3);
        assert_eq!(store.get_article(3).unwrap().unwrap().duplicate_of.map(|d| d.0), Some(1));
        let events = store.list_events(&Filter::default(), ALL).unwrap();
        assert_eq!(events.total, 1);
        assert_eq!(events.items[0].sources.len(), 2, "the stored article's report is not added again");
    }
}

/// Another node stores the very article this ingest planned as new (it was not stored when looked
/// up) while this one analyses it: the batch failed on the unique address ("duplicate key value"),
/// losing the other articles of the batch, and only a second run stored them. Now it is a
/// duplicate, as a second ingest counts it, and the rest of the batch is stored.
#[test]
fn the_same_new_article_stored_by_another_node_meanwhile_is_a_duplicate() {
    struct Racing {
        other: std::sync::Mutex<Option<PgStore>>,
    }
    impl Analyzer for Racing {
        fn analyze(&self, a: &ArticleInput) -> Analysis {
            if a.doc == "contested" {
                if let Some(mut other) = self.other.lock().unwrap().take() {
                    let analysis = OneEvent.analyze(a);
                    let copy = marsad_store::NewArticle {
                        content_hash: marsad_store::content_hash(&a.body),
                        signature: marsad_store::minhash::Signature::of_text(&a.body),
                        input: a.clone(),
                        duplicate_of: None,
                        analysis,
                    };
                    assert_eq!(other.insert_batch(&[copy]).unwrap(), vec![Stored::New(1)]);
                }
            }
            OneEvent.analyze(a)
        }
    }
    let mut b = both("race");
    let racing = Racing { other: std::sync::Mutex::new(Some(PgStore::connect(&b.url).unwrap())) };
    let items = || {
        vec![
            IngestItem::Article(article("before", "قصفت الطائرات الروسية بلدة سراقب فجر اليوم", None)),
            IngestItem::Article(article(
                "contested",
                "قصفت المدفعية الروسية أطراف سراقب ظهر اليوم",
                Some("https://a.example/contested"),
            )),
            IngestItem::Article(article("after", "قصف روسي جديد على سراقب مساء اليوم", None)),
        ]
    };
    let got = b.pg.ingest(items(), &racing, IngestOptions::default(), &mut |_| {}).unwrap();
    assert_eq!((got.new, got.duplicates, got.near_duplicates), (2, 1, 0), "{got:?}");
    assert_eq!(got.event_reports, 2, "the other node's report is not counted here");
    assert_eq!(b.pg.stats().unwrap().articles, 3);
    let docs: Vec<String> = (1..=3).map(|id| b.pg.get_article(id).unwrap().unwrap().doc).collect();
    assert_eq!(docs, ["contested", "before", "after"]);
    let events = b.pg.list_events(&Filter::default(), ALL).unwrap();
    assert_eq!((events.total, events.items[0].sources.len()), (1, 3), "each report once, merged");
    assert_eq!(b.pg.index().num_docs(), 3, "the index holds the other node's article once");
    // As a second ingest, run sequentially, sees them all.
    let again = b.pg.ingest(items(), &OneEvent, IngestOptions::default(), &mut |_| {}).unwrap();
    assert_eq!((again.new, again.duplicates), (0, 3), "{again:?}");
}
