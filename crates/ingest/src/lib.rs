//! Reading articles: plain-text files and JSON Lines become [`Article`]s, with site chrome set apart.
//!
//! This is marsad's input edge, the only stage besides the CLI that touches files. It decodes bytes
//! ([`marsad_text::decode`]), takes the headline, and removes site chrome — bylines, related-article links,
//! photo captions, comment furniture, ads, copyright and cookie lines — by the rules in
//! `data/boilerplate.toml`, keeping every removed piece with its offsets in the raw text.
//!
//! # Overview
//!
//! - [`Reader`]: holds the compiled rules; reads files ([`Reader::read_file`]: text or an HTML page),
//!   every article of a file ([`Reader::read_articles`]: one per RSS/Atom item), JSON Lines
//!   ([`Reader::read_jsonl`], records with `text` or `html`) and raw text ([`Reader::parse_text`]).
//!   Pages and feeds are read with `marsad-extract`, whose limits turn a tag bomb or a huge file into an
//!   [`Error::Extract`] naming the file.
//! - [`Article`]: headline, byline fields, body without chrome, the [`Chrome`] removed, provenance.
//! - [`Rules`]: the boilerplate rules, loaded from a data directory or the embedded copy.
//!
//! # Example
//!
//! ```
//! let reader = marsad_ingest::Reader::embedded();
//! let a = reader.parse_text("doc.txt", "عنوان الخبر\n\nفريق التحرير17 يونيو 2024آخر تحديث :\nالتقى الوفدان في أنقرة.\nالتعليقات");
//! assert_eq!(a.title, "عنوان الخبر");
//! assert_eq!(a.body, "التقى الوفدان في أنقرة.");
//! assert_eq!(a.author.as_deref(), Some("فريق التحرير"));
//! assert_eq!(a.boilerplate.len(), 2);
//! ```
#![deny(missing_docs)]

mod article;
mod chrome;
mod error;
mod file;
mod gate;
mod inputs;
mod jsonl;
mod markup;
pub mod rules;

pub use crate::article::{Article, Chrome, Segment};
pub use crate::error::Error;
pub use crate::inputs::{is_jsonl, list_inputs, FileFacts, Input, Inputs};
pub use crate::jsonl::{open_jsonl, parse_date, JsonlArticles, JsonlInput, DATE_FORMS};
pub use crate::rules::Rules;

use std::path::Path;

/// Reads articles with one set of boilerplate rules.
///
/// # Cloning
///
/// Cheap enough to clone per thread, but `&Reader` is `Sync` and can be shared.
#[derive(Clone, Debug)]
pub struct Reader {
    rules: Rules,
}

impl Reader {
    /// A reader with the given rules.
    pub fn new(rules: Rules) -> Reader {
        Reader { rules }
    }

    /// A reader with the rules compiled into the binary.
    pub fn embedded() -> Reader {
        Reader::new(Rules::embedded())
    }

    /// A reader with `boilerplate.toml` from a data directory.
    ///
    /// # Errors
    ///
    /// See [`Rules::from_dir`].
    pub fn from_dir(data_dir: &Path) -> Result<Reader, Error> {
        Ok(Reader::new(Rules::from_dir(data_dir)?))
    }

    /// The rules in use.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }
}

#[cfg(test)]
mod tests {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn shared_types_are_send_and_sync() {
        assert_send_sync::<super::Reader>();
        assert_send_sync::<super::Article>();
    }
}
