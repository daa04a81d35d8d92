//! Deaths a sentence states, for ACLED's `fatalities` column.
//!
//! Only explicit counts written in digits next to a death word are read (`مقتل 3`,
//! `سقوط 12 قتيلاً`, `5 قتلى`); anything vaguer ("عدد من القتلى") gives `None`, as ACLED
//! asks for stated figures only.

use std::sync::OnceLock;

use regex::Regex;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Death words are matched folded-insensitively enough for news prose: with or without ال,
        // with the accusative alef (قتيلا/قتيلاً).
        Regex::new(
            r"(?:مقتل|بمقتل|ومقتل|استشهاد|وفاة)\s+(\d{1,5})|(\d{1,5})\s+(?:قتلى|قتيلا|قتيلاً|قتيل|شهداء|شهيدا|شهيداً|أشخاص\s+قتلوا)",
        )
        .expect("static fatalities pattern")
    })
}

/// The largest death count stated in `sentence`, if any.
pub fn stated_fatalities(sentence: &str) -> Option<u32> {
    let ascii: String = sentence
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            c => c,
        })
        .collect();
    pattern()
        .captures_iter(&ascii)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)).and_then(|m| m.as_str().parse().ok()))
        .max()
}

#[cfg(test)]
mod tests {
    use super::stated_fatalities as f;

    #[test]
    fn stated_counts() {
        assert_eq!(f("أدى القصف إلى مقتل 3 مدنيين وإصابة آخرين"), Some(3));
        assert_eq!(f("سقوط ١٢ قتيلاً في الغارة"), Some(12));
        assert_eq!(f("وأسفر الهجوم عن 5 قتلى و7 جرحى"), Some(5));
    }

    #[test]
    fn vague_or_absent_counts() {
        assert_eq!(f("سقوط عدد من القتلى"), None);
        assert_eq!(f("سيرت القوات الروسية والتركية دورية مشتركة"), None);
        assert_eq!(f("في عام 2019 مقتل"), None);
    }
}
