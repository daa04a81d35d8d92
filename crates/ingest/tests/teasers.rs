//! The related-stories widget test on the real/ corpus: it fires on the CNN Arabic articles that end in the
//! widget, takes exactly their last five paragraphs, and nowhere else.

use std::path::{Path, PathBuf};

use marsad_ingest::Reader;

fn real() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/real")
}

fn teasers(reader: &Reader, name: &str) -> Vec<String> {
    let path = real().join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let a = reader.parse_text(name, &text);
    a.boilerplate.iter().filter(|c| c.rule == "BP-teasers-001").map(|c| c.text.clone()).collect()
}

/// The last `n` non-blank lines of a file, trimmed as the reader trims them.
fn last_lines(name: &str, n: usize) -> Vec<String> {
    let text = std::fs::read_to_string(real().join(name)).unwrap();
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace()).to_string())
        .filter(|l| !l.is_empty())
        .collect();
    lines[lines.len() - n..].to_vec()
}

#[test]
fn cnn_articles_ending_in_the_widget_lose_exactly_its_five_paragraphs() {
    let reader = Reader::embedded();
    // 085: after `في غضون ذلك،`; 088: after `وكان`; 089 and 095: after a no-break space line. (082, 045 and
    // 058 are real-gold articles, the unseen test set: left out here.)
    for name in ["085_cnnar.txt", "088_cnnar.txt", "089_cnnar.txt", "095_cnnar.txt"] {
        assert_eq!(teasers(&reader, name), last_lines(name, 5), "{name}");
    }
}

#[test]
fn cnn_articles_without_the_widget_keep_every_paragraph() {
    let reader = Reader::embedded();
    // 046 is a timeline of fresh, dated paragraphs; 061 and 067 are op-eds; the rest end in continuations.
    for name in
        ["000_cnnar.txt", "034_cnnar.txt", "040_cnnar.txt", "046_cnnar.txt", "061_cnnar.txt", "067_cnnar.txt"]
    {
        assert_eq!(teasers(&reader, name), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn no_other_outlet_is_touched() {
    let reader = Reader::embedded();
    let mut read = 0;
    for entry in std::fs::read_dir(real()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".txt") && !name.contains("_cnnar") {
            assert_eq!(teasers(&reader, &name), Vec::<String>::new(), "{name}");
            read += 1;
        }
    }
    assert!(read >= 90, "read {read} files");
}

/// The op-ed disclaimer above 061's text goes and names the author; the dateline paragraph under it is then
/// the lede the widget test reads (061 ends in its own continuing paragraphs, so nothing else goes).
#[test]
fn cnn_op_ed_disclaimer_goes_and_names_the_author() {
    let reader = Reader::embedded();
    let text = std::fs::read_to_string(real().join("061_cnnar.txt")).unwrap();
    let a = reader.parse_text("061_cnnar.txt", &text);
    assert_eq!(a.author.as_deref(), Some("کاملیا انتخابی فرد"));
    let rules: Vec<&str> = a.boilerplate.iter().map(|c| c.rule.as_str()).collect();
    assert_eq!(rules, ["BP-disclaimer-003"]);
    assert!(
        a.body.starts_with("نيويورك، الولايات المتحدة الأمريكية (CNN)--"),
        "{}",
        a.body.chars().take(60).collect::<String>()
    );
}
