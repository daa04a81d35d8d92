//! The table harness the lexicon's sentence tests share: a case is a real
//! sentence, the ids it must yield and the ids it must not.

use std::sync::OnceLock;

use marsad_lexicon::Lexicon;

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::embedded)
}

/// A case: name, sentence, ids that must be found, ids that must not.
pub struct Case {
    pub name: &'static str,
    pub text: &'static str,
    pub found: &'static [&'static str],
    pub absent: &'static [&'static str],
}

#[macro_export]
macro_rules! t {
    ($name:expr, $text:expr, [$($f:expr),*], [$($a:expr),*]) => {
        $crate::common::Case { name: $name, text: $text, found: &[$($f),*], absent: &[$($a),*] }
    };
}

pub fn run(cases: &[Case]) {
    let lex = lexicon();
    for c in cases {
        let mentions = lex.find(c.text);
        let ids: Vec<&str> = mentions.iter().map(|m| m.entity_id.as_str()).collect();
        for f in c.found {
            assert!(ids.contains(f), "{}: expected {f} in {:?}\ntext: {}", c.name, mentions, c.text);
        }
        for a in c.absent {
            assert!(!ids.contains(a), "{}: did not expect {a} in {:?}\ntext: {}", c.name, mentions, c.text);
        }
        for m in &mentions {
            assert_eq!(&c.text[m.span.start..m.span.end], m.text, "{}: span and text disagree", c.name);
        }
    }
}
