use crate::util::*;

#[test]
fn clean_jsonl_round_trip_keeps_ids_and_joins_obfuscated_words() {
    let input = "{\"id\":\"t1\",\"text\":\"دوريـ.ـات روسية في المناطق المحـ.ـتلة\"}\n\
                 {\"id\":2,\"text\":\"قصفت الطائرات ١٢ موقعاً\"}\n";
    let out = marsad(&["clean", "--jsonl"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines[0], serde_json::json!({"id": "t1", "clean": "دوريات روسية في المناطق المحتلة"}));
    assert_eq!(lines[1], serde_json::json!({"id": 2, "clean": "قصفت الطائرات 12 موقعا"}));
}

#[test]
fn fold_jsonl_round_trip() {
    let out = marsad(&["fold", "--jsonl"], "{\"id\":\"a\",\"text\":\"الإدارة الذاتية في أنقرة\"}\n");
    assert!(out.status.success());
    assert_eq!(json_lines(&out), [serde_json::json!({"id": "a", "fold": "الاداره الذاتيه في انقره"})]);
}

#[test]
fn plain_lines_without_jsonl() {
    let out = marsad(&["clean"], "المحـ.ـتلة\n\nكـ \"محاكاة\"\n");
    assert_eq!(stdout(&out), "المحتلة\n\nكـ \"محاكاة\"\n");
    let out = marsad(&["fold"], "أنقرة\n");
    assert_eq!(stdout(&out), "انقره\n");
}

#[test]
fn bad_json_lines_are_named_and_the_rest_processed() {
    let out = marsad(
        &["clean", "--jsonl"],
        "{\"id\":1,\"text\":\"أ\"}\nnot json\n{\"id\":3}\n{\"id\":4,\"text\":\"ب\"}\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("stdin:2: not JSON"), "{err}");
    assert!(err.contains("stdin:3: missing string field \"text\""), "{err}");
    assert_eq!(json_lines(&out).len(), 2);
}

#[test]
fn dates_jsonl_gives_spans_into_the_text_as_given() {
    let text = "التقى الروس والأتراك في 20 من آب، ثم يوم أمس.";
    let input = serde_json::json!({"id": "s1", "text": text, "published": "2024-11-05"}).to_string() + "\n";
    let out = marsad(&["dates", "--jsonl"], &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = &json_lines(&out)[0];
    assert_eq!(line["id"], "s1");
    let dates = line["dates"].as_array().unwrap();
    assert_eq!(dates.len(), 2);
    for d in dates {
        let (s, e) = (d["start"].as_u64().unwrap() as usize, d["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], d["text"].as_str().unwrap());
        for key in ["value", "precision", "anchor"] {
            assert!(d.get(key).is_some(), "{key}");
        }
    }
    assert_eq!(dates[0]["value"], "2024-08-20");
    assert_eq!(dates[1]["value"], "2024-11-04");
    // harakat in the input: offsets still land on the input's own text
    let input = serde_json::json!({"id": 2, "text": "وَصَلَ الوفدُ في 22 تموز 2024."}).to_string();
    let line = &json_lines(&marsad(&["dates", "--jsonl"], &input))[0];
    assert_eq!(line["dates"][0]["text"], "22 تموز 2024");
    assert_eq!(line["dates"][0]["value"], "2024-07-22");
}

#[test]
fn dates_warns_of_a_bad_publication_date_and_answers_the_line_without_it() {
    // Every input line keeps its output line (a pipeline pairs them); the status says one was bad.
    let input =
        "{\"id\":1,\"text\":\"أمس\",\"published\":\"yesterday\"}\n{\"id\":2,\"text\":\"في 22 تموز 2024\"}\n";
    let out = marsad(&["dates", "--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("stdin:1: bad \"published\""), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2, "{}", stdout(&out));
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[1]["dates"][0]["value"], "2024-07-22");
}
