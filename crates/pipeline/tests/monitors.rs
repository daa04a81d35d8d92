//! A body that never fights (an NGO such as the Syrian Observatory, the person who speaks for it,
//! the UN) tells of attacks and never wages them, end to end: the shipped data sets `speaks_for =
//! "SOHR"` on the Observatory's director and `unarmed` on the UN's bodies, and the analysis takes
//! them out of an attack's doers while what they say stays their own act. Sentences from
//! real/bulk, not in real-gold.

use marsad_ingest::Reader;
use marsad_model::EventType;
use marsad_pipeline::{Analysis, Analyzer};

fn analyze(text: &str) -> Analysis {
    let article = Reader::embedded().parse_text("monitors.txt", &format!("خبر\n{text}"));
    Analyzer::embedded().analyze(&article)
}

fn sides(a: &Analysis, kind: EventType) -> Vec<(Vec<String>, Vec<String>)> {
    a.events
        .iter()
        .filter(|e| e.event.kind == kind)
        .map(|e| (e.event.source.clone(), e.event.target.clone()))
        .collect()
}

#[test]
fn the_observatorys_director_tells_of_a_shelling() {
    // bulk: before, the director was the shelling's doer.
    let a = analyze("وأوضح مدير المرصد رامي عبد الرحمن أن ثمانية مدنيين قتلوا في قصف على مدينة خان شيخون.");
    let attacks = sides(&a, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{attacks:?}");
    let (source, target) = &attacks[0];
    let monitor = |id: &String| id == "SOHR" || id == "person:rami-abdulrahman";
    assert!(!source.iter().any(monitor) && !target.iter().any(monitor), "{attacks:?}");
}

#[test]
fn the_doer_told_by_the_observatory_stays() {
    // bulk1833: the Nusra Front abducted; the director only tells it.
    let a = analyze(
        "وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن جبهة النصرة خطفت ثمانية مقاتلين من الفرقة 30 في ريف حلب.",
    );
    let attacks = sides(&a, EventType::Assault);
    assert!(attacks.iter().any(|(s, _)| s == &["HTS"]), "{attacks:?}");
    assert!(attacks.iter().all(|(s, _)| !s.iter().any(|id| id == "SOHR")), "{attacks:?}");
}

#[test]
fn what_the_director_says_is_his_bodys_statement() {
    // A statement stays the monitor's own act, and his body stands beside him.
    let a = analyze("وطالب مدير المرصد رامي عبد الرحمن الأمم المتحدة بالتحقيق في الغارات على إدلب.");
    let requests = sides(&a, EventType::Request);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_eq!(requests[0].0, ["person:rami-abdulrahman", "SOHR"]);
}

#[test]
fn the_un_tells_a_toll() {
    // bulk: `وبحسب الأمم المتحدة`, the UN was read as the shelling's doer.
    let a =
        analyze("وبحسب الأمم المتحدة، فإن القصف المدفعي قتل 20 شخصا الأربعاء، بينهم 11 شخصا في مدينة درعا.");
    let attacks = sides(&a, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{attacks:?}");
    assert!(!attacks[0].0.iter().any(|id| id == "UN"), "{attacks:?}");
}
