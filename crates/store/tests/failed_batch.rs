//! A batch whose SQLite transaction fails in the middle of an ingest. The index writer stages a
//! batch while its transaction runs, so a failed transaction leaves staged documents (of this
//! batch, and of earlier batches since the last index commit) that must be dropped and caught
//! up from the store; and the merge keeps the known events in memory, which ran ahead of the
//! transaction that rolled back.
//!
//! The failure is real: a trigger added to `marsad.db` through a second connection aborts the
//! insert of one article of a later batch, part-way through that batch's transaction. Every
//! state is compared with a data directory that ingested the same reports without failing.

use std::path::Path;

mod common;

use common::{actor, event, place};
use marsad_model::{DateValue, EventType};
use marsad_store::{
    Analysis, ArticleInput, ArticleRecord, DataDir, EventRecord, Filter, IngestItem, IngestOptions,
    IngestSummary, PageRequest,
};

/// Each report names one of these towns in its body (report `i` the town `i % 24`).
const TOWNS: [&str; 24] = [
    "سراقب",
    "أريحا",
    "كفرنبل",
    "تفتناز",
    "سرمين",
    "حارم",
    "سلقين",
    "دركوش",
    "كنصفرة",
    "احسم",
    "مرعيان",
    "كفرتخاريم",
    "أرمناز",
    "معرتمصرين",
    "سرمدا",
    "أطمة",
    "حزانو",
    "كللي",
    "تلمنس",
    "جرجناز",
    "قميناس",
    "بداما",
    "مشمشان",
    "فركيا",
];

/// A word only the headline of the report the trigger rejects has.
const MARK: &str = "عاجل";

/// A word every report has.
const COMMON: &str = "الحربي";

/// `n` distinct reports; report `marked` alone has [`MARK`] in its headline.
fn reports(n: usize, marked: usize) -> Vec<IngestItem> {
    const WORDS: [&str; 16] = [
        "مدفعي",
        "بلدة",
        "ريف",
        "الجنوبي",
        "وأفادت",
        "مصادر",
        "محلية",
        "بسقوط",
        "جرحى",
        "المدنيين",
        "وتحليق",
        "للطيران",
        "فوق",
        "المنطقة",
        "القوات",
        "صواريخ",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|i| {
            let town = TOWNS[i % TOWNS.len()];
            let mut body = format!("قصف الطيران {COMMON} بلدة {town} صباح اليوم.");
            for _ in 0..30 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                body.push(' ');
                body.push_str(WORDS[(state % WORDS.len() as u64) as usize]);
            }
            let title = if i == marked {
                format!("{MARK}: قصف على {town}")
            } else {
                format!("قصف على {town}")
            };
            IngestItem::Article(ArticleInput {
                doc: format!("report-{i}"),
                title,
                outlet: Some(format!("outlet-{}", i % 3)),
                url: Some(format!("https://outlet-{}.invalid/{i}", i % 3)),
                body,
                ..ArticleInput::default()
            })
        })
        .collect()
}

/// One strike per report: reports `i` and `i + 10` describe the same strike (same place, day
/// and actor), so the merge joins reports of different batches into one event.
fn analyze(a: &ArticleInput) -> Analysis {
    let i: usize = a.doc.trim_start_matches("report-").parse().expect("report number");
    let strike = i % 10;
    let place_id = format!("place:strike-{strike}");
    let body = a.body.clone();
    let event =
        event(EventType::Assault, DateValue::day(2024, 7, 1 + strike as u8), &place_id, &["RUS-MIL"], &body);
    let place = place(&place_id, 33.0 + 0.4 * strike as f64, 36.5);
    let actor = actor("RUS-MIL", "Russian armed forces", &[]);
    Analysis {
        title: a.title.clone(),
        body,
        entities: vec![place, actor],
        events: vec![event],
        ..Analysis::default()
    }
}

/// Ingests `items`; the error as text if the ingest fails, and the last progress report.
fn ingest(
    data: &mut DataDir,
    items: &[IngestItem],
    batch_size: usize,
) -> (Result<IngestSummary, String>, IngestSummary) {
    let mut last = IngestSummary::default();
    let options = IngestOptions { batch_size, ..IngestOptions::default() };
    let result = data.ingest(items.to_vec(), &analyze, options, &mut |s| last = s.clone());
    (result.map_err(|e| e.to_string()), last)
}

/// A data directory that ingested each of `runs` in turn without a failure, and what it shows.
fn reference(runs: &[&[IngestItem]], batch_size: usize) -> (tempfile::TempDir, Snapshot) {
    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    for run in runs {
        ingest(&mut data, run, batch_size).0.expect("the reference ingest succeeds");
    }
    let snap = snapshot(&data);
    (tmp, snap)
}

/// What a user sees of a data directory: every article, every event, and the hits (article
/// ids) of a search for each town, the marked headline's word and a word every report has.
#[derive(Debug, PartialEq)]
struct Snapshot {
    articles: Vec<ArticleRecord>,
    events: Vec<EventRecord>,
    hits: Vec<(String, Vec<i64>)>,
    indexed: u64,
}

fn snapshot(data: &DataDir) -> Snapshot {
    let stored = data.stats().unwrap().articles as i64;
    let articles: Vec<ArticleRecord> =
        (1..=stored).map(|id| data.get_article(id).unwrap().unwrap()).collect();
    assert!(data.get_article(stored + 1).unwrap().is_none(), "article ids are 1..={stored}");
    let mut events = data.list_events(&Filter::default(), PageRequest::all()).unwrap().items;
    // The second a report was stored differs between two runs of the same batches; nothing else may.
    for s in events.iter_mut().flat_map(|e| e.sources.iter_mut()) {
        s.stored_at = None;
    }
    let hits = TOWNS
        .iter()
        .chain(&[MARK, COMMON])
        .map(|word| {
            let page =
                data.search(word, &Filter::default(), PageRequest { offset: 0, limit: 10_000 }).unwrap();
            let mut ids: Vec<i64> = page.items.iter().map(|h| h.article_id).collect();
            ids.sort();
            assert_eq!(page.total, ids.len(), "{word}");
            for id in &ids {
                assert!((1..=stored).contains(id), "{word}: a hit on article {id}, which is not stored");
            }
            (word.to_string(), ids)
        })
        .collect();
    Snapshot { articles, events, hits, indexed: data.index().num_docs() }
}

fn hits<'a>(snap: &'a Snapshot, word: &str) -> &'a [i64] {
    &snap.hits.iter().find(|(w, _)| w == word).unwrap().1
}

fn docs(snap: &Snapshot) -> Vec<&str> {
    snap.articles.iter().map(|a| a.doc.as_str()).collect()
}

fn sql(dir: &Path, statement: &str) {
    rusqlite::Connection::open(dir.join("marsad.db")).unwrap().execute_batch(statement).unwrap();
}

/// Where the failing batch's transaction is aborted.
#[derive(Clone, Copy, Debug)]
enum Abort {
    /// At the insert of the marked report's article row, before the batch's events are merged.
    ArticleRow,
    /// At the insert of the marked report's event source, after the whole batch was merged into
    /// the known events in memory and the event rows written.
    EventSource,
}

/// Makes the database reject the marked report, through a connection of its own (as another
/// process or an administrator would).
fn arm(dir: &Path, at: Abort) {
    let (table, title) = match at {
        Abort::ArticleRow => ("articles", "NEW.title".to_string()),
        Abort::EventSource => {
            ("event_sources", "(SELECT title FROM articles WHERE id = NEW.article_id)".to_string())
        }
    };
    sql(
        dir,
        &format!(
            "CREATE TRIGGER fail_once BEFORE INSERT ON {table} WHEN {title} LIKE '%{MARK}%'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"
        ),
    );
}

/// Ingests `n` reports in batches of `batch_size` into a directory whose database rejects report
/// `marked`, checks the state the failure leaves, then removes the cause and ingests again.
/// `committed` is how many reports the batches before the failing one hold.
fn fail_then_complete(n: usize, batch_size: usize, marked: usize, committed: usize, at: Abort) {
    let items = reports(n, marked);
    let (_full_dir, full) = reference(&[&items], batch_size);
    let (_before_dir, before) = reference(&[&items[..committed]], batch_size);
    assert_eq!(full.articles.len(), n);
    assert_eq!(hits(&full, MARK), [marked as i64 + 1], "the marked report is findable by its headline");
    assert!(full.events.iter().any(|e| e.sources.len() > 1), "reports of different batches merge");

    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    arm(tmp.path(), at);
    let (result, progress) = ingest(&mut data, &items, batch_size);
    let error = result.expect_err("the transaction with the marked report fails");
    assert!(
        error.contains("store database") && error.contains("injected failure"),
        "the error names the store and SQLite's reason: {error}"
    );
    assert_eq!(progress.new, committed, "the batches before the failing one were reported stored");

    // The store holds exactly the batches committed before the failure, and the index exactly
    // those: no staged document of the failed batch survived, nothing committed was lost.
    let after_failure = snapshot(&data);
    assert_eq!(after_failure.indexed, committed as u64, "one index document per stored article");
    assert!(hits(&after_failure, MARK).is_empty(), "the failed batch is not searchable");
    assert_eq!(hits(&after_failure, COMMON).len(), committed, "every committed report is searchable");
    assert!(hits(&after_failure, TOWNS[0]).contains(&1), "the first report is found by its town");
    assert_eq!(after_failure, before, "the store and index of the batches committed before the failure");
    // The same seen by another process: the index's last commit covers exactly what is stored.
    let reopened = DataDir::open(tmp.path()).unwrap();
    assert_eq!(reopened.index().indexed_up_to().unwrap(), committed as i64);
    assert_eq!(snapshot(&reopened), before);
    drop(reopened);

    // The cause removed, the same ingest completes the failed batch and skips the rest.
    sql(tmp.path(), "DROP TRIGGER fail_once;");
    let (result, _) = ingest(&mut data, &items, batch_size);
    let summary = result.expect("the rerun succeeds");
    assert_eq!((summary.new, summary.duplicates), (n - committed, committed), "{summary:?}");
    let completed = snapshot(&data);
    assert_eq!(docs(&completed), docs(&full), "each report stored once, in order");
    assert_eq!(hits(&completed, MARK), [marked as i64 + 1]);
    assert_eq!(completed, full, "as if the ingest had never failed");
    data.reindex(&mut |_, _| {}).unwrap();
    assert_eq!(snapshot(&data), full, "the index the ingest left is the store's");
}

/// Batches of 4; the failing batch is the third (reports 8..12), its second report rejected
/// after the first was inserted in the same transaction. No index commit came before the
/// failure: the two stored batches were only staged and must be indexed again.
#[test]
fn a_failed_third_batch_leaves_the_first_two_stored_and_searchable_and_a_rerun_completes_it() {
    for at in [Abort::ArticleRow, Abort::EventSource] {
        fail_then_complete(30, 4, 9, 8, at);
    }
}

/// Batches ramp up 32, 64, 128, 256, 256, ...: the index commits once 1,024 articles are
/// staged, at the end of the seventh batch (1,248 reports); the eighth (up to 1,504) is stored
/// and staged, the ninth fails. The index must keep its commit, lose the ninth batch, and index
/// the eighth again.
#[test]
fn a_batch_failing_after_an_index_commit_keeps_the_commit_and_the_batch_stored_since() {
    fail_then_complete(1600, 256, 1550, 1504, Abort::EventSource);
}

/// After a failed transaction the merge must forget what it merged in memory of the failed
/// batch. Here nothing else writes to the database before the next ingest through the same
/// connection (`PRAGMA data_version` does not move, so only the failure can tell the store
/// its copy is stale). That ingest leaves the rejected report out; it must merge as in a
/// directory that never saw the failure.
#[test]
fn the_next_ingest_after_a_failure_merges_as_if_the_failed_batch_never_ran() {
    let (n, batch_size, marked) = (30, 4, 9);
    let items = reports(n, marked);
    let without_marked: Vec<IngestItem> =
        items.iter().enumerate().filter(|(i, _)| *i != marked).map(|(_, item)| item.clone()).collect();
    let (_dir, expected) = reference(&[&without_marked], batch_size);

    let tmp = tempfile::tempdir().unwrap();
    let mut data = DataDir::open(tmp.path()).unwrap();
    arm(tmp.path(), Abort::EventSource);
    ingest(&mut data, &items, batch_size).0.expect_err("the transaction with the marked report fails");
    let (result, _) = ingest(&mut data, &without_marked, batch_size);
    result.expect("the rejected report left out, the ingest succeeds");
    assert_eq!(snapshot(&data), expected);

    // And the rejected report, let in at last, joins its strike like any later report.
    sql(tmp.path(), "DROP TRIGGER fail_once;");
    let (_dir, expected) = reference(&[&without_marked, &items], batch_size);
    let (result, _) = ingest(&mut data, &items, batch_size);
    assert_eq!(result.expect("the rerun succeeds").new, 1);
    assert_eq!(snapshot(&data), expected);
}
