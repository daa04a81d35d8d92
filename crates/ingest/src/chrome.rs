//! Splitting raw article text into headline, body and site chrome.
//!
//! Three passes, in this order because each needs the previous one's result:
//! 1. pattern rules on each line (whole-line rules first, then fragments cut out of what is left);
//! 2. the repeated headline (needs the headline from the first line);
//! 3. headline-shaped lines and runs of them (needs to know which neighbours survived passes 1–2, so an
//!    `اقرأ أيضاً:` line removed by a rule does not break the run of links under it).

use marsad_model::Span;

use crate::rules::{HeadlineTest, Rules, Scope, TeaserTest};
use crate::{Article, Chrome, Segment};

/// Characters trimmed from line ends besides `char::is_whitespace` (which already covers U+00A0).
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2066}'..='\u{2069}')
}

/// `char::is_whitespace` (the Unicode White_Space property) spelled out, so that the common case, an
/// Arabic letter, is decided by a few comparisons instead of a table lookup (test compares every char).
#[inline]
fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | ' '
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
    )
}

/// The number of white-space separated words of `line` (as `split_whitespace` counts them), counted up to
/// `limit`.
///
/// Read on the bytes: an ASCII byte is a space when `is_space` says so; only a char whose lead byte may start
/// a space (`may_start_space`) is decoded; every other byte, the Arabic letters' lead and continuation bytes
/// included, belongs to a word (a continuation byte follows the lead byte of its own char, which was judged).
fn count_words(line: &str, limit: usize) -> usize {
    let bytes = line.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let space = if b < 0x80 {
            i += 1;
            matches!(b, b'\t'..=b'\r' | b' ')
        } else if may_start_space(b) {
            let c = line[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            is_space(c)
        } else {
            i += 1;
            false
        };
        if !space && !in_word {
            words += 1;
            if words >= limit {
                return words;
            }
        }
        in_word = !space;
    }
    words
}

/// True for the first UTF-8 byte of every white space char but ' ': ASCII tab to carriage return, and the
/// lead bytes of U+0085, U+00A0 (0xC2), U+1680 (0xE1), U+2000..=U+200A, U+2028, U+2029, U+202F, U+205F
/// (0xE2) and U+3000 (0xE3). Arabic letters (lead bytes 0xD8..=0xDB) never start one.
fn may_start_space(b: u8) -> bool {
    matches!(b, 0x09..=0x0D | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// `text` with no-break, thin and other Unicode spaces turned into ASCII spaces.
fn plain_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    // Nearly every line has none, told from the bytes: every space but ' ' starts with one of these.
    if text.bytes().any(may_start_space) && text.chars().any(|c| c != ' ' && is_space(c)) {
        text.chars().map(|c| if is_space(c) { ' ' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

/// False when `fold(line)` certainly differs from `key`, found without folding `line`.
///
/// `marsad_text::clean` turns every core Arabic letter (`U+0621..=U+063F`, `U+0641..=U+064A`) of its input
/// into exactly one two-byte character (itself, or the letter composed with a hamza mark after it): it drops
/// marks, tatweel, invisible characters and the separators of an obfuscated word, never a letter. `fold`
/// keeps the byte length of what `clean` gives. So `fold(line)` is at least two bytes per core letter of
/// `line`, and a body paragraph far longer than the headline cannot fold to it.
fn may_fold_to(line: &str, key: &str) -> bool {
    let bytes = line.as_bytes();
    let mut letters = 0;
    let mut i = 0;
    while i + 1 < bytes.len() {
        let (b, b1) = (bytes[i], bytes[i + 1]);
        if (b == 0xD8 && b1 >= 0xA1) || (b == 0xD9 && (0x81..=0x8A).contains(&b1)) {
            letters += 2;
            if letters > key.len() {
                return false;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    true
}

/// A line of raw text: its trimmed content span.
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
}

fn lines(raw: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in raw.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start_matches(is_blank).len();
        let trimmed = content.trim_matches(is_blank);
        if !trimmed.is_empty() {
            out.push(Line { span: Span::new(start + lead, start + lead + trimmed.len()) });
        }
        start += piece.len();
    }
    out
}

/// What survives of one body line: the raw spans to copy, in order.
struct Kept {
    line: Span,
    pieces: Vec<Span>,
}

/// Fields some rules fill from named groups.
#[derive(Default)]
struct Found {
    author: Option<String>,
    outlet: Option<String>,
    byline: Option<String>,
}

/// Splits `raw` into an article. With `title == None` the first non-blank line is the headline.
pub(crate) fn split(rules: &Rules, id: &str, raw: &str, title: Option<&str>) -> Article {
    // The raw text the spans point into is the text without NUL characters (see
    // [`crate::article::without_nul`]): taken out here, before any offset is made.
    let raw: &str = &crate::article::without_nul(raw);
    let title = title.map(crate::article::without_nul);
    let title = title.as_deref();
    let every = lines(raw);
    // A text of one line is all body: taken as the headline (a pasted report, a scraped paragraph),
    // it left nothing to analyse, and `ingest` refused it as "no article text".
    let one_line = every.len() == 1;
    let mut all = every.into_iter();
    let title = match title {
        Some(t) => t.trim_matches(is_blank).to_string(),
        None if one_line => String::new(),
        None => all.next().map(|l| l.span.slice(raw).to_string()).unwrap_or_default(),
    };
    let title_key = marsad_text::fold(&title);
    let mut chrome = Vec::new();
    let mut kept = Vec::new();
    let mut found = Found::default();

    'line: for line in all {
        let text = line.span.slice(raw);
        // Line rules see every kind of space as a plain space: outlets put no-break spaces inside their
        // markers (`قد يهمك`), and a rule should not have to spell each one.
        let spaced = plain_spaces(text);
        for r in rules.rules.iter().filter(|r| r.scope == Scope::Line) {
            // Nearly every line matches no rule: the gate turns most away without running the regex, and
            // `is_match` answers for the rest without the capture slots that `captures` allocates and fills
            // on every call; the groups are read only on a match.
            if !r.gate.may_match(&spaced) || !r.regex.is_match(&spaced) {
                continue;
            }
            if let Some(caps) = r.regex.captures(&spaced) {
                let group = |name| caps.name(name).map(|m| m.as_str().trim_matches(is_blank).to_string());
                found.author = found.author.take().or_else(|| group("author"));
                found.outlet = found.outlet.take().or_else(|| group("outlet"));
                if r.kind == "byline" && found.byline.is_none() {
                    found.byline = Some(text.to_string());
                }
                chrome.push(Chrome {
                    rule: r.id.clone(),
                    kind: r.kind.clone(),
                    text: text.into(),
                    span: line.span,
                });
                continue 'line;
            }
        }
        if !title_key.is_empty() && may_fold_to(text, &title_key) && marsad_text::fold(text) == title_key {
            let (rule, kind) = rules.repeated_title.clone();
            chrome.push(Chrome { rule, kind, text: text.into(), span: line.span });
            continue;
        }
        let mut pieces = vec![line.span];
        for r in rules.rules.iter().filter(|r| r.scope == Scope::Fragment) {
            let mut next = Vec::new();
            for piece in pieces {
                let mut at = piece.start;
                let text = piece.slice(raw);
                let matches = r.gate.may_match(text).then(|| r.regex.captures_iter(text));
                // A rule may match more than it cuts: its `cut` group, when it has one, is what goes (the
                // full stop a tag list follows stays with its sentence).
                for caps in matches.into_iter().flatten() {
                    let Some(m) = caps.name("cut").or_else(|| caps.get(0)) else { continue };
                    let cut = Span::new(piece.start + m.start(), piece.start + m.end());
                    let shown = cut.slice(raw).trim_matches(is_blank);
                    let lead = cut.slice(raw).len() - cut.slice(raw).trim_start_matches(is_blank).len();
                    let text_span = Span::new(cut.start + lead, cut.start + lead + shown.len());
                    chrome.push(Chrome {
                        rule: r.id.clone(),
                        kind: r.kind.clone(),
                        text: shown.into(),
                        span: text_span,
                    });
                    if cut.start > at {
                        next.push(Span::new(at, cut.start));
                    }
                    at = cut.end;
                }
                if piece.end > at {
                    next.push(Span::new(at, piece.end));
                }
            }
            pieces = next;
        }
        pieces.retain(|p| !p.slice(raw).trim_matches(is_blank).is_empty());
        if !pieces.is_empty() {
            kept.push(Kept { line: line.span, pieces });
        }
    }

    let headline = &rules.headline;
    let mut drop = vec![false; kept.len()];
    // The shape is judged on what is left of the line: a credit cut from its end must not hide the full stop.
    let texts: Vec<String> = kept.iter().map(|k| k.pieces.iter().map(|p| p.slice(raw)).collect()).collect();
    let loose: Vec<bool> = texts.iter().map(|t| is_headline(headline, t, true)).collect();
    let mut i = 1; // the first paragraph is the lede, never a link
    while i < kept.len() {
        let mut j = i;
        while j < kept.len() && loose[j] {
            j += 1;
        }
        // A strict headline is also a loose one, so every candidate lies in some run i..j.
        let run = j - i >= headline.run_length;
        for k in i..j {
            drop[k] = run || is_headline(headline, &texts[k], false);
        }
        if run {
            let mut end = j;
            while end > i && texts[end - 1].split_whitespace().count() <= headline.crosshead_max_words {
                end -= 1;
                drop[end] = is_headline(headline, &texts[end], false);
            }
        }
        i = j.max(i + 1);
    }

    let mut body = String::with_capacity(raw.len());
    let mut segments = Vec::new();
    let mut by = vec![None; kept.len()];
    for (k, dropped) in drop.iter().enumerate() {
        if *dropped {
            by[k] = Some((&headline.id, &headline.kind));
        }
    }
    if let Some(t) = &rules.teasers {
        let alive: Vec<usize> = (0..kept.len()).filter(|&k| !drop[k]).collect();
        if let Some(widget) = trailing_teasers(t, raw, &kept, &texts, &alive) {
            for &k in widget {
                by[k] = Some((&t.id, &t.kind));
            }
        }
    }
    for (k, removed_by) in kept.into_iter().zip(by) {
        if let Some((rule, kind)) = removed_by {
            chrome.push(Chrome {
                rule: rule.clone(),
                kind: kind.clone(),
                text: k.line.slice(raw).into(),
                span: k.line,
            });
            continue;
        }
        if !body.is_empty() {
            body.push('\n');
        }
        for (n, p) in k.pieces.iter().enumerate() {
            let mut p = *p;
            let s = p.slice(raw);
            if n + 1 == k.pieces.len() {
                p.end -= s.len() - s.trim_end_matches(is_blank).len();
            }
            let start = body.len();
            body.push_str(p.slice(raw));
            segments.push(Segment { body: Span::new(start, body.len()), raw: p });
        }
    }
    chrome.sort_by_key(|c| c.span.start);

    Article {
        id: crate::article::without_nul(id).into_owned(),
        title,
        author: found.author,
        outlet: found.outlet,
        byline: found.byline,
        body,
        boilerplate: chrome,
        segments,
        encoding: "UTF-8".into(),
        ..Article::default()
    }
}

/// The paragraphs (indices into `kept`) of a related-stories widget ending the article, if it ends in one: see
/// `[trailing_teasers]` in `data/boilerplate.toml`. `alive` lists the paragraphs still in the body, in order.
fn trailing_teasers<'a>(
    t: &TeaserTest,
    raw: &str,
    kept: &[Kept],
    texts: &[String],
    alive: &'a [usize],
) -> Option<&'a [usize]> {
    // The lede and one paragraph of the article's own stay whatever follows them.
    let first = alive.len().checked_sub(t.size)?;
    let lede = &texts[alive[0]];
    if first < 2 || !t.dateline_gate.may_match(lede) || !t.dateline.is_match(lede) {
        return None;
    }
    let widget = &alive[first..];
    let fresh = |k: usize| {
        let text = &texts[k];
        count_words(text, t.min_words) >= t.min_words && !t.never.is_match(text) && opens_fresh(t, text)
    };
    if !widget.iter().all(|&k| fresh(k)) {
        return None;
    }
    let before = alive[first - 1];
    // A whole line of blanks holding a no-break space between them: the outlet's own separator. The pieces
    // before the first and after the last line break are the neighbours' trimmed ends, not lines.
    let gap = &raw[kept[before].line.end..kept[widget[0]].line.start];
    let mut between = gap.split('\n').skip(1).collect::<Vec<_>>();
    between.pop();
    let separated = between.iter().any(|l| {
        l.trim_matches(is_blank).is_empty()
            && l.chars().any(|c| is_blank(c) && !matches!(c, ' ' | '\t' | '\r'))
    });
    (separated || !opens_fresh(t, &texts[before])).then_some(widget)
}

/// True when `paragraph` starts fresh rather than continuing the paragraph before it (`وقال`, `بدوره،`).
pub(crate) fn opens_fresh(t: &TeaserTest, paragraph: &str) -> bool {
    // Short vowels, shadda and tatweel are dropped so that a pattern need not spell them (`وجَّه`); the
    // first few words are all a pattern reads.
    let opening: String = paragraph
        .split_whitespace()
        .take(4)
        .flat_map(|w| w.chars().chain([' ']))
        .filter(|&c| !matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}'))
        .collect();
    let opening = opening.trim_end();
    !(t.continuation.is_match(opening) || t.conjunction.is_match(opening) && !t.root_words.is_match(opening))
}

/// True when `line` has a headline's shape: see `[headline]` in `data/boilerplate.toml`.
///
/// `in_run` applies the looser limits used for a run of such lines.
fn is_headline(t: &HeadlineTest, line: &str, in_run: bool) -> bool {
    // The tests on the line's end first: they read a few chars, and most paragraphs end a sentence, so their
    // words need not be counted (counting was nearly a fifth of splitting off the chrome).
    let body = line.trim_end_matches(is_blank);
    if !in_run && body.ends_with(['"', '”', '»']) {
        return false; // a pull-quote crosshead
    }
    let last = body.trim_end_matches(|c: char| t.closers.contains(&c) || is_blank(c)).chars().next_back();
    let ended = match last {
        None => return false,
        Some('؟' | '?' | '!') if in_run => false,
        Some(c) => t.sentence_end.contains(&c),
    };
    if ended {
        return false;
    }
    // Counting stops past `max_words`: every limit is at most `max_words` (checked on load), so a count of
    // `max_words + 1` decides as the full count of a long paragraph would.
    let words = count_words(line, t.max_words + 1);
    let min = if in_run { t.run_min_words } else { t.min_words };
    if words < min || words > t.max_words {
        return false;
    }
    // The opening-word pattern last: it costs the most of these tests, and a line that holds a comma is
    // decided without it.
    (in_run || !line.contains('،'))
        && !line.split_whitespace().next().is_some_and(|w| t.continuation.is_match(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules::embedded()
    }

    #[test]
    fn lines_are_trimmed_of_no_break_spaces_and_blank_lines_skipped() {
        let raw = "عنوان\n\n\u{a0}\nنص أول.\u{a0}\r\n  نص ثان.";
        let got: Vec<&str> = lines(raw).iter().map(|l| l.span.slice(raw)).collect();
        assert_eq!(got, ["عنوان", "نص أول.", "نص ثان."]);
    }

    #[test]
    fn every_space_but_the_ascii_one_starts_with_a_listed_byte() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| c != ' ' && is_space(c)) {
            let mut buf = [0; 4];
            assert!(may_start_space(c.encode_utf8(&mut buf).as_bytes()[0]), "{:X}", c as u32);
        }
        assert_eq!(plain_spaces("قد\u{a0}يهمك\tهنا"), "قد يهمك هنا");
        assert!(matches!(plain_spaces("قصفت الطائرات ريف إدلب"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn spaces_are_the_unicode_white_space_chars() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{:X}", c as u32);
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them_up_to_the_limit() {
        for line in [
            "",
            " ",
            "أ",
            " أ  ب\u{a0}ج\t",
            "قتل 11 مدنيا في غارة على عفرين.",
            "a\u{2003}b\u{3000}",
            "\u{85}x\u{2028}y\u{202f}z\u{205f}é\u{1680}—“ش”\u{200b}ه",
        ] {
            let all = line.split_whitespace().count();
            for limit in 1..6 {
                assert_eq!(count_words(line, limit), all.min(limit), "{line:?} {limit}");
            }
        }
    }

    #[test]
    fn words_are_counted_alike_around_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for line in [format!("ا{c}ب"), format!("{c}"), format!("{c} {c}ج")] {
                assert_eq!(count_words(&line, 9), line.split_whitespace().count(), "{c:?}");
            }
        }
    }

    /// The length test never rejects a line whose fold is the key: obfuscated, voweled, stretched,
    /// presentation-form and decomposed-hamza spellings all fold to at least two bytes per core letter.
    #[test]
    fn a_line_may_always_fold_to_its_own_fold() {
        let lines = [
            "إدلب: روسيا تسعى لتوحيد الجهود مع تركيا لمواجهة الجماعات الجهادية!",
            "دوريـ.ـات روسية في المناطق المحـ.ـتلة",
            "سُورِيّة الـــعربية",
            "ﻻ ﺳﻮﺭﻳﺔ",
            "ا\u{0654}نقرة و\u{0654} ه\u{0654}",
            "a\u{200B}b ال7رب",
            "",
        ];
        for line in lines {
            let key = marsad_text::fold(line);
            assert!(may_fold_to(line, &key), "{line:?}");
        }
        // A paragraph longer than the headline is rejected without folding.
        assert!(!may_fold_to("قتل 11 مدنيا في غارة على عفرين.", &marsad_text::fold("عنوان المقال")));
    }

    #[test]
    fn headline_shape_single_and_in_runs() {
        let t = rules().headline;
        // seed 001: related headline in mid-article, no full stop
        assert!(is_headline(
            &t,
            "قسد تسعى إلى اتفاق مع موسكو بشأن انتشار قوات روسية وسورية في مداخل ومخارج عين عيسى على غرار نموذج منبج",
            false
        ));
        // prose that lost its full stop opens with a conjunction
        assert!(!is_headline(
            &t,
            "وفي هذا السياق وجه ترامب تحذيرا لإيران وروسيا على خلفية صلاتهما بالنظام السوري",
            false
        ));
        // a sentence with a full stop
        assert!(!is_headline(&t, "وجاءت هذه التحركات بعد فتح معبر أبو الزندين ووضعه قيد الخدمة.", false));
        assert!(!is_headline(
            &t,
            "انطلقت 3 سيارات بيك آب تابعة للمخابرات التركية نحو النقطة الروسية.",
            false
        ));
        // crossheads are short
        assert!(!is_headline(&t, "تحذير أممي", false));
        assert!(!is_headline(&t, "قضية غولن!", true));
        // a question ends a single line's chances but not a linked list item's
        assert!(!is_headline(&t, "ما هي السيناريوهات المحتملة في إدلب؟", false));
        assert!(is_headline(&t, "ما هي السيناريوهات المحتملة في إدلب؟", true));
        // quoted ending: look through the closing quote
        assert!(is_headline(&t, "مقاتلات إسرائيلية \"تقصف موقعا عسكريا\" في سوريا", true));
        assert!(!is_headline(&t, "وقال إن الوضع \"خطير جدا.\"", true));
        // a wholly quoted crosshead is not a link, however long
        assert!(!is_headline(&t, "هولاند:\" لم أتحدث أبدا عن خطوط حمراء في عام 2013 كما قيل\"", false));
        // nine words at least for a single line: shorter ones are crossheads
        assert!(!is_headline(&t, "الشرطة العسكرية التركية تنتشر في عفرين", false));
    }

    #[test]
    fn link_runs_go_and_crossheads_stay() {
        let raw = "عنوان المقال\n\nقتل 11 مدنيا في غارة على عفرين.\nتحذير أممي\nحذرت الأمم المتحدة من تدهور الوضع.\n\
                   خلاف بين روسيا وإيران وتركيا بشأن مصير إدلب السورية\n\
                   ما هي السيناريوهات المحتملة في إدلب؟\n\
                   دي ميستورا يدعو إلى توفير ممر آمن لخروج المدنيين من إدلب\nجدية القرار الأمريكي\nوقال المرصد إن القصف استمر.";
        let a = split(&rules(), "t", raw, None);
        assert_eq!(a.title, "عنوان المقال");
        assert_eq!(
            a.body,
            "قتل 11 مدنيا في غارة على عفرين.\nتحذير أممي\nحذرت الأمم المتحدة من تدهور الوضع.\nجدية القرار الأمريكي\nوقال المرصد إن القصف استمر."
        );
        assert_eq!(a.boilerplate.len(), 3);
        assert!(a.boilerplate.iter().all(|c| c.rule == "BP-headline-001"));
    }

    /// Seed 003's head and tail, as published.
    #[test]
    fn seed_003_byline_caption_and_comment_furniture() {
        let raw = "روسيا ترعى اجتماعا عسكريا تركياً مع نظام الأسد لتنشيط “التطبيع”\n\nفريق التحرير17 يونيو 2024آخر تحديث :\n\
                   قوات وطائرات روسية في قاعدة حميميم ـ أرشيف\n\nكشف الإعلام التركي عن لقاء عسكريين أتراك.\n\n\
                   التعليقات\n\nعذراً التعليقات مغلقة\n\n    عاجل";
        let a = split(&rules(), "003", raw, None);
        assert_eq!(a.body, "كشف الإعلام التركي عن لقاء عسكريين أتراك.");
        assert_eq!(a.author.as_deref(), Some("فريق التحرير"));
        assert_eq!(a.byline.as_deref(), Some("فريق التحرير17 يونيو 2024آخر تحديث :"));
        let kinds: Vec<&str> = a.boilerplate.iter().map(|c| c.kind.as_str()).collect();
        assert_eq!(kinds, ["byline", "caption", "comments", "comments", "comments"]);
        for c in &a.boilerplate {
            assert_eq!(c.span.slice(raw), c.text, "offsets point at the removed text");
        }
    }

    /// Seed 002: repeated headline, pipe byline, "قد يهمك" links, cookie banner.
    #[test]
    fn seed_002_repeated_title_byline_links_cookie() {
        let t = "إدلب: روسيا تسعى لتوحيد الجهود مع تركيا لمواجهة الجماعات الجهادية!";
        let raw = format!(
            "{t}\n\n{t}\nسياسي | 05 سبتمبر 2020 | مالك الحافظ\n\nللمرة الثانية خلال أقل من أسبوع، عاودت الشرطة العسكرية الروسية.\n \n\
             قد يهمك: هل تتوقف الدوريات المشتركة في إدلب… لمصلحة من؟\n\nوتابع مرجحاً أن تكون عملية التدريب المشترك. \n\
             نحن نستخدم ملفات تعريف الارتباط \"الكوكيز\" لنمنحك أفضل تجربة مستخدم ممكنة. موافق"
        );
        let a = split(&rules(), "002", &raw, None);
        assert_eq!(a.author.as_deref(), Some("مالك الحافظ"));
        assert_eq!(
            a.body,
            "للمرة الثانية خلال أقل من أسبوع، عاودت الشرطة العسكرية الروسية.\nوتابع مرجحاً أن تكون عملية التدريب المشترك."
        );
        let rules: Vec<&str> = a.boilerplate.iter().map(|c| c.rule.as_str()).collect();
        assert_eq!(rules, ["BP-title-001", "BP-byline-002", "BP-related-001", "BP-cookie-001"]);
    }

    /// Seed 004: a source handle glued to the last sentence, an ad slot and the comment disclaimer.
    #[test]
    fn seed_004_glued_credit_ad_slot_and_disclaimer() {
        let raw = "المخابرات التركية تجتمع مع الروس في ريف إدلب\n\nانطلقت 3 سيارات بيك آب.\n\n\
                   جاء ذلك بالتزامن مع جولات في منطقة “بوتين-أردوغان” بريف إدلب. (syriahr)\n\n[ads3]\n\n\
                   التعليقات المنشورة لا تعبر عن رأي عكس السير وإنما عن رأي أصحابها";
        let a = split(&rules(), "004", raw, None);
        assert_eq!(
            a.body,
            "انطلقت 3 سيارات بيك آب.\nجاء ذلك بالتزامن مع جولات في منطقة “بوتين-أردوغان” بريف إدلب."
        );
        assert_eq!(a.outlet.as_deref(), Some("عكس السير"));
        let texts: Vec<&str> = a.boilerplate.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            ["(syriahr)", "[ads3]", "التعليقات المنشورة لا تعبر عن رأي عكس السير وإنما عن رأي أصحابها"]
        );
        for s in &a.segments {
            assert_eq!(s.body.slice(&a.body), s.raw.slice(raw));
        }
    }

    #[test]
    fn no_break_spaces_inside_a_marker_do_not_hide_it() {
        let raw = "عنوان\n\nنص الخبر.\nقد\u{a0}يهمك/ الهدنة \"حبر على ورق\"\nنص آخر.";
        let a = split(&rules(), "x", raw, None);
        assert_eq!(a.body, "نص الخبر.\nنص آخر.");
        assert_eq!(a.boilerplate[0].rule, "BP-related-001");
        assert_eq!(a.boilerplate[0].span.slice(raw), "قد\u{a0}يهمك/ الهدنة \"حبر على ورق\"");
    }

    #[test]
    fn cnn_dateline_stays() {
        let raw =
            "عنوان\n\nدبي، الإمارات العربية المتحدة (CNN)-- أعلن المتحدث باسم الجيش التركي أن العملية مستمرة.";
        let a = split(&rules(), "x", raw, None);
        assert!(a.body.starts_with("دبي، الإمارات العربية المتحدة (CNN)-- أعلن"));
        assert!(a.boilerplate.is_empty());
    }

    /// 088_cnnar, shortened: the widget follows the article with no separator; `وكان` before it continues.
    const CNN_088: &str = "بعد يوم من قمة طهران الخوذ البيضاء 4 قتلى بقصف روسي على إدلب\n\n\
        أتلانتا، الولايات المتحدة الأمريكية (CNN) – تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت.\n\
        وأشارت المنظمة والمرصد إلى أن المحافظة تعرضت لقصف جوي شنته مقاتلات روسية على المحافظة.\n\
        بدورها، قالت منظمة الخوذ البيضاء عبر صفحتها على موقع تويتر إن القصف أسفر عن مقتل 4 أشخاص.\n\
        وكان رؤساء روسيا وتركيا وإيران قد اجتمعوا الجمعة في العاصمة الإيرانية، طهران، لبحث تطورات الوضع.\n\
        أدان رئيس الحزب الديمقراطي الكردستاني، مسعود بارزاني، الهجوم الصاروخي الذي نفذته إيران على مقر الحزب.\n\
        أبدى رئيس مؤسسة الحج والزيارة الإيرانية، حميد وحيدي، استعداد بلاده لإرسال من يرغب بأداء مناسك العمرة.\n\
        لقي 12 شخصا على الأقل مصرعهم وجرح 50 آخرون في \"قصف صاروخي\" استهدف مقر الحزب الديمقراطي الكردستاني.\n\
        قال أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إن اجتماع السلام في اليمن يظهر حقيقة الحوثيين.\n\
        قال خالد اليماني، وزير الخارجية اليمني، إن التصريحات التي أدلى بها المبعوث الأممي تبرر مواقف الانقلابيين.";

    #[test]
    fn a_dateline_article_ending_in_five_fresh_ledes_loses_them() {
        let a = split(&rules(), "088", CNN_088, None);
        let gone: Vec<&str> = a.boilerplate.iter().map(|c| c.text.split(' ').next().unwrap()).collect();
        assert_eq!(gone, ["أدان", "أبدى", "لقي", "قال", "قال"]);
        assert!(a.boilerplate.iter().all(|c| c.rule == "BP-teasers-001" && c.kind == "related"));
        assert!(a.body.ends_with("لبحث تطورات الوضع."), "{}", a.body);
        for c in &a.boilerplate {
            assert_eq!(c.span.slice(CNN_088), c.text);
        }
    }

    #[test]
    fn no_dateline_or_a_fresh_paragraph_before_the_run_keeps_everything() {
        // the same paragraphs without the outlet's dateline
        let undated = CNN_088.replace("(CNN) –", "–");
        assert!(split(&rules(), "x", &undated, None).boilerplate.is_empty());
        // the article's own last paragraph starts fresh: six fresh paragraphs, which five are a widget is a guess
        let fresh_before = CNN_088.replace("وكان رؤساء", "اجتمع رؤساء");
        assert!(split(&rules(), "x", &fresh_before, None).boilerplate.is_empty());
        // a fifth-from-last paragraph that continues is article text
        let continued = CNN_088.replace("أبدى رئيس", "وأبدى رئيس");
        assert!(split(&rules(), "x", &continued, None).boilerplate.is_empty());
    }

    /// 089_cnnar, shortened: a line holding only a no-break space separates the widget, so the fresh paragraph
    /// before it does not matter.
    #[test]
    fn a_no_break_space_line_separates_the_widget() {
        let raw = "أطفال بين ضحايا قصف إدلب\n\n\
            أتلانتا، الولايات المتحدة الأمريكية (CNN) -- أكد مسؤول حكومي سوري لـCNN، الأحد، أن الضربات دقيقة.\n\
            قال مدير مركز الاتصال في منظمة الخوذ البيضاء إن القصف طال مناطق مأهولة بالسكان في ريف إدلب.\n\
            \u{a0}\n\
            لقي مراهقان فلسطينيان حتفهما إثر اشتباكات مع الجيش الإسرائيلي على السياج الحدودي، الجمعة.\n\
            ضبطت وزارة العمل السعودية مقيماً ظهر بشكل مسيء في عدة مقاطع فيديو مع سيدة بمركز الاستقبال.\n\
            بعد إجراء المراجعات حول مشروع الدعم الأمريكي للشعب الفلسطيني، قررت حكومة الرئيس الأمريكي وقف دعم.\n\
            أعلن الحرس الثوري الإيراني، الأحد، مسؤوليته، عن إطلاق الصواريخ على مقر للحزب الديمقراطي الكردستاني.\n\
            ردت الجزائرية أسماء بنت قادة، طليقة يوسف القرضاوي، على تصريحات نسبت إليها بشأن زواجها.";
        let a = split(&rules(), "089", raw, None);
        assert_eq!(a.boilerplate.len(), 5);
        assert!(a.body.ends_with("في ريف إدلب."), "{}", a.body);
        // an ordinary blank line is no separator
        let plain = raw.replace("\u{a0}\n", "\n");
        assert!(split(&rules(), "x", &plain, None).boilerplate.is_empty());
    }

    /// 046_cnnar, shortened: a timeline whose entries each open with a date label is article text.
    #[test]
    fn a_timeline_stays() {
        let raw = "أبرز القرارات بإيقاف إطلاق النار في سوريا منذ بدء الأزمة\n\n\
            أتلانتا، الولايات المتحدة الأمريكية (CNN)-- لم تكن الهدنة الأخيرة لإيقاف إطلاق النار في سوريا هي الوحيدة.\n\
            والآن مع توصل الأمم المتحدة لقرار إيقاف إطلاق النار عبر أرجاء سوريا، لا تزال هنالك الكثير من الشكوك.\n\
            سبتمبر/أيلول 2016:  توصلت الولايات المتحدة وروسيا إلى تسوية لوقف العنف مؤقتاً بعد أشهر من المحادثات.\n\
            ديسمبر/كانون أول عام 2016: أعلنت روسيا وتركيا وإيران والحكومة السورية هدنة لإيقاف النار عبر معظم البلاد.\n\
            6 مايو/أيار عام 2017: أعلن عن أربع \"مناطق لخفض التوتر\" تشمل محافظة إدلب والغوطة الشرقية وجنوبي سوريا.\n\
            يناير/كانون ثاني 2018: تجاهلت تركيا دعوات من فرنسا ودول أخرى لهدنة في منطقة عفرين شمالي سوريا.\n\
            24 فبراير/شباط 2018: وافقت الدول الأعضاء بمجلس الأمن الدولي بالإجماع، على مشروع القرار الكويتي السويدي.";
        assert!(split(&rules(), "046", raw, None).boilerplate.is_empty());
    }

    /// The dateline's gate lets every CNN dateline spelling through (it only spares the regex other ledes).
    #[test]
    fn the_dateline_gate_passes_every_dateline() {
        let t = rules().teasers.unwrap();
        for lede in [
            "أتلانتا، الولايات المتحدة الأمريكية (CNN) – تعرضت محافظة إدلب لقصف جوي.",
            "دبي، الإمارات العربية المتحدة (CNN)-- أعلن المتحدث باسم الحكومة التركية.",
            "(CNN)-- قال المتحدث باسم وزارة الدفاع الأمريكية.",
            "دبي، الإمارات العربية المتحدة (CNN)—قال أنور قرقاش.",
        ] {
            assert!(t.dateline.is_match(lede) && t.dateline_gate.may_match(lede), "{lede}");
        }
        assert!(!t.dateline_gate.may_match("قتل 11 مدنيا في غارة على عفرين."));
    }

    #[test]
    fn openings_are_read_without_short_vowels() {
        let t = rules().teasers.unwrap();
        assert!(opens_fresh(&t, "وجَّه النائب العام السعودي، الجمعة، بتحريك الدعوى."));
        assert!(opens_fresh(&t, "وسط غارات جوية لا تهدأ على الغوطة الشرقية، تحدى طفل سوري القصف."));
        assert!(!opens_fresh(&t, "ووسط غارات جوية لا تهدأ على الغوطة الشرقية، تحدى طفل سوري القصف."));
        assert!(!opens_fresh(&t, "وَقالَ المرصد إن القصف استمر."));
        assert!(!opens_fresh(&t, "من جانبه، وصف الرئيس التركي نظيره السوري."));
        assert!(opens_fresh(&t, "في 4 أكتوبر/تشرين أول من عام 1963 اعترف العراق باستقلال الكويت."));
    }

    /// Ain Alyoum glues its tag list to the last sentence: the list goes, the full stop stays.
    #[test]
    fn a_tag_list_after_the_last_sentence_is_cut() {
        let raw = "عنوان\n\nوقال إن القصف استمر.\nواتهمت وسائل إعلام تركية موالية للحكومة الأكراد بتوجيه الاتهامات. سمات تركيا داعش سلاح الجو سوريا قصف ";
        let a = split(&rules(), "010", raw, None);
        assert_eq!(
            a.body,
            "وقال إن القصف استمر.\nواتهمت وسائل إعلام تركية موالية للحكومة الأكراد بتوجيه الاتهامات."
        );
        assert_eq!(a.boilerplate[0].text, "سمات تركيا داعش سلاح الجو سوريا قصف");
        assert_eq!(a.boilerplate[0].span.slice(raw), a.boilerplate[0].text);
        // the word inside a sentence, or a sentence that goes on, stays
        for line in [
            "وتتميز المرحلة بعدة سمات أبرزها الغموض.",
            "انتهى الاجتماع. سمات المرحلة المقبلة غامضة، بحسب مصادر.",
        ] {
            let raw = format!("عنوان\n\n{line}");
            assert_eq!(split(&rules(), "x", &raw, None).body, line);
        }
    }

    #[test]
    fn given_title_keeps_first_line_in_body() {
        let a = split(&rules(), "x", "سطر أول من النص.\nسطر ثان.", Some(" عنوان "));
        assert_eq!(a.title, "عنوان");
        assert_eq!(a.body, "سطر أول من النص.\nسطر ثان.");
        assert_eq!(a.body_to_raw(a.body.find("سطر ثان").unwrap()), Some("سطر أول من النص.\n".len()));
    }
}
