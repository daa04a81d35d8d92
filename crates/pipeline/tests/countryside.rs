//! `ريف X` (the countryside of a governorate capital) is the governorate, end to end: the entity
//! the analysis lists, the place of the events told there, and a place named with it still
//! read as before (a village or area told right before `بريف X` is where the act happened).
//! Sentences from real/bulk and real/ articles that are not in real-gold.

use marsad_ingest::Reader;
use marsad_pipeline::{Analysis, Analyzer};

fn analyze(text: &str) -> Analysis {
    let article = Reader::embedded().parse_text("countryside.txt", &format!("خبر\n{text}"));
    Analyzer::embedded().analyze(&article)
}

fn event_places(a: &Analysis) -> Vec<Option<String>> {
    a.events.iter().map(|e| e.event.place.clone()).collect()
}

#[test]
fn countryside_of_a_capital_is_the_governorate() {
    let a = analyze(
        "وكانت قوات النظام قد استعادت بعد هجوم عنيف نهاية العام الماضي السيطرة على عشرات القرى والبلدات في ريف إدلب الجنوبي الشرقي.",
    );
    let gov = a.entities.iter().find(|e| e.id == "place:idlib-governorate").expect("the governorate");
    assert_eq!(gov.mentions, ["ريف إدلب الجنوبي الشرقي"]);
    assert_eq!(gov.precision.as_deref(), Some("governorate"));
    assert!(a.entities.iter().all(|e| e.id != "place:idlib"), "{:?}", a.entities);
    assert_eq!(event_places(&a), [Some("place:idlib-governorate".to_string())]);

    // The dual `ريفي` locates the act as `ريف` does.
    let a =
        analyze("أفادت الأنباء الواردة من سوريا بتعرض مواقع عسكرية في ريفي حلب وحماة لضربات جوية صاروخية.");
    assert_eq!(event_places(&a), [Some("place:aleppo-governorate".to_string())]);
}

#[test]
fn a_place_told_before_the_countryside_stays_the_place() {
    let a = analyze(
        "أعلنت المعارضة السورية المسلحة أمس مواصلة تقدمها في سهل الغاب بريف حماة وقتلها عشرات من عناصر النظام.",
    );
    assert!(a.entities.iter().any(|e| e.id == "place:hama-governorate"), "{:?}", a.entities);
    assert_eq!(event_places(&a), [Some("place:al-ghab-plain".to_string())]);
}

#[test]
fn the_city_outskirts_are_the_city() {
    let a = analyze("وقال المرصد إن الانفجارات وقعت في منطقة معامل الدفاع في ريف مدينة حماة، ونجمت عن قصف صاروخي استهدفها.");
    assert!(a.entities.iter().any(|e| e.id == "place:hamah"), "{:?}", a.entities);
    assert!(a.entities.iter().all(|e| e.id != "place:hama-governorate"), "{:?}", a.entities);
}
