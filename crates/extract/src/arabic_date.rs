//! Human-written (Arabic) publication dates, read with `marsad-dates`.

use std::sync::OnceLock;

use marsad_dates::DateReader;

/// The ISO day `raw` states, read by [`marsad_dates::DateReader::find_published`]: the first full day
/// with a year, Gregorian first, else Hijri (`السبت، 3 آب/أغسطس 2013 - 14:20` → `2013-08-03`).
///
/// The reader is built once, on first use, from the tables compiled into `marsad-dates` (1.4 ms in a
/// release build) and then only read: a constant, not state — results never depend on earlier calls.
pub(crate) fn read_arabic_date(raw: &str) -> Option<String> {
    static READER: OnceLock<DateReader> = OnceLock::new();
    READER.get_or_init(DateReader::embedded).find_published(raw)?.value.value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_dates() {
        let cases: &[(&str, Option<&str>)] = &[
            ("السبت، 3 آب/أغسطس 2013 - 14:20", Some("2013-08-03")),
            ("الثلاثاء 12 آذار 2024", Some("2024-03-12")),
            ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", Some("2013-08-28")),
            ("آذار 2024", None),
            ("قبل ساعتين", None),
        ];
        for (raw, want) in cases {
            assert_eq!(read_arabic_date(raw).as_deref(), *want, "{raw}");
        }
    }
}
