use std::path::Path;

use crate::util::*;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `marsad ARGS lexicon find` with `text` on stdin, run from `cwd`.
fn find(cwd: &Path, args: &[&str], text: &str) -> String {
    let args: Vec<&str> = args.iter().copied().chain(["lexicon", "find"]).collect();
    let out = marsad_in(cwd, &args, text);
    assert!(out.status.success(), "lexicon find failed: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn lexicon_find_uses_the_knowledge_analyze_uses() {
    // An analyst adds a brigade to a copy of data/ and checks it with `lexicon find` before analysing.
    let dir = tempdir("lexicon-knowledge");
    let data = dir.join("data");
    copy_dir(&repo().join("data"), &data);
    let groups = data.join("actors/groups.toml");
    let mut toml = std::fs::read_to_string(&groups).unwrap();
    toml.push_str(
        "\n[[actor]]\nid = \"TEST-BRIGADE\"\nkind = \"armed_group\"\nname_en = \"Test brigade\"\n\
         name_ar = \"لواء الاختبار الأول\"\naliases = [\"لواء الاختبار الأول\"]\n",
    );
    std::fs::write(&groups, toml).unwrap();
    let text = "هاجم لواء الاختبار الأول مواقع قسد قرب منبج";

    let by_flag = find(&repo(), &["--knowledge", data.to_str().unwrap()], text);
    assert!(by_flag.contains("TEST-BRIGADE"), "--knowledge ignored:\n{by_flag}");
    assert!(by_flag.contains("SDF"), "{by_flag}");
    // From the directory holding data/, with no flag: ./data, as analyze does.
    let by_cwd = find(&dir, &[], text);
    assert!(by_cwd.contains("TEST-BRIGADE"), "./data ignored:\n{by_cwd}");
    // The shipped data does not know the brigade.
    let shipped = find(&repo(), &[], text);
    assert!(!shipped.contains("TEST-BRIGADE") && shipped.contains("SDF"), "{shipped}");
}

/// `marsad lexicon check DIR` run from the repository root.
fn check(dir: &Path) -> std::process::Output {
    marsad(&["lexicon", "check", dir.to_str().unwrap()], "")
}

/// A copy of data/ in a fresh directory, with `extra` appended to `triggers/FILE`.
fn data_with(name: &str, file: &str, extra: &str) -> std::path::PathBuf {
    let data = tempdir(name).join("data");
    copy_dir(&repo().join("data"), &data);
    let path = data.join("triggers").join(file);
    let mut toml = std::fs::read_to_string(&path).unwrap();
    toml.push_str(extra);
    std::fs::write(&path, toml).unwrap();
    data
}

#[test]
fn lexicon_check_passes_the_shipped_data_triggers_included() {
    let out = check(&repo().join("data"));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(" actors, ")
            && text.contains(" triggers, ")
            && text.contains(" cues")
            && text.contains(&format!(" {} word sets", marsad_coder::SET_NAMES.len())),
        "{text}"
    );
}

#[test]
fn lexicon_check_fails_on_trigger_entries_written_twice() {
    let data = data_with(
        "lexicon-check-twice",
        "assault.toml",
        "\n[[trigger]]\nid = \"TRG-assault-900\"\nforms = [\"دكت\", \"دكت\"]\nunless_prev = [\"تلقي\", \"خفض\", \"تلقي\"]\n\
         \n[[trigger]]\nid = \"TRG-assault-900\"\nforms = [\"دك\"]\n",
    );
    let out = check(&data);
    let err = stderr(&out);
    assert!(!out.status.success(), "{err}");
    let file = data.join("triggers/assault.toml").display().to_string();
    for want in [
        "duplicate id TRG-assault-900",
        "TRG-assault-900: forms lists \"دكت\" twice",
        "TRG-assault-900: unless_prev lists \"تلقي\" twice",
    ] {
        assert!(
            err.lines().any(|l| l.starts_with(&format!("{file}:")) && l.ends_with(want)),
            "{want}:\n{err}"
        );
    }
    assert!(err.contains("3 problem(s)"), "{err}");
}

#[test]
fn lexicon_check_warns_of_a_word_two_types_fire_on_and_passes() {
    // انسحاب is a RETREAT trigger with no `with` words; one for COERCE as well codes both types.
    let data = data_with(
        "lexicon-check-two-types",
        "coerce.toml",
        "\n[[trigger]]\nid = \"TRG-coerce-900\"\nforms = [\"انسحاب\"]\n",
    );
    let out = check(&data);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("warning: ") && err.contains("TRG-coerce-900 (COERCE)") && err.contains("\"انسحاب\""),
        "{err}"
    );
    assert!(stdout(&out).contains("1 warning(s)"), "{}", stdout(&out));
}

/// `lexicon check` with no directory checks the knowledge `analyze` reads: `--knowledge DIR` (or
/// `MARSAD_KNOWLEDGE`). It checked ./data instead and passed while `analyze --knowledge DIR` failed.
/// A trigger with a mode its file's header does not list is one such problem.
#[test]
fn lexicon_check_reads_the_knowledge_analyze_reads() {
    let data = data_with(
        "lexicon-check-knowledge",
        "assault.toml",
        "\n[[trigger]]\nid = \"TRG-assault-901\"\nforms = [\"دكت\"]\nmode = \"heavyweapons\"\n",
    );
    let out = marsad(&["lexicon", "check", "--knowledge", data.to_str().unwrap()], "");
    let err = stderr(&out);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("TRG-assault-901: mode \"heavyweapons\" is not one of the header's modes"), "{err}");
    let mut cmd = command(&["lexicon", "check"], &repo());
    let by_env = cmd.env("MARSAD_KNOWLEDGE", &data).output().unwrap();
    assert!(!by_env.status.success(), "{}", stderr(&by_env));
}

/// `lexicon check` said ok on a knowledge copy every analysing command refuses (a broken
/// `dates/relative.toml`, a bad regular expression in `boilerplate.toml`), and a chrome rule whose
/// example does not match loaded in silence (review, session 18).
#[test]
fn lexicon_check_loads_the_dates_and_chrome_rules_and_their_examples() {
    let broken = |name: &str, file: &str, edit: &dyn Fn(String) -> String| {
        let data = tempdir(name).join("data");
        copy_dir(&repo().join("data"), &data);
        let path = data.join(file);
        std::fs::write(&path, edit(std::fs::read_to_string(&path).unwrap())).unwrap();
        let out = check(&data);
        let err = stderr(&out);
        assert!(!out.status.success(), "{file}: {err}");
        let analyze = marsad(&["--knowledge", data.to_str().unwrap(), "dates", "--jsonl"], "");
        (err, analyze.status.code())
    };
    let (err, dates) = broken("lexicon-check-dates", "dates/relative.toml", &|t| t + "\n[[bogus\n");
    assert!(err.contains("relative.toml"), "{err}");
    assert_eq!(dates, Some(2), "the analysing commands refuse it too");
    let (err, _) =
        broken("lexicon-check-regex", "boilerplate.toml", &|t| t.replacen("pattern = '", "pattern = '(", 1));
    assert!(err.contains("boilerplate.toml"), "{err}");
    let (err, _) = broken("lexicon-check-example", "boilerplate.toml", &|t| {
        t.replacen("examples = [", "examples = [\"لا يطابق شيئا\", ", 1)
    });
    assert!(err.contains("misses its example \"لا يطابق شيئا\""), "{err}");
}

/// A copy of data/ in a fresh directory.
fn data_copy(name: &str) -> std::path::PathBuf {
    let data = tempdir(name).join("data");
    copy_dir(&repo().join("data"), &data);
    data
}

const BRIGADE: &str =
    "\n[[actor]]\nid = \"LIWA-AL-BAQIR\"\nkind = \"armed_group\"\nname_en = \"Liwa al-Baqir\"\n\
                       name_ar = \"لواء الباقر\"\naliases = [\"لواء الباقر\"]\n";

/// Knowledge files the loader does not read — in a subfolder, in the root, named `*.TOML` — were skipped
/// in silence: `lexicon check` said ok and the brigade never matched (review, session 19). Each is named.
#[test]
fn lexicon_check_names_each_knowledge_file_it_does_not_read() {
    let data = data_copy("lexicon-unread");
    std::fs::create_dir_all(data.join("actors/extra")).unwrap();
    std::fs::create_dir_all(data.join("places/aleppo")).unwrap();
    for f in ["militias.toml", "actors/extra/militias.toml", "actors/militias.TOML"] {
        std::fs::write(data.join(f), format!("# marsad actors\n{BRIGADE}")).unwrap();
    }
    std::fs::write(data.join("places/aleppo/villages.toml"), "# villages\n").unwrap();
    let out = check(&data);
    let err = stderr(&out);
    assert!(out.status.success(), "skipped files are warnings, not errors: {err}");
    let d = data.display();
    for needle in [
        format!("{d}/militias.toml: warning: not read: actors are read from actors/*.toml"),
        format!("{d}/actors/extra/militias.toml: warning: not read: subfolders of actors/ are not read"),
        format!("{d}/actors/militias.TOML: warning: not read: actors/ reads *.toml in lower case; rename it to {d}/actors/militias.toml"),
        format!("{d}/places/aleppo/villages.toml: warning: not read: subfolders of places/ are not read"),
    ] {
        assert!(err.contains(&needle), "missing `{needle}` in:\n{err}");
    }
    assert_eq!(err.matches("warning: not read").count(), 4, "{err}");
    // The shipped data has no such file, and the boilerplate rules in the root are read.
    assert!(!stderr(&check(&repo().join("data"))).contains("not read"));
    // `lexicon find` says it too, while it finds nothing.
    let found = marsad(&["--knowledge", data.to_str().unwrap(), "lexicon", "find"], "هاجم لواء الباقر");
    assert!(stderr(&found).contains("actors/extra/militias.toml: not read"), "{}", stderr(&found));
}

/// A places TSV saved by a spreadsheet starts with a byte order mark: it was refused with
/// "column line must be `id\tname_en…`, found `id\tname_en…`", two lines that look the same.
#[test]
fn a_places_file_with_a_byte_order_mark_loads() {
    let user = tempdir("lexicon-bom").join("marsad-data");
    std::fs::create_dir_all(user.join("places")).unwrap();
    let row = [
        "place:abtin",
        "Abtin",
        "عبطين",
        "",
        "village",
        "36.07",
        "37.10",
        "0",
        "place:aleppo-governorate",
        "village",
        "0",
        "",
    ];
    let tsv = format!("\u{feff}{}\n{}\n", marsad_lexicon::TSV_COLUMNS.join("\t"), row.join("\t"));
    std::fs::write(user.join("places/extra.tsv"), tsv).unwrap();
    let out = marsad(&["lexicon", "check", "data", "--user", user.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let found = marsad(&["lexicon", "find", "--user", user.to_str().unwrap()], "قصف على بلدة عبطين");
    assert!(stdout(&found).contains("place:abtin"), "{}", stderr(&found));
}

/// With `--user D`, problems in D's files ended "N problem(s) in data", naming the shipped folder.
#[test]
fn lexicon_check_names_the_user_directory_its_problems_are_in() {
    let user = tempdir("lexicon-user-problem").join("marsad-data");
    std::fs::create_dir_all(user.join("actors")).unwrap();
    std::fs::write(user.join("actors/extra.toml"), BRIGADE.replace("armed_group", "militia")).unwrap();
    let out = marsad(&["lexicon", "check", "data", "--user", user.to_str().unwrap()], "");
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(err.contains("unknown actor kind `militia` for `LIWA-AL-BAQIR`"), "{err}");
    assert!(err.contains(&format!("1 problem(s) in {} (loaded on top of data)", user.display())), "{err}");
}

/// Outside a checkout (no ./data, no --knowledge) `lexicon check` checks the knowledge every other
/// command uses there, the one built into marsad, as its help says; it failed with "data is not a
/// directory". A user directory that does not exist is named as such.
#[test]
fn lexicon_check_outside_a_checkout_checks_the_built_in_knowledge() {
    let dir = tempdir("check-outside");
    let out = marsad_in(&dir, &["lexicon", "check"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("built into marsad"), "{}", stdout(&out));
    let out = marsad_in(&dir, &["lexicon", "check", "--user", "marsad-data"], "");
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("marsad-data does not exist"), "{}", stderr(&out));
}
