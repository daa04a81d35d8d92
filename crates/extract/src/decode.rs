//! Bytes of an HTML page to a `String`, honouring what the page says about its encoding.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1256};

use crate::limits::{check_size, MAX_HTML_BYTES};
use crate::sniff::binary_reason;
use crate::Error;

/// How far into the page a `<meta charset>` is looked for. The HTML standard's prescan stops at 1,024
/// bytes, but Arabic sites often put long scripts or comments first, so we read further.
const PRESCAN_BYTES: usize = 4096;

/// A page's text and what was wrong with the way it said how it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedPage {
    /// The page as text.
    pub text: String,
    /// Set when the page (or the `Content-Type` it came with) declared a legacy charset but its bytes
    /// are UTF-8, which was read instead: `declares windows-1256 (<meta charset>) but its bytes are
    /// UTF-8; read as UTF-8`. The caller names the file.
    pub warning: Option<String>,
}

/// Decodes the bytes of an HTML page: [`decode_html_as`] with no `Content-Type` charset.
///
/// ```
/// let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode("<meta charset=\"windows-1256\"><p>حلب</p>");
/// assert_eq!(marsad_extract::decode_html(&bytes).unwrap(), "<meta charset=\"windows-1256\"><p>حلب</p>");
/// ```
///
/// # Errors
/// As [`decode_html_as`].
pub fn decode_html(bytes: &[u8]) -> Result<String, Error> {
    decode_html_as(bytes, None).map(|d| d.text)
}

/// Decodes the bytes of an HTML page; `transport` is the charset its `Content-Type` header gave
/// (`utf-8` of `text/html; charset=utf-8`), if it came with one.
///
/// Order, first hit wins:
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
/// 2. the `Content-Type` charset, which beats the page's own declaration as it does in a browser;
/// 3. a `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first
///    4 KB.
///
///    A declaration (2 or 3) is used only when the bytes decode under it without error, because
///    Arabic sites often declare `windows-1256` and serve UTF-8 or the reverse; and a legacy charset
///    declared for bytes that are valid UTF-8 holding non-ASCII text is not believed either (every
///    byte is valid `windows-1256`, so UTF-8 Arabic read under it became mojibake in silence): the
///    page is read as UTF-8, with a [`DecodedPage::warning`];
/// 4. [`marsad_text::decode`] (UTF-8, else detection); when it settles on a legacy encoding other than
///    `windows-1256` but the bytes read as Arabic in `windows-1256` (80% of non-ASCII letters Arabic),
///    `windows-1256` wins — a deliberate bias, since marsad reads Arabic news and short pages mislead
///    detectors towards Cyrillic.
///
/// # Errors
/// [`Error::Empty`], [`Error::TooLarge`] (over [`crate::limits::MAX_HTML_BYTES`]), [`Error::Binary`], or
/// [`Error::Decode`] when even the detected encoding leaves malformed sequences.
///
/// ```
/// let page = "<meta charset=\"windows-1256\"><p>حلب</p>";
/// let read = marsad_extract::decode_html_as(page.as_bytes(), None).unwrap();
/// assert_eq!(read.text, page);
/// assert!(read.warning.unwrap().contains("its bytes are UTF-8"));
/// ```
pub fn decode_html_as(bytes: &[u8], transport: Option<&str>) -> Result<DecodedPage, Error> {
    check_size(bytes.len(), MAX_HTML_BYTES)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return strict(enc, &bytes[bom_len..]).map(|text| DecodedPage { text, warning: None });
    }
    if let Some(reason) = binary_reason(&bytes[..bytes.len().min(8192)]) {
        return Err(Error::Binary { reason });
    }
    let header = transport.and_then(|label| Encoding::for_label(label.trim().trim_matches('"').as_bytes()));
    if let Some(read) = header.and_then(|enc| read_declared(enc, "its Content-Type", bytes)) {
        return Ok(read);
    }
    if let Some(declared) = declared_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]) {
        if let Some(read) = read_declared(declared, "<meta charset>", bytes) {
            return Ok(read);
        }
    }
    let decoded = marsad_text::decode(bytes).map_err(|e| Error::Decode {
        encoding: "utf-8 or a detected legacy encoding".into(),
        detail: e.to_string(),
    })?;
    if decoded.encoding != UTF_8.name() && decoded.encoding != WINDOWS_1256.name() {
        // Detectors need more text than a short page gives to tell cp1256 from its Cyrillic and Greek
        // neighbours. marsad reads Arabic news, so cp1256 wins whenever it reads as Arabic.
        let (as_arabic, _) = WINDOWS_1256.decode_without_bom_handling(bytes);
        if mostly_arabic(&as_arabic) {
            return Ok(DecodedPage { text: as_arabic.into_owned(), warning: None });
        }
    }
    Ok(DecodedPage { text: decoded.text, warning: None })
}

/// The page under the charset `by` declared, or `None` when its bytes are malformed in it. Bytes
/// that are valid UTF-8 with non-ASCII text in them are UTF-8 whatever was declared: text in a
/// legacy charset is almost never valid UTF-8 by chance, while UTF-8 is always valid `windows-1256`.
fn read_declared(enc: &'static Encoding, by: &str, bytes: &[u8]) -> Option<DecodedPage> {
    if enc != UTF_8 {
        if let Ok(text) = std::str::from_utf8(bytes) {
            if !text.is_ascii() || !enc.is_ascii_compatible() {
                let warning =
                    format!("declares {} ({by}) but its bytes are UTF-8; read as UTF-8", enc.name());
                return Some(DecodedPage { text: text.to_string(), warning: Some(warning) });
            }
        }
    }
    strict(enc, bytes).ok().map(|text| DecodedPage { text, warning: None })
}

/// At least 80% of the non-ASCII letters are Arabic-script letters.
fn mostly_arabic(text: &str) -> bool {
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii() && c.is_alphabetic()) {
        match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => arabic += 1,
            _ => other += 1,
        }
    }
    arabic > 0 && arabic * 10 >= (arabic + other) * 8
}

/// Decodes without replacement characters: a malformed sequence is an error, not a silent `U+FFFD`.
fn strict(enc: &'static Encoding, bytes: &[u8]) -> Result<String, Error> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        let detail = match enc == UTF_8 {
            true => match std::str::from_utf8(bytes) {
                Err(e) => format!("malformed sequence at byte {}", e.valid_up_to()),
                Ok(_) => "malformed sequence".to_string(),
            },
            false => "malformed sequence".to_string(),
        };
        return Err(Error::Decode { encoding: enc.name().to_string(), detail });
    }
    Ok(text.into_owned())
}

/// The encoding named by the first `<meta>` that names one, as the HTML prescan would find it.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |p| start + p);
        let tag = &lower[start..end];
        if let Some(at) = find(tag, b"charset") {
            let rest = &tag[at + b"charset".len()..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let label = trim_start(rest);
                let label = label.strip_prefix(b"\"").or_else(|| label.strip_prefix(b"'")).unwrap_or(label);
                let len = label
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
                    .unwrap_or(label.len());
                if let Some(enc) = Encoding::for_label(&label[..len]) {
                    // UTF-16 cannot be declared from inside an ASCII-compatible byte stream.
                    return Some(if enc.is_single_byte() || enc == UTF_8 {
                        enc
                    } else {
                        enc.output_encoding()
                    });
                }
            }
        }
        from = end;
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_labels() {
        let cases: &[(&str, Option<&str>)] = &[
            ("<meta charset=\"windows-1256\">", Some("windows-1256")),
            ("<META CHARSET=cp1256>", Some("windows-1256")),
            ("<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'/>", Some("UTF-8")),
            (
                "<meta content=\"text/html;charset=iso-8859-6\" http-equiv=\"Content-Type\">",
                Some("ISO-8859-6"),
            ),
            ("<meta name=\"viewport\" content=\"width=device-width\">", None),
            ("<meta charset=\"no-such-thing\">", None),
            ("<meta charset=\"utf-16\">", Some("UTF-8")),
        ];
        for (html, want) in cases {
            assert_eq!(declared_charset(html.as_bytes()).map(|e| e.name()), *want, "{html}");
        }
    }

    #[test]
    fn boms_win() {
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "<p>درعا</p>".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode_html(&utf16).unwrap(), "<p>درعا</p>");
        assert_eq!(decode_html("\u{feff}<p>درعا</p>".as_bytes()).unwrap(), "<p>درعا</p>");
    }

    #[test]
    fn wrong_declaration_falls_back_to_the_bytes() {
        // Declared UTF-8 but served as cp1256: the declaration fails strictly and detection takes over.
        let page = "<meta charset=\"utf-8\"><p>قصف على إدلب</p>";
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(page);
        assert_eq!(decode_html(&cp1256).unwrap(), page);
    }

    /// The reverse, declared cp1256 but served as UTF-8, was read as cp1256 (every byte is valid
    /// there): mojibake, in silence. UTF-8 is read, with a warning; a page whose non-ASCII bytes are
    /// not UTF-8 still takes its declaration.
    #[test]
    fn a_legacy_declaration_over_utf8_bytes_reads_utf8_and_says_so() {
        let page = "<meta charset=\"windows-1256\"><p>قصف على إدلب</p>";
        let read = decode_html_as(page.as_bytes(), None).unwrap();
        assert_eq!(read.text, page);
        assert_eq!(
            read.warning.as_deref(),
            Some("declares windows-1256 (<meta charset>) but its bytes are UTF-8; read as UTF-8")
        );
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(page);
        assert_eq!(decode_html_as(&cp1256, None).unwrap(), DecodedPage { text: page.into(), warning: None });
        // ASCII is the same text under either.
        let ascii = "<meta charset=\"windows-1256\"><p>Idlib</p>";
        assert_eq!(decode_html_as(ascii.as_bytes(), None).unwrap().warning, None);
    }

    /// The `Content-Type` header's charset beats the page's `<meta>`, as in a browser: a cp1256 page
    /// whose meta says windows-1252 (under which every byte is valid: mojibake) reads as Arabic with
    /// the header's windows-1256; a UTF-8 page whose meta says windows-1256 reads as UTF-8 with no
    /// warning when the header says UTF-8; the header lying about UTF-8 bytes is caught as the meta is.
    #[test]
    fn the_content_type_charset_beats_the_meta() {
        let page = "<meta charset=\"windows-1252\"><p>قصف على إدلب وريف حلب</p>";
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(page);
        assert_ne!(decode_html(&cp1256).unwrap(), page, "the meta alone misleads");
        let read = decode_html_as(&cp1256, Some("windows-1256")).unwrap();
        assert_eq!(read, DecodedPage { text: page.into(), warning: None });
        let page = "<meta charset=\"windows-1256\"><p>قصف على إدلب وريف حلب</p>";
        let read = decode_html_as(page.as_bytes(), Some("utf-8")).unwrap();
        assert_eq!(read, DecodedPage { text: page.into(), warning: None });
        let read = decode_html_as(page.as_bytes(), Some("\"cp1256\"")).unwrap();
        assert_eq!(read.text, page);
        assert!(read.warning.unwrap().contains("(its Content-Type)"));
        // An unknown label says nothing: the page is read as if it had come without one.
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(page);
        assert_eq!(
            decode_html_as(&cp1256, Some("no-such-charset")).unwrap(),
            decode_html_as(&cp1256, None).unwrap()
        );
    }

    #[test]
    fn errors() {
        assert_eq!(decode_html(b"").unwrap_err(), Error::Empty);
        assert_eq!(decode_html(b" \r\n ").unwrap_err(), Error::Empty);
        assert!(matches!(decode_html(b"<html>\0\0\0").unwrap_err(), Error::Binary { .. }));
        let big = vec![b'a'; MAX_HTML_BYTES + 1];
        assert!(matches!(decode_html(&big).unwrap_err(), Error::TooLarge { .. }));
    }
}
