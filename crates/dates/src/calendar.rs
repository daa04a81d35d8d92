//! Calendar arithmetic: Gregorian days through `jiff::civil::Date`, Hijri
//! (Umm al-Qura) to Gregorian through `icu_calendar`.
//!
//! # Hijri
//!
//! Hijri dates are converted with the Umm al-Qura calendar, the official
//! calendar of Saudi Arabia and the one Arab news outlets print. Outside
//! the range where Umm al-Qura tables exist, `icu_calendar` falls back to
//! its own algorithm, which may differ from a local sighting by a day.

use icu_calendar::cal::{Hijri, Iso};
use icu_calendar::Date as IcuDate;
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// A Gregorian day, if it exists.
pub(crate) fn day(y: i32, m: u8, d: u8) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// Days in a Gregorian month (0 for a bad month).
pub(crate) fn days_in_month(y: i32, m: u8) -> u8 {
    day(y, m, 1).map(|d| d.days_in_month() as u8).unwrap_or(0)
}

/// `date` moved by `n` days, if still representable.
pub(crate) fn add_days(date: Date, n: i64) -> Option<Date> {
    date.checked_add(n.days()).ok()
}

/// (year, month) moved by `n` months.
pub(crate) fn add_months(y: i32, m: u8, n: i32) -> (i32, u8) {
    let idx = y * 12 + i32::from(m) - 1 + n;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8)
}

/// ISO weekday number, 1 = Monday .. 7 = Sunday.
pub(crate) fn iso_weekday(date: Date) -> u8 {
    match date.weekday() {
        Weekday::Monday => 1,
        Weekday::Tuesday => 2,
        Weekday::Wednesday => 3,
        Weekday::Thursday => 4,
        Weekday::Friday => 5,
        Weekday::Saturday => 6,
        Weekday::Sunday => 7,
    }
}

/// The Gregorian day of an Umm al-Qura Hijri date.
pub(crate) fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<Date> {
    let h = IcuDate::try_new_hijri_with_calendar(y, m, d, Hijri::new_umm_al_qura()).ok()?;
    let iso = h.to_calendar(Iso);
    day(iso.year().extended_year(), iso.month().ordinal, iso.day_of_month().0)
}

/// The Umm al-Qura Hijri year a Gregorian day falls in.
pub(crate) fn gregorian_to_hijri_year(date: Date) -> Option<i32> {
    let iso = IcuDate::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8).ok()?;
    Some(iso.to_calendar(Hijri::new_umm_al_qura()).year().extended_year())
}

/// The Gregorian first and last days of a Hijri month.
pub(crate) fn hijri_month_bounds(y: i32, m: u8) -> Option<(Date, Date)> {
    let first = hijri_to_gregorian(y, m, 1)?;
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let last = add_days(hijri_to_gregorian(ny, nm, 1)?, -1)?;
    Some((first, last))
}

/// The Gregorian first and last days of a Hijri year.
pub(crate) fn hijri_year_bounds(y: i32) -> Option<(Date, Date)> {
    let first = hijri_to_gregorian(y, 1, 1)?;
    let last = add_days(hijri_to_gregorian(y + 1, 1, 1)?, -1)?;
    Some((first, last))
}

/// `YYYY-MM-DD`.
pub(crate) fn ymd(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ramadan_1445_in_umm_al_qura() {
        // Ramadan 1445 began on Monday 11 March 2024 in Saudi Arabia.
        assert_eq!(hijri_to_gregorian(1445, 9, 1).map(ymd).as_deref(), Some("2024-03-11"));
        let (a, b) = hijri_month_bounds(1445, 9).unwrap();
        assert_eq!((ymd(a), ymd(b)), ("2024-03-11".into(), "2024-04-09".into()));
        let (a, b) = hijri_year_bounds(1445).unwrap();
        assert_eq!((ymd(a), ymd(b)), ("2023-07-19".into(), "2024-07-06".into()));
    }

    #[test]
    fn gregorian_day_to_hijri_year() {
        assert_eq!(gregorian_to_hijri_year(day(2024, 11, 5).unwrap()), Some(1446));
        assert_eq!(gregorian_to_hijri_year(day(2024, 3, 25).unwrap()), Some(1445));
    }

    #[test]
    fn month_arithmetic_wraps_years() {
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
        assert_eq!(add_months(2024, 12, 1), (2025, 1));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(day(2023, 2, 29), None);
    }
}
