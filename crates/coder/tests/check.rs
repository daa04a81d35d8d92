//! `check_dir`, what `marsad lexicon check` reports on trigger files: a
//! fixture with every kind of repeated entry fails, the shipped data passes.

use std::path::Path;

use marsad_coder::{check_dir, Rules};

fn here(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[test]
fn repeated_entries_are_named_with_file_line_id_and_entry() {
    let dir = here("tests/fixtures/check");
    let found: Vec<String> = check_dir(&dir)
        .findings
        .iter()
        .map(|f| f.to_string().replace(&format!("{}/", dir.display()), ""))
        .collect();
    let want = [
        "assault.toml:21: duplicate id TRG-assault-001",
        "assault.toml:10: TRG-assault-001: forms lists \"قصف\" twice",
        "assault.toml:10: TRG-assault-001: unless_prev lists \"تلقي\" twice",
        "assault.toml:15: TRG-assault-002: with lists \"مع\" 3 times",
        "assault.toml:15: TRG-assault-002: unless_next lists \"من قبل\" twice",
        "cues.toml:8: CUE-neg-001: phrases lists \"لم\" twice",
        "cues.toml:13: CUE-hyp-002: unless_next lists \"تاهب\" twice",
        "retreat.toml:13: id CUE-neg-001 does not have the form TRG-retreat-NNN",
        "retreat.toml:13: duplicate id CUE-neg-001 (also in cues.toml)",
        "words.toml: unknown word set \"cities\" (known: facility, owner_link, locator, attack_adjective, part, \
         side, two_sides, organizing, event_edge, result_link, city, purpose_verb, source_verb, belonging, after_la, stop_verb, telling_verb, media, comparison, period_stop, topic, settlement, territory, casualty, combatant, opposed, held_by, aircraft)",
        "words.toml:8: word set facility: lists \"مواقع\" twice",
        "retreat.toml:9: warning: TRG-retreat-001 (RETREAT) and TRG-coerce-001 (COERCE) both fire on \"استولي\", \
         neither with `with` words: each codes both types",
    ];
    assert_eq!(found, want, "\n{}", found.join("\n"));
    let errors = check_dir(&dir).errors();
    assert_eq!(errors, 11);
}

#[test]
fn shipped_triggers_pass_the_check() {
    let check = check_dir(&here("../../data/triggers"));
    let errors: Vec<String> = check.findings.iter().filter(|f| !f.warning).map(|f| f.to_string()).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // A clean check hands back the rules the loader gives, so `lexicon check` loads once.
    let loaded = Rules::load_dir(&here("../../data/triggers")).unwrap();
    let ids = |r: &Rules| r.triggers.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&check.rules), ids(&loaded));
    assert_eq!(check.rules.cues.len(), loaded.cues.len());
    assert!(check.rules.words.is_some() && loaded.words.is_some());
}
