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
