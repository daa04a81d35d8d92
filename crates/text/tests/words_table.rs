//! Tokens, clitics, stems and sentences on sentences from the corpus.

use marsad_text::{clean, light_stem, sentences, split_clitics, tokens};

use crate::util::assert_token;

#[test]
fn tokens_of_a_cleaned_seed_sentence_point_into_the_original() {
    let original = "رفضت تركيا الالتحاق بركب العقوبات على روسيا إس-400، وسيّرت دوريـ.ـات.";
    let cleaned = clean(original);
    let t = tokens(&cleaned.text);
    let words: Vec<&str> = t.iter().map(|t| t.text).collect();
    assert_eq!(
        words,
        ["رفضت", "تركيا", "الالتحاق", "بركب", "العقوبات", "على", "روسيا", "إس", "400", "وسيرت", "دوريات"]
    );
    assert_token(&t[0], "رفضت", 0, 8);
    assert_token(&t[8], "400", 86, 89);
    let patrols = cleaned.span_to_original(t[10].span);
    assert_eq!(&original[patrols.start..patrols.end], "دوريـ.ـات");
    let sayyarat = cleaned.span_to_original(t[9].span);
    assert_eq!(&original[sayyarat.start..sayyarat.end], "وسيّرت");
}

#[test]
fn clitics_on_corpus_words() {
    let cases = [
        ("بالرقة", "رقة"),
        ("والفصائل", "فصائل"),
        ("للقوات", "قوات"),
        ("قواتها", "قوات"),
        ("وروسيا", "وروسيا"),
        ("تركيا", "تركيا"),
    ];
    for (word, stem) in cases {
        assert_eq!(split_clitics(word).stem, stem, "{word}");
    }
}

#[test]
fn stems_group_inflections() {
    let group = ["دورية", "الدورية", "دوريات", "الدوريات"];
    let stems: Vec<String> = group.iter().map(|w| light_stem(w)).collect();
    assert!(stems.iter().all(|s| s == "دور"), "{stems:?}");
}

#[test]
fn sentences_of_a_seed_paragraph() {
    let text = clean(
        "وفي هذه المرحلة بالذات، أخذت تركيا خطوتين؛ أما الثانية فتعلقت بشراء منظومة إس-400. \
         في عام 2023 جددت روسيا استعدادها لمسافة 5 كيلومترات.\nعنوان بلا نقطة",
    )
    .text;
    let got: Vec<&str> = sentences(&text).iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(
        got,
        [
            "وفي هذه المرحلة بالذات، أخذت تركيا خطوتين؛ أما الثانية فتعلقت بشراء منظومة إس-400.",
            "في عام 2023 جددت روسيا استعدادها لمسافة 5 كيلومترات.",
            "عنوان بلا نقطة",
        ]
    );
}
