//! A line-for-line port of `../shared/tools/score.py`, the reference scorer.
//!
//! Same folding, same evidence overlap test, same greedy matching, same
//! 15 km place rule, same rounding and the same printed report, so that
//! `marsad eval` and `score.py` agree on every figure (a test runs both).
//! Documents are `serde_json::Value`s of the gold schema.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use serde_json::Value;

/// Python's `str.isalnum() or _` for the characters news text holds:
/// letters and digits, not combining marks.
fn is_word(c: char) -> bool {
    c == '_'
        || (c.is_alphanumeric()
            && !matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}'))
}

/// `score.fold`: invisible marks and diacritics dropped, letters folded,
/// digits to ASCII, lower case, punctuation to spaces, spaces collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{00AD}' | '\u{FEFF}')
            || matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
        {
            continue;
        }
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            'ئ' => 'ي',
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            c => c,
        };
        for l in c.to_lowercase() {
            if l == '_' || !(is_word(l) || l.is_whitespace()) {
                out.push(' ');
            } else {
                out.push(l);
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `score.overlaps`: two evidence strings name the same passage.
pub fn overlaps(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa.contains(&fb) || fb.contains(&fa) {
        return true;
    }
    let ta: HashSet<&str> = fa.split(' ').collect();
    let tb: HashSet<&str> = fb.split(' ').collect();
    let inter = ta.intersection(&tb).count();
    inter as f64 / (ta.len().min(tb.len()).max(1)) as f64 >= 0.6
}

/// Python's `round(x, 3)`.
pub fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

/// Python's `repr` of a float.
pub fn py_float(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e16 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

/// Precision, recall, F1 with counts (`score.prf`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    /// Precision, rounded to 3 places.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
    /// Matches.
    pub tp: usize,
    /// Predicted items.
    pub pred: usize,
    /// Gold items.
    pub gold: usize,
}

pub fn prf(tp: usize, n_pred: usize, n_gold: usize) -> Prf {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else if n_gold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if n_gold > 0 { tp as f64 / n_gold as f64 } else { 1.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    Prf { p: round3(p), r: round3(r), f1: round3(f), tp, pred: n_pred, gold: n_gold }
}

impl Prf {
    fn py(&self) -> String {
        format!(
            "{{'p': {}, 'r': {}, 'f1': {}, 'tp': {}, 'pred': {}, 'gold': {}}}",
            py_float(self.p),
            py_float(self.r),
            py_float(self.f1),
            self.tp,
            self.pred,
            self.gold
        )
    }

    fn json(&self) -> String {
        format!(
            "{{\"p\": {}, \"r\": {}, \"f1\": {}, \"tp\": {}, \"pred\": {}, \"gold\": {}}}",
            py_float(self.p),
            py_float(self.r),
            py_float(self.f1),
            self.tp,
            self.pred,
            self.gold
        )
    }
}

/// `score.root`: `TUR-INT` → `TUR`; `person:` and `place:` ids stay whole.
pub fn root(actor: &str) -> &str {
    if !actor.is_empty() && !actor.starts_with("person:") && !actor.starts_with("place:") {
        actor.split('-').next().unwrap_or(actor)
    } else {
        actor
    }
}

fn as_list(x: &Value) -> Vec<&str> {
    match x {
        Value::Null => Vec::new(),
        Value::Array(a) => a.iter().map(|v| v.as_str().unwrap_or("")).collect(),
        Value::String(s) => vec![s.as_str()],
        _ => Vec::new(),
    }
}

fn actors_agree(gold: &Value, pred: &Value) -> bool {
    let g: HashSet<&str> = as_list(gold).into_iter().map(root).collect();
    let p: HashSet<&str> = as_list(pred).into_iter().map(root).collect();
    g.is_empty() || !g.is_disjoint(&p)
}

/// `str(x or "")` for a date value: strings as they are, numbers as Python prints them.
fn py_str(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(false) => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => {
            if n.as_f64() == Some(0.0) {
                String::new()
            } else if let Some(i) = n.as_i64() {
                i.to_string()
            } else {
                py_float(n.as_f64().unwrap_or(0.0))
            }
        }
        other => other.to_string(),
    }
}

fn date_value(d: &Value) -> Value {
    match d {
        Value::Object(o) => o.get("value").cloned().unwrap_or(Value::Null),
        other => other.clone(),
    }
}

fn value_agrees(gv: &Value, pv: &Value) -> bool {
    let (gv, pv) = (py_str(gv), py_str(pv));
    if gv.is_empty() || pv.is_empty() {
        return false;
    }
    if gv == pv {
        return true;
    }
    let glen = gv.chars().count();
    if pv.contains('/') && (glen == 4 || glen == 7) && !gv.contains('/') {
        let (a, b) = pv.split_once('/').unwrap_or((&pv, ""));
        return a.starts_with(&gv) && b.starts_with(&gv);
    }
    false
}

/// Python's f-string of `e.get(key, '')`: a JSON null prints as `None`.
fn shown(v: &Value, key: &str) -> String {
    match v.get(key) {
        None => String::new(),
        Some(Value::Null) => "None".into(),
        Some(Value::String(x)) => x.clone(),
        Some(other) => other.to_string(),
    }
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn arr<'a>(v: &'a Value, key: &str) -> Vec<&'a Value> {
    v.get(key).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default()
}

fn unique_dates(dates: Vec<&Value>) -> Vec<&Value> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for d in dates {
        let key = (fold(s(d, "text")), py_str(d.get("value").unwrap_or(&Value::Null)));
        if seen.insert(key) {
            out.push(d);
        }
    }
    out
}

fn dates_agree(gold: &Value, pred: &Value) -> bool {
    let gv = date_value(gold);
    if py_str(&gv).is_empty() {
        return true;
    }
    value_agrees(&gv, &date_value(pred))
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1, lat2, lon2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h =
        ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

fn coords(entities: &[&Value]) -> BTreeMap<String, (f64, f64)> {
    let mut out = BTreeMap::new();
    for e in entities {
        let (lat, lon) = (e.get("lat").and_then(Value::as_f64), e.get("lon").and_then(Value::as_f64));
        if let (Some(lat), Some(lon)) = (lat, lon) {
            out.insert(s(e, "id").to_string(), (lat, lon));
        }
    }
    out
}

type Coords = BTreeMap<String, (f64, f64)>;

fn places_agree(gold_id: &Value, pred_id: &Value, gxy: &Coords, pxy: &Coords) -> bool {
    let g = gold_id.as_str().unwrap_or("");
    if g.is_empty() {
        return true;
    }
    let p = pred_id.as_str().unwrap_or("");
    if p.is_empty() {
        return false;
    }
    if g == p {
        return true;
    }
    match (gxy.get(g), pxy.get(p)) {
        (Some(a), Some(b)) => km(*a, *b) <= 15.0,
        _ => false,
    }
}

/// `score.greedy`: best-scoring eligible pairs first, each item used once;
/// ties keep gold-then-prediction order (Python's stable sort).
pub fn greedy<'a, G, P>(
    gold: &[&'a G],
    pred: &[&'a P],
    eligible: impl Fn(&G, &P) -> bool,
    score: impl Fn(&G, &P) -> f64,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if eligible(g, p) {
                pairs.push((score(g, p), i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    let (mut used_g, mut used_p, mut out) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, i, j) in pairs {
        if used_g.contains(&i) || used_p.contains(&j) {
            continue;
        }
        used_g.insert(i);
        used_p.insert(j);
        out.push((i, j));
    }
    out
}

/// The running counts (`acc` in score.py).
#[derive(Default, Debug, Clone)]
pub struct Acc {
    c: BTreeMap<&'static str, usize>,
}

impl Acc {
    fn add(&mut self, k: &'static str, n: usize) {
        *self.c.entry(k).or_default() += n;
    }
    fn get(&self, k: &str) -> usize {
        self.c.get(k).copied().unwrap_or(0)
    }
}

/// Event attribute agreement: source, target, place, date.
fn agree(a: &Value, b: &Value, gxy: &Coords, pxy: &Coords) -> [bool; 4] {
    let null = Value::Null;
    let g = |k: &str| a.get(k).unwrap_or(&null);
    let p = |k: &str| b.get(k).unwrap_or(&null);
    [
        actors_agree(g("source"), p("source")),
        actors_agree(g("target"), p("target")),
        places_agree(g("place"), p("place"), gxy, pxy),
        dates_agree(g("date"), p("date")),
    ]
}

/// `score.score_doc`: adds one document's counts; `lines` collects what
/// `--verbose` prints.
pub fn score_doc(g: &Value, p: &Value, acc: &mut Acc, lines: Option<&mut Vec<String>>) {
    let name = s(g, "doc");
    acc.add("docs", 1);
    acc.add("title_ok", usize::from(fold(s(g, "title")) == fold(s(p, "title"))));
    let null = Value::Null;
    let gpub = date_value(g.get("published").unwrap_or(&null));
    if !py_str(&gpub).is_empty() {
        acc.add("pub_n", 1);
        let ppub = date_value(p.get("published").unwrap_or(&null));
        let shown = |v: &Value| if v.is_null() { "None".to_string() } else { py_str(v) };
        acc.add("pub_ok", usize::from(shown(&ppub) == shown(&gpub)));
    }
    let body = fold(s(p, "body"));
    for b in arr(g, "boilerplate") {
        let fb = fold(b.as_str().unwrap_or(""));
        if fb.chars().count() >= 4 {
            acc.add("boiler_n", 1);
            acc.add("boiler_ok", usize::from(!body.contains(&fb)));
        }
    }
    for ev in arr(g, "events") {
        acc.add("content_n", 1);
        let fe: String = fold(s(ev, "evidence")).chars().take(60).collect();
        acc.add("content_ok", usize::from(body.contains(&fe)));
    }
    let title = fold(s(p, "title"));
    let raw_body = s(p, "body");
    for d in arr(g, "deobfuscated") {
        acc.add("deob_n", 1);
        let hay = format!("{body} {title}");
        let ok = hay.contains(&fold(s(d, "clean"))) && !raw_body.contains(s(d, "raw"));
        acc.add("deob_ok", usize::from(ok));
    }

    let gd = unique_dates(arr(g, "dates"));
    let pd = unique_dates(arr(p, "dates"));
    let m = greedy(
        &gd,
        &pd,
        |a, b| overlaps(s(a, "text"), s(b, "text")),
        |a, b| {
            f64::from(u8::from(value_agrees(
                a.get("value").unwrap_or(&null),
                b.get("value").unwrap_or(&null),
            ))) + 0.01
        },
    );
    acc.add("dates_tp", m.len());
    acc.add("dates_pred", pd.len());
    acc.add("dates_gold", gd.len());
    let ok = m
        .iter()
        .filter(|(i, j)| {
            value_agrees(gd[*i].get("value").unwrap_or(&null), pd[*j].get("value").unwrap_or(&null))
        })
        .count();
    acc.add("dates_value_ok", ok);

    let ge = arr(g, "entities");
    let pe = arr(p, "entities");
    let (gxy, pxy) = (coords(&ge), coords(&pe));
    let mut lines = lines;
    for kind in ["actor", "place"] {
        let is_place = |e: &&Value| (s(e, "type") == "place") == (kind == "place");
        let gk: Vec<&Value> = ge.iter().copied().filter(is_place).collect();
        let pk: Vec<&Value> = pe.iter().copied().filter(is_place).collect();
        let m = if kind == "actor" {
            greedy(
                &gk,
                &pk,
                |a, b| s(a, "id") == s(b, "id") || root(s(a, "id")) == root(s(b, "id")),
                |a, b| 1.0 + f64::from(u8::from(s(a, "id") == s(b, "id"))),
            )
        } else {
            greedy(&gk, &pk, |a, b| places_agree(&a["id"], &b["id"], &gxy, &pxy), |_, _| 1.0)
        };
        let (tp, pr, go) = if kind == "actor" {
            ("actor_tp", "actor_pred", "actor_gold")
        } else {
            ("place_tp", "place_pred", "place_gold")
        };
        acc.add(tp, m.len());
        acc.add(pr, pk.len());
        acc.add(go, gk.len());
        if let Some(out) = lines.as_deref_mut() {
            let found: HashSet<usize> = m.iter().map(|x| x.0).collect();
            let missed: Vec<String> = gk
                .iter()
                .enumerate()
                .filter(|(i, _)| !found.contains(i))
                .map(|(_, e)| format!("'{}'", s(e, "id")))
                .collect();
            if !missed.is_empty() {
                out.push(format!("  {name}: missed {kind}s [{}]", missed.join(", ")));
            }
        }
    }

    let gev = arr(g, "events");
    let pev = arr(p, "events");
    let m = greedy(
        &gev,
        &pev,
        |a, b| s(a, "type") == s(b, "type") && overlaps(s(a, "evidence"), s(b, "evidence")),
        |a, b| agree(a, b, &gxy, &pxy).iter().filter(|x| **x).count() as f64,
    );
    acc.add("ev_tp", m.len());
    acc.add("ev_pred", pev.len());
    acc.add("ev_gold", gev.len());
    for (i, j) in &m {
        let [src, tgt, pl, dt] = agree(gev[*i], pev[*j], &gxy, &pxy);
        acc.add("ev_src", usize::from(src));
        acc.add("ev_tgt", usize::from(tgt));
        acc.add("ev_place", usize::from(pl));
        acc.add("ev_date", usize::from(dt));
        acc.add("ev_full", usize::from(src && tgt && pl && dt));
    }
    if let Some(out) = lines {
        let found: HashSet<usize> = m.iter().map(|x| x.0).collect();
        for (i, e) in gev.iter().enumerate() {
            if !found.contains(&i) {
                let ev: String = shown(e, "evidence").chars().take(90).collect();
                let (id, ty, mode) = (shown(e, "id"), shown(e, "type"), shown(e, "mode"));
                let (id, ty) = (
                    if e.get("id").is_none() { "None".into() } else { id },
                    if e.get("type").is_none() { "None".into() } else { ty },
                );
                out.push(format!("  {name}: missed event {id} {ty} {mode}: {ev}"));
            }
        }
        let foundp: HashSet<usize> = m.iter().map(|x| x.1).collect();
        for (j, e) in pev.iter().enumerate() {
            if !foundp.contains(&j) {
                let ev: String = shown(e, "evidence").chars().take(90).collect();
                let ty = if e.get("type").is_none() { "None".into() } else { shown(e, "type") };
                out.push(format!("  {name}: spurious event {ty}: {ev}"));
            }
        }
    }
}

/// The report `score.py` prints, in its key order.
pub struct Report {
    acc: Acc,
}

enum Item {
    Int(usize),
    Ratio(Option<f64>),
    Prf(Prf),
    Attrs([Option<f64>; 4]),
}

impl Report {
    /// Scores every gold document against the predictions (by document
    /// name); returns the report and the `--verbose` lines.
    pub fn score(
        gold: &BTreeMap<String, Value>,
        pred: &BTreeMap<String, Value>,
        verbose: bool,
    ) -> (Report, Vec<String>) {
        let mut acc = Acc::default();
        let mut lines = Vec::new();
        let empty = Value::Object(Default::default());
        for (name, g) in gold {
            let p = match pred.get(name) {
                Some(p) => p,
                None => {
                    acc.add("missing", 1);
                    &empty
                }
            };
            score_doc(g, p, &mut acc, verbose.then_some(&mut lines));
        }
        (Report { acc }, lines)
    }

    fn ratio(&self, a: &str, b: &str) -> Option<f64> {
        let d = self.acc.get(b);
        (d > 0).then(|| round3(self.acc.get(a) as f64 / d as f64))
    }

    /// Events P/R/F1 (type and evidence).
    pub fn events(&self) -> Prf {
        prf(self.acc.get("ev_tp"), self.acc.get("ev_pred"), self.acc.get("ev_gold"))
    }

    /// Full-event P/R/F1 (type, actors, place, date).
    pub fn events_full(&self) -> Prf {
        prf(self.acc.get("ev_full"), self.acc.get("ev_pred"), self.acc.get("ev_gold"))
    }

    fn items(&self) -> Vec<(&'static str, Item)> {
        let a = &self.acc;
        let tp = a.get("ev_tp");
        let attr = |k: &str| (tp > 0).then(|| round3(a.get(k) as f64 / tp as f64));
        vec![
            ("docs", Item::Int(a.get("docs"))),
            ("missing_docs", Item::Int(a.get("missing"))),
            ("title_acc", Item::Ratio(self.ratio("title_ok", "docs"))),
            ("published_acc", Item::Ratio(self.ratio("pub_ok", "pub_n"))),
            ("boilerplate_removed", Item::Ratio(self.ratio("boiler_ok", "boiler_n"))),
            ("content_kept", Item::Ratio(self.ratio("content_ok", "content_n"))),
            ("deobfuscated", Item::Ratio(self.ratio("deob_ok", "deob_n"))),
            ("dates", Item::Prf(prf(a.get("dates_tp"), a.get("dates_pred"), a.get("dates_gold")))),
            ("date_value_acc", Item::Ratio(self.ratio("dates_value_ok", "dates_tp"))),
            ("actors", Item::Prf(prf(a.get("actor_tp"), a.get("actor_pred"), a.get("actor_gold")))),
            ("places", Item::Prf(prf(a.get("place_tp"), a.get("place_pred"), a.get("place_gold")))),
            ("events", Item::Prf(self.events())),
            (
                "event_attr_acc",
                Item::Attrs([attr("ev_src"), attr("ev_tgt"), attr("ev_place"), attr("ev_date")]),
            ),
            ("events_full", Item::Prf(self.events_full())),
        ]
    }

    /// The text `score.py` prints without `--json`.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let opt = |x: Option<f64>| x.map(py_float).unwrap_or_else(|| "None".into());
        for (k, v) in self.items() {
            let v = match v {
                Item::Int(n) => n.to_string(),
                Item::Ratio(r) => opt(r),
                Item::Prf(p) => p.py(),
                Item::Attrs([s, t, p, d]) => {
                    format!(
                        "{{'src': {}, 'tgt': {}, 'place': {}, 'date': {}}}",
                        opt(s),
                        opt(t),
                        opt(p),
                        opt(d)
                    )
                }
            };
            let _ = writeln!(out, "{k:22} {v}");
        }
        out
    }

    /// The line `score.py --json` prints.
    pub fn json(&self) -> String {
        let opt = |x: Option<f64>| x.map(py_float).unwrap_or_else(|| "null".into());
        let parts: Vec<String> = self
            .items()
            .into_iter()
            .map(|(k, v)| {
                let v = match v {
                    Item::Int(n) => n.to_string(),
                    Item::Ratio(r) => opt(r),
                    Item::Prf(p) => p.json(),
                    Item::Attrs([s, t, p, d]) => format!(
                        "{{\"src\": {}, \"tgt\": {}, \"place\": {}, \"date\": {}}}",
                        opt(s),
                        opt(t),
                        opt(p),
                        opt(d)
                    ),
                };
                format!("\"{k}\": {v}")
            })
            .collect();
        format!("{{{}}}", parts.join(", "))
    }
}
