//! The sample articles of `samples/`, compiled into the binary so `marsad demo` needs no files.
//!
//! `samples/SOURCES.md` gives each one's origin and licence; `published` is the corpus manifest's date where
//! it has one (the seed articles carry their own dates, or none, in the text).

/// One bundled article.
pub struct Sample {
    /// File name in `samples/`.
    pub name: &'static str,
    /// The file's text.
    pub text: &'static str,
    /// Publication date from the corpus manifest, when known.
    pub published: Option<&'static str>,
}

/// Every `samples/*.txt`, in file-name order (a test checks the list against the folder).
pub const SAMPLES: &[Sample] = &[
    Sample {
        name: "000_bcd612af37a1282d.txt",
        text: include_str!("../../../samples/000_bcd612af37a1282d.txt"),
        published: None,
    },
    Sample {
        name: "001_4404655001853660.txt",
        text: include_str!("../../../samples/001_4404655001853660.txt"),
        published: None,
    },
    Sample {
        name: "002_f436e73b25f40ee7.txt",
        text: include_str!("../../../samples/002_f436e73b25f40ee7.txt"),
        published: None,
    },
    Sample {
        name: "003_edeaf7ad7451c4e5.txt",
        text: include_str!("../../../samples/003_edeaf7ad7451c4e5.txt"),
        published: None,
    },
    Sample {
        name: "004_43a99b59954af813.txt",
        text: include_str!("../../../samples/004_43a99b59954af813.txt"),
        published: None,
    },
    Sample {
        name: "038_skynewsar.txt",
        text: include_str!("../../../samples/038_skynewsar.txt"),
        published: Some("2018-02-19"),
    },
    Sample {
        name: "048_france24ar.txt",
        text: include_str!("../../../samples/048_france24ar.txt"),
        published: Some("2018-03-10"),
    },
    Sample {
        name: "059_bbcar.txt",
        text: include_str!("../../../samples/059_bbcar.txt"),
        published: Some("2018-03-26"),
    },
    Sample {
        name: "064_france24ar.txt",
        text: include_str!("../../../samples/064_france24ar.txt"),
        published: Some("2018-04-04"),
    },
    Sample {
        name: "069_france24ar.txt",
        text: include_str!("../../../samples/069_france24ar.txt"),
        published: Some("2018-04-28"),
    },
    Sample {
        name: "075_bbcar.txt",
        text: include_str!("../../../samples/075_bbcar.txt"),
        published: Some("2018-06-07"),
    },
    Sample {
        name: "077_france24ar.txt",
        text: include_str!("../../../samples/077_france24ar.txt"),
        published: Some("2018-07-16"),
    },
    Sample {
        name: "099_skynewsar.txt",
        text: include_str!("../../../samples/099_skynewsar.txt"),
        published: Some("2018-10-10"),
    },
    Sample {
        name: "104_skynewsar.txt",
        text: include_str!("../../../samples/104_skynewsar.txt"),
        published: Some("2018-04-21"),
    },
    Sample {
        name: "111_skynewsar.txt",
        text: include_str!("../../../samples/111_skynewsar.txt"),
        published: Some("2018-10-11"),
    },
];
