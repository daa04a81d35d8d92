//! Many events from a few: repeats analysed articles with shifted dates, for
//! benchmarks and the 10,000-event page test.
//!
//! Each copy of a base article gets a new id, a new (fictional) URL and a
//! publication day spread over two years; every dated event of the copy is
//! moved to that day, so the timeline and the date filters see a spread.
//! The text is the base article's plus a copy marker, so content hashes differ.

use marsad_model::DateValue;

use crate::memory::AnalyzedArticle;

/// Copies `base` round-robin until at least `events` events exist.
pub fn scale(base: &[AnalyzedArticle], events: usize) -> Vec<AnalyzedArticle> {
    let per_round: usize = base.iter().map(|a| a.events.len()).sum();
    if per_round == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut made = 0;
    let mut copy = 0usize;
    while made < events {
        for a in base {
            if made >= events {
                break;
            }
            copy += 1;
            // 2023-01-01 is day 0; a stride coprime with 730 visits every day.
            let (y, m, d) = civil_from_days(days_from_civil(2023, 1, 1) + ((copy * 367) % 730) as i64);
            let mut c = a.clone();
            c.id = Some(format!("s{copy}"));
            c.url = Some(format!("synthetic://copy/{copy}"));
            c.published = Some(DateValue::day(y, m, d));
            c.text.push_str(&format!("\n[{copy}]"));
            for e in &mut c.events {
                if e.date.is_some() {
                    e.date = Some(DateValue::day(y, m, d));
                }
            }
            made += c.events.len();
            out.push(c);
        }
    }
    out
}

/// Days since 1970-01-01 of a Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_round_trip() {
        for (y, m, d, n) in
            [(1970, 1, 1, 0), (2023, 1, 1, 19_358), (2024, 2, 29, 19_782), (2000, 3, 1, 11_017)]
        {
            assert_eq!(days_from_civil(y, m, d), n);
            assert_eq!(civil_from_days(n), (y, m, d));
        }
    }

    #[test]
    fn scale_reaches_the_count_with_distinct_articles() {
        let base = crate::gold::seeds().unwrap().articles;
        let many = scale(&base, 1000);
        let events: usize = many.iter().map(|a| a.events.len()).sum();
        assert!((1000..1000 + 30).contains(&events), "{events}");
        let backend = crate::MemoryBackend::default();
        let stored = backend.insert_all(many);
        assert!(stored.iter().all(|(_, new)| *new));
    }
}
