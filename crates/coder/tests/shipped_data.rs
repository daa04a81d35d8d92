//! Smoke test over the production data in `data/triggers/`: every file
//! parses, ids are unique, forms are folded (the loader checks all of it), and
//! the embedded copy is the same data.

use std::path::Path;

use marsad_coder::{Coder, CueKind, SET_NAMES};
use marsad_model::EventType;

#[test]
fn shipped_triggers_load_and_cover_every_type() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let coder = Coder::from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let rules = coder.rules();
    for t in EventType::ALL {
        assert!(rules.triggers.iter().any(|x| x.kind == t), "no trigger for {}", t.as_str());
    }
    for k in [
        CueKind::Negation,
        CueKind::Claim,
        CueKind::Plan,
        CueKind::Hypothetical,
        CueKind::Locative,
        CueKind::Speech,
    ] {
        assert!(rules.cues.iter().any(|c| c.kind == k), "no cue of kind {}", k.as_str());
    }
    let embedded = Coder::embedded();
    assert_eq!(embedded.rules().triggers, rules.triggers, "embedded list in coder.rs is stale");
    assert_eq!(embedded.rules().cues, rules.cues);
    let words = rules.words.as_ref().expect("data/triggers/words.toml is loaded");
    assert_eq!(words.sets().len(), SET_NAMES.len());
    for (name, set) in words.sets() {
        assert!(!set.is_empty(), "word set {name} is empty");
    }
    assert_eq!(embedded.rules().words.as_ref(), Some(words), "embedded words.toml is stale");
}

#[test]
fn a_words_file_missing_a_set_or_naming_an_unknown_one_is_named_in_the_error() {
    let dir = std::env::temp_dir().join(format!("marsad-coder-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let shipped =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/triggers/words.toml"))
            .unwrap();
    let edited = shipped.replace("\ncity = [", "\ncities = [");
    assert_ne!(edited, shipped);
    std::fs::write(dir.join("words.toml"), edited).unwrap();
    let err = Coder::from_dir(&dir).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).ok();
    assert!(err.contains("words.toml: missing word set \"city\"; unknown word set \"cities\""), "{err}");
}

#[test]
fn a_bad_file_is_named_in_the_error() {
    let dir = std::env::temp_dir().join(format!("marsad-coder-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("x.toml"),
        "[header]\nformat = \"marsad-triggers/1\"\ntype = \"AID\"\nsource = \"s\"\nlicence = \"l\"\nupdated = \"u\"\n\
         [[trigger]]\nid = \"TRG-aid-001\"\nforms = [\"مساعدة\"]\n",
    )
    .unwrap();
    let err = Coder::from_dir(&dir).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).ok();
    assert!(err.ends_with("x.toml: TRG-aid-001: form \"مساعدة\" is not folded"), "{err}");
}
