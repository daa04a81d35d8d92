//! HTML pages, feeds and `html` JSON Lines records read into articles through `marsad-extract`.

use std::path::{Path, PathBuf};

use marsad_ingest::Reader;
use marsad_model::DateValue;

const CNN: &str = "../../../shared/corpus/html/000_cnnar_newspaper4k.html";

/// A fresh folder for one test in cargo's scratch directory (`target/tmp/`), not in /tmp, where
/// every run left one per test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("marsad-ingest-markup-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[test]
fn cnn_arabic_page_gives_title_and_first_paragraph() {
    let path = fixture(CNN);
    let meta: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture(
            "../../../shared/corpus/html/000_cnnar_newspaper4k.expected.meta.json",
        ))
        .unwrap(),
    )
    .unwrap();
    let expected_text =
        std::fs::read_to_string(fixture("../../../shared/corpus/html/000_cnnar_newspaper4k.expected.txt"))
            .unwrap();
    let first_paragraph = expected_text.split("\n\n").next().unwrap().trim();

    let a = Reader::embedded().read_file(&path).unwrap();
    assert_eq!(a.id, "000_cnnar_newspaper4k.html");
    assert_eq!(a.title, meta["title"].as_str().unwrap());
    assert!(a.body.contains(first_paragraph), "{}", a.body);
    assert_eq!(a.encoding, "html");
    assert_eq!(a.source_path.as_deref(), Some(path.as_path()));
    // read_articles gives the same single article for a page.
    let all = Reader::embedded().read_articles(&path).unwrap();
    assert_eq!(all, vec![a]);
}

#[test]
fn nested_tag_bomb_is_an_error_naming_the_file() {
    let dir = temp_dir("bomb");
    let path = dir.join("bomb.html");
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(100_000));
    html.push_str("نص");
    html.push_str(&"</div>".repeat(100_000));
    html.push_str("</body></html>");
    std::fs::write(&path, html).unwrap();
    let e = Reader::embedded().read_file(&path).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("bomb.html") && msg.contains("nested too deeply"), "{msg}");
    assert_eq!(e.path(), path.as_path());
    assert!(Reader::embedded().read_articles(&path).is_err());
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار سوريا</title><link>https://example.invalid/</link>
<description>آخر الأخبار</description>
<item><title>قصف جوي على ريف إدلب الجنوبي</title><link>https://example.invalid/a/1</link>
<guid>news-1</guid><pubDate>Tue, 12 Mar 2024 09:30:00 +0000</pubDate>
<description><![CDATA[<p>قصفت طائرات حربية بلدات في جبل الزاوية بريف إدلب الجنوبي صباح الثلاثاء.</p>]]></description></item>
<item><title>اشتباكات في ريف حلب الشمالي</title><link>https://example.invalid/a/2</link>
<description><![CDATA[<p>اندلعت اشتباكات بين فصائل مسلحة قرب مدينة الباب في ريف حلب الشمالي.</p>]]></description></item>
</channel></rss>"#;

#[test]
fn arabic_rss_gives_one_article_per_item() {
    let dir = temp_dir("rss");
    let path = dir.join("syria.rss");
    std::fs::write(&path, RSS).unwrap();
    let r = Reader::embedded();
    let got = r.read_articles(&path).unwrap();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].id, "syria.rss#news-1");
    assert_eq!(got[0].title, "قصف جوي على ريف إدلب الجنوبي");
    assert_eq!(got[0].url.as_deref(), Some("https://example.invalid/a/1"));
    assert_eq!(got[0].published, Some(DateValue::day(2024, 3, 12)));
    assert!(got[0].body.contains("جبل الزاوية"), "{}", got[0].body);
    assert_eq!(got[1].title, "اشتباكات في ريف حلب الشمالي");
    assert!(got[1].body.contains("مدينة الباب"), "{}", got[1].body);
    assert!(got[1].id.starts_with("syria.rss#"), "{}", got[1].id);
    assert!(got.iter().all(|a| a.source_path.as_deref() == Some(path.as_path())));
    // A feed is several articles: read_file says so, naming the file.
    let e = r.read_file(&path).unwrap_err().to_string();
    assert!(e.contains("syria.rss") && e.contains("several articles"), "{e}");
}

#[test]
fn jsonl_record_with_only_html_is_extracted() {
    let line = serde_json::json!({
        "id": "page-1",
        "html": "<html lang=\"ar\"><head><title>نزوح من ريف حماة</title></head><body><article>\
                 <h1>نزوح من ريف حماة</h1>\
                 <p>نزحت مئات العائلات من قرى ريف حماة الشمالي خلال الأيام الماضية هربا من القصف.</p>\
                 <p>وقالت منظمات إغاثية إن المخيمات على الحدود التركية لم تعد تتسع للقادمين.</p>\
                 </article></body></html>",
        "published": "2019-05-10",
    });
    let input = format!("{line}\n");
    let got: Vec<_> = Reader::embedded().read_jsonl(input.as_bytes(), Path::new("pages.jsonl")).collect();
    assert_eq!(got.len(), 1);
    let a = got[0].as_ref().unwrap();
    assert_eq!((a.id.as_str(), a.title.as_str()), ("page-1", "نزوح من ريف حماة"));
    assert!(a.body.starts_with("نزحت مئات العائلات"), "{}", a.body);
    assert!(!a.body.contains('<'), "{}", a.body);
    assert_eq!(a.published, Some(DateValue::day(2019, 5, 10)));
}

#[test]
fn page_lines_left_out_by_the_extractor_are_kept_as_page_boilerplate() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/html");
    let r = Reader::embedded();
    let mut pages = 0;
    let mut with_chrome = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let Ok(a) = r.read_file(&path) else { continue };
        pages += 1;
        if !a.page_boilerplate.is_empty() {
            with_chrome += 1;
        }
        for line in &a.page_boilerplate {
            assert!(!line.trim().is_empty(), "{}", path.display());
            assert!(
                !a.body.lines().any(|l| l.trim() == line.trim()),
                "{}: {line:?} is left out of the body",
                path.display()
            );
        }
        // The record round-trips through the store's payload.
        let back: marsad_ingest::Article = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(back.page_boilerplate, a.page_boilerplate);
    }
    assert!(pages >= 3, "{pages} pages read");
    assert!(with_chrome >= 1, "no page of the corpus kept its left-out lines");
}
/// A page whose meta says windows-1256 but whose bytes are UTF-8 was read as cp1256 (every byte is
/// valid there): mojibake, in silence. It is read as UTF-8, with a warning naming the file.
#[test]
fn a_utf8_page_declaring_windows_1256_reads_as_utf8_and_says_so() {
    let page = std::fs::read_to_string(fixture(CNN)).unwrap();
    let lying = page.replacen("charset=UTF-8", "charset=windows-1256", 1);
    assert_ne!(lying, page, "the fixture declares its charset");
    let dir = temp_dir("liar");
    let path = dir.join("liar.html");
    std::fs::write(&path, &lying).unwrap();
    let honest = Reader::embedded().read_file(&fixture(CNN)).unwrap();
    let read = Reader::embedded().read_file(&path).unwrap();
    assert_eq!((&read.title, &read.body), (&honest.title, &honest.body));
    assert_eq!(read.warnings.len(), 1);
    assert!(read.warnings[0].starts_with(&format!("{}: declares windows-1256", path.display())));
    assert!(honest.warnings.is_empty());
}

/// Items with neither a guid nor a link were given a random id by feed-rs at every reading, so the id
/// `analyze` printed could never be found again by `explain --id`. They are named by their content:
/// the same at every reading, different for different items.
#[test]
fn an_item_without_guid_or_link_has_the_same_id_at_every_reading() {
    let dir = temp_dir("nolink");
    let path = dir.join("nolink.xml");
    std::fs::write(
        &path,
        r#"<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>بلا روابط</title>
<item><title>غارة أولى</title><description>شنت طائرات التحالف الدولي غارة جوية على مواقع لتنظيم داعش في ريف دير الزور الشرقي فجر اليوم الأحد.</description></item>
<item><title>غارة ثانية</title><description>شنت طائرات التحالف الدولي غارة جوية على مواقع لتنظيم داعش في ريف الرقة الشمالي فجر اليوم الأحد.</description></item>
</channel></rss>"#,
    )
    .unwrap();
    let ids =
        || Reader::embedded().read_articles(&path).unwrap().into_iter().map(|a| a.id).collect::<Vec<_>>();
    let first = ids();
    assert_eq!(first, ids());
    assert_eq!(first.len(), 2);
    assert_ne!(first[0], first[1]);
    assert!(first.iter().all(|id| id.starts_with("nolink.xml#")), "{first:?}");
}

/// An Atom `type="html"` title was stored with its markup (`<b>اشتباكات</b> …`); the feed's title
/// was never the outlet of its items, so the CSV's `source` was empty for every one; an item's
/// date that is no date was dropped in silence.
#[test]
fn feed_titles_are_text_the_feed_is_the_outlet_and_a_bad_date_is_said() {
    let dir = temp_dir("feedmeta");
    let atom = dir.join("atom.xml");
    std::fs::write(
        &atom,
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع تجريبي</title><link href="https://atom.example.net/"/><id>urn:f</id><updated>2024-03-14T10:00:00Z</updated>
<entry><title type="html">&lt;b&gt;اشتباكات&lt;/b&gt; بين قسد وفصائل المعارضة في منبج</title><link href="/news/55"/><id>urn:e55</id><updated>2024-03-14T06:00:00Z</updated>
<content type="html">&lt;p&gt;اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وفصائل الجيش الوطني في محيط مدينة منبج.&lt;/p&gt;</content></entry>
</feed>"#,
    )
    .unwrap();
    let a = &Reader::embedded().read_articles(&atom).unwrap()[0];
    assert_eq!(a.title, "اشتباكات بين قسد وفصائل المعارضة في منبج");
    assert_eq!(a.outlet.as_deref(), Some("موقع تجريبي"));
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);

    let rss = dir.join("rss.xml");
    std::fs::write(
        &rss,
        r#"<rss version="2.0"><channel><link>https://www.news.example.org/</link>
<item><title>اعتقال ناشطين في حمص</title><link>https://news.example.org/ar/1</link><pubDate>yesterday-ish</pubDate>
<description>اعتقلت قوات الأمن السورية ثلاثة ناشطين في مدينة حمص يوم الخميس الماضي.</description></item>
</channel></rss>"#,
    )
    .unwrap();
    let a = &Reader::embedded().read_articles(&rss).unwrap()[0];
    assert_eq!(a.outlet.as_deref(), Some("news.example.org"), "a feed without a title: its link's host");
    assert_eq!(a.published, None);
    assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
    let w = &a.warnings[0];
    assert!(w.starts_with(&format!("{}: item 1 «اعتقال ناشطين في حمص»", rss.display())), "{w}");
    assert!(w.contains("publication date 'yesterday-ish' ignored"), "{w}");
}
