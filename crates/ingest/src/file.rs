//! Reading one plain-text article file.

use std::path::Path;

use crate::markup::{markup_of, Markup};
use crate::{Article, Error, Reader};

impl Reader {
    /// Reads a plain-text article: headline on the first line, then the body with its chrome.
    ///
    /// The id is the file name. The bytes are decoded by [`marsad_text::decode`] (UTF-8 with or without BOM,
    /// UTF-16, windows-1256, ISO-8859-6); [`Article::encoding`] says which one it was.
    ///
    /// # Errors
    ///
    /// The file cannot be read, its bytes are not text (binary, truncated UTF-8, empty), or it holds only
    /// white space. Every error names the file.
    ///
    /// An HTML page (`.html`, `.htm`, `.xhtml`, or bytes that look like HTML) is read with
    /// `marsad-extract`: its main text is the body, run through the same boilerplate rules, and its
    /// metadata gives the headline, author, outlet, address and publication day; `encoding` is `html`.
    /// A feed (`.xml`, `.rss`, `.atom`, or feed bytes) is an error here: read it with
    /// [`Reader::read_articles`], which gives one article per item.
    pub fn read_file(&self, path: &Path) -> Result<Article, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.into(), source })?;
        let id = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        match markup_of(path, &bytes) {
            Markup::Html => {
                let mut a = self.html_bytes_to_article(path, &id, &bytes, None)?;
                a.source_path = Some(path.to_path_buf());
                return Ok(a);
            }
            Markup::Feed => {
                return Err(Error::Feed { path: path.into() });
            }
            Markup::None => {}
        }
        let decoded =
            marsad_text::decode(&bytes).map_err(|source| Error::Decode { path: path.into(), source })?;
        if !marsad_text::has_text(&decoded.text) {
            return Err(Error::Blank { path: path.into() });
        }
        if let Some(e) = json_not_jsonl(path, &decoded.text) {
            return Err(e);
        }
        let mut article = self.parse_text(&id, &decoded.text);
        article.source_path = Some(path.to_path_buf());
        article.encoding = decoded.encoding.to_string();
        Ok(article)
    }

    /// Reads every article of a file: one per item of an RSS/Atom feed (id `file#item-id`, or
    /// `file#n` counting from 1 when the item has no id), else the one article of [`Reader::read_file`].
    ///
    /// # Errors
    ///
    /// As [`Reader::read_file`]; a feed that cannot be parsed or has no item with text. Every error names
    /// the file.
    pub fn read_articles(&self, path: &Path) -> Result<Vec<Article>, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.into(), source })?;
        if markup_of(path, &bytes) != Markup::Feed {
            return self.read_file(path).map(|a| vec![a]);
        }
        let id = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut articles = self.feed_bytes_to_articles(path, &id, &bytes)?;
        for a in &mut articles {
            a.source_path = Some(path.to_path_buf());
        }
        Ok(articles)
    }

    /// Reads the articles of a listed text, HTML or feed file ([`Reader::read_articles`]) and fills in
    /// what its folder's manifest says of it ([`crate::FileFacts::fill`]): how `analyze`, `ingest` and
    /// `explain` read an [`crate::Input::Text`].
    ///
    /// # Errors
    ///
    /// As [`Reader::read_articles`].
    pub fn read_listed(&self, path: &Path, facts: Option<&crate::FileFacts>) -> Result<Vec<Article>, Error> {
        let mut articles = self.read_articles(path)?;
        if let Some(facts) = facts {
            articles.iter_mut().for_each(|a| facts.fill(a));
        }
        Ok(articles)
    }

    /// Splits raw article text whose first non-blank line is the headline.
    pub fn parse_text(&self, id: &str, raw: &str) -> Article {
        crate::chrome::split(&self.rules, id, raw, None)
    }

    /// Splits a body whose headline is known separately (JSON Lines, feeds). With `title == None` the
    /// body's first line is taken as the headline.
    pub fn parse_body(&self, id: &str, title: Option<&str>, raw_body: &str) -> Article {
        crate::chrome::split(&self.rules, id, raw_body, title)
    }
}

/// An error for a file that holds JSON rather than an article: a JSON array or object (a `.json`
/// export), or JSON Lines under a name other than `.jsonl`. Read as text, such a file became one
/// article whose headline was the whole first line and whose body was empty ("no article text").
/// A text article may begin with `[` (`[فيديو] …`), so only text that parses as JSON counts.
fn json_not_jsonl(path: &Path, text: &str) -> Option<Error> {
    let t = text.trim_start_matches('\u{feff}').trim();
    if !t.starts_with(['[', '{']) {
        return None;
    }
    let found = match serde_json::from_str::<serde_json::Value>(t) {
        Ok(serde_json::Value::Array(_)) => "a JSON array",
        Ok(serde_json::Value::Object(_)) if t.lines().nth(1).is_some() => "a JSON object over several lines",
        Ok(serde_json::Value::Object(_)) => "a JSON object",
        _ if t
            .lines()
            .all(|l| l.trim().is_empty() || serde_json::from_str::<serde_json::Value>(l).is_ok()) =>
        {
            "JSON Lines"
        }
        _ => return None,
    };
    let name = path.display();
    let hint = match found {
        "a JSON array" => format!(" (convert it with: jq -c '.[]' {name} > records.jsonl)"),
        "JSON Lines" | "a JSON object" => " (give it a .jsonl name)".to_string(),
        _ => format!(" (convert it with: jq -c . {name} > records.jsonl)"),
    };
    Some(Error::Json { path: path.into(), found, hint })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `bytes` as the file `name` in `dir` (a `tempfile::TempDir` the test holds: removed when it
    /// ends; a folder per run was left in /tmp).
    fn temp(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn reads_a_file_and_names_bad_ones() {
        let dir = tempfile::tempdir().unwrap();
        let r = Reader::embedded();
        let p = temp(&dir, "good.txt", "عنوان الخبر\n\nقصفت الطائرات مواقع في ريف إدلب.\n".as_bytes());
        let a = r.read_file(&p).unwrap();
        assert_eq!((a.id.as_str(), a.title.as_str()), ("good.txt", "عنوان الخبر"));
        assert_eq!(a.body, "قصفت الطائرات مواقع في ريف إدلب.");
        assert_eq!(a.source_path.as_deref(), Some(p.as_path()));

        let empty = temp(&dir, "empty.txt", b"");
        let e = r.read_file(&empty).unwrap_err().to_string();
        assert!(e.contains("empty.txt"), "{e}");
        let blank = temp(&dir, "blank.txt", b" \n\n ");
        let e = r.read_file(&blank).unwrap_err().to_string();
        assert!(e.contains("blank.txt") && e.contains("no article text"), "{e}");
        // A UTF-16 file of one NUL was an article with an empty body: control characters, and the
        // invisible marks `clean` removes, are no text.
        for (name, bytes) in
            [("nul16.txt", &b"\xff\xfe\x00\x00"[..]), ("marks.txt", "\u{200f}\u{200b}\n\t".as_bytes())]
        {
            let e = r.read_file(&temp(&dir, name, bytes)).unwrap_err().to_string();
            assert!(e.contains(name) && e.contains("no article text"), "{e}");
        }
        let missing = r.read_file(Path::new("/nonexistent/marsad.txt")).unwrap_err().to_string();
        assert!(missing.contains("/nonexistent/marsad.txt"), "{missing}");
    }

    /// A `.json` export (an array of records, or one record) read as an article file became one
    /// article with the JSON as its headline and no text; it is now an error that says what to do.
    /// A text article that merely begins with `[` is still an article.
    #[test]
    fn json_given_as_an_article_file_says_to_use_json_lines() {
        let dir = tempfile::tempdir().unwrap();
        let r = Reader::embedded();
        let array =
            temp(&dir, "bad.json", r#"[{"id": "a", "text": "قصفت القوات التركية مواقع لقسد"}]"#.as_bytes());
        let e = r.read_articles(&array).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!(
                "{}: a JSON array; article records are read as JSON Lines",
                array.display()
            )),
            "{e}"
        );
        assert!(e.contains("jq -c '.[]'"), "{e}");
        let object = temp(
            &dir,
            "one.json",
            "{\"id\": \"a\",\n \"text\": \"قصفت القوات التركية مواقع لقسد\"}".as_bytes(),
        );
        let e = r.read_articles(&object).unwrap_err().to_string();
        assert!(e.contains("one.json: a JSON object over several lines"), "{e}");
        let lines = temp(
            &dir,
            "records.txt",
            "{\"id\": \"a\", \"text\": \"نص\"}\n{\"id\": \"b\", \"text\": \"نص\"}\n".as_bytes(),
        );
        let e = r.read_articles(&lines).unwrap_err().to_string();
        assert!(e.contains("records.txt: JSON Lines") && e.contains("give it a .jsonl name"), "{e}");
        let text = temp(
            &dir,
            "video.txt",
            "[فيديو] قصف على إدلب\n\nقصفت الطائرات الحربية مواقع في ريف إدلب.\n".as_bytes(),
        );
        let a = r.read_file(&text).unwrap();
        assert_eq!(a.title, "[فيديو] قصف على إدلب");
    }

    /// A file of one line (a pasted report) is all body, with no headline; before, the line was the
    /// headline and nothing was left to analyse.
    #[test]
    fn a_file_of_one_line_is_all_body() {
        let dir = tempfile::tempdir().unwrap();
        let line = "قصفت الطائرات الحربية بلدات في جبل الزاوية بريف إدلب الجنوبي صباح اليوم. وقال ناشطون إن القصف استهدف بلدات عدة.";
        let p = temp(&dir, "one-line.txt", format!("{line}\n").as_bytes());
        let a = Reader::embedded().read_file(&p).unwrap();
        assert_eq!((a.title.as_str(), a.body.as_str()), ("", line));
    }

    #[test]
    fn truncated_utf8_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = "عنوان\n\nنص مقطوع".as_bytes().to_vec();
        bytes.push(0xD8);
        let p = temp(&dir, "cut.txt", &bytes);
        let e = Reader::embedded().read_file(&p).unwrap_err().to_string();
        assert!(e.contains("cut.txt"), "{e}");
    }

    #[test]
    fn windows_1256_is_decoded() {
        let dir = tempfile::tempdir().unwrap();
        let (bytes, _, _) = encoding_rs::WINDOWS_1256
            .encode("روسيا وتركيا\n\nاتفق الجانبان على تسيير دوريات مشتركة في إدلب وريف حلب الشمالي.\n");
        let p = temp(&dir, "cp1256.txt", &bytes);
        let a = Reader::embedded().read_file(&p).unwrap();
        assert_eq!(a.title, "روسيا وتركيا");
        assert_eq!(a.body, "اتفق الجانبان على تسيير دوريات مشتركة في إدلب وريف حلب الشمالي.");
        assert_eq!(a.encoding, "windows-1256");
    }
}
