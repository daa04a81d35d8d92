//! An element's text as paragraphs: block elements and `<br>` break lines, inline text runs on.
//!
//! readability-style extractors give either HTML or a flat text in which a heading and the `<time>`
//! after it run together with no space (`…بريف دمشقالأربعاء، 28 آب`). Walking the DOM ourselves puts each
//! block on its own line and pads inline elements that carry separate values (`<time>`, table cells).

use ego_tree::iter::Edge;
use scraper::{ElementRef, Node};

/// Elements that start and end a paragraph.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "body",
    "html",
    "center",
];

/// Elements whose content is never article text.
pub(crate) const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "button", "select", "option", "textarea",
    "iframe", "object", "embed", "canvas", "head", "input", "video", "audio",
];

/// Inline elements whose text is a value of its own and must not glue to its neighbours.
const PADDED: &[&str] = &["time", "img", "label"];

/// Paragraphs of text under `root`, whitespace collapsed, empty ones dropped.
///
/// The walk is iterative (ego-tree's `traverse`), so it needs no stack per level.
pub(crate) fn paragraphs(root: ElementRef<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut skip_depth = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if skip_depth > 0 || SKIPPED.contains(&name) {
                        skip_depth += 1;
                    } else if BLOCK.contains(&name) || name == "br" {
                        flush(&mut current, &mut out);
                    } else if PADDED.contains(&name) {
                        current.push(' ');
                    }
                }
                Node::Text(text) if skip_depth == 0 => current.push_str(text),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCK.contains(&name) {
                        flush(&mut current, &mut out);
                    } else if PADDED.contains(&name) {
                        current.push(' ');
                    }
                }
            }
        }
    }
    flush(&mut current, &mut out);
    out
}

/// The element whose own paragraph children hold the most text: the article body proper.
///
/// Readability returns the best-scoring node *with its siblings*, which on modern pages drags in tag
/// lists, share counters and "related" headlines. Within its result, the node that directly parents
/// the most prose (`<p>`, `<div>`, `<blockquote>` children with no block inside, and bare text, each
/// with under half of its text in links) is where the article paragraphs actually sit.
pub(crate) fn densest_container(root: ElementRef<'_>) -> Option<ElementRef<'_>> {
    let mut best: Option<(ElementRef<'_>, usize)> = None;
    for el in std::iter::once(root).chain(root.descendent_elements()) {
        if SKIPPED.contains(&el.value().name()) {
            continue;
        }
        let score: usize = el
            .children()
            .map(|child| match prose_child(child) {
                Some(Prose::Counted(n)) => n,
                _ => 0,
            })
            .sum();
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((el, score));
        }
    }
    best.filter(|(_, score)| *score > 0).map(|(el, _)| el)
}

/// The paragraphs of a container found by [`densest_container`]: its prose children, its headings and
/// link-poor lists, in order; nested wrappers (a comment notice in a `<div>` of `<p>`s) are left out.
pub(crate) fn core_paragraphs(container: ElementRef<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for child in container.children() {
        match (prose_child(child), child.value()) {
            (Some(_), Node::Text(t)) => {
                let line = collapse(t);
                if !line.is_empty() {
                    out.push(line);
                }
            }
            (Some(_), Node::Element(_)) => {
                out.extend(paragraphs(ElementRef::wrap(child).expect("element node")))
            }
            _ => {}
        }
    }
    out
}

/// How a child node of a candidate container counts.
enum Prose {
    /// Paragraph text; the number of chars adds to the container's score.
    Counted(usize),
    /// Kept in the text but not scored (headings, lists).
    Kept,
}

fn prose_child(child: ego_tree::NodeRef<'_, Node>) -> Option<Prose> {
    match child.value() {
        Node::Text(t) => {
            let n = collapse(t).chars().count();
            (n > 0).then_some(Prose::Counted(n))
        }
        Node::Element(c) => {
            let name = c.name();
            let kept = KEPT.contains(&name);
            if !(PROSE.contains(&name) || kept) {
                return None;
            }
            let child = ElementRef::wrap(child).expect("element node");
            // A wrapper is not a paragraph: only children without blocks inside count.
            if !kept && child.descendent_elements().skip(1).any(|d| BLOCK.contains(&d.value().name())) {
                return None;
            }
            let total: usize = child.text().map(|t| t.chars().count()).sum();
            let links: usize = child
                .descendent_elements()
                .filter(|d| d.value().name() == "a")
                .flat_map(|a| a.text())
                .map(|t| t.chars().count())
                .sum();
            if total == 0 || links * 2 >= total {
                return None;
            }
            Some(if kept { Prose::Kept } else { Prose::Counted(total) })
        }
        _ => None,
    }
}

/// Children kept with the article text without counting towards a container's score.
const KEPT: &[&str] = &["h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"];

/// Children that carry article prose.
const PROSE: &[&str] = &["p", "div", "blockquote", "pre", "span", "font", "b", "strong"];

/// Collapses whitespace (including no-break space, BOM and zero-width space) to single spaces and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || matches!(c, '\u{a0}' | '\u{feff}' | '\u{200b}')) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let line = collapse(current);
    if !line.is_empty() {
        out.push(line);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn paras(html: &str) -> Vec<String> {
        let doc = Html::parse_fragment(html);
        paragraphs(doc.root_element())
    }

    #[test]
    fn heading_and_time_do_not_run_together() {
        // The CNN Arabic header shape from ../shared/corpus/html/000_cnnar_newspaper4k.html.
        let html = "<h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1><div class=\"cnn_strytmstmp\">\
                    الأربعاء، 28 آب/اغسطس 2013</div><p><b>دمشق، سوريا (CNN) --</b> أكدت</p>";
        assert_eq!(
            paras(html),
            [
                "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
                "الأربعاء، 28 آب/اغسطس 2013",
                "دمشق، سوريا (CNN) -- أكدت"
            ]
        );
        assert_eq!(
            paras("<p>نشر في<time datetime=\"2024-03-12\">12 آذار</time>بتوقيت دمشق</p>"),
            ["نشر في 12 آذار بتوقيت دمشق"]
        );
    }

    #[test]
    fn inline_runs_on_br_breaks_scripts_skipped() {
        assert_eq!(
            paras("<p>قال <a href=x>المرصد</a> إن<br>الاشتباكات<script>var a='<p>x</p>'</script> تجددت</p>"),
            ["قال المرصد إن", "الاشتباكات تجددت"]
        );
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(collapse("  a\u{a0}\n\t b  "), "a b");
        assert!(paras("<div> \n </div>").is_empty());
    }
}
