//! What a search text asks for: the small query syntax of `marsad search` and `/api/search`.
//!
//! Users paste headlines, so text is searched as text and no text is an error:
//!
//! - Every word must match (in the title or the body), in any order.
//! - `"quoted words"` must appear together, in that order. A quote left open is ignored (the
//!   words after it are plain words).
//! - `OR`, in capitals between two words or quoted phrases, lets either match:
//!   `قصف إدلب OR حلب` is قصف and (إدلب or حلب). `AND` changes nothing (every word must match
//!   anyway).
//!
//! Nothing else is syntax: `:`, `(`, `)`, `-`, `+`, `*` and other punctuation separate words like
//! spaces do (`أنقرة: المنطقة العازلة`, `الساعة 10:30`). A stretch of text without spaces that
//! holds several words (`10:30`, `S-400`) must match as a phrase.

/// One thing that must match: a word, or words together in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// One stretch of text between spaces; its words must appear together.
    Words(String),
    /// A quoted phrase's text.
    Phrase(String),
}

/// The search text read as groups that must all match, each of units any of which may match.
pub(crate) fn parse(text: &str) -> Vec<Vec<Unit>> {
    let mut units: Vec<Option<Unit>> = Vec::new();
    // Segments between `"`: the odd ones are quoted, except an unclosed last one.
    let segments: Vec<&str> = text.split('"').collect();
    let closed = if segments.len().is_multiple_of(2) { segments.len() - 1 } else { segments.len() };
    for (i, segment) in segments.iter().enumerate() {
        if i % 2 == 1 && i < closed {
            units.push(Some(Unit::Phrase(segment.to_string())));
            continue;
        }
        for item in segment.split_whitespace() {
            match item {
                // `None` marks an OR.
                "OR" => units.push(None),
                "AND" => {}
                _ => units.push(Some(Unit::Words(item.to_string()))),
            }
        }
    }
    let mut groups: Vec<Vec<Unit>> = Vec::new();
    let mut joined = false;
    for unit in units {
        match unit {
            None => joined = !groups.is_empty(),
            Some(u) => {
                match groups.last_mut() {
                    Some(last) if joined => last.push(u),
                    _ => groups.push(vec![u]),
                }
                joined = false;
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Unit {
        Unit::Words(s.into())
    }

    fn p(s: &str) -> Unit {
        Unit::Phrase(s.into())
    }

    #[test]
    fn punctuation_is_text() {
        assert_eq!(parse("ترامب: لن"), vec![vec![w("ترامب:")], vec![w("لن")]]);
        assert_eq!(parse("(إدلب"), vec![vec![w("(إدلب")]]);
        assert_eq!(parse("الساعة 10:30"), vec![vec![w("الساعة")], vec![w("10:30")]]);
    }

    #[test]
    fn quotes_make_phrases_and_an_open_quote_is_ignored() {
        assert_eq!(parse("قصف \"ريف دمشق\""), vec![vec![w("قصف")], vec![p("ريف دمشق")]]);
        assert_eq!(parse("\"ريف دمشق"), vec![vec![w("ريف")], vec![w("دمشق")]]);
        assert_eq!(parse("\"أ\" ب \"ج"), vec![vec![p("أ")], vec![w("ب")], vec![w("ج")]]);
    }

    #[test]
    fn or_joins_its_neighbours_and_and_is_nothing() {
        assert_eq!(parse("قصف إدلب OR حلب"), vec![vec![w("قصف")], vec![w("إدلب"), w("حلب")]]);
        assert_eq!(parse("إدلب AND حلب"), vec![vec![w("إدلب")], vec![w("حلب")]]);
        assert_eq!(parse("\"ريف دمشق\" OR حلب"), vec![vec![p("ريف دمشق"), w("حلب")]]);
        // Lower case is a word; an OR with nothing on one side is dropped.
        assert_eq!(parse("a or b"), vec![vec![w("a")], vec![w("or")], vec![w("b")]]);
        assert_eq!(parse("OR إدلب OR"), vec![vec![w("إدلب")]]);
        assert_eq!(parse(""), Vec::<Vec<Unit>>::new());
    }
}
