//! `fold` and `fold_clean`, one table per fold, on real corpus words.

use marsad_text::{clean, fold, fold_clean};

struct Case {
    name: &'static str,
    input: &'static str,
    fold: &'static str,
}

macro_rules! t {
    ($name:expr, $input:expr, $fold:expr) => {
        Case { name: $name, input: $input, fold: $fold }
    };
}

const HAMZA: &[Case] = &[
    t!("alef hamza above", "أنقرة", "انقره"),
    t!("alef hamza below", "إدلب", "ادلب"),
    t!("alef madda", "آلاف", "الاف"),
    t!("alef wasla", "ٱلرقة", "الرقه"),
    t!("waw hamza", "مسؤول", "مسوول"),
    t!("yeh hamza", "هيئة", "هييه"),
];

const LETTERS: &[Case] = &[
    t!("teh marbuta", "الرقة", "الرقه"),
    t!("alef maksura", "مستشفى", "مستشفي"),
    t!("persian keheh and yeh", "ملیون کرد", "مليون كرد"),
];

const LATIN: &[Case] = &[t!("road code", "طريق M4", "طريق m4"), t!("acronym", "SDF و YPG", "sdf و ypg")];

/// Two spellings, one key.
const SPELLINGS: &[(&str, &str)] = &[
    ("أنقرة", "انقره"),
    ("سورية", "سوريه"),
    ("مستشفى", "مستشفي"),
    ("دوريـ.ـات", "دوريات"),
    ("سُورِيّة", "سورية"),
    ("ملیون", "مليون"),
    ("M4", "m4"),
];

fn run(group: &str, cases: &[Case]) {
    for case in cases {
        assert_eq!(fold(case.input), case.fold, "{group}/{}", case.name);
        let cleaned = clean(case.input).text;
        assert_eq!(fold_clean(&cleaned).len(), cleaned.len(), "{group}/{}: length", case.name);
    }
}

#[test]
fn hamza() {
    run("HAMZA", HAMZA);
}

#[test]
fn letters() {
    run("LETTERS", LETTERS);
}

#[test]
fn latin() {
    run("LATIN", LATIN);
}

#[test]
fn spellings_share_a_key() {
    for (a, b) in SPELLINGS {
        assert_eq!(fold(a), fold(b), "{a} / {b}");
    }
}

#[test]
fn folding_limits() {
    // Documented collisions and non-collisions.
    assert_eq!(fold("الأمن"), fold("الآمن"));
    assert_eq!(fold("على"), fold("علي"));
    assert_ne!(fold("مسؤول"), fold("مسئول"));
}

#[test]
fn fold_clean_offsets_are_clean_offsets() {
    let cleaned = clean("قال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة").text;
    let key = fold_clean(&cleaned);
    let at = key.find("انقره").unwrap();
    assert_eq!(&cleaned[at..], "أنقرة");
}
