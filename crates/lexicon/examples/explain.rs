//! Prints every mention the lexicon finds in text read from stdin, with the
//! rule that fired: `echo "قصفت القوات التركية مدينة الباب" | cargo run --example explain`.

use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin is UTF-8");
    let text = marsad_text::clean(&text).text;
    let lex = marsad_lexicon::Lexicon::embedded();
    for m in lex.find(&text) {
        println!("{}..{}\t{}\t{}\t{}", m.span.start, m.span.end, m.entity_id, m.text, m.rule);
    }
}
