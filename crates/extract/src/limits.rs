//! Resource limits checked before any parser sees the input.
//!
//! html5ever and the tree walkers of `dom_query`/`scraper` are not bounded against hostile input: a
//! page of 100,000 nested `<div>` builds a tree whose recursive walks overflow the stack. So the input
//! is measured first, with a single pass over the bytes that cannot itself recurse or allocate per tag.

use crate::Error;

/// Largest HTML page accepted, in bytes. Real article pages weigh 30–600 KB; 8 MiB leaves room for
/// pages with inlined scripts while refusing dumps and garbage.
pub const MAX_HTML_BYTES: usize = 8 * 1024 * 1024;

/// Largest feed accepted, in bytes. Feeds carry full content for tens of items at most.
pub const MAX_FEED_BYTES: usize = 16 * 1024 * 1024;

/// Deepest element nesting accepted, as estimated by the pre-parse scan. Real news pages stay under 60;
/// the estimate over-counts on sloppy markup (unclosed `<font>`, `<b>`), hence the margin. Measured
/// with `examples/depth_probe.rs` (debug build, 2 MB thread stack): dom_smoothie and scraper read 3,000
/// nested `<div>` and overflow the stack before 10,000, so 400 keeps a margin of more than 7×.
pub const MAX_DEPTH: usize = 400;

/// Elements that never have content, so they never open a level.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "keygen", "command", "basefont", "frame", "isindex",
];

/// Elements whose end tag HTML lets authors omit; counting them would make every `<p>` list look deep.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "thead", "tbody",
    "tfoot", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is raw text: tags inside them are not tags.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

/// How markup is counted: HTML knows void and optional-end elements, XML counts every element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    Html,
    Xml,
}

/// Fails with [`Error::TooLarge`] when `len` exceeds `limit`.
pub(crate) fn check_size(len: usize, limit: usize) -> Result<(), Error> {
    if len > limit {
        return Err(Error::TooLarge { size: len, limit });
    }
    Ok(())
}

/// Estimates the element nesting of `doc` and fails with [`Error::TooDeep`] once it passes `limit`.
///
/// One linear pass, no allocation per tag: start tags push a level, end tags pop one (never below zero),
/// self-closing, void and optional-end elements are ignored, and comments, doctype, CDATA and the content
/// of raw-text elements are skipped. The estimate is an upper bound on what html5ever builds for the
/// elements it counts, which is what matters for the stack.
pub(crate) fn check_depth(doc: &[u8], markup: Markup, limit: usize) -> Result<usize, Error> {
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut i = 0usize;
    let n = doc.len();
    while let Some(rel) = memchr_lt(&doc[i..]) {
        let start = i + rel;
        i = start + 1;
        if i >= n {
            break;
        }
        if doc[i..].starts_with(b"!--") {
            i = find(doc, i + 3, b"-->").map_or(n, |p| p + 3);
            continue;
        }
        if doc[i..].starts_with(b"![CDATA[") {
            i = find(doc, i + 8, b"]]>").map_or(n, |p| p + 3);
            continue;
        }
        if doc[i] == b'!' || doc[i] == b'?' {
            i = find(doc, i, b">").map_or(n, |p| p + 1);
            continue;
        }
        let closing = doc[i] == b'/';
        let name_start = if closing { i + 1 } else { i };
        let name_end = doc[name_start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_' | b'.')))
            .map_or(n, |p| name_start + p);
        if name_end == name_start {
            continue; // a lone `<` in text
        }
        let name = &doc[name_start..name_end];
        // Stopping at the next `<` as well keeps the pass linear on inputs like `<a<a<a…>`.
        let Some(tag_end) =
            doc[name_end..].iter().position(|&b| b == b'>' || b == b'<').map(|p| name_end + p)
        else {
            break; // the document ends inside this tag
        };
        if doc[tag_end] == b'<' {
            i = tag_end;
            continue;
        }
        let self_closing = doc[tag_end - 1] == b'/';
        i = tag_end + 1;
        let counted = match markup {
            Markup::Xml => true,
            Markup::Html => !is_one_of(name, VOID) && !is_one_of(name, OPTIONAL_END),
        };
        if closing {
            if counted {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if markup == Markup::Html && is_one_of(name, RAW_TEXT) && !self_closing {
            i = skip_raw_text(doc, i, name);
            continue;
        }
        if counted && !self_closing {
            depth += 1;
            max = max.max(depth);
            if depth > limit {
                return Err(Error::TooDeep { depth, offset: start, limit });
            }
        }
    }
    Ok(max)
}

fn memchr_lt(hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == b'<')
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

fn is_one_of(name: &[u8], set: &[&str]) -> bool {
    set.iter().any(|s| s.as_bytes().eq_ignore_ascii_case(name))
}

/// Skips to just past `</name`…`>` (case-insensitive), or to the end when it never comes.
fn skip_raw_text(doc: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(rel) = find(doc, i, b"</") {
        let after = rel + 2;
        if doc.len() >= after + name.len() && doc[after..after + name.len()].eq_ignore_ascii_case(name) {
            return find(doc, after, b">").map_or(doc.len(), |p| p + 1);
        }
        i = after;
    }
    doc.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(s: &str) -> usize {
        check_depth(s.as_bytes(), Markup::Html, 1_000_000).unwrap()
    }

    #[test]
    fn counts_real_nesting() {
        assert_eq!(depth("<html><body><div><div><span>x</span></div></div></body></html>"), 3);
    }

    #[test]
    fn ignores_void_optional_end_and_self_closing() {
        assert_eq!(depth("<div><p>a<p>b<br><img src=x><li>c<li>d<x/></div>"), 1);
    }

    #[test]
    fn skips_comments_scripts_and_lone_lt() {
        assert_eq!(depth("<div><!-- <div><div> --><script>if (a<b) { '<div>' }</script>3 < 4</div>"), 1);
    }

    #[test]
    fn xml_counts_every_element() {
        assert_eq!(
            check_depth(b"<rss><channel><item><p>x</p></item></channel></rss>", Markup::Xml, 10).unwrap(),
            4
        );
    }

    #[test]
    fn bomb_is_refused_with_offset() {
        let bomb = "<div>".repeat(100_000);
        let err = check_depth(bomb.as_bytes(), Markup::Html, MAX_DEPTH).unwrap_err();
        assert_eq!(err, Error::TooDeep { depth: MAX_DEPTH + 1, offset: MAX_DEPTH * 5, limit: MAX_DEPTH });
    }

    #[test]
    fn unterminated_tag_at_end_does_not_panic() {
        assert_eq!(depth("<div><a href='"), 1);
        assert_eq!(depth("<"), 0);
        assert_eq!(depth("<!--"), 0);
    }

    #[test]
    fn unclosed_tag_runs_stay_linear() {
        // 4 MB of `<a` with one `>` at the end would be quadratic if every tag searched for its `>`.
        let mut s = "<a".repeat(2_000_000);
        s.push('>');
        assert_eq!(depth(&s), 1);
    }
}
