//! Deaths a sentence states, for ACLED's `fatalities` column.
//!
//! Only explicit counts written in digits next to a death word are read (`مقتل 3`,
//! `سقوط 12 قتيلاً`, `5 قتلى`); anything vaguer ("عدد من القتلى") gives `None`, as ACLED
//! asks for stated figures only.
//!
//! A count is the deaths of the happening the event is, so it is read only where that holds:
//! - for violent events (ASSAULT, PROTEST) only: the deaths in a condemnation, an accusation or a
//!   meeting's sentence are those of another happening, and summed with it they counted twice;
//! - not from a running total over a campaign (`منذ بدء العملية`, `منذ الأحد`, `حتى الآن`, `إجمالي`,
//!   `خلال الأشهر الماضية`): that is many happenings' deaths, which ACLED does not put on one
//!   row. `منذ ساعات` / `منذ صباح اليوم` (hours ago, since this morning) are the same day and count.
//!
//! Where several events are coded from one sentence, the store credits the count to the first
//! of them of each type only (see `SqliteStore::load_sources`), so a toll is summed once.

use std::sync::OnceLock;

use marsad_model::EventType;
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

/// A running total: over a campaign or a period, not one happening.
fn cumulative(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let totals = RE.get_or_init(|| {
        // A total to date, a sum, or a length of time: `خلال 10 أشهر`, `في 34 يوما من الهجمات`,
        // `الأسابيع الماضية`, `خلال حوالي شهرين`. Hours are not a period here: `خلال 24 ساعة` is a day.
        Regex::new(concat!(
            r"حتى\s+(?:الآن|اليوم)|إجمالي|الإجمالي|مجموع",
            r"|(?:\d+|عدة|بضعة|بضع)\s*(?:يوما|يوماً|أيام|أسبوعا|أسبوعاً|أسابيع|شهرا|شهراً|أشهر|شهور|عاما|عاماً|أعوام|سنوات)",
            r"|يومين|أسبوعين|شهرين|عامين|سنتين",
            r"|(?:الأيام|الأسابيع|الأشهر|الشهور|الأعوام|السنوات)\s+(?:الماضية|الأخيرة)",
            r"|خلال\s+(?:\S+\s+)?(?:ال)?(?:أيام|أسابيع|أشهر|شهور|سنوات|أعوام)",
        ))
        .expect("static cumulative pattern")
    });
    if totals.is_match(sentence) {
        return true;
    }
    // `منذ X`: since a day or an event is a total; a few hours ago or since this morning is today.
    const TODAY: [&str; 7] = ["ساع", "صباح", "فجر", "ظهر", "مساء", "ليل", "قليل"];
    let mut rest = sentence;
    while let Some(i) = rest.find("منذ") {
        rest = &rest[i + "منذ".len()..];
        let next = rest.split_whitespace().next().unwrap_or("");
        let next = next.strip_prefix("ال").unwrap_or(next);
        if !TODAY.iter().any(|t| next.starts_with(t)) {
            return true;
        }
    }
    false
}

/// Types whose events can kill: what a stated toll may belong to.
fn can_kill(kind: EventType) -> bool {
    matches!(kind, EventType::Assault | EventType::Protest)
}

/// The largest death count stated in `sentence` for an event of `kind`, if any (see the module
/// docs for what is not counted).
pub fn stated_fatalities(kind: EventType, sentence: &str) -> Option<u32> {
    if !can_kill(kind) || cumulative(sentence) {
        return None;
    }
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
    use marsad_model::EventType;

    fn f(sentence: &str) -> Option<u32> {
        super::stated_fatalities(EventType::Assault, sentence)
    }

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

    #[test]
    fn tolls_of_other_happenings_are_not_this_events() {
        let condemned = "وأدانت الولايات المتحدة الهجوم الذي أسفر عن مقتل 400 مدني";
        assert_eq!(super::stated_fatalities(EventType::Accuse, condemned), None);
        assert_eq!(super::stated_fatalities(EventType::Assault, condemned), Some(400));
        for running in [
            "وارتفعت حصيلة القتلى إلى أكثر من 400 قتيل منذ الأحد",
            "قتل 1500 مقاتل كردي منذ بدء العملية العسكرية",
            "بلغ عدد القتلى 289 مدنيا حتى الآن",
            "وثق المرصد مقتل 2927 عنصرا من التنظيم خلال أشهر من الغارات",
            "إجمالي عدد القتلى 90 قتيلا",
            "أفاد المرصد بأن طائرات التحالف قتلت 3042 من التنظيم خلال 10 أشهر وبلغ عدد القتلى 3042 قتيلا",
            "وتسببت الغارات الروسية الأسابيع الماضية في مقتل 1450 مدنيا في الغوطة",
            "وثق الدفاع المدني مقتل 1433 مدنيا في 34 يوما من الهجمات على الغوطة",
            "أحصت المعارضة 2000 قتيل خلال حوال شهرين من القتال",
        ] {
            assert_eq!(f(running), None, "{running}");
        }
        for today in [
            "أدى القصف الجوي إلى مقتل 5 مدنيين منذ ساعات في أريحا",
            "سقوط 12 قتيلاً في الغارات منذ صباح اليوم",
            "سقوط 7 قتلى منذ فجر اليوم",
            "سقوط 3 قتلى منذ الليلة الماضية",
            "وثق المرصد مقتل 40 مدنيا خلال 24 ساعة من القصف على الغوطة",
        ] {
            assert!(f(today).is_some(), "{today}");
        }
    }
}
