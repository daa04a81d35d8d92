use serde::{Deserialize, Serialize};

use crate::Span;

/// How much of a date the text fixes.
///
/// # Precision
///
/// `Day`, `Month` and `Year` say which leading part of [`DateValue::value`]
/// is known (`2024-07-22`, `2024-07`, `2024`). `Range` is a span of days
/// written `YYYY-MM-DD/YYYY-MM-DD`: ranges in the text (`بين 10 و12 آذار`)
/// and parts of a month or year (`منتصف ديسمبر` → days 10–20). `Unknown`
/// means no value could be fixed (a publication date the article never
/// gives); it carries no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Precision {
    /// A calendar day.
    Day,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// An inclusive range of days.
    Range,
    /// Nothing is known.
    Unknown,
}

impl Precision {
    /// The lowercase name used in JSON and CSV.
    pub fn as_str(&self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Range => "range",
            Precision::Unknown => "unknown",
        }
    }
}

/// A calendar day as `(year, month, day)`.
pub type Ymd = (i32, u8, u8);

/// A normalised date: its text form and its precision.
///
/// `value` is `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYY-MM-DD/YYYY-MM-DD`
/// matching `precision`; it is `None` only when the precision is `Unknown`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// The ISO-8601 value, or `None` when unknown.
    pub value: Option<String>,
    /// How much of `value` the text fixes.
    pub precision: Precision,
}

impl DateValue {
    /// The unknown date: no value, precision `Unknown`.
    pub fn unknown() -> DateValue {
        DateValue { value: None, precision: Precision::Unknown }
    }

    /// A day.
    pub fn day(year: i32, month: u8, day: u8) -> DateValue {
        DateValue { value: Some(format!("{year:04}-{month:02}-{day:02}")), precision: Precision::Day }
    }

    /// A month.
    pub fn month(year: i32, month: u8) -> DateValue {
        DateValue { value: Some(format!("{year:04}-{month:02}")), precision: Precision::Month }
    }

    /// A year.
    pub fn year(year: i32) -> DateValue {
        DateValue { value: Some(format!("{year:04}")), precision: Precision::Year }
    }

    /// True when no value is known.
    pub fn is_unknown(&self) -> bool {
        self.value.is_none()
    }

    /// The first and last day this value covers, as `(y, m, d)` triples.
    ///
    /// Months and years expand to their first and last days; `None` for an
    /// unknown or malformed value.
    pub fn bounds(&self) -> Option<(Ymd, Ymd)> {
        let v = self.value.as_deref()?;
        if let Some((a, b)) = v.split_once('/') {
            let a = parse_ymd(a)?;
            let b = parse_ymd(b)?;
            return Some((a, b));
        }
        let parts: Vec<&str> = v.split('-').collect();
        let y: i32 = parts.first()?.parse().ok()?;
        match parts.len() {
            1 => Some(((y, 1, 1), (y, 12, 31))),
            2 => {
                let m: u8 = parts[1].parse().ok()?;
                Some(((y, m, 1), (y, m, days_in_month(y, m))))
            }
            3 => parse_ymd(v).map(|d| (d, d)),
            _ => None,
        }
    }
}

fn parse_ymd(s: &str) -> Option<Ymd> {
    let mut it = s.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    if it.next().is_some() || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some((y, m, d))
}

/// Days in a Gregorian month.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// A temporal expression found in a text, with what it means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Where the expression is, in the text it was read from.
    pub span: Span,
    /// The exact text of the expression.
    pub text: String,
    /// Its normalised value.
    pub value: DateValue,
    /// How the value was fixed: which rule fired and what anchored it
    /// (`"year from publication 2024"`, `"relative: yesterday"`).
    pub anchor: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_expand_each_precision() {
        assert_eq!(DateValue::year(2024).bounds(), Some(((2024, 1, 1), (2024, 12, 31))));
        assert_eq!(DateValue::month(2024, 2).bounds(), Some(((2024, 2, 1), (2024, 2, 29))));
        assert_eq!(DateValue::month(2023, 2).bounds(), Some(((2023, 2, 1), (2023, 2, 28))));
        assert_eq!(DateValue::day(2024, 7, 22).bounds(), Some(((2024, 7, 22), (2024, 7, 22))));
        let r = DateValue { value: Some("2023-12-10/2023-12-20".into()), precision: Precision::Range };
        assert_eq!(r.bounds(), Some(((2023, 12, 10), (2023, 12, 20))));
        assert_eq!(DateValue::unknown().bounds(), None);
        let bad = DateValue { value: Some("2023-02-30".into()), precision: Precision::Day };
        assert_eq!(bad.bounds(), None);
    }
}
