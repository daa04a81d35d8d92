//! Cleans the files named on the command line and prints, for each, what
//! `clean` changed besides harakat and invisible characters: joined words
//! and every other edited stretch, with its original text.
//!
//! A `.jsonl` file is read as one article per line (field `text`).
//!
//! `cargo run -p marsad-text --example clean_report -- ../shared/corpus/seeds/*.txt`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let text = match marsad_text::decode(&bytes) {
            Ok(d) => d.text,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        if path.ends_with(".jsonl") {
            for (n, line) in text.lines().enumerate() {
                match serde_json::from_str::<serde_json::Value>(line) {
                    Ok(v) => report(&format!("{path}:{}", n + 1), v["text"].as_str().unwrap_or("")),
                    Err(e) => eprintln!("{path}:{}: {e}", n + 1),
                }
            }
        } else {
            report(&path, &text);
        }
    }
    status
}

/// Prints what cleaning `text` changed.
fn report(path: &str, text: &str) {
    {
        let cleaned = marsad_text::clean(text);
        for d in &cleaned.deobfuscated {
            println!("{path}\tjoined\t{}\t{}\t{}..{}", d.raw, d.clean, d.original.start, d.original.end);
        }
        for token in marsad_text::tokens(&cleaned.text) {
            let original = cleaned.span_to_original(token.span);
            let raw = &text[original.start..original.end];
            if raw != token.text && strip_marks(raw) != token.text {
                println!("{path}\tedited\t{raw}\t{}", token.text);
            }
        }
    }
}

/// The word without harakat and invisible characters, to hide the expected edits.
fn strip_marks(s: &str) -> String {
    s.chars()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{00AD}'))
        .collect()
}
