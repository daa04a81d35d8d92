//! Bad input gives a clear error, never a panic or a stack overflow.
//!
//! The tests run on the default test thread (2 MB stack), smaller than the main thread's, so a
//! recursive walk that slipped past the limits would fail here first.

use marsad_extract::limits::{MAX_DEPTH, MAX_HTML_BYTES};
use marsad_extract::{decode_html, extract_html, parse_feed, sniff, Error, Kind};

/// What `ingest` does with a file: sniff, decode, extract.
fn ingest_html(bytes: &[u8]) -> Result<marsad_extract::Page, Error> {
    extract_html(&decode_html(bytes)?, None)
}

#[test]
fn nested_div_bomb() {
    let bomb = format!("<html><body>{}نص</body></html>", "<div>".repeat(100_000));
    let err = ingest_html(bomb.as_bytes()).unwrap_err();
    assert!(matches!(err, Error::TooDeep { limit: MAX_DEPTH, .. }), "{err}");
    assert!(err.to_string().starts_with("markup nested too deeply: depth 401 at byte "), "{err}");
    // Unclosed inline formatting tags are a bomb too.
    let bomb = "<b><i>".repeat(50_000);
    assert!(matches!(extract_html(&bomb, None), Err(Error::TooDeep { .. })));
}

#[test]
fn nesting_just_under_the_limit_parses() {
    let depth = MAX_DEPTH - 3;
    let para = "<p>أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق.</p>";
    let html = format!(
        "<html><body>{}{}{}</body></html>",
        "<div>".repeat(depth),
        para.repeat(5),
        "</div>".repeat(depth)
    );
    let page = extract_html(&html, None).unwrap();
    assert_eq!(page.text.lines().count(), 5);
}

#[test]
fn fifty_megabytes_of_garbage() {
    let mut garbage = Vec::with_capacity(50 << 20);
    let mut x: u32 = 0x9E37_79B9;
    while garbage.len() < 50 << 20 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        garbage.extend_from_slice(&x.to_le_bytes());
    }
    assert_eq!(sniff(&garbage), Kind::Binary);
    let err = ingest_html(&garbage).unwrap_err();
    assert_eq!(err, Error::TooLarge { size: 50 << 20, limit: MAX_HTML_BYTES });
    assert_eq!(
        err.to_string(),
        format!("document too large: 52428800 bytes, limit is {MAX_HTML_BYTES} bytes")
    );
    assert!(matches!(parse_feed(&garbage), Err(Error::TooLarge { .. })));
    // Text-like garbage under the limit: no tags at all.
    let letters: String = garbage[..1 << 20].iter().map(|b| char::from(b'a' + b % 26)).collect();
    assert_eq!(extract_html(&letters, None).unwrap_err(), Error::NotHtml);
}

#[test]
fn binary_bytes() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    assert_eq!(sniff(png), Kind::Binary);
    let err = ingest_html(png).unwrap_err();
    assert_eq!(err.to_string(), "binary data, not a text document (png signature)");
    let with_nul = "<html><body><p>نص</p>\0</body></html>";
    assert!(matches!(extract_html(with_nul, None), Err(Error::Binary { .. })));
}

#[test]
fn truncated_html() {
    let full = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/html/000_cnnar_newspaper4k.html"
    ))
    .unwrap();
    // Cut in the middle of the article, at a char boundary.
    let mut cut = full.len() / 2;
    while !full.is_char_boundary(cut) {
        cut += 1;
    }
    let err = extract_html(&full[..cut], None).unwrap_err();
    assert!(matches!(err, Error::Truncated { .. }), "{err}");
    assert!(err.to_string().starts_with("truncated html: "), "{err}");
    // Cut inside a tag.
    let at = full.find("<p>وقال المرصد").unwrap() + 2;
    assert!(extract_html(&full[..at], None).unwrap_err().to_string().contains("ends inside a tag"));
    // Truncated UTF-8 bytes: a multi-byte letter cut in half.
    let bytes = "<html><body><p>دمشق</p></body></html>".as_bytes();
    let half = &bytes[..bytes.len() - 20];
    assert!(ingest_html(half).is_err());
}

#[test]
fn empty_documents() {
    assert_eq!(ingest_html(b"").unwrap_err(), Error::Empty);
    assert_eq!(ingest_html(b"  \n\t ").unwrap_err().to_string(), "empty document");
    assert_eq!(sniff(b""), Kind::Empty);
    assert_eq!(extract_html("<html><head></head><body></body></html>", None).unwrap_err(), Error::NoText);
    let only_chrome =
        "<html><body><nav><a href=/>الرئيسية</a></nav><script>alert('x')</script></body></html>";
    assert_eq!(extract_html(only_chrome, None).unwrap_err().to_string(), "no article text found in the page");
}

#[test]
fn scripts_never_reach_the_text() {
    let html = "<html><body><article><p>قصف مدفعي على ريف إدلب الجنوبي صباح اليوم.</p>\
                <script>document.write('<p>حقن</p>')</script><style>p{}</style>\
                <noscript><p>فعّل جافاسكربت</p></noscript></article></body></html>";
    let page = extract_html(html, None).unwrap();
    assert_eq!(page.text, "قصف مدفعي على ريف إدلب الجنوبي صباح اليوم.");
}
