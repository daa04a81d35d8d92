//! Content sniffing: what kind of document a byte string holds, from its first few kilobytes.

/// What a file holds, as far as its first bytes tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// An HTML page (doctype, `<html>`, `<head>`, `<body>` or common body tags near the start).
    Html,
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed.
    Feed,
    /// JSON Lines: the first non-blank line is a JSON object.
    JsonLines,
    /// Plain text.
    Text,
    /// Not text: NUL bytes, a known binary signature, or many control characters.
    Binary,
    /// No bytes, or only whitespace.
    Empty,
}

/// How many leading bytes sniffing looks at.
const SNIFF_BYTES: usize = 8 * 1024;

/// Signatures of common binary formats a news folder may contain by mistake.
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "pdf signature"),
    (b"\x89PNG", "png signature"),
    (b"GIF8", "gif signature"),
    (b"\xFF\xD8\xFF", "jpeg signature"),
    (b"PK\x03\x04", "zip signature"),
    (b"\x1F\x8B", "gzip signature"),
    (b"\x7FELF", "elf signature"),
    (b"BZh", "bzip2 signature"),
    (b"7z\xBC\xAF", "7z signature"),
    (b"Rar!", "rar signature"),
    (b"\x28\xB5\x2F\xFD", "zstd signature"),
    (b"SQLite format 3\0", "sqlite signature"),
];

/// Guesses what `bytes` hold, from at most their first 8 KB.
///
/// Order of checks: empty, binary, then markup (feed roots before HTML, since an XHTML page and a feed
/// both may start with `<?xml`), then JSON Lines, else text.
///
/// ```
/// use marsad_extract::{sniff, Kind};
/// assert_eq!(sniff(b"<!DOCTYPE html><html lang=\"ar\">"), Kind::Html);
/// assert_eq!(sniff(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"), Kind::Feed);
/// assert_eq!(sniff("{\"id\":\"a1\",\"text\":\"نص\"}\n".as_bytes()), Kind::JsonLines);
/// assert_eq!(sniff("قصف مدفعي على ريف إدلب".as_bytes()), Kind::Text);
/// assert_eq!(sniff(b"%PDF-1.7\n..."), Kind::Binary);
/// ```
pub fn sniff(bytes: &[u8]) -> Kind {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.iter().all(u8::is_ascii_whitespace) {
        return Kind::Empty;
    }
    if binary_reason(head).is_some() {
        return Kind::Binary;
    }
    let text = head_text(head);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let lower = trimmed.chars().take(2048).collect::<String>().to_ascii_lowercase();
    if lower.starts_with('<') {
        if ["<rss", "<feed", "<rdf:rdf"].iter().any(|root| has_tag(&lower, root)) {
            return Kind::Feed;
        }
        if ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<article"]
            .iter()
            .any(|t| lower.contains(t))
        {
            return Kind::Html;
        }
    }
    if lower.starts_with('{') {
        let first_line = trimmed.lines().next().unwrap_or("");
        let whole_line_read = first_line.len() < trimmed.len() || bytes.len() <= SNIFF_BYTES;
        let object = serde_json::from_str::<serde_json::Value>(first_line).is_ok_and(|v| v.is_object());
        // A first line longer than the sniffed head cannot be parsed; its shape `{"…":` is enough.
        if object || (!whole_line_read && lower.starts_with("{\"")) {
            return Kind::JsonLines;
        }
    }
    Kind::Text
}

/// Why `head` looks binary, or `None` when it looks like text.
///
/// UTF-16 with a byte-order mark is text even though half its bytes are NUL.
pub(crate) fn binary_reason(head: &[u8]) -> Option<String> {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return None;
    }
    if let Some((_, name)) = BINARY_MAGIC.iter().find(|(magic, _)| head.starts_with(magic)) {
        return Some((*name).to_string());
    }
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Some(format!("nul byte at offset {pos}"));
    }
    let control =
        head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)).count();
    if control * 10 > head.len() {
        return Some(format!("{control} control bytes in the first {} bytes", head.len()));
    }
    None
}

/// The head as text for tag and JSON checks; UTF-16 is decoded, anything else read leniently as UTF-8
/// (tags are ASCII in every encoding this crate meets).
fn head_text(head: &[u8]) -> String {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(head) {
        return enc.decode_without_bom_handling(head).0.into_owned();
    }
    String::from_utf8_lossy(head).into_owned()
}

/// Whether `tag` occurs as a whole tag name (`<rss` but not `<rsslink`).
fn has_tag(lower: &str, tag: &str) -> bool {
    lower.match_indices(tag).any(|(i, _)| {
        lower[i + tag.len()..].chars().next().is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let cases: &[(&str, &[u8], Kind)] = &[
            ("empty", b"", Kind::Empty),
            ("blank", b"  \n\t", Kind::Empty),
            ("doctype", b"\xEF\xBB\xBF  <!doctype HTML>\n<html>", Kind::Html),
            ("fragment", "<div dir=\"rtl\"><p>خبر</p></div>".as_bytes(), Kind::Html),
            ("xhtml", b"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", Kind::Html),
            ("rss", b"<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\">", Kind::Feed),
            ("atom", b"<feed xmlns=\"http://www.w3.org/2005/Atom\">", Kind::Feed),
            ("rdf", b"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", Kind::Feed),
            ("jsonl", b"\n{\"id\": \"1\", \"text\": \"x\"}\n{\"id\": \"2\"}", Kind::JsonLines),
            ("json array is text", b"[1, 2, 3]", Kind::Text),
            ("brace text", b"{not json at all", Kind::Text),
            ("arabic text", "دمشق، سوريا (CNN) -- أكدت جهات".as_bytes(), Kind::Text),
            ("less-than in text", "3 < 4 في الحساب".as_bytes(), Kind::Text),
            ("png", b"\x89PNG\r\n\x1a\n\0\0", Kind::Binary),
            ("nul", b"abc\0def", Kind::Binary),
            ("utf16 html", b"\xFF\xFE<\0h\0t\0m\0l\0>\0", Kind::Html),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(sniff(bytes), *want, "case {name}");
        }
    }

    #[test]
    fn long_first_json_line_is_still_jsonl() {
        let line = format!("{{\"id\":\"x\",\"text\":\"{}\"}}\n", "ن".repeat(10_000));
        assert_eq!(sniff(line.as_bytes()), Kind::JsonLines);
    }

    #[test]
    fn control_bytes_are_binary() {
        let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 31) as u8 + 1).collect();
        assert_eq!(sniff(&garbage), Kind::Binary);
    }
}
