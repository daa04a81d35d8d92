//! One article through every pure stage, and the record that comes out.
//!
//! `marsad-pipeline` is the one place that composes the stages — text cleaning, dates, the lexicon, the event
//! coder — so the CLI, the store and the server all analyse an article the same way. It does no I/O: the
//! [`Analyzer`] is built once from a data directory (or the embedded knowledge), then
//! [`Analyzer::analyze`] turns a [`marsad_ingest::Article`] into an [`Analysis`], which serialises to exactly
//! the gold annotation schema (`../shared/corpus/GOLD_FORMAT.md`).
//!
//! # Overview
//!
//! - [`Analyzer`]: the loaded knowledge; `analyze` is infallible.
//! - [`Analysis`]: `doc`, `title`, `published`, `author`, `outlet`, `boilerplate`, `deobfuscated`, `body`,
//!   `dates`, `entities`, `events`.
//!
//! # Example
//!
//! ```
//! let reader = marsad_ingest::Reader::embedded();
//! let article = reader.parse_text("a.txt", "عنوان\n\nدوريـ.ـات روسية في المناطق المحـ.ـتلة.\nالتعليقات");
//! let analysis = marsad_pipeline::Analyzer::embedded().analyze(&article);
//! assert_eq!(analysis.doc, "a.txt");
//! assert_eq!(analysis.boilerplate, ["التعليقات"]);
//! let json = serde_json::to_value(&analysis).unwrap();
//! assert!(json["published"]["precision"] == "unknown");
//! ```
#![deny(missing_docs)]

mod analyzer;
mod error;
mod record;

pub use crate::analyzer::{Analyzer, PreparedBody};
pub use crate::error::Error;
pub use crate::record::{Analysis, DateRecord, Deobfuscated, EntityRecord, EventRecord};

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn analyzer_and_record_are_shareable() {
        assert_send_sync::<Analyzer>();
        assert_send_sync::<Analysis>();
    }

    /// The record has every gold field, with the gold names, and nothing is dropped when it is absent.
    #[test]
    fn serialises_to_the_gold_schema() {
        let reader = marsad_ingest::Reader::embedded();
        let a =
            reader.parse_text("x.txt", "عنوان الخبر\n\nسياسي | 05 سبتمبر 2020 | مالك الحافظ\nالتقى الوفدان.");
        let v = serde_json::to_value(Analyzer::embedded().analyze(&a)).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        for k in [
            "doc",
            "title",
            "published",
            "author",
            "outlet",
            "boilerplate",
            "deobfuscated",
            "body",
            "dates",
            "entities",
            "events",
        ] {
            assert!(keys.contains(&k), "missing {k} in {keys:?}");
        }
        assert_eq!(v["author"], "مالك الحافظ");
        assert_eq!(v["body"], "التقى الوفدان.");
        assert_eq!(v["boilerplate"][0], "سياسي | 05 سبتمبر 2020 | مالك الحافظ");
        // the byline's date is the publication date, not a date of the text
        assert_eq!(v["published"], serde_json::json!({"value": "2020-09-05", "precision": "day"}));
        assert_eq!(v["dates"], serde_json::json!([]));
    }

    /// Relative dates are anchored on the publication date: metadata first, then `--published`.
    #[test]
    fn dates_are_anchored_on_the_publication_date() {
        let reader = marsad_ingest::Reader::embedded();
        let a = reader.parse_text("x.txt", "عنوان\n\nالتقى الروس والأتراك في 20 من آب، ثم يوم أمس.");
        let analyzer = Analyzer::embedded();
        let v =
            serde_json::to_value(analyzer.analyze_with(&a, Some(&marsad_model::DateValue::day(2024, 11, 5))))
                .unwrap();
        let dates: Vec<(&str, &str)> = v["dates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["text"].as_str().unwrap(), d["value"].as_str().unwrap()))
            .collect();
        assert_eq!(dates, [("20 من آب", "2024-08-20"), ("يوم أمس", "2024-11-04")]);
        let body = v["body"].as_str().unwrap();
        let first = &v["dates"][0];
        let (s, e) = (first["start"].as_u64().unwrap() as usize, first["end"].as_u64().unwrap() as usize);
        assert_eq!(&body[s..e], "20 من آب");
    }

    #[test]
    fn metadata_date_is_kept() {
        let reader = marsad_ingest::Reader::embedded();
        let mut a = reader.parse_text("x.txt", "عنوان\n\nنص.");
        a.published = Some(marsad_model::DateValue::day(2018, 2, 16));
        let v = serde_json::to_value(Analyzer::embedded().analyze(&a)).unwrap();
        assert_eq!(v["published"]["value"], "2018-02-16");
        assert_eq!(v["published"]["precision"], "day");
    }

    /// A visit told with the host's capital only is a visit to the government seated there
    /// (`real/bulk`); a meeting held in a capital is not hosted by it, and a visitor of that
    /// state comes home.
    #[test]
    fn a_visit_to_a_capital_has_its_government_as_target() {
        let reader = marsad_ingest::Reader::embedded();
        let analyzer = Analyzer::embedded();
        let consult = |text: &str| {
            let a = analyzer.analyze(&reader.parse_text("x.txt", &format!("عنوان\n\n{text}")));
            let e = a.events.iter().find(|e| e.event.kind == marsad_model::EventType::Consult).cloned();
            e.unwrap_or_else(|| panic!("no CONSULT in {text}: {:?}", a.events)).event
        };
        let visit =
            consult("ووصل وزير الخارجية العراقي إبراهيم الجعفري إلى دمشق الأحد في زيارة تستغرق ثلاثة أيام.");
        assert_eq!(visit.mode.as_deref(), Some("visit"));
        assert_eq!(visit.target, ["SYR-GOV"]);
        // Both below are told at Moscow with no partner named, so only the two guards of
        // `add_hosts` keep RUS out of their target.
        let meeting = consult("وعقد وزراء خارجية الدول الثلاث اجتماعا في موسكو يوم الأحد.");
        assert_eq!(meeting.place.as_deref(), Some("place:moscow"), "{meeting:?}");
        assert_ne!(meeting.mode.as_deref(), Some("visit"));
        assert!(meeting.target.is_empty(), "{meeting:?}");
        let home = consult("ووصل وزير الخارجية الروسي سيرغي لافروف إلى موسكو في زيارة تستغرق يومين.");
        assert_eq!(
            (home.place.as_deref(), home.mode.as_deref()),
            (Some("place:moscow"), Some("visit")),
            "{home:?}"
        );
        assert!(home.target.is_empty(), "{home:?}");
    }

    #[test]
    fn missing_data_dir_is_an_error_naming_it() {
        let e = Analyzer::from_dir(std::path::Path::new("/nonexistent/data")).unwrap_err().to_string();
        assert_eq!(e, "/nonexistent/data: not a data directory");
    }
}
