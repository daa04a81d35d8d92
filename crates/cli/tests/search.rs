use crate::util::*;

/// A data directory holding the bundled samples.
fn samples_store(name: &str) -> std::path::PathBuf {
    let data = tempdir(name).join("store");
    let samples = repo().join("samples");
    let out = marsad(&["ingest", "-q", "--data", data.to_str().unwrap(), samples.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    data
}

fn search(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    marsad(&[&["search", "--data", data.to_str().unwrap()], args].concat(), "")
}

#[test]
fn limit_zero_prints_only_the_count() {
    let data = samples_store("search-limit");
    let all = stdout(&search(&data, &["دمشق"]));
    let total = all.lines().last().unwrap().split(' ').nth(2).unwrap().to_string();
    assert!(total.parse::<usize>().unwrap() > 1, "{all}");
    let out = search(&data, &["--limit", "0", "دمشق"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("0 of {total} articles\n"));
}

#[test]
fn pasted_text_is_never_a_query_error() {
    let data = samples_store("search-text");
    for q in ["دمشق: روسيا", "الساعة 10:30", "\"ريف دمشق", "(دمشق", "روسيا OR تركيا", ":"]
    {
        let out = search(&data, &[q]);
        assert!(out.status.success(), "{q}: {}", stderr(&out));
        assert!(stdout(&out).ends_with(" articles\n"), "{q}: {}", stdout(&out));
    }
}
