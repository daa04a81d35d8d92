//! Legacy-encoded Arabic pages decode right: a page made by encoding a UTF-8 page with encoding_rs.

use marsad_extract::{decode_html, extract_html, sniff, Kind};

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>اشتباكات في ريف درعا الغربي - موقع تجريبي</title>
</head><body>
<div class="nav"><a href="/">الرئيسية</a> | <a href="/syria">سوريا</a></div>
<div class="story">
<h1>اشتباكات في ريف درعا الغربي</h1>
<p>اندلعت اشتباكات عنيفة بين مجموعات محلية وقوات النظام في بلدة طفس بريف درعا الغربي، فجر اليوم الأحد.</p>
<p>وقال ناشطون إن الاشتباكات أسفرت عن مقتل عنصرين وإصابة آخرين، فيما شهدت المنطقة استنفاراً أمنياً.</p>
<p>وتشهد محافظة درعا منذ أشهر حالة من الفلتان الأمني وعمليات اغتيال متكررة.</p>
</div></body></html>"#;

fn cp1256(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn declared_windows_1256() {
    let bytes = cp1256(PAGE);
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture must not be UTF-8");
    assert_eq!(sniff(&bytes), Kind::Html);
    let html = decode_html(&bytes).unwrap();
    assert_eq!(html, PAGE);
    let page = extract_html(&html, None).unwrap();
    assert_eq!(page.title.as_deref(), Some("اشتباكات في ريف درعا الغربي"));
    assert!(page.text.starts_with("اندلعت اشتباكات عنيفة بين مجموعات محلية"));
    assert_eq!(page.text.lines().count(), 3);
    assert!(page.dir_rtl);
}

#[test]
fn undeclared_windows_1256_is_detected() {
    let undeclared =
        PAGE.replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">\n", "");
    let html = decode_html(&cp1256(&undeclared)).unwrap();
    assert_eq!(html, undeclared);
}

#[test]
fn declared_utf8_served_as_windows_1256_is_detected() {
    let lying = PAGE.replace("charset=windows-1256", "charset=utf-8");
    assert_eq!(decode_html(&cp1256(&lying)).unwrap(), lying);
}

#[test]
fn utf16_with_bom() {
    let mut bytes = vec![0xFF, 0xFE];
    PAGE.encode_utf16().for_each(|u| bytes.extend_from_slice(&u.to_le_bytes()));
    assert_eq!(sniff(&bytes), Kind::Html);
    assert_eq!(decode_html(&bytes).unwrap(), PAGE);
}
