//! Recognising machine-readable dates (ISO 8601 / RFC 3339 and close variants) in page metadata.

/// The ISO 8601 form of `raw` when it is a machine-readable date: `YYYY-MM-DD`, or
/// `YYYY-MM-DDTHH:MM:SS` followed by the offset as written (`Z`, `+03:00`) when a time is given.
///
/// Accepts a space instead of `T`, fractional seconds (dropped), `+0300` offsets (normalised to `+03:00`),
/// `YYYY/MM/DD` and compact `YYYYMMDD`. Anything else — notably Arabic dates such as
/// `الأربعاء، 28 آب/اغسطس 2013` — gives `None`; the caller then asks `marsad-dates`.
///
/// The check is syntactic plus ranges (month 1–12, day 1–31, hour < 24, minute and second < 60).
pub(crate) fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let (year, month, day, rest) = if b.len() >= 10 && (b[4] == b'-' || b[4] == b'/') && b[7] == b[4] {
        (digits(0..4)?, digits(5..7)?, digits(8..10)?, &s[10..])
    } else if b.len() == 8 {
        (digits(0..4)?, digits(4..6)?, digits(6..8)?, "")
    } else {
        return None;
    };
    if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let rest_b = rest.as_bytes();
    if rest_b.is_empty() {
        return Some(date);
    }
    if !(rest_b[0] == b'T' || rest_b[0] == b' ') || rest_b.len() < 6 || rest_b[3] != b':' {
        // Trailing words after a date ("2013-08-03 مساءً") are not machine-readable; keep the date.
        return rest_b[0].is_ascii_whitespace().then_some(date);
    }
    let t = &rest[1..];
    let tb = t.as_bytes();
    let two = |i: usize| -> Option<u32> {
        let p = tb.get(i..i + 2)?;
        p.iter().all(u8::is_ascii_digit).then(|| u32::from(p[0] - b'0') * 10 + u32::from(p[1] - b'0'))
    };
    let (hour, minute) = (two(0)?, two(3)?);
    let mut i = 5;
    let mut second = 0;
    if tb.get(5) == Some(&b':') {
        second = two(6)?;
        i = 8;
        if tb.get(8) == Some(&b'.') || tb.get(8) == Some(&b',') {
            i = 9 + tb[9..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let zone = t[i..].trim();
    let offset = match zone.as_bytes() {
        [] => String::new(),
        [b'Z' | b'z'] => "Z".to_string(),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] | [sign @ (b'+' | b'-'), h1, h2, m1, m2]
            if [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()) =>
        {
            format!("{}{}{}:{}{}", *sign as char, *h1 as char, *h2 as char, *m1 as char, *m2 as char)
        }
        [sign @ (b'+' | b'-'), h1, h2] if h1.is_ascii_digit() && h2.is_ascii_digit() => {
            format!("{}{}{}:00", *sign as char, *h1 as char, *h2 as char)
        }
        _ => return Some(date),
    };
    Some(format!("{date}T{hour:02}:{minute:02}:{second:02}{offset}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2026-01-08T11:42:50+00:00", Some("2026-01-08T11:42:50+00:00")),
            ("2024-03-12", Some("2024-03-12")),
            (" 2024-03-12T09:05Z ", Some("2024-03-12T09:05:00Z")),
            ("2024-03-12 09:05:07.123+0300", Some("2024-03-12T09:05:07+03:00")),
            ("2024-03-12T09:05:07+03", Some("2024-03-12T09:05:07+03:00")),
            ("2013/08/03", Some("2013-08-03")),
            ("20130803", Some("2013-08-03")),
            ("2024-03-12T09:05:07 بتوقيت دمشق", Some("2024-03-12")),
            ("2024-13-12", None),
            ("2024-03-12T25:00", None),
            ("الأربعاء، 28 آب/اغسطس 2013", None),
            ("Sat, 03 Aug 2013 10:00:00 GMT", None),
            ("", None),
            ("2024-0", None),
        ];
        for (raw, want) in cases {
            assert_eq!(iso_date(raw).as_deref(), *want, "{raw:?}");
        }
    }
}
