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
