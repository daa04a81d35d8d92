//! Calendar days as integers, so date windows are SQL integer comparisons.
//!
//! A day number is the count of days since 1970-01-01 (proleptic Gregorian), the
//! "days from civil" algorithm of H. Hinnant.

use marsad_model::{DateValue, Precision};

/// Day number of a Gregorian date.
pub fn day_number(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day number, as `YYYY-MM-DD`.
pub fn day_string(n: i64) -> String {
    let z = n + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The first and last day numbers a date covers, or `None` when unknown or malformed.
pub fn day_bounds(value: &DateValue) -> Option<(i64, i64)> {
    if value.precision == Precision::Unknown {
        return None;
    }
    let ((y1, m1, d1), (y2, m2, d2)) = value.bounds()?;
    Some((day_number(y1, m1, d1), day_number(y2, m2, d2)))
}

/// Parses a filter date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) into its day bounds. The year has four
/// digits and the month and day exist (`19`, `2019-13` and `2019-02-30` are refused, not read as year
/// 19 or as a month that overflows into the next year).
pub fn parse_filter_date(s: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let number = |p: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let y = i32::try_from(number(parts.first()?, 4..=4)?).ok()?;
    let month = |p: &str| number(p, 1..=2).filter(|m| (1..=12).contains(m)).map(|m| m as u8);
    let v = match parts.len() {
        1 => DateValue::year(y),
        2 => DateValue::month(y, month(parts[1])?),
        3 => {
            let m = month(parts[1])?;
            let d = number(parts[2], 1..=2).filter(|&d| d >= 1 && d <= u32::from(days_in_month(y, m)))?;
            DateValue::day(y, m, d as u8)
        }
        _ => return None,
    };
    day_bounds(&v)
}

/// Days in month `m` (1-12) of year `y`.
fn days_in_month(y: i32, m: u8) -> u8 {
    let next = if m == 12 { day_number(y + 1, 1, 1) } else { day_number(y, m + 1, 1) };
    (next - day_number(y, m, 1)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(2024, 3, 1) - day_number(2024, 2, 28), 2);
        for n in [-1000, 0, 19_000, 20_000, 20_089] {
            let s = day_string(n);
            let v: Vec<i64> = s.split('-').map(|p| p.parse().unwrap()).collect();
            assert_eq!(day_number(v[0] as i32, v[1] as u8, v[2] as u8), n, "{s}");
        }
        assert_eq!(day_string(day_number(2024, 7, 22)), "2024-07-22");
    }

    #[test]
    fn bounds_follow_precision() {
        let month = DateValue::month(2024, 2);
        let (a, b) = day_bounds(&month).unwrap();
        assert_eq!((day_string(a), day_string(b)), ("2024-02-01".into(), "2024-02-29".into()));
        assert_eq!(day_bounds(&DateValue::unknown()), None);
        assert_eq!(parse_filter_date("2024-07"), Some((day_number(2024, 7, 1), day_number(2024, 7, 31))));
        assert_eq!(parse_filter_date("nonsense"), None);
        assert_eq!(parse_filter_date("2024-13-01"), None);
        // A two-digit year, a month or a day that does not exist.
        for bad in [
            "19",
            "2019-13",
            "2019-00",
            "2019-02-30",
            "2023-02-29",
            "2024-04-31",
            "2024-7-",
            "+2024",
            "2024-07-22-1",
        ] {
            assert_eq!(parse_filter_date(bad), None, "{bad}");
        }
        assert_eq!(parse_filter_date("2024-02-29"), Some((day_number(2024, 2, 29), day_number(2024, 2, 29))));
        assert_eq!(parse_filter_date("2024-7-5"), Some((day_number(2024, 7, 5), day_number(2024, 7, 5))));
        assert_eq!(parse_filter_date("2024"), Some((day_number(2024, 1, 1), day_number(2024, 12, 31))));
    }
}
