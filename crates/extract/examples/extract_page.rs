//! Prints what marsad-extract reads from a file: `cargo run -p marsad-extract --example extract_page -- PATH [URL]`.
//!
//! HTML pages print their metadata and main text; feeds print one line per item.

use marsad_extract::{decode_html, extract_html, parse_feed, sniff, Kind};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: extract_page PATH [URL]");
        std::process::exit(2);
    };
    let url = args.next();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let kind = sniff(&bytes);
    println!("kind: {kind:?}");
    let result = match kind {
        Kind::Feed => parse_feed(&bytes).map(|items| items.iter().for_each(|i| println!("{i:?}"))),
        _ => decode_html(&bytes).and_then(|html| extract_html(&html, url.as_deref())).map(|page| {
            println!(
                "title: {:?}\nbyline: {:?}\npublished: {:?} (raw {:?})",
                page.title, page.byline, page.published, page.published_raw
            );
            println!(
                "outlet: {:?}\nurl: {:?}\nlang: {:?} rtl: {}",
                page.outlet, page.url, page.lang, page.dir_rtl
            );
            println!("boilerplate: {:?}\n---\n{}", page.boilerplate, page.text);
        }),
    };
    if let Err(e) = result {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    }
}
