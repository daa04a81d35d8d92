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
