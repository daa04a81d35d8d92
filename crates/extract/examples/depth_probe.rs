//! Development probe: nests N divs and runs dom_smoothie and scraper on a 2 MB-stack thread, bypassing
//! the crate's limit, to see how much margin `limits::MAX_DEPTH` leaves. `depth_probe N`.
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let para = "<p>أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق.</p>";
    let html =
        format!("<html><body>{}{}{}</body></html>", "<div>".repeat(n), para.repeat(5), "</div>".repeat(n));
    let t = std::thread::Builder::new().stack_size(2 << 20).spawn(move || {
        let mut r = dom_smoothie::Readability::new(html.as_str(), None, None).unwrap();
        let a = r.parse().map(|a| a.text_content.len()).unwrap_or(0);
        let doc = scraper::Html::parse_document(&html);
        (a, doc.root_element().text().count())
    });
    println!("depth {n}: {:?}", t.unwrap().join().unwrap());
}
