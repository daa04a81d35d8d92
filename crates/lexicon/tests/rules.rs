//! One table of real sentences per disambiguation rule, each going both ways.
//!
//! Sentences come from the seed articles (`shared/corpus/seeds`) and from
//! Syrian news phrasing in `shared/corpus/real` (not the real-gold set).

mod common;

use common::{lexicon, run, Case};

const CLITICS: &[Case] = &[
    t!(
        "li-sdf",
        "وتريد قوات سوريا الديمقراطية الوصول إلى اتفاق مع روسيا، وقد اضطرت لقسد إلى التراجع",
        ["SDF", "RUS"],
        ["SYR"]
    ),
    t!("wa-al-rus", "وأكد الأتراك والروس استمرار التنسيق", ["TUR", "RUS"], []),
    t!("bi-al-bab", "انتشار عناصر الفصائل بالباب ومحيطها", ["place:al-bab"], []),
    t!("lil-elided", "وجهت انتقادات للقوات التركية وللجيش التركي", ["TUR-MIL"], ["TUR"]),
    t!("not-inside-a-word", "قالت المصادر إن السوريالية مدرسة فنية", [], ["SYR"]),
];

const COMMON_WORD: &[Case] = &[
    t!(
        "al-bab-with-city",
        "بانتشار فصائل الاحتلال التركي وهم يحملون قنابل يدوية في مدينة الباب",
        ["place:al-bab", "SNA"],
        []
    ),
    t!("al-bab-with-other-place", "وصل الرتل إلى معبر أبو الزندين قرب الباب", ["place:al-bab"], []),
    t!("al-bab-the-door", "وهذا الاتفاق يفتح الباب أمام عودة العلاقات بين البلدين", [], ["place:al-bab"]),
    t!("al-rai-door-to-word", "وأكد الراعي الرسمي للمؤتمر التزامه", [], ["place:al-rai"]),
];

const METONYM: &[Case] = &[
    t!("capital-acting", "بيد أن موسكو ترفض الأمر وتصر على تسليم كامل المدينة", ["RUS"], ["place:moscow"]),
    t!(
        "capital-as-venue",
        "جاء ذلك في أعقاب محادثات مع نظيره التركي مولود جاويش أوغلو في موسكو",
        ["place:moscow"],
        ["RUS"]
    ),
    t!(
        "capital-both-of-them",
        "ويشير المحللون إلى أنّ كل من أنقرة وموسكو تبحث عن متنفس",
        ["TUR", "RUS"],
        ["place:ankara", "place:moscow"]
    ),
    t!(
        "capital-of-iraq",
        "الاجتماع الدوري بين الوفدين ستستضيفه العاصمة العراقية بغداد",
        ["place:baghdad", "IRQ"],
        []
    ),
    // real/bulk (bulk0687): the capital set off by commas after the capital word.
    t!("capital-apposed", "وسمع دوي انفجارات عدة في العاصمة السورية، دمشق.", ["place:damascus"], ["SYR-GOV"]),
    // real/bulk (bulk1158): a comma with no capital word before it keeps the government.
    t!(
        "capital-after-comma-acting",
        "لكن في نفس الوقت، موسكو مقتنعة بأنها غير قادرة على تغطية الميدان في حال إخراج إيران من سوريا",
        ["RUS"],
        ["place:moscow"]
    ),
    t!(
        "damascus-in-a-road",
        "افتتاح طريق m5 حلب-دمشق أمام الحركة",
        ["place:damascus", "place:aleppo", "place:m5"],
        ["SYR-GOV"]
    ),
    t!(
        "damascus-conditions",
        "حيث اشترطت دمشق من قبل على تركيا بتسليم جميع الفصائل",
        ["SYR-GOV", "TUR"],
        ["place:damascus"]
    ),
];

// real/bulk (bulk1780): a monitor's name holds a state's nisba that is no state.
const MONITOR: &[Case] = &[t!(
    "snhr-not-syria",
    "وثقت الشبكة السورية لحقوق الإنسان في تقريرها الدوري عن حصيلة ضحايا التعذيب لشهر يوليو الفائت",
    ["SNHR"],
    ["SYR"]
)];

// real/bulk: the Élysée as the presidency speaking, and as a venue.
const ELYSEE: &[Case] = &[
    t!(
        "elysee-announces",
        "تنفيذ قرار وقف إطلاق النار في سوريا، وفق ما أعلنه الإليزيه.",
        ["FRA-GOV"],
        ["place:elysee"]
    ),
    t!(
        "elysee-venue",
        "واستقبل ماكرون وفدا من قوات سوريا الديمقراطية في الإليزيه",
        ["place:elysee"],
        ["FRA-GOV"]
    ),
];

// real/bulk: bare الفرات is the river; the operation and the zone keep their own names.
const EUPHRATES: &[Case] = &[
    t!("river", "ويمر فوق نهر صغير متفرع من الفرات", ["place:euphrates"], []),
    t!(
        "operation-is-not-the-river",
        "موقفنا واضح منذ بداية عملية غصن الزيتون ودرع الفرات",
        [],
        ["place:euphrates"]
    ),
    t!(
        "zone-is-not-the-river",
        "على غرار الإدارة التي شكلناها في منطقة درع الفرات",
        ["place:euphrates-shield-zone"],
        ["place:euphrates"]
    ),
];

const GOVERNORATE: &[Case] = &[
    t!(
        "listed-after-governorate",
        "بعد حملة عسكرية استهدفت الشريط الحدودي بين محافظتي الرقة والحسكة",
        ["place:raqqa-governorate", "place:hasakah-governorate"],
        ["place:al-hasakah"]
    ),
    t!(
        "container",
        "سيطرت الفصائل على منبج في حلب",
        ["place:manbij", "place:aleppo-governorate"],
        ["place:aleppo"]
    ),
    t!("city-itself", "وصلت التعزيزات إلى مدينة حلب", ["place:aleppo"], ["place:aleppo-governorate"]),
    t!(
        "discourse",
        "في محافظة اللاذقية. وقالت المصادر إن اللاذقية تشهد هدوءاً",
        ["place:latakia-governorate"],
        ["place:latakia"]
    ),
    // real/bulk: an alias that says it is the city (`مدينة حمص`) stays the city.
    t!(
        "city-alias-after-countryside",
        "وتقع القريتين في ريف حمص الشرقي، وتؤوي عددا كبيرا من النازحين من معظم مناطق مدينة حمص",
        ["place:homs-governorate", "place:homs", "place:al-qaryatayn"],
        []
    ),
    // seeds 004: a capital inside a zone's name is where the zone lies, not marked as the city
    // (as inside a road's name); the countryside named before makes it the governorate.
    t!(
        "zone-name-after-countryside",
        "ووصل الرتل إلى بلدة الترنبة بريف إدلب الشرقي، ضمن منطقة خفض التصعيد في إدلب",
        ["place:idlib-governorate", "place:tarnaba", "place:idlib-de-escalation-zone"],
        ["place:idlib"]
    ),
];

const SAME_NAME: &[Case] = &[
    t!(
        "context-aleppo",
        "قصفت قوات النظام بلدة صوران في ريف حلب الشمالي",
        ["place:suran-163913"],
        ["place:suran"]
    ),
    t!("population-default", "قصفت قوات النظام بلدة صوران", ["place:suran"], ["place:suran-163913"]),
];

const TITLES: &[Case] = &[
    t!(
        "title-with-holder",
        "والتقى وزير الخارجية التركي هاكان فيدان بالرئيس الروسي",
        ["person:hakan-fidan", "RUS-GOV"],
        ["TUR-GOV"]
    ),
    t!(
        "title-without-holder",
        "وأكد وزير الخارجية التركي خلال المؤتمر الصحافي",
        ["TUR-GOV"],
        ["person:hakan-fidan", "person:mevlut-cavusoglu"]
    ),
];

const SHORT_FORMS: &[Case] = &[
    t!(
        "surname-after-full-name",
        "وقال العقيد عبد الرحمن الحلاق إن ... وأضاف الحلاق أن الدوريات",
        ["person:abdulrahman-al-hallaq"],
        []
    ),
    t!("surname-alone-is-a-word", "افتتح الحلاق محله في السوق", [], ["person:abdulrahman-al-hallaq"]),
    t!("al-qaeda-base", "وصلت التعزيزات إلى القاعدة الروسية في حميميم", ["place:hmeimim"], ["AQ"]),
    // real/bulk: `التنظيم` after the Islamic State is named is the Islamic State.
    t!(
        "the-organisation-after-isis",
        "أعلن العراق أن القيادي في تنظيم \"داعش\" صدام الجمل تم القبض عليه مع قياديين آخرين في التنظيم الإرهابي",
        ["ISIS"],
        ["AQ"]
    ),
    // Alone, `التنظيم` is a word (organisation, order), no actor.
    t!("the-organisation-alone", "وتعاني الفصائل من نقص الخبرات وضعف التنظيم", [], ["ISIS", "AQ"]),
];

/// A short form two actors share is the one named last before it.
#[test]
fn shared_short_form_is_the_actor_named_last_before_it() {
    let text = "وقال المرصد إن تنظيم الدولة الإسلامية انسحب من القرية. وكان تنظيم القاعدة قد أعلن أن \
                التنظيم سيرد، فيما هاجم داعش البلدة وقال التنظيم إنه سيطر عليها";
    let mentions = common::lexicon().find(text);
    let shorts: Vec<(&str, &str)> = mentions
        .iter()
        .filter(|m| m.text == "التنظيم")
        .map(|m| (m.entity_id.as_str(), m.rule.as_str()))
        .collect();
    assert_eq!(shorts.len(), 2, "{mentions:?}");
    assert_eq!(shorts[0].0, "AQ", "after تنظيم القاعدة: {mentions:?}");
    assert_eq!(shorts[1].0, "ISIS", "after داعش: {mentions:?}");
    assert!(shorts.iter().all(|(_, rule)| rule.contains("short")), "{shorts:?}");
}

/// real/bulk: `الحزب` is the party named last before it (the PKK, not
/// Hezbollah named earlier); `الوحدات` is the YPG.
#[test]
fn the_party_and_the_units_are_the_ones_named_before() {
    let cases = [
        (
            "وقاتل حزب الله في القصير. وكان سلاح الجو التركي شن غارات على القواعد الخلفية لحزب العمال الكردستاني في \
             شمال العراق. واعتبر الحزب هذا القصف عدوانا",
            "الحزب",
            "PKK",
        ),
        (
            "وأعلن مسلحو وحدات حماية الشعب الأكراد المسؤولية عن إسقاط المروحية. ونقل موقع كردي عن المتحدث باسم \
             الوحدات قوله",
            "الوحدات",
            "YPG",
        ),
    ];
    for (text, short, id) in cases {
        let mentions = common::lexicon().find(text);
        let m = mentions.iter().find(|m| m.text == short).unwrap_or_else(|| panic!("{short}: {mentions:?}"));
        assert_eq!(m.entity_id, id, "{mentions:?}");
    }
}

/// With no actor listing it named before, a short form is the one named
/// nearest after it: a headline's `التنظيم`, named in full in the body.
#[test]
fn shared_short_form_in_a_headline_is_the_actor_named_next() {
    let text =
        "التنظيم يتبنى الهجوم على الحاجز\nوقال تنظيم القاعدة في بيان إنه نفذ الهجوم. وكان تنظيم الدولة \
                الإسلامية قد هاجم الحاجز نفسه العام الماضي";
    let mentions = common::lexicon().find(text);
    let first = mentions.iter().find(|m| m.text == "التنظيم").unwrap_or_else(|| panic!("{mentions:?}"));
    assert_eq!(first.entity_id, "AQ", "{mentions:?}");
}

const NESTED: &[Case] = &[
    t!("road-names-cities", "على طريق حلب - اللاذقية إم 4", ["place:m4", "place:aleppo", "place:latakia"], []),
    t!(
        "governorate-alias-is-one-place",
        "في ريف محافظة حلب الشمالي",
        ["place:aleppo-governorate"],
        ["place:aleppo"]
    ),
    t!("person-inside-organ", "دعم موسكو نظام الرئيس بشار الأسد", ["SYR-GOV", "person:bashar-al-assad"], []),
    t!("no-country-inside-group", "قوات سوريا الديمقراطية", ["SDF"], ["SYR"]),
];

const COORDINATION: &[Case] = &[
    t!(
        "organ-then-adjective",
        "جرى اجتماع بين المخابرات التركية والروسية في مدينة سراقب",
        ["TUR-INT", "RUS-INT", "place:saraqib"],
        []
    ),
    t!(
        "indefinite",
        "مع تسجيل وصول تعزيزات روسية وسورية لمنطقة عين عيسى",
        ["RUS-MIL", "SYR-MIL", "place:ayn-isa"],
        []
    ),
    t!("plain-adjectives", "ضم كل من الوفد التركي والروسي والإيراني", ["TUR", "RUS", "IRN"], []),
];

const OUTLETS: &[Case] = &[
    t!("agency-is-a-source", "وقالت وكالة الأنباء السورية إن الهدوء عاد", [], ["SYR"]),
    // A monitoring group named in the text is an NGO actor, and its adjective is not Syria.
    t!("observatory-is-an-ngo", "وثق المرصد السوري لحقوق الإنسان مقتل ثلاثة", ["SOHR"], ["SYR"]),
    t!(
        "observatory-short-after-full",
        "وقال المرصد السوري لحقوق الإنسان إن ... وأضاف المرصد أن القصف استمر",
        ["SOHR"],
        []
    ),
    t!("observatory-short-alone", "وأضاف المرصد أن القصف استمر", [], ["SOHR"]),
];

const DATELINE: &[Case] = &[
    // real/000_cnnar.txt
    t!(
        "city-and-country-locate-the-report",
        "دمشق، سوريا (CNN) -- أكدت جهات معارضة أن فصائل مسلحة",
        ["place:damascus"],
        ["SYR", "SYR-GOV"]
    ),
    // real/095_cnnar.txt: the dateline country does not count, the president after it does.
    t!(
        "country-in-the-dateline-only",
        "دبي، الإمارات العربية المتحدة (CNN) – اعتبر الرئيس السوري، بشار الأسد، أن الاتفاق الروسي-التركي بشأن إدلب مؤقت",
        ["place:dubai", "person:bashar-al-assad", "RUS", "TUR"],
        ["ARE"]
    ),
    // The same dateline after a headline: its line starts after the line break.
    t!(
        "country-in-a-dateline-after-a-headline",
        "الأسد يعتبر الاتفاق بشأن إدلب مؤقتا\nدبي، الإمارات العربية المتحدة (CNN) – اعتبر الرئيس السوري، بشار الأسد، أن الاتفاق مؤقت",
        ["place:dubai", "person:bashar-al-assad"],
        ["ARE"]
    ),
    // The same shape mid-text is no dateline: the country acts.
    t!(
        "country-after-a-comma-in-text",
        "وفي الوقت نفسه، أعلنت تركيا، الأحد، أن قواتها (بدعم من الفصائل) دخلت المدينة",
        ["TUR"],
        []
    ),
];

const EMPTY_AND_LATIN: &[Case] = &[
    t!("empty", "", [], []),
    t!("latin-road", "the M4 highway near Saraqib", ["place:m4"], []),
    t!("latin-in-word", "the M45 road", [], ["place:m4"]),
];

#[test]
fn clitics() {
    run(CLITICS);
}
#[test]
fn common_word() {
    run(COMMON_WORD);
}
#[test]
fn metonym() {
    run(METONYM);
}
#[test]
fn governorate() {
    run(GOVERNORATE);
}
#[test]
fn same_name() {
    run(SAME_NAME);
}
#[test]
fn titles() {
    run(TITLES);
}
#[test]
fn short_forms() {
    run(SHORT_FORMS);
}
#[test]
fn nested() {
    run(NESTED);
}
#[test]
fn coordination() {
    run(COORDINATION);
}
#[test]
fn outlets() {
    run(OUTLETS);
}
#[test]
fn elysee_metonym() {
    run(ELYSEE);
}

#[test]
fn monitor_name() {
    run(MONITOR);
}

#[test]
fn euphrates() {
    run(EUPHRATES);
}

#[test]
fn dateline() {
    run(DATELINE);
}

#[test]
fn empty_and_latin() {
    run(EMPTY_AND_LATIN);
}

#[test]
fn spans_exclude_clitics() {
    let text = "وهاجمت تركيا مواقع لقسد";
    let m = lexicon().find(text);
    let sdf = m.iter().find(|m| m.entity_id == "SDF").expect("SDF found");
    assert_eq!(sdf.text, "قسد");
    assert_eq!(&text[sdf.span.start..sdf.span.end], "قسد");
    assert_eq!(sdf.span.start, text.find("قسد").unwrap());
}

/// Rule "metonym" keeps the city a capital names when it reads it as the government
/// (`Mention::metonym_city`), so an act done to the capital can still be placed there; a
/// capital read as the city, or a plain actor name, carries none. Sentences from real/bulk.
#[test]
fn a_capital_read_as_its_government_keeps_its_city() {
    let lex = lexicon();
    let m = lex.find("وردت الفصائل باستهداف دمشق، موقعة أكثر من 20 مدنيا.");
    let gov = m.iter().find(|m| m.entity_id == "SYR-GOV").expect("دمشق read as the government");
    assert_eq!(gov.metonym_city(), Some("place:damascus"), "{}", gov.rule);
    let m = lex.find("جاء ذلك في أعقاب محادثات مع نظيره التركي مولود جاويش أوغلو في موسكو");
    assert!(m.iter().all(|m| m.metonym_city().is_none()), "{m:?}");
    let m = lex.find("وأكد الأتراك والروس استمرار التنسيق");
    assert!(m.iter().all(|m| m.metonym_city().is_none()), "{m:?}");
}

#[test]
fn entities_of_groups_mentions_in_order() {
    let lex = lexicon();
    let m = lex.find("قالت روسيا إن الروس لن ينسحبوا من حميميم");
    let e = lex.entities_of(&m);
    assert_eq!(e[0].0.id, "RUS");
    assert_eq!(e[0].1, ["روسيا", "الروس"]);
    assert_eq!(e[1].0.id, "place:hmeimim");
    assert!(e[1].0.lat.is_some());
}

/// Rule "countryside" (`data/places/cues.toml`, `[countryside]`): `ريف X` with X a governorate
/// capital is the governorate, its mention from `ريف` to the directions after the name; the
/// countryside of a town and `ريف` before no place name leave the names as they were.
/// Sentences from real/bulk.
#[test]
fn countryside_is_the_governorate() {
    // (sentence, places found with their mention text, ids not found)
    type Row = (&'static str, &'static [(&'static str, &'static str)], &'static [&'static str]);
    let cases: &[Row] = &[
        (
            "وقتل الخميس، أيضا وفق المرصد، 8 مدنيين بينهم 3 أطفال في قصف للتحالف الدولي استهدف قرية في ريف دير الزور الشرقي.",
            &[("place:deir-ez-zor-governorate", "ريف دير الزور الشرقي")],
            &["place:deir-ez-zor"],
        ),
        (
            "قتل وجرح عدد من المدنيين في ريف اللاذقية الشمالي وريف إدلب الغربي بجسر الشغور بقصف مدفعي مكثف لقوات النظام السوري",
            &[
                ("place:latakia-governorate", "ريف اللاذقية الشمالي"),
                ("place:idlib-governorate", "ريف إدلب الغربي"),
                ("place:jisr-ash-shughur", "جسر الشغور"),
            ],
            &["place:latakia", "place:idlib"],
        ),
        // The dual: the second name, listed after a governorate, is one too (rule "governorate").
        (
            "أكدت مصادر في قوات النظام السوري، مساء الأحد، تعرض مواقع عسكرية في ريفي حماة وحلب لقصف صاروخي",
            &[("place:hama-governorate", "ريفي حماة"), ("place:aleppo-governorate", "حلب")],
            &["place:hamah", "place:aleppo"],
        ),
        // Rif Dimashq is a governorate by its own name; its direction stays in the mention.
        (
            "ومطار الضمير بريف دمشق، كما سمع دوي انفجارين في منطقة الكسورة بريف دمشق الغربي",
            &[("place:rif-dimashq-governorate", "ريف دمشق"), ("place:rif-dimashq-governorate", "ريف دمشق الغربي")],
            &["place:damascus", "place:damascus-governorate"],
        ),
        (
            "وقال المرصد إن الغارات التي استهدفت حيا سكنيا في بلدة زردنا بريف محافظة ادلب اسفرت عن إصابة 50 شخصا",
            &[("place:idlib-governorate", "ريف محافظة ادلب")],
            &["place:idlib"],
        ),
        // Not the countryside of the governorate: the city's own outskirts, a town's countryside.
        (
            "وقال المرصد إن الانفجارات وقعت في منطقة معامل الدفاع في ريف مدينة حماة، ونجمت عن قصف صاروخي استهدفها.",
            &[("place:hamah", "حماة")],
            &["place:hama-governorate"],
        ),
        (
            "على محاور في الريف الشمالي الغربي لعفرين وفي ريف عفرين الشمالي",
            &[("place:afrin", "عفرين")],
            &["place:aleppo-governorate"],
        ),
        // `ريف` as a common noun, no place name after it.
        ("وأوضح أن ارتفاع الحصيلة ناتج عن العثور على المزيد من جثث القتلى في قرى طالتها هجمات التنظيم في ريف المحافظة الشرقي", &[], &[]),
    ];
    let lex = lexicon();
    for (text, want, absent) in cases {
        let found = lex.find(text);
        let places: Vec<(&str, &str)> = found
            .iter()
            .filter(|m| m.entity_id.starts_with("place:"))
            .map(|m| (m.entity_id.as_str(), &text[m.span.start..m.span.end]))
            .collect();
        for w in *want {
            assert!(places.contains(w), "expected {w:?} in {places:?}\ntext: {text}");
        }
        for a in *absent {
            assert!(places.iter().all(|(id, _)| id != a), "did not expect {a} in {places:?}\ntext: {text}");
        }
        if want.is_empty() {
            assert!(places.is_empty(), "{places:?}\ntext: {text}");
        }
    }
}
