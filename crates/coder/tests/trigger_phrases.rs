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
    ("هيئة تحرير الشام", "HTS", EntityKind::ArmedGroup),
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
    ("الحزب الديمقراطي الكردستاني الإيراني", "KDPI", EntityKind::ArmedGroup),
    ("القوات الأمريكية", "USA-MIL", EntityKind::StateOrgan),
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
    ("SUPPORT", None, "وقبل الاجتماع، أكدت طهران وموسكو من جديد دعمهما للنظام السوري الذي أعلن باستمرار تصميمه على استعادة السيطرة على كل الأراضي السورية."),
    ("AID", None, "وأشارت إلى أن الأمم المتحدة قدمت في يونيو الماضي مساعدات غذائية لأكثر من 400 ألف شخص في شمال غربي سوريا."),
    ("ASSAULT", None, "وشنت الولايات المتحدة وفرنسا وبريطانيا 105 ضربات على سوريا يوم السبت الماضي ردا على هجوم كيماوي."),
    ("ASSAULT", Some("occupy"), "وكانت وسائل إعلام تركية ذكرت، الخميس، أن القوات التركية وحلفاءها من الجيش السوري الحر سيطرت على بلدة جنديرس."),
    ("ASSAULT", Some("aerial"), "وفي 23 سبتمبر، تم إسقاط مقاتلة سورية فوق الجولان بحسب الجيش الإسرائيلي."),
    ("RETREAT", Some("withdraw"), "وتصريحات ليبرمان تأتي غداة تأكيد مبعوث موسكو إلى سوريا أن القوات الإيرانية سحبت أسلحتها الثقيلة في سوريا إلى مسافة 85 كيلومترا."),
    ("RETREAT", Some("withdraw"), "وأعلن الجيش السوري السبت سيطرته بالكامل على الغوطة الشرقية بعد إجلاء آخر مقاتلي المعارضة من مدينة دوما."),
    ("RETREAT", Some("ceasefire"), "والآن مع توصل الأمم المتحدة لقرار إيقاف إطلاق النار عبر أرجاء سوريا، لا تزال هنالك الكثير من الشكوك."),
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
    // Forces entering or massing; aid as training, air cover or supplies.
    ("MOBILIZE", Some("troops"), "دخلت قوات النظام السوري الخميس إلى أحياء يسيطر عليها مقاتلو الفصائل المعارضة في منطقة درعا البلد ورفعت العلم في الساحة العامة أمام مبنى البريد."),
    ("MOBILIZE", Some("troops"), "وأفادت تقارير نشرتها وسائل إعلام موالية للمعارضة بأن القوات الحكومية والمليشيا الداعمة لها تحتشد بمدرعاتها في منطقة قريبة."),
    ("AID", Some("military"), "إلى ذلك، قال جاويش أوغلو إن تركيا تدرب وتجهز عناصر في المعارضة السورية المعتدلة."),
    ("AID", Some("military"), "وتقود الولايات المتحدة حاليا تحالفا يشن ضربات جوية على داعش في سوريا والعراق ويتعاون مع تركيا لتوفير غطاء جوي لمقاتلي المعارضة داخل سوريا."),
    ("AID", Some("military"), "وهو ما تؤكده الولايات المتحدة التي أمدت الوحدات وحلفاءها بالأسلحة والتدريب لمساعدتهم في هزيمة تنظيم الدولة الإسلامية."),
    // An attack announced, a threat added to a statement, a resolve to use force.
    ("THREATEN", Some("violence"), "وقال مسؤولون أمريكيون اشترطوا عدم نشر اسمائهم إن الولايات المتحدة ستشن هجمات لدعم التقدم الذي أحرز ضد أهداف الدولة الإسلامية."),
    ("THREATEN", Some("violence"), "وكانت الولايات المتحدة وفرنسا وبريطانيا قد أعلنت فجر السبت عن ضربات جوية استهدفت عدة مواقع للنظام السوري، مهددين بضربات جديدة إذا تجاوز \"الخط الأحمر\"."),
    ("THREATEN", Some("violence"), "وأعلنت الولايات المتحدة وتركيا الشهر الماضي عزمهما طرد تنظيم داعش من قطاع من الأراضي في شمال سوريا قرب الحدود التركية."),
    // An operation launched; captives executed.
    ("ASSAULT", None, "وكان الجيش التركي شن عدة عمليات في سوريا كان الهدف منها إبعاد وحدات حماية الشعب الكردية من شمال سوريا."),
    ("ASSAULT", Some("targeted"), "وذكر تقرير لمنظمة العفو الدولية، العام الماضي، أن النظام السوري أعدم 13 ألف شخص، بينهم ناشطون بسجن صيدنايا."),
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
    // Rockets fired; money given.
    ("ASSAULT", None, "وكانت وزارة الدفاع الفرنسية قد أعلنت أن الجيش الفرنسي أطلق 12 صاروخا على سوريا."),
    ("AID", Some("economic"), "وكانت السعودية أعلنت الجمعة تقديم 100 مليون دولار لدعم تلك الخطة."),
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
    // A force crossing into a country (here denied: a negated event is still coded).
    ("MOBILIZE", Some("troops"), "وتابع أن الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف تابعة للتنظيم."),
    // Advisers sent.
    ("AID", Some("military"), "وأرسلت طهران مستشارين عسكريين ومسلحين متطوعين، وتفيد تقارير بأنها أرسلت عناصر من فيلق القدس، وهو يد الحرس الثوري الإيراني في الخارج."),
];

/// Sentences where the same words mean something else: no event of `type`.
const NOT_CODED: &[(&str, &str)] = &[
    // وقع: to happen, to fall.
    ("AGREE", "ووقعت مواجهات أخرى بين هيئة تحرير الشام وداعش في المحافظة."),
    (
        "AGREE",
        "الذي تتهمه الحكومة التركية بالوقوف وراء المحاولة الانقلابية التي وقعت في البلاد في صيف عام 2016.",
    ),
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
