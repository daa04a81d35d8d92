//! The index analysers give exactly the token stream (text, offsets, positions) of the
//! analyser as first written (commit 6b4565e, with the search fold of hamza seats and the
//! proclitic readings of index version 3 and the guarded `و` of version 4 added plainly, kept below as `reference`), on every body of
//! the real bulk corpus, both as the index receives it (cleaned) and raw (more words on the
//! slow, full-clean path).

use marsad_store::ArabicTokenizer;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The analyser of commit 6b4565e (affix lengths counted inline rather than in const tables): the oracle.
mod reference {
    use tantivy::tokenizer::{Token, TokenStream};

    const TATWEEL: char = '\u{0640}';

    fn is_mark(c: char) -> bool {
        matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | TATWEEL | '\u{200C}' | '\u{200D}')
    }

    fn is_word(c: char) -> bool {
        is_plain(c) || c.is_ascii_alphanumeric() || is_mark(c) || (!c.is_ascii() && c.is_alphanumeric())
    }

    fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
        let (offset, first) = text[from..].char_indices().find(|&(_, c)| is_word(c))?;
        let start = from + offset;
        let mut prev = first;
        let mut end = start + first.len_utf8();
        loop {
            let mut rest = text[end..].chars();
            match rest.next() {
                Some(c) if is_word(c) => {
                    prev = c;
                    end += c.len_utf8();
                }
                Some('.' | '_' | '-' | '*') => {
                    let joiners =
                        text[end..].len() - text[end..].trim_start_matches(['.', '_', '-', '*']).len();
                    match text[end + joiners..].chars().next() {
                        Some(c) if is_word(c) && (prev == TATWEEL || c == TATWEEL) => {
                            prev = c;
                            end += joiners + c.len_utf8();
                        }
                        _ => return Some((start, end)),
                    }
                }
                _ => return Some((start, end)),
            }
        }
    }

    fn is_plain(c: char) -> bool {
        matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}')
    }

    fn fold_word_into(word: &str, out: &mut String) {
        out.clear();
        let (mut plain, mut ascii) = (true, true);
        for c in word.chars() {
            plain &= is_plain(c);
            ascii &= c.is_ascii_alphanumeric();
            if !plain && !ascii {
                break;
            }
            out.push(marsad_store::search_fold_char(c));
        }
        if plain || ascii {
            return hundred(out);
        }
        out.clear();
        let joined: String = word.chars().filter(|c| !matches!(c, '.' | '_' | '-' | '*')).collect();
        // Decomposed seats and presentation forms compose in `clean`: fold its output.
        let clean = marsad_text::clean(&joined).text;
        out.extend(clean.chars().map(marsad_store::search_fold_char).filter(|c| !is_mark(*c)));
        hundred(out);
    }

    /// `مائة` → `مئة` (folded: `ماءه` → `مءه`, `ماءت…` → `مءت…`).
    fn hundred(out: &mut String) {
        if let Some(at) = out.find("ماء") {
            let rest = &out[at + "ماء".len()..];
            if rest == "ه" || rest.starts_with('ت') {
                let (head, tail) = (out[..at].to_string(), out[at + "ماء".len()..].to_string());
                *out = format!("{head}مء{tail}");
            }
        }
    }

    /// The proclitic reading of a folded word: after a `و` the stem cuts and with no article
    /// prefix, ب/ل/ف (or a `و` the stem keeps) then a rest whose stem has three letters or more
    /// and is no function word.
    fn reading(folded: &str) -> Option<String> {
        let count = |s: &str| s.chars().count();
        if !folded.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
            return None;
        }
        let mut w = folded;
        let mut proclitics = "بلفو";
        if cuts_wa(w) {
            w = &w['و'.len_utf8()..];
            proclitics = "بلف";
        }
        if PREFIXES.iter().any(|p| count(w) >= count(p) + 2 && w.starts_with(p)) {
            return None;
        }
        let first = w.chars().next()?;
        if !proclitics.contains(first) {
            return None;
        }
        let mut rest = w[first.len_utf8()..].to_string();
        if count(&rest) < 3 {
            return None;
        }
        light_stem_in_place(&mut rest);
        if count(&rest) < 3 || ["ذلك", "لدي", "هذا", "هذه"].contains(&rest.as_str()) {
            return None;
        }
        Some(format!("_{rest}"))
    }

    /// Index version 4: a leading `و` of a word of four letters or more is cut when the rest
    /// opens with an article prefix or stems (without a `و` of its own) to four letters or more.
    fn cuts_wa(w: &str) -> bool {
        if w.chars().count() <= 3 || !w.starts_with('و') {
            return false;
        }
        let rest = &w['و'.len_utf8()..];
        if PREFIXES.iter().any(|p| rest.chars().count() >= p.chars().count() + 2 && rest.starts_with(p)) {
            return true;
        }
        let mut stem = rest.to_string();
        light_affixes(&mut stem);
        stem.chars().count() >= 4
    }

    const PREFIXES: [&str; 6] = ["وال", "فال", "بال", "كال", "لل", "ال"];
    const SUFFIXES: [(&str, &str); 7] =
        [("ها", ""), ("ان", ""), ("ات", ""), ("ون", ""), ("ين", ""), ("يه", "ي"), ("ه", "")];

    fn light_stem_in_place(w: &mut String) {
        if !w.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
            return;
        }
        if cuts_wa(w) {
            w.drain(..'و'.len_utf8());
        }
        light_affixes(w);
    }

    /// Light10's article prefixes and suffixes.
    fn light_affixes(w: &mut String) {
        let mut letters = w.chars().count();
        for p in PREFIXES {
            let n = p.chars().count();
            if letters >= n + 2 && w.starts_with(p) {
                w.drain(..p.len());
                letters -= n;
                break;
            }
        }
        for (suffix, keep) in SUFFIXES {
            let (n, k) = (suffix.chars().count(), keep.chars().count());
            if letters >= n + 2 && w.ends_with(suffix) {
                w.truncate(w.len() - suffix.len());
                w.push_str(keep);
                letters = letters - n + k;
            }
        }
    }

    pub struct Stream<'a> {
        pub text: &'a str,
        pub cursor: usize,
        pub stem: bool,
        pub changed_by_stem_only: bool,
        pub token: Token,
        pub scratch: String,
        pub pending: Option<String>,
    }

    impl TokenStream for Stream<'_> {
        fn advance(&mut self) -> bool {
            if let Some(reading) = self.pending.take() {
                self.token.text = reading;
                return true;
            }
            while let Some((start, end)) = next_word(self.text, self.cursor) {
                self.cursor = end;
                fold_word_into(&self.text[start..end], &mut self.token.text);
                if self.token.text.is_empty() {
                    continue;
                }
                self.token.position = self.token.position.wrapping_add(1);
                if self.stem {
                    self.pending = reading(&self.token.text);
                    light_stem_in_place(&mut self.token.text);
                } else if self.changed_by_stem_only {
                    self.scratch.clear();
                    self.scratch.push_str(&self.token.text);
                    light_stem_in_place(&mut self.scratch);
                    if self.scratch == self.token.text {
                        continue;
                    }
                }
                self.token.offset_from = start;
                self.token.offset_to = end;
                self.token.position_length = 1;
                return true;
            }
            self.cursor = self.text.len();
            false
        }

        fn token(&self) -> &Token {
            &self.token
        }

        fn token_mut(&mut self) -> &mut Token {
            &mut self.token
        }
    }
}

fn collect(mut stream: impl TokenStream) -> Vec<Token> {
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().clone());
    }
    out
}

fn reference_tokens(mode: ArabicTokenizer, text: &str) -> Vec<Token> {
    collect(reference::Stream {
        text,
        cursor: 0,
        stem: mode.stem,
        changed_by_stem_only: mode.changed_by_stem_only,
        token: Token { position: usize::MAX, ..Token::default() },
        scratch: String::new(),
        pending: None,
    })
}

fn bulk_bodies() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/real/bulk/syria_relevant_bulk.jsonl");
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("bulk line is JSON");
            v["text"].as_str().expect("bulk line has a text").to_string()
        })
        .collect()
}

#[test]
fn every_analyser_gives_the_reference_token_stream_on_every_bulk_body() {
    let bodies = bulk_bodies();
    assert!(bodies.len() > 1900, "{}", bodies.len());
    let mut tokens = 0usize;
    for raw in &bodies {
        let cleaned = marsad_text::clean(raw).text;
        for text in [cleaned.as_str(), raw.as_str()] {
            for mode in [ArabicTokenizer::STEMMED, ArabicTokenizer::FOLDED, ArabicTokenizer::EXACT_INDEX] {
                let mut tokenizer = mode;
                let got = collect(tokenizer.token_stream(text));
                let want = reference_tokens(mode, text);
                assert_eq!(got.len(), want.len(), "{mode:?} token count on {:.80}", text);
                for (g, w) in got.iter().zip(&want) {
                    assert_eq!(
                        (&g.text, g.offset_from, g.offset_to, g.position, g.position_length),
                        (&w.text, w.offset_from, w.offset_to, w.position, w.position_length),
                        "{mode:?} on {:?}",
                        &text[w.offset_from..w.offset_to]
                    );
                }
                tokens += got.len();
            }
        }
    }
    assert!(tokens > 1_000_000, "{tokens}");
}

#[test]
fn edge_texts_give_the_reference_token_stream() {
    let texts = [
        "",
        "ـ",
        ".ـ.",
        "دوريـ.ـات دوريـ..ـات قوات.الأسد المحـ_ـتلة- ثم الجيشـ. ثم S-400 و M4 «إدلب»، (حماة)",
        "سُورِيّة ﻻجئ والدوريات وال ولد بالها للمدنيين سوريين كتائبها",
        "ـقصفـ ـ*ـ ـ-ـ a_ـb ١٢٣ ٤٥ 12٣ Ünïcödé ΣΊΣΥΦΟΣ 中文 כן",
        "و وو ووال ولل لل ال اله ها ات يه ه وه ويه",
        "\u{200C}\u{200D} ا\u{200C}ب \u{064B}\u{0670} ک ی ٱ آ ة ى ؤ ئ",
    ];
    for text in texts {
        for mode in [ArabicTokenizer::STEMMED, ArabicTokenizer::FOLDED, ArabicTokenizer::EXACT_INDEX] {
            let mut tokenizer = mode;
            let got: Vec<_> = collect(tokenizer.token_stream(text))
                .into_iter()
                .map(|t| (t.text, t.offset_from, t.offset_to, t.position))
                .collect();
            let want: Vec<_> = reference_tokens(mode, text)
                .into_iter()
                .map(|t| (t.text, t.offset_from, t.offset_to, t.position))
                .collect();
            assert_eq!(got, want, "{mode:?} on {text}");
        }
    }
}
