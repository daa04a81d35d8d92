//! `clean` over every bundled sample article (`samples/`: the five seeds and
//! ten real articles): the obfuscated words of seed 000 are joined and
//! reported, and nothing else changes beyond harakat, stretching tatweel,
//! invisible characters and digits.

use std::path::PathBuf;

use marsad_text::{clean, decode, tokens};

/// The seed-000 gold `deobfuscated` list (seeds-gold/000_….gold.json).
const SEED_000_GOLD: &[(&str, &str)] = &[
    ("دوريـ.ـات", "دوريات"),
    ("المحـ.ـتلة", "المحتلة"),
    ("أحـ.ـياء", "أحياء"),
    ("مـ.ـسار", "مسار"),
    ("التـ.ـطبيع", "التطبيع"),
    ("تصـ.ـفية", "تصفية"),
    ("الفـ.ـصائل", "الفصائل"),
];

/// Text the seeds write on purpose that `clean` must keep as written.
const KEPT_AS_WRITTEN: &[&str] =
    &["كـ \"محاكاة\"", "لـ \"روزنة\"", "بـ “المنشرة”", "حميميم ـ أرشيف", "التركية-الروسية", "إس-400"];

fn samples() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let text = decode(&bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display())).text;
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect();
    out.sort();
    assert!(out.len() >= 5, "expected the seed samples in {}", dir.display());
    out
}

/// What a word may lose in cleaning when it is not obfuscated, written
/// independently of the crate: harakat, tatweel, invisible characters;
/// Arabic-Indic digits become ASCII.
fn expected_edit(raw: &str) -> String {
    raw.chars()
        .filter(|&c| {
            !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ' | '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{00AD}')
        })
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            c => c,
        })
        .collect()
}

#[test]
fn only_seed_000_is_obfuscated() {
    for (name, text) in samples() {
        let cleaned = clean(&text);
        let report: Vec<(&str, &str)> =
            cleaned.deobfuscated.iter().map(|d| (d.raw.as_str(), d.clean.as_str())).collect();
        if name.starts_with("000_") {
            assert_eq!(report, SEED_000_GOLD, "{name}");
        } else {
            assert!(report.is_empty(), "{name}: {report:?}");
        }
    }
}

#[test]
fn nothing_else_changes() {
    for (name, text) in samples() {
        let cleaned = clean(&text);
        let joined: Vec<&str> = cleaned.deobfuscated.iter().map(|d| d.clean.as_str()).collect();
        for token in tokens(&cleaned.text) {
            let span = cleaned.span_to_original(token.span);
            let raw = &text[span.start..span.end];
            if joined.contains(&token.text) {
                assert_eq!(expected_edit(raw).replace('.', ""), token.text, "{name}: {raw:?}");
            } else {
                assert_eq!(expected_edit(raw), token.text, "{name}: {raw:?}");
            }
        }
    }
}

#[test]
fn punctuation_and_clitic_tatweel_kept() {
    let all: String = samples().into_iter().map(|(_, t)| t).collect::<Vec<_>>().join("\n");
    let cleaned = clean(&all).text;
    for kept in KEPT_AS_WRITTEN {
        assert!(all.contains(kept), "fixture {kept:?} is no longer in samples/");
        assert!(cleaned.contains(kept), "{kept:?} was changed");
    }
}
