//! Anchoring: an [`Expr`] plus the publication date and the sentence's
//! tense → a [`DateValue`] and an anchor that says how it was fixed.
//!
//! # Publication precision
//!
//! The publication date may be a day, a month, a year or unknown. An
//! expression is never given more precision than its anchor allows: with a
//! publication month only, `أمس` is that month; with none, relative
//! expressions get no value at all (they are dropped, never dated to
//! today), and year-less dates keep their text with an unknown value.
//!
//! # Ambiguity: year-less dates
//!
//! `22 تموز` takes the publication year, except that in a past-tense
//! sentence a day after publication is the year before (unless it is within
//! a month after it: then it is a schedule, `بحلول 10 أكتوبر`), and in a
//! future-tense sentence a day before publication is the year after. An
//! explicit qualifier overrides the tense: `الماضي` is the latest
//! occurrence before publication, `المقبل` the next one after. `29 شباط`
//! goes on from the year so chosen to the nearest leap year, back (past,
//! `الماضي`) or forward (future, `المقبل`). A range of days across the new year
//! (`من 28 كانون الأول حتى 3 كانون الثاني`) ends in the year after the one
//! its start is given; a range of months takes the year of its end month,
//! read as a year-less month is (`من يونيو إلى أكتوبر` told in June is last
//! year's). A year-less Hijri month (`خلال شهر رمضان`) is moved
//! in the same way in the Hijri year of publication.
//!
//! # Weeks
//!
//! The format has no week precision. Following the gold convention, a week
//! (`الأسبوع الماضي`, `منذ أسبوعين`) is the month that contains publication
//! moved by that many weeks.

use jiff::civil::Date;
use marsad_model::{DateValue, Precision};

use crate::calendar::{
    add_days, add_months, day, days_in_month, gregorian_to_hijri_year, hijri_month_bounds,
    hijri_to_gregorian, hijri_year_bounds, iso_weekday, ymd,
};
use crate::grammar::Expr;
use crate::lexicon::{Part, Unit};

/// The publication date as far as it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pub {
    Unknown,
    Year(i32),
    Month(i32, u8),
    Day(Date),
}

impl Pub {
    pub(crate) fn from_value(v: &DateValue) -> Pub {
        let Some(s) = v.value.as_deref() else { return Pub::Unknown };
        let s = s.split('/').next().unwrap_or(s);
        let mut it = s.split('-').map(|p| p.parse::<i32>().ok());
        let (y, m, d) = (it.next().flatten(), it.next().flatten(), it.next().flatten());
        match (v.precision, y, m, d) {
            (Precision::Day | Precision::Range, Some(y), Some(m), Some(d)) => {
                day(y, m as u8, d as u8).map(Pub::Day).unwrap_or(Pub::Unknown)
            }
            (Precision::Month, Some(y), Some(m), _) if (1..=12).contains(&m) => Pub::Month(y, m as u8),
            (Precision::Year, Some(y), _, _) => Pub::Year(y),
            _ => Pub::Unknown,
        }
    }

    fn describe(&self) -> String {
        match self {
            Pub::Unknown => "unknown".into(),
            Pub::Year(y) => format!("{y:04}"),
            Pub::Month(y, m) => format!("{y:04}-{m:02}"),
            Pub::Day(d) => ymd(*d),
        }
    }

    fn year(&self) -> Option<i32> {
        match self {
            Pub::Unknown => None,
            Pub::Year(y) | Pub::Month(y, _) => Some(*y),
            Pub::Day(d) => Some(i32::from(d.year())),
        }
    }
}

fn range(a: Date, b: Date) -> DateValue {
    DateValue { value: Some(format!("{}/{}", ymd(a), ymd(b))), precision: Precision::Range }
}

fn day_value(d: Date) -> DateValue {
    DateValue::day(i32::from(d.year()), d.month() as u8, d.day() as u8)
}

/// The year of a year-less (month, day): see the module docs. `day` is `None` for a whole month.
fn year_for(m: u8, d: Option<u8>, qual: Option<i8>, future: bool, pubd: &Pub) -> Option<(i32, String)> {
    let (py, pm, pd) = match *pubd {
        Pub::Unknown => return None,
        Pub::Year(y) => return Some((y, format!("year from publication {y:04}"))),
        Pub::Month(y, m) => (y, m, None),
        Pub::Day(date) => (i32::from(date.year()), date.month() as u8, Some(date.day() as u8)),
    };
    // Compare on the finest grain both sides know.
    let cmp = match (d, pd) {
        (Some(d), Some(pd)) => (m, d).cmp(&(pm, pd)),
        _ => m.cmp(&pm),
    };
    use std::cmp::Ordering::*;
    let (y, why) = match qual {
        Some(q) if q < 0 => {
            let before = cmp == Less || (cmp == Equal && d.is_some() && pd.is_some());
            (if before { py } else { py - 1 }, "latest before publication (الماضي)")
        }
        Some(q) if q > 0 => (if cmp == Greater { py } else { py + 1 }, "next after publication (المقبل)"),
        Some(_) => (py, "current (الجاري)"),
        None if future => (if cmp == Less { py + 1 } else { py }, "next occurrence, future-tense sentence"),
        None if cmp == Greater && soon_after(py, m, d, pubd) => {
            (py, "coming occurrence: within weeks after publication (a deadline or a schedule)")
        }
        None => (if cmp == Greater { py - 1 } else { py }, "latest occurrence, past-tense sentence"),
    };
    Some((y, format!("{why}; publication {}", pubd.describe())))
}

/// How many days after publication a year-less day in a past-tense sentence
/// is still read as the coming one. News gives the year of a day a year back,
/// so `بحلول 10 أكتوبر`, `الانتخابات في 24 حزيران` a few days or weeks ahead
/// are schedules whose sentence has no future marker (in real/bulk, every
/// such day within a month was the coming one, or neither reading was right).
const SOON_AFTER_DAYS: i32 = 31;

/// The day (`y`, `m`, `d`) falls within [`SOON_AFTER_DAYS`] after a day-precise publication.
fn soon_after(y: i32, m: u8, d: Option<u8>, pubd: &Pub) -> bool {
    let (Some(d), Pub::Day(p)) = (d, pubd) else { return false };
    day(y, m, d).is_some_and(|x| x > *p && (x - *p).get_days() <= SOON_AFTER_DAYS)
}

fn part_days(part: &Part, y: i32, m: u8) -> Option<(Date, Date)> {
    let last = days_in_month(y, m);
    Some((day(y, m, part.days.0.min(last))?, day(y, m, part.days.1.min(last))?))
}

fn part_months(part: &Part, y: i32) -> Option<(Date, Date)> {
    let (m1, m2) = part.months;
    Some((day(y, m1, 1)?, day(y, m2, days_in_month(y, m2))?))
}

/// A day offset from publication, at the precision publication allows.
fn shift_days(n: i64, pubd: &Pub, grain_month: bool) -> Option<(DateValue, String)> {
    match *pubd {
        Pub::Unknown => None,
        Pub::Year(y) => Some((DateValue::year(y), format!("publication known to the year ({y:04}) only"))),
        Pub::Month(y, m) => {
            let (y, m) = if n.abs() >= 28 { add_months(y, m, (n / 30) as i32) } else { (y, m) };
            Some((
                DateValue::month(y, m),
                format!("publication known to the month ({}) only", pubd.describe()),
            ))
        }
        Pub::Day(p) => {
            let d = add_days(p, n)?;
            let v = if grain_month {
                DateValue::month(i32::from(d.year()), d.month() as u8)
            } else {
                day_value(d)
            };
            Some((v, format!("{n:+} days from publication {}", ymd(p))))
        }
    }
}

/// The value and anchor explanation of `expr`, or `None` when it must be dropped.
///
/// `previous` is the last day the text dated before this expression, for
/// [`Expr::Sequel`] (اليوم التالي); sequels get no value without it.
pub(crate) fn resolve(
    expr: &Expr,
    parts: &[Part],
    future: bool,
    pubd: &Pub,
    previous: Option<Date>,
) -> Option<(DateValue, String)> {
    let unknown =
        |why: &str| Some((DateValue::unknown(), format!("{why}; no publication date to give it a year")));
    match *expr {
        Expr::Day { y: Some(y), m, d, .. } => {
            day(y, m, d)?;
            Some((DateValue::day(y, m, d), "explicit day".into()))
        }
        Expr::Day { y: None, m, d, qual } => {
            day(2000, m, d)?;
            let Some((y, why)) = year_for(m, Some(d), qual, future, pubd) else {
                return unknown("year-less day");
            };
            // 29 شباط exists only in leap years: the nearest one in the direction the year was
            // chosen (back for a past or last one, forward for a future or next one).
            let forward = qual.map_or(future, |q| q > 0);
            let (y, why) = match day(y, m, d) {
                Some(_) => (y, why),
                None => {
                    let leap = (1..4)
                        .map(|k| if forward { y + k } else { y - k })
                        .find(|&y| day(y, m, d).is_some())?;
                    (leap, format!("{why}; {leap} is the nearest leap year"))
                }
            };
            let date = day(y, m, d)?;
            Some((day_value(date), format!("year-less day, {why}")))
        }
        Expr::Month { y: Some(y), m, .. } => Some((DateValue::month(y, m), "explicit month and year".into())),
        Expr::Month { y: None, m, qual } => {
            let Some((y, why)) = year_for(m, None, qual, future, pubd) else {
                return unknown("year-less month");
            };
            Some((DateValue::month(y, m), format!("year-less month, {why}")))
        }
        Expr::Year { y } => Some((DateValue::year(y), "explicit year".into())),
        Expr::Days { y, from, to, qual } => {
            let explicit = y.is_some();
            let (y, why) = match y {
                Some(y) => (y, "explicit year".to_string()),
                None => match year_for(from.0, Some(from.1), qual, future, pubd) {
                    Some((y, why)) => (y, format!("year-less range, {why}")),
                    None => return unknown("year-less range"),
                },
            };
            // Across the new year (28 كانون الأول حتى 3 كانون الثاني): the year read is the end's when
            // told (`... 3 كانون الثاني 2024`), else the start's, as for a year-less day.
            let across = from > to;
            let (ya, yb) = match (across, explicit) {
                (false, _) => (y, y),
                (true, true) => (y - 1, y),
                (true, false) => (y, y + 1),
            };
            let a = day(ya, from.0, from.1)?;
            let b = day(yb, to.0, to.1)?;
            Some((range(a, b), why))
        }
        Expr::Months { y, from, to, qual } => {
            // The year is the end month's, told or read as a year-less month is (its qualifier is the
            // end's: `من تشرين الثاني حتى شباط الماضي`): months told in the past have begun by
            // publication, so `من يونيو إلى أكتوبر` in June is last year's.
            let (y, why) = match y {
                Some(y) => (y, "explicit year".to_string()),
                None => match year_for(to, None, qual, future, pubd) {
                    Some((y, why)) => (y, format!("year-less months, {why}")),
                    None => return unknown("year-less months"),
                },
            };
            let (ya, yb) = if from > to { (y - 1, y) } else { (y, y) };
            let a = day(ya, from, 1)?;
            let b = day(yb, to, days_in_month(yb, to))?;
            Some((range(a, b), format!("months {from}-{to}; {why}")))
        }
        Expr::MonthPart { part, y, m, qual } => {
            let p = parts.get(part as usize)?;
            let (y, why) = match y {
                Some(y) => (y, "explicit year".to_string()),
                None => match year_for(m, None, qual, future, pubd) {
                    Some((y, why)) => (y, format!("year-less month, {why}")),
                    None => return unknown("part of a year-less month"),
                },
            };
            let (a, b) = part_days(p, y, m)?;
            Some((range(a, b), format!("days {}-{} of the month; {why}", p.days.0, p.days.1)))
        }
        Expr::RelMonthPart { part, offset } => {
            let p = parts.get(part as usize)?;
            let (y, m) = match *pubd {
                Pub::Month(y, m) => (y, m),
                Pub::Day(d) => (i32::from(d.year()), d.month() as u8),
                _ => return None,
            };
            let (y, m) = add_months(y, m, i32::from(offset));
            let (a, b) = part_days(p, y, m)?;
            Some((range(a, b), format!("month {offset:+} from publication {}", pubd.describe())))
        }
        Expr::YearPart { part, y } => {
            let (a, b) = part_months(parts.get(part as usize)?, y)?;
            Some((range(a, b), "part of an explicit year".into()))
        }
        Expr::RelYearPart { part, offset } => {
            let y = pubd.year()? + i32::from(offset);
            let (a, b) = part_months(parts.get(part as usize)?, y)?;
            Some((range(a, b), format!("part of year {offset:+} from publication {}", pubd.describe())))
        }
        Expr::HijriDay { y: Some(y), m, d } => {
            let g = hijri_to_gregorian(y, m, d)?;
            Some((day_value(g), format!("hijri {y}-{m:02}-{d:02} (Umm al-Qura)")))
        }
        Expr::HijriDay { y: None, m, d } => {
            // The Hijri year of publication, moved like a year-less Gregorian day by the tense.
            let pivot = match *pubd {
                Pub::Day(p) => p,
                Pub::Month(y, pm) => day(y, pm, 15)?,
                _ => return unknown("year-less hijri day"),
            };
            let hy = gregorian_to_hijri_year(pivot)?;
            let this = hijri_to_gregorian(hy, m, d)?;
            let (hy, g) = if future && this < pivot {
                (hy + 1, hijri_to_gregorian(hy + 1, m, d)?)
            } else if !future && this > pivot {
                (hy - 1, hijri_to_gregorian(hy - 1, m, d)?)
            } else {
                (hy, this)
            };
            let why =
                format!("hijri {hy}-{m:02}-{d:02} (Umm al-Qura), year from publication {}", pubd.describe());
            Some((day_value(g), why))
        }
        Expr::HijriMonth { y: Some(y), m, .. } => {
            let (a, b) = hijri_month_bounds(y, m)?;
            Some((range(a, b), format!("hijri month {y}-{m:02} (Umm al-Qura)")))
        }
        Expr::HijriMonth { y: None, m, qual } => {
            // The Hijri year of publication, moved as a year-less Gregorian month is: `الماضي` is the
            // latest that ended before publication, `المقبل` the next that starts after it, `الجاري`
            // the one of publication's year; else, in the past tense, the latest begun by
            // publication, and in the future tense the next not yet over.
            let pivot = match *pubd {
                Pub::Day(p) => p,
                Pub::Month(y, pm) => day(y, pm, 15)?,
                _ => return unknown("year-less hijri month"),
            };
            let hy = gregorian_to_hijri_year(pivot)?;
            let (a, b) = hijri_month_bounds(hy, m)?;
            let (hy, why) = match qual {
                Some(q) if q < 0 => {
                    (if b < pivot { hy } else { hy - 1 }, "latest before publication (الماضي)")
                }
                Some(q) if q > 0 => (if a > pivot { hy } else { hy + 1 }, "next after publication (المقبل)"),
                Some(_) => (hy, "current (الجاري)"),
                None if future => (if b < pivot { hy + 1 } else { hy }, "next, future-tense sentence"),
                None => (if a > pivot { hy - 1 } else { hy }, "latest begun, past-tense sentence"),
            };
            let (a, b) = hijri_month_bounds(hy, m)?;
            let why =
                format!("hijri month {hy}-{m:02} (Umm al-Qura), {why}; publication {}", pubd.describe());
            Some((range(a, b), why))
        }
        Expr::HijriYear { y } => {
            let (a, b) = hijri_year_bounds(y)?;
            Some((range(a, b), format!("hijri year {y} (Umm al-Qura)")))
        }
        Expr::RelDay { offset } => shift_days(i64::from(offset), pubd, false),
        Expr::Sequel { offset } => {
            let before = previous?;
            let d = add_days(before, i64::from(offset))?;
            Some((day_value(d), format!("{offset:+} days from the day dated before it ({})", ymd(before))))
        }
        Expr::RelMonthDay { d, offset } => {
            let (y, m) = match *pubd {
                Pub::Month(y, m) => (y, m),
                Pub::Day(p) => (i32::from(p.year()), p.month() as u8),
                _ => return None,
            };
            let (y, m) = add_months(y, m, i32::from(offset));
            let date = day(y, m, d)?;
            Some((
                day_value(date),
                format!("day {d} of month {offset:+} from publication {}", pubd.describe()),
            ))
        }
        Expr::Weekday { weekday, qual } => {
            let Pub::Day(p) = *pubd else {
                return shift_days(0, pubd, false).map(|(v, why)| (v, format!("weekday; {why}")));
            };
            let pw = i64::from(iso_weekday(p));
            let w = i64::from(weekday);
            let back = (pw - w).rem_euclid(7); // days back to the latest such weekday, 0 = publication day
            let fwd = (w - pw).rem_euclid(7);
            let (n, why) = match qual {
                Some(-1) => (-(if back == 0 { 7 } else { back }), "latest before publication"),
                Some(-2) => (-(if back == 0 { 7 } else { back }) - 7, "the one before the latest"),
                Some(1) => (if fwd == 0 { 7 } else { fwd }, "next after publication"),
                _ if future => (fwd, "next on or after publication, future-tense sentence"),
                _ => (-back, "latest on or before publication, past-tense sentence"),
            };
            let d = add_days(p, n)?;
            Some((day_value(d), format!("weekday {why}; publication {}", ymd(p))))
        }
        Expr::RelUnit { unit, offset } => relative_unit(unit, i64::from(offset), pubd),
        Expr::Ago { unit, n } => relative_unit(unit, -i64::from(n), pubd),
    }
}

fn relative_unit(unit: Unit, n: i64, pubd: &Pub) -> Option<(DateValue, String)> {
    match unit {
        Unit::Day => shift_days(n, pubd, false),
        Unit::Week => {
            shift_days(7 * n, pubd, true).map(|(v, why)| (v, format!("week (month precision); {why}")))
        }
        Unit::Month => {
            let (y, m) = match *pubd {
                Pub::Month(y, m) => (y, m),
                Pub::Day(d) => (i32::from(d.year()), d.month() as u8),
                Pub::Year(y) => {
                    return Some((DateValue::year(y), "publication known to the year only".into()))
                }
                Pub::Unknown => return None,
            };
            let (y, m) = add_months(y, m, n as i32);
            Some((DateValue::month(y, m), format!("{n:+} months from publication {}", pubd.describe())))
        }
        Unit::Year => {
            let y = pubd.year()? + n as i32;
            Some((DateValue::year(y), format!("{n:+} years from publication {}", pubd.describe())))
        }
    }
}
