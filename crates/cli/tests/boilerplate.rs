//! Site chrome of the seed articles (copied from ../shared/corpus/seeds/, see samples/SOURCES.md).

use crate::util::*;

fn analyse_sample(name: &str) -> serde_json::Value {
    let path = repo().join("samples").join(name);
    let out = marsad(&["analyze", "--jsonl", path.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    json_lines(&out).remove(0)
}

fn fold(s: &str) -> String {
    let out = marsad(&["fold"], s);
    stdout(&out).trim_end().to_string()
}

/// Each line of chrome the seeds' gold names is gone from the body, and the article text around it stays.
#[test]
fn seed_chrome_goes_and_text_stays() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "001_4404655001853660.txt",
            &["قسد تسعى إلى اتفاق مع موسكو بشأن انتشار قوات روسية وسورية في مداخل ومخارج عين عيسى على غرار نموذج منبج"],
            &["وتريد قوات سوريا الديمقراطية الوصول إلى اتفاق مع روسيا بشأن انتشار قوات روسية وسورية في مداخل ومخارج المدينة"],
        ),
        (
            "002_f436e73b25f40ee7.txt",
            &[
                "سياسي | 05 سبتمبر 2020 | مالك الحافظ",
                "قد يهمك: هل تتوقف الدوريات المشتركة في إدلب… لمصلحة من؟",
                "نحن نستخدم ملفات تعريف الارتباط",
            ],
            &["للمرة الثانية خلال أقل من أسبوع، عاودت الشرطة العسكرية الروسية", "كـ"],
        ),
        (
            "003_edeaf7ad7451c4e5.txt",
            &["فريق التحرير17 يونيو 2024آخر تحديث :", "قوات وطائرات روسية في قاعدة حميميم ـ أرشيف", "عذراً التعليقات مغلقة"],
            &["كشف الإعلام التركي عن لقاء عسكريين أتراك مع نظرائهم من نظام الأسد قبل أيام"],
        ),
        (
            "004_43a99b59954af813.txt",
            &["(syriahr)", "[ads3]", "التعليقات المنشورة لا تعبر عن رأي عكس السير"],
            &["جاء ذلك بالتزامن مع إجراء المخابرات التركية جولات على النقاط العسكرية المنتشرة في منطقة"],
        ),
    ];
    for (name, gone, kept) in cases {
        let r = analyse_sample(name);
        let body = r["body"].as_str().unwrap();
        let boiler: Vec<&str> =
            r["boilerplate"].as_array().unwrap().iter().map(|b| b.as_str().unwrap()).collect();
        for g in *gone {
            assert!(!body.contains(g), "{name}: {g:?} still in the body");
            assert!(
                boiler.iter().any(|b| b.contains(g)),
                "{name}: {g:?} not listed as boilerplate: {boiler:?}"
            );
        }
        for k in *kept {
            assert!(fold(body).contains(&fold(k)), "{name}: lost {k:?}");
        }
    }
}

/// Seed 002 prints its headline twice; the second copy is chrome, the headline itself is the title.
#[test]
fn repeated_headline_is_chrome_once() {
    let r = analyse_sample("002_f436e73b25f40ee7.txt");
    let title = "إدلب: روسيا تسعى لتوحيد الجهود مع تركيا لمواجهة الجماعات الجهادية!";
    assert_eq!(r["title"], title);
    assert!(!r["body"].as_str().unwrap().contains(title));
    assert_eq!(r["author"], "مالك الحافظ");
    assert_eq!(r["published"]["value"], "2020-09-05");
}

/// `explain` lists the chrome cut from an article with the rule that cut it, so an analyst can
/// tell which rule of boilerplate.toml to mend.
#[test]
fn explain_names_the_rule_that_cut_each_line() {
    let path = repo().join("samples").join("002_f436e73b25f40ee7.txt");
    let out = marsad(&["explain", path.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let listing: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("site chrome removed ("))
        .take_while(|l| !l.starts_with('['))
        .collect();
    assert!(listing.len() > 1, "no chrome listed:\n{text}");
    let byline = listing.iter().find(|l| l.contains("سياسي | 05 سبتمبر 2020 | مالك الحافظ"));
    let byline = byline.unwrap_or_else(|| panic!("byline not listed: {listing:?}"));
    assert!(byline.trim_start().starts_with("BP-"), "{byline}");
    assert!(listing.iter().skip(1).all(|l| l.starts_with("  ")), "{listing:?}");
}
