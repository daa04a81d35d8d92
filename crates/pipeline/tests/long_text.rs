//! A text with no line breaks (a pasted report, a scraped page) is read in
//! time linear in its length: repeats are merged within a bounded reach, so
//! a long text costs each event a bounded number of comparisons.
//!
//! Timed tests are not used here (they fail on a busy machine); the reach is
//! checked by what it does at its boundary.

use marsad_coder::MERGE_REACH;
use marsad_ingest::Reader;
use marsad_model::EventType;
use marsad_pipeline::Analyzer;

const MONTHS: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];

/// `n` air strikes on Idlib, each on a day of its own in 2016 and 2017.
fn strikes_on_other_days(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let (day, month, year) = (i % 28 + 1, MONTHS[i / 28 % 12], 2016 + i / (28 * 12));
            format!("قصفت الطائرات الروسية مدينة إدلب في {day} {month} {year}.")
        })
        .collect()
}

/// The air strikes an article of one line tells: a strike, `between` strikes on other days, the first one
/// told again.
fn strikes_told(between: usize) -> usize {
    let first = "قصفت الطائرات الروسية مدينة إدلب في 3 آذار 2019.";
    let mut sentences = vec![first.to_string()];
    sentences.extend(strikes_on_other_days(between));
    sentences.push(first.to_string());
    let text = format!("غارات على إدلب\n{}", sentences.join(" "));
    let article = Reader::embedded().parse_text("one-line.txt", &text);
    let analysis = Analyzer::embedded().analyze(&article);
    analysis.events.iter().filter(|e| e.event.kind == EventType::Assault).count()
}

/// The strike told again merges into its first telling when fewer than `MERGE_REACH` strikes stand
/// between them, and is an event of its own beyond: merging compares a candidate with at most
/// `MERGE_REACH` earlier events of its type, not with every event of the text.
#[test]
fn a_repeat_merges_within_the_reach_only() {
    assert_eq!(strikes_told(MERGE_REACH - 1), MERGE_REACH, "one strike told twice, and the others");
    assert_eq!(strikes_told(MERGE_REACH), MERGE_REACH + 2, "the repeat is beyond the reach");
}
