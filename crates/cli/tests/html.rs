use crate::util::*;

const CNN: &str = "../shared/corpus/html/000_cnnar_newspaper4k.html";

#[test]
fn analyze_reads_a_page_and_warns_about_a_tag_bomb_by_path() {
    let dir = tempdir("html-pages");
    std::fs::copy(repo().join(CNN), dir.join("a_cnn.html")).unwrap();
    let bomb = dir.join("b_bomb.html");
    std::fs::write(
        &bomb,
        format!("<html><body>{}نص{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000)),
    )
    .unwrap();

    let out = marsad(&["analyze", "--jsonl", dir.to_str().unwrap()], "");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "one input failed: {err}");
    assert!(err.contains(bomb.to_str().unwrap()) && err.contains("nested too deeply"), "{err}");
    let records = json_lines(&out);
    assert_eq!(records.len(), 1, "{records:?}");
    let page = &records[0];
    assert_eq!(page["doc"], "a_cnn.html");
    assert_eq!(page["title"], "معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
    assert!(page["body"].as_str().unwrap().contains("أكدت جهات سورية معارضة"), "{}", page["body"]);
    assert!(!err.contains("not UTF-8"), "{err}");
}

#[test]
fn analyze_reads_every_item_of_a_feed() {
    let dir = tempdir("html-feed");
    let rss = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title><link>https://example.invalid/</link><description>د</description>
<item><title>قصف على جبل الزاوية</title><guid>n1</guid><link>https://example.invalid/1</link>
<description><![CDATA[<p>قصفت طائرات حربية بلدات في جبل الزاوية بريف إدلب الجنوبي.</p>]]></description></item>
<item><title>اشتباكات قرب الباب</title><guid>n2</guid><link>https://example.invalid/2</link>
<description><![CDATA[<p>اندلعت اشتباكات بين فصائل مسلحة قرب مدينة الباب في ريف حلب.</p>]]></description></item>
</channel></rss>"#;
    std::fs::write(dir.join("news.rss"), rss).unwrap();
    let out = marsad(&["analyze", "--jsonl", dir.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let records = json_lines(&out);
    let docs: Vec<&str> = records.iter().map(|r| r["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, ["news.rss#n1", "news.rss#n2"]);
    assert_eq!(records[1]["title"], "اشتباكات قرب الباب");
}

/// Two sites' feeds that link their items relatively (`/news/1`): the links are resolved against each
/// feed's own link, so the second site's story is stored, not dropped as a copy of the first's; the
/// items' dates are the days where they were published (01:30 at +03:00 is the 20th, not the 19th);
/// and `explain` reads a feed item by the id `analyze` prints.
#[test]
fn feeds_with_relative_links_and_local_times_are_read_whole() {
    let dir = tempdir("relative-feeds");
    let feed = |site: &str, title: &str, text: &str| {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{site}</title><link>https://{site}/</link><description>د</description>
<item><title>{title}</title><guid>n1</guid><link>/news/1</link><pubDate>Tue, 20 Feb 2018 01:30:00 +0300</pubDate>
<description><![CDATA[<p>{text}</p>]]></description></item>
</channel></rss>"#
        )
    };
    let a =
        feed("a.example", "قصف على جبل الزاوية", "قصفت طائرات حربية بلدات في جبل الزاوية بريف إدلب الجنوبي.");
    let b = feed(
        "b.example",
        "اشتباكات قرب الباب",
        "اندلعت اشتباكات بين فصائل مسلحة قرب مدينة الباب في ريف حلب.",
    );
    std::fs::write(dir.join("a.rss"), a).unwrap();
    std::fs::write(dir.join("b.rss"), b).unwrap();

    let ingest = marsad_in(&dir, &["ingest", "a.rss", "b.rss", "--data", "store", "--json"], "");
    assert!(ingest.status.success(), "{}", stderr(&ingest));
    let summary: serde_json::Value = serde_json::from_str(stdout(&ingest).trim()).unwrap();
    assert_eq!((summary["new"].as_u64(), summary["duplicates"].as_u64()), (Some(2), Some(0)), "{summary}");

    let out = marsad_in(&dir, &["analyze", "--jsonl", "b.rss"], "");
    let record = &json_lines(&out)[0];
    assert_eq!(record["published"]["value"], "2018-02-20", "{record}");

    let explained = marsad_in(&dir, &["explain", "b.rss", "--id", "b.rss#n1"], "");
    assert!(explained.status.success(), "{}", stderr(&explained));
    assert!(stdout(&explained).starts_with("b.rss#n1 — published 2018-02-20"), "{}", stdout(&explained));
    let by_item = marsad_in(&dir, &["explain", "b.rss", "--id", "n1"], "");
    assert_eq!(stdout(&by_item), stdout(&explained));
    let missing = marsad_in(&dir, &["explain", "b.rss", "--id", "n9"], "");
    assert!(
        stderr(&missing).contains("b.rss: no article with id \"n9\" among its 1"),
        "{}",
        stderr(&missing)
    );
}
