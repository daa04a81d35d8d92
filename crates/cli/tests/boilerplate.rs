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
