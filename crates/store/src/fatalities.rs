//! Deaths a sentence states, for ACLED's `fatalities` column.
//!
//! Only explicit counts next to a death word are read, in digits or in words: `مقتل 3`,
//! `مقتل ثلاثة مدنيين`, `قتل خمسة وعشرين شخصا`, `لقي 4 أشخاص مصرعهم`, `سقوط اثني عشر قتيلاً`,
//! `5 قتلى`, the dual (`مقتل شخصين`, `سقوط قتيلين` = 2) and one named victim (`مقتل طفل`,
//! `مقتل أحد عناصر الشرطة`, `سقوط قتيل` = 1). A count may be hedged as ACLED's lower bound
//! (`مقتل ما لا يقل عن 20`, `أكثر من`, `نحو`). Anything vaguer (`عشرات القتلى`, `عدد من القتلى`,
//! `مقتل مدنيين`, whose undotted form is a plural as well as a dual) gives `None`, as ACLED asks
//! for stated figures only.
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

/// A running total: over a campaign or a period, not one happening.
fn cumulative(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let totals = RE.get_or_init(|| {
        // A total to date, a sum, or a length of time: `خلال 10 أشهر`, `في 34 يوما من الهجمات`,
        // `الأسابيع الماضية`, `خلال حوالي شهرين`. Hours are not a period here: `خلال 24 ساعة` is a day.
        Regex::new(concat!(
            r"حتى\s+(?:الآن|اليوم)|إجمالي|الإجمالي|مجموع",
            r"|(?:\d+|عدة|بضعة|بضع)\s*(?:يوما|يوماً|أيام|أسبوعا|أسبوعاً|أسابيع|شهرا|شهراً|أشهر|شهور|عاما|عاماً|أعوام|سنوات)",
            r"|(?:ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|تسع|عشرة|عشر)\s+(?:أيام|أسابيع|أشهر|شهور|أعوام|سنوات)",
            r"|يومين|أسبوعين|شهرين|عامين|سنتين",
            r"|(?:الأيام|الأسابيع|الأشهر|الشهور|الأعوام|السنوات)\s+(?:\S+\s+)?(?:الماضية|الأخيرة)",
            r"|خلال\s+(?:\S+\s+)?(?:ال)?(?:أيام|أسابيع|أشهر|شهور|سنوات|أعوام|حملة|فترة)",
            // `خلال هذه الفترة`, `بحلول نهاية ديسمبر`: over a period, up to a date.
            r"|(?:هذه|نفس|ذات)\s+الفترة|بحلول",
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
    let words = words(sentence);
    (0..words.len()).filter_map(|i| toll_at(&words, i)).max()
}

/// A word of a sentence: as written (for the vowel marks that tell a dual from a plural) and
/// folded (no vowel marks or tatweel, one alef, final ى as ي, final ه as ة, digits in ASCII).
#[derive(Clone)]
struct Word<'a> {
    raw: &'a str,
    folded: String,
}

fn words(sentence: &str) -> Vec<Word<'_>> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || is_mark(c)))
        .filter(|w| !w.is_empty())
        .map(|raw| Word { raw, folded: fold(raw) })
        .collect()
}

/// Arabic vowel marks, shadda, sukun, tanween, superscript alef, tatweel.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}')
}

fn fold(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .filter(|&c| !is_mark(c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            c => c,
        })
        .collect();
    for (from, to) in [('ى', 'ي'), ('ه', 'ة')] {
        if s.ends_with(from) && s.chars().count() > 2 {
            s.pop();
            s.push(to);
        }
    }
    s
}

/// `word` without up to two of the clitics و ف ب ل, when what is left is in `set`.
fn stem_in<'w>(word: &'w str, set: &[&str]) -> Option<&'w str> {
    let mut w = word;
    for _ in 0..3 {
        if set.contains(&w) {
            return Some(w);
        }
        w = w.strip_prefix(['و', 'ف', 'ب', 'ل'])?;
    }
    None
}

/// Words of a death followed by its count: `مقتل 3`, `استشهاد ثلاثة`, `قتل خمسة`, `وفاة طفلين`.
const DEATH_WORDS: [&str; 5] = ["مقتل", "استشهاد", "وفاة", "مصرع", "قتل"];
/// `لقي N مصرعهم` / `لقي N حتفهم`: the count comes between the verb and its object.
const MET_DEATH: [&str; 3] = ["لقي", "لقيت", "لقوا"];
/// The dead, counted before: `5 قتلى`, `ثلاثة شهداء` (folded: قتلى is قتلي).
const THE_DEAD: [&str; 6] = ["قتلي", "قتيلا", "قتيل", "شهداء", "شهيدا", "شهيد"];
/// Two dead without a number: `سقوط قتيلين`.
const TWO_DEAD: [&str; 4] = ["قتيلين", "قتيلان", "شهيدين", "شهيدان"];
/// What makes a number thousands or millions (`خمسمئة ألف`, `62 ألفا`): a war's or a campaign's
/// dead, never one happening's toll.
const THOUSANDS: [&str; 7] = ["الف", "الفا", "الاف", "الفين", "مليون", "ملايين", "مليونا"];
/// Nouns naming one victim.
const ONE_VICTIM: [&str; 11] =
    ["شخص", "مدني", "طفل", "طفلة", "جندي", "عنصر", "امراة", "رجل", "شاب", "مواطن", "مقاتل"];
/// Duals naming two victims whose unvowelled form is no plural (`مدنيين` is both, `مدنيان` only
/// the dual).
const TWO_VICTIMS: [&str; 16] = [
    "شخصين",
    "شخصان",
    "طفلين",
    "طفلان",
    "طفلتين",
    "جنديين",
    "جنديان",
    "عنصرين",
    "عنصران",
    "مدنيان",
    "امراتين",
    "امراتان",
    "رجلين",
    "رجلان",
    "شابين",
    "شابان",
];
/// What a count may follow, for ACLED's figure: the lower bound or the estimate given.
const HEDGES: [&[&str]; 8] = [
    &["ما", "لا", "يقل", "عن"],
    &["ما", "يزيد", "عن"],
    &["ما", "يزيد", "علي"],
    &["اكثر", "من"],
    &["نحو"],
    &["حوالي"],
    &["قرابة"],
    &["زهاء"],
];

/// The toll stated at word `i`, when a death word stands there.
fn toll_at(words: &[Word<'_>], i: usize) -> Option<u32> {
    let w = words[i].folded.as_str();
    if stem_in(w, &DEATH_WORDS).is_some() {
        return count_after(words, i + 1).map(|(n, _)| n);
    }
    if stem_in(w, &MET_DEATH).is_some() {
        // The count, then (within a few words) مصرعهم / حتفهم.
        let (n, end) = count_after(words, i + 1)?;
        let sealed = words[end..].iter().take(4).any(|x| {
            let x = x.folded.trim_start_matches('و');
            x.starts_with("مصرع") || x.starts_with("حتف")
        });
        return sealed.then_some(n);
    }
    if TWO_DEAD.contains(&w) {
        return Some(2);
    }
    // `سقوط قتيل`: one dead.
    if (w == "قتيل" || w == "شهيد") && i > 0 && stem_in(&words[i - 1].folded, &["سقوط", "سقط"]).is_some()
    {
        return Some(1);
    }
    // `5 قتلى`, `ثلاثة شهداء`, `7 أشخاص قتلوا`: read where the number starts.
    let (n, end) = number(words, i)?;
    let at = |k: usize| words.get(k).map(|x| x.folded.as_str());
    let dead = at(end).is_some_and(|x| THE_DEAD.contains(&x))
        || (at(end) == Some("اشخاص") && at(end + 1) == Some("قتلوا"));
    dead.then_some(n)
}

/// The count stated from word `i` on (a hedge, then a number, a dual or one victim), with the
/// index of the word after it.
fn count_after(words: &[Word<'_>], mut i: usize) -> Option<(u32, usize)> {
    if let Some(hedge) = HEDGES
        .iter()
        .find(|h| words.len() >= i + h.len() && h.iter().zip(&words[i..]).all(|(h, w)| w.folded == *h))
    {
        i += hedge.len();
    }
    if let Some((n, end)) = number(words, i) {
        return (!words.get(end).is_some_and(|x| THOUSANDS.contains(&x.folded.as_str()))).then_some((n, end));
    }
    let w = words.get(i)?;
    let folded = w.folded.as_str();
    if TWO_VICTIMS.contains(&folded) || TWO_DEAD.contains(&folded) || written_dual(w.raw) {
        return Some((2, i + 1));
    }
    // `مقتل أحد عناصر`: one of them.
    if ONE_VICTIM.contains(&folded) || folded == "احد" || folded == "احدي" {
        return Some((1, i + 1));
    }
    None
}

/// A noun vowelled as a dual (`مدنيَّين`, `مسلحَين`): fatha before the final ين. Unvowelled, the
/// same letters are also the plural, whose count is not stated.
fn written_dual(raw: &str) -> bool {
    let marks: String = raw.chars().filter(|&c| c != '\u{0651}' && c != '\u{0652}').collect();
    marks.ends_with("\u{064E}ين") && marks.chars().filter(|c| c.is_alphabetic()).count() > 3
}

/// Units, in their masculine and feminine forms and the forms of the teens.
fn unit(w: &str) -> Option<u32> {
    Some(match w {
        "واحد" | "واحدة" | "احد" | "احدي" => 1,
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "اثنا" | "اثني" | "اثنتا" | "اثنتي" => {
            2
        }
        "ثلاثة" | "ثلاث" => 3,
        "اربعة" | "اربع" => 4,
        "خمسة" | "خمس" => 5,
        "ستة" | "ست" => 6,
        "سبعة" | "سبع" => 7,
        "ثمانية" | "ثماني" | "ثمان" => 8,
        "تسعة" | "تسع" => 9,
        "عشرة" | "عشر" => 10,
        _ => return None,
    })
}

/// Tens (`عشرون` / `عشرين` …).
fn tens(w: &str) -> Option<u32> {
    const TENS: [(&str, u32); 8] = [
        ("عشر", 20),
        ("ثلاث", 30),
        ("اربع", 40),
        ("خمس", 50),
        ("ست", 60),
        ("سبع", 70),
        ("ثمان", 80),
        ("تسع", 90),
    ];
    let stem = w.strip_suffix("ون").or_else(|| w.strip_suffix("ين"))?;
    TENS.iter().find(|(s, _)| *s == stem).map(|(_, n)| *n)
}

/// Hundreds written as one word (`مئة`, `مائتين`, `ثلاثمئة`).
fn hundreds(w: &str) -> Option<u32> {
    let w = w.replace("مائ", "مئ").replace("ماي", "مئ");
    match w.as_str() {
        "مئة" => Some(100),
        "مئتان" | "مئتين" | "مئتا" | "مئتي" => Some(200),
        _ => {
            let u = w.strip_suffix("مئة").and_then(unit).filter(|u| (3..=9).contains(u))?;
            Some(u * 100)
        }
    }
}

/// A number written from word `i`: digits, or words (`خمسة`, `اثنا عشر`, `خمسة وعشرين`,
/// `مئة وخمسين`, `ثلاث مئة`), with the index of the word after it. `عشرات` and `مئات` are no
/// number.
fn number(words: &[Word<'_>], i: usize) -> Option<(u32, usize)> {
    let w = words.get(i)?.folded.as_str();
    if w.len() <= 5 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok().filter(|&n| n > 0).map(|n| (n, i + 1));
    }
    let at = |k: usize| words.get(k).map(|x| x.folded.as_str());
    let (mut n, mut end) = if let Some(h) = hundreds(w) {
        (h, i + 1)
    } else if let Some(u) = unit(w).filter(|&u| u > 2 && at(i + 1).and_then(hundreds) == Some(100)) {
        (u * 100, i + 2)
    } else {
        return below_hundred(words, i);
    };
    // `مئة وخمسون`, `ثلاثمئة وخمسة وعشرين`: the rest follows و.
    if let Some(rest) = at(end).and_then(|x| x.strip_prefix('و')) {
        let mut tail: Vec<Word<'_>> = vec![Word { raw: "", folded: rest.to_string() }];
        tail.extend(words[end + 1..].iter().take(2).cloned());
        if let Some((m, used)) = below_hundred(&tail, 0) {
            n += m;
            end += used;
        }
    }
    Some((n, end))
}

/// A number from 1 to 99 in words from word `i`, with the index of the word after it.
fn below_hundred(words: &[Word<'_>], i: usize) -> Option<(u32, usize)> {
    let w = words.get(i)?.folded.as_str();
    let at = |k: usize| words.get(k).map(|x| x.folded.as_str());
    if let Some(t) = tens(w) {
        return Some((t, i + 1));
    }
    let u = unit(w)?;
    if u < 10 && matches!(at(i + 1), Some("عشر" | "عشرة")) {
        return Some((10 + u, i + 2));
    }
    if let Some(t) = at(i + 1).and_then(|x| x.strip_prefix('و')).and_then(tens) {
        if u < 10 {
            return Some((u + t, i + 2));
        }
    }
    Some((u, i + 1))
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

    /// Tolls in words, as most Arabic outlets write those under ten.
    #[test]
    fn counts_in_words() {
        let kafranbel = "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي يوم الخميس بالمدفعية الثقيلة، ما أدى إلى مقتل ثلاثة مدنيين.";
        assert_eq!(f(kafranbel), Some(3));
        assert_eq!(f("وقال المرصد إنه قتل ثمانية مدنيين في قصف على بلدة في ريف حماة"), Some(8));
        assert_eq!(f("وأسفرت الغارة عن مقتل سبعة اشخاص بينهم طفلان"), Some(7));
        assert_eq!(f("قتل 5 مدنيين في غارة على معرة النعمان"), Some(5));
        assert_eq!(f("قُتل خمسة مدنيين بقصف مدفعي"), Some(5));
        assert_eq!(f("لقي 4 أشخاص مصرعهم في انفجار سيارة مفخخة"), Some(4));
        assert_eq!(f("ولقي ثلاثة عناصر من الشرطة حتفهم في الهجوم"), Some(3));
        assert_eq!(f("أسفر التفجير عن سقوط ستة قتلى"), Some(6));
        assert_eq!(f("سقوط اثني عشر قتيلاً في الغارة"), Some(12));
        assert_eq!(f("مقتل إحدى عشرة امرأة في القصف"), Some(11));
        assert_eq!(f("مقتل خمسة وعشرين شخصا في الانفجار"), Some(25));
        assert_eq!(f("ارتفع عدد القتلى إلى مئة وخمسين قتيلا في الهجوم"), Some(150));
        assert_eq!(f("مقتل ثلاثمائة مدني في الغارة"), Some(300));
        assert_eq!(f("مقتل أربعين مدنيا بينهم أطفال"), Some(40));
        assert_eq!(f("أدى الانفجار إلى مقتل ما لا يقل عن عشرة أشخاص"), Some(10));
        assert_eq!(f("مقتل أكثر من 20 شخصا في الغارات"), Some(20));
        // The dual, and one victim.
        assert_eq!(f("أدى القصف إلى مقتل شخصين وإصابة آخرين"), Some(2));
        assert_eq!(f("أدى القصف إلى مقتل مدنيَّين"), Some(2));
        assert_eq!(f("لقي مدنيان مصرعهما في القصف"), Some(2));
        assert_eq!(f("سقوط قتيلين في اشتباكات"), Some(2));
        assert_eq!(f("سقوط قتيل وثلاثة جرحى"), Some(1));
        assert_eq!(f("مقتل أحد عناصر الشرطة في هجوم لحزب العمال الكردستاني"), Some(1));
        assert_eq!(f("مقتل طفل بقصف على ريف إدلب"), Some(1));
    }

    #[test]
    fn vague_or_absent_counts() {
        // `مدنيين` unvowelled is a plural as well as a dual: no count.
        assert_eq!(f("أدى القصف إلى مقتل مدنيين"), None);
        assert_eq!(f("مقتل عشرات المدنيين في الغارات"), None);
        assert_eq!(f("سقوط مئات القتلى والجرحى"), None);
        assert_eq!(f("مقتل وإصابة 10 أشخاص"), None);
        assert_eq!(f("لقي ثلاثة أشخاص إصابات بالغة"), None, "no مصرع: not a death");
        assert_eq!(f("أصيب ثلاثة مدنيين بجروح"), None);
        assert_eq!(f("قتل الجنود في المعركة"), None);
        assert_eq!(f("مقتل 20 مدنيا في ثلاثة أيام من القصف"), None, "a period in words");
        // A war's dead, in thousands.
        assert_eq!(f("أولها مقتل خمسمئة ألف مواطن سوري وتدمير عدد من المدن"), None);
        assert_eq!(f("في المقابل، قتل أكثر من 62 ألفا من مقاتلي الفصائل"), None);
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
            "ووثق المرصد السوري لحقوق الإنسان خلال هذه الفترة مقتل نحو 50 مدنيا في قذائف الفصائل على دمشق",
            "وخلال نفس الفترة قتل 50 مدنيا في دمشق بسبب القذائف الصاروخية",
            "سجل أطباء 492 هجوما بحلول نهاية ديسمبر 2017 مما أدى إلى مصرع 847 شخصا من العاملين في المجال الطبي",
            "وقتل 568 شخصا على الأقل في الهجمات الجوية على الغوطة الشرقية في الأيام التسعة الماضية",
            "حيث لقي أكثر من 400 شخص مصرعهم جراء قصف للنظام خلال حملة التصعيد الأخيرة",
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
