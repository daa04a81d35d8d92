//! Prints what the reader finds in each argument (publication 2024-11-05 unless
//! `--published YYYY-MM-DD` or `--unknown` is given): a quick way to see a rule fire.
//!
//! ```text
//! cargo run -p marsad-dates --example probe -- "التقى الوفدان في 22 تموز"
//! ```
use marsad_dates::{DateReader, DateValue, Precision};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut published = DateValue::day(2024, 11, 5);
    let mut texts = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--unknown" => published = DateValue::unknown(),
            "--published" => {
                let v = it.next().expect("--published YYYY-MM-DD").clone();
                published = DateValue { value: Some(v), precision: Precision::Day };
            }
            t => texts.push(t.to_string()),
        }
    }
    let reader = DateReader::embedded();
    for t in texts {
        println!("{t}");
        for m in reader.find(&t, &published) {
            println!("  {:?} {:?} {} | {}", m.text, m.value.value, m.value.precision.as_str(), m.anchor);
        }
        println!(
            "  published: {:?}  inferred: {:?}",
            reader.find_published(&t).map(|m| m.value),
            reader.infer_published(&t, &[])
        );
    }
}
