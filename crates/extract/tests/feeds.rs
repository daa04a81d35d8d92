//! Feed parsing on hand-made Arabic RSS and Atom fixtures (tests/fixtures/, written for these tests).

use marsad_extract::{parse_feed, sniff, Error, Kind};

const RSS: &[u8] = include_bytes!("fixtures/syria_ar.rss");
const ATOM: &[u8] = include_bytes!("fixtures/syria_ar.atom");

#[test]
fn rss_items_with_rfc2822_arabic_and_iso_dates() {
    assert_eq!(sniff(RSS), Kind::Feed);
    let items = parse_feed(RSS).unwrap();
    assert_eq!(items.len(), 3);

    let first = &items[0];
    assert_eq!(first.id, "ex-0001");
    assert_eq!(first.title.as_deref(), Some("معارضون يسيطرون على مخازن للصواريخ بريف دمشق"));
    assert_eq!(first.url.as_deref(), Some("https://example.org/2013/08/03/qalamoun"));
    // RFC 2822 with +0300 keeps its offset: the day is the day where it was published.
    assert_eq!(first.published.as_deref(), Some("2013-08-03T10:15:00+03:00"));
    assert_eq!(first.published_raw.as_deref(), Some("Sat, 03 Aug 2013 10:15:00 +0300"));
    assert_eq!(first.author.as_deref(), Some("مراسل الموقع"));
    assert!(first.summary_html.as_deref().unwrap().contains("ثلاثة مستودعات"));
    assert!(first.content_html.as_deref().unwrap().contains("السيدة زينب"));

    // feed-rs cannot read an Arabic pubDate; the raw text is kept and marsad-dates reads its day.
    let second = &items[1];
    assert_eq!(second.published.as_deref(), Some("2013-08-03"));
    assert_eq!(second.published_raw.as_deref(), Some("السبت، 3 آب/أغسطس 2013 - 14:20"));
    assert_eq!(second.id, "https://example.org/news/ras-al-ain");
    assert_eq!(second.content_html, None);

    let third = &items[2];
    assert_eq!(third.title.as_deref(), Some("الائتلاف يدعو الفصائل إلى \"ضبط النفس\""));
    assert_eq!(third.published.as_deref(), Some("2013-08-04T09:00:00+03:00"));
    assert_eq!(third.published_raw.as_deref(), Some("2013-08-04T09:00:00+03:00"));
    assert!(!third.id.is_empty(), "feed-rs derives an id when <guid> is missing");
}

#[test]
fn atom_entries() {
    assert_eq!(sniff(ATOM), Kind::Feed);
    let items = parse_feed(ATOM).unwrap();
    assert_eq!(items.len(), 2);
    let first = &items[0];
    assert_eq!(first.id, "urn:example:entry:1");
    assert_eq!(first.title.as_deref(), Some("قصف مدفعي على ريف إدلب الجنوبي"));
    assert_eq!(first.url.as_deref(), Some("https://example.org/ar/2024/03/12/idlib"));
    assert_eq!(first.published.as_deref(), Some("2024-03-12T09:05:00+03:00"));
    assert_eq!(first.published_raw.as_deref(), Some("2024-03-12T09:05:00+03:00"));
    assert_eq!(first.author.as_deref(), Some("ليلى حسن"));
    assert!(first.content_html.as_deref().unwrap().contains("جبل الزاوية"));

    let second = &items[1];
    assert_eq!(second.published.as_deref(), Some("2024-03-12"));
    assert_eq!(second.published_raw.as_deref(), Some("الثلاثاء 12 آذار 2024"));
    assert_eq!(second.author.as_deref(), Some("desk@example.org"));
    assert_eq!(second.url.as_deref(), Some("https://example.org/ar/patrol"));
}

#[test]
fn windows_1256_feed_is_decoded_from_its_prolog() {
    let text =
        String::from_utf8(RSS.to_vec()).unwrap().replace("encoding=\"UTF-8\"", "encoding=\"windows-1256\"");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&text);
    assert!(!unmappable);
    let items = parse_feed(&bytes).unwrap();
    assert_eq!(items[0].title.as_deref(), Some("معارضون يسيطرون على مخازن للصواريخ بريف دمشق"));
    assert_eq!(items[1].published_raw.as_deref(), Some("السبت، 3 آب/أغسطس 2013 - 14:20"));
}

#[test]
fn bad_feeds_are_errors() {
    assert_eq!(parse_feed(b"").unwrap_err(), Error::Empty);
    assert!(matches!(parse_feed(b"<html><body>not a feed</body></html>"), Err(Error::Feed { .. })));
    assert!(matches!(parse_feed(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(Error::Binary { .. })));
    let truncated = &RSS[..RSS.len() / 2];
    // feed-rs reads what it can of a truncated feed; either way no panic and no invented items.
    if let Ok(items) = parse_feed(truncated) {
        assert!(items.len() <= 3);
    }
    let bomb = format!("<rss><channel>{}</channel></rss>", "<item>".repeat(100_000));
    assert!(matches!(parse_feed(bomb.as_bytes()), Err(Error::TooDeep { .. })));
    let err = parse_feed(b"<rss version=\"2.0\"><channel><item><title>x</ti").unwrap_err();
    assert!(!err.to_string().is_empty());
}
