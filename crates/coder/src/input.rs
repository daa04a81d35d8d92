//! What the coder reads: one cleaned article with its annotations.

use marsad_model::{DateMention, DateValue, EntityKind, Mention, Span};

/// One article, cleaned and annotated by the earlier stages.
///
/// Every span is a byte range into `body`. `kinds` tells actors from places:
/// it maps an entity id to its kind (a closure, so the caller can back it by
/// a lexicon, a `HashMap` or a gold file); ids it does not know are treated
/// as actors.
pub struct Input<'a> {
    /// Cleaned article body (`marsad_text::clean` output).
    pub body: &'a str,
    /// Sentence spans (`marsad_text::sentences(body)`).
    pub sentences: &'a [Span],
    /// Actor and place mentions from the lexicon.
    pub mentions: &'a [Mention],
    /// Entity id → kind.
    pub kinds: &'a dyn Fn(&str) -> Option<EntityKind>,
    /// Date expressions from marsad-dates.
    pub dates: &'a [DateMention],
    /// The article's publication date (may be unknown).
    pub published: &'a DateValue,
}
