//! What `explain` shows: per sentence, what was found and why each event was
//! or was not coded.

use std::fmt;

use marsad_model::{EventType, Span};

/// Everything the coder saw and decided in one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceTrace {
    /// The sentence's span in the body.
    pub span: Span,
    /// The sentence text.
    pub text: String,
    /// Actor mentions: entity id, text, and the role marker before it, then
    /// the city a capital read as its government names (` [city
    /// place:damascus]`), where an attack on it is placed.
    pub actors: Vec<(String, String, String)>,
    /// Place mentions: id, text, and ` [no cue]` for one no locative cue
    /// places the sentence's acts in (it may still be an attack's object,
    /// `قصفت قوات النظام إدلب`, or a state's land).
    pub places: Vec<(String, String, &'static str)>,
    /// Date expressions: text and value.
    pub dates: Vec<(String, String)>,
    /// Cues found: id, kind, text.
    pub cues: Vec<(String, &'static str, String)>,
    /// Who spoke last when the sentence began (actor ids): a sentence that
    /// goes on (`وأضاف`) or a statement with no subject of its own is lent
    /// this side. Empty when no one has spoken yet.
    pub speaker: Vec<String>,
    /// Places the sentence says a side holds (`الغوطة الشرقية التي تسيطر
    /// عليها فصائل المعارضة`): place id and the holder's ids. An attack
    /// elsewhere in the article on such a place that names no target is
    /// lent the holder.
    pub held: Vec<(String, Vec<String>)>,
    /// Every trigger found and what became of it.
    pub triggers: Vec<TriggerTrace>,
}

/// One trigger hit and its outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct TriggerTrace {
    /// The rule id (`TRG-consult-003`).
    pub rule: String,
    /// The type it codes.
    pub kind: EventType,
    /// The words matched.
    pub text: String,
    /// Coded (with its arguments) or not (with the reason).
    pub outcome: Outcome,
}

/// What became of a trigger hit.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// An event was coded.
    Coded {
        /// The final event id (`e3`), after merging.
        event: String,
        /// How it was read: sources, targets, place, date, modality.
        summary: String,
        /// Set when it was merged into an event told elsewhere.
        merged_into: Option<String>,
    },
    /// No event: why.
    Skipped(String),
}

impl fmt::Display for SentenceTrace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "[{}..{}] {}", self.span.start, self.span.end, self.text)?;
        let list = |v: Vec<String>| if v.is_empty() { "-".to_string() } else { v.join(", ") };
        writeln!(
            f,
            "  actors:   {}",
            list(self.actors.iter().map(|(id, t, m)| format!("{id} «{t}»{m}")).collect())
        )?;
        writeln!(
            f,
            "  places:   {}",
            list(self.places.iter().map(|(id, t, m)| format!("{id} «{t}»{m}")).collect())
        )?;
        writeln!(
            f,
            "  dates:    {}",
            list(self.dates.iter().map(|(t, v)| format!("«{t}» = {v}")).collect())
        )?;
        writeln!(
            f,
            "  cues:     {}",
            list(self.cues.iter().map(|(id, k, t)| format!("{k} «{t}» ({id})")).collect())
        )?;
        if !self.speaker.is_empty() {
            writeln!(f, "  speaker:  {} (the last to speak)", self.speaker.join("+"))?;
        }
        for (place, ids) in &self.held {
            writeln!(f, "  held:     {place} by {}", ids.join("+"))?;
        }
        if self.triggers.is_empty() {
            writeln!(f, "  triggers: - (no event)")?;
        }
        for t in &self.triggers {
            match &t.outcome {
                Outcome::Coded { event, summary, merged_into } => {
                    write!(f, "  trigger {} «{}» {} → {event}: {summary}", t.rule, t.text, t.kind.as_str())?;
                    match merged_into {
                        Some(m) => writeln!(f, " (same happening as {m}, kept there)")?,
                        None => writeln!(f)?,
                    }
                }
                Outcome::Skipped(why) => {
                    writeln!(f, "  trigger {} «{}» {} → not coded: {why}", t.rule, t.text, t.kind.as_str())?
                }
            }
        }
        Ok(())
    }
}
