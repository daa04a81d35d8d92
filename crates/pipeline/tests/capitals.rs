//! A capital read as the government it stands for (`باستهداف دمشق` → SYR-GOV) still places an attack on it in
//! the city, end to end: the event's place is the city, and the city is among the analysis's entities (every
//! event place is, so a map can draw it), named by the capital's words. The property test in `props.rs` found an
//! event placed in a city the entities lacked. Sentences from real/bulk.

use marsad_ingest::Reader;
use marsad_pipeline::{Analysis, Analyzer};

fn analyze(text: &str) -> Analysis {
    let article = Reader::embedded().parse_text("capitals.txt", &format!("خبر\n{text}"));
    Analyzer::embedded().analyze(&article)
}

#[test]
fn an_attack_on_a_capital_is_placed_in_the_city_and_the_city_is_an_entity() {
    let a = analyze("وردت الفصائل باستهداف دمشق، موقعة أكثر من 20 مدنيا.");
    let strike = a.events.iter().find(|e| e.event.kind.as_str() == "ASSAULT").expect("the strike");
    assert_eq!(strike.event.target, ["SYR-GOV"]);
    assert_eq!(strike.event.place.as_deref(), Some("place:damascus"));
    let city = a.entities.iter().find(|e| e.id == "place:damascus").expect("the city is an entity");
    assert_eq!(city.mentions, ["دمشق"]);
    assert!(city.lat.is_some());
    assert!(a.entities.iter().any(|e| e.id == "SYR-GOV"), "{:?}", a.entities);
}

#[test]
fn a_capital_spoken_of_adds_no_city() {
    // The capital acts (a demand), no event is placed in it: the entities keep the government only.
    let a = analyze("وطالبت دمشق مجلس الأمن الدولي بإدانة الغارات.");
    assert!(a.entities.iter().any(|e| e.id == "SYR-GOV"), "{:?}", a.entities);
    assert!(a.entities.iter().all(|e| e.id != "place:damascus"), "{:?}", a.entities);
}

#[test]
fn every_event_place_is_an_entity() {
    // The minimal input the property test shrank to.
    let a = analyze("\n\nهذا الهجوم قوات سوريا الديمقراطية دمشق قصفتقصفتهذا الهجوم قصفت");
    for e in &a.events {
        if let Some(p) = &e.event.place {
            assert!(a.entities.iter().any(|x| &x.id == p), "place {p} is not among {:?}", a.entities);
        }
    }
}
