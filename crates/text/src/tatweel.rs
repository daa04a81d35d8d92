//! Tatweel (kashida) `ـ`: the stretching stroke, removed only inside words.
//!
//! Touched: `U+0640` ARABIC TATWEEL. `clean` removes a run of tatweel that
//! stands *between two Arabic letters* (`ســوريا` → `سوريا`), because there it
//! only stretches the word. Everywhere else it carries meaning and stays as
//! written:
//!
//! - after a one-letter clitic before a quote, digit or Latin word:
//!   `كـ "محاكاة"`, `لـ "روزنة"`, `بـ “المنشرة”`, `الـ20`, `لـCNN`;
//! - as the Hijri-year abbreviation `هـ`;
//! - alone between spaces, used as a dash: `حميميم ـ أرشيف`;
//! - at the end of a word before a space (`إرهابياـ ونحن`, a typo for a comma).
//!
//! Tatweel next to a separator inside one word is obfuscation, handled in
//! `obfuscation.rs`.

/// ARABIC TATWEEL `ـ`.
pub(crate) const TATWEEL: char = '\u{0640}';

#[cfg(test)]
mod tests {
    use crate::clean;

    #[test]
    fn tatweel_inside_word_removed() {
        assert_eq!(clean("ســوريا").text, "سوريا");
        assert_eq!(clean("الـمحتلة").text, "المحتلة");
    }

    #[test]
    fn tatweel_as_written_elsewhere() {
        for s in
            ["كـ \"محاكاة\"", "لـ \"روزنة\"", "بـ “المنشرة”", "الـ20", "لـCNN،", "1445 هـ", "حميميم ـ أرشيف"]
        {
            assert_eq!(clean(s).text, s);
        }
    }
}
