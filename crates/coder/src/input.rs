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
    /// `within(inner, outer)`: place `inner` lies inside `outer`, a state
    /// or an administrative parent (`place:duma` in `place:rif-dimashq-governorate`
    /// and in `SYR`). Lets an event told in a state or governorate take a
    /// town its own clause names in it; `&|_, _| false` turns that off.
    pub within: &'a dyn Fn(&str, &str) -> bool,
    /// Date expressions from marsad-dates.
    pub dates: &'a [DateMention],
    /// The article's publication date (may be unknown).
    pub published: &'a DateValue,
}
