//! `clean`, one table per rule (Lucene's one-test-per-rule on real words,
//! in aho-corasick's table form). Every case also checks that each cleaned
//! word maps back to what it was cleaned from.

use marsad_text::clean;

use crate::util::assert_maps_back;

/// One case: a name, what the outlet wrote, what `clean` must give.
struct Case {
    name: &'static str,
    input: &'static str,
    clean: &'static str,
}

macro_rules! t {
    ($name:expr, $input:expr, $clean:expr) => {
        Case { name: $name, input: $input, clean: $clean }
    };
}

/// Cases whose output equals their input.
macro_rules! same {
    ($name:expr, $input:expr) => {
        Case { name: $name, input: $input, clean: $input }
    };
}

const BASICS: &[Case] = &[
    same!("plain sentence", "قصفت الطائرات الروسية ريف إدلب الجنوبي"),
    same!("punctuation kept", "بين تركيا ودمشق، ام تصفية الفصائل؟"),
    same!("quotes kept", "فلسفة «اتفاقية أضنة» الموقعة عام 1998"),
    t!("several rules at once", "سَيَّرت القوات دوريـ.ـات ٣ مرات", "سيرت القوات دوريات 3 مرات"),
];

const HARAKAT: &[Case] = &[
    t!("shadda", "سوريّة", "سورية"),
    t!("full vowels", "مَوَاقِعَ", "مواقع"),
    t!("tanween", "عنصراً", "عنصرا"),
    t!("dagger alef", "هٰذا", "هذا"),
    t!("sukun and kasra", "الرِّقة", "الرقة"),
];

const TATWEEL: &[Case] = &[
    t!("stretched word", "وأفــاد", "وأفاد"),
    t!("long stretch", "بلـــــــــغ", "بلغ"),
    t!("after a clitic before a letter", "لـتنظيم", "لتنظيم"),
    t!("twice in one word", "تـوقيـف", "توقيف"),
];

const OBFUSCATION: &[Case] = &[
    t!("seed 000 patrols", "دوريـ.ـات روسية", "دوريات روسية"),
    t!("seed 000 occupied", "المناطق المحـ.ـتلة..هل", "المناطق المحتلة..هل"),
    t!("seed 000 revival", "هي أحـ.ـياء مـ.ـسار", "هي أحياء مسار"),
    t!("seed 000 normalisation", "مسار التـ.ـطبيع بين", "مسار التطبيع بين"),
    t!("seed 000 factions", "ام تصـ.ـفية الفـ.ـصائل؟", "ام تصفية الفصائل؟"),
    t!("hyphen", "المحـ-ـتلة", "المحتلة"),
    t!("underscore", "المحـ_ـتلة", "المحتلة"),
    t!("asterisk", "المحـ*ـتلة", "المحتلة"),
    t!("space", "المحـ ـتلة", "المحتلة"),
    t!("tatweel on one side", "المحـ.تلة", "المحتلة"),
    t!("two breaks", "الاحـ.ـتـ.ـلال", "الاحتلال"),
    t!("zero-width space inside", "المحـ\u{200B}.ـتلة", "المحتلة"),
];

const INVISIBLE: &[Case] = &[
    t!("zero-width space", "الجي\u{200B}ش", "الجيش"),
    t!("zwnj", "الجي\u{200C}ش", "الجيش"),
    t!("rlm and lrm", "\u{200F}دمشق\u{200E}", "دمشق"),
    t!("bidi embedding", "\u{202B}حلب\u{202C}", "حلب"),
    t!("soft hyphen", "الفصا\u{00AD}ئل", "الفصائل"),
    t!("bom", "\u{FEFF}حماة", "حماة"),
];

const DIGITS: &[Case] = &[
    t!("arabic-indic year", "عام ٢٠١٥", "عام 2015"),
    t!("persian digits", "سال ۱۴۰۳", "سال 1403"),
    t!("glued to waw", "و١٠٠", "و100"),
    t!("decimal separator", "٢٫٥ مليون", "2.5 مليون"),
    t!("after a name", "جنيف٣", "جنيف3"),
];

const PRESENTATION: &[Case] = &[
    t!("contextual forms", "ﺍﻟﺠﻴﺶ", "الجيش"),
    t!("lam-alef ligature", "وﻻترى", "ولاترى"),
    t!("mixed forms in a word", "إدﻟب", "إدلب"),
    t!("farsi yeh form stays persian", "ﻣﻟﯾون", "ملیون"),
    t!("allah ligature", "ﷲ", "الله"),
];

const HAMZA: &[Case] = &[
    t!("alef + hamza above", "ا\u{0654}نقرة", "أنقرة"),
    t!("alef + hamza below", "ا\u{0655}دلب", "إدلب"),
    t!("alef + madda", "ا\u{0653}لاف", "آلاف"),
    t!("waw + hamza", "مسو\u{0654}ول", "مسؤول"),
    t!("yeh + hamza", "ري\u{0654}يس", "رئيس"),
    same!("seats kept", "أنقرة إدلب آلاف مسؤول مسئول رئيس هيئة"),
];

const ARABIZI: &[Case] = &[
    t!("7 for hah", "ال7رب", "الحرب"),
    t!("3 for ain", "الم3ارضة", "المعارضة"),
    t!("l for alef", "الlحتلال", "الاحتلال"),
    t!("I for alef", "الIسد", "الاسد"),
    t!("o for heh", "الجoاد", "الجهاد"),
    t!("final o for teh marbuta", "الدوريo هنا", "الدورية هنا"),
];

/// What must not change: real punctuation and spelling the outlet chose.
const KEEP: &[Case] = &[
    same!("hyphen between words", "العلاقات التركية-الروسية"),
    same!("hyphenated code", "منظومة إس-400"),
    same!("disease name", "كوفيد-19"),
    same!("agency initials", "(أ.ف.ب)"),
    same!("title", "د. أحمد"),
    same!("decimal", "2.5 مليون"),
    same!("clitic before number", "الـ20"),
    same!("clitic before quote", "كـ \"محاكاة\""),
    same!("clitic before quote 2", "لـ \"روزنة\""),
    same!("clitic before curly quote", "بـ “المنشرة”"),
    same!("clitic before latin", "لـCNN،"),
    same!("tatweel as dash", "حميميم ـ أرشيف"),
    same!("tatweel typo before space", "إرهابياـ ونحن"),
    same!("hijri abbreviation", "1445 هـ الموافق"),
    same!("clitic hyphen", "بـ-قضية"),
    same!("latin road code", "طريق M4 الدولي"),
    same!("m5 in quotes", "“m5″"),
    same!("domain", "العربية.نت"),
    same!("ellipsis", "مذكرات غيتس.. وما"),
    same!("ta marbuta and alef maqsura", "مستشفى المدينة"),
    same!("persian letters", "پ چ ژ گ ک ی"),
    same!("year glued to era letter", "بين 1596 و1608م"),
    same!("number glued to noun", "تتألف من54عنصرا"),
    same!("single digit after teh marbuta", "الساعة7مساء"),
    same!("conjunction + digit", "و3آلاف"),
];

const NON_ARABIC: &[Case] = &[
    same!("empty", ""),
    same!("english", "Lavrov met Çavuşoğlu in Sochi, Dec. 29."),
    same!("whitespace", " \n\t "),
    same!("emoji", "🇸🇾 ❤"),
    t!("english with zero-width", "Ala\u{200B}ppo", "Alappo"),
];

fn run(group: &str, cases: &[Case]) {
    for case in cases {
        let cleaned = clean(case.input);
        assert_eq!(cleaned.text, case.clean, "{group}/{}: clean({:?})", case.name, case.input);
        assert_maps_back(case.name, case.input, &cleaned);
        assert_eq!(clean(&cleaned.text).text, cleaned.text, "{group}/{}: idempotent", case.name);
    }
}

macro_rules! group_test {
    ($test:ident, $group:ident) => {
        #[test]
        fn $test() {
            run(stringify!($group), $group);
        }
    };
}

group_test!(basics, BASICS);
group_test!(harakat, HARAKAT);
group_test!(tatweel, TATWEEL);
group_test!(obfuscation, OBFUSCATION);
group_test!(invisible, INVISIBLE);
group_test!(digits, DIGITS);
group_test!(presentation, PRESENTATION);
group_test!(hamza, HAMZA);
group_test!(arabizi, ARABIZI);
group_test!(keep, KEEP);
group_test!(non_arabic, NON_ARABIC);

#[test]
fn seed_000_title_reports_its_seven_words() {
    let title = "دوريـ.ـات روسية في المناطق المحـ.ـتلة..هل هي أحـ.ـياء مـ.ـسار التـ.ـطبيع بين تركيا ودمشق، ام تصـ.ـفية الفـ.ـصائل؟";
    let cleaned = clean(title);
    let report: Vec<(&str, &str)> =
        cleaned.deobfuscated.iter().map(|d| (d.raw.as_str(), d.clean.as_str())).collect();
    assert_eq!(
        report,
        [
            ("دوريـ.ـات", "دوريات"),
            ("المحـ.ـتلة", "المحتلة"),
            ("أحـ.ـياء", "أحياء"),
            ("مـ.ـسار", "مسار"),
            ("التـ.ـطبيع", "التطبيع"),
            ("تصـ.ـفية", "تصفية"),
            ("الفـ.ـصائل", "الفصائل"),
        ]
    );
    for d in &cleaned.deobfuscated {
        assert_eq!(&title[d.original.start..d.original.end], d.raw);
        assert_eq!(&cleaned.text[d.span.start..d.span.end], d.clean);
        assert_eq!(cleaned.span_to_original(d.span), d.original);
    }
}
