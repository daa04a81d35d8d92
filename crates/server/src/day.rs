//! A calendar day, the unit of every date filter.

use std::fmt;

use marsad_model::DateValue;

/// A Gregorian calendar day.
///
/// # Invariants
///
/// `month` is 1..=12 and `day` is valid for that month and year; [`Day::parse`]
/// is the only way in from text and checks both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Year.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of month.
    pub day: u8,
}

impl Day {
    /// Parses `YYYY-MM-DD`; `None` for anything else, including impossible days.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year: i32 = text[0..4].parse().ok()?;
        let month: u8 = text[5..7].parse().ok()?;
        let day: u8 = text[8..10].parse().ok()?;
        let probe = DateValue::day(year, month, day);
        probe.bounds()?;
        Some(Day { year, month, day })
    }

    /// The first and last day of a period written `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the store's
    /// filter dates: four-digit year, a real month and day).
    pub fn period(text: &str) -> Option<(Day, Day)> {
        let (lo, hi) = marsad_store::parse_filter_date(text)?;
        Some((Day::parse(&marsad_store::day_string(lo))?, Day::parse(&marsad_store::day_string(hi))?))
    }

    /// The first and last day a date value covers, by its precision.
    pub fn bounds_of(value: &DateValue) -> Option<(Day, Day)> {
        let ((y1, m1, d1), (y2, m2, d2)) = value.bounds()?;
        Some((Day { year: y1, month: m1, day: d1 }, Day { year: y2, month: m2, day: d2 }))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_model::Precision;

    #[test]
    fn parse_accepts_only_real_days() {
        let cases = [
            ("2024-07-22", true),
            ("2024-02-29", true),
            ("2023-02-29", false),
            ("2024-13-01", false),
            ("2024-7-22", false),
            ("22/07/2024", false),
            ("", false),
            ("٢٠٢٤-٠٧-٢٢", false),
        ];
        for (text, ok) in cases {
            assert_eq!(Day::parse(text).is_some(), ok, "{text}");
        }
        assert_eq!(Day::parse("2024-07-22").unwrap().to_string(), "2024-07-22");
    }

    #[test]
    fn bounds_follow_precision() {
        let month = DateValue { value: Some("2020-12".into()), precision: Precision::Month };
        let (a, b) = Day::bounds_of(&month).unwrap();
        assert_eq!((a.to_string(), b.to_string()), ("2020-12-01".into(), "2020-12-31".into()));
        assert_eq!(Day::bounds_of(&DateValue::unknown()), None);
    }
}
