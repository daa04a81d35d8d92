//! The data shipped under `data/` loads, passes `check`, and keeps its invariants.

use std::collections::HashSet;
use std::path::PathBuf;

use marsad_lexicon::{check, Lexicon};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

#[test]
fn shipped_data_passes_check() {
    let problems = check(&data_dir());
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{}", text.join("\n"));
}

#[test]
fn shipped_data_ids_unique_places_have_coordinates() {
    let lex = Lexicon::from_dir(&data_dir()).expect("data/ loads");
    let mut seen = HashSet::new();
    for e in lex.entities() {
        assert!(seen.insert(e.id.clone()), "duplicate id {}", e.id);
        if e.kind.is_place() {
            assert!(e.lat.is_some() && e.lon.is_some(), "{} has no coordinates", e.id);
            assert!(e.id.starts_with("place:"), "place id {} lacks the place: prefix", e.id);
        } else {
            assert!(!e.id.starts_with("place:"), "actor id {} has the place: prefix", e.id);
        }
    }
    for p in lex.admin_parents("place:saraqib") {
        assert!(lex.entity(p).is_some_and(|e| e.kind.is_place()), "bad parent {p}");
    }
    assert_eq!(lex.admin_parents("place:saraqib"), ["place:idlib-governorate"]);
    let m4 = lex.road_line("place:m4").expect("M4 has a line");
    assert!(m4.len() >= 4);
    assert!(lex.alias_count() > 2000, "only {} aliases", lex.alias_count());
}

#[test]
fn embedded_is_the_shipped_data() {
    let a = Lexicon::embedded();
    let b = Lexicon::from_dir(&data_dir()).unwrap();
    assert_eq!(a.entities().count(), b.entities().count());
    assert_eq!(a.alias_count(), b.alias_count());
}

#[test]
fn every_seed_actor_and_place_resolves() {
    // The seed articles' entities (shared/corpus/seeds-gold), named the way the seeds name them.
    let lex = Lexicon::embedded();
    for (text, id) in [
        ("الإدارة الحكومية التركية لشراء الأسلحة", "TUR-SSB"),
        ("فصائل السلطان مراد", "SNA-SULTAN-MURAD"),
        ("الشرطة الروسية", "RUS-MP"),
        ("كتائب خطاب الشيشاني", "KKS"),
        ("سريه كانيه", "place:ras-al-ayn"),
        ("قاعدة \"حميميم\" الروسية", "place:hmeimim"),
        ("معسكر المسطومة", "place:mastumah-camp"),
        ("الطريق الدولي “m5″", "place:m5"),
        ("أم 4", "place:m4"),
        ("قرة باغ", "place:nagorno-karabakh"),
    ] {
        let ids: Vec<String> = lex.find(text).into_iter().map(|m| m.entity_id).collect();
        assert!(ids.iter().any(|i| i == id), "{text}: expected {id}, got {ids:?}");
    }
}

/// Capitals listed as an actor's `metonym` seat that actor; other places and
/// actor ids seat none.
#[test]
fn capitals_seat_the_government_they_stand_for() {
    let lex = marsad_lexicon::Lexicon::embedded();
    assert_eq!(lex.seated_in("place:moscow"), Some("RUS"));
    assert_eq!(lex.seated_in("place:damascus"), Some("SYR-GOV"));
    assert_eq!(lex.seated_in("place:ankara"), Some("TUR"));
    assert_eq!(lex.seated_in("place:manbij"), None);
    assert_eq!(lex.seated_in("RUS"), None);
    assert_eq!(lex.seated_in("place:nowhere"), None);
}
