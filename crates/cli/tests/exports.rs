use crate::util::*;

/// `marsad events --exclude` leaves out what did not happen as reported (the samples hold recaps,
/// denials and plans); a kind it does not know is a usage error naming the flag.
#[test]
fn events_exclude_leaves_out_what_did_not_happen() {
    let dir = tempdir("exclude");
    let data = dir.join("store");
    let data = data.to_str().unwrap();
    let samples = repo().join("samples");
    let out = marsad(&["ingest", "--data", data, samples.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let events = |extra: &[&str]| {
        let mut args = vec!["events", "--data", data, "--format", "json"];
        args.extend_from_slice(extra);
        let out = marsad(&args, "");
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str::<Vec<serde_json::Value>>(&stdout(&out)).unwrap()
    };
    let all = events(&[]);
    let happened = events(&["--exclude", "historical,negated,hypothetical,plan"]);
    assert!(happened.len() < all.len(), "{} of {}", happened.len(), all.len());
    for e in &happened {
        assert_eq!((&e["historical"], &e["negated"]), (&false.into(), &false.into()), "{e}");
        assert!(!["hypothetical", "plan"].contains(&e["reported_as"].as_str().unwrap()), "{e}");
    }
    let not_recaps = events(&["--exclude", "historical"]);
    let recaps = all.iter().filter(|e| e["historical"] == true).count();
    assert_eq!(not_recaps.len(), all.len() - recaps);

    let out = marsad(&["events", "--data", data, "--exclude", "rumour"], "");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("--exclude") && err.contains("\"rumour\""), "{err}");
}

/// `--type` takes a comma list, as the API's `type=ASSAULT,CONSULT` does (it was an error here):
/// events of any of the types, counted and paged by the store, also with another filter and in
/// `search`. A name that is no PLOVER type is still a usage error naming it.
#[test]
fn events_type_takes_any_of_a_comma_list() {
    let dir = tempdir("types");
    let data = dir.join("store");
    let data = data.to_str().unwrap();
    let samples = repo().join("samples");
    let out = marsad(&["ingest", "--data", data, samples.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids = |extra: &[&str]| {
        let mut args = vec!["events", "--data", data, "--format", "json"];
        args.extend_from_slice(extra);
        let out = marsad(&args, "");
        assert!(out.status.success(), "{extra:?}: {}", stderr(&out));
        let events = serde_json::from_str::<Vec<serde_json::Value>>(&stdout(&out)).unwrap();
        let mut ids: Vec<i64> = events.iter().map(|e| e["id"].as_i64().unwrap()).collect();
        ids.sort();
        ids
    };
    let (assault, consult) = (ids(&["--type", "ASSAULT"]), ids(&["--type", "CONSULT"]));
    assert!(!assault.is_empty() && !consult.is_empty());
    let mut either = [assault.clone(), consult.clone()].concat();
    either.sort();
    assert_eq!(ids(&["--type", "ASSAULT,CONSULT"]), either);
    assert_eq!(ids(&["--type", "consult, assault"]), either);
    // With an actor, still any of the types.
    let turkey = ids(&["--actor", "TUR"]);
    let turkey_either: Vec<i64> = turkey.iter().copied().filter(|i| either.contains(i)).collect();
    assert_eq!(ids(&["--actor", "TUR", "--type", "ASSAULT,CONSULT"]), turkey_either);
    // The table counts them all; a page is a page of them.
    let out = marsad(&["events", "--data", data, "--type", "ASSAULT,CONSULT", "--limit", "2"], "");
    assert!(stdout(&out).contains(&format!("2 of {} events", either.len())), "{}", stdout(&out));
    let search = marsad(&["search", "--data", data, "--type", "ASSAULT,CONSULT", "تركيا"], "");
    assert!(search.status.success(), "{}", stderr(&search));

    let out = marsad(&["events", "--data", data, "--type", "ASSAULT,BOMB"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--type \"BOMB\": not a PLOVER type"), "{}", stderr(&out));
}
