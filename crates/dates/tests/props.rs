//! Property tests: no input makes the reader panic, and every span lies
//! inside the input on char boundaries and matches the mention's text.
use marsad_dates::{DateReader, DateValue, Precision};
use proptest::prelude::*;

/// Pieces that exercise the grammar: numbers, separators, table words, clitics, marks.
const PIECES: &[&str] = &[
    "22",
    "2024",
    "1445",
    "0",
    "31",
    "99999999999",
    "/",
    "-",
    ".",
    "(",
    ")",
    "،",
    " ",
    "\n",
    "و",
    "بين",
    "من",
    "إلى",
    "تموز",
    "كانون",
    "الثاني",
    "آذار/مارس",
    "شهر",
    "منتصف",
    "أواخر",
    "العام",
    "الماضي",
    "المقبل",
    "قبل",
    "منذ",
    "ثلاثة",
    "أيام",
    "أسبوعين",
    "يوم",
    "أمس",
    "أول",
    "الجمعة",
    "قبل الفائت",
    "رمضان",
    "هـ",
    "م",
    "الـ",
    "ـ",
    "َ",
    "٢٢",
    "۲۰۲۴",
    "سيعقد",
    "قوى",
    "M4",
    "é",
    "😀",
    "\u{200f}",
    "الحادي عشر",
    "اليوم",
    "صباح",
    "هذا",
];

/// Pieces joined mostly by spaces, as words are written (ranges, relative
/// expressions and month-day pairs need several words), sometimes glued
/// (clitics, `آذار/مارس`, digits against letters).
fn date_like() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::bool::weighted(0.8)), 0..24).prop_map(|v| {
        v.into_iter().fold(String::new(), |mut s, (piece, space)| {
            s.push_str(piece);
            if space {
                s.push(' ');
            }
            s
        })
    })
}

fn published() -> impl Strategy<Value = DateValue> {
    prop_oneof![
        Just(DateValue::unknown()),
        (1900i32..2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| DateValue::day(y, m, d)),
        (1900i32..2100, 1u8..=12).prop_map(|(y, m)| DateValue::month(y, m)),
        (1900i32..2100).prop_map(DateValue::year),
        Just(DateValue { value: Some("2024-02-30".into()), precision: Precision::Day }),
        Just(DateValue { value: Some("garbage".into()), precision: Precision::Month }),
        Just(DateValue { value: Some("-5".into()), precision: Precision::Year }),
    ]
}

fn reader() -> &'static DateReader {
    static READER: std::sync::OnceLock<DateReader> = std::sync::OnceLock::new();
    READER.get_or_init(DateReader::embedded)
}

fn check(reader: &DateReader, text: &str, published: &DateValue) {
    for m in reader.find(text, published) {
        assert!(m.span.start < m.span.end && m.span.end <= text.len(), "span {:?} outside {text:?}", m.span);
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
    if let Some(m) = reader.find_published(text) {
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
    if let Some((line, m)) = reader.find_byline(text) {
        assert!(line.start <= m.span.start && m.span.end <= line.end && line.end <= text.len());
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
    let found = reader.find(text, published);
    let _ = reader.infer_published(text, &found);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_is_safe(text in any::<String>(), published in published()) {
        check(reader(), &text, &published);
    }

    #[test]
    fn date_like_strings_are_safe(text in date_like(), published in published()) {
        check(reader(), &text, &published);
    }
}

/// The generator reaches the grammar: many date-like strings hold a date,
/// several of them spanning more than one word, so the span checks above
/// are not run on empty results only. (A fixed seed keeps it stable.)
#[test]
fn date_like_strings_hold_dates() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner =
        TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &[3; 32]));
    let strategy = date_like();
    let published = DateValue::day(2024, 11, 5);
    let (mut with_dates, mut multi_word) = (0, 0);
    for _ in 0..500 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let found = reader().find(&text, &published);
        with_dates += usize::from(!found.is_empty());
        multi_word += usize::from(found.iter().any(|m| m.text.trim().contains(' ')));
    }
    eprintln!("{with_dates} of 500 date-like strings hold a date, {multi_word} one of several words");
    assert!(with_dates >= 150, "only {with_dates} of 500 date-like strings hold a date");
    assert!(multi_word >= 40, "only {multi_word} of 500 hold a date of several words");
}
