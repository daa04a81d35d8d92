//! Reading JSON Lines: one article record a line, streamed.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use marsad_model::{DateValue, Precision};
use serde::Deserialize;

use crate::{Article, Error, Reader};

/// One article record: a line of a JSON Lines file, or the JSON body `POST /api/articles` takes (both
/// read by [`Reader::read_record`], so the two accept the same records). Unknown fields (`source`,
/// `license`, `relevance_score`, …) are ignored. `body` is another name for `text`.
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    #[serde(alias = "body")]
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

/// The UTF-8 lines of a JSON Lines file, whatever its encoding: see [`open_jsonl`].
pub type JsonlInput = Box<dyn BufRead + Send>;

/// Opens a JSON Lines file for reading line by line.
///
/// UTF-8 (with or without a byte-order mark) is streamed. UTF-16, which Windows PowerShell writes by
/// default (`Out-File`, `>`), has no `\n` byte to cut lines at, so such a file is decoded whole and its
/// UTF-8 text read instead; before, every line of it was "unreadable".
///
/// # Errors
///
/// The file cannot be opened or read, or it is UTF-16 that does not decode; the error names the file.
pub fn open_jsonl(path: &Path) -> Result<JsonlInput, Error> {
    let io = |source| Error::Io { path: path.into(), source };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut head = Vec::with_capacity(4096);
    (&mut file).take(4096).read_to_end(&mut head).map_err(io)?;
    if !marsad_text::looks_utf16(&head) {
        let input = std::io::Cursor::new(head).chain(file);
        return Ok(Box::new(std::io::BufReader::with_capacity(1 << 18, input)));
    }
    let mut bytes = head;
    file.read_to_end(&mut bytes).map_err(io)?;
    let decoded =
        marsad_text::decode(&bytes).map_err(|source| Error::Decode { path: path.into(), source })?;
    tracing::warn!("{}: not UTF-8; decoded from {}", path.display(), decoded.encoding);
    Ok(Box::new(std::io::Cursor::new(decoded.text.into_bytes())))
}

/// Articles from a JSON Lines stream, one per non-blank line, read lazily.
///
/// A bad line yields an [`Error::Record`] naming `file:line`; iteration goes on with the next line.
pub struct JsonlArticles<'r, R> {
    reader: &'r Reader,
    input: R,
    path: PathBuf,
    line: usize,
    buf: String,
}

impl Reader {
    /// Streams the articles of a JSON Lines file.
    ///
    /// Each line is `{"id", "text", "title"?, "outlet"?, "published"|"date"?, "url"?}` (the format of
    /// `../shared/corpus/real/bulk/`). With no `title` the whole text is the body and the headline is
    /// empty: a record's text is an article body, and a one-line text taken as the headline left
    /// nothing to analyse (the desk shows the id where a headline is empty). `published`
    /// (or `date`) must be one of [`DATE_FORMS`] (see [`parse_date`]); any other value is ignored with a
    /// warning.
    ///
    /// # Errors
    ///
    /// The file cannot be opened; reading errors and bad lines come out of the iterator.
    pub fn read_jsonl_file(&self, path: &Path) -> Result<JsonlArticles<'_, JsonlInput>, Error> {
        Ok(self.read_jsonl(open_jsonl(path)?, path))
    }

    /// Streams the articles of JSON Lines text from any reader; `path` names it in errors.
    pub fn read_jsonl<R: BufRead>(&self, input: R, path: &Path) -> JsonlArticles<'_, R> {
        JsonlArticles { reader: self, input, path: path.into(), line: 0, buf: String::new() }
    }
}

impl<R: BufRead> Iterator for JsonlArticles<'_, R> {
    type Item = Result<Article, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            self.line += 1;
            let line = self.line;
            let record_err = |message: String| Error::Record { path: self.path.clone(), line, message };
            match self.input.read_line(&mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // A line that is not UTF-8 is skipped; the reader has consumed it.
                    return Some(Err(record_err(format!("unreadable line: {e}"))));
                }
            }
            let text = self.buf.trim_start_matches('\u{feff}').trim();
            if text.is_empty() {
                continue;
            }
            return Some(self.reader.read_record(text, None).map_err(record_err).map(|mut a| {
                a.source_path = Some(self.path.clone());
                a
            }));
        }
    }
}

impl Reader {
    /// Reads one article record, `{"id", "text"|"html", "title"?, "outlet"?, "published"|"date"?, "url"?}`
    /// and any other fields, which are ignored: a line of a JSON Lines file ([`Reader::read_jsonl`]) or
    /// a record posted to the server, read alike. `default_id` names a record without an `id` (a
    /// posted one); with `None` the id is required, as in a file, where it names the article.
    ///
    /// # Errors
    ///
    /// Not a JSON object of that shape, no id (and no default), no text, or only site chrome: the
    /// message says which (the caller adds the file and line).
    pub fn read_record(&self, json: &str, default_id: Option<&str>) -> Result<Article, String> {
        let rec: Record =
            serde_json::from_str(json).map_err(|e| format!("not a JSON article record: {e}"))?;
        self.record_to_article(rec, default_id)
    }

    fn record_to_article(&self, mut rec: Record, default_id: Option<&str>) -> Result<Article, String> {
        // NUL characters out first (see `crate::article::without_nul`): an `html` with one was
        // refused as binary data, and a date or an id holding one is none.
        for field in [&mut rec.text, &mut rec.html, &mut rec.title, &mut rec.outlet, &mut rec.published]
            .into_iter()
            .chain([&mut rec.date, &mut rec.url])
            .flatten()
        {
            if field.contains('\0') {
                field.retain(|c| c != '\0');
            }
        }
        if let Some(serde_json::Value::String(id)) = &mut rec.id {
            id.retain(|c| c != '\0');
        }
        let id = match (rec.id, default_id) {
            (Some(serde_json::Value::String(s)), _) if !s.trim().is_empty() => s,
            (Some(serde_json::Value::Number(n)), _) => n.to_string(),
            (None, Some(default)) => default.to_string(),
            _ => return Err("missing \"id\" (a string or a number)".into()),
        };
        let title = rec.title.as_deref().filter(|t| !t.trim().is_empty());
        let mut a = match (rec.text, rec.html) {
            // `Some("")`, not `None`: the body's first line is not to be taken as the headline.
            (Some(t), _) if !t.trim().is_empty() => self.parse_body(&id, Some(title.unwrap_or("")), &t),
            (Some(_), None) => return Err(format!("{id}: empty \"text\"")),
            (_, Some(h)) => self.html_record_to_article(&id, title, &h)?,
            (None, None) => return Err(format!("{id}: missing \"text\" (or \"html\")")),
        };
        if !marsad_text::has_text(&a.body) {
            // Said here, where the line number is known, rather than by whoever stores the article.
            return Err(format!("{id}: no article text once the site chrome is set apart"));
        }
        if let Some(o) = rec.outlet.filter(|o| !o.trim().is_empty()) {
            a.outlet = Some(o);
        }
        if let Some(u) = rec.url.filter(|u| !u.trim().is_empty()) {
            a.url = Some(u);
        }
        if let Some(p) = rec.published.or(rec.date) {
            match parse_date(&p) {
                Some(d) => a.published = Some(d),
                // Said, not passed over in silence: the record's weekdays and year-less dates then fall
                // back on --published or on nothing, which an analyst needs to know.
                None => tracing::warn!("{id}: publication date {p:?} ignored (want {DATE_FORMS})"),
            }
        }
        a.drop_nul();
        Ok(a)
    }
}

/// The publication dates [`parse_date`] reads, as a warning about any other value names them.
pub const DATE_FORMS: &str =
    "YYYY-MM-DD, YYYY-MM or YYYY with a real month and day, or an ISO 8601 / RFC 3339 date-time";

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` into a date of that precision; `None` for anything else,
/// including impossible days (`2023-02-30`). A note in brackets after the date is read past
/// (`2015-07-24 (extraction date)`, `2013-08-03 (from URL)`, as corpus manifests write them): the
/// date is still the best anchor the record gives for weekdays and year-less dates in its text.
///
/// An ISO 8601 / RFC 3339 date-time (`2024-03-12T10:00:00Z`, `2024-03-12T01:30:00+03:00`,
/// `2024-03-12 10:00`) is the day it names in the offset it is written in, as a feed's date is read:
/// 01:30 in Damascus is the 12th there, whatever the day in UTC. The JSON Lines reader and the
/// server's posted records both read `published` with this function.
pub fn parse_date(s: &str) -> Option<DateValue> {
    let s = s.trim();
    if let Some(day) = day_of_date_time(s) {
        return Some(day);
    }
    let s = match s.split_once(char::is_whitespace) {
        Some((date, note)) if note.trim_start().starts_with('(') && note.trim_end().ends_with(')') => date,
        _ => s,
    };
    let parts: Vec<&str> = s.split('-').collect();
    let ok_digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let value = match parts.as_slice() {
        [y] if ok_digits(y, 4) => DateValue { value: Some(s.into()), precision: Precision::Year },
        [y, m] if ok_digits(y, 4) && ok_digits(m, 2) => {
            DateValue { value: Some(s.into()), precision: Precision::Month }
        }
        [y, m, d] if ok_digits(y, 4) && ok_digits(m, 2) && ok_digits(d, 2) => {
            DateValue { value: Some(s.into()), precision: Precision::Day }
        }
        _ => return None,
    };
    value.bounds().filter(|(a, b)| a <= b && (1..=12).contains(&a.1)).map(|_| value)
}

/// The day of a date-time with a time of day (`2024-03-12T10:00:00+03:00` → 2024-03-12), read by jiff's
/// ISO 8601 / RFC 3339 parser with the date as written (never converted to another offset). A date
/// alone is left to [`parse_date`]'s own forms.
fn day_of_date_time(s: &str) -> Option<DateValue> {
    let pieces = jiff::fmt::temporal::Pieces::parse(s).ok()?;
    pieces.time()?;
    let d = pieces.date();
    Some(DateValue::day(i32::from(d.year()), d.month() as u8, d.day() as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_each_precision_and_bad_ones() {
        assert_eq!(parse_date("2018-02-16"), Some(DateValue::day(2018, 2, 16)));
        assert_eq!(parse_date("2018-02"), Some(DateValue::month(2018, 2)));
        assert_eq!(parse_date("2018"), Some(DateValue::year(2018)));
        assert_eq!(parse_date("2015-07-24 (extraction date)"), Some(DateValue::day(2015, 7, 24)));
        assert_eq!(parse_date("2013-08 (from URL)"), Some(DateValue::month(2013, 8)));
        // Date-times: the day in the offset written, as feeds are read (reviewer: mixed.jsonl).
        assert_eq!(parse_date("2024-03-12T10:00:00Z"), Some(DateValue::day(2024, 3, 12)));
        assert_eq!(parse_date("2024-03-12T01:30:00+03:00"), Some(DateValue::day(2024, 3, 12)));
        assert_eq!(parse_date("2024-03-12T23:30:00-05:00"), Some(DateValue::day(2024, 3, 12)));
        assert_eq!(parse_date("2024-03-12T10:00:00.123+0300"), Some(DateValue::day(2024, 3, 12)));
        assert_eq!(parse_date("2024-03-12 10:00"), Some(DateValue::day(2024, 3, 12)));
        assert_eq!(parse_date(" 2024-03-12t10:00:00z "), Some(DateValue::day(2024, 3, 12)));
        for bad in [
            "2024-02-30T10:00:00Z",
            "2024-03-12T25:00:00Z",
            "2024-03-12T10:00:00+03:00 extra",
            "0501-20-17",
            "2023-02-30",
            "2018-13",
            "18-02-16",
            "",
            "yesterday",
            "2015-07-24 extraction",
            "(2015)",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn streams_records_and_reports_bad_lines_by_number() {
        let input = concat!(
            "{\"id\": \"bulk0001\", \"title\": \"بشار الأسد : صمود الشعب السوري\", \"text\": \"قال الرئيس السوري بشار الأسد في خطاب.\", \"outlet\": \"Jawhara FM (Tunisia)\", \"date\": \"2014-07-16\", \"url\": \"http://example.invalid/a\"}\n",
            "\n",
            "{\"id\": \"broken\", \"text\": \n",
            "{\"text\": \"بلا معرف\"}\n",
            "{\"id\": 7, \"text\": \"عنوان من السطر الأول\\nنص الخبر.\", \"published\": \"2018-02\"}\n",
            "{\"id\": \"h\", \"html\": \"<p>x</p>\"}\n",
            "{\"id\": \"h2\", \"html\": \"<html><head><title>قصف على إدلب</title></head><body><article><h1>قصف على إدلب</h1><p>قصفت الطائرات الحربية مواقع في ريف إدلب الجنوبي صباح اليوم وأوقعت عددا من الجرحى بين المدنيين.</p><p>وقال ناشطون إن القصف استهدف بلدات عدة في جبل الزاوية.</p></article></body></html>\"}\n",
        );
        let r = Reader::embedded();
        let got: Vec<_> = r.read_jsonl(input.as_bytes(), Path::new("in.jsonl")).collect();
        assert_eq!(got.len(), 6);
        let a = got[0].as_ref().unwrap();
        assert_eq!(a.id, "bulk0001");
        assert_eq!(a.title, "بشار الأسد : صمود الشعب السوري");
        assert_eq!(a.body, "قال الرئيس السوري بشار الأسد في خطاب.");
        assert_eq!(a.published, Some(DateValue::day(2014, 7, 16)));
        assert_eq!(a.outlet.as_deref(), Some("Jawhara FM (Tunisia)"));
        let e = got[1].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("in.jsonl:3: not a JSON article record"), "{e}");
        let e = got[2].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("in.jsonl:4: missing \"id\""), "{e}");
        // No title: the whole text is the body.
        let b = got[3].as_ref().unwrap();
        assert_eq!(
            (b.id.as_str(), b.title.as_str(), b.body.as_str()),
            ("7", "", "عنوان من السطر الأول\nنص الخبر.")
        );
        assert_eq!(b.published, Some(DateValue::month(2018, 2)));
        let e = got[4].as_ref().map(|a| a.body.clone()).unwrap_or_else(|e| e.to_string());
        assert!(e == "x" || e.starts_with("in.jsonl:6: h: \"html\": "), "{e}");
        let h = got[5].as_ref().unwrap();
        assert_eq!((h.id.as_str(), h.title.as_str()), ("h2", "قصف على إدلب"));
        assert!(h.body.starts_with("قصفت الطائرات الحربية مواقع في ريف إدلب"), "{}", h.body);
        assert!(h.body.contains("جبل الزاوية"), "{}", h.body);
    }

    /// NUL characters (`\u0000` in a record, from a broken conversion) are taken out of every
    /// text the reader gives: PostgreSQL's text columns cannot hold one (the whole batch failed
    /// there, SQLite stored it), and the body and its chrome are cut from the text without them,
    /// so every offset points into the text stored.
    #[test]
    fn nul_characters_are_taken_out_of_every_text_before_offsets_are_made() {
        let input = concat!(
            "{\"id\": \"n\\u00001\", \"title\": \"قصف\\u0000 على إدلب\", \"outlet\": \"عنب\\u0000 بلدي\", ",
            "\"url\": \"https://example.org/\\u0000a\", \"published\": \"2019-08-14\", ",
            "\"text\": \"قصفت الطائرات\\u0000 الحربية بلدة سراقب.\\n\\u0000اقرأ أيضاً: غارات جديدة على حلب\\nوقال ناشطون إن القصف استمر.\\u0000\"}\n",
            "{\"id\": \"h\", \"html\": \"<html><head><title>قصف\\u0000 على إدلب</title><meta name=\\\"author\\\" content=\\\"مراسل\\u0000 الموقع\\\"></head><body><article><h1>قصف على إدلب</h1><p>قصفت الطائرات الحربية\\u0000 مواقع في ريف إدلب الجنوبي صباح اليوم وأوقعت عددا من الجرحى بين المدنيين.</p><p>وقال ناشطون إن القصف استهدف بلدات عدة في جبل الزاوية.</p></article></body></html>\"}\n",
        );
        let r = Reader::embedded();
        let got: Vec<Article> =
            r.read_jsonl(input.as_bytes(), Path::new("nul.jsonl")).map(|a| a.unwrap()).collect();
        let a = &got[0];
        assert_eq!(a.id, "n1");
        assert_eq!(a.title, "قصف على إدلب");
        assert_eq!(a.outlet.as_deref(), Some("عنب بلدي"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.body, "قصفت الطائرات الحربية بلدة سراقب.\nوقال ناشطون إن القصف استمر.");
        let raw =
            "قصفت الطائرات الحربية بلدة سراقب.\nاقرأ أيضاً: غارات جديدة على حلب\nوقال ناشطون إن القصف استمر.";
        assert_eq!(a.boilerplate.len(), 1, "{:?}", a.boilerplate);
        assert_eq!(a.boilerplate[0].span.slice(raw), a.boilerplate[0].text);
        for s in &a.segments {
            assert_eq!(s.body.slice(&a.body), s.raw.slice(raw));
        }
        for a in &got {
            let json = serde_json::to_string(a).unwrap();
            assert!(!json.contains("\\u0000"), "{json}");
        }
        // A feed item's text too (posted or read from a file).
        let feed = "<rss version=\"2.0\"><channel><title>وكالة\u{0}</title><item><title>اعتقال\u{0} ناشطين</title>\
                    <link>https://news.example.org/\u{0}1</link><author>مراسل\u{0}</author>\
                    <description>اعتقلت قوات الأمن\u{0} ثلاثة ناشطين في مدينة حمص.</description></item></channel></rss>";
        if let Ok(items) = r.read_feed_bytes("feed.xml", feed.as_bytes()) {
            for a in items {
                let json = serde_json::to_string(&a).unwrap();
                assert!(!json.contains("\\u0000"), "{json}");
            }
        }
    }

    /// A record with no title and a one-line text kept nothing to analyse: the line became the
    /// headline and the body was empty. Its whole text is the body now; a record WITH a title
    /// reads as before.
    #[test]
    fn a_record_without_title_keeps_its_whole_text_as_body() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"قصفت القوات التركية مواقع لقسد\"}\n",
            "{\"id\": \"b\", \"title\": \"قصف تركي\", \"text\": \"قصفت القوات التركية مواقع لقسد\"}\n",
            "{\"id\": \"c\", \"text\": \"اقرأ أيضاً:\"}\n",
        );
        let r = Reader::embedded();
        let got: Vec<_> = r.read_jsonl(input.as_bytes(), Path::new("one.jsonl")).collect();
        let a = got[0].as_ref().unwrap();
        assert_eq!((a.title.as_str(), a.body.as_str()), ("", "قصفت القوات التركية مواقع لقسد"));
        let b = got[1].as_ref().unwrap();
        assert_eq!((b.title.as_str(), b.body.as_str()), ("قصف تركي", "قصفت القوات التركية مواقع لقسد"));
        // Only site chrome: an error naming the file and line, not an empty article.
        let e = got[2].as_ref().unwrap_err().to_string();
        assert_eq!(e, "one.jsonl:3: c: no article text once the site chrome is set apart");
    }

    /// A UTF-16 file, with a byte-order mark or without, is read record by record like UTF-8.
    #[test]
    fn utf16_files_are_decoded_before_their_lines_are_cut() {
        let records = "{\"id\": \"a\", \"text\": \"قصفت الطائرات مواقع في ريف إدلب.\"}\n{\"id\": \"b\", \"text\": \"اجتمع الوفدان في أنقرة.\"}\n";
        // Removed when the test ends (a folder per run was left in /tmp).
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend(records.encode_utf16().flat_map(u16::to_le_bytes));
        let without: Vec<u8> = records.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let r = Reader::embedded();
        for (name, bytes) in
            [("bom.jsonl", with_bom), ("plain.jsonl", without), ("utf8.jsonl", records.into())]
        {
            let p = dir.join(name);
            std::fs::write(&p, bytes).unwrap();
            let got: Vec<Article> = r.read_jsonl_file(&p).unwrap().map(Result::unwrap).collect();
            let bodies: Vec<&str> = got.iter().map(|a| a.body.as_str()).collect();
            assert_eq!(bodies, ["قصفت الطائرات مواقع في ريف إدلب.", "اجتمع الوفدان في أنقرة."], "{name}");
        }
        // UTF-16 cut off mid-unit is an error naming the file, not a lost line.
        let mut cut = vec![0xFF, 0xFE];
        cut.extend(records.encode_utf16().flat_map(u16::to_le_bytes));
        cut.push(0x27);
        let p = dir.join("cut.jsonl");
        std::fs::write(&p, cut).unwrap();
        let e = r.read_jsonl_file(&p).err().expect("truncated UTF-16").to_string();
        assert!(e.contains("cut.jsonl"), "{e}");
    }
}
