//! Names of actors and places as Syrian news writes them, each in a real sentence.
//!
//! One row per name added to `data/actors` or `data/places`: the sentence (from
//! `shared/corpus/real/bulk`, never from the real-gold set) must yield the id, and
//! the rows that go the other way show where a look-alike must not.

mod common;

use common::{run, Case};

const GROUPS: &[Case] = &[
    t!(
        "police-dual",
        "تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية",
        ["TUR-POL", "PKK"],
        ["TUR-MIL"]
    ),
    t!(
        "police-dual-nominative",
        "وأصيب شرطيان تركيان بجراح، جراء تعرضهما لهجوم بقنابل مصنعة يدويا",
        ["TUR-POL"],
        []
    ),
    t!("soldiers-dual", "مقتل جنديين تركيين في هجوم لمسلحي حزب العمال الكردستاني", ["TUR-MIL", "PKK"], []),
    t!("tanks-indefinite", "قصفت دبابات تركية الخميس مواقع لتنظيم داعش في سوريا", ["TUR-MIL", "ISIS"], ["TUR"]),
    t!("tanks-definite", "ان الدبابات التركية قصفت قرية تسيطر عليها القوات الكردية", ["TUR-MIL"], ["TUR"]),
    t!("helicopters", "ووفقا للتقارير الأميركية، شوهدت مروحيات سورية فوق المنطقة المستهدفة", ["SYR-MIL"], ["SYR"]),
    t!("warplanes", "واصلت مقاتلات حربية تركية أمس، هجومها على مواقع تنظيم \"داعش\" في سورية", ["TUR-MIL"], ["TUR"]),
    t!(
        "fighter-jets",
        "أن الطائرات المقاتلة التركية قصفت بالصواريخ مقرين عامين ونقطة تموين لمسلحي داعش",
        ["TUR-MIL"],
        ["TUR"]
    ),
    // Missiles are as often what is shot down as what strikes: their side, not its army.
    t!(
        "missiles-not-the-army",
        "من أن الدفاعات الروسية سوف تسقط الصواريخ الأمريكية وتستهدف مواقع إطلاقها",
        ["USA"],
        ["USA-MIL"]
    ),
    t!(
        "division-30",
        "بيانا صادرا عن الفرقة 30 جاء فيه استنكرت قيادة الفرقة 30 قيام عناصر تابعة لجبهة النصرة بخطف العقيد نديم الحسن",
        ["FSA-DIVISION-30", "HTS"],
        []
    ),
    t!("division-300-is-not-30", "وصلت تعزيزات من الفرقة 300 إلى المنطقة", [], ["FSA-DIVISION-30"]),
    t!(
        "jamwa",
        "حتى بعد انضمام \"جيش المهاجرين والأنصار\" إلى صفوف \"جبهة النصرة\" في سبتمبر/ أيلول 2015",
        ["JAMWA", "HTS"],
        []
    ),
    t!(
        "kurdish-red-crescent",
        "وأكد الهلال الأحمر الكردي من جهته إصابة المستشفى في الغارة",
        ["KURDISH-RED-CRESCENT"],
        ["SARC"]
    ),
    t!(
        "taliban",
        "من خلال قتالهم إلى جانب حركة طالبان أو تنظيم القاعدة في باكستان وأفغانستان",
        ["TALIBAN", "AQ"],
        []
    ),
    t!(
        "plo",
        "أن يعلن عن إغلاق مكتب منظمة التحرير الفلسطينية في واشنطن",
        ["PLO"],
        ["PSE"]
    ),
    t!(
        "jaysh-khalid-ibn",
        "سقط خلاله نحو 170 من مقاتلي الحر و31 من عناصر جيش خالد ابن الوليد",
        ["ISIS-KHALID"],
        []
    ),
    t!(
        "coalition-as-itilaf",
        "تتناوب طائرات الائتلاف الدولي والجيش السوري على التحليق",
        ["COALITION"],
        ["SOC"]
    ),
    t!(
        "ncb-tansiqiya",
        "التوقيع على مذكرة تفاهم بين الائتلاف والهيئة التنسيقية",
        ["NCB"],
        []
    ),
    t!(
        "shabiha",
        "لكنه استطاع استمالة ما لا يزيد على 120 شخصا من الشبيحة المعروفين",
        ["SYR-MIL"],
        []
    ),
    t!(
        "kurdish-forces",
        "وتقع تل أبيض قرب الحدود السورية التركية، وخسرها التنظيم إثر معارك مع القوات الكردية وفصائل صغيرة من المعارضة السورية",
        ["YPG", "place:tall-abyad"],
        []
    ),
    t!(
        "kurdish-groups",
        "وتقاتل تركيا الجماعات الكردية في الأراضي السورية القريبة من حدودها",
        ["YPG", "TUR"],
        []
    ),
    // Kurdish politicians are not the armed force.
    t!("kurdish-leaders", "وقالت قيادات كردية إن الاجتماع انتهى دون اتفاق", [], ["YPG"]),
    t!(
        "un-envoy",
        "وشدد المبعوث الأممي على ضرورة ضمان إجلاء المدنيين إلى المناطق القريبة",
        ["UN"],
        []
    ),
    t!(
        "un-envoy-dawli",
        "نحن كنا قد وافقنا على الورقة التي تقدم بها المبعوث الدولي وعلى وقف إطلاق النار",
        ["UN"],
        []
    ),
    // A state's envoy is that state's, not the UN's.
    t!("us-envoy", "وقال المبعوث الأمريكي إن بلاده لن تنسحب", ["USA"], ["UN"]),
    t!(
        "warplanes-indefinite",
        "وأضاف أن العملية أعقبت غارات جوية نفذتها مقاتلات تركية ضد تنظيم داعش في سوريا",
        ["TUR-MIL", "ISIS"],
        []
    ),
    t!(
        "military-official",
        "ذكرت وكالات أنباء روسية نقلا عن مسؤول عسكري روسي قوله إن قوات الحكومة السورية سيطرت على دوما",
        ["RUS-MIL", "SYR-MIL"],
        []
    ),
    t!(
        "police-indefinite",
        "تنتشر في مدينة دوما منذ مطلع الأسبوع الماضي شرطة روسية",
        ["RUS-POL"],
        ["RUS-MP"]
    ),
    // The longer organ wins: military police.
    t!("military-police-indefinite", "وانتشرت شرطة عسكرية روسية في البلدة", ["RUS-MP"], ["RUS-POL"]),
    t!(
        "opposition-faction-singular",
        "وقال المسؤول السياسي في الفصيل المعارض محمد علوش إن الخبر كذب",
        ["OPP-FACTIONS", "person:mohammed-alloush"],
        []
    ),
    t!(
        "opposition-faction-indefinite",
        "كانت تحت سيطرة فصيل معارض بارز هو فصيل شباب السنة",
        ["OPP-FACTIONS"],
        []
    ),
    t!(
        "fighting-factions-indefinite",
        "خان شيخون في محافظة إدلب الواقعة بالكامل تحت سيطرة فصائل مقاتلة",
        ["OPP-FACTIONS", "place:khan-shaykhun"],
        []
    ),
    t!(
        "sna-pro-ankara",
        "وقتل 252 من الفصائل السورية الموالية لأنقرة مقابل 281 من المقاتلين الأكراد خلال المعارك والغارات",
        ["SNA", "YPG"],
        ["OPP-FACTIONS"]
    ),
];

const PEOPLE: &[Case] = &[
    t!(
        "nauert",
        "وقالت المتحدثة باسم الخارجية الأميركية، هيذر ناورت، للصحفيين",
        ["person:heather-nauert"],
        []
    ),
    t!(
        "mogherini",
        "وكانت وزيرة خارجية الاتحاد الأوروبي فيدريكا موغيريني أقرت مؤخرا",
        ["person:federica-mogherini", "EU"],
        []
    ),
    t!(
        "skripal",
        "قضية تسميم الجاسوس الروسي السابق سيرغي سكريبال وابنته يوليا",
        ["person:sergei-skripal"],
        []
    ),
    t!(
        "jumblatt",
        "هاجم زعيم الطائفة الدرزية في لبنان وليد جنبلاط النظام السوري",
        ["person:walid-jumblatt"],
        []
    ),
    t!(
        "demirtas",
        "شقيق زعيم حزب الشعوب الكردي في تركيا، صلاح الدين دميرتاش",
        ["person:selahattin-demirtas"],
        []
    ),
    t!(
        "jabawi",
        "وقال إبراهيم الجباوي الناطق الرسمي باسم غرفة العمليات المركزية",
        ["person:ibrahim-al-jabawi"],
        []
    ),
    t!(
        "moumtzis",
        "وقال منسق الأمم المتحدة الإقليمي لشؤون الإغاثة في الأزمة السورية، بانوس مومتزيس",
        ["person:panos-moumtzis", "UN"],
        []
    ),
    t!(
        "bayraqdar",
        "وقال المتحدث باسم جيش الاسلام حمزة بيرقدار",
        ["person:hamza-bayraqdar", "JAYSH-AL-ISLAM"],
        []
    ),
    t!(
        "ocalan",
        "للمطالبة بإطلاق سراح زعيم حزب العمال الكردستاني عبد الله أوجلان المسجون في تركيا",
        ["person:abdullah-ocalan", "PKK"],
        []
    ),
    t!(
        "maliki-in-full",
        "رئيس الوزراء العراقي نوري المالكي والرئيس بشار الأسد حيث كرر المالكي بأنه لن يسمح",
        ["person:nouri-al-maliki"],
        []
    ),
    // المالكي is a common family name: alone it names no one.
    t!("maliki-alone", "وقال المالكي إن الاجتماع انتهى", [], ["person:nouri-al-maliki"]),
    t!("brunson-spelling", "ونفى برانسون الاتهامات ووصفها بأنها مخزية", ["person:andrew-brunson"], []),
    t!(
        "haley-spelling",
        "وكررت المندوبة الأميركية في الأمم المتحدة، نيكي هالي، هذا التحذير",
        ["person:nikki-haley"],
        []
    ),
    t!(
        "cavusoglu-spelling",
        "شدد وزير الخارجية التركي، مولود شاويش أوغلو، على ضرورة اللجوء للحل السياسي",
        ["person:mevlut-cavusoglu"],
        []
    ),
    t!("abbas", "التحركات الديبلوماسية للرئيس الفلسطيني محمود عباس", ["person:mahmoud-abbas"], []),
    t!(
        "darar",
        "وكان الرئيس المشترك لمجلس سوريا الديمقراطية رياض درار قال، الجمعة، لوكالة فرانس برس",
        ["person:riad-darar", "SDC"],
        []
    ),
    t!(
        "bakhtiar-dogan",
        "واكد المسؤول الاعلامي للجناح العسكري لحزب العمال الكردستاني بختيار دوغان قصف الطائرات التركية لمواقعنا",
        ["person:bakhtiar-dogan", "PKK"],
        []
    ),
    t!(
        "muhaysini",
        "كما دعا عبد الله المحيسني، المقرب من «جبهة النصرة» ومن «القاعدة» لإبادة العلويين",
        ["person:abdullah-al-muhaysini"],
        []
    ),
    t!(
        "aldar-khalil",
        "وهاجم القيادي الكردي آلدار خليل أنقرة بسبب العملية العسكرية",
        ["person:aldar-khalil"],
        []
    ),
    t!(
        "hevi-mustafa",
        "وقالت هيفي مصطفى إن المدنيين الباقين في عفرين يواجهون تهديدات",
        ["person:hevi-mustafa"],
        []
    ),
    t!(
        "ghadri-marwa",
        "ونواب الرئيس كل من هشام مروة ومصطفى أوسو ونغم غادري",
        ["person:hisham-marwa", "person:nagham-al-ghadri"],
        []
    ),
    t!(
        "dalwan",
        "وقال مدير مكتبه السياسي ياسر دلوان لوكالة الأنباء الفرنسية",
        ["person:yasser-dalwan"],
        []
    ),
    t!(
        "jamal-maarouf",
        "ألحقت الهزيمة بجبهة ثوار سوريا بقيادة جمال معروف",
        ["person:jamal-maarouf"],
        []
    ),
    t!(
        "nadim-al-hassan",
        "خطف عناصر من جبهة النصرة قائد الفرقة 30 العقيد المنشق نديم الحسن برفقة سبعة عناصر",
        ["person:nadim-al-hassan", "FSA-DIVISION-30"],
        []
    ),
    t!(
        "nouri-mahmoud",
        "لكن نوري محمود، المتحدث باسم وحدات حماية الشعب، أكد أنه ليس هناك اتفاق",
        ["person:nouri-mahmoud", "YPG"],
        []
    ),
    // حسكة inside the spokesman's name is no place.
    t!(
        "brusk-haseke",
        "ونقل موقع كردي عن بروسك حسكة المتحدث باسم الوحدات قوله إن تحطم الطائرة أسفر عن مقتل 16 عسكريا",
        ["person:brusk-haseke"],
        ["place:al-hasakah"]
    ),
];

const PLACES: &[Case] = &[
    t!(
        "muscat",
        "فقد التقى وزير الخارجية السوري نظيره العماني في مسقط الخميس لبحث الأزمة",
        ["place:muscat"],
        []
    ),
    t!(
        "saint-petersburg",
        "وقال بعد محادثات مع المستشار النمساوي سيباستيان كورتز في سان بطرسبرغ، إن الاتفاق يجري تنفيذه",
        ["place:saint-petersburg"],
        []
    ),
    t!("fa-inna-is-no-town", "فإن القوات الأمريكية ستبقى في سوريا", [], ["place:van"]),
    t!(
        "suruc",
        "الاعتداء الانتحاري الذي استهدف أمس مدينة سوروتش التركية المجاورة للحدود مع سورية",
        ["place:suruc"],
        []
    ),
    t!("suruc-spelling", "الأرجح أن تنظيم داعش هو وراء التفجير في بلدة سروج", ["place:suruc"], []),
    t!(
        "qandil",
        "واحدة بقيت في جبال قنديل في العراق والثانية تراجعت إلى سوريا",
        ["place:qandil-mountains"],
        []
    ),
    t!(
        "kafraya-fuah",
        "ويقيم في كفريا والفوعة نحو 20 ألف شخص، معظمهم مدنيون",
        ["place:kafraya", "place:al-fuah"],
        []
    ),
    t!(
        "kafr-battikh",
        "القصف الجوي على قرية كفر بطيخ وقع قرب مدرسة أثناء خروج التلاميذ منها",
        ["place:kafr-battikh"],
        []
    ),
    t!(
        "mayer-evidenced",
        "وقصفت قوات النظام مناطق في قريتي معرستي وماير بريف حلب الشمالي",
        ["place:mayer"],
        []
    ),
    // ماير is also a surname (Meyer): alone it is no place.
    t!("mayer-surname", "وقال الباحث ماير إن التقرير صدر أمس", [], ["place:mayer"]),
    t!("mudayra-evidenced", "إذ سيطرت على بلدة مديرا التي تتوسط الأجزاء الثلاثة", ["place:mudayra"], []),
    // مديرا is also "as a director".
    t!("mudayra-a-director", "وهو يعمل حاليا مديرا لشؤون الأبحاث", [], ["place:mudayra"]),
    t!(
        "bab-touma",
        "قصف المعارضة على أحياء جرمانة والقصاع وباب توما والعباسيين أسفر عن مقتل ثلاثة أشخاص",
        ["place:bab-touma"],
        []
    ),
    t!("beit-jinn", "بينما قصفت قوات النظام مناطق في بلدة بيت جن بريف دمشق الغربي", ["place:beit-jinn"], []),
    t!(
        "qasr-al-buraij",
        "قتلوا في قصف لطيران النظام السوري بالبراميل المتفجرة لمناطق في قرية قصر البريج في ريف حلب",
        ["place:qasr-al-buraij"],
        []
    ),
    t!("handarat", "في محيط قريتي حندرات وباشكوي بريف حلب الشمالي", ["place:handarat"], []),
    t!("khan-al-shih", "في بساتين مخيم خان الشيح بالغوطة الغربية", ["place:khan-al-shih"], []),
    t!(
        "shaddadi",
        "قبل أن يلقى حتفه في غارة للتحالف عام 2015 في الشدادي بمحافظة الحسكة",
        ["place:al-shaddadi"],
        []
    ),
    t!(
        "incirlik-spelling",
        "وأكد نائب رئيس الوزراء التركي أن قاعدة إنجيرليك لم تستخدم في شن الضربات على سوريا",
        ["place:incirlik"],
        []
    ),
    t!("kilis-spelling", "بدأت السلطات المحلية في كيليس تبدي تعاطفها", ["place:kilis"], []),
    t!(
        "jabal-al-summaq",
        "وحتى للمسلمين الدروز في منطقة جبل السماق ( 18 قرية) بمحافظة إدلب",
        ["place:jabal-al-summaq"],
        []
    ),
    t!(
        "karak-sharqi",
        "ومن أبرز تلك البلدات داعل وإبطع والغارية الغربية والغارية الشرقية والكرك الشرقي",
        ["place:al-karak-al-sharqi"],
        []
    ),
    t!("wadi-barada", "ويقطعها وادي بردى عند خانق الربوة", ["place:wadi-barada"], []),
    t!(
        "tall-abyad-article",
        "سكان الرقة ومنبج وتل الأبيض الواقعة قرب الحدود التركية",
        ["place:tall-abyad", "place:manbij"],
        []
    ),
    t!(
        "jaber-is-nasib",
        "في المنطقة الحرة السورية الأردنية قرب معبر جابر (نصيب على الجانب السوري)",
        ["place:nasib-crossing"],
        []
    ),
    t!("t4-no-article", "وحول الهجوم على مطار تيفور", ["place:t4-airbase"], []),
    t!(
        "kafr-lusin",
        "واجتاز الرتل العسكري معبر كفر لوسين في ريف إدلب شمالي سوريا على الحدود مع تركيا",
        ["place:kafr-lusin-crossing"],
        []
    ),
    t!(
        "kafr-lusin-one-word",
        "الذي دخل إلى الأراضي السورية من معبر كفرلوسين باتجاه محافظة إدلب",
        ["place:kafr-lusin-crossing"],
        []
    ),
    t!(
        "northern-iraq",
        "ينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق حيث يتمركزون منذ سنوات",
        ["place:northern-iraq", "TUR-MIL"],
        []
    ),
];

#[test]
fn groups() {
    run(GROUPS);
}

#[test]
fn people() {
    run(PEOPLE);
}

#[test]
fn places() {
    run(PLACES);
}
