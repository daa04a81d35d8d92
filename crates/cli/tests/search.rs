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

/// A publication known to the month or the year was shown and filtered as its 1st day: records of
/// "2024-03" and "2024" showed `"published": "2024-03-01"`, and `--from 2024-03-10 --to
/// 2024-03-20` found neither (review, session 18). `--json` is `/api/search`'s answer.
#[test]
fn a_month_or_a_year_of_publication_keeps_its_precision_and_overlaps_a_period() {
    let dir = tempdir("search-month");
    let records = dir.join("month.jsonl");
    std::fs::write(
        &records,
        "{\"id\":\"m1\",\"title\":\"قصف على بنش\",\"text\":\"قصفت طائرات حربية روسية بلدة بنش في ريف إدلب يوم 15 آذار، ما أدى إلى مقتل خمسة مدنيين.\",\"published\":\"2024-03\"}\n\
         {\"id\":\"m2\",\"title\":\"قصف على تفتناز\",\"text\":\"قصفت طائرات حربية روسية بلدة تفتناز في ريف إدلب يوم 15 آذار 2024، ما أدى إلى مقتل ثلاثة مدنيين.\",\"published\":\"2024\"}\n",
    )
    .unwrap();
    let data = dir.join("store");
    let out = marsad(&["ingest", "-q", "--data", data.to_str().unwrap(), records.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let json = |args: &[&str]| -> serde_json::Value {
        let out = search(&data, &[&["--json", "إدلب"], args].concat());
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).unwrap()
    };
    let all = json(&[]);
    let keys: Vec<&str> = all.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["hits", "limit", "offset", "query", "total"]);
    let mut published: Vec<String> =
        all["hits"].as_array().unwrap().iter().map(|h| h["published"].to_string()).collect();
    published.sort();
    assert_eq!(
        published,
        [r#"{"precision":"month","value":"2024-03"}"#, r#"{"precision":"year","value":"2024"}"#]
    );
    let hit = &all["hits"][0];
    for key in ["article_id", "title", "outlet", "duplicate_of", "snippet", "highlights", "score"] {
        assert!(hit.get(key).is_some(), "{key}: {hit}");
    }
    assert_eq!(json(&["--from", "2024-03-10", "--to", "2024-03-20"])["total"], 2);
    assert_eq!(json(&["--from", "2024-04", "--to", "2024-04"])["total"], 1, "the year, not the month");
    assert_eq!(json(&["--from", "2025"])["total"], 0);
}
