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

/// The entity ids the lexicon finds in `text`, in order.
fn ids_in(lex: &Lexicon, text: &str) -> Vec<String> {
    lex.find(text).into_iter().map(|m| m.entity_id).collect()
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
        let ids = ids_in(&lex, text);
        assert!(ids.iter().any(|i| i == id), "{text}: expected {id}, got {ids:?}");
    }
}

/// Wire-style names for the war's sides (AFP, Reuters, BBC): forces "loyal to the government", the
/// Kurdistan Regional Government, a Turkish city's police; a gentilic that agrees with a name is part of
/// it and does not count as the state on its own (`مقاتلي المعارضة السورية` is not also `SYR`).
#[test]
fn wire_style_actor_phrases_resolve_whole() {
    let lex = Lexicon::embedded();
    for (text, id) in [
        ("القوات الموالية للحكومة السورية", "SYR-MIL"),
        ("قوات موالية للحكومة", "SYR-MIL"),
        ("القوات الموالية للرئيس السوري", "SYR-MIL"),
        ("الجيش الحكومي السوري", "SYR-MIL"),
        ("حكومة إقليم كردستان العراق", "IRQ-KRG"),
        ("رئاسة إقليم كردستان", "IRQ-KRG"),
        ("شرطة إسطنبول", "TUR-POL"),
        ("مقاتلي المعارضة السورية", "OPP-FACTIONS"),
        ("قوات المعارضة السورية", "OPP-FACTIONS"),
        ("مسلحو المعارضة", "OPP-FACTIONS"),
        ("مقاتلين معارضين", "OPP-FACTIONS"),
        ("المقاتلون المعارضون السوريون", "OPP-FACTIONS"),
        ("المقاتلين الأكراد السوريين", "YPG"),
    ] {
        assert_eq!(ids_in(&lex, text), [id], "{text}");
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

/// Every shipped place a report can be located at says which state it lies in, unless it spans
/// states or is disputed: the exports' `country` column is read from here.
#[test]
fn places_know_their_country() {
    let lex = Lexicon::embedded();
    let country = |id: &str| lex.country_of(id).map(|e| e.name_en.as_str());
    // A Turkish border town, a Syrian town through its governorate, a GeoNames village, a capital,
    // a country used as the location itself.
    assert_eq!(country("place:kilis"), Some("Turkey"));
    assert_eq!(country("place:suruc"), Some("Turkey"));
    assert_eq!(country("place:saraqib"), Some("Syria"));
    assert_eq!(country("place:idlib-governorate"), Some("Syria"));
    assert_eq!(country("place:sinjar-iraq"), Some("Iraq"));
    assert_eq!(country("place:arsal"), Some("Lebanon"));
    assert_eq!(country("place:moscow"), Some("Russia"));
    assert_eq!(country("TUR"), Some("Turkey"));
    assert_eq!(country("SYR"), Some("Syria"));
    // Not states and not places; spanning several states.
    assert_eq!(country("TUR-MIL"), None);
    assert_eq!(country("place:middle-east"), None);
    assert_eq!(country("place:nowhere"), None);
    let unknown: Vec<&str> = lex
        .entities()
        .filter(|e| e.kind.is_place() && lex.country_of(&e.id).is_none())
        .map(|e| e.id.as_str())
        .collect();
    assert!(unknown.len() <= 12, "places with no country: {unknown:?}");
}

/// A group's own state's adjective right after its full name agrees with it (`state` in
/// `data/actors/groups.toml`) and names no second side; another state's adjective, or one after a
/// place, stays a side.
#[test]
fn a_groups_own_gentilic_is_no_second_side() {
    let lex = Lexicon::embedded();
    let ids = |text: &str| ids_in(&lex, text);
    assert_eq!(ids("لإبعاد مقاتلي وحدات حماية الشعب الكردية السورية عن حدودها"), ["YPG"]);
    assert_eq!(ids("قصفت إسرائيل مواقع حزب الله اللبناني"), ["ISR", "HEZBOLLAH"]);
    let yemen = ids("اقتحم الجيش الوطني اليمني شارع صنعاء");
    assert!(yemen.contains(&"YEM".to_string()), "{yemen:?}");
    let suruc = ids("هجوم انتحاري في مدينة سوروتش التركية");
    assert!(suruc.contains(&"TUR".to_string()), "{suruc:?}");
}

#[test]
fn the_observatorys_director_speaks_for_it() {
    let lex = Lexicon::embedded();
    assert_eq!(lex.affiliation("person:rami-abdulrahman"), Some("SOHR"));
    assert_eq!(lex.entity("SOHR").map(|e| e.kind), Some(marsad_model::EntityKind::Ngo));
    // A state office still comes first for an official.
    assert_eq!(lex.affiliation("person:sergey-lavrov"), Some("RUS"));
}

#[test]
fn bodies_that_never_fight_are_unarmed() {
    let lex = Lexicon::embedded();
    for id in ["SOHR", "WHITE-HELMETS", "UN", "UNSC", "OPCW", "EU", "person:rami-abdulrahman"] {
        assert!(lex.unarmed(id), "{id} should be unarmed");
    }
    for id in ["COALITION", "NATO", "SYR-MIL", "HTS", "person:sergey-lavrov", "place:damascus", "no-such-id"]
    {
        assert!(!lex.unarmed(id), "{id} should not be unarmed");
    }
}

/// An attack named by its doer's masculine adjective, indefinite (`هجوم أمريكي`, `قصف روسي`), is the
/// state's armed forces (organ patterns in `data/actors/organs.toml`); the bare masculine adjective
/// stays no actor (`منصور التركي` is a surname), and the feminine one stays the state.
#[test]
fn attacks_named_by_their_doer_resolve_to_its_forces() {
    let lex = Lexicon::embedded();
    for (text, id) in [
        ("وتبعه هجوم أمريكي بعد يومين", "USA-MIL"),
        ("قتلوا بقصف روسي ليلا", "RUS-MIL"),
        ("في قصف مدفعي تركي", "TUR-MIL"),
        ("تصدت لعدوان إسرائيلي", "ISR-MIL"),
        ("في غارة تركية", "TUR"),
    ] {
        assert_eq!(ids_in(&lex, text), [id], "{text}");
    }
    let surname = ids_in(&lex, "وقال اللواء منصور التركي");
    assert!(!surname.iter().any(|i| i == "TUR-MIL"), "{surname:?}");
}
