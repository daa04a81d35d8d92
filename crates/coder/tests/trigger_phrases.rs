//! Table test of the shipped trigger data (`data/triggers/*.toml`): real
//! sentences from `shared/corpus/real/` (outside real-gold) and
//! `real/bulk/syria_relevant_bulk.jsonl` that must be coded as a given PLOVER
//! type (and mode), and near-misses — the same words in another sense — that
//! must not be.
//!
//! Each sentence is run through the coder with the actor and place names it
//! contains (the small lexicon below), as the pipeline would give them.

use std::path::Path;

use marsad_coder::{Coder, Input};
use marsad_model::{DateValue, EntityKind, Event, Mention, Span};

/// Names used by the sentences below: surface, id, kind.
const LEXICON: &[(&str, &str, EntityKind)] = &[
    ("قوات النظام السوري", "SYR-MIL", EntityKind::StateOrgan),
    ("القوات الحكومية", "SYR-MIL", EntityKind::StateOrgan),
    ("قوات النظام", "SYR-MIL", EntityKind::StateOrgan),
    ("القوات التركية", "TUR-MIL", EntityKind::StateOrgan),
    ("القوات الإيرانية", "IRN-MIL", EntityKind::StateOrgan),
    ("الجيش التركي", "TUR-MIL", EntityKind::StateOrgan),
    ("الجيش السوري", "SYR-MIL", EntityKind::StateOrgan),
    ("الجيش الإسرائيلي", "ISR-MIL", EntityKind::StateOrgan),
    ("الحكومة التركية", "TUR-GOV", EntityKind::StateOrgan),
    ("الحكومة السورية", "SYR-GOV", EntityKind::StateOrgan),
    ("الطيران الأمريكي", "USA-MIL", EntityKind::StateOrgan),
    ("قوات الأسد", "SYR-MIL", EntityKind::StateOrgan),
    ("الجيش الحر", "FSA", EntityKind::ArmedGroup),
    ("النظام السوري", "SYR-GOV", EntityKind::StateOrgan),
    ("نظام الحكم بدمشق", "SYR-GOV", EntityKind::StateOrgan),
    ("نظام بشار الأسد", "SYR-GOV", EntityKind::StateOrgan),
    ("بشار الأسد", "person:bashar-al-assad", EntityKind::Person),
    ("نتانياهو", "person:benjamin-netanyahu", EntityKind::Person),
    ("فاليري غيراسيموف", "person:valery-gerasimov", EntityKind::Person),
    ("ترامب", "person:donald-trump", EntityKind::Person),
    ("بوتين", "person:vladimir-putin", EntityKind::Person),
    ("إيمانويل ماكرون", "person:emmanuel-macron", EntityKind::Person),
    ("الرئيس الفرنسي", "person:emmanuel-macron", EntityKind::Person),
    ("أحمد الطعمة", "person:ahmad-tumeh", EntityKind::Person),
    ("ترمب", "person:donald-trump", EntityKind::Person),
    ("مجلس الأمن الدولي", "UNSC", EntityKind::InternationalOrg),
    ("الولايات المتحدة", "USA", EntityKind::Country),
    ("الأمم المتحدة", "UN", EntityKind::InternationalOrg),
    ("جيش الإسلام", "JAYSH-AL-ISLAM", EntityKind::ArmedGroup),
    ("فيلق الرحمن", "FAYLAQ-RAHMAN", EntityKind::ArmedGroup),
    ("هيئة تحرير الشام", "HTS", EntityKind::ArmedGroup),
    ("جبهة النصرة", "HTS", EntityKind::ArmedGroup),
    ("داعش", "ISIS", EntityKind::ArmedGroup),
    ("المعارضة", "OPP-FACTIONS", EntityKind::ArmedGroup),
    ("الشرطة", "POLICE", EntityKind::StateOrgan),
    ("إسرائيل", "ISR", EntityKind::Country),
    ("تل أبيب", "ISR", EntityKind::Country),
    ("بريطانيا", "GBR", EntityKind::Country),
    ("فرنسا", "FRA", EntityKind::Country),
    ("الجيش الفرنسي", "FRA-MIL", EntityKind::StateOrgan),
    ("السعودية", "SAU", EntityKind::Country),
    ("روسيا", "RUS", EntityKind::Country),
    ("موسكو", "RUS", EntityKind::Country),
    ("لندن", "GBR", EntityKind::Country),
    ("أردوغان", "person:recep-tayyip-erdogan", EntityKind::Person),
    ("الغرب", "WEST", EntityKind::Collective),
    ("واشنطن", "USA", EntityKind::Country),
    ("طهران", "IRN", EntityKind::Country),
    ("تركيا", "TUR", EntityKind::Country),
    ("وحدات حماية الشعب الكردية", "YPG", EntityKind::ArmedGroup),
    ("أنقرة", "TUR", EntityKind::Country),
    ("إيران", "IRN", EntityKind::Country),
    ("سوريا", "SYR", EntityKind::Country),
    ("سورية", "SYR", EntityKind::Country),
    // As data/actors/states.toml has it (an alias of IRQ).
    ("الحشد الشعبي", "IRQ", EntityKind::Country),
    ("الغوطة الشرقية", "place:eastern-ghouta", EntityKind::Place),
    ("غوطة دمشق الشرقية", "place:eastern-ghouta", EntityKind::Place),
    ("مدينة دوما", "place:douma", EntityKind::Place),
    ("منطقة دوما", "place:douma", EntityKind::Place),
    ("دوما", "place:douma", EntityKind::Place),
    ("جرابلس", "place:jarabulus", EntityKind::Place),
    ("بلدة جنديرس", "place:jandairis", EntityKind::Place),
    ("حرستا", "place:harasta", EntityKind::Place),
    ("الجولان", "place:golan", EntityKind::Place),
    ("إدلب", "place:idlib", EntityKind::Place),
    ("قوات سوريا الديمقراطية", "SDF", EntityKind::ArmedGroup),
    ("عفرين", "place:afrin", EntityKind::Place),
    ("مجلس منبج العسكري", "MMC", EntityKind::ArmedGroup),
    ("الشرطة العسكرية التركية", "TUR-MP", EntityKind::StateOrgan),
    ("الشرطة العسكرية الروسية", "RUS-MP", EntityKind::StateOrgan),
    ("ماكرون", "person:emmanuel-macron", EntityKind::Person),
    ("الحزب الديمقراطي الكردستاني الإيراني", "KDPI", EntityKind::ArmedGroup),
    ("القوات الأمريكية", "USA-MIL", EntityKind::StateOrgan),
    ("حزب العمال الكردستاني", "PKK", EntityKind::ArmedGroup),
    ("النظام", "SYR-GOV", EntityKind::StateOrgan),
    ("مايك بومبيو", "person:mike-pompeo", EntityKind::Person),
    ("السلطات التركية", "TUR-GOV", EntityKind::StateOrgan),
    ("هيئة الأركان التركية", "TUR-MIL", EntityKind::StateOrgan),
    ("التركي", "TUR", EntityKind::Country),
    ("الأردن", "JOR", EntityKind::Country),
    ("طائرات حربية عراقية", "IRQ-MIL", EntityKind::StateOrgan),
    ("وزارة الدفاع الروسية", "RUS-MOD", EntityKind::StateOrgan),
    ("القوات السورية الحكومية", "SYR-MIL", EntityKind::StateOrgan),
    ("الخارجية الأمريكية", "USA-GOV", EntityKind::StateOrgan),
    ("الجيش العراقي", "IRQ-MIL", EntityKind::StateOrgan),
    ("السلطات العراقية", "IRQ-GOV", EntityKind::StateOrgan),
    ("الدوحة", "QAT", EntityKind::Country),
    ("القوات الكردية", "YPG", EntityKind::ArmedGroup),
    ("حركة أحرار الشام", "AHRAR", EntityKind::ArmedGroup),
    ("المرصد السوري لحقوق الإنسان", "SOHR", EntityKind::Ngo),
    ("مدينة اللاذقية", "place:latakia", EntityKind::Place),
    ("منبج", "place:manbij", EntityKind::Place),
    ("حكومة الأسد", "SYR-GOV", EntityKind::StateOrgan),
    ("حلف شمال الأطلسي", "NATO", EntityKind::InternationalOrg),
    ("البنتاغون", "USA-MIL", EntityKind::StateOrgan),
    ("طائرات التحالف الدولي", "COALITION", EntityKind::InternationalOrg),
    ("الدفاعات الجوية السورية", "SYR-MIL", EntityKind::StateOrgan),
    ("إسطنبول", "place:istanbul", EntityKind::Place),
    ("مدينة القامشلي", "place:al-qamishli", EntityKind::Place),
    ("الائتلاف الوطني لقوى الثورة والمعارضة السورية", "SOC", EntityKind::PoliticalEntity),
    ("الحكومة التركية", "TUR-GOV", EntityKind::StateOrgan),
    ("بريطانيا والولايات المتحدة وفرنسا", "WEST", EntityKind::Collective),
    ("العراق", "IRQ", EntityKind::Country),
    ("وزارة الخارجية التركية", "TUR-GOV", EntityKind::StateOrgan),
];

fn coder() -> Coder {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    Coder::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"))
}

/// Codes one sentence with the names of [`LEXICON`] found in it.
fn code(coder: &Coder, text: &str) -> Vec<Event> {
    let body = marsad_text::clean(text).text;
    let mut taken = vec![false; body.len()];
    let mut mentions = Vec::new();
    let mut lexicon: Vec<&(&str, &str, EntityKind)> = LEXICON.iter().collect();
    lexicon.sort_by_key(|(s, _, _)| std::cmp::Reverse(s.len()));
    for (surface, id, _) in lexicon {
        for (i, _) in body.match_indices(surface) {
            if taken[i..i + surface.len()].iter().any(|t| *t) {
                continue;
            }
            taken[i..i + surface.len()].iter_mut().for_each(|t| *t = true);
            mentions.push(Mention {
                entity_id: id.to_string(),
                span: Span::new(i, i + surface.len()),
                text: surface.to_string(),
                rule: "table".into(),
            });
        }
    }
    let kind_of = |id: &str| LEXICON.iter().find(|(_, x, _)| *x == id).map(|(_, _, k)| *k);
    let sentences = marsad_text::sentences(&body);
    let published = DateValue::unknown();
    let input = Input {
        body: &body,
        sentences: &sentences,
        mentions: &mentions,
        kinds: &kind_of,
        within: &|_, _| false,
        dates: &[],
        published: &published,
    };
    coder.code(&input)
}

fn show(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| format!("{}/{} ({})", e.kind.as_str(), e.mode.as_deref().unwrap_or("-"), e.rule))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Sentences that must yield an event of `type` (with `mode` when given).
const CODED: &[(&str, Option<&str>, &str)] = &[
    // وقع with a document near it signs.
    ("AGREE", None, "وقد وقعت روسيا اتفاقا مع نظام الحكم بدمشق في أغسطس 2015 يمنح الحق للقوات العسكرية الروسية باستخدام قاعدة حميميم في كل وقت من دون مقابل."),
    ("AGREE", None, "وبعد الهجوم المزعوم، توصلت سوريا وروسيا إلى صفقة إجلاء مع جماعة \"جيش الإسلام\" التي كانت مازالت متمسكة بالبقاء في دوما."),
    // A deal that provides for a withdrawal: the word after اتفاق is not read by its withdrawal refusal (TRG-agree-001).
    ("AGREE", None, "وأعلن النظام السوري، الأحد، التوصل إلى اتفاق يقضي بخروج  مقاتلي \"جيش الإسلام\" من دوما إلى جرابلس وتسوية أوضاع المتبقين، وتسليم المقاتلين أسلحتهم الثقيلة والمتوسطة للقوات الحكومية."),
    // A deal reached (TRG-agree-001 with its refusals of deals standing).
    ("AGREE", None, "وتوصلت أنقرة وموسكو إلى اتفاق بشأن شراء تركيا منظومة صواريخ إس-400 الروسية التي لا تتماشى مع منظومة الدفاع الخاصة بالحلف شمال الأطلسي."),
    // Discussed with a partner, the speaker named right after the verb (TRG-consult-003 next_past_name).
    ("CONSULT", None, "بحث الرئيس التركي رجب طيب أردوغان خلال محادثة هاتفية ليل الأربعاء مع نظيره الأمريكي دونالد ترامب الأزمة في سوريا، حسبما أعلن مصدر في الرئاسة التركية."),
    // Talks going on between two sides (TRG-consult-004; not after دخول/استبعاد only).
    ("CONSULT", None, "وتجري منذ أيام مفاوضات مباشرة حول مصير مدينة دوما بين روسيا وفصيل جيش الإسلام، الذي طالما كان الأكثر نفوذا في الغوطة الشرقية، وكانت تتركز على إيجاد صيغة تحول دون القيام بعملية إجلاء منها، كما حصل في الجيبين الآخرين في الغوطة الشرقية."),
    // A delegation's visit stays a visit (TRG-consult-006 refuses inspectors, experts, teams and missions only).
    ("CONSULT", Some("visit"), "في سياق آخر، يزور وفد من مجلس سوريا الديمقراطية، الجناح السياسي لقوات سوريا الديمقراطية المدعومة من واشنطن، دمشق للمرة الأولى، بهدف بحث مستقبل مناطق الإدارة الذاتية، وفق ما أفاد قيادي في المجلس الجمعة."),
    // صفقة near a word that tells it concluded or names its content (TRG-agree-008 with words).
    ("AGREE", None, "بدأ مقاتلون معارضون مغادرة بلدة حرستا في الغوطة الشرقية المحاصرة رفقة أفراد من أسرهم، وذلك في صفقة إجلاء أبرموها مع الحكومة السورية."),
    ("AGREE", None, "كشفت صحيفة بريطانية الجمعة عن صفقة سرية تم عقدها بين قوات سوريا الديمقراطية التحالف العربي الكردي الذي تدعمه واشنطن، وتنظيم \"الدولة الإسلامية\" تمخض عنها وقوع ثلاث عمليات لتبادل أسرى بين الطرفين منذ شباط/فبراير، شملت 200 جهاديا بينهم فرنسيون وألمان وإنكليز."),
    ("SUPPORT", None, "وقبل الاجتماع، أكدت طهران وموسكو من جديد دعمهما للنظام السوري الذي أعلن باستمرار تصميمه على استعادة السيطرة على كل الأراضي السورية."),
    ("AID", None, "وأشارت إلى أن الأمم المتحدة قدمت في يونيو الماضي مساعدات غذائية لأكثر من 400 ألف شخص في شمال غربي سوريا."),
    // Aid given by a side (برنامجا لتقديم المساعدات الإنسانية) fires; aid talked about, hoped for or found impossible is in NOT_CODED.
    ("AID", None, "ووضعت إسرائيل منذ سنوات برنامجا لتقديم المساعدات الإنسانية للسوريين عبر الحدود في منطقة الجولان."),
    ("ASSAULT", None, "وشنت الولايات المتحدة وفرنسا وبريطانيا 105 ضربات على سوريا يوم السبت الماضي ردا على هجوم كيماوي."),
    ("ASSAULT", Some("occupy"), "وكانت وسائل إعلام تركية ذكرت، الخميس، أن القوات التركية وحلفاءها من الجيش السوري الحر سيطرت على بلدة جنديرس."),
    ("ASSAULT", Some("aerial"), "وفي 23 سبتمبر، تم إسقاط مقاتلة سورية فوق الجولان بحسب الجيش الإسرائيلي."),
    ("RETREAT", Some("withdraw"), "وتصريحات ليبرمان تأتي غداة تأكيد مبعوث موسكو إلى سوريا أن القوات الإيرانية سحبت أسلحتها الثقيلة في سوريا إلى مسافة 85 كيلومترا."),
    ("RETREAT", Some("withdraw"), "وأعلن الجيش السوري السبت سيطرته بالكامل على الغوطة الشرقية بعد إجلاء آخر مقاتلي المعارضة من مدينة دوما."),
    ("THREATEN", None, "وكان التلفزيون السوري الرسمي قد نقل عن مراسله في وقت سابق إن قوات النظام السوري قد أمهلت المعارضة في حرستا ساعات لانسحاب."),
    ("THREATEN", None, "قال رئيس هيئة الأركان العامة الروسية، فاليري غيراسيموف، الثلاثاء، إن بلاده سترد في حال تعرض جنودها في سوريا للخطر."),
    ("COERCE", Some("arrest"), "وداهمت الشرطة عددًا من المقرات، بينها المقر العام لإحدى النقابات التعليمية، وألقت القبض على تسعة أشخاص."),
    ("COERCE", Some("restrict"), "قال المرصد السوري لحقوق الإنسان، يوم الثلاثاء، إن الجيش التركي منع المهجرين من منطقة دوما في غوطة دمشق الشرقية من الدخول إلى جرابلس."),
    ("MOBILIZE", Some("troops"), "في شمال سوريا، وبعد يومين من سيطرة القوات التركية على مدينة عفرين، انتشر عناصر من الشرطة العسكرية التركية في المدينة."),
    ("REJECT", None, "وقال المتحدث الرسمي لمجلس منبج العسكري: إننا في مجلس منبج العسكري، لن نقبل بوجود عسكري تركي في المدينة."),
    ("ASSAULT", None, "ودمرت الولايات المتحدة وفرنسا وبريطانيا ثلاثة أهداف مرتبطة ببرنامج الأسلحة الكيماوية في سوريا."),
    ("RETREAT", Some("withdraw"), "قالت وسائل إعلام إسرائيلية إن القوات الإيرانية قد ابتعدت عن الحدود الفاصلة بين سوريا وإسرائيل مسافة 85 كيلومترا."),
    ("RETREAT", Some("release"), "وذكرت إن المعارضة أطلقت في المقابل سراح عشرات الرهائن وقد وصلوا مساء الاثنين إلى خطوط الجيش السوري."),
    ("RETREAT", Some("withdraw"), "وقال التلفزيون السوري إن عشرات من مقاتلي المعارضة وأسرهم غادروا دوما حيث ستنقلهم 25 حافلة على الأقل."),
    ("REJECT", None, "وأيدت روسيا القرار بعد أن تسببت اعتراضاتها على صيغته السابقة في تأجيل التصويت عليه أكثر من مرة."),
    ("ACCUSE", Some("disapprove"), "واستنكر ترامب ما وصفه بالهجوم الكيماوي على الغوطة الشرقية، محذرا بأن دمشق ستدفع ثمنا باهظا."),
    ("REJECT", None, "واستخدمت روسيا، الثلاثاء، حق الفيتو في مجلس الأمن الدولي ضد مشروع قرار صاغته الولايات المتحدة."),
    ("RETREAT", Some("disarm"), "وأفادت تقارير بأن المسلحين الباقين في الغوطة الشرقية سلموا أسلحتهم الثقيلة، وبأن قائدهم غادر المنطقة إلى شمال سوريا."),
    ("ASSAULT", Some("heavy-weapons"), "وقالت صحف موالية لدمشق إن داعش استهدف بعدة قذائف هاون الأحياء المجاورة في جنوب دمشق."),
    ("SUPPORT", None, "وكانت إسرائيل التي لم تشارك في ضربات السبت وإنما أعلنت \"دعمها الكامل\" لها، قد شنت سابقا غارات جوية ضد أهداف في سوريا."),
    ("AID", None, "ونقلت الصحيفة تصريحات أدلى بها مسؤول أميركي لصحيفة وول ستريت جورنال قال فيها: لا نقوم بعمليات هجومية في سورية إلا على أهداف داعش فقط، لكننا سنقدم دعما دفاعيا لمساعدة بعض الفصائل الأخرى."),
    ("SUPPORT", Some("recognition"), "غير أن كاتس هون من شأن احتمال حدوث أي توتر بين موسكو وواشنطن، واصفا الاعتراف الأمريكي المقترح بسيادة إسرائيل على الجولان بأنه جزء من صورة فسيفسائية أكبر لسوريا."),
    ("REJECT", None, "وكان أردوغان قد صرح بأن بلاده ليست في مزاج للاستماع لاعتراضات الغرب على شرائها نظاما صاروخيا من روسيا."),
    ("THREATEN", None, "وقالت تل أبيب مرارا إنها لن تسمح بتمركز القوات الإيرانية في سوريا."),
    ("MOBILIZE", Some("troops"), "وترسل تركيا الراعية لاتفاق إدلب منذ أسابيع، قوات عسكرية وآليات إلى نقاط المراقبة التابعة لها."),
    // Strikes told with a count (عشرات الغارات) still fire where more strikes (مزيد من) do not.
    ("ASSAULT", None, "وشن تحالف تقوده الولايات المتحدة عشرات الغارات الجوية في العراق وسورية خلال الأيام القليلة الماضية، بهدف إضعاف شوكة المقاتلين الذين يسيطرون على مساحات واسعة في البلدين."),
    // A toll of civilians killed by a named strike is a killing told (TRG-assault-007), unlike killing the civilians at large.
    ("ASSAULT", None, "والجمعة قتل 43 مدنيا على الأقل بقصف للقوات التركية على مدينة عفرين، شمالي سوريا."),
    ("RETREAT", Some("withdraw"), "وبدأ مقاتلو المعارضة السبت الانسحاب من جيب كانوا يسيطرون عليه يقع شمال شرقي دمشق في منطقة القلمون الشرقي بموجب اتفاق استسلام مع النظام."),
    // Forces pulled out as announced (أعلنت … سحب آخر قواتها) fire; a pull-out wanted or to be ensured is in NOT_CODED.
    ("RETREAT", Some("withdraw"), "أعلنت وحدات حماية الشعب الكردية، الثلاثاء، سحب آخر قواتها من مدينة منبج السورية التي هددت تركيا مرارا بشن عملية عسكرية ضدها، قبل أن تتفق لاحقا مع الولايات المتحدة على \"خريطة طريق\" بشأنها."),
    // A truce declared by a side (أعلن … عن وقف لإطلاق النار) is made; one agreed on (اتفقت … على وقف إطلاق النار) is AGREE, in NOT_CODED.
    ("RETREAT", Some("ceasefire"), "وكان فصيل فيلق الرحمن أعلن الخميس عن وقف لإطلاق النار في مناطق سيطرته جنوب الغوطة لفتح المجال أمام \"مفاوضات نهائية\" للتوصل إلى حل ينهي \"المعاناة\"."),
    // Forces entering or massing; aid as training, air cover or supplies.
    ("MOBILIZE", Some("troops"), "تحشد قوات النظام السوري، منذ أيام، قرب الأحياء التي يتواجد فيها تنظيم داعش في جنوب دمشق، تمهيدا لعملية عسكرية، تمكنها من بسط سيطرتها على كامل العاصمة، وفق ما أفاد المرصد السوري لحقوق الإنسان."),
    ("MOBILIZE", Some("troops"), "دخلت قوات النظام السوري الخميس إلى أحياء يسيطر عليها مقاتلو الفصائل المعارضة في منطقة درعا البلد ورفعت العلم في الساحة العامة أمام مبنى البريد."),
    ("MOBILIZE", Some("troops"), "وأفادت تقارير نشرتها وسائل إعلام موالية للمعارضة بأن القوات الحكومية والمليشيا الداعمة لها تحتشد بمدرعاتها في منطقة قريبة."),
    ("AID", Some("military"), "إلى ذلك، قال جاويش أوغلو إن تركيا تدرب وتجهز عناصر في المعارضة السورية المعتدلة."),
    ("AID", Some("military"), "وهو ما تؤكده الولايات المتحدة التي أمدت الوحدات وحلفاءها بالأسلحة والتدريب لمساعدتهم في هزيمة تنظيم الدولة الإسلامية."),
    // An attack announced, a threat added to a statement, a resolve to use force.
    ("THREATEN", Some("violence"), "وقال مسؤولون أمريكيون اشترطوا عدم نشر اسمائهم إن الولايات المتحدة ستشن هجمات لدعم التقدم الذي أحرز ضد أهداف الدولة الإسلامية."),
    ("THREATEN", Some("violence"), "وكانت الولايات المتحدة وفرنسا وبريطانيا قد أعلنت فجر السبت عن ضربات جوية استهدفت عدة مواقع للنظام السوري، مهددين بضربات جديدة إذا تجاوز \"الخط الأحمر\"."),
    ("THREATEN", Some("violence"), "وأعلنت الولايات المتحدة وتركيا الشهر الماضي عزمهما طرد تنظيم داعش من قطاع من الأراضي في شمال سوريا قرب الحدود التركية."),
    // An operation launched; captives executed.
    ("ASSAULT", None, "وكان الجيش التركي شن عدة عمليات في سوريا كان الهدف منها إبعاد وحدات حماية الشعب الكردية من شمال سوريا."),
    ("ASSAULT", Some("targeted"), "وذكر تقرير لمنظمة العفو الدولية، العام الماضي، أن النظام السوري أعدم 13 ألف شخص، بينهم ناشطون بسجن صيدنايا."),
    // «عملية X»: the act named after عملية is coded by its own phrase, since a bare عملية without
    // مشتركة still takes the next word as its object.
    ("COERCE", Some("arrest"), "وأطلقت السلطات التركية صباح أمس عملية مداهمات واسعة في إسطنبول شارك فيها 5 آلاف شرطي بدعم من المروحيات ضد ناشطين مفترضين من تنظيم داعش، بحسب وسائل الإعلام التركية."),
    ("RETREAT", Some("withdraw"), "وقال تشاووش أوغلو إن تركيا لم تتقدم بأي طلبات بعد للحكومة السورية فيما يتعلق بمبنج، مضيفا أن أنقرة ستراقب عملية سحب الأسلحة التي زودت الولايات المتحدة وحدات حماية الشعب الكردية بها في خطوة تسببت في توتر العلاقات بين البلدين الحليفين في حلف شمال الأطلسي."),
    // Rockets fired, with the date between the verb and the weapon.
    ("ASSAULT", None, "وكانت إسرائيل قالت إن إيران أطلقت، فجر الخميس، 20 صاروخا من طرازي \"غراد\" و\"فجر\" على قواعد عسكرية إسرائيلية في مرتفعات الجولان."),
    // A sit-in, and protesters in the present.
    ("PROTEST", Some("demo"), "اعتصم نحو ألف سوري في مدينة اللاذقية معقل الرئيس السوري بشار الأسد للدعوة لإنزال العقاب بأحد أفراد عائلته الذي يتهمونه بقتل عقيد في الجيش إثر خلاف على أفضلية المرور."),
    ("PROTEST", Some("demo"), "وقال المرصد إن القافلة، التي غادرت وسط سوريا في وقت متأخر الاثنين، تنتظر حاليا الإذن بالدخول إلى منطقة الباب، التي تسيطر عليها القوات التركية ومقاتلي المعارضة المدعومين من تركيا، مضيفا أن أهالي الباب يتظاهرون للضغط على السلطات التركية للسماح بدخول من تم إجلاؤهم."),
    // Fighters or militias sent are a deployment too.
    ("MOBILIZE", Some("troops"), "كما أرسلت الدوحة عناصر قطرية للقتال إلى جانب جبهة النصرة في سوريا، ووفرت لهم السلاح."),
    // Fighters giving themselves up.
    ("RETREAT", None, "عندما سيطر الجيش العراقي على مدينة تل عفر من أيدي مسلحي تنظيم الدولة استسلم 1700 من النساء والأطفال الأجانب للسلطات العراقية."),
    // استولى on ground is an attack that takes it; on money or arms a seizure.
    ("ASSAULT", Some("occupy"), "وذكر الجيش في بيان أن القوات التركية، وحلفاءها من المعارضة السورية المسلحة، استولت على \"مناطق ذات أهمية حيوية\"، في محيط عفرين."),
    ("COERCE", Some("seize"), "أثار انشقاق أحد كبار قادة داعش في سوريا عن التنظيم الاربعاء الماضى وبرفقته عدد من انصاره بعد أن استولوا على ملايين الدولارات، وتمكنوا من الهرب إلى جهة مجهولة."),
    // A deployment whose force or weapons stand three words from the verb.
    ("MOBILIZE", Some("troops"), "تواصل القوات السورية الحكومية والميليشيات التابعة لها، لليوم الثالث على التوالي، نشر آليات ثقيلة ودبابات ومدفعية، على طول الشريط الحدودي مع الأردن، بعد أن أطبقت الحصار بشكل كامل على حي درعا البلد في مدينة درعا جنوبي سوريا."),
    // لقاء with a pronoun (لقائه folds to لقايه); a call between two.
    ("CONSULT", Some("meeting"), "وخلال لقائه بالرئيس الفرنسي، إيمانويل ماكرون، في البيت الأبيض، تحدث ترامب عن \"ترك بصمة قوية\" في سوريا لدى انسحاب قواته."),
    // A deal concluded, a settlement reached; opposition stated; calls ignored; a resignation.
    ("AGREE", None, "ومع الضغط العسكري، أبرمت روسيا وفصائل معارضة في المحافظة في السادس من تموز/يوليو اتفاق هدنة ينص على تسليم الفصائل المعارضة لسلاحها الثقيل."),
    ("AGREE", None, "سبتمبر/أيلول 2016: توصلت الولايات المتحدة وروسيا إلى تسوية لوقف العنف مؤقتاً بعد أشهر من المحادثات."),
    ("REJECT", None, "وأردوغان الذي بات يمسك بكامل الصلاحيات التنفيذية يعلن صراحة معارضته لرفع معدلات الفائدة من أجل ضبط التضخم."),
    ("REJECT", None, "تجاهلت تركيا دعوة إيران للمشاركة في القمة المقرر انعقادها."),
    ("RETREAT", Some("resign"), "وقالت المصادر إن رئيس الحكومة المؤقتة أحمد الطعمة قد يستقيل من أجل الإفساح في المجال أمام حكومة جديدة تواكب المرحلة."),
    // An arrest; blame laid on someone.
    ("COERCE", Some("arrest"), "وقال المستشار الأمني هشام الهاشمي لرويترز إن السلطات التركية ألقت القبض على إسماعيل العيثاوي في فبراير في تركيا."),
    ("ACCUSE", Some("allege"), "وحملت السلطات السورية القوات الأمريكية مسؤولية الغارة الجوية."),
    // Rockets fired.
    ("ASSAULT", None, "وكانت وزارة الدفاع الفرنسية قد أعلنت أن الجيش الفرنسي أطلق 12 صاروخا على سوريا."),
    // A vow of force; a court's sentence.
    ("THREATEN", Some("violence"), "وسبق أن تعهدت أنقرة بضرب كل من يساعد وحدات حماية الشعب الكردية، ردا على دخول قوات موالية للنظام السوري إلى عفرين."),
    ("SANCTION", Some("convict"), "وفي 2007، قضت محكمة سورية على زمار بالسجن 12 عاما بعدما أدانته بأربع تهم."),
    // Working together; a joint operation; an operation launched, its name a few words on.
    ("COOPERATE", None, "لكن وحدات حماية الشعب الكردية تتعاون مع الولايات المتحدة ضد تنظيم داعش في سوريا."),
    ("COOPERATE", None, "وقال ترامب الذي كان يتحدث في البيت الأبيض: تجري عملية عسكرية مشتركة مع فرنسا وبريطانيا."),
    ("ASSAULT", None, "وتشن تركيا منذ كانون الثاني/يناير عملية \"غصن الزيتون\" في شمال غربي سوريا ضد المقاتلين الأكراد."),
    // A call added by the participle.
    ("REQUEST", None, "وكان الأمين العام للأمم المتحدة أنطونيو غوتيريش قد وصف الأوضاع في الغوطة الشرقية بـ\"جهنم على الأرض\"، داعيا إلى وقف فوري للقتال في المنطقة."),
    // Accusations and refusals added to a statement by the participle.
    ("ACCUSE", None, "ونفى اردوغان بقوة ان تكون تركيا تساعد تنظيم داعش، متهما \"قوى سوداء\" بنشر دعاية اعلامية خاطئة حول بلاده."),
    ("REJECT", None, "ولا يزال الجهاديون يسيطرون على جيب صغير في ريف درعا الجنوبي الغربي (جنوب)، رافضين الدخول في أي اتفاق مع النظام."),
    // A heavy price promised.
    ("THREATEN", Some("violence"), "قال الرئيس الأميركي دونالد ترامب إن الرئيس السوري بشار الأسد \"سيدفع ثمنا باهظا\" للهجوم الكيماوي الذي شهدته مدينة دوما في الغوطة الشرقية مساء السبت، ونفذه النظام السوري، حسبما ذكرت تقارير."),
    // Ground retaken.
    ("ASSAULT", Some("occupy"), "استعادت قوات النظام السوري منطقة القلمون الشرقي قرب دمشق، بعد انتهاء عملية إجلاء مقاتلين ومدنيين، حسب ما أعلن الإعلام الحكومي الأربعاء، في تطور يعزز إحكام الرئيس بشار الأسد سيطرته على محيط العاصمة."),
    // House arrest.
    ("COERCE", Some("arrest"), "تعهد الرئيس الأمريكي، دونالد ترامب، الجمعة، بمواصلة الضغط على تركيا بسبب رفضها الإفراج عن القس الأمريكي أندرو برونسون، الذي تضعه أنقرة قيد الإقامة الجبرية."),
    // Two sides stated to agree (the dual participle).
    ("AGREE", None, "ذكر مسؤول اميركي كبير الاثنين أن الولايات المتحدة وتركيا متفقتان على العمل معا لتطهير شمال سوريا من تنظيم الدولة الاسلامية."),
    // A deployment refused for the future (أنقرة «لن ترسل قوات برية»): a negated plan is still coded, as dev's annotators code it; a past denial (لم يدخل) is not (TRG-mobilize-005 unless_prev has no لن).
    ("MOBILIZE", Some("troops"), "وأضاف داود أوغلو: «لا نريد أن نرى (داعش) على الحدود التركية»، لكنه أكد في الوقت ذاته أن أنقرة «لن ترسل قوات برية»."),
    // Advisers sent.
    ("AID", Some("military"), "وأرسلت طهران مستشارين عسكريين ومسلحين متطوعين، وتفيد تقارير بأنها أرسلت عناصر من فيلق القدس، وهو يد الحرس الثوري الإيراني في الخارج."),
    // Calls ignored: the refusal and the calls are both told.
    ("REJECT", None, "يناير/كانون ثاني 2018: تجاهلت تركيا دعوات من فرنسا ودول أخرى لهدنة في منطقة عفرين شمالي سوريا حيث تقاتل القوات التركية ميليشيات كردية متحالفة مع الولايات المتحدة الأمريكية، بالإضافة إلى تواصل بإطلاق النار في إدلب والغوطة الشرقية."),
    ("REQUEST", None, "يناير/كانون ثاني 2018: تجاهلت تركيا دعوات من فرنسا ودول أخرى لهدنة في منطقة عفرين شمالي سوريا حيث تقاتل القوات التركية ميليشيات كردية متحالفة مع الولايات المتحدة الأمريكية، بالإضافة إلى تواصل بإطلاق النار في إدلب والغوطة الشرقية."),
    // A trigger right before another makes it its object: شن and دخول must not swallow the attack or the aid.
    ("ASSAULT", None, "واعلن مسؤول عسكري اميركي الخميس ان تركيا سمحت للولايات المتحدة باستخدام العديد من القواعد الجوية التركية، ولا سيما قاعدة انجرليك في جنوب البلاد، في شن غارات على تنظيم الدولة الاسلامية المتطرف الذي يسيطر على مناطق واسعة في سوريا والعراق."),
    ("AID", None, "ويقول الجيش الروسي إن مسلحي المعارضة في الغوطة الشرقية وعدوا بالموافقة على السماح للمدنيين بالخروج من الغوطة الشرقية مقابل دخول المساعدات الإنسانية، بحسب ما ذكرته وكالة إنترفاكس الروسية."),
    // A guest of office received or hosted is a visit.
    ("CONSULT", Some("visit"), "استقبل الرئيس السوري بشار الأسد، الإثنين، وزير الخارجية الإيراني جواد ظريف، لبحث اجتماع القمة الثلاثية التي تضم إيران وروسيا وتركيا حول الأزمة السورية، المقررة في 7 سبتمبر/ أيلول الحالي."),
    // A commitment stated.
    // A commitment affirmed (التزام after أكد). Until session 28 this was «وأكدنا التزامنا بمحاربة داعش»,
    // coded only through the Islamic State read as a party; the side to be fought is no party now
    // (`opposed_topic`), and the sentence, naming no other, is a bare mention.
    ("AGREE", None, "وأضاف أن ماكرون \"أكد التزامه بالحوار البناء بين روسيا وفرنسا وأوروبا\"."),
    // Fighting, torture, suicide attacks, an invasion.
    ("ASSAULT", Some("firearms"), "كما هرب نحو 50 ألفا من مدينة عفرين الشمالية، حيث تقاتل تركيا وحدات حماية الشعب الكردية المدعومة من الولايات المتحدة، التي تعتبرها أنقرة منظمة إرهابية."),
    ("ASSAULT", Some("torture"), "ووفقا لناشطين يعتبر زيدان من أبرز الضباط الذين أشرفوا على تعذيب عشرات المعتقلين في سجون النظام السوري بحلب، وخاصة فرع الأمن السياسي."),
    ("ASSAULT", Some("suicide-attack"), "سيطر تنظيم داعش، الجمعة، على أجزاء من مدينة البوكمال في شرق سوريا، والمحاذية للحدود العراقية، بعد هجوم تخلله 10 عمليات انتحارية، وفق ما أفاد المرصد السوري لحقوق الإنسان."),
    ("ASSAULT", Some("occupy"), "وأعلنت قوات سوريا الديمقراطية في بيانها \"نفذت قواتنا عملية استهداف نوعية ضد مركز تجمع لجنود الغزو التركي وإرهابيي جبهة النصرة/داعش وغرفة عملياتها المباشرة، في مركز ناحية قرة خانة التابعة لولاية هاتاي التركية\"."),
    // Looting.
    ("COERCE", Some("seize"), "ذكر المرصد السوري لحقوق الإنسان أن العناصر المنتمية لفصائل سورية موالية لتركيا، وبعد سيطرتها على مدينة عفرين الأحد، بدأت بنهب ممتلكات مواطنين ومحتويات المقرات السياسية والعسكرية، والمحلات التجارية في المدينة."),
    // Standing by someone.
    ("SUPPORT", None, "قال الشيخ تميم بن حمد، أمير قطر، إن بلاده تقف إلى جانب تركيا التي وقفت بدورها إلى جانب قضايا الأمة وقطر، معلنا عن حزمة ودائع ومشاريع استثمارية بقيمة 15 مليار دولار."),
    // A speaker's own demand, urging, an appeal.
    ("REQUEST", None, "وندعو روسيا وايران اللتان تؤيدان النظام، إلى استخدام نفوذهما لمنع أي هجوم آخر\"."),
    ("REQUEST", None, "وكان رئيس الوزراء التركي بن علي يلديريم قد حض الأربعاء روسيا والولايات المتحدة على الكف \"عن شجارات الشوارع\" بشأن سوريا، قائلا \"إن الوقت حان لأن تضعا خلافاتهما جانبا لأنها تهدد بإلحاق الأذى بالمدنيين\"."),
    ("REQUEST", None, "وأطلقت الأمم المتحدة نداء لوقف واحد من أعنف الهجمات الجوية في الحرب المستمرة منذ سبع سنوات ومنع حدوث \"مذبحة\"."),
    // Leaving a treaty.
    ("SANCTION", Some("withdraw"), "بعد أن أعلن الرئيس الأميركي، دونالد ترامب، الثلاثاء انسحاب الولايات المتحدة من الاتفاق النووي الإيراني."),
    // Joining an alliance or a group's ranks.
    ("COOPERATE", None, "وفي أغسطس 1990، بلغت علاقات التقارب بين البلدين ذروتها، عندما انضمت سوريا إلى التحالف الذي قادته الولايات المتحدة ضد العراق، في أعقاب غزوها للكويت."),
    // A force named before the verb it enters with.
    ("MOBILIZE", Some("troops"), "وقال مفاوضون من المعارضة إن الشرطة العسكرية الروسية ستدخل دوما لتنفيذ الاتفاق."),
    ("MOBILIZE", Some("troops"), "قال التلفزيون السوري، الخميس، إن القوات الحكومية دخلت جنوب مدينة درعا الخاضع للمعارضة ورفعت العلم في المدينة التي شهدت مهد الاحتجاحات ضد حكم الرئيس بشار الأسد عام 2011."),
    // Arms delivered to an ally.
    ("AID", Some("military"), "أعلن وزير الدفاع الروسي سيرغي شويغو، عزم روسيا تسليم منظومة دفاع جوي متقدمة (أس 300) إلى سوريا خلال أسبوعين، بعد أسبوع من إسقاط طائرة حربية روسية فوق البحر المتوسط بطريق الخطأ أثناء هجوم جوي إسرائيلي في سوريا."),
    // An escalation of fighting.
    ("ASSAULT", None, "أدى تصعيد العمليات العسكرية في محافظة درعا جنوبي سوريا إلى نزوح أكثر من 270 ألف شخص خلال الأسبوعين الأخيرين وفقا للأمم المتحدة."),
    // Readiness to accept, or to strike.
    ("AGREE", None, "دبي، الإمارات العربية المتحدة (CNN)-- أعلن وزير الخارجية الروسي سيرغي لافروف، الجمعة، أن بلاده أن بلاده مستعدة للموافقة على مشروع قرار في مجلس الأمن الدولي بشأن هدنة إنسانية لمدة 30 يوما في سوريا \"لكن بضمانات\"، وذلك بعد إدخال تعديلات طلبتها روسيا على مشروع القرار الذي قدمته الكويت والسويد بعد تصاعد العنف في الغوطة الشرقية."),
    ("THREATEN", Some("violence"), "وقال قائد الجيش الفرنسي أيضا الأسبوع الماضي إن قواته مستعدة لضرب أهداف سورية إذا تم استخدام أسلحة كيماوية في إدلب."),
    // Forces striking targets: the verb, the verbal noun with its object.
    ("ASSAULT", None, "وفي وقت لاحق، أعلنت قيادة الحشد الشعبي في بيان أن \"طائرة أمريكية ضربت مقرا ثابتا لقطعات الحشد الشعبي من لواءي45  46و المدافعة عن الشريط الحدودي مع سوريا بصاروخين مسيرين، ما أدى إلى استشهاد22  مقاتلا وإصابة12  بجروح\"."),
    ("ASSAULT", None, "وقال المسؤول إن مقاتلات إف – 16 ضربت أهدافا في العراق وانطلقت من قاعدة جوية في إقليم ديار بكر بجنوب شرق تركيا."),
    // Homes stolen.
    ("COERCE", Some("seize"), "ألقت الشرطة العسكرية الروسية، القبض على عدداً من عناصر قوات النظام السوري في بلدة بيبلا جنوب العاصمة دمشق أثناء قيامهم بسرقة منازل وممتلكات المدنيين في البلدة."),
    // An act after عملية/عمليات (a joint-operation word) is still coded.
    ("RETREAT", Some("withdraw"), "بدأت ظهر الاثنين عملية إجلاء مقاتلين من \"جيش الاسلام\" مع أفراد من عائلاتهم من مدينة دوما آخر جيب تحت سيطرة الفصائل المعارضة في الغوطة الشرقية، وفق ما أوردت وكالة الأنباء السورية الرسمية سانا."),
    ("ASSAULT", Some("heavy-weapons"), "ومن أجل تحقيق هدفها سريعا، تنفذ تركيا عمليات قصف جوي ومدفعي عشوائي طالت مئات المدنيين الذين استغاث من تبق منهم بالعالم، من أجل حمايتهم أو التوسط لدى السلطات التركية للسماح بمغادرتهم لأماكن القتال دون استهدافهم أثناء التحرك."),
    // Aid delivered (تسليم مساعدات): تسليم, a handover word, must not take the aid as its object.
    ("AID", None, "ولم تصل إلى الغوطة الشرقية التي يقطنها نحو نصف مليون نسمة مساعدات تذكر منذ أبريل/ نيسان لكن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية تمكن من تسليم مساعدات غذائية لنحو 25 ألفا في أوائل يوليو/تموز."),
    // A speaker's own future strike.
    ("THREATEN", Some("violence"), "وقال ماكرون في شباط/فبراير \"إننا سنضرب\" في مثل هذه الظروف."),
    // A massacre (مذبحة).
    ("ASSAULT", Some("targeted"), "وقال \"لن نبقى مكتوفي الايدي في الوقت الذي يواصل فيه تنظيم داعش والمجموعات الملحقة به مذبحتهم الرامية الى اشاعة الفوضى في المنطقة بأسرها والى تشكيل مجموعات تابعة في شمال افريقيا وجنوب آسيا والى تجنيد شبان غربيين\"."),
    // Shelled or fired on, told in the passive (تعرض ل + the definite verbal noun).
    ("ASSAULT", Some("heavy-weapons"), "وظلت عفرين، وهي مدينة ذات أغلبية من أصول كردية، تتعرض للقصف الجوي والبري من القوات التركية وحلفائها في سوريا."),
    ("ASSAULT", None, "وبعد تعرضها لإطلاق نيران سورية مضادة للطائرات، تحطمت مقاتلة إسرائيلية من طراز إف -16 في شمال إسرائيل."),
    // Barrel bombs dropped; an ambush laid; ground seized; one clash.
    ("ASSAULT", Some("aerial"), "قال المرصد السوري لحقوق الإنسان، الجمعة، إن الجيش السوري ألقى أكثر من 12 برميلا متفجرا على مناطق تسيطر عليها المعارضة في جنوب غرب البلاد."),
    ("ASSAULT", Some("firearms"), "واشار الجيش الى ان عناصر من حزب العمال الكردستاني نصبوا كمينا للقافلة العسكرية اثناء تنقلها على طريق في منطقة اكتشاي في ولاية شرناق."),
    ("ASSAULT", Some("occupy"), "كانت إسرائيل استولت على مرتفعات الجولان في حرب مع سوريا عام 1967."),
    ("ASSAULT", Some("firearms"), "ونقلت وكالات أنباء روسية عن بيان للوزارة أن اشتباكا اندلع حين \"هاجمت عدة مجموعات إرهابية متنقلة مجموعة مدفعية للقوات السورية الحكومية\"."),
    // Cooperation expanded; forces arriving; fighters recruited.
    ("COOPERATE", None, "ومع تعثر هذه السياسة الآن، تسعى تركيا إلى ضمان مصالحها من خلال تعزيز التعاون الوثيق مع موسكو."),
    ("MOBILIZE", Some("troops"), "أجبر وصول القوات الحكومية السورية إلى الجنوب السوري أجبر عناصر الدفاع المدني المعروفين بالخوذ البيضاء على الخروج من المنطقة، حسب ما تكتبه صحيفة العربي الجديد."),
    ("MOBILIZE", Some("militia"), "هناك مقاتلون يجندهم «داعش» في العراق وسوريا أو في ليبيا، ولكن أيضا أولئك الذين يقاتلون مع بوكو حرام في نيجيريا، والتي تضم كذلك مقاتلين أجانب."),
    // هاجم with a place or unit attacked.
    ("ASSAULT", None, "ويعتقد أن إسرائيل هاجمت مؤخرا قاعدة سورية يوجد بها منشأة إيرانية."),
    // A bomber blowing himself up; people killed; an air raid.
    ("ASSAULT", Some("suicide-attack"), "وأشارت السلطات التركية إلى أنه فجر نفسه قبيل ظهر الإثنين الماضي في حدائق المركز الثقافي في سوروتش \"جنوب\" على الحدود مع سورية وسط حشد من الشباب المؤيدين للأكراد أرادوا المشاركة في إعادة إعمار كوباني \"عين العرب السورية\"."),
    ("ASSAULT", None, "قال نشطاء ومسعفون إن عشرات الأشخاص لقوا حتفهم عندما ألقت طائرات حكومية قنابل تحمل موادا كيميائية سامة في دوما، يوم السبت الماضي."),
    ("ASSAULT", Some("aerial"), "أغارت طائرات حربية عراقية، صباح الخميس، على موقع تابع لتنظيم داعش الإرهابي داخل الأراضي السورية، وفق بيان لقيادة العمليات المشتركة."),
    // Fighters leave by the evacuation buses.
    ("RETREAT", Some("withdraw"), "غادرت حافلات تقل مسلحي المعارضة السورية بلدات كانت تسيطر عليها في الغوطة الشرقية، الأحد، وفقا لاتفاق بين الحكومة و\"فيلق الرحمن\"، جماعة المعارضة المسلحة الرئيسية في المنطقة."),
    // Blame laid.
    ("ACCUSE", Some("allege"), "وألقت إيران باللائمة على إسرائيل وتعهدت بالرد."),
    // An observation point set up.
    ("MOBILIZE", Some("troops"), "أعلنت هيئة الأركان التركية، السبت ، إنشاء نقطة المراقبة التاسعة في منطقة خفض التصعيد بإدلب، شمالي سوريا."),
    // Warplanes deployed.
    ("MOBILIZE", Some("troops"), "ونشرت واشنطن أمس مقاتلات من طراز «إف - 16» في قاعدة إنجرليك بجنوب تركيا."),
    // Warplanes sent.
    ("MOBILIZE", Some("troops"), "دبي، الإمارات العربية المتحدة (CNN)— قال مسؤول عسكري أمريكي لـCNN إن روسيا أرسلت أحدث مقاتلاتها وأكثرها تعقيدا والتي تعرف باسم Su-57 إلى سوريا، في خطوة وصفها بأنها قد ترفع من حجم الخطر الذي قد يتعرض له الجنود الأمريكيون داخل البلاد."),
    // Fighting told as going on or flaring is a clash.
    ("ASSAULT", Some("firearms"), "واشتد القتال في ادلب أخيرا بين قوات الجيش السوري وجيش الفتح المعارض الذي يضم جبهة النصرة جناح القاعدة في سوريا."),
    ("ASSAULT", Some("firearms"), "ويتواصل القتال في منطقة الغوطة الشرقية رغم تطبيق تهدئة لمدة خمس ساعات يوميا أعلنتها روسيا، حليف الحكومة السورية، للسماح للمدنيين بالمغادرة."),
    ("ASSAULT", Some("firearms"), "ويعتقد أن القوات الموالية للحكومة السورية استعادت نحو 70 في المئة من المنطقة بعد ثلاثة أسابيع من القتال المكثف ضد المعارضة المسلحة."),
    // A state's support named by its adjective is the arms and money it gives.
    ("AID", None, "من جهة أخرى، وبفضل الدعم الروسي والإيراني، تمكن بشار الأسد أن يستعيد قوته ويسيطر على أجزاء كبيرة من سوريا، لا سيما المناطق الغنية والاستراتيجية بعدما كانت تحت سيطرة تنظيم \"الدولة الإسلامية\"."),
    ("AID", None, "وتركيا غاضبة من الدعم الأمريكي لوحدات حماية الشعب الكردية، إذ تعتبرها منظمة إرهابية."),
    // Two states strengthening their ties cooperate.
    ("COOPERATE", None, "ورغم أن طهران وأنقرة يدعمان أطراف متنازعة في سوريا، إلا أنهما عززا العلاقات بينهما في محاولة لتقاسم النفوذ في سوريا، التي تشهد منذ عام 2011 نزاعا مسلحا."),
    // Two operations launched (the dual عمليتين/عمليتان) are attacks like one.
    ("ASSAULT", None, "وشنت تركيا عمليتين عسكريتين في شمال سوريا، في العامين الأخيرين تمكنت خلالهما من دحر مقاتلين تابعين لوحدات حماية الشعب الكردية ومقاتلين تابعين لتنظيم داعش."),
    // An operation launched with a date or a clause between the verb and the noun: up to ten words off.
    ("ASSAULT", None, "وقبل هذه العملية شنت تركيا من آب/أغسطس 2016 إلى آذار/مارس 2017 عملية على شمال سوريا ضد تنظيم داعش ووحدات حماية الشعب الكردية حملت اسم \"درع الفرات\"."),
    ("ASSAULT", None, "بينما كانت العملية الثانية التي شنتها تركيا في 20 يناير / كانون الثاني الماضي، وأطلقت عليها اسم عملية \"غصن الزيتون\"، تهدف إلى طرد وحدات حماية الشعب الكردية من عفرين."),
    // Fighters or air defences repelling an advance or a strike (تصدت، تتصدى): fighting both ways.
    ("ASSAULT", None, "وتصدت كتائب الجيش الحر في ريف اللاذقية لمحاولات قوات الأسد المدعومة بعناصر من الميليشيات التقدم على محور بيت عوان بجبل التركمان، موقعين عشرات القتلى والجرحى في صفوف قوات النظام."),
    // The launcher or a count may stand between the verb and the weapon (إطلاق الغواصة … صاروخ توماهوك).
    ("ASSAULT", None, "رصد شريط فيديو، نشر الأحد، لحظة إطلاق الغواصة الأميركية الهجومية \"جون وارنر\"، صاروخ توماهوك من البحر المتوسط باتجاه سوريا، ضمن الضربة الثلاثية التي وجهت للنظام السوري، فجر السبت."),
    // Fighters leaving, counted in the singular after a number or named three words after the verb.
    ("RETREAT", Some("withdraw"), "خرج نحو 5400 مسلح ومدني من جنوب الغوطة الشرقية، الاثنين، في عملية إجلاء هي الأكبر في يوم واحد من المنطقة."),
    ("RETREAT", Some("withdraw"), "وكانت قد خرجت مساء الثلاثاء الدفعة الرابعة من مقاتلي فيلق الرحمن وعائلاتهم من الغوطة الشرقية إلى إدلب."),
    // People bussed out under a local deal: the departure is RETREAT (evacuate), not COERCE (deport).
    ("RETREAT", Some("withdraw"), "وأشار المرصد إلى أن من المرتقب اليوم التحضير لقافلة جديدة من المهجرين، في استمرار لعملية تنفيذ مرحلة التهجير من اتفاق الروس والنظام مع ممثلي الريفين الشمالي لحمص والجنوبي لحماة وفصائلها."),
    ("RETREAT", Some("withdraw"), "ففي 27 أغسطس 2016، بدأ تهجير سكان مدينة داريا بالكامل بعد اتفاق بين المعارضة والنظام السوري، وانتقال المسلحين وأسرهم إلى محافظة إدلب في الشمال السوري."),
    // With no deal named, people driven out by an occupying army are deported.
    ("COERCE", Some("deport"), "فسيطرة الجيش التركي بالتعاون مع فصائل المعارضة السورية المتحالفة معها على عفرين وتهجير سكانها الذين تتجاوز أعدادهم مئات الآلاف، هي قضية جديدة من نوعها."),
    // Opposition members (معارضون) leaving an area are fighters leaving it.
    ("RETREAT", Some("withdraw"), "وتوجه المعارضون الذين غادروا الغوطة الشرقية حتى الآن إلى إدلب التي تسيطر عليها قوات المعارضة على الحدود مع تركيا."),
    // Ground taken, told in a relative clause after the force or the place (التي), is still a taking.
    ("ASSAULT", Some("occupy"), "وفي خطاب في أنقرة الجمعة، صرح أردوغان أن القوات التركية التي سيطرت على بلدة جندريس الرئيسية تتواجد على بعد 6 كيلومترات من مدينة عفرين."),
    // A truce declared by the parties.
    ("RETREAT", Some("ceasefire"), "ديسمبر/كانون أول عام 2016: أعلنت روسيا وتركيا وإيران والحكومة السورية هدنة لإيقاف النار عبر معظم انحاء البلاد."),
    // A withdrawal told after بعد: it happened.
    ("RETREAT", Some("withdraw"), "وسيطرت القوات التركية وفصائل سورية موالية لها، الأحد، على مدينة عفرين، مركز الإقليم، بعد انسحاب المقاتلين الأكراد منها \"لحمايتها من القصف\" وفق ما قال مسؤولون."),
    // An attack carried out (نفذت هجوما).
    ("ASSAULT", None, "وقال وزير الدفاع الأميركي جيمس ماتيس إن الولايات المتحدة لم تتأكد بعد من الجهة التي نفذت هجوما في 7 فبراير/شباط على القوات الأميركية."),
    // A strike made (تم توجيه ضربة).
    ("ASSAULT", None, "كما أدانت روسيا \"العدوان الإرهابي\"، وكتبت الناطقة باسم الوزارة ماريا زاخاروفا على فيس بوك \"تم توجيه ضربة إلى عاصمة دولة تتمتع بالسيادة\"."),
    // Aid let in.
    ("AID", None, "وفي الوقت ذاته، دخلت 25 شاحنة تقل معونات غذائية بلدة دوما في الغوطة الشرقية."),
    // Air cover given (بتغطية جوية من الأميركيين).
    ("AID", Some("military"), "وبهذا لم يبق من المقاتلين إلا 7 احتموا في أحد مواقع الأكراد الموجودة في عفرين بتغطية جوية من الأميركيين."),
    // Sanctions imposed.
    ("SANCTION", Some("sanctions"), "وفي الوقت نفسه، فرضت الولايات المتحدة عقوبات اقتصادية على 271 من موظفي مركز الدراسات للبحوث العلمية ممن لديهم خبرة في الكيمياء والتخصصات ذات الصلة أو الذين عملوا ودعموا برنامج الأسلحة الكيميائية منذ عام 2012."),
    // Protests told by their people, their chants, their gathering or a march
    // (TRG-protest-006/007/008/010), a boycott of talks (TRG-protest-012), all real/bulk.
    ("PROTEST", Some("demo"), "وفي إسطنبول استخدمت الشرطة الغاز المسيل للدموع ومدافع المياه لتفريق محتجين كانوا يرددون شعارات تتهم إردوغان وحزب العدالة والتنمية بالتواطؤ."),
    ("PROTEST", Some("demo"), "على صعيد آخر، اندلعت أمس مواجهات بين قوات الأمن التركية ومتظاهرين في منطقة غازي عثمان باشا في إسطنبول."),
    ("PROTEST", Some("demo"), "تجمع نحو عشرة آلاف كردي السبت في ستراسبورغ شرق فرنسا، للمطالبة بإطلاق سراح زعيم حزب العمال الكردستاني عبد الله أوجلان المسجون في تركيا منذ عام 1999."),
    ("PROTEST", Some("demo"), "جعل الأكراد احتفالاتهم بعيد النوروز، الأربعاء، مناسبة تجمع فيها الآلاف في مدينة القامشلي شمال شرقي سوريا، تضامنا مع مدينة عفرين التي سيطرت عليها القوات التركية."),
    ("PROTEST", Some("demo"), "وخرج أكراد من تركيا وإيران وسوريا والعراق في مسيرة رافعين لافتات ومرددين شعارات ضد الحكومة التركية وضد رئيس المنطقة الكردية شبه المستقلة في العراق مسعود بارزاني."),
    ("PROTEST", Some("demo"), "الشيعة العراقيون رددوا هتافات بالموت لإيران وأحرقوا علم هذا البلد."),
    ("PROTEST", Some("boycott"), "وقاطع الائتلاف الوطني لقوى الثورة والمعارضة السورية المحادثات التي جرت في موسكو في كانون الثاني (يناير) ونيسان (إبريل) مشككا في حيادية روسيا."),
    ("PROTEST", Some("boycott"), "وقاطعت بريطانيا والولايات المتحدة وفرنسا هذا المؤتمر، ووصفه مسؤول بريطاني بأنه \"حيلة مقيتة\"، وأكد رفض إقامته."),
    // A protest lodged by a state is a protest in words (TRG-accuse-023), no demonstration (real/bulk).
    ("ACCUSE", Some("disapprove"), "وقالت وزارة الخارجية التركية في بيان انها استدعت مبعوث الجامعة العربية في انقرة لتسجيل احتجاج."),
    // A protest held.
    ("PROTEST", Some("demo"), "وشارك مئات السوريين في احتجاج نادر مساء السبت في مدينة اللاذقية الساحلية وهي معقل الأسد وطائفته العلوية للمطالبة باعدام سليمان هلال الأسد ابن ابن عم الرئيس."),
    // A detention (أوقفت السلطات … القس).
    ("COERCE", Some("arrest"), "وكانت السلطات التركية قد أوقفت القس الأميركي في أكتوبر 2016 في إطار حملات \"تطهير\" نفذتها السلطات التركية بعد محاولة الانقلاب في يوليو من العام نفسه."),
    // Fighters leaving their towns (في مغادرة: the preposition belongs to بدأت).
    ("RETREAT", Some("withdraw"), "بدأت حافلات تقل مدنيين ومسلحي المعارضة في مغادرة بلدات تسيطر عليها المعارضة المسلحة في الغوطة الشرقية."),
    // Troops massed.
    ("MOBILIZE", Some("troops"), "وحشد الرئيس السوري بشار الأسد جيشه وقوات متحالفة معه على خطوط المواجهة شمال غربي البلاد، وشاركت طائرات روسية في قصف مقاتلي المعارضة هناك في تمهيد لهجوم متوقع على نطاق واسع على الرغم من اعتراضات تركيا."),
    // Forces fighting an enemy where the article tells it (حيث تقاتل).
    ("ASSAULT", Some("firearms"), "يناير/كانون ثاني 2018: تجاهلت تركيا دعوات من فرنسا ودول أخرى لهدنة في منطقة عفرين شمالي سوريا حيث تقاتل القوات التركية ميليشيات كردية متحالفة مع الولايات المتحدة الأمريكية، بالإضافة إلى تواصل بإطلاق النار في إدلب والغوطة الشرقية."),
    // Help given (ركزت جهودها على مساعدة النظام السوري).
    ("AID", None, "وأضاف: \"روسيا، من ناحية أخرى، ركزت جهودها حصرا على مساعدة النظام السوري مع خطوات محدودة لمعالجة التهديد الذي يفرضه تنظيم داعش، ودون اعتبار لقوانين النزاع المسلح أو الإصابات في صفوف المدنيين أو استخدام النظام للأسلحة الكيماوية\"."),
    // Aid received.
    // Air support given (وفرت روسيا دعما جويا) is AID.
    ("AID", None, "ووفرت روسيا دعما جويا قويا بينما ساعدت إيران بمليشياتها المختلفة، من بينها حزب الله في لبنان، قوات الأسد في الميدان."),
    // An act decried as unlawful (أي حل عسكري في سوريا غير مشروع) is ACCUSE/disapprove.
    ("ACCUSE", Some("disapprove"), "ومن جهة أخرى، قال وزير الخارجية التركي مولود تشاووش أوغلو إن \"أي حل عسكري في سوريا غير مشروع\"."),
    // A side branded terrorist (وتصنف تركيا الوحدات جماعة إرهابية) is ACCUSE/allege.
    ("ACCUSE", Some("allege"), "وتصنف تركيا الوحدات جماعة إرهابية، وتعدها امتدادا لحزب العمال الكردستاني المحظور على أراضيها."),
    // Backing a military action (تدعم فرنسا التحرك العسكري، يعلن دعمه للضربات) is SUPPORT.
    ("SUPPORT", None, "وتدعم فرنسا التحرك العسكري الأمريكي وعلى الأرجح بريطانيا في ظل توتر مع روسيا التي تدهورت علاقاتها مع الغرب أساسا على خلفية قضية تسميم الجاسوس السابق سيرغي سكريبال في سالزبري."),
    ("SUPPORT", None, "وبريطانيا جزء من التحالف بقيادة الولايات المتحدة، لكن برلمانها يدعم شن الضربات في العراق فقط وليس سورية."),
    // Arms supplied, named after the verb (زودت … بالأسلحة): TRG-aid-016.
    ("AID", Some("military"), "وزودت الولايات المتحدة وفرنسا المسلحين الأكراد بالأسلحة، كما وفرت لهم التدريب، وذلك دعما لهم في المعركة ضد تنظيم الدولة الإسلامية."),
    // Military backing told in a relative clause (روسيا التي تدعم الرئيس السوري … عسكريا) is still AID: TRG-aid-005.
    ("AID", None, "وهذه العملية الإنسانية المشتركة هي الأولى بين دولة غربية وروسيا التي تدعم الرئيس السوري بشار الأسد عسكريا منذ 2015."),
    // A force taking up positions (وتمركزت قوات سوريا الديمقراطية في مواقع الدفاع): TRG-mobilize-016.
    ("MOBILIZE", Some("troops"), "وأكد ديلون: \"هاجمت قوات الحكومة السورية مواقع قوات سوريا الديمقراطية، هذا الصباح، وتمركزت قوات سوريا الديمقراطية في مواقع الدفاع، بينما تعاملت قوات التحالف مع الموقف وخفضت التصعيد\"."),
    // A new force raised (بتشكيل قوة كردية حدودية): TRG-mobilize-017.
    ("MOBILIZE", None, "وقد اتت عملية \"غصن الزيتون\" العسكرية لتركيا في منطقة عفرين، بعد إعلان أمريكي بمنتصف يناير/كانون ثاني بتشكيل قوة كردية حدودية تحوي 30 ألفاً في شمال شرقي سوريا."),
    // The force named two words before the verb (كانت قوات النظام السوري قد دخلت 4 قرى): TRG-mobilize-009 within 2.
    ("MOBILIZE", Some("troops"), "وقالت قوات سوريا الديمقراطية، التي تهيمن عليها وحدات حماية الشعب الكردية، في بيان، \"كانت قوات النظام السوري قد دخلت 4 قرى في ريف دير الزور وأعلنت سيطرتها عليها، إلا أن قواتنا شنت هجوما معاكسا واستعادت القرى الأربعة من قبضة النظام وطردته بعيدا\"."),
    // Money and arms given (وقدمت لها الأموال والسلاح): TRG-aid-018.
    ("AID", Some("military"), "نائب الرئيس الأميركي جو بايدن كان أكثر وضوحًا عندما اتهم أنقرة علنًا بأنها أسهمت في بروز «داعش» والتنظيمات المتطرفة الأخرى في سوريا، وقدمت لها الأموال والسلاح، وهو الأمر الذي أثار غضب إردوغان وجعله يطلب اعتذارًا أميركيًا حصل عليه في شكل تصريحات تفسيرية من البيت الأبيض واتصال من بايدن «لتطييب» الخواطر."),
    // A new army announced by merging factions (تم الإعلان عن تشكيل "جيش الإسلام" عبر اتحاد 45 فصيلا): TRG-cooperate-013.
    ("COOPERATE", Some("merger"), "تم الإعلان عن تشكيل \"جيش الإسلام\" في عام 2013 عبر اتحاد أكثر من 45 فصيلاً من \"الجيش الحر\" الذي كان يُعد أكبر تشكيل عسكري معارض."),
    // Arms given by a verb of supplying (ووفرت لهم السلاح): TRG-aid-017.
    ("AID", Some("military"), "كما أرسلت الدوحة عناصر قطرية للقتال إلى جانب جبهة النصرة في سوريا، ووفرت لهم السلاح."),
    // A green light given (أعطت أنقرة الضوء الأخضر) approves another side's act: TRG-support-016.
    ("SUPPORT", None, "كما أعطت أنقرة الضوء الأخضر لاستخدام قاعدة انجرليك (جنوب) لمقاتلات أميركية تقوم بقصف مواقع التنظيم المتطرف في سوريا والعراق."),
    // Help given in a battle (تمكن من مساعدة القوات الحكومية في حسم معركة) stays AID.
    ("AID", None, "وبينما كان لبنان يتبع سياسة النأي بالنفس عن الصراع في سوريا، كان حزب الله يتورط أكثر فأكثر، لكنه تمكن من مساعدة القوات الحكومية في حسم معركة القصير، القريبة من الحدود اللبنانية، في أبريل 2013، وهي المعركة التي يرى كثيرون أنها كبحت قوة الدفع التي اكتسبتها قوات المعارضة."),
    ("AID", None, "وكانت تركيا قد حصلت على مساعدات اقتصادية كبيرة في مقابل الاتفاق، ومن غير المرجح أن ترغب في تعطيل هذه العلاقة في وقت تتفاقم الأزمات في الداخل."),
    // A crossing opened.
    ("RETREAT", Some("access"), "وتم فتح معبر القنيطرة الذي يربط سوريا مع مرتفعات الجولان في الساعة 11 صباحا بالتوقيت المحلي، وذلك بعد إغلاق دام لمدة 4 سنوات تقريبا."),
    // Strikes launched (شنت … غارات).
    ("ASSAULT", None, "شنت طائرات روسية، الجمعة، غارات جوية على مقرات تابعة لفصائل معارضة في محافظة إدلب شمال غربي سوريا، مما أسفر عن قتيلين على الأقل، قبل ساعات من قمة حاسمة في طهران على جدول أعمالها بحث مصير هذه المنطقة."),
    // An operation launched.
    ("ASSAULT", None, "وفي الشهر الماضي، أطلقت تركيا عملية عسكرية، سمتها \"غصن الزيتون\"، بمنطقة عفرين التي يسيطر عليها مقاتلون أكراد سوريون تعتبرهم إرهابيين."),
    // Fierce battles fought now.
    ("ASSAULT", None, "وأفادت مصادر من المعارضة بأن قوات النظام تخوض حاليا معارك ضارية مع المتشددين على مشارف مخيم اليرموك، حيث يوجد ما بين 1500 إلى ألفي متشدد محاصرين الآن."),
    // Besieging a town (the verbal noun after its verb).
    ("COERCE", Some("restrict"), "دبي، الإمارات العربية المتحدة (CNN)— قال الرئيس التركي، رجب طيب أردوغان، إن قوات بلاده ستقوم بمحاصرة مركز مدينة عفرين، شمال سوريا، وذلك ضمن العمليات التي يقوم بها الجيش في المنطقة وأطلق عليها اسم عمليات \"غصن الزيتون.\""),
    // Places targeted.
    ("ASSAULT", None, "واستهدفت قوات الأسد بالصواريخ الفراغية وقذائف المدفعية، بلدات حيان وبيانون وماير."),
    // Evacuees' buses setting off (القافلة الأولى من مهجري مدينة دوما انطلقت).
    ("RETREAT", Some("withdraw"), "قالت وسائل إعلام رسمية ومصادر إن القافلة الأولى من مهجري مدينة دوما انطلقت باتجاه مدينة جرابلس في الشمال السوري بعد انتظار لمدة 24 ساعة على أطراف المدينة."),
    // A force escorting a delegation.
    // People kept out, the blocked party named at length before من الدخول/من الخروج.
    ("COERCE", Some("restrict"), "تتخذ القوات المسلحة التركية إجراءات أمنية غير مسبوقة في عفرين، الثلاثاء، في اليوم الثالث للسيطرة عليها، حيث أغلق الجيش التركي مداخل المدينة، ومنع المدنيين وعناصر الجيش السوري الحر الذين يرغبون في العودة إلى منازلهم من الدخول."),
    ("COERCE", Some("restrict"), "ويمنع تنظيم داعش الإرهابي المدنيين في هذه المدن والبلدات التي يسيطر عليها من الخروج، ويتخذهم كدروع بشرية."),
    // An arrest announced (TRG-coerce-001 refuses a past arrest named as a cause only: بسبب/على خلفية/إثر اعتقال).
    ("COERCE", Some("arrest"), "أعلنت السلطات البحرينية، السبت، اعتقال 14 إيرانيا تمكنوا من دخول البلاد عبر جوازات سفر مزورة وبأسماء وهمية وأن الإجراءات اتخذت بحقهم وتم تحويلهم إلى النيابة العامة."),
    // Entry barred, told as done by the speaker (TRG-coerce-008 refuses a goal only: يهدف إلى منع، هي منع).
    ("COERCE", Some("restrict"), "ونفى قالن الاتهامات التي تقول إن تركيا لم تقم بأية عمليات ضد منتسبي تنظيم داعش قائلا: «لقد وضعت تركيا داعش في قائمة الإرهاب عام 2013، وفي إطار هذا قمنا بطرد 600 شخص أجنبي ممن ثبت ارتباطهم بالتنظيم خارج البلاد، ومنعنا 15 ألف شخص من دخول تركيا»."),
    ("COERCE", Some("restrict"), "وتتزامن تصريحات يلدريم التي حاول فيها إظهار قلقه على الشعب السوري، بإصرار قوات بلاده على منع اللاجئين من العودة إلى مناطقهم في عفرين بعد أن كانت قد سيطرت عليها إثر قصف استمر لأسابيع، موقعا عشرات القتلى من المدنيين."),
    // Ground retaken with its taker named between the verb and the place.
    ("ASSAULT", Some("occupy"), "دبي، الإمارات العربية المتحدة (CNN) – استعادت قوات سوريا الديمقراطية، المدعومة من قبل أمريكا، القرى التي سيطر عليها النظام السوري لفترة قصيرة، الأحد، شرقي نهر الفرات، وفقا لما أعلنه المتحدث باسم التحالف الدولي لمحاربة داعش، ريان ديلون."),
    ("ASSAULT", Some("occupy"), "دبي، الإمارات العربية المتحدة (CNN)— \"حررت\" قوات الجيش التركي والجيش السوري الحر، أربع قرى في منطقة عفرين، شمال سوريا، ضمن العمليات التي تخوضها أنقرة وأطلقت عليها اسم \"غصن الزيتون.\""),
    // A shootdown with the shooter named between the verb and the aircraft.
    ("ASSAULT", Some("aerial"), "وقال المسؤول إن نتنياهو نقل الرسالة في محادثات مع الرئيس الروسي فلاديمير بوتين، ويأتي ذلك بعد ساعات من إسقاط إسرائيل ما وصفته بطائرة سورية بلا طيار اخترقت مجالها الجوي."),
    ("COOPERATE", Some("escort"), "بحسب المصادر، تم التوصل إلى اتفاق بين تركيا وروسيا، لتحريك الدوريات الروسية كقافلة في الأراضي السورية المحتلة من قبل تركيا وفصائلها، كمدينة جرابلس واعزاز والباب، بالتزامن مع توجه رتل ضخم لجيش الاحتلال التركي مدعم بمصفحات إلى معبر أبو الزندين لمرافقة الوفد الروسي وحمايته."),
    // A base or observation points set up, a count between (TRG-mobilize-014).
    ("MOBILIZE", Some("troops"), "تباهي رئيس الوزراء التركي، بن علي يلدريم، بأن تركيا أقامت 11 قاعدة إقليمية في شمالي العراق، وضاعفت عدد قواتها."),
    ("MOBILIZE", Some("troops"), "ولكن الجارة تركيا لديها نفوذ محدود عليهم، إلا أنها تدعم جماعات معارضة مسلحة أخرى وأنشأت 12 نقطة مراقبة حول المحافظة."),
    // Fighters or more forces deployed (TRG-mobilize-002 with مقاتل/مقاتلين/مزيدا).
    ("MOBILIZE", Some("troops"), "وانتشر هؤلاء المقاتلون وفق المرصد على جبهات الريحان، الواقعة شمال شرق الغوطة الشرقية، وفي بلدة حرستا، الواقعة غربها والتي يحاول النظام التقدم منها باتجاه مدينة دوما، أكبر مدن الغوطة."),
    ("MOBILIZE", Some("troops"), "وخلال الأسبوع الماضي، نشر الجيش التركي أيضا مزيدا من القوات والأسلحة الثقيلة في 12 موقعا بمحافظة إدلب تراقب \"منطقة خفض التصعيد\" التي جرى الاتفاق عليها مع إيران وروسيا."),
    // The noun سيطرته after a verb of announcing still tells ground taken (TRG-assault-015).
    ("ASSAULT", Some("occupy"), "وأعلن الجيش السوري السبت سيطرته بالكامل على الغوطة الشرقية بعد إجلاء آخر مقاتلي المعارضة من مدينة دوما."),
    // Ground wrested from a side (TRG-assault-045: انتزع/انتزعت … السيطرة/مدينة/معبر within 8 after).
    ("ASSAULT", Some("occupy"), "وانتزع تنظيم داعش السيطرة على مدينة تدمر بوسط البلاد من يد القوات الحكومية في مايو ايار."),
    ("ASSAULT", Some("occupy"), "وانتزع هؤلاء المقاتلون من قوات «داعش»، السيطرة على معبر تل أبيض الحدودي مع تركيا، والشريط الحدودي التابع لمحافظة الرقة، فيما خاض المقاتلون معارك أخرى في محافظة الحسكة."),
    // A named offensive is an attack told (TRG-assault-046).
    ("ASSAULT", None, "وشدد المسؤول التركي على أن عملية غصن الزيتون التي تنفذها تركيا \"مستمرة بحزم حتى تحييد آخر إرهابي في المنطقة\" على حد تعبيره، مشددا على أن التنظيمات الكردية التي تقاتلها تركيا في الشمال السوري \"عدو مشترك لتركيا وسوريا\" لأنها تعمل على \"تقسيم الدولة في سوريا وأرضها.."),
    ("ASSAULT", None, "يذكر أن الجيش التركي كان قد أطلق في 20 يناير الماضي، وبالتعاون مع فصائل \"الجيش السوري الحر\" عملية \"غصن الزيتون\" ضد الجماعات الكردية في مدينة عفرين شمال غربي سوريا."),
    // Ground retaken, told as achieved (TRG-assault-047: تمكن/نجح … من استعادة).
    ("ASSAULT", Some("occupy"), "بفضل دعم موسكو وطهران، تمكن نظام الرئيس السوري بشار الأسد من استعادة أكثر من نصف الأراضي السورية."),
    ("ASSAULT", Some("occupy"), "وتمكن النظام السوري عمليا من استعادة الجنوب المتمثل في درعا والقنيطرة في يوليو الجاري، باستثناء جيوب صغيرة، وفي مايو أعلن أنه طرد الفصائل المسلحة في محيط العاصمة دمشق بعد 7 سنوات من الحرب المدمرة."),
    // Ground taken, told as achieved (TRG-assault-047: تمكن … من السيطرة على).
    ("ASSAULT", Some("occupy"), "تمكنت القوات التركية مدعومة بالفصائل الموالية لها من السيطرة على مدينة عفرين السورية، وفق ما أعلن الرئيس التركي رجب طيب أردوغان الأحد."),
    ("ASSAULT", Some("occupy"), "وكان الجيش السوري قد تمكن في يوليو/تموز من السيطرة على معبر نصيب وكامل حدود سوريا مع الأردن."),
    // The taker and its backers may stand between تمكن and السيطرة (TRG-assault-047 within 10).
    ("ASSAULT", Some("occupy"), "وتمكنت قوات تركية مدعومة من مقاتلين في المعارضة السورية الأحد من السيطرة على مدينة عفرين في شمال غرب سوريا من وحدات حماية الشعب الكردية."),
    // A side driven out, told as achieved (TRG-assault-047: تمكن … من طرد).
    ("ASSAULT", Some("occupy"), "وتمكنت قوات النظام في أيار/مايو من طرد التنظيم من أحياء في جنوب دمشق، وتم إجلاء مئات من المقاتلين من مخيم اليرموك وأحياء مجاورة إلى البادية السورية الممتدة من وسط سوريا حتى الحدود مع العراق وتتضمن جزءا من أطراف محافظة السويداء."),
    // Troops stationed in a place, counted (TRG-mobilize-002 ينتشر/ينتشرون with جنود/جندي).
    ("MOBILIZE", Some("troops"), "وهناك نحو 3000 جندي روسي في سوريا، ينتشر معظمهم في قاعدة حميميم الواقعة في شمال غرب البلاد."),
    ("MOBILIZE", Some("troops"), "ووفق المرصد السوري لحقوق الإنسان ينتشر في منبج 350 جنديا من التحالف، معظمهم من الأمريكيين والفرنسيين."),
    // A side's control widened over more ground (TRG-assault-048: توسع/توسيع … سيطرة).
    ("ASSAULT", Some("occupy"), "ومكنت عملية الاجلاء قوات النظام من توسيع نطاق سيطرتها لتشمل أكثر من 90 في المئة من مساحة المنطقة التي كانت تحت سيطرة الفصائل، وفق المرصد السوري لحقوق الانسان."),
    ("ASSAULT", Some("occupy"), "مع توسع سيطرة المعارضة السورية على معظم مناطق محافظة إدلب بما فيها مدينة جسر الشغور ومدينة أريحا، ثم الاعتداء الذي ارتكبه مسلحو «جبهة النصرة» بقرية درزية في ريف المحافظة، وكذلك بعد إنجازات المعارضة في حوران (بجنوب سوريا)، دب الخوف في قلوب أهل اللاذقية."),
    // Ground lost by a side, the place named (TRG-assault-049: خسر/خسارة + مدينة/مناطق/السيطرة).
    ("ASSAULT", Some("occupy"), "وقد شهد العام الأخير خسارة حكومة الأسد أراضي منها ما هو أمام تنظيم داعش ومنها ما هو لمصلحة فصائل معارضة أخرى تحظى بدعم خصوم الأسد العرب."),
    ("ASSAULT", Some("occupy"), "وبعدما كان عيد النوروز مناسبة في مطلع فصل الربيع من كل عام للم شمل العائلات الكردية وفرصة لإحياء تقاليدهم وتراثهم، يحل اليوم مرادفا للحزن بعد خسارتهم مدينة عفرين."),
    // An offensive named by its noun, then its doer (TRG-assault-051: التي تشنها/شنتها).
    ("ASSAULT", None, "ما يحدث في سوريا حرب إبادة يشنها النظام المدعوم إيرانيا وروسيا على شعب أعزل اضطر إلى حمل السلاح، وقد تسببت هذه الإبادة في مآس إنسانية لم يشهد لها العصر الحديث مثيلا."),
    ("ASSAULT", None, "وذكر الرئيس التركي، رجب طيب أردوغان، أن العمليات العسكرية، التي تشنها قوات بلاده شمالي سوريا والعراق مستمرة حتى القضاء على \"آخر إرهابي\" يصوب سلاحه نحو تركيا."),
    // A force made larger (TRG-mobilize-015: زادت قوات/زيادة عديد قواته).
    ("MOBILIZE", Some("troops"), "وقال قائد مجلس منبج العسكري محمد أبو عادل |زادت قوات التحالف الدولي من أعدادها وأسلحتها الثقيلة لصد الهجمات التركية\"."),
    ("MOBILIZE", Some("troops"), "وجاء رد حلف شمال الأطلسي على تلك الممارسات في شكل زيادة عديد قواته في شرق أوروبا بحوالي 4000 عسكري نشروا في الدول الأعضاء في الحلف."),
    // A bare قبض على is an arrest (TRG-coerce-010).
    ("COERCE", Some("arrest"), "وبين أنه تواصل مع أحد المهربين السوريين، الذي تكفل بنقله من سورية إلى تركيا في مقابل مبالغ مالية طائلة، وأثناء نجاحه في الهرب ووصوله إلى أحد الفنادق في إحدى البلدات التركية القريبة من الحدود السورية، اشتبه به نزلاء الفندق فأبلغوا السلطات التركية، التي بدورها قبضت عليه وأودعته السجن."),
    // A curfew imposed stays COERCE/restrict, however long it lasted.
    ("COERCE", Some("restrict"), "وفي يونيو فرضت قوات سوريا الديمقراطية حظر تجول استمر ثلاثة أيام في الرقة، وأعلنت حالة طوارئ، قائلة إن مقاتلي التنظيم تسللوا إلى المدينة ويخططون لحملة تفجيرات."),
    // Diplomats expelled with a count between, an office or consulate closed (TRG-sanction-002).
    ("SANCTION", Some("expel"), "وقالت الوكالة إن موسكو ستبلغ الدبلوماسي البريطاني بالإجراءات التي اتخذت ردا على تلك التي أعلنتها لندن خلال الأسبوع الجاري وبينها خصوصا طرد 23 دبلوماسيا روسيا من بريطانيا."),
    ("SANCTION", Some("expel"), "أتلانتا، الولايات المتحدة الأمريكية (CNN) – أيد رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الثلاثاء، قرار إدارة الرئيس الأمريكي دونالد ترامب، بإغلاق مكتب منظمة التحرير الفلسطينية، في العاصمة الأمريكية، واشنطن."),
    // A battle fought is still coded by its verb (شنت) without the singular معركة as a form (TRG-assault-005, TRG-assault-019).
    ("ASSAULT", None, "تمكن الجيش السوري من تقسيم الجيب الذي تسيطر عليه قوات المعارضة في الغوطة الشرقية بعد أن عزل مدينتين رئيسيتين عن باقي المنطقة عقب معركة ضارية شنت تحت غطاء من القصف العنيف."),
    // News of an attack (أخبارا عن هجوم) is the attack told; only its topic words are refused (TRG-assault-004).
    ("ASSAULT", None, "نقلت عدة مجموعات تابعة للمعارضة السورية أخبارا عن هجوم عنيف على ما تبقى من مدينة دوما في الغوطة الشرقية، السبت، وأن الهجوم خلف عشرات القتلى والعديد من الجرحى."),
    // Strikes reported (أفاد المرصد عن شن الطيران الروسي 25 غارة) stay coded: عن alone refuses nothing (TRG-assault-019).
    ("ASSAULT", None, "للمرة الأولى منذ وقف إطلاق النار العام الماضي، أفاد \"المرصد السوري لحقوق الإنسان\" عن شن الطيران الروسي مساء السبت أكثر من 25 غارة جوية على مواقع المعارضة السورية المسلحة جنوبي البلاد، وشمل القصف عدة بلدات في ريف درعا الشرقي."),
    // Aircraft striking told in the present (TRG-assault-052).
    ("ASSAULT", None, "وفي 4 من الشهر نفسه: تستهدف طائرات إسرائيلية منطقة جمرايا ومخازن أسلحة، وفق المرصد."),
    // An offensive begun is told (TRG-assault-004), whatever campaign name follows it.
    ("ASSAULT", None, "ميدانيا بدأت تشكيلات الجبهة الجنوبية هجوما واسعا على مراكز قوات النظام في مدينة درعا، ضمن معركة عاصفة الجنوب التي تهدف إلى السيطرة على أحياء درعا المتبقية بيد النظام."),
    // Fighters killed, told (TRG-assault-007 مقتل).
    ("ASSAULT", None, "وقتل تنظيم داعش 4 مدنيين، بينهم طفل وسيدتان، أما تنظيم جبهة النصرة فقد قتل طفلين."),
    // Fighting told as going on (TRG-assault-005 معارك عنيفة), against a background of airstrikes.
    ("ASSAULT", Some("firearms"), "تخوض قوات النظام السوري، مدعومة بغارات جوية روسية، الثلاثاء معارك عنيفة ضد مقاتلي تنظيم \"الدولة الإسلامية\" المتحصنين بقرية القصير بمحافظة درعا."),
    // Fighting flaring up again, told (TRG-assault-005 المعارك العنيفة).
    ("ASSAULT", Some("firearms"), "وقد تجددت المعارك العنيفة الخميس في مدينة درعا في جنوب سوريا بين قوات النظام ومقاتلي المعارضة."),
    // An attack told indefinite, with its side as an adjective (هجوم إسرائيلي يستهدف): TRG-assault-004 refuses only the definite campaign named as a topic.
    ("ASSAULT", None, "13 فبراير 2017: هجوم إسرائيلي يستهدف مطار المزة، يدمر مستودعات صواريخ داخل المطار."),
    // Raids named by their side that do something in the sentence (الغارات التركية استهدفت، أدت إلى مقتل) are coded by that verb or noun (TRG-assault-003, 007).
    ("ASSAULT", None, "وقالت قوات سوريا الديمقراطية إن الغارات التركية استهدفت مواقع القوات الموالية للنظام، لكنها لم تحدد حصيلة القتلى من جرائها."),
    ("ASSAULT", None, "وادت الغارات التركية على مواقع التنظيم في سوريا الى مقتل تسعة جهاديين مسلحين كما قال المرصد السوري لحقوق الانسان."),
    // Shelling told with its side after it (بقصف مدفعي مكثف لقوات النظام السوري) still fires: TRG-assault-001 refuses only the definite shelling named by a side adjective.
    ("ASSAULT", None, "قتل وجرح عدد من المدنيين في ريف اللاذقية الشمالي وريف إدلب الغربي بجسر الشغور بقصف مدفعي مكثف لقوات النظام السوري بصواريخ محملة بمادة الفوسفور."),
    // The plain verb of attacking with على after it, the attacker between (TRG-assault-053).
    ("ASSAULT", None, "وبالنسبة للحرب في سوريا، فقد انتهى الأسبوع بعودتها إلى الصفحات الأولى، وذلك بعد أن هجمت «جبهة النصرة» على «القوات السورية الجديدة» (التي دربها الأميركيون)."),
    // Massacres committed, told (TRG-assault-020).
    ("ASSAULT", None, "شهدت محافظتا إدلب وحلب في شمال سوريا مجزرتين في أول أيام عيد الفطر، نفذهما طيران النظام الحربي والمروحي."),
    // People detained, told (TRG-coerce-001 احتجزت).
    ("COERCE", Some("arrest"), "وقصفت المقاتلات التركية مواقع لتنظيم داعش في سوريا أمس الجمعة في الوقت الذي احتجزت فيه الشرطة مئات يشتبه أنهم متشددون في مداهمات نفذت في أنحاء البلاد في مؤشر على أن أنقرة ربما تخلت عن ترددها وتقوم بدور على الجبهة ضد المقاتلين."),
    // Ground retaken, told as achieved (استعادة السيطرة after تمكنت: TRG-assault-015/047).
    ("ASSAULT", Some("occupy"), "وتمكنت قوات النظام السوري بعد ساعات من استقدامها تعزيزات عسكرية الأربعاء من استعادة السيطرة على أكثر من نصف مساحة الغوطة الشرقية المحاصرة، في وقت تسببت فيه غارات شنتها دمشق مع حليفتها موسكو بمقتل أكثر من 62 مدنيا في هذه المنطقة وفق المرصد السوري لحقوق الإنسان."),
    // Fighters beginning to withdraw, told (TRG-retreat-001).
    ("RETREAT", Some("withdraw"), "وبدأ مقاتلو المعارضة السبت الانسحاب من جيب كانوا يسيطرون عليه يقع شمال شرقي دمشق في منطقة القلمون الشرقي بموجب اتفاق استسلام مع النظام."),
    // The response is the attack told (شنت ... غارات), the attack it answers is its cause (وردا على الهجوم): TRG-assault-019/002 fire, TRG-assault-004 refuses.
    ("ASSAULT", None, "وردا على الهجوم شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات عسكرية على منشآت قيل إنها لأسلحة كيمياوية سورية."),
    // Shelling told as going on (لم يتوقف القصف): يتوقف is no وقف, so TRG-assault-001 still fires.
    ("ASSAULT", None, "وقال فراس الدومي من الدفاع المدني في دوما \"لم يتوقف القصف حتى الآن."),
    // People displaced by attacks told with جراء (نزحوا من منازلهم جراء هجمات الجيش السوري): the attack is told; only the attack named as what people fled is refused (TRG-assault-004).
    ("ASSAULT", None, "وأشارت اليونيسيف إلى وجود نقص كبير في إمدادات الطعام والمياه والأدوية في إدلب، المحافظة الزراعية بشكل كبير، والتي تضم الآن تضم مليون سوري نزحوا من منازلهم جراء هجمات الجيش السوري والميليشيات الداعمة له في أنحاء البلاد."),
    // An attack told by what it led to, in the past (وأدى هجوم قوات النظام المدعومة من روسيا إلى موجة نزوح): TRG-assault-004 refuses only the present or future يؤدي/يتسبب.
    ("ASSAULT", None, "وأدى هجوم قوات النظام المدعومة من روسيا إلى موجة نزوح هي الأكبر في جنوب البلاد منذ اندلاع النزاع في 2011."),
    // A side taking part in an operation (أن فرنسا تشارك في العملية العسكرية الجارية) is its attack told: only involvement named as blame (الضلوع، التورط) is refused (TRG-assault-008).
    ("ASSAULT", None, "أعلن الرئيس الفرنسي إيمانويل ماكرون ليل الجمعة السبت أن فرنسا تشارك في العملية العسكرية الجارية حاليا مع الولايات المتحدة وبريطانيا في سوريا، مشيرا إلى أن الضربات الفرنسية \"تقتصر على قدرات النظام السوري في إنتاج واستخدام الأسلحة الكيميائية\"."),
    // An execution told (يظهر إعدام الطيار الأردني حرقا): TRG-assault-021 refuses only an execution wished or demanded (الشعب يريد إعدام).
    ("ASSAULT", None, "وبعد عدة أسابيع من احتجاز الكساسبة بث تنظيم \"داعش\" شريطا مصورا يظهر إعدام الطيار الأردني حرقا، في واقعة هزت العالم وعظمت ضرورة تضافر الجهود الدولية للتصدي للتطرف."),
    // Forces sent, told (أعلنت تركيا أنها أرسلت قوات خاصة إلى منطقة عفرين): TRG-mobilize-005 refuses only a sending allowed or thought of (يسمح بنشر، تفكير بإرسال).
    ("MOBILIZE", Some("troops"), "وفي وقت سابق الاثنين، أعلنت تركيا أنها أرسلت قوات خاصة إلى منطقة عفرين تحضيرا لبدء \"معركة جديدة\" ضد المقاتلين الأكراد في مناطق يتواجد فيها مدنيون في إطار العملية التي تخوضها في شمال سوريا."),
    // A force reinforced (وعزز الجيش الإسرائيلي قواته، عززت انتشارها): TRG-mobilize-006 keeps its force words, only a presence (وجودها، تواجدها) is dropped.
    ("MOBILIZE", Some("troops"), "وعزز الجيش الإسرائيلي قواته في الجولان المحتل مع احتدام المعارك بجنوب سوريا في الأسابيع الأخيرة، حيث سارع إلى نشر مدرعات وبطاريات مدفعية."),
    ("MOBILIZE", Some("troops"), "وكانت القوات الحكومية قد عززت انتشارها في محيط دوما خلال الأيام الأخيرة بالتزامن مع المفاوضات تمهيدا لعمل عسكري في حال لم يتم التوصل إلى اتفاق مع فصيل جيش الإسلام."),
    // A state named after نشرت, then forces (ونشرت إيران قوات في سوريا): TRG-mobilize-002 reads past the name and finds no publication.
    ("MOBILIZE", Some("troops"), "ونشرت إيران قوات في سوريا لمساعدة الرئيس بشار الأسد في مواجهة المعارضة المسلحة منذ سنوات، وهو ما أثار قلق إسرائيل."),
    // A withdrawal done (انسحبت قوات النظام منه، وسحبت أسلحتها الثقيلة): TRG-retreat-001/007 refuse only one denied, conditioned, talked of or worked toward.
    ("RETREAT", Some("withdraw"), "وتضيف المصادر: «حين شنت قوات المعارضة هجومًا على مقر اللواء 52 في ريف درعا الشرقي المتصل بالسويداء، الذي يعتبر خط الدفاع الأخير عن مطار الثعلة العسكري، انسحبت قوات النظام منه بشكل دراماتيكي، ما يوحي أنه ترك الخطر يقترب من السويداء، كون النظام يتعاطى مع المعارك العسكرية بخلفية أمنية أيضًا»."),
    ("RETREAT", Some("withdraw"), "وكان المرصد السوري، ومقره بريطانيا، أكد أن فصائل المعارضة التزمت بالتاريخ الأول وسحبت أسلحتها الثقيلة من المنطقة."),
    // Missiles shot down, told (الدفاعات الجوية السورية أسقطت 5 من الصواريخ الثمانية): TRG-assault-016 refuses only a capacity or a warning.
    ("ASSAULT", Some("aerial"), "وأضافت الوكالة أن \"الدفاعات الجوية السورية أسقطت 5 من الصواريخ الثمانية\"."),
    // Residents displaced, told (وكذلك تم تهجير سكان بلدتي مضايا والزبداني) fires: TRG-coerce-004 refuses only an attempt alleged, a deal's term, a plan or a prevention.
    ("COERCE", Some("deport"), "وبموجب اتفاق \"البلدات الأربع\" فكت جبهة النصرة الممولة من قطر حصارها لبلدتي كفريا والفوعة في شمال سوريا، وكذلك تم تهجير سكان بلدتي مضايا والزبداني في ريف دمشق، بهدف تغيير التركيبة الديموغرافية للمنطقة لصالح النفوذ الإيراني."),
    // A truce announced or in force (دخلت الهدنة حيز التنفيذ، أعلنت روسيا عن هدنة): TRG-retreat-003 refuses only a truce named again as a time mark, exclusion, commitment asked for or topic.
    // A truce declared by a side (منذ أعلنت روسيا الأسبوع الماضي عن هدنة) fires: TRG-retreat-003 refuses only a truce as an aim to ensure, reach or conclude (لضمان، تحقيق، لعقد).
    ("RETREAT", Some("ceasefire"), "ويترقب مئات الآلاف من السكان وصول القافلة وهي الأولى منذ أعلنت روسيا الأسبوع الماضي عن هدنة لمدة 5 ساعات يوميا."),
    ("RETREAT", Some("ceasefire"), "دخلت الهدنة \"الإنسانية\" التي أعلنت عنها روسيا لخمس ساعات حيز التنفيذ في الغوطة الشرقية المحاصرة قرب دمشق، بعد نحو عشرة أيام من القصف العنيف الذي أودى بحياة أكثر من 560 مدنياً."),
    // Captives freed, told (وأطلقت حركة أحرار الشام ... سراح 13 عسكرياً ومدنياً): TRG-retreat-002 refuses only لإطلاق سراح, a purpose.
    ("RETREAT", Some("release"), "وأطلقت حركة أحرار الشام قبل خروجها من حرستا سراح 13 عسكرياً ومدنياً."),
    // Aircraft striking, in the present (والطائرات السورية والروسية تستهدف مواقع الإرهابيين): TRG-assault-052 refuses only sanctions, programmes and their people or firms.
    ("ASSAULT", None, "يشار إلى أن طائرات التحالف الدولي ضد داعش والطائرات السورية والروسية تستهدف مواقع الإرهابيين في محافظة دير الزور الحدودية مع العراق والتي يسيطر تنظيم \"داعش\" على جزء معتبر منها، باستثناء اجزاء من مدينة دير الزور مركز المحافظة ومطارها العسكري، وبعض القرى المحدودة في ريفها الغربي."),
    // An attack told next to a fear far from it stays an attack (CUE-aside-002 reaches two words only).
    ("ASSAULT", None, "وتتزايد المخاوف الدولية مع استمرار قصف القوات الحكومية السورية لمنطقة الغوطة الشرقية الخاضعة لسيطرة المعارضة في ضواحي دمشق."),
    // Protests held now stay protests (TRG-protest-001/002 refuse the 2011 uprising named as background only).
    ("PROTEST", Some("demo"), "تظاهر عشرة آلاف كردي السبت في ستراسبورغ شرق فرنسا للمطالبة بالإفراج عن زعيمهم عبد الله أوجلان المسجون في تركيا، بحسب الشرطة."),
    ("PROTEST", Some("demo"), "أغلقت محطة قطار في لندن أبوابها، يوم الأحد، جراء احتجاجات غاضبة ضد العملية العسكرية التركية في منطقة عفرين، شمالي سوريا."),
    // Sanctions imposed (TRG-sanction-001 with its refusals of sanctions faced, prepared or broken).
    ("SANCTION", Some("sanctions"), "وفرضت الولايات المتحدة سلسلة عقوبات على روسيا في الآونة الأخيرة منها عقوبات على 24 روسيا بسبب ما قالت أجهزة مخابرات أميركية إنه تدخل في انتخابات الرئاسة الأميركية."),
    // Shelling or targeting told in the present stays an attack (TRG-assault-052 refuses the future س only).
    ("ASSAULT", None, "وأضاف قائلا \"آخر ما تلقيناه من حمورية البارحة هو نداء استغاثة حيث يحاول لسكان الخورج إلى الشوارع لكن قوات النظام تستهدف أي شخص يتحرك في الشوارع وأصابوا جميع من ينتظر المعونات في الشارع\"."),
    // An offensive waged now stays an attack (the future verbs ستشن/سيطلق/ستوجه before the noun are refused only).
    ("ASSAULT", None, "ويشن الجيش السوري، مدعوما بقوات روسية، هجوما على فصائل المعارضة المسلحة في درعا، منذ 19 يونيو/حزيران الماضي، مما أدى إلى نزوح ما بين 270 ألفا و330 ألف سوري بحسب تقديرات الأمم المتحدة."),
    // An attack told before a concession stays an attack (CUE-aside-003 reads على الرغم من two words ahead only).
    ("ASSAULT", None, "وزاد مجال نفوذهم بعد سيطرتهم على أراض من تنظيم داعش بمساعدة الولايات المتحدة على الرغم من اعتراض واشنطن على خططهم للاستقلال وكذلك الحكومة السورية."),
    // Leaving a treaty announced stays SANCTION/withdraw (TRG-sanction-005 refuses its consequences or a pending decision only).
    ("SANCTION", Some("withdraw"), "وجاءت المواجهة بعد يومين من إعلان الرئيس الأميركي دونالد ترامب الانسحاب من الاتفاق النووي الإيراني الذي أبرم عام 2015 بهدف كبح برنامج طهران النووي."),
    // The alleged attack that took place stays an attack: the masculine definite المحتمل is no expected cue (CUE-expected-001).
    ("ASSAULT", None, "كما دانوا \"التصعيد العسكري المكثف\" في الغوطة الشرقية بعد أيام من الهجوم الكيميائي \"المحتمل\" في دوما."),    // A demand that something not be done (طالب بعدم) stays a demand: TRG-request-001 refuses the bare =عدم only.
    ("REQUEST", None, "وشدد المندوب الصيني على الحل السياسي باعتباره الحل الوحيد للأزمة السورية وطالب بعدم الانجراف عن المسار السياسي والتوصل إلى حل للأزمة السورية في أسرع وقت."),
    // A request asked of other states, told (TRG-request-003 refuses طلب with ب and after استجابة/تلبية only).
    ("REQUEST", None, "فقد طلبت روسيا من القوى الغربية، الخميس، أن يتم إخراج أفراد الخوذ البيضاء من إدلب وسوريا، على اعتبار أنهم يمثلون \"تهديدا\"، وهو الأمر الذي أثار انتقادات قوية من واشنطن ولندن وباريس."),
    // Displeasure expressed at a side's act (TRG-accuse-021).
    ("ACCUSE", Some("disapprove"), "وأعربت تركيا الخميس عن غضبها بعد عقوبات فرضتها الولايات المتحدة على وزيرين في حكومة الرئيس التركي رجب طيب أردوغان على خلفية اعتقال القس."),
    ("ACCUSE", Some("disapprove"), "وحدث توتر بين أنقرة وباريس بعد أن عرض ماكرون الوساطة بين تركيا وقوات سوريا الديموقراطية، التي تشكل وحدات حماية الشعب الكردية عمودها الفقري والمصنفة إرهابية في تكريا، إذ عبر أردوغان عن غضبه إزاء العرض الفرنسي."),
    // Concern expressed, the bare noun with its owner after it (TRG-accuse-013).
    ("ACCUSE", Some("disapprove"), "وأعرب لافروف عن قلق روسيا من موقف الدول الغربية بشأن تقديم مساعدات للمناطق الخاضعة لسيطرة النظام السوري، قائلا: \"يقلقنا جدا الموقف الغربي المعلن بصوت عال، حول أنهم لن يقدموا أي مساعدة لتلك المناطق الخاضعة لسيطرة الحكومة السورية\"."),
    // A demand or a truce called unrealistic or meaningless is rejected (TRG-reject-016).
    ("REJECT", None, "وقالت روسيا إن المطالبات بخروج إيران من كل سوريا بشكل كامل غير واقعية."),
    ("REJECT", None, "فيما، قال حزب العمال الكردستاني السبت إن هدنته مع أنقرة فقدت أي معنى لها."),
    // A speaker saying that an act must stop or a side must withdraw demands it (TRG-request-018), and the withdrawal is not told as done.
    ("REQUEST", None, "وقال الرئيس الروسي فلاديمير بوتين خلال اللقاء في سوتشي، إنه لا بد من سحب \"جميع القوات الأجنبية\" من سوريا مع تفعيل العملية السياسية."),
    ("REQUEST", None, "وقال منسق الأمم المتحدة الإقليمي للشؤون الإنسانية في سوريا بانوس مومتزيس الاثنين في بيان إن استهداف المدنيين في الغوطة الشرقية المحاصرة قرب دمشق \"يجب أن يتوقف حالا\" في وقت \"يخرج الوضع الإنساني عن السيطرة\"."),
    // `ما إذا` (whether) asks who did an attack that was: not a condition, still coded.
    ("ASSAULT", None, "وأضاف المرصد إنه لم يعرف ما إذا كان الهجوم الجوي في محافظة الحسكة نفذه الجيش السوري أو التحالف الذي تقوده الولايات المتحدة والذي يشن حملة جوية منفصلة ضد تنظيم داعش في سوريا."),
];

/// Sentences where the same words mean something else: no event of `type`.
const NOT_CODED: &[(&str, &str)] = &[
    // وقع: to happen, to fall.
    ("AGREE", "ووقعت مواجهات أخرى بين هيئة تحرير الشام وداعش في المحافظة."),
    (
        "AGREE",
        "الذي تتهمه الحكومة التركية بالوقوف وراء المحاولة الانقلابية التي وقعت في البلاد في صيف عام 2016.",
    ),
    // A deal left or to be left names one made long before (TRG-agree-001 unless_prev انسحاب/خروج).
    ("AGREE", "ويسعى نتانياهو من وراء هذه الجولة إلى إقناع الدول الثلاث بأن تحذو حذو واشنطن في الانسحاب من الاتفاق ومعاودة فرض العقوبات على طهران."),
    // Entering talks called for or talks not ruled out: none held (TRG-consult-003/004 unless_prev دخول/استبعاد).
    ("CONSULT", "ورد الأكراد بعد تصريحات الأسد، بأنهم على استعداد للدخول في \"محادثات من دون شروط\"مع النظام."),
    ("CONSULT", "وفي المجال السياسي يطالب مشروع القرار \"السلطات السورية بالدخول في مفاوضات سورية-سورية بحسن نية وبطريقة بناءة وبلا شروط مسبقة\"."),
    // A deal to be kept, reviewed, amended or torn up stands already (TRG-agree-001 unless_prev).
    ("AGREE", "وأضاف ماكرون أنه يتفق مع السعودية على ضرورة كبح توسع إيران بالمنطقة وبرنامجها للصواريخ الباليستية لكنه لا يزال يعتقد بوجوب الحفاظ على اتفاق إيران النووي."),
    // Weighing an act of one's own, or searching (TRG-consult-003 unless_next, read past a name).
    ("CONSULT", "وقال قائد في الجيش الروسي إن موسكو تبحث تزويد سوريا بأنظمة إس-33 في أعقاب الضربات التي قادتها الولايات المتحدة."),
    ("CONSULT", "ومنذ ذلك الحين يبحث أردوغان عن حجة تتيح له الدعوة لانتخابات مبكرة واستمالة الناخبين الذين تخلوا عنه."),
    // A comprehensive deal hoped for or drafted (TRG-agree-001 unless_next شامل).
    ("AGREE", "كما استعرضوا وضع المفاوضات بين مجموعة 5+1 وإيران وأكدوا على أن اتفاقا شاملا يتيح الرقابة والتحقق ويبدد كافة المخاوف الإقليمية والدولية بشأن برنامج إيران النووي سيخدم المصالح الأمنية لدول مجلس التعاون والولايات المتحدة والمجتمع الدولي على حد سواء."),
    ("AGREE", "وقال الدبلوماسي الروسي: إن العثرة المتمثلة في مصير الأسد يمكن تخطيها، إن ساهمت القوى الكبرى في صياغة اتفاق شامل يتضمن توحيد قوات المعارضة والقوات الحكومية وإرساء انتقال سياسي."),
    // A deal viewed in the light of, likened to or negotiated for: none reached (TRG-agree-001 unless_prev غرار/ضوء/=التفاوض).
    ("AGREE", "وقال الأسد هذا الشهر إن حكومته، وبناء على اقتراح من روسيا، تسعى لإبرام اتفاق بشأن  جنوب غربي البلاد على غرار اتفاقات أسفرت عن استعادتها للسيطرة على مناطق أخرى بعد انسحاب مسلحي المعارضة منها."),
    ("AGREE", "وتشير الزيارة إلى تحركات تقودها السلطات الكردية، التي تسيطر على نحو ربع أراضي سوريا، لفتح قنوات مع حكومة الرئيس بشار الأسد، بينما تسعى إلى التفاوض على اتفاق سياسي يحفظ للأكراد حكمهم الذاتي."),
    // A leader visiting his own troops meets no other side (TRG-consult-006 unless_next عناصر/قوات).
    ("CONSULT", "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الرئاسة السورية، الأحد، أن الرئيس بشار الأسد زار عناصر الجيش السوري على الخطوط الأمامية في الغوطة الشرقية، حيث وجه التحية لقواته على العمليات العسكرية التي تنفذها."),
    ("CONSULT", "ظهر الرئيس التركي، رجب طيب أردوغان في مقطع فيديو مثير رفقة المطرب الشهير إبراهيم تاتلس، خلال زيارتهما القوات التركية، المنتشرة على الحدود مع سوريا فى ولاية هاتاي التركية."),
    // Inspectors, experts or a team visiting a site investigate: no meeting (TRG-consult-006).
    ("CONSULT", "ومن المقرر أن يحاول المفتشون زيارة مدينة دوما لتفقد الموقع الذي يشتبه أنه شهد هجوما كيميائيا."),
    ("CONSULT", "ومن المقرر أن يزور فريق من منظمة حظر الأسلحة الكيميائية سوريا \"قريبا\" لتحديد ما إذا كانت أسلحة محظورة قد استخدمت في دوما."),
    // صفقة talked of, likened to, sought or a company's sale: no deal struck (TRG-agree-008 with words).
    ("AGREE", "ومع ذلك لا تزال تركيا تحتفظ بعلاقات دبلوماسية مع الولايات المتحدة، بينما أن إيران ليس لديها مثل هذه العلاقات، لذلك فإن هناك فرصة دائما ليعقد ترامب صفقة مع اردوغان حول القس الأمريكي الذي تحتجزه السلطات التركية وبذلك يتم حل معظم المشاكل بين البلدين."),
    ("AGREE", "وقبل فشل المفاوضات، حاولت جماعة \"جيش الإسلام\" تأمين صفقة تسمح لمقاتليها بالإقامة في دوما كقوات أمن داخلية."),
    // وزارة (ministry) is و + زار + ه.
    ("CONSULT", "وقالت وزارة الدفاع التركية في بيان إن تركيا تحملت مسؤولياتها بصفتها دولة ضامنة."),
    ("CONSULT", "وصرح رئيس الوزراء الأردني أن بلاده لن تستقبل لاجئين جددا من سوريا تحت أي ظرف."),
    ("CONSULT", "فإن روسيا كانت تبحث عن مكان لها للعب دور ما في مستقبل سوريا."),
    // A standing alliance in a relative clause is not an act of support.
    ("SUPPORT", "ثانيا، روسيا التي تدعم نظام بشار الأسد، مستغلة بذلك جمود الدول الغربية."),
    // A ceasefire called for is not shooting; words escalate, not arms.
    ("ASSAULT", "وكانت الأمم المتحدة دعت في وقت سابق إلى وقف إنساني وفوري لإطلاق النار في سوريا."),
    (
        "ASSAULT",
        "تابعت الولايات المتحدة تصعيد لهجتها من استعمال السلاح الكيمياوي في سوريا على يد النظام السوري.",
    ),
    (
        "ASSAULT",
        "واعتبرت نتائج انتخابات 7 يونيو ضربة كبيرة لأردوغان الذي يرغب في إقامة نظام حكم رئاسي في تركيا.",
    ),
    ("ASSAULT", "ذلك أن فرنسا تحتل المرتبة الأولى بين الدول الغربية المصدرة للمتطرفين إلى سوريا."),
    ("ASSAULT", "وتحد المنطقة الأردن ومرتفعات الجولان التي تحتلها إسرائيل."),
    // An attack only supposed (إذا/في حال تعرضت للهجوم).
    ("ASSAULT", "سوف ندافع عن الولايات المتحدة والتحالف والقوات الشريكة إذا تعرضت للهجوم."),
    // Barrel bombs named as a way of war, not dropped; a clash to be avoided.
    ("ASSAULT", "كما استنكر الوزراء العنف المستمر الذي يمارسه النظام ضد شعبه بما في ذلك استخدام البراميل المتفجرة والأسلحة الكيماوية، مؤكدين التزامهم الدائم بتقديم المساعدات الانسانية للشعب السوري الذي تضررت حياته بشدة جراء هذه الأزمة، داعين النظام بالسماح بوصول هذه المساعدات إلى المحتاجين."),
    ("ASSAULT", "ونقلت \"رويترز\" عن نتانياهو قوله للصحفيين قبل مغادرته روسيا: \"نظرا لما يحدث في سوريا في الوقت الراهن، توجد حاجة لضمان استمرار التعاون العسكري بين الجيشين الروسي والإسرائيلي\"، وذلك في إشارة إلى خط ساخن بين البلدين يهدف لمنع وقوع اشتباك عارض."),
    // Conscription as an institution, not a call-up.
    ("MOBILIZE", "وأكدت الشبكة في تقرير لها أن معظم حالات الاعتقال التعسفي كانت بهدف التجنيد الإجباري، مشيرة إلى أن النظام السوري مسؤول عن 87% من حصيلة تلك الاعتقالات."),
    // هاجم in words: a leader attacking another.
    ("ASSAULT", "هاجم الرئيس التركي، رجب طيب أردوغان، السبت، نظيره الفرنسي، إيمانويل ماكرون، دون أن يسميه، معتبرا أن باريس تعمل على تشجيع الإرهابيين \"باستضافتهم\" في قصر الإليزيه، وذلك وسط خلاف دبلوماسي بين البلدين بشأن الأكراد وقوات سوريا الديمقراطية."),
    // A convention named, an agreement breached: no agreement reached.
    ("AGREE", "وتنص اتفاقية حظر الأسلحة الكيميائية على إحالة حالات خطيرة مثل هجوم دوما إلى مجلس الأمن لاتخاذ إجراءات مناسبة."),
    ("AGREE", "وقالت هايلي، في بيان في وقت سابق: \"إن انتهاكات النظام السوري لاتفاق إيقاف إطلاق النار يجب أن تتوقف\"."),
    // An interview given; a site visited.
    ("CONSULT", "أكد وزير الخارجية الأميركي، مايك بومبيو، في لقاء خاص مع \"سكاي نيوز عربية\"، أن الإدارة الأميركية ملتزمة بالتصدي للسلوك الإيراني الشرير، مشددا على أنها تعمل على تحجيم ميليشيات طهران في اليمن والعراق ولبنان، بالإضافة لسوريا، حيث تسعى واشنطن للتوصل إلى حل سياسي ينهي النزاع المستمر منذ 2011."),
    ("CONSULT", "وقالت وزارة الدفاع الروسية إن خبراءها زاروا مستشفيات في دوما، كبرى بلدات الغوطة الشرقية خارج دمشق، ولم يعثروا على دليل على هجوم الكيمياوي."),
    // استشهد بـ quotes: the singular verb is not a trigger.
    ("ASSAULT", "واستشهد الوفد السويدي بما قاله مدير عام منظمة حظر الأسلحة الكيمياوية، من أن المسؤولين السورين والروس أعربوا عن خشيتهم من أنه لا يمكن ضمان الوضع الأمني على الأرض."),
    // What endangers, given as a reason; a threat to be confronted.
    ("THREATEN", "حض رئيس الوزراء التركي، بن علي يلدريم، الأربعاء روسيا والولايات المتحدة على الكف \"عن شجارات الشوارع\" بشأن سوريا، قائلا إن الوقت حان لوضع خلافاتهما جانبا لأنها تهدد بالحاق الأذى بالمدنيين."),
    // A truce that collapsed.
    ("RETREAT", "انهيار الهدنة بين الحكومة التركية وحزب العمال الكردستاني"),
    // A student (طالب جامعي), not a demand.
    ("REQUEST", "ولقد أمكن التعرف على هوية الانتحاري، وهو المواطن التركي شيخ عبد الرحمن آلاغوز، وهو طالب جامعي يبلغ من العمر 20 سنة، ومسجل في منطقة أديامان بالأناضول."),
    // Refugees taken in (قبول المزيد من اللاجئين), not an acceptance of a side's terms.
    ("AGREE", "ويقول الأردن إنه لم يعد قادرا على قبول المزيد من اللاجئين، وذلك بعد تسجيل استقباله حوالي 650 ألف لاجئ سوري."),
    // Pictures of warplanes published, not warplanes deployed.
    ("MOBILIZE", "وكان الجيش الإسرائيلي نشر صورا لمقاتلات إف 35 وهي تحلق فوق العاصمة اللبنانية بيروت."),
    // Nouns and names that the clitic matcher reads as a verb + suffix.
    ("REQUEST", "وقد سحبت الولايات المتحدة آلافا من القوات الأمريكية في أفغانستان منذ أسبوع لتعزز قواتها المقاتلة هناك في مواجهة حركة طالبان."),
    ("REQUEST", "وقامت القوات التركية بعمليات تمشيط في القطاع الشمالي من ريف اللاذقية بحثا عن موقع ملائم لإنشاء نقاط مراقبة."),
    ("COERCE", "لقي 12 شخصا على الأقل مصرعهم في قصف صاروخي استهدف مقر الحزب الديمقراطي الكردستاني الإيراني، وفقا لبيان صادر عن الحزب."),
    ("THREATEN", "وقال إن الصواريخ الإيرانية طويلة المدى التي نشرتها في سوريا تشكل تهديدا لإسرائيل."),
    ("AID", "وبعد أن انتزعت القوات التركية بمساعدة فصائل مسلحة معارضة جيب عفرين، يؤكد أردوغان أنه يريد توسيع نطاق الهجوم."),
    ("MOBILIZE", "وتسيطر هيئة تحرير الشام على الجزء الأكبر من إدلب، بينما تنتشر فصائل أخرى في بقية المناطق."),
    ("CONSULT", "ومن المقرر أن تبدأ الوحدة الجديدة عملها بمحاصرة شخصيات قيادية مسؤولة عن الحملة الدعائية الخاصة بتنظيم «داعش» على مواقع التواصل الاجتماعي."),
    ("SUPPORT", "قال الرئيس الأميركي دونالد ترامب إن الرئيس السوري بشار الأسد \"سيدفع ثمنا باهظا\" للهجوم الكيماوي الذي شهدته مدينة دوما في الغوطة الشرقية."),
    ("THREATEN", "وفي سياق متصل، دعت الأمم المتحدة شركات الطيران إلى توخي الحذر في شرق المتوسط لاحتمال شن ضربات جوية في سوريا خلال 72 ساعة."),
    ("ASSAULT", "وأشار هنغبي إلى أن الصواريخ الإيرانية طويلة المدى والطائرات المسيرة التي نشرتها في سوريا تشكل تهديدا لإسرائيل."),
    ("ASSAULT", "وتابع أن الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف تابعة للتنظيم."),
    ("AGREE", "وقال: لسنا على استعداد لقبول جبهة جديدة لحزب الله ضدنا على الحدود الفاصلة بين إسرائيل وسوريا."),
    ("RETREAT", "وأضاف أن القادة الثلاثة أكدوا على أهمية الجهود المشتركة لتطبيق الهدنة التي دعت إليها الأمم المتحدة في سوريا."),
    ("MOBILIZE", "وتريد قوات سوريا الديمقراطية الوصول إلى اتفاق مع روسيا بشأن مداخل ومخارج المدينة."),
    ("REJECT", "وتأتي المخاوف بعد أن اتضح أن تعارض المصالح بين روسيا وتركيا بات كبيرا."),
    ("ASSAULT", "وقال الرئيس السوري بشار الأسد إن سوريا انتصرت وستنتصر في أي معركة قادمة."),
    ("ASSAULT", "وتساند ميليشيات إيرانية قوات الحكومة السورية في هجوم محتمل على إدلب قد يتحول إلى كارثة إنسانية، حيث تكتظ المدينة بالمدنيين."),
    ("COERCE", "وقال أردوغان، في تصريحات للصحفيين الذين كانوا مرافقين له في رحلة العودة من زيارة للمجر، إن الاتفاق بشأن منبج لم يمت تماما."),
    ("COERCE", "وطلبت من أطباء في المدينة المحاصرة التحدث إلى خبراء أميركيين عن العوارض التي عانى منها المصابون في دوما."),
    ("PROTEST", "وذكرت الصحيفة أن أجهزة الاستخبارات الأمريكية اعترضت محادثات بين شخصية روسية ومسؤولين سوريين."),
    ("PROTEST", "وتهدف الخطة التي أعلن عنها وزير الخارجية الأميركي الشهر الماضي إلى قطع الطريق على الأحلام الإيرانية في سوريا."),
    // Backing described, not support stated; an admission, not a recognition.
    ("SUPPORT", "اندلعت، الأحد، مواجهات عنيفة بين تحالف عربي كردي تدعمه الولايات المتحدة وقوات النظام السوري."),
    ("SUPPORT", "وتشن قوات النظام منذ أسبوعين هجوما واسعا بدعم روسي يستهدف منطقة حوض اليرموك."),
    ("SUPPORT", "اعترف الجيش الإسرائيلي الأربعاء بمسؤوليته عن غارة جوية على مفاعل نووي سوري عام 2007."),
    // A withdrawal wished for or a route for civilians is no withdrawal.
    (
        "RETREAT",
        "وفي رد غير مباشر على إعلان الرئيس الروسي، فلاديمير بوتن، ضرورة سحب \"جميع القوات الأجنبية\" من سوريا.",
    ),
    ("RETREAT", "وقالت الحكومة السورية إنها خصصت ممرا آمنا لخروج المدنيين من الغوطة الشرقية."),
    // A purpose, an aid convoy, a camp and talks only named.
    ("MOBILIZE", "قالت مصادر في وحدات حماية الشعب الكردية إنها توصلت إلى اتفاق مع دمشق لدخول القوات السورية منطقة عفرين للمساعدة في صد الهجوم التركي."),
    ("MOBILIZE", "دخلت قافلة مساعدات إنسانية تضم 13 شاحنة محملة بـ 2400 طرد غذائي إلى الغوطة الشرقية المحاصرة الجمعة."),
    ("AID", "وقال إن القوات التركية باتت على مشارف مدينة عفرين، بعد سيطرتها على اللواء 135 وهو معسكر تدريب لوحدات حماية الشعب الكردية."),
    ("CONSULT", "وشدد جونسون على أن الضغوط ستتواصل على الأسد لجلبه إلى طاولة المفاوضات."),
    // The passive participle: under threat, not threatening.
    ("THREATEN", "وأشارت الإذاعة إلى أن هؤلاء العناصر كانوا مهددين بعد تحقيق قوات النظام السوري تقدما ميدانيا في جنوب سوريا."),
    // A capacity to attack; a death sentence passed by a court.
    ("ASSAULT", "وقال أردوغان إن تركيا قادرة على شن عمليات ضد الجماعات التي تدعم إرهابيين، بدون الحصول على أية موافقة من أي دول أجنبية."),
    ("ASSAULT", "وتزامن وصول دي ميستورا إلى دمشق مع إصدار قضاء النظام السوري أحكاما بالإعدام على خمسة معارضين بارزين."),
    // The armed opposition is no opposition stated.
    ("REJECT", "وقتل أكثر من ألف مدني خلال 3 أسابيع من حملة القصف العنيف، التي تشنها قوات النظام السوري على الغوطة الشرقية المحاصرة، معقل الفصائل المعارضة الأخير قرب دمشق."),
    // A grip on power; bearing one's own responsibility.
    ("COERCE", "ولا أحد يعلم حتى الآن خطط بوتين لما بعد 2024، أو إلى متى يمكنه إحكام قبضته على السلطة."),
    ("ACCUSE", "وكان الرئيس الأمريكي دونالد ترامب قد قال إن على الدول العربية في المنطقة تحمل مسؤولية ما يجري في سوريا."),
    // Breaches of a ceasefire are no shooting told.
    ("ASSAULT", "وحذرت واشنطن من أنها ستتخذ إجراءات حازمة ومناسبة ردا على انتهاكات وقف إطلاق النار في منطقة خفض التصعيد."),
    // What must happen is an opinion, not an act.
    ("AGREE", "كما ينبغي أن يتفق الجانبان على نهج مشترك للضغط على أردوغان لإنهاء حملته على حزب العمال الكردستاني."),
    // A court's conviction is no denunciation; a sentence only faced is not passed.
    ("ACCUSE", "وفي 2007، قضت محكمة سورية على زمار بالسجن 12 عاما بعدما أدانته بأربع تهم."),
    ("SANCTION", "وينفي برانسون المقيم منذ نحو عشرين عاما في تركيا كل الاتهامات الموجهة إليه، ويواجه حكما بالسجن مدة تصل إلى 35 عاما."),
    // Defendants and a source declining to be named.
    ("ACCUSE", "وأصدرت محكمة جنايات القاهرة، السبت، حكمها بإعدام 75 متهما بينهم قيادات بجماعة الإخوان المسلمين بقضية \"فض اعتصام رابعة\" وفقا لما أوردته بوابة الأهرام، التابعة لأحد أكبر الصحف القومية في البلاد."),
    ("REJECT", "وقال أحد متطوعي الدفاع المدني رافضا كشف اسمه لوكالة الأنباء الفرنسية \"الأساس هو زيارة اللجنة للموقع لأن كل الأدلة موجودة هناك\" حيث تم \"دفن جميع شهداء الاعتداء الكيميائي والقصف الآخر\"."),
    // Ground only fought for.
    ("ASSAULT", "بشأن سوريا تكتب صحيفة \"العرب\" بأن بشار الأسد على وشك استعادة كامل الجنوب السوري ليستعيد بذلك الحدود مع الجولان المحتل إسرائيليا."),
    ("ASSAULT", "ومن شأن خروج \"جيش الإسلام\" من دوما أن يتيح للجيش السوري استعادة كامل الغوطة الشرقية، التي بقيت لسنوات المعقل الأبرز للفصائل المعارضة قرب دمشق."),
    // Trade restrictions between states are no coercion of people.
    ("COERCE", "وعلى نفس المنوال الأميركي في قضية برانسون، فرضت روسيا قيودا تجارية على أنقرة، وقال بوتن إن القيود لن تلغى إلى أن يعتذر أردوغان عن الحادث."),
    // An entry ban is no deployment.
    ("MOBILIZE", "وحظرت واشنطن منح أي تصاريح تصدير أسلحة للإدارة الحكومية التركية لشراء الأسلحة ومنع رئيس هذه الإدارة ومسؤولين آخرين من دخول الأراضي الأميركية."),
    // A relief body's name is no relief given.
    ("AID", "بدوره، كشف اتحاد منظمات الإغاثة والرعاية الطبية، السبت، عن خروج 3 مستشفيات ومركزين تابعين لمنظمة الخوذ البيض ونظام إسعاف، من الخدمة بسبب الهجمات الجوية التي استمرت على مدى عدة أيام."),
    // The preacher (الداعية) makes no call.
    ("REQUEST", "وحملت تركيا الداعية فتح الله غولن، الذي يعيش في المنفى في الولايات المتحدة، مسؤولية الوقوف وراء محاولة الانقلاب."),
    // A ceasefire sought or drafted is not declared.
    ("RETREAT", "في هذه الأثناء تقاربت تركيا مع روسيا ومع إيران في الأشهر الأخيرة بهدف إرساء وقف إطلاق النار في سوريا علما بأن تركيا تدعم فصائل سورية تحارب القوات الحكومية التي تلقى الدعم من موسكو."),
    ("RETREAT", "قالت روسيا إنه لا يوجد اتفاق في مجلس الأمن الدولي بشأن مشروع القرار الخاص بوقف إطلاق النار في سوريا لمدة ثلاثين يوما بهدف إجلاء الجرحى وإدخال المساعدات الإنسانية."),
    // What endangers stability is no threat made.
    ("THREATEN", "وترى الولايات المتحدة أن سوريا مصدر للارهاب الاسلامي بما يهدد استقرار الشرق الأوسط وسلامة الغربيين."),
    // A convoy attacked; a crowd gathered.
    ("MOBILIZE", "شن الطيران الأمريكي في 7 فبراير/شباط غارات مكثفة على رتل من القوات الموالية للحكومة السورية قرب بلدة خشام في محافظة دير الزور شرقي البلاد."),
    ("MOBILIZE", "وأشارت السلطات التركية إلى أنه فجر نفسه قبيل ظهر الإثنين الماضي في حدائق المركز الثقافي في سوروتش على الحدود مع سورية وسط حشد من الشباب المؤيدين للأكراد."),
    // Coordination inferred by the writer; cooperation cut off.
    ("COOPERATE", "هذا العميل كان معارضا للرئيس بوتين، وأنذاك كانت لندن قد قطعت كل تعاون مع موسكو."),
    ("COOPERATE", "ومنذ تموز الماضي، اجتمعت المخابرات التركية والروسية مرات عدة في إدلب، مما يعكس التنسيق بين القوى العسكرية والجهات الاستخباراتية التركية والروسية في إدلب."),
    // Refugees, a tournament and 'terrorists' hosted are no visit.
    ("CONSULT", "وتستضيف تركيا نحو أربعة ملايين لاجئ سوري، يتوزع بعضهم على ٢٨ مخيما للاجئين اقيمت قرب الحدود، لكن الغالبية العظمى منهم فضلوا العيش والاندماج في المدن التركية الكبيرة كعنتاب واسطنبول وبورصة."),
    ("CONSULT", "ومن المقرر أن ينطلق كأس العالم، الذي تستضيفه روسيا للمرة الأولى، في 14 يونيو القادم."),
    ("CONSULT", "وقال أردوغان أمام تجمع لأنصاره في إقليم دنيزلي في جنوب غرب البلاد \"فرنسا تشجع الإرهابيين باستضافتهم في القصر الرئاسي..."),
    // The nuclear deal named, an obligation breached.
    ("AGREE", "تحدثت الصحف العالمية الصادرة اليوم عن التصعيد بين إيران وإسرائيل وتداعيات الانسحاب الأمريكي من الاتفاق النووي الإيراني."),
    ("AGREE", "وكان مسؤول نزع السلاح الأمريكي روبرت وود قال للصحفيين في وقت سابق إن روسيا قد خالفت التزاماتها بوصفها الدولة الضامنة للقضاء على ترسانة سوريا الكيمياوية ومنع نظام الرئيس بشار الأسد من استخدامها."),
    // Fighting alongside, or as who a group is; a fight only foreseen.
    ("ASSAULT", "ووفق عبد الرحمن، \"يقاتل الى جانب قوات النظام مئة عنصر من حزب الله اللبناني بالاضافة الى القوات الموالية لها ومقاتلين شيعة افغان وايرانيين\"."),
    ("ASSAULT", "الحرب السورية: من يقاتل من؟"),
    ("ASSAULT", "واشنطن لا تريد أن يسحب حزب العمال الكردستاني قواته من شمال سوريا ويتجه إلى داخل تركيا، لأن الأكراد سيقاتلون «داعش» والقوات التركية داخل تركيا."),
    // A purpose to loot is no looting.
    ("COERCE", "وانتشر شريط فيديو هذا الأسبوع يظهر على ما يبدو مقاتلين من الجيش الحر وهم يناقشون خططا لنهب المنازل في عفرين."),
    // Who stands with whom is asked, not told.
    ("SUPPORT", "ونقلت الصحيفة تصريحات مسؤولين كبار تشاءموا فيها من تعدد المنظمات والتحالفات في سوريا، ومن عدم قدرة الاستخبارات الأميركية على معرفة من يقف مع من."),
    // Answering an appeal is no appeal.
    ("REQUEST", "اعتصم المئات من الأكراد في مدينة القامشلي في شمال شرق سوريا، تلبية لنداء وجهته الإدارة الذاتية للتظاهر حول العالم تنديداً بالوجود التركي في منطقة عفرين، وفق ما أفاد فريق وكالة فرانس برس."),
    // Forces leaving under a local deal withdraw (RETREAT), they leave no treaty.
    ("SANCTION", "وجاء الانسحاب إثر اتفاق الولايات المتحدة وتركيا في حزيرن/يونيو الماضي على \"خارطة طريق\" بشأن منبج، المدينة ذات الغالبية السكانية العربية والواقعة على بعد 30 كلم من الحدود التركية والخاضعة لسيطرة قوات سوريا الديمقراطية (فصائل كردية وعربية مدعومة من واشنطن)."),
    // Joining a course of action is no joining of ranks.
    ("COOPERATE", "أن العلاقات التركية-الروسية لم تكن منذ عقود طويلة بأفضل مما هي عليه اليوم، عندما شرعت الدول الغربية في فرض عقوبات على روسيا بعد انطلاق “العملية العسكرية” الروسية ضد أوكرانيا، رفضت تركيا الالتحاق بركب العقوبات، ولم يلبث كبار رجال الأعمال الروس وصغارهم أن انتقلوا إلى تركيا، بعد أن أقفلت الأسواق الأوروبية أبوابها أمامهم."),
    // A withdrawal deemed necessary is demanded, not done.
    ("RETREAT", "وتابع الوزير العراقي: \"نرفض رفضا قاطعا خرق القوات التركية للحدود العراقية، ونجدد تأكيدنا على ضرورة انسحاب القوات التركية من بعشيقة\"."),
    // The noun intervention is no entry.
    ("MOBILIZE", "وأكد الرئيس الفرنسي، إيمانويل ماكرون، تدخل الجيش الفرنسي في الضربة العسكرية على سوريا بالتنسيق مع الولايات المتحدة وبريطانيا."),
    // A build-up to be stopped, support rallied, a hold kept: no deployment, no conquest.
    ("MOBILIZE", "وتعهد نتنياهو منذ أمد طويل بوقف إيران عن تعزيز وجودها العسكري في سوريا."),
    ("MOBILIZE", "ويواجه إردوغان اتهامات من معارضيه بأنه أطلق الحملة العسكرية ضد حزب العمال الكردستاني لحشد تأييد القوميين وتقويض المعارضة المؤيدة للأكراد التي ساعد أداؤها القوي خلال انتخابات يونيو/ حزيران على حرمان حزبه من الأغلبية البرلمانية."),
    ("ASSAULT", "بالعكس، بقي الجيش السوري الموالي لبشار الأسد متماسكا وقويا، فارضا سيطرته على المدن الكبرى وعلى المناطق الهامة والحيوية بالنسبة للنظام."),
    // Officials asking not to be named set no condition.
    ("REQUEST", "وقال مسؤولون أمريكيون اشترطوا عدم نشر اسمائهم، كي يتسن لهم تأكيد تفاصيل القرار: إن الولايات المتحدة ستشن هجمات لدعم التقدم الذي أحرز ضد داعش."),
    ("REQUEST", "وقال مصدر من المعارضة السورية في باريس طالبا عدم الكشف عن اسمه \"لقد وصل إلى فرنسا قبل يومين أو ثلاثة أيام، وهو ينوي الإقامة هنا\"، حيث تعيش إحدى بناته، مشيدا بـ\"هذا الخبر الجيد جدا\"."),
    // A must that names no stop or departure is a position, not a demand (TRG-request-018 leaves يكون out).
    ("REQUEST", "أكد وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية أن قطر وروسيا تتفقان على أن الحل للأزمة السورية يجب أن يكون سياسياً يقبله الشعب السوري."),
    // A withdrawal demanded is not done.
    ("RETREAT", "وقال الرئيس الروسي فلاديمير بوتين خلال اللقاء في سوتشي، إنه لا بد من سحب \"جميع القوات الأجنبية\" من سوريا مع تفعيل العملية السياسية."),
    // Insisting that something is so is a claim, not a demand (TRG-request-005 refuses أنه/أنها/بأن after it).
    ("REQUEST", "ووفقا للمرصد السوري لحقوق الإنسان، قتل 78 مدنيا على الأقل خلال العملية التركية إلا أن أنقرة تصر على أنها تتخذ جميع الإجراءات اللازمة لحماية المدنيين."),
    // Concern caused is no concern expressed (TRG-accuse-013 needs أعرب/عبر/أبدى).
    ("ACCUSE", "وكان ترامب قد أثار قلقا لدى المؤسسة العسكرية الثلاثاء عندما قال إنه يريد القوات الأمريكية \"خارج\" سوريا."),
    // An area left meaningless (بلا معنى) in an analyst's forecast rejects nothing (TRG-reject-016 refuses ب).
    ("REJECT", "ويضيف: «إذا سيطر النظام على المنطقة الواقعة غرب خط درعا - حلب، فستكون المناطق الشرقية بلا معنى، لأنها ستتبع تلقائيًا العراق والأردن، فيما يعاني النظام من مشكلة ديموغرافية في مناطقه، بسبب التدفق الكبير للنازحين من مختلف الأطياف»."),
    // Anger caused is no anger expressed (TRG-accuse-021 needs أعرب/عبر/أبدى).
    ("ACCUSE", "ووحدات حماية الشعب حليف الولايات المتحدة الرئيسي ضد تنظيم داعش في سوريا، وهي شراكة أثارت غضب تركيا التي تعتبر القوة الكردية امتدادا لحزب العمال الكردستاني، الذي يشن تمردا في جنوب شرق تركيا."),
    // Market demand (نمو الطلب، حجم الطلب، آفاق الطلب على الخام) is no request.
    ("REQUEST", "على صعيد الأسعار، استقرت أسعار النفط في التعاملات الآسيوية أمس بعد أن أظهرت بيانات أسبوعية هبوطا أكبر من المتوقع في مخزونات الولايات المتحدة من النفط الخام والبنزين الأمر الذي عزز آفاق الطلب على الخام."),
    ("REQUEST", "لكن قوة الدولار حدت من المكاسب، وعلى الرغم من انخفاض مخزونات النفط حذر بعض المحللين من تخمة في المعروض العالمي، إذ زاد إنتاج الدول الأعضاء في \"أوبك\" عن حجم الطلب في الربع الثاني بنحو ثلاثة ملايين برميل يوميا."),
    // An act done at a side's request (بطلب من الحكومة التركية، جاء بطلب من الحكومة السورية) names the request as its background: no request told.
    ("REQUEST", "واعتقل مسلم في العاصم التشيكية، براغ، بطلب من الحكومة التركية، الأحد، وفقا لما ذكرته وكالة \"الأناضول\"."),
    ("REQUEST", "قال وزير الخارجية السوري، وليد المعلم، السبت، إن الوجود الإيراني في سوريا شرعي لأنه جاء بطلب من الحكومة السورية، على عكس القوات التركية والأميركية الموجودة في البلاد بشكل غير شرعي."),
    ("REQUEST", "وروى جندي طالبا عدم ذكر اسمه انه سبق له ان ذهب مع \"خمسة من رفاقي الى جبهة مع الاكراد حيث شاركنا في القتال على سلاح المدفعية.. أمضينا ستة أشهر نقوم بعمليات الإسناد البعيد لعناصر المشاة الاكراد\"."),
    // A delivery suspended.
    ("AID", "وكانت روسيا قد علقت تسليم منظومة الدفاع الجوي المتطورة إلى سوريا في عام 2013، بناء على طلب من إسرائيل."),
    // An escalation only wished away or feared.
    ("ASSAULT", "وأضاف كونريكس: \"لا نرغب في تصعيد الوضع.\""),
    ("ASSAULT", "وعلق مستشار الأمن القومي الأمريكي جون بولتون، على قرار تسليم منظومة (اس-300) إلى سوريا أنه سيؤدي إلى \"تصعيد كبير\" في الحرب الأهلية السورية، وحث موسكو على إعادة النظر."),
    // In agreement with (an adverb), holding to an agreement already made.
    ("AGREE", "وأوضح \"مجلس منبج العسكري\" التابع لقوات سوريا الديمقراطية في بيان أن \"الدفعة الأخيرة من المستشارين العسكريين في وحدات حماية الشعب قد أكملت انسحابها اليوم 15 تموز/يوليو 2018، وذلك بعد أن أنهت مهمتها في التدريب والتأهيل العسكري لقواتنا، بالاتفاق مع التحالف الدولي\"."),
    ("AGREE", "وقال نسيم أبو عرة قائد قوات شباب السنة وهي إحدى جماعات الجيش السوري الحر الرئيسية في جنوب سوريا \"الجميع على أهبة الاستعداد، ونحن ما زلنا إلى الآن متمسكين باتفاقية خفض التصعيد ولكن في حال قام النظام بشن أي هجوم على أي قطاع من قطاعات الجنوب السوري سيواجه ببراكين من النيران\"."),
    // Unwillingness is no threat.
    ("THREATEN", "أبلغت تركيا الأمم المتحدة يوم الجمعة أنها بدأت في شن غارات جوية ضد تنظيم داعش في سورية لأن الحكومة السورية إما غير قادرة أو غير مستعدة لمواجهة تلك الجماعة المتطرفة."),
    // No strikes at all.
    ("ASSAULT", "وأضاف أن \"التحالف لم يوجه أي ضربات لمواقع الجيش السوري في شرق سوريا\"، وفق ما ذكرت وكالة فرانس برس."),
    // A draft resolution about a truce declares none.
    ("RETREAT", "أرجأ مجلس الأمن الدولي التصويت على مشروع قرار بشأن هدنة إنسانية في سوريا."),
    // A massacre only feared.
    ("ASSAULT", "وناشد مبعوث الأمم المتحدة لسوريا فرض هدنة لوقف واحدة من أسوأ الهجمات الجوية خلال الحرب ومنع وقوع \"مذبحة\"."),
    // An operation only expected has not happened.
    ("ASSAULT", "وبينما تقول موسكو وطهران، ومعهما دمشق، إن العملية العسكرية المرتقبة في إدلب تهدف للقضاء على \"الإرهابيين\"، تخشى أنقرة من أن موجة نزوح جديدة باتجاه الأراضي التركية."),
    ("ASSAULT", "وتدعم تركيا جماعات مسلحة في إدلب، وتحاول إثناء روسيا عن المشاركة في الهجوم العسكري المتوقع."),
    // A Council resolution providing for a ceasefire, and the resolution named again, declare none.
    ("RETREAT", "أفاد دبلوماسيون بأن مجلس الأمن الدولي أرجأ التصويت على مشروع قرار ينص على وقف لإطلاق النار في سوريا لثلاثين يوما إلى السبت ظهرا (1700 ت غ) لإفساح المجال أمام المزيد من المفاوضات."),
    ("RETREAT", "وقالت المتحدثة باسم الخارجية الأميركية، هيذر ناورت، للصحفيين، يوم الثلاثاء، إن على تركيا أن تقرأ قرار وقف إطلاق النار \"لترى ما الذي يقوله العالم عن ذلك\"."),
    // A resolution reached by the UN demands a truce of the parties (dev gold codes the Council's
    // vote on the truce resolution as REQUEST); it was a coded row until the resolution exception.
    ("RETREAT", "والآن مع توصل الأمم المتحدة لقرار إيقاف إطلاق النار عبر أرجاء سوريا، لا تزال هنالك الكثير من الشكوك."),
    // A withdrawal given a deadline, pressed for or talked of is none done.
    ("RETREAT", "وأعطى الجيش السوري يوم الأحد الماضي المسلحين في حرستا مهلة للانسحاب حسبما أفادت وسائل الإعلام الرسمية."),
    ("RETREAT", "وأثار الحديث عن انسحاب القوات الأمريكية من سوريا قلق الحليف الرئيسي لواشنطن هناك، الأكراد، الذين قاتلوا إلى جانب الأمريكيين ضد تنظيم داعش."),
    ("RETREAT", "كثف الجيش السوري غاراته الجوية والمدفعية على مخيم اليرموك جنوب دمشق الجمعة، وذلك غداة فشل مفاوضات تقضي بانسحاب مقاتلي تنظيم \"الدولة الإسلامية\" من نقاط وجودهم في الحي."),
    // Aid needed, welcomed or not needed is none given.
    ("AID", "وأضاف: \"إن سوريا بحاجة إلى مساعدة إعادة بناء وضمان عودة اللاجئين الذين فروا من البلاد\"."),
    ("AID", "وأوضح أن البلاد سوف ترحب بأي مساعدة أجنبية، شريطة أن لا يكون لها أي شروط مسبقة."),
    ("AID", "في سياق آخر قال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إن تركيا لديها جيش قوي ولا تحتاج إلى مساعدة عسكرية من الحلف، وذلك في مقابلة قبل اجتماع للدول الأعضاء في الحلف يعقد بطلب من أنقرة."),
    ("AID", "وتقدر الأمم المتحدة أن 13.1 مليون شخص يحتاجون مساعدات إنسانية في سوريا في عام 2018."),
    // A crime described (التسلل غير المشروع، تجارة غير مشروعة) decries no side.
    ("ACCUSE", "وكان الجيش التركي أوضح أن الغرض من حفر الخندق الحدودي هو وقف عمليات التسلل غير المشروع إلى الجانب السوري، ووقف تدفق المقاتلين إلى صفوف الجماعات الإرهابية المشاركة في الحرب الداخلية المشتعلة شمال سوريا."),
    // After a relative (التي تعتبرها أنقرة منظمة إرهابية) the branding describes a side: no charge told.
    ("ACCUSE", "ويشن الجيش التركي وفصائل من المعارضة السورية الموالية لأنقرة، منذ 20 يناير الماضي، هجوما عسكريا على عفرين في شمال غرب سوريا، والتي تسيطر عليها وحدات حماية الشعب الكردية، التي تعتبرها أنقرة منظمة إرهابية."),
    // Cooperation charged (بتهمة التعاون مع) is the charge, no cooperation told.
    ("COOPERATE", "أعدم إرهابيو تنظيم النصرة في مدينة حلب شمالي سوريا اليوم السبت، شخصين بتهمة الزنا وثمانية آخرين بتهمة التعاون مع نظام الرئيس السوري بشار الأسد."),
    // Support named in a concession (رغم دعمها للحملة) tells no act.
    ("SUPPORT", "تحرك تركيا الآن رغم دعمها للحملة على «داعش» مرده إلى أهداف أخرى لا تقل أهمية، فالنظام رغم جرعة الأمان التي يشعر بها بعد الاتفاق النووي الإيراني مع الغرب هو في أضعف أحواله."),
    // Backing a military action (تدعم … الحملة العسكرية، يدعم التدخل العسكري) is a stance on it,
    // not arms or money given.
    ("AID", "وتدعم إيران وروسيا الحملة العسكرية المقترحة على إدلب، التي من المتوقع أن تشارك فيها قوات النظام، رغم مناشدات تركيا بوقف إطلاق النار."),
    ("AID", "وتدعم فرنسا التحرك العسكري الأمريكي وعلى الأرجح بريطانيا في ظل توتر مع روسيا التي تدهورت علاقاتها مع الغرب أساسا على خلفية قضية تسميم الجاسوس السابق سيرغي سكريبال في سالزبري."),
    // Aid needed, after إلى (يحتاج نحو 13 مليون شخص إلى مساعدات): none given.
    ("AID", "ويقول الاتحاد الأوروبي أن هناك 6,1 ملايين نازح داخل سوريا بينما فر أكثر من خمسة ملايين آخرين من المعارك ويحتاج نحو 13 مليون شخص إلى مساعدات."),
    ("AID", "وأوضح المفوض السامي للأمم المتحدة لشؤون اللاجئين فيليبو غراندي الخميس أن \"الوضع الأمني يعوق جهودنا للوصول إلى عدد كبير من الناس الذين هم في حاجة ماسة\" إلى المساعدات، محذرا من \"خسارة حياة آلاف الأبرياء مرة جديدة إذا لم يتم اتخاذ تدابير عاجلة\"."),
    // Aid only discussed, hoped for, talked of or found impossible (بشأن تقديم مساعدات، على أمل تقديم مساعدات، قبل أي حديث عن تقديم مساعدات، من المستحيل تقديم المساعدات) is none given (TRG-aid-004/006 unless_prev).
    ("AID", "وأعرب لافروف عن قلق روسيا من موقف الدول الغربية بشأن تقديم مساعدات للمناطق الخاضعة لسيطرة النظام السوري."),
    ("AID", "ويعقد المجتمع الدولي مؤتمرا يومي الثلاثاء والأربعاء في بروكسل للهيئات المانحة على أمل تقديم مساعدات لخمسة ملايين لاجئ سوري يقيمون في دول مجاورة و6,1 ملايين نازح داخل البلاد، بينهم 250 ألفا محاصرون في مناطق نزاع."),
    ("AID", "لكن الأمم المتحدة قالت إنها تجد من المستحيل تقديم المساعدات للمدنيين أو إجلاء الجرحى وقالت إن على جميع الأطراف أن تلتزم بدلا من ذلك بهدنة مدتها 30 يوما طالب بها مجلس الأمن الدولي."),
    ("AID", "ورفضت واشنطن التهم الموجهة إلى برانسون بشأن مساعدة متورطين في محاولة الانقلاب ضد الرئيس رجب طيب أردوغان سنة 2016."),
    // Information, water or guarantees supplied (بتزويد إسرائيل بمعلومات، تزويد العراق بالمياه)
    // are no aid; arming prevented or hesitated over (لعدم تزويد، تردد في تسليح) is none given.
    ("AID", "وكان كوهين قد نجح في اختراق أعلى مستويات النظام السوري، وساهم بتزويد إسرائيل بمعلومات ساعدتها في احتلال مرتفعات الجولان السورية في حرب 1967."),
    ("AID", "مما عجل من انخفاض منسوب المياه، ووضع العراق أمام مشكلة حقيقية، خصوصا بعد أن حولت إيران أيضا مجرى الأنهار التي كانت تساهم بتزويد العراق بالمياه."),
    ("AID", "وضغطت إسرائيل بشدة على روسيا لعدم تزويد سوريا بمنظومة (اس-300)."),
    ("AID", "وعلى الرغم من أن الرئيس الأميركي باراك أوباما من أوائل الذين طالبوا الأسد بالرحيل، فإن البيت الأبيض تردد في تسليح المعارضة."),
    // Help towards a political end (المساعدة في بناء حوار، في تحقيق تسوية), help charged
    // (بتهمة مساعدة) or failed (بالتقاعس عن مساعدة) is no aid given.
    ("AID", "وقال ماكرون إنه بلده يأمل في المساعدة في بناء حوار بين تركيا وقوات سوريا الديمقراطية."),
    ("AID", "رفضت سوريا، الأربعاء، الدعوات لسحب إيران وميليشيا حزب الله اللبنانية قواتهما من البلاد، والتي خرجت من واشنطن وموسكو في إطار المساعدة في تحقيق تسوية للأزمة السورية."),
    ("AID", "وصدر حكم بسجنه أكثر من ثلاث سنوات بتهمة مساعدة منظمات إرهابية، لكن سمح له بالعودة إلى الولايات المتحدة والتقى الرئيس دونالد ترامب."),
    ("AID", "وفي رد على سؤال لـ«الشرق الأوسط» خلال المؤتمر الصحافي، يتعلق بتعرض المجتمعين لضغوط دولية في ظل تعدد اجتماعات المعارضة بعدة عواصم من دون التوصل إلى موقف موحد حتى الآن، بينما تتهم المعارضة المجتمع الدولي بالتقاعس عن مساعدة السوريين، قال صفوان عكاش، سكرتير هيئة التنسيق إن «التدخلات الدولية والإقليمية كبيرة جدا ولكننا نؤكد على استقلالية القرار السوري»."),
    ("AID", "واعتمد مجلس الأمن الدولي في 24 فبراير قرارا يطلب وقفا لإطلاق النار في سوريا لمدة 30 يوما \"من دون تأخير\" بهدف السماح بإيصال المساعدات وإخلاء الحالات الطبية الحرجة."),
    // A release negotiated for is none made.
    ("RETREAT", "وقال مدير المرصد السوري لحقوق الإنسان إن احتدام المعارك جاء بعد فشل مفاوضات كانت تهدف إلى إطلاق سراح 30 سيدة وطفلا يحتجزهم التنظيم مقابل نقل نحو 100 مقاتل تابع له إلى البادية السورية."),
    // In two batches, will push Turkey: not دفعت, not troops sent.
    ("MOBILIZE", "وتأتي عملية الإجلاء، السبت، غداة خروج مئات المقاتلين من فصيل \"حركة أحرار الشام\" على دفعتين من مدينة حرستا بناء على اتفاق مع الجانب الروسي."),
    ("MOBILIZE", "وتنتشر إلى جانب القوات الكردية الموجودة في تل رفعت، قوات عسكرية حكومية وروسية أيضا، وهذا سيدفع بتركيا إلى عقد تفاهمات جديدة مع روسيا لأهمية موقع تل رفعت الاستراتيجية."),
    // An attack prepared or paved for has not happened yet.
    ("ASSAULT", "ونقلت وكالة رويتروز عن مصدر مقرب من الحكومة السورية تأكيده أن القوات الحكومية تستعد لهجوم على مراحل في محافظة إدلب والمناطق المحيطة بها."),
    ("ASSAULT", "ونشرت وكالة أنباء رويترز تصريحات نقلا عن مصادر تفيد بأن الرئيس السوري بشار الأسد يجهز لهجوم متعدد المراحل."),
    ("ASSAULT", "وقال مدير المرصد رامي عبد الرحمن أن \"التصعيد الجديد يمهد لهجوم بري لقوات النظام\" بعدما استكملت تعزيزاتها العسكرية قرب الغوطة."),
    // A surrender offered as a choice, or listed among what may befall fighters, is none made.
    ("RETREAT", "وذكر مصدر معارض مطلع على المفاوضات في دوما، لوكالة \"فرانس برس\" أن الروس خيروا \"جيش الإسلام\" بين الاستسلام أو الهجوم\"، وجرى منحهم مهلة أيام قليلة للرد."),
    ("RETREAT", "وتنفي القوات التركية استهداف المدنيين، وتقول إنها تمكنت من \"تحييد\" أكثر من \"3 آلاف إرهابي، في إشارة إلى الذين قتلوا أو استسلموا أو أسروا."),
    // One verb is one event: ground taken is not also property seized, money taken not also ground.
    ("COERCE", "وذكر الجيش في بيان أن القوات التركية، وحلفاءها من المعارضة السورية المسلحة، استولت على \"مناطق ذات أهمية حيوية\"، في محيط عفرين."),
    ("ASSAULT", "أثار انشقاق أحد كبار قادة داعش في سوريا عن التنظيم الاربعاء الماضى وبرفقته عدد من انصاره بعد أن استولوا على ملايين الدولارات، وتمكنوا من الهرب إلى جهة مجهولة."),
    // A tweet published, rumours spread, zones where forces stand: no deployment.
    ("MOBILIZE", "وأوردت الفصائل في تغريدة نشرتها \"غرفة العمليات المركزية في الجنوب\" على تويتر \"فشل المفاوضات مع العدو الروسي في بصرى الشام وذلك بسبب إصرارهم على تسليم السلاح الثقيل\"."),
    ("MOBILIZE", "وأصرت موسكو على أن خبراءها العسكريين لم يعثروا على أي دليل على وقوع هجوم كيميائي وأشارت إلى أن فصائل المعارضة اختلقت أو نشرت شائعات عن وقوع الهجوم لإلقاء اللوم على دمشق."),
    ("MOBILIZE", "ويوضح الإنفوغرافيك المرفق مناطق انتشار كل القوات الأجنبية في سوريا، ومناطق تداخلها والقواعد الجوية السورية، بالإضافة إلى أبرز مواقع القوات الروسية والإيرانية."),
    // القتال bare is fighting in general: fronts, a truce sought.
    ("ASSAULT", "وكشف المصدر أن المصابين تم سحبهم من جبهات القتال أمس برفقة جثث القتلى."),
    ("ASSAULT", "استأنفت المعارضة السورية المسلحة محادثاتها مع روسيا بهدف وقف القتال مع القوات الحكومية جنوب البلاد."),
    // A state's support needed or missing is none given; political support stays SUPPORT.
    ("AID", "وتابع الأسد بالقول: \"نحن بحاجة إلى الدعم الروسي، ولكن علينا أيضا تفادي غباء الأمريكيين، من أجل تحقيق الاستقرار في بلادنا.\""),
    ("AID", "وتتخذ تركيا مواقف داعمة لسياسة اذربيجان في مختلف المجالات، وعلى رأسها الدعم السياسي لباكو في نزاعها مع أرمينيا حول اقليم كاراباخ."),
    // Ties only discussed or wished for are none strengthened.
    ("COOPERATE", "هذا وتأتي زيارة الجبير إلى موسكو لمواصلة بحث المبادرة الروسية بشأن تشكيل جبهة واسعة لمواجهة تنظيم «داعش»، ولاستعراض سبل تعزيز العلاقات الثنائية."),
    ("COOPERATE", "لكنه لم يذكر علنا رغبة في تعزيز العلاقات مع دول الاتحاد الأوروبي في حين لا تزال العقوبات التي فرضت خلال أزمتي أوكرانيا في 2014 وشبه جزيرة القرم، مطبقة."),
    // لشن is a purpose: the attack is being prepared, whatever the window.
    ("ASSAULT", "على صعيد متصل، أشارت تقارير إلى أن القوات الحكومية السورية تستعد لشن هجوم بري على قوات المعارضة المسلحة في الغوطة الشرقية على أطراف دمشق."),
    // The verbal noun (تصديه، التصدي) is mostly a stance, a pledge or a purpose: not a trigger.
    ("ASSAULT", "• التضامن مع الشعب العراقي في تصديه لمنظمة داعش الإرهابية وتكثيف الدعم والتعاون مع الحكومة العراقية."),
    // Operations announced (ستشن) have not happened yet: a threat.
    ("ASSAULT", "وقال \"لتطهير حدودها من المجموعات الإرهابية ستشن تركيا عمليات جديدة كعمليتي درع الفرات وغصن الزيتون\"."),
    // Civilians kept from leaving: no side withdraws.
    ("RETREAT", "وأضافت أن الجماعات المسلحة ما زالت لا تسمح للنساء والأطفال بالمغادرة لأسباب أمنية."),
    // An assistant secretary is no aid.
    ("AID", "وتقوم مساعدة وزير الخارجية الأمريكية لشؤون السكان واللاجئين والهجرة بزيارة الأردن للاطلاع على الجهود الأردنية المبذولة في الاستجابة لأزمة اللاجئين السوريين، حسب وكالة الأنباء الأردنية."),
    // A deal's term (يقضي بتهجير) is not yet a departure; under a deal, no deportation either.
    ("RETREAT", "والاتفاق الذي أعلن، الخميس، يقضي بتهجير رافضي التسوية مع النظام من مدنيين ومقاتلين وعائلاتهم، باتجاه إدلب، وتسوية أوضاع من يقبل بحكم النظام في القنيطرة."),
    ("COERCE", "ففي 27 أغسطس 2016، بدأ تهجير سكان مدينة داريا بالكامل بعد اتفاق بين المعارضة والنظام السوري، وانتقال المسلحين وأسرهم إلى محافظة إدلب في الشمال السوري."),
    // Fighters who may decide (يقررون) to leave have not left.
    ("RETREAT", "وقالت وزارة الدفاع الروسية في بيان \"يضمن مركز المصالحة الروسي الحصانة لكل مقاتلي المعارضة الذين يقررون مغادرة الغوطة الشرقية بأسلحتهم الشخصية ومع أسرهم\"."),
    // A group described by the ground it holds (الذين سيطروا، الذي بسط سيطرته): background, no taking told.
    ("ASSAULT", "ويعكس هذا القرار تكثيفا للدور التركي في التصدي لمقاتلي تنظيم داعش الذين سيطروا على مناطق شاسعة من العراق وسوريا."),
    ("ASSAULT", "وتحاول روسيا العمل على التقريب بين الحكومة السورية ودول المنطقة، بما فيها السعودية وتركيا لتشكيل تحالف لمحاربة تنظيم داعش الذي بسط سيطرته على مساحات واسعة من الأراضي في سوريا والعراق."),
    // A truce after إلى: called for with the caller between (دعت الأمم المتحدة … إلى هدنة) or aimed at (للتوصل إلى).
    ("RETREAT", "ودعت الأمم المتحدة في السادس من فبراير شباط إلى هدنة فورية إنسانية في سوريا."),
    ("RETREAT", "وأكد الصفدي في مؤتمر صحفي أعقب لقائه بالأمين العام للأمم المتحدة في نيويورك أن بلاده تبذل جهودا للتوصل إلى وقف لإطلاق النار في جنوب سوريا."),
    // Talk about a withdrawal (حول/بشأن الانسحاب) and one supposed (في حال انسحاب) are none made.
    ("RETREAT", "أثارت تصريحات الرئيس الأمريكي، دونالد ترامب، الأخيرة حول الانسحاب القريب لقوات بلاده من سوريا، عددا من التساؤلات حول ماذا سيحصل إن حدث هذا الأمر بالفعل."),
    ("RETREAT", "أعلن وزير الدفاع الأميركي، جيمس ماتيس، الخميس، إن فرنسا أرسلت تعزيزيات من القوات الخاصة إلى سوريا، محذرا من \"الندم\" في حال انسحاب الجيش الأميركي وترك الساحة لداعش للظهور مجددا."),
    // An attack as a purpose or capacity (لتنفيذ هجمات، لتنفيذ عملية عسكرية) or a pretext (كذريعة لاستهداف).
    ("ASSAULT", "وبعد طرده من مناطق واسعة في سوريا والعراق المجاور، لا يزال التنظيم قادرا على التسلل من الجيوب والمناطق الصحراوية التي يتحصن فيها لتنفيذ هجمات دموية."),
    ("ASSAULT", "وقالت وزارة الخارجية السورية إن الولايات المتحدة تستخدم الفبركات والأكاذيب كذريعة لاستهداف سوريا."),
    ("ASSAULT", "وأكد \"الإليزيه\" يوم الجمعة الماضي، أن فرنسا لا تخطط لتنفيذ عملية عسكرية جديدة في شمال سوريا خارج إطار التحالف الدولي ضد تنظيم \"داعش\"."),
    // A strike threatened or prepared for (التهديدات بتوجيه ضربة، استعداد لتوجيه ضربة) is none made.
    ("ASSAULT", "من جهة ثانية نقلت \"إرنا\" عن وزير الخارجية الإيراني محمد جواد ظريف، الذي بدأ الثلاثاء زيارة إلى البرازيل، تنديده بالتهديدات الأميركية بتوجيه ضربة عسكرية إلى نظام الرئيس بشار الأسد."),
    ("ASSAULT", "وقال ماتيس، ردا على سؤال حول استعداد البنتاغون لتوجيه ضربة إلى سوريا، \"نحن مستعدون لعرض خيارات عسكرية، إذا كانت ملائمة، بحسب ما قال الرئيس\"."),
    // Aid access asked for or given as a ceasefire's purpose (والسماح بوصول، للسماح بدخول، سيسمح بوصول) is none given.
    ("AID", "قام مجلس الأمن الدولي الأربعاء بعقد جلسة مغلقة بناء على طلب من فرنسا وبريطانيا لزيادة الضغوط على روسيا وسوريا للالتزام بوقف إطلاق النار والسماح بدخول المساعدات الإنسانية وعمليات الإخلاء من الغوطة الشرقية."),
    ("AID", "ودعت المتحدثة باسم البنتاغون، روسيا إلى أن \"تدفع نظام الأسد لوقف قتل المزيد من السوريين الأبرياء، والسماح لوصول المساعدات إلى الغوطة الشرقية\"، لافتة إلى أن واشنطن تدعم الجهود الدبلوماسية لحل النزاع."),
    // Air cover planned or intended (لتوفير غطاء جوي، عزمهما توفير الغطاء الجوي) is none given yet (July 2015).
    ("AID", "وتقود الولايات المتحدة حاليا تحالفا يشن ضربات جوية على داعش في سوريا والعراق ويتعاون مع تركيا لتوفير غطاء جوي لمقاتلي المعارضة داخل سوريا."),
    ("AID", "وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما توفير الغطاء الجوي للمعارضة السورية واجتثاث مقاتلي داعش."),
    // Sanctions lifted (رفع العقوبات, hoped for) or a standing state (الخاضع لعقوبات) are no sanction imposed.
    ("SANCTION", "وتخشى عواصم أوروبية أن تشهد قمة ترامب وبوتن اعترافا من الرئيس الأميركي بضم روسيا لشبه جزيرة القرم وهو ما سيساعد على رفع العقوبات المفروضة على موسكو، لكن ترامب وقع بيانا للناتو أكد مؤخرا أنه لن يعترف بالوجود \"غير الشرعي للروس\" في المنطقة."),
    ("SANCTION", "ومن بين هذه الجماعات والأفراد، كتائب حزب الله في العراق - التي قتلت عسكريين أمريكيين باستخدام عبوات ناسفة - والجنرال الإيراني قاسم سليماني قائد فيلق القدس التابع للحرس الثوري الإيراني والخاضع لعقوبات أمريكية وأوروبية بصفته الشخصية، وكذلك هيئة تحرير الشام."),
    // The 2011 uprising named as background (مهد الحركة الاحتجاجية، نزاعا بدأ باحتجاجات سلمية) is no protest told.
    ("PROTEST", "وتشن القوات الحكومية منذ 19 حزيران/يونيو بدعم روسي عملية عسكرية واسعة في محافظة درعا، مهد الحركة الاحتجاجية التي اندلعت ضد النظام السوري في منتصف آذار/مارس 2011 قبل أن تتحول إلى نزاع مسلح، بهدف استعادتها بالكامل."),
    ("PROTEST", "وتشهد سوريا منذ أكثر من سبع سنوات نزاعا داميا، بدأ باحتجاجات سلمية قبل أن يتم قمعها بالقوة وتتحول إلى حرب مدمرة تشارك فيها أطراف داخلية وخارجية."),
    // A warrant issued (مذكرة توقيف) and a plan stopped (أوقفت خطة تسليم) detain no one.
    ("COERCE", "وكانت السلطات التركية أصدرت مذكرة توقيف بحق مسلم (67 عاما) منذ تشرين الثاني/نوفمبر 2016، بعد اتهامه بالتورط في اعتداء وقع في أنقرة في شباط/فبراير 2016 وأوقع 29 قتيلا."),
    ("COERCE", "ولفت شويغو أن بلاده كانت قد أوقفت خطة تسليم هذه المنظومة المتطورة إلى سوريا عام 2013، بطلب من الجانب الإسرائيلي، \"لكن الوضع تغير اليوم\"."),
    // A departure after على is a term or a pressure (ينص على إجلاء، إرغام … على مغادرة), none told.
    ("RETREAT", "والثلاثاء، قال سفير روسيا في تل أبيب، أناتولي فيكتوروف، إن موسكو لا تستطيع إرغام القوات الإيرانية على مغادرة سوريا، لكنها لا تستطيع أيضا أن تمنع إسرائيل من توجيه ضربات جوية للقوات الإيرانية في سوريا."),
    ("RETREAT", "وبعد عملية عسكرية واسعة بدأتها قوات النظام في 19 يونيو، أبرمت روسيا وفصائل معارضة في محافظة درعا الجمعة اتفاقاً لوقف إطلاق النار، ينص على إجلاء المقاتلين المعارضين والمدنيين الرافضين للتسوية إلى الشمال السوري، على أن تدخل مؤسسات الدولة إلى مناطق سيطرة الفصائل."),
    // Votes or support gathered (حشد الأصوات، حشد دعم) mass no troops.
    ("MOBILIZE", "ولم تنجح روسيا الثلاثاء في حشد الأصوات اللازمة لإقرار مشروعي قرارين طرحتهما مقابل مسودة القرار الأمريكي."),
    ("MOBILIZE", "وألغى ترامب رحلة خارجية لبحث التحرك في سوريا وحشد دعم قادة فرنسا وبريطانيا لعملية عسكرية."),
    // Fighting in a group's ranks (يقاتلون في صفوف تنظيم داعش) says who belongs to it.
    ("ASSAULT", "وأوقفت السلطات الإسرائيلية عدة أشخاص في شمال البلاد للاشتباه بعلاقاتهم مع تنظيم داعش فيما يعتقد أن 20 من عرب إسرائيل يقاتلون في صفوف تنظيم داعش في سوريا والعراق."),
    // Help after إلى is asked for or aimed at (هدفت إيران إلى مساعدة حليف).
    ("AID", "ذكر الاتحاد الأوروبي، يوم الأحد، أن الأدلة تشير إلى شن النظام السوري هجوما كيماويا آخر في دوما، داعيا روسيا وايران، حليفتا دمشق، إلى المساعدة على منع وقوع هجوم آخر."),
    ("AID", "كما هدفت إيران، أيضا، إلى مساعدة حليف مهم وقديم لكن كانت لها حسابات جيو-استراتيجية في سياستها هي الأخرى."),
    // Relief bodies and workers named (وكالات إغاثة تابعة للأمم المتحدة) give no aid in the sentence.
    ("AID", "أعربت وكالات إغاثة تابعة للأمم المتحدة عن قلقها بشأن عمليات نزوح واسعة جراء القتال المستمر في الغوطة الشرقية ومدينة عفرين في سوريا."),
    // A route only wanted (تريد فتح طريق) is none opened.
    ("RETREAT", "وتواجه إيران اتهامات بأنها لا تسعى إلى توسيع النفوذ الشيعي فحسب، بل تريد فتح طريق للإمدادات من إيران لحزب الله اللبناني."),
    // Any attack forbidden or denied (حظر … من شن أي هجوم) is none told.
    ("ASSAULT", "وكان الرئيس الأمريكي دونالد ترامب قد حظر يوم الأثنين الرئيس السوري بشار الأسد من شن أي هجوم \"متهور\"."),
    // Any act, supposed or denied (أي عملية عسكرية كبرى، ليس هناك أي تعاون), is none told.
    ("ASSAULT", "وستشكل أي عملية عسكرية كبرى في إدلب كابوسا إنسانيا، إذ لا توجد أي مناطق قريبة تسيطر عليها المعارضة يمكن إجلاء الناس إليها."),
    ("COOPERATE", "ويؤكد المقداد أنه يستطيع أن يؤكد أنه ليس هناك أي تعاون بين التحالف والنظام في الجانب العسكري، مشيرًا إلى أن رسائل التحالف للنظام كانت واضحة لجهة أنه إذا اعترض عسكريا أو حاول التدخل في عمل التحالف فسيكون التعامل معه بالنار فقط، وأي شيء يهدد سلامة طيران التحالف سيجري تدميره فورا، وما اعتبره النظام إبلاغا، كان إنذارا له»."),
    // A battle possible or imminent (لمعركة محتملة) has not happened.
    ("ASSAULT", "في درعا، مكان ولادة الثورة ضد الأسد، يقول قادة المعارضة إن الولايات المتحدة والمجتمع الدولي تركوهم وحدهم لمواجهة روسيا وإيران، ويستعدون لمعركة محتملة على جنوب سوريا."),
    // A besieged place named (مناطق محاصرة) is no siege laid in the sentence.
    ("COERCE", "واصل آلاف المدنيين الفرار من مناطق محاصرة في سوريا الجمعة مع دخول معركتين كبيرتين في الحرب المتعددة الأطراف مراحل حاسمة ووجود مئات الآلاف محصورين في طريق الهجومين."),
    // Targets announced for later (سوف تستهدف) are no strike told.
    ("ASSAULT", "وقد قال ماكرون إن أي ضربات سوف تستهدف \"القدرات الكيميائية\" للحكومة السورية."),
    // An operation launched is no evacuation setting off.
    ("RETREAT", "وفي تقرير منفصل أعلن الجيش التركي عما وصفه بـ\"تحييد\" 2612 إرهابيًا منذ انطلاق عملية غصن الزيتون، مؤكدة استمرار العملية التي انطلقت في الـ20 من يناير/ كانون الثاني الماضي."),
    // مرافقه read as مرافق + ه (his companion) is no escort.
    ("COOPERATE", "وقال المصدر: \"عناصر وضباط الحرس الثوري لا يقاتلون جنباً إلى جنب مع جيش النظام، فكل طرف له مقراته وأماكن انتشاره، لافتا إلى أن \"هناك حالة عدم ثقة من قبل الحرس الثوري بعناصر وضباط النظام وخاصة في ريف درعا، ووصلت إلى حد التخوين بعد فشل الهجوم على مدينة بصرى الحرير، والهزيمة في كل من بصرى الشام وكفر ناسج بريف درعا، حيث اتهم ضباط الحرس الثوري الإيراني ضباط النظام بالهروب بعد بدء الهجوم على بصرى الحرير ما أدى إلى مقتل أعلى رتبة قيادية في الحرس الثوري \"هادي كجباف\"، ومرافقه \"حسين بادبا\"."),
    // A liquidation threatened (ستصفيه) is none done.
    ("COERCE", "وتابع: \"إذا استمر الرئيس السوري بشار الأسد في السماح لإيران بالعمل داخل أراضي سوريا ستصفيه إسرائيل وتطيح بنظامه\"."),
    // A deployment wanted (تريد انتشار) or given as a pretext's purpose (ذريعة لنشر قواتها) is none made.
    ("MOBILIZE", "وسعت موسكو لطمأنة إسرائيل قائلة إنها تريد انتشار قوات سورية فقط على أراضي الجولان في سوريا أو بالقرب منها."),
    ("MOBILIZE", "وقال وزير الخارجية العراقي إبرهيم الجعفري، لوكيل وزير الخارجية التركية أحمد يلدز، إن بغداد ترفض قيام أنقرة بشن عمليات عسكرية على أراضيها، مشيرا ضمنيا إلى أن حجة الحرب على الإرهاب التي تستخدمها تركيا ذريعة لنشر قواتها على الأراضي العراقية، انتهت."),
    // لاستهداف is a purpose (التنسيق … لاستهداف المراكز الإيرانية).
    ("ASSAULT", "وبينما أكد الكرملين أن الخطوة الروسية تهدف إلى تعزيز سلامة الجيش الروسي، فإنها تأتي في ظل محاولة ضبط الأجواء السورية، والتنسيق الأميركي الإسرائيلي لاستهداف المراكز الإيرانية في سوريا."),
    // A side's own battle (سننطلق في معركتنا ضد داعش) names its war aim, no battle fought.
    ("ASSAULT", "وقال تشاوش أوغلو «إننا نعمل حاليا مع الولايات المتحدة على تدريب وتجهيز المعارضة المعتدلة وسننطلق أيضاً في معركتنا ضد داعش قريباً وبشكل فعال»، في رد مقتضب على أسئلة أحد الصحافيين على هامش الاجتماعات السنوية لرابطة دول جنوب شرق آسيا (اسيان) التي تشارك فيها العديد من البلدان."),
    // Officials barred from entering a country (من دخول الأراضي الأميركية, indefinite) are sanctioned, not kept out of a place: the long reach is for من الدخول only.
    ("COERCE", "وحظرت واشنطن منح أي تصاريح تصدير أسلحة للإدارة الحكومية التركية لشراء الأسلحة ومنع رئيس هذه الإدارة ومسؤولين آخرين من دخول الأراضي الأميركية."),
    // Leaflets dropped from aircraft (أسقطت منشورات) shoot nothing down.
    ("ASSAULT", "وقالت وسائل الإعلام الحكومية في سوريا إن طائرات حكومية أسقطت منشورات على مناطق يسيطر عليها مقاتلو المعارضة في درعا، تحث المقاتلين على إلقاء السلاح."),
    // A base being planned (لإنشاء) is a purpose, none set up (TRG-mobilize-014).
    ("MOBILIZE", "ذكرت وسائل إعلام تركية، الخميس، أن أنقرة تخطط لإنشاء قاعدة عسكرية في شمال العراق، وذلك بعد أيام من تصريح الرئيس رجب طيب أردوغان بأن أمن بلاده يتطلب السيطرة على مساحات من العراق وسوريا."),
    // انتشار as spread, with ships' قطع four words on (قطع الرؤوس): the window of TRG-mobilize-002 stays at 3.
    ("MOBILIZE", "ومع تحول الحرب إلى صراع طائفي بين النظام المدعوم من العلويين والميليشيات الشيعية الأجنبية من جهة، وبين مقاتلي المعارضة، وجلهم من السنة، من جهة أخرى، زادت أعداد القتلى من المدنيين من كلا الطرفين وسط انتشار عمليات الاغتصاب والنهب وقطع الرؤوس والحرق."),
    // سيطرته/سيطرتها is the noun 'its control' after a verb of holding or outside it (عزز، تفرض): a hold described, no ground taken.
    ("ASSAULT", "وأضاف أن \"نظام الرئيس السوري بشار الأسد عزز سيطرته على الأرض بفضل روسيا وإيران\"، في حين أن تنظيم داعش وعلى الرغم من أنه لم يتم القضاء عليه بعد بالكامل، إلا أنه بات ضعيفا\"."),
    ("ASSAULT", "وأمام التقدم التركي، أشار عبد الرحمن إلى \"مخاوف كبيرة\" لدى المدنيين في مدينة عفرين، التي ليس لديها سوى منفذ واحد يمر عبر بلدتي نبل والزهراء حيث تفرض قوات النظام سيطرتها."),
    // A case wrested from another forum (انتزعت القضية السورية من مفاوضات جنيف) takes no ground.
    ("ASSAULT", "وعقد الأتراك والإيرانيين والروس تحالفا دبلوماسيا لإنهاء الحرب في سوريا بالطريقة التي تراعي مصالح الأطراف الثلاثة، واجتمعوا في سوشي ورعوا مفاوضات أستانة التي انتزعت القضية السورية من مفاوضات جنيف بحكم قوة الأمر الواقع."),
    // The forces of a named operation (قوات عملية درع الفرات) name a zone, no attack.
    ("ASSAULT", "وأوضح المرصد السوري لحقوق الإنسان من جهته، أن \"القافلة الأخيرة\" التي انطلقت من القلمون الشرقي الثلاثاء وعلى متنها مئات المقاتلين والمدنيين، \"وصلت إلى مناطق سيطرة قوات عملية 'درع الفرات'\" في الشمال السوري."),
    // Old friendships regained (استعادة الصداقات) are no ground retaken.
    ("ASSAULT", "وتمكن بوتين من استعادة الصداقات القديمة وإنشاء شبكة من الاتصالات وتعلم اللعب بالقواعد الجديدة."),
    // The initiative regained (استعادة زمام المبادرة) is no ground.
    ("ASSAULT", "وحققت قوات النظام خلال العامين الأخيرين تقدماً ميدانياً كبيراً وتمكنت منذ بدء روسيا تدخلها العسكري في سبتمبر 2015 من استعادة زمام المبادرة على جبهات كثيرة في البلاد على حساب قوات المعارضة."),
    // A battlefield (ساحة معركة) and a battle commemorated (ذكرى معركة) are no battle fought (TRG-assault-005).
    ("ASSAULT", "وأشارت ميركل في تصريحاتها إلى إدلب، آخر محافظة تحت سيطرة الفصائل المسلحة، والتي من المتوقع أن تتحول إلى ساحة معركة كبيرة، خصوصا مع إعلان النظام السوري اعتزامه استعادتها."),
    ("ASSAULT", "وقال أردوغان في إقليم موس بجنوب شرق البلاد، حيث يتم إحياء ذكرى معركة ملاذكرد بين السلاجقة والبيزنطيين والتي انتصر فيها السلاجقة:\"ليس من قبيل الصدفة أن المناطق التي تنعم بالأمن والسلام في سوريا هي التي تحت السيطرة التركية وبإذن الله سنحقق السلام في مناطق أخرى من سوريا وبإذن الله سنحقق السلام في العراق حيث تنشط المنظمات الإرهابية\"."),
    // An office or consulate closed is a diplomatic step, not people restricted (TRG-coerce-006).
    ("COERCE", "أتلانتا، الولايات المتحدة الأمريكية (CNN) – أيد رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الثلاثاء، قرار إدارة الرئيس الأمريكي دونالد ترامب، بإغلاق مكتب منظمة التحرير الفلسطينية، في العاصمة الأمريكية، واشنطن."),
    ("COERCE", "وتنفي روسيا أي دور لها في الهجوم الذي وقع في الرابع من مارس آذار وأعلنت اليوم الخميس طرد 60 دبلوماسيا أمريكيا وإغلاق القنصلية الأميركية في سان بطرسبرغ."),
    // A side driven out of ground (طرد التنظيم من أحياء) is no expulsion of diplomats.
    ("SANCTION", "وتمكنت قوات النظام في أيار/مايو من طرد التنظيم من أحياء في جنوب دمشق، وتم إجلاء مئات من المقاتلين من مخيم اليرموك وأحياء مجاورة إلى البادية السورية الممتدة من وسط سوريا حتى الحدود مع العراق وتتضمن جزءا من أطراف محافظة السويداء."),
    // Sanctions not applied (عدم المشاركة في تطبيق العقوبات) and the death penalty abolished (إلغاء عقوبة الإعدام) impose none (TRG-sanction-001).
    ("SANCTION", "طلب وزير الدفاع الإسرائيلي أفيغدور ليبرمان من روسيا \"رد الجميل\"، بانتهاج سياسية أكثر دعما لمصالح إسرائيل فيما يتعلق بسوريا وإيران، مذكرا بقرار حكومته عدم المشاركة في تطبيق العقوبات الغربية على موسكو."),
    ("SANCTION", "فتبنت أنقرة بين 2002 و2004 حزمة من الإصلاحات السياسية والاقتصادية، فأقرت إلغاء عقوبة الإعدام وأتاحت استخدام اللغة الكردية في التلفزيون الرسمي."),
    // Influence widened (بتوسيع نفوذها) takes no ground (TRG-assault-048 lists control only).
    ("ASSAULT", "وسيسمح الانسحاب أيضا لإيران بتوسيع نفوذها الكبير بالفعل، في سوريا والمنطقة برمتها، كما سيسهل جهود طهران الرامية لتأسيس طريق مؤن بري، يمتد عبر العراق إلى سوريا، وصولا إلى حليفها في بيروت، وهو حزب الله."),
    // A war's summary of most ground lost (خسارته الجزء الأكبر من مناطق سيطرته) names no taking (TRG-assault-049 unless_next).
    ("ASSAULT", "وبعد خسارته الجزء الأكبر من مناطق سيطرته في سوريا، لم يعد تنظيم داعش يتواجد إلا في جيوب محدودة موزعة ما بين البادية السورية ومحافظة دير الزور وجنوب البلاد."),
    // An attack only feared (أي هجوم كيماوي قد تشنه دمشق) is none launched (TRG-assault-051 unless_prev قد).
    ("ASSAULT", "وحذرت وزارة الخارجية الأمريكية من أن واشنطن سترد على أي هجوم كيماوي قد تشنه دمشق."),
    // Forces nearing added to a fear (وزاد اقتراب القوات التركية خشية سكانها): no force added (TRG-mobilize-015 within 1).
    ("MOBILIZE", "وتعاني المدينة من وضع \"إنساني مأساوي\" وفق ما قال مسؤولون أكراد، وزاد اقتراب القوات التركية خشية سكانها من تعرضهم لحصار كامل أو لهجوم بري."),
    // A grip tightened (إحكام قبضتها على) arrests no one (TRG-coerce-010 unless_token).
    ("COERCE", "وفيما يؤكد قادة فصيل جيش الإسلام أن المفاوضات لا تتضمن بأي حال فكرة خروج مسلحيه من دوما ولا تتضمن أيضا تسليم السلاح ورفض قرارات التهجير، يصر النظام على رفض بقاء جيش الإسلام، حيث تمهد قوات النظام لبسط سيطرتها بشكل كامل على الغوطة الشرقية بعد إحكام قبضتها على أكثر من 90 بالمئة من مساحتها."),
    // Destruction spreading (وينتشر الدمار) is no force deployed (TRG-mobilize-002 needs a force word).
    ("MOBILIZE", "وينتشر الدمار بشكل واسع في مدن وبلدات الغوطة الشرقية، وبدا المشهد ذاته في مدينتي دوما وحمورية حيث تحولت أبنية عدة إلى جبال من الركام فيما انهارت أخرى جزئيا، وسقطت واجهات المحال."),
    // A campaign named as a topic (معركة عفرين، المعركة ضد داعش) is no battle told (TRG-assault-005 lists no singular).
    ("ASSAULT", "وضعت معركة عفرين الولايات المتحدة الأميركية في موقف محرج، إذ وجدت نفسها أمام خيارين صعبين، فإما مواصلة دعمها لوحدات حماية الشعب الكردي، أو خسارة تركيا حليفتها في المنطقة."),
    ("ASSAULT", "وتشارك فرنسا في المعركة ضد تنظيم داعش في سوريا والعراق ضمن التحالف الدولي، الذي تقوده الولايات المتحدة."),
    // An attack as the topic of an inquiry (موقع الهجوم، المسؤولين عن الهجمات) is no attack told again (TRG-assault-004 unless_prev).
    ("ASSAULT", "سيزور خبراء من منظمة حظر الأسلحة الكيماوية ، أو \"OPWC\" اختصارا، موقع الهجوم الكيماوي المشبوه في مدينة دوما السورية، الأربعاء، وفقا لما ذكره مصدر عسكري روسي، مستنكرا الاتهامات لروسيا وسوريا بحجبها دخول المفتشين الدوليين للمنطقة."),
    ("ASSAULT", "قرر مجلس الأمن الدولي الجمعة بالإجماع تشكيل لجنة خبراء لتحديد المسؤولين عن الهجمات الكيميائية التي شهدتها سوريا في الفترة الأخيرة."),
    // Strikes allowed or named as what came before (السماح بشن، قبل شن تلك الضربات) are none launched here (TRG-assault-019 unless_prev).
    ("ASSAULT", "قال مسؤولون أمريكيون يوم الأحد إن الولايات المتحدة قررت السماح بشن غارات جوية للدفاع عن مقاتلي المعارضة السورية الذين دربهم الجيش الأمريكي في مواجهة أي مهاجمين حتى لو كانوا من القوات الموالية للرئيس السوري بشار الأسد."),
    ("ASSAULT", "وقال دانفورد إن روسيا لم تتلق تحذيرا مسبقا قبل شن تلك الضربات."),
    // Strikes as the topic of a denial (حول ضربات روسيا) are not told again (TRG-assault-014 unless_prev).
    ("ASSAULT", "وقالت وزارة الدفاع الروسية إن \"إفادة المرصد السوري لحقوق الإنسان حول ضربات روسيا في الغوطة الشرقية ليست سوى خبر كاذب جديد\"."),
    // What an effort or a move aims at (محاولات تستهدف الإطاحة، التحركات تستهدف تشكيل تحالف) is no strike (TRG-assault-052).
    ("ASSAULT", "قال بوتين إن بلاده لن تنضم إلى أي محاولات تستهدف الإطاحة بالرئيس السوري بشار الأسد، كما تحاول الكثير من الأطراف الإقليمية والدولية الإيحاء به في مختلف المناسبات."),
    ("ASSAULT", "التحركات الدولية والإقليمية تستهدف تشكيل تحالف دولي وإقليمي بقيادة المملكة العربية السعودية وتشارك في هذه الجهود الدولية روسيا إضافة إلى تركيا، وأن تتضافر الجهود لمحاصرة داعش وأخواتها من المنظمات والميليشيات الإرهابية."),
    // An attack whose author is sought or named (كان وراء الضربة) or whose timing is talked of (متى سيحدث الهجوم) is not told again (TRG-assault-004/014 unless_prev).
    ("ASSAULT", "وعندما سئلت إن كان بإمكانها القول إن الولايات المتحدة تملك دليلا على أن نظام الأسد كان وراء الضربة، أجابت نويرت \"نعم\"."),
    ("ASSAULT", "لكن ترامب عاد فقال في تغريدة على تويتر صباح الخميس \"لم أقل قط متى سيحدث الهجوم على سوريا."),
    // A death in a relative clause says who someone was (الزرقاوي الذي قتل في العراق، ماري كولفن التي قتلت في بداية النزاع): background, not a killing told (TRG-assault-007 unless_prev).
    ("ASSAULT", "«داعش» امتداد لجماعة الزرقاوي الذي قتل في العراق، أما «النصرة» فقد أعلنت رسميا أنها تتبع لقيادة الظواهري، قائد «القاعدة» الحالي."),
    ("ASSAULT", "قالت عائلة الصحفية، ماري كولفن، التي قتلت في بداية النزاع السوري المسلح في مدينة حمص إن الحكومة السورية هي التي اغتالتها، استنادا إلى وثائق قضائية كشف عنها أخيرا."),
    // A hold kept (تحتفظ قوات النظام بسيطرتها) takes no ground (TRG-assault-015); a strike to be avoided (لتجنب شن هجوم) is none launched (TRG-assault-019).
    ("ASSAULT", "وتتواجد الفصائل المعارضة عمليا في المدينة القديمة الواقعة في القسم الجنوبي من درعا فيما تحتفظ قوات النظام بسيطرتها على الجزء الأكبر شمالا، حيث الأحياء الحديثة ومقرات مؤسسات الدولة."),
    ("ASSAULT", "وسعت تركيا لإقناع هيئة تحرير الشام التي ترتبط بتنظيم القاعدة بالالتزام بالاتفاق الذي أعدته مع روسيا الحليف الرئيسي للحكومة السورية لتجنب شن هجوم تخشى تركيا من أنه ربما يتسبب في موجة جديدة من اللاجئين باتجاه حدودها."),
    // Battles of words (المعارك الخطابية، معارك دبلوماسية) and battles to be stopped in a deal's terms (مقابل وقف المعارك) are none fought (TRG-assault-005).
    ("ASSAULT", "وتعد أزمة القس الأميركي، التي هبطت بسببها الليرة التركية إلى مستويات قياسية، الأحدث في مسلسل المعارك الخطابية الخادعة التي اعتاد أردوغان عليها."),
    ("ASSAULT", "وينص الاتفاق الذي أعلن عنه، الخميس، على استسلام الفصائل مقابل وقف المعارك وعودة الجيش العربي السوري إلى النقاط التي كان فيها قبل 2011 وهو عام اندلاع النزاع السوري في هذه المنطقة المتاخمة لإسرائيل."),
    // A campaign named by its side as the topic of a statement (وصفت الهجوم التركي على عفرين، رحب بالهجمات التركية) is no attack told again (TRG-assault-004 unless_next).
    ("ASSAULT", "وكانت الحكومة السورية وصفت الهجوم التركي على عفرين بأنه \"اعتداء سافر\" على سيادتها."),
    ("ASSAULT", "كما رحب رودس بالهجمات التركية على تنظيم داعش."),
    // Strikes named by their side as a time mark or a topic (بعد الضربات الغربية، رحبت بالضربات الأمريكية) are not told again (TRG-assault-002/014 unless_next).
    ("ASSAULT", "وأرجأ غوتيريس رحلة مقررة له إلى السعودية بعد الضربات الغربية."),
    // Shelling named by its side as a time mark or the topic of a view (بعد القصف الأميركي، اعتبر المصدر أن القصف الإسرائيلي يأتي في سياق) is not told again (TRG-assault-001 unless_next).
    ("ASSAULT", "وبخصوص تسليم روسيا لسوريا أنظمة S300 الدفاعية الجوية، قال لافروف \"بعد القصف الأميركي على سوريا لم يعد هناك ما يحول دون تسليم روسيا لسوريا صواريخ إس 300\"."),
    ("ASSAULT", "واعتبر المصدر أن القصف الإسرائيلي \"يأتي في سياق المحاولات اليائسة المتكررة لدعم المجاميع الإرهابية المهزومة في درعا والقنيطرة\" في جنوب سوريا."),
    // The noun هجمات read as هجم + suffix is refused by token (TRG-assault-053): attacks as a topic (حول هجمات الجيش الفرنسي على الليبيين) stay uncoded.
    ("ASSAULT", "وتساءل عما إذا كان من الممكن أن تقبل باريس زيارة وفد سوري لتقصي الحقائق حول هجمات الجيش الفرنسي على الليبيين أو حصول ساركوزي على مبالغ مالية من القذافي."),
    // Massacres to be stopped or fled from (وقف المذبحة، هربا من مذابح الأسد) are none told (TRG-assault-020 unless_prev).
    ("ASSAULT", "ودعا البابا فرانسيس، بابا الفاتيكان، الأحد إلى وقف \"المذبحة\" في سوريا، وذلك خلال العظة التي ألقاها بمناسبة عيد الفصح."),
    ("ASSAULT", "في الوقت نفسه، دخل نحو مليوني لاجئ سوري تركيا هربا من مذابح الأسد."),
    // A detention centre (مركز احتجاز، مركز الاعتقال) is a place, no arrest (TRG-coerce-001 unless_prev).
    ("COERCE", "وذكرني المشهد بشيء واحد فقط: زنزانتي في الفرع 215 من مركز احتجاز كفرسوسا في دمشق، حيث استخدم سجين النظام أساليب التعذيب التي كادت أن تقتلني."),
    ("COERCE", "وبعد عام 2000 سجن حسن في سجن «بوكا»، الذي كانت الولايات المتحدة تتولى إدارته، وكان هو مركز الاعتقال الرئيسي لأعضاء حركة التمرد وحيث كان البغدادي أيضا معتقلا."),
    // Control to be regained, as an aim, a decision or a wish (رغبته باستعادة السيطرة، قرر استعادة السيطرة) takes no ground (TRG-assault-015 unless_prev).
    ("ASSAULT", "ومنذ اندلاع النزاع، يكرر النظام رغبته باستعادة السيطرة على كامل الأراضي السورية."),
    ("ASSAULT", "ولكن الرئيس السوري، بشار الأسد، قرر استعادة السيطرة على المنطقة، بعد دحره المعارضة المسلحة في الغوطة الشرقية، في ضواحي دمشق، في أبريل/ نيسان."),
    // A standing situation dated from a past withdrawal (منذ انسحاب القوات الحكومية منها عام 2012) tells none (TRG-retreat-001 unless_prev).
    ("RETREAT", "وقد أدار الأكراد عفرين بشكل ذاتي منذ انسحاب القوات الحكومية السورية منها في عام 2012."),
    ("RETREAT", "ويسيطر الأكراد على مناطق واسعة من عفرين منذ انسحبت منها القوات الحكومية السورية عام 2012."),
    // An attack named as what a response answers (ردا على هجوم كيميائي مزعوم) is its cause, not an attack told again (TRG-assault-001/002/004/006/007/014 unless_prev).
    ("ASSAULT", "حثت روسيا الولايات المتحدة على تجنب القيام بعمل عسكري ضد سوريا ردا على هجوم كيميائي مزعوم في دوما، بالغوطة الشرقية قرب العاصمة دمشق."),
    // An attack named as what is to be stopped, in a demand or a deal's terms (بوقف غاراتها، لوقف هجوم الحكومة), is not told (TRG-assault-001/002/004/007/008/014 unless_prev).
    ("ASSAULT", "ومن واشنطن طالب مسؤول العلاقات الخارجية في حكومة الإقليم فلاح مصطفى خلال زيارة إلى الولايات المتحدة الجمعة، الحكومة التركية بوقف غاراتها الجوية على متمردي حزب العمال الكردستاني، داعيا إلى حل سلمي للنزاع."),
    ("ASSAULT", "وجاءت محادثات السبت عقب مفاوضات مماثلة جرت الجمعة، وضع فيها الروس شروطهم لوقف هجوم الحكومة المدعومة من روسيا للسيطرة على المناطق الخاضعة للمعارضة على طول الحدود مع الأردن ومرتفعات الجولان التي تحتلها إسرائيل."),
    // Strikes prepared for (تستعد لضربات، تجهز لضربات جوية) have not happened (TRG-assault-001/002/005/014/035 unless_prev).
    ("ASSAULT", "ويعتقد أن قوى غربية تستعد لضربات عسكرية ضد قوات الرئيس بشار الأسد، لكن روسيا حليفة دمشق تعارض مثل هذا الإجراء."),
    ("ASSAULT", "وتشير تقارير إلى أن قوى الغرب تجهز لضربات جوية على سوريا، وهو ما ترفضه روسيا، الحليف الأول للنظام السوري."),
    // Fighting named as what people fled (فروا من هجوم القوات الحكومية، هربا من العملية العسكرية، فروا من القتال الدائر) is the cause of a displacement, not fighting told (TRG-assault-001/002/004/005/008/014/035/044 unless_prev).
    ("ASSAULT", "وقالت مصادر في المعارضة إن روسيا ستضمن عودة آمنة للمدنيين الذين فروا من هجوم القوات الحكومية في أكبر موجة نزوح في الحرب شملت فرار نحو 320 ألف شخص."),
    ("ASSAULT", "وفر عشرات آلاف السوريين هربا من العملية العسكرية واسعة النطاق التي باشرتها قوات النظام السوري في 19 حزيران/يونيو بدعم روسي في محافظة درعا بهدف استعادتها بالكامل حيث أقام البعض مخيمات مؤقتة قرب مرتفعات الجولان التي تحتلها إسرائيل."),
    ("ASSAULT", "وكما هو معروف، تشهد سوريا «سيناريو» مماثلا، فالأسبوع الماضي فقط أعلنت السلطات التركية أن أكثر من 23 ألف لاجئ سوري فروا من القتال الدائر في شمال البلاد، وعبروا الحدود إلى تركيا."),
    // A state leaving an agreement or talks (انسحاب ترامب من الاتفاق النووي، في الانسحاب من الاتفاق) withdraws no force (TRG-retreat-001 unless_next, read past the name).
    ("RETREAT", "وانتقدت إيران انسحاب ترامب من الاتفاق النوي، ووصف المرشد الأعلى الإيراني \"آية الله على خامنئي\" القرار بأنه \"خطأ\"."),
    ("RETREAT", "ويسعى نتانياهو من وراء هذه الجولة إلى إقناع الدول الثلاث بأن تحذو حذو واشنطن في الانسحاب من الاتفاق ومعاودة فرض العقوبات على طهران."),
    // An attack feared for what it would lead to (مخاوف بأن يتسبب هجوم حكومي عليها في نزوح، يخشون من أن يؤدي الهجوم على إدلب إلى كارثة) has not happened (TRG-assault-004/008/014 unless_prev).
    ("ASSAULT", "إدلب هي آخر محافظة رئيسية تسيطر عليها المعارضة في سوريا، وهناك مخاوف بأن يتسبب هجوم حكومي عليها في نزوح مئات الآلاف من السوريين داخل المحافظة المتاخمة لتركيا."),
    ("ASSAULT", "وقتل أكثر من 350 ألف شخص في الحرب المستمرة منذ أكثر من سبعة أعوام في سوريا، لكن دبلوماسيين من الأمم المتحدة يخشون من أن يؤدي الهجوم على إدلب إلى كارثة إنسانية."),
    // An attack named as what a side is blamed for or denies a part in (بضلوعها في الهجوم الجوي، أن تكون بلادها ضالعة في الهجوم الكيماوي، بالتورط في قتل) is the topic of an accusation, not an attack told (TRG-assault-001/002/004/006/007/014 unless_prev).
    ("ASSAULT", "أتلانتا، الولايات المتحدة الأمريكية (CNN)-- وجهت وزارة الدفاع الروسية أصابع الاتهام إلى إسرائيل، الإثنين، بضلوعها في الهجوم الجوي على قاعدة \"تيفور\" بحمص، صباح الإثنين، وفقا لما ذكرته وكالة \"ريا نوفوستي\""),
    ("ASSAULT", "ونفت سفيرة بريطانيا لدى الأمم المتحدة، أن تكون بلادها ضالعة في الهجوم الكيماوي في سوريا، الأسبوع الماضي، ووصفت الاتهامات الروسية بالـ \"غريبة\" و\"الكذب الصارخ.\""),
    // An attack or an execution wished or demanded (أنه يريد هجوما مدمرا، هتاف الشعب يريد إعدام سليمان) has not happened (TRG-assault-004/007/017/021 unless_prev).
    ("ASSAULT", "فيما نقلت الصحيفة عن مستشار الأمن القومي جون بولتون أنه يريد هجوما مدمرا يشمل البنية التحتية لنظام الأسد، وليس هجوما على مطار يمكن للنظام إعادة تشغيله كما حصل عام 2017."),
    ("ASSAULT", "وسليمان الأسد هو نجل ابن عم بشار الأسد، وتسببت الواقعة المتهم فيها بحالة كبيرة من الاستياء بين أبناء الطائفة العلوية في مدينة اللاذقية وريفيها؛ ما دفع المئات للتظاهر للمطالبة بمحاسبة المتهم في الجريمة، وترديد هتاف “الشعب يريد إعدام سليمان”."),
    // Forces allowed to deploy or enter (مما يسمح بانتشار القوات التركية، قيام إسرائيل وسوريا بالسماح بدخول قوات حفظ السلام، يسمح لموسكو بنشر مزيد من القوات) are none deployed (TRG-mobilize-002/005/007/008/013/014 unless_prev).
    ("MOBILIZE", "ويرى المراقبون أن ما يجري في المناطق التي تسيطر عليها المعارضة السورية في الشمال ليس سوى بداية مرحلة للقضاء على الهيئة في المنطقة بضوء أخضر ودعم تركي مما يسمح بانتشار القوات التركية في المنطقة وتطبيق اتفاق \"خفض التوتر\" بالتنسيق مع روسيا."),
    ("MOBILIZE", "وأضافت هيلي \"نتطلع إلى قيام كل من إسرائيل وسوريا بالسماح بدخول قوات حفظ السلام التابعة للأمم المتحدة، فضلا عن تزويدها بضمانات لسلامتها\"."),
    ("MOBILIZE", "ولكن وفقا لشخصيات مطلعة على الأمر، تستخدم روسيا عددا كبيرا من المتعاقدين في #سوريا لأن هذا يسمح لموسكو بنشر مزيد من القوات على الأرض دون المخاطرة بالجنود النظاميين الذين يجب تقديم تفاصيل عن ملابسات وفاتهم."),
    // A statement published by a named side (نشر البنتاغون بيانا): TRG-mobilize-002 reads its unless_next past the name.
    ("MOBILIZE", "ونفى مصدر في الإدارة الأمريكية المزاعم حول مسؤولية الولايات المتحدة عن الهجوم باستخدام صواريخ \"توماهوك\" بسوريا، كما نشر البنتاغون بياناً نفى فيه ضلوع الولايات المتحدة بالهجوم، ذكر بأن \"وزارة الدفاع الأمريكية لا تجري حالياً عمليات قصف جوي في سوريا، لكن سنستمر بمتابعة الوضع ودعم الجهود الدبلوماسية المنعقدة لمحاسبة أولئك المستخدمين للأسلحة الكيماوية، في سوريا أو غيرها.\""),
    // Deployed with an object pronoun: background in a relative clause (القوات التي دربتها الولايات المتحدة ونشرتها) or a news item published (في خبر عاجل نشرته) (TRG-mobilize-002 unless_token).
    ("MOBILIZE", "وتعرضت أول دفعة من القوات التي دربتها الولايات المتحدة ونشرتها في شمال سوريا للنيران يوم الجمعة من متشددين آخرين مما أدى إلى شن الولايات المتحدة أول غارات جوية معروفة لمساندة تلك القوات."),
    ("MOBILIZE", "وقالت وكالة الأنباء السورية (سانا) في خبر عاجل نشرته الأحد: \"وحدات من قواتنا المسلحة تتمكن من تحرير أربع قرى شرق نهر الفرات، وهي الجنينة والجيعة وشمرة الحصان وحويقة المعيشية، التي كانت تحت سيطرة ما يسمى قوات سوريا الديمقراطية\"."),
    // A deployment denied or done without (لا ترسل، لم يدخل) is none made (TRG-mobilize-002/005/007/008/009 unless_prev).
    ("MOBILIZE", "إيران لا ترسل جنودًا إيرانيين لمساعدة الأسد، لديها 500 من الحرس الثوري كمستشارين، بينما لـ«حزب الله» ما بين 5 آلاف إلى 6 آلاف مقاتل."),
    ("MOBILIZE", "وتابع أن الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف تابعة للتنظيم."),
    // A sending prevented or only talked of (منع روسيا من إرسال قواتها، برز الحديث عن إرسال قوات عربية) is none made (TRG-mobilize-005 unless_prev من، الحديث).
    ("MOBILIZE", "وتهدف الرسالة الأميركية \"العنيفة\" إلى منع روسيا من إرسال قواتها داخل المناطق المحظورة بالقرب من إحدى القواعد الأميركية ناحية معبر التنف جنوبي سوريا، بحسب ما ذكره مسؤولان في وزارة الدفاع الأميركية."),
    ("MOBILIZE", "في خضم ذلك، برز الحديث عن إرسال قوات عربية إلى سوريا، يقول الكاتب ويتساءل عن مصير وحدة الأراضي السورية."),
    // A presence strengthened (عملت موسكو على تعزيز تواجدها، تعزيز طهران وجودها العسكري) is a standing policy, no force sent (TRG-mobilize-006 has no presence word).
    ("MOBILIZE", "باعتبارها من اللاعبين الأساسيين في الأزمة السورية، عملت موسكو على تعزيز تواجدها في سوريا من خلال تسعة قواعد عسكرية، أبرزها قاعدة حميميم والتي تستقبل طائرات \"سوخوي 35 إس\"، بالإضافة إلى القاعدة البحرية في طرطوس، والتي تتمتع بأهمية إستراتيجية كبيرة لروسيا، كونها تمثل موطئ قدم لها في البحر الأبيض المتوسط."),
    ("MOBILIZE", "ويأتي اعتراف الجيش الإسرائيلي بمسؤوليته عن الغارة الجوية في الوقت الذي تكثف فيه الدولة العبرية تحذيراتها من الأخطار المتأتية من تعزيز طهران وجودها العسكري في سوريا ودعواتها إلى تعديل أو إلغاء الاتفاق المبرم بين الدول العظمى وإيران حول برنامجها النووي."),
    // A withdrawal denied, made a condition, a policy not to, talked of or worked toward (لم تنسحب بعد، إذا لم تنسحب، لماذا لا تنسحب، يتحدث عن سحب، العمل على انسحاب) is none done (TRG-retreat-001/007/017 unless_prev).
    ("RETREAT", "تحاول الدول الغربية إطالة عمر النزاع في سوريا فقط لكي تبين لروسيا بأنها لم تنسحب بعد منها، فيما تتحدث عن وقوع \"كارثة إنسانية\" في هذا البلد بالرغم من أنها تتقاسم مسؤولية الوضع فيما يخص النظام السوري."),
    ("RETREAT", "ويأتي هذا التصريح غداة تهديد للرئيس السوري بشار الأسد باللجوء للقوة إذا لم تنسحب قوات سوريا الديمقراطية من المناطق التي تسيطر عليها."),
    ("RETREAT", "إذا كان ذلك صحيحاً، لماذا لا تنسحب القوات الإيرانية وحلفاؤها من سوريا وتترك مجالاً لإحلال السلام في هذا البلد؟"),
    ("RETREAT", "فمنذ فترة قصيرة كان ترامب يتحدث عن سحب القوات الأمريكية من سوريا وبعدها بأيام هدد بعمل عسكري كبير ومن هنا لا يبدو أن هناك اتساقا في موقف إدارة ترامب."),
    ("RETREAT", "وأضافت الوزارة \"في الوقت الذي تدين فيه الجمهورية العربية السورية هذا الاحتلال التركي وما يقترفه من جرائم وتطالب القوات التركية الغازية بالانسحاب فورا من الأراضي السورية التي احتلتها فإنها تتوجه مرة أخرى إلى مجلس الأمن لتحمل مسؤولياته في وقف هذه الاعتداءات والعمل على انسحاب القوات التركية الفوري من الأراضي السورية وتقديم المساعدات الانسانية العاجلة إلى المواطنين السوريين الذين كانوا ضحية لهذه السياسات العدوانية التركية”."),
    // A truce named again as an exclusion, a commitment asked for or a call to respect it (مستبعدة من وقف إطلاق النار، للالتزام بوقف إطلاق النار، احترام وقف اطلاق النار) is no ceasefire made (TRG-retreat-003 unless_prev).
    ("RETREAT", "وأصدر مجلس الأمن الدولي قرارا يوم السبت يدعو إلى وقف إطلاق النار في جميع أنحاء البلاد لمدة 30 يوما، لكن هذا الإجراء لم يطبق إذ تقول موسكو ودمشق إنهما تقاتلان جماعات إرهابية مستبعدة من الهدنة."),
    ("RETREAT", "عقد الأربعاء مجلس الأمن الدولي جلسة مغلقة لمناقشة الوضع في سوريا وزيادة الضغوط على روسيا ودمشق للالتزام بوقف إطلاق النار وإدخال المساعدات الإنسانية للغوطة الشرقية التي تتعرض لقصف مستمر منذ 18 فبراير/شباط الماضي."),
    ("RETREAT", "وأردف المسؤول الروسي، الذي تدعم بلاده النظام السوري، قائلا \"ندعو قادة المجموعات المسلحة في الغوطة الشرقية الى احترام وقف اطلاق النار وعدم عرقلة خروج المدنيين نحو مناطق آمنة\"."),
    // A release as the purpose of talks or a ransom (تتولى روسيا التفاوض مع تنظيم داعش لإطلاق سراح) is none made (TRG-retreat-002 unless_clitic ل).
    ("RETREAT", "تتولى روسيا التفاوض مع تنظيم داعش لإطلاق سراح 30 سيدة وطفل خطفهم قبل أكثر من أسبوع، خلال هجوم شنه في محافظة السويداء، وفق ما قال الشيخ يوسف جربوع، أحد مشايخ عقل الطائفة الدرزية في سوريا لوكالة \"فرانس برس\"، الجمعة."),
    // Killing as what a charge says was incited (بتهمة التحريض على القتل) is no killing told (TRG-assault-007 unless_prev).
    ("ASSAULT", "وكانت صحيفة \"جمهورييت\" التركية، قالت مطلع الشهر الحالي، إن سيدات بيكر يواجه لائحة اتهام تدعو لسجنه خمسة أعوام، بتهمة التحريض على القتل، واصفة إياه بـ \"زعيم مافيا\"."),
    // A truce threatened or said to have held (أي نشاط يهدد وقف إطلاق النار، وصمد وقف اطلاق النار منذ 2013) and a withdrawal as a hoped-for effect (سيساهم في انسحاب) are none made (TRG-retreat-003/001 unless_prev).
    ("RETREAT", "وصمد وقف اطلاق النار رغم هشاشته منذ مارس 2013."),
    ("RETREAT", "وقد حذرت الولايات المتحدة الشهر الماضي دمشق من القيام بأي نشاط يهدد \"وقف إطلاق النار\" في جنوب البلاد."),
    ("RETREAT", "وكان بوتن قد أكد في مايو خلال لقاء عقده مع نظيره السوري بشار الأسد، أن بدء العملية السياسية في سوريا سيساهم في انسحاب \"القوات المسلحة الأجنبية\"، من دون أن يحدد هوية تلك القوات."),
    // What sanctions or a food programme aim at (العقوبات الجديدة تستهدف اربعة افراد وسبع شركات، تستهدف حوالي 5050 عائلة) is no strike (TRG-assault-052).
    ("ASSAULT", "وقالت وزارة الخزانة الأمريكية في بيان إن العقوبات الجديدة تستهدف اربعة افراد وسبع شركات متهمة بمساعدة نظام الرئيس بشار الاسد على الاستمرار في اذكاء النزاع في سوريا."),
    ("ASSAULT", "وأوضح وليد الجلال مدير مكتب الحملة في لبنان بأن الحملة وفي كل مرحلة من مراحل برنامجها الغذائي \"شقيقي قوتك هنيئاً\" تستهدف حوالي 5050 عائلة سورية في مناطق دده الكورة، المنية، زغرتا، البقاع الأوسط، صيدا، العيرونية، سير الضنية، طرابلس، وبعلبك، بحيث يكون بإمكان هذه العائلات الحصول على الكميات المخصصة لهم من الخبز يومياً، وذلك في استخدام كوبونات صرف تم إصدارها لهذه الغاية، وأضاف بلغت التكلفة الإجمالية لهذا المشروع في لبنان 250 ألف دولار أميركي."),
    // A capacity to shoot down (تباهت بقدرتها على إسقاط، المصممة لإسقاط) and a warning of targeting (وسيتم استهدافها في حال فعلت ذلك) are none done (TRG-assault-016/003 unless_prev, unless_clitic).
    ("ASSAULT", "وكانت موسكو أبرمت عقدا مع دمشق لبيع الصواريخ المزودة بأجهزة رادار والمصممة لإسقاط الطائرات والصواريخ."),
    ("ASSAULT", "وقال مسؤول عسكري غربي، لم يذكر اسمه، إن روسيا، تباهت كثيرا بقدرتها على إسقاط صواريخ توماهوك في تسويقها لنظام الدفاع الجوي إس-400 ومن المرجح أنها اختبرت تلك القدرة قبل نشر النظام."),
    ("ASSAULT", "وقالت الصحيفة ان طائرات النظام السوري لن تتمكن من التحليق في منطقة حظر الطيران وسيتم استهدافها في حال فعلت ذلك."),
    // An attack prevented (والحيلولة دون شن هجوم واسع) is none launched (TRG-assault-019 unless_prev دون).
    ("ASSAULT", "وتقدر تقارير استخباراتية أن ما بين 15% إلى 20% من نحو 60 إلى 70 ألف مقاتل في إدلب ينتمون إلى جماعات إرهابية، حيث أكد جيفري على أن بلاده طالبت مرارا بالسماح لها للتخلص من هؤلاء والحيلولة دون شن هجوم واسع على المنطقة."),
    // More strikes (مزيد/المزيد من الضربات، الهجمات) are intended, prevented or allowed, none told (TRG-assault-001 002 004 014 unless_prev, 019 unless_next).
    ("ASSAULT", "وقال وزير الخارجية البريطاني بوريس جونسون اليوم الأحد إن القوى الغربية لا تعتزم شن مزيد من الضربات الصاروخية على سوريا، لكنها ستدرس كافة \"الخيارات\" المتاحة إذا استخدمت الحكومة السورية الأسلحة الكيميائية."),
    ("ASSAULT", "بيد أنه قال إنه يأمل أن تكون رادعا يمنع المزيد من الهجمات الكيميائية \"البربرية\"."),
    ("ASSAULT", "وتشير التحركات الإيرانية على الأرض إلى إذعان إيراني للرغبة الإسرائيلية والضغط الروسي، وذلك بعدما تواردت أنباء في تل أبيب بأن نتانياهو حصل على ضوء أخضر من موسكو للقيام بالمزيد من الضربات ضد القوات الإيرانية إذا ما اقتربت من الحدود."),
    // Killing a people or the civilians at large (قتل الشعب السوري، قتل السوريين) is a charge, no killing told (TRG-assault-007 unless_next).
    ("ASSAULT", "وقالت نويرت من الواضح أن النظام السوري وبشار الأسد مسؤولان بشكل مباشر عن قتل الشعب السوري."),
    ("ASSAULT", "وباسيل المنتمي إلى التيار الوطني الحر المتحالف مع ميليشيات حزب الله التي تشارك إلى جانب قوات النظام السوري في قتل السوريين، استغل ما خرج عن مؤتمر بروكسل، ليعيد مواقفه."),
    // Any reinforcements (لم يلاحظ أي تعزيزات) are none seen (TRG-mobilize-001 unless_prev أي).
    ("MOBILIZE", "وبحسب المسؤولين، الذين لم يوضحوا كيف وجهت موسكو تحذيرها لواشنطن، لم يلاحظ أي تعزيزات للقوات البرية الروسية في الأيام الأخيرة."),
    // A withdrawal intended by a verb (يعتزم، لا تعتزم) or helped toward is none made (TRG-retreat-001 005 007 017 unless_prev يعتزم سيساعد…);
    // a side's own stated wish (رغبته في انسحاب) is a planned one, in movements.toml.
    ("RETREAT", "وفيما يعتزم ترامب سحب القوات الأمريكية من سوريا معتبرا أنه انتصر في المعركة ضد تنظيم \"الدولة الإسلامية\"، قال ماكرون \"سيترتب علينا بناء سوريا جديدة بعد الحرب، ولذلك أعتقد أن هناك دورا مهما جدا للولايات المتحدة\"."),
    ("RETREAT", "وكانت أنقرة قد أكدت اليوم الخميس في حديث لإبراهيم كالين، المتحدث باسم الرئيس التركي رجب طيب أردوغان، لقناة \"تي ار تي\" التركية، بأن عفرين ستسقط قريبا جدا، وأن أنقرة لا تعتزم تسليم المدينة للحكومة السورية بعد إتمام حملتها العسكرية بالمنطقة."),
    // A ceasefire demanded, said to need something or to leave groups out is none made (TRG-retreat-003 unless_prev بالعمل, unless_next ينبغي تستثني).
    // A withdrawal wanted or to be ensured (يريد سحب، على ضمان انسحاب إيران، بضمان سحب كافة الميليشيات) is none made (TRG-retreat-001/007/022 unless_prev يريد/تريد/ضمان).
    ("RETREAT", "وكان الرئيس الأميركي دونالد ترامب أعلن الاسبوع الماضي أنه يريد سحب قوات بلاده من سوريا \"في وقت قريب جدا\"."),
    ("RETREAT", "وتأتي هذه الخطوة استجابة جزئية لطلب إسرائيل منذ فترة طويلة، بضرورة أن تعمل الحكومة الروسية على ضمان انسحاب إيران بشكل كامل من سوريا."),
    ("RETREAT", "ولفت البحرة إلى أن على إيران أيضا الالتزام بضمان سحب كافة الميليشيات المدعومة من قبلها في سورية ومحاسبة مرتكبي جرائم الحرب وجرائم ضد الإنسانية."),
    // A truce agreed on, denied, failed or worked on (اتفقت/وافقت/أخفقوا في الاتفاق/نفت اتفاقا … على وقف إطلاق النار) is the agreement's content or a topic, no ceasefire made (TRG-retreat-003 unless_prev على).
    ("RETREAT", "واتفقت روسيا مع الولايات المتحدة والأردن في يوليو على وقف إطلاق النار فيها."),
    ("RETREAT", "ونفت روسيا، الخميس، اتفاقا في مجلس الأمن الدولي على وقف لإطلاق النار في سوريا يستمر ثلاثين يوما، بهدف السماح بإيصال المساعدات الإنسانية وإجلاء الجرحى."),
    ("RETREAT", "واستأنفت الطائرات الروسية والسورية الضربات في إدلب وحماة، الأحد، مع تكثيف دمشق هجومها بعد قمة روسية إيرانية تركية لم تفلح في الاتفاق على وقف لإطلاق النار."),
    ("RETREAT", "ويطالب حزب العمال الحكومة بالعمل على وقف لإطلاق النار في الصراع المدمر في سوريا و\"ليس تلقي تعليمات من واشنطن ووضع أفراد الجيش البريطانية في موقف يضر بهم\"."),
    ("RETREAT", "وقال دي ميستورا في بيان تلته المتحدثة باسم الأمم المتحدة أليساندرا فيلوتشي خلال إفادة في جنيف، إن وقف إطلاق النار ينبغي أن يتبعه دخول فوري للمساعدات الإنسانية بلا أي معوقات وإجلاء للمرضى والمصابين إلى خارج الغوطة."),
    ("RETREAT", "وبحسب مسودة القرار، فإن 5.6 مليون شخص في نحو 1.244 منطقة في سوريا بحاجة ماسة للمساعدة، إلا أن الهدنة تستثني تنظيمات الدولة الإسلامية والقاعدة وجبهة النصرة."),
    // A deportation alleged as an attempt, set as a deal's term or to be prevented (ومحاولة تهجير السكان، يقضي بتهجير، منع تهجير الأهالي) is none done (TRG-coerce-004 unless_prev).
    ("COERCE", "واتهم فيلق الرحمن، أحد فصائل المعارضة المسلحة، روسيا بالتصعيد العسكري ومحاولة تهجير السكان بالقوة."),
    ("COERCE", "وأعلن ممثلو المجتمع المدني في مدينة انخل، شمال مدينة درعا، تأييدهم أي قرار يتخذه الوفد العسكري المفاوض من شأنه منع تهجير الأهالي."),
    // A past arrest named as the cause of sanctions or anger (بسبب اعتقال القس، على خلفية اعتقال القس) tells no arrest in the news.
    ("COERCE", "وفرضت الولايات المتحدة عقوبات اقتصادية على تركيا بسبب اعتقال القس البالغ من العمر 50 عاما، ورفضت واشنطن التهم الموجهة إلى برانسون بشأن مساعدة متورطين في محاولة الانقلاب ضد الرئيس رجب طيب أردوغان سنة 2016."),
    ("COERCE", "وأعربت تركيا الخميس عن غضبها بعد عقوبات فرضتها الولايات المتحدة على وزيرين في حكومة الرئيس التركي رجب طيب أردوغان على خلفية اعتقال القس."),
    // Barring entry named as a goal or the issue at stake (يهدف إلى منع، المسألة الحرجة هي منع) bars nobody.
    ("COERCE", "وأشار إلى أن «المسألة الحرجة في هذا الصدد هي منع عبور الإرهابيين (إلى تركيا) واتخاذ تدابير ملموسة على امتداد الحدود ضد تهديد (داعش)»."),
    ("COERCE", "وعلى الرغم من أن المسؤولين في الحكومة التركية أكدوا أن مثل هذا التدخل يهدف إلى منع مقاتلي «داعش» من دخول أراضي تركيا، اعتبر محللون أن هدف العملية الحقيقي هو دحر المقاتلين الأكراد وطردهم بعيدا عن الحدود."),
    ("COERCE", "والاتفاق الذي أعلن، الخميس، يقضي بتهجير رافضي التسوية مع النظام من مدنيين ومقاتلين وعائلاتهم، باتجاه إدلب، وتسوية أوضاع من يقبل بحكم النظام في القنيطرة."),
    // A truce as an aim to ensure or reach, or to conclude in an initiative or attempts (لضمان هدنة، تحقيق التهدئة، محاولات فاشلة لعقد هدنة) is none made (TRG-retreat-003 unless_prev).
    ("RETREAT", "وكانت الولايات المتحدة قد دعت روسيا لاستخدام نفوذها لضمان هدنة مدتها 30 يوما."),
    ("RETREAT", "أكد الرئيس التركي رجب طيب أردوغان والروسي فلاديمير بوتين والإيراني حسن روحاني الأربعاء، بعد قمة ثلاثية جمعتهم في أنقرة، أنهم عازمون على تسريع الجهود لضمان تحقيق التهدئة في سوريا، والوصول لوقف إطلاق نار دائم."),
    ("RETREAT", "فالمدينة التي اختبرت خمس محاولات فاشلة لعقد هدنة على مدى السنوات الثلاث الماضية، لا تزال قوات المعارضة فيها تواجه الهجمات، رغم الحصار العسكري، فيما تحشد القوات الحكومية طاقة نارية كبيرة لإنهاء وجود المعارضة في آخر المدن الحدودية مع لبنان."),
    // An attack avoided, prevented or feared is none made (CUE-aside-002: تجنب، تفادي، مخاوف من).
    ("ASSAULT", "ووصف جيفري الوضع في إدلب بأنه \"خطير للغاية\" مشيرا إلى أن تركيا التي تدعم بعض الجماعات المعارضة في المنطقة، تحاول تجنب هجوم كبير وشامل من جانب الحكومة السورية."),
    ("ASSAULT", "قال مبعوث الأمم المتحدة إلى سوريا، الخميس، إنه مستعد للسفر إلى إدلب للمساعدة في ضمان خروج المدنيين عبر ممر إنساني، وسط مخاوف من هجوم حكومي وشيك لاستعادة آخر المعاقل الرئيسية للمسلحين."),
    ("ASSAULT", "وأقيم خط عسكري ساخن بين إسرائيل وروسيا عام 2015، ساعد في تفادي حدوث اشتباكات غير مقصودة بين الطرفين في سوريا."),
    // تظاهر بأن is to pretend (TRG-protest-001 unless_next), and a state protesting in words is no demonstration (real/bulk).
    ("PROTEST", "في أكتوبر الماضي، غيرت تركيا سياساتها القائمة على التظاهر بأن السوريين سيعودون لوطنهم في أية لحظة."),
    ("PROTEST", "وقالت وزارة الخارجية التركية في بيان انها استدعت مبعوث الجامعة العربية في انقرة لتسجيل احتجاج."),
    // A crowd that is no protest (TRG-protest-008 wants a slogan, a banner or a demand near it): the
    // displaced massing at a border, students gathered to rebuild a town, people waiting to leave; a
    // drone (طائرة مسيرة) is no march; riot police are no riot; a canton is no boycott (real/bulk).
    ("PROTEST", "وأفاد المرصد السوري لحقوق الإنسان أن عدد النازحين جراء العمليات العسكرية تجاوز 120 ألفا، حيث تجمع عشرات الآلاف عند الحدود مع الأردن، بينما فر آلاف آخرون صوب الحدود مع هضبة الجولان."),
    ("PROTEST", "وقد استهدف الهجوم الذي وقع ظهر أمس (الاثنين)، المركز الثقافي في سوروتش القريبة من سوريا، حيث تجمع طلبة يرغبون في المشاركة في اعادة بناء مدينة كوباني، على الجانب الآخر من الحدود."),
    ("PROTEST", "وقال المرصد السوري لحقوق الإنسان، السبت، إن ضربات جوية على مدينة زملكا في منطقة الغوطة الشرقية قتلت 30 شخصا على الأقل تجمعوا للخروج."),
    ("PROTEST", "ونقلت الحسابات الرسمية للرئاسة السورية صورا للأسد وقد تجمع حوله جنود أمام دبابة في شارع بدت عليه آثار المعارك في الغوطة الشرقية."),
    ("PROTEST", "كما استهدف طائرة مسيرة من صنع داعش، بقنبلتين على الأقل، معدات عسكرية وعربات للقوات الأمريكية في سوريا."),
    ("PROTEST", "وأوضح كوتشوك أن الضابطين كانا يعملان بشرطة مكافحة الشغب في إسطنبول، مشيرا إلى أنه لم يتضح بعد ما إذا كان الحادث إرهابيا."),
    ("PROTEST", "وتمثل عفرين المنطقة الجنوبية الغربية من الإدارة الذاتية وهي مقاطعة للأكراد السوريين في شمال سوريا."),
    // Forces cutting a road between two places, or a road cut off in politics, is no protest (TRG-protest-005).
    ("PROTEST", "وتحاول قوات النظام استعادة قاعدة عسكرية جنوب غربي المدينة تسيطر عليها الفصائل منذ عام 2014، مما يمكنها من قطع الطريق بين مدينة درعا والحدود الأردنية، وأيضا فصل مناطق سيطرة المعارضة في المحافظة عن بعضها."),
    ("PROTEST", "تركيا بحاجة إلى إعادة تموضعها الإقليمي ولإعادة دفع اقتصادها الذي بدأ يعاني تراجع معدلات نموه، في المقابل فإن مصر راغبة في معالجة ملف ليبيا إضافة إلى قطع الطريق سياسيا أمام جماعة الإخوان المدعومة من تركيا."),
    // Sanctions faced, prepared or broken are none imposed (TRG-sanction-001 unless_prev تواجه، تعد، انتهاك).
    ("SANCTION", "بالإضافة إلى ذلك، تواجه إيران عقوبات أميركية بسبب أنشطتها النووية والصاروخية."),
    ("SANCTION", "كانت سفيرة الولايات المتحدة لدى الأمم المتحدة نيكي هيلي قالت يوم الأحد إن واشنطن تعد عقوبات جديدة على روسيا بسبب دعمها للرئيس السوري بشار الأسد."),
    ("SANCTION", "وجهت الولايات المتحدة اتهامات لخمسة روس وثلاثة سوريين بانتهاك العقوبات الأميركية من خلال إرسال وقود طائرات إلى سوريا وبغسل الأموال من خلال تحويلات مالية عبر النظام المالي الأميركي للدفع مقابل شحنات الوقود."),
    // Shelling in the future tense (سيقصفون، ستقصف، ستستهدف، ستطلق) is a warning or a forecast, not an attack told (TRG-assault-001/022/052 unless_clitic س).
    ("ASSAULT", "وقال: \"أبلغت الخوذ البيضاء أنه بين الـ3 والـ6 من أبريل فإن مقاتلي جيش الإسلام سيقصفون دمشق بالمدفعية، مما سيؤدي إلى رد من القوات الحكومية، ينبغي أن تستغله الخوذ البيضاء لممارسة هذا الاستفزاز\"."),
    ("ASSAULT", "وقال الرئيس التركي، رجب طيب أردوغان، الخميس الماضي، إنه إذا لم يقم العراق بتطهير المنطقة من حزب العمال، فإن بلاده ستقصف جبال قنديل ومنطقة سنجار، التي تقع إلى الغرب منها، والتي يقول إن مسلحي حزب العمال يتمركزون بها أيضا."),
    // A strike or offensive to come (ستوجه ضربة، سيطلق هجوما، سيعلق الضربات الجوية) is none made (TRG-assault-001/002/004/005/008/014/017/019/031 unless_prev).
    ("ASSAULT", "قال الرئيس الأميركي دونالد ترامب، الأربعاء، في تغريدة على حسابه في تويتر، إن إدارته ستوجه ضربة إلى سوريا باستخدام \"صواريخ جديدة وذكية\"."),
    // A concession written على الرغم من (as رغم, بالرغم من) is background, not an act told (CUE-aside-003).
    ("REJECT", "وقررت روسيا تزويد سوريا بهذا النظام على الرغم من اعتراض إسرائيل، عقب اتهام موسكو لتل أبيب بأنها تسببت بشكل غير مباشر في إسقاط طائرة عسكرية روسية في سوريا في سبتمبر."),
    // A freeze lifted (TRG-sanction-003 unless_prev رفع), the consequences of a withdrawal or a decision pending on it (TRG-sanction-005 unless_prev تداعيات، بشأن) are no sanction.
    ("SANCTION", "مع إعادة اندماج إيران في التجارة الدولية، ومع رفع تجميد الأصول الإيرانية مع الالتزام بتعهدات الاتفاق النووي، سيكون لدى إيران مصادر مالية إضافية، ولكن التاريخ يقول لنا إن كل الدول التي تندرج في النظام الدولي ولديها مصلحة مع النظام الدولي، ويرون إمكانية الاستثمار في بناهم التحتية ويرون مواطنيهم وهم يسافرون في الخارج ويرون زوارا دوليين في المنطقة، كل هذا يجعل لديهم حافزا في لعب دور أكثر اتزانا في المجتمع الدولي."),
    // An attack or strike only expected, possible or imminent (CUE-expected-001: المتوقع، محتمل، وشيكة after the noun) is none told.
    ("ASSAULT", "وقام المسؤولون الروس بتصعيد لغة الخطاب بشأن سوريا في الأيام الأخيرة، قبل هجوم الحكومة السورية المتوقع على نطاق واسع ضد إدلب، آخر معقل للمعارضة في البلاد."),
    ("ASSAULT", "وقالت المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا، إن الضربة الصاروخية الأميركية المحتملة ربما تكون محاولة لتدمير أدلة على الهجوم الكيماوي المزعوم في مدينة دوما السورية."),
    // A green light awaited (في انتظار الضوء الأخضر) is none given (TRG-support-016 needs a verb of giving).
    ("SUPPORT", "وأبلغ مندوب سوريا لدى الأمم المتحدة بشار الجعفري مجلس الأمن الدولي الثلاثاء أن خبراء المنظمة لم يبدؤوا مهمتهم بعد في انتظار الضوء الأخضر من الفريق الأمني الأممي."),
    // A standing backer (الذي يوفر الغطاء الجوي) is no supply told (TRG-aid-017 refuses الذي/التي).
    ("AID", "وتعد قوات سوريا الديمقراطية القوة العسكرية الثانية الأكثر نفوذا بعد القوات الحكومية، وتمكنت من طرده منها بدعم من التحالف الدولي بقيادة أمريكية الذي يوفر الغطاء الجوي لعملياتها."),
    // انطلاقا من (starting from) is no evacuation setting off (TRG-retreat-013 unless_token).
    ("RETREAT", "وأوضح أن التغيير الأكبر في هذه الاستراتيجية يتمثل في اتفاق واشنطن وأنقرة على خطة لإقامة منطقة عازلة داخل الأراضي السورية، وذلك بحماية غالبيتها من القوات التركية، وبالتالي قطع خطوط الإمداد المؤدية إلى مدينة الرقة \"عاصمة داعش\" وبحيث تقوم المقاتلات التركية والأميركية بقصف مسلحي التنظيم انطلاقا من قواعد عسكرية في تركيا."),
    // Any truce, named as a condition (قبل أي هدنة), is none made (TRG-retreat-003 refuses أي).
    ("RETREAT", "الاصطدام مع الجيش الحر، وعدم مساندة جبهة النصرة لمقاتلي داعش في تلك المعركة، كما يشرح أبو هريرة أثبت صدق ما كان يتحدث عنه هو وجماعته مع البنعلي والقحطاني وأبو اليمان والشيشاني، بشأن عدم الثقة في خصوم التنظيم، وضرورة الاستتابة لهم قبل أي هدنة أو تعاون معهم."),
    // People settling (وتمركزت أغلبيتهم في المحافظات التركية) are no force deployed (TRG-mobilize-016 needs a force word).
    ("MOBILIZE", "وتمركزت أغلبيتهم في المحافظات التركية الجنوبية حيث صاروا يشكلون 20 في المائة من السكان."),
    // Arms named before the verb in a relative clause (الأسلحة التي سلمتها الأخيرة لوحدات حماية الشعب) were handed to a side, not given up (TRG-retreat-010 unless_prev التي).
    ("RETREAT", "تريد تركيا من واشنطن أن تسترد الأسلحة التي سلمتها الأخيرة لوحدات حماية الشعب، كما تريد أن ينسحب مقاتلو وحدات حماية الشعب من مدينة منبج التي تتمركز فيها أيضا قوات أمريكية."),
    // A named army formed by factions merging (تشكيل "جيش الإسلام" عبر اتحاد أكثر من 45 فصيلا) is their merger, no force raised (TRG-mobilize-017 takes قوة only).
    ("MOBILIZE", "تم الإعلان عن تشكيل \"جيش الإسلام\" في عام 2013 عبر اتحاد أكثر من 45 فصيلاً من \"الجيش الحر\" الذي كان يُعد أكبر تشكيل عسكري معارض."),
    // Forces that entered, named again in a relative clause (عدد القوات التي دخلت عفرين), are no new deployment (TRG-mobilize-009 unless_prev التي).
    ("MOBILIZE", "ومن غير الواضح عدد القوات التي دخلت عفرين أو الأماكن التي ستنتشر فيها."),
    // A withdrawal as the subject of what it would allow (وسيسمح انسحاب أمريكي بإطلاق يد تركيا) is none made (TRG-retreat-001 unless_prev يسمح).
    ("RETREAT", "وسيسمح انسحاب أمريكي بإطلاق يد تركيا وروسيا وإيران، الدول الثلاث التي تهيمن على الوضع الميداني."),
    // تقدموا ل is to apply (سبعة آلاف متطوع تقدموا لبرنامج التدريب), no training given (TRG-aid-018 leaves تقدم out).
    ("AID", "وقال كارتر أمام لجنة القوات المسلحة في مجلس الشيوخ «إنه أقل بكثير مما كنا نأمل به في هذه المرحلة»، موضحا أن سبعة آلاف متطوع تقدموا لبرنامج التدريب."),
    // A militia raised, with no announcement of factions joining (إن تشكيل جيش من الميليشيات تحت اسم الحشد الشعبي), is no merger (TRG-cooperate-013 needs أعلن عن).
    ("COOPERATE", "إن تشكيل جيش من الميليشات تحت اسم \"الحشد الشعبي\" ولعب إيران لدور هدام في الانتخابات العراقية لم يكن خافيا عن عامة الناس، بما في ذلك العراقيين الشيعة."),
    // An attack under a condition (إذا، في حال) is a supposition, none made (coder.rs, hypothetical ASSAULT).
    ("ASSAULT", "وحذر كونابل من أنه إذا قتلت الولايات المتحدة عن قصد أو غير قصد أي جنود روس، فإن ذلك سيكون تصعيدا خطيرا بين القوتين النوويتين."),
    ("ASSAULT", "وذكر الجعفري بالمادة 51 من ميثاق الأمم المتحدة التي تقر بحق أي دولة في الدفاع عن نفسها إذا تعرضت لهجوم."),
    ("ASSAULT", "وقال الرئيس الفرنسي إنه وفي حال قررت بلاده شن ضربات عسكرية على سوريا فسوف تستهدف \"القدرات الكيميائية\" للنظام من غير أن تطال \"حليفيه\" الروسي والإيراني."),
    // The dead counted, their bodies handed over (عدد قتلى النزاع، تسليم 30 جثة من قتلى النظام) are a toll or a deal, no killing told (TRG-assault-007 unless_prev).
    ("ASSAULT", "وتزامنا مع انقضاء شهر رمضان، أفاد «المرصد السوري لحقوق الإنسان» بأن عدد قتلى النزاع خلال الشهر الفضيل بلغ نحو 5026 قتيلا."),
    ("ASSAULT", "وفي 12 يونيو (حزيران) الماضي أجريت في حلب عملية تبادل لعشرات الجثث، مع المعارضة، تم بنتيجتها تسليم 30 جثة من قتلى النظام مقابل تسليم جثث 22 مقاتلا من الفصائل الإسلامية."),
];

#[test]
fn trigger_phrases_code_their_type() {
    let coder = coder();
    let mut failures = Vec::new();
    for (kind, mode, text) in CODED {
        let events = code(&coder, text);
        let hit = events
            .iter()
            .any(|e| e.kind.as_str() == *kind && mode.is_none_or(|m| e.mode.as_deref() == Some(m)));
        if !hit {
            failures.push(format!("want {kind}/{}: {text}\n    got: {}", mode.unwrap_or("-"), show(&events)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} sentences not coded:\n{}",
        failures.len(),
        CODED.len(),
        failures.join("\n")
    );
}

#[test]
fn near_misses_are_not_coded() {
    let coder = coder();
    let mut failures = Vec::new();
    for (kind, text) in NOT_CODED {
        let events = code(&coder, text);
        if events.iter().any(|e| e.kind.as_str() == *kind) {
            failures.push(format!("no {kind} wanted: {text}\n    got: {}", show(&events)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} near-misses coded:\n{}",
        failures.len(),
        NOT_CODED.len(),
        failures.join("\n")
    );
}

/// A temporary copy of the shipped `data/triggers`, for a test that edits it
/// as an analyst would.
fn shipped_triggers_copy(name: &str) -> std::path::PathBuf {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/triggers");
    let dir = std::env::temp_dir().join(format!("marsad-coder-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in std::fs::read_dir(&data).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    dir
}

/// The coder's word sets are data: an analyst's edit to `words.toml` in a
/// data directory changes what is coded, with no rebuild. Here the facility
/// noun مواقع, through which an attack on a side's positions strikes that
/// side (real/bulk), is taken out of the `facility` set.
#[test]
fn an_edit_to_a_word_set_takes_effect() {
    let text = "قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش الإرهابي في سوريا.";
    let shipped = code(&coder(), text);
    assert_eq!(shipped.len(), 1, "{}", show(&shipped));
    assert_eq!(shipped[0].target, ["ISIS"]);

    let dir = shipped_triggers_copy("words-edit");
    let words = std::fs::read_to_string(dir.join("words.toml")).unwrap();
    let edited = words.replacen("\"مواقع\", ", "", 1);
    assert_ne!(edited, words);
    std::fs::write(dir.join("words.toml"), edited).unwrap();
    let edited_coder = Coder::from_dir(&dir);
    std::fs::remove_dir_all(&dir).ok();
    let events = code(&edited_coder.unwrap_or_else(|e| panic!("{e}")), text);
    assert_eq!(events.len(), 1, "{}", show(&events));
    assert!(events[0].target.is_empty(), "{:?}", events[0].target);
}

/// A trigger that names its doers (`names_doer`: المتظاهرون، المعتصمين)
/// takes no other name as the source: the United Nations the banners
/// address is not who marched (real/bulk, Strasbourg, February 2018).
#[test]
fn protesters_named_by_the_trigger_are_its_source() {
    let text =
        "كما رفع المتظاهرون لافتات تطالب الأمم المتحدة بوقف العملية التركية ضد الأكراد في عفرين شمال سوريا.";
    let events = code(&coder(), text);
    let protest = events.iter().find(|e| e.kind.as_str() == "PROTEST");
    let protest = protest.unwrap_or_else(|| panic!("no protest: {}", show(&events)));
    assert!(protest.source.is_empty(), "{:?}", protest.source);
    assert_eq!(protest.rule, "TRG-protest-006");
}

/// An analyst's new multi-word form that wants a `with` word it does not find
/// codes nothing, and leaves the shorter trigger inside it to code the act:
/// before, any longer match silenced the shorter one whether or not it fired
/// (a recall audit of session 21 lost events to `منذ استعادة` so).
#[test]
fn a_longer_form_that_does_not_fire_leaves_the_shorter_one() {
    let text = "قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش الإرهابي في سوريا.";
    let dir = shipped_triggers_copy("longer-form");
    let added =
        "\n[[trigger]]\nid = \"TRG-assault-900\"\nforms = [\"قصفت ثلاث\"]\nwith = [\"مدفعيه\"]\nwithin = 2\n";
    let mut assault = std::fs::read_to_string(dir.join("assault.toml")).unwrap();
    assault.push_str(added);
    std::fs::write(dir.join("assault.toml"), assault).unwrap();
    let edited = Coder::from_dir(&dir);
    std::fs::remove_dir_all(&dir).ok();
    let events = code(&edited.unwrap_or_else(|e| panic!("{e}")), text);
    assert_eq!(events.len(), 1, "{}", show(&events));
    assert_eq!(events[0].rule, "TRG-assault-001", "{}", show(&events));
}
