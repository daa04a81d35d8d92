use serde::{Deserialize, Serialize};

use crate::{DateValue, Span};

/// The sixteen PLOVER event types, in the codebook's quad order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    /// Verbal cooperation: agree to, or sign, an agreement.
    Agree,
    /// Verbal cooperation: meet, visit, call, mediate.
    Consult,
    /// Verbal cooperation: praise, endorse, recognise.
    Support,
    /// Verbal cooperation: concede, ease, yield in words.
    Concede,
    /// Material cooperation: joint acts, patrols, exercises, deals.
    Cooperate,
    /// Material cooperation: give aid, arms, fighters.
    Aid,
    /// Material cooperation: withdraw, release, disarm, cease fire, open access.
    Retreat,
    /// Verbal conflict: ask or demand.
    Request,
    /// Verbal conflict: criticise, blame, allege.
    Accuse,
    /// Verbal conflict: refuse, deny a demand.
    Reject,
    /// Verbal conflict: warn of or threaten action.
    Threaten,
    /// Material conflict: demonstrations, blockades, strikes.
    Protest,
    /// Material conflict: sanctions, expulsions, cutting ties.
    Sanction,
    /// Material conflict: deploy troops, weapons, militia.
    Mobilize,
    /// Material conflict: seize, arrest, restrict, besiege.
    Coerce,
    /// Material conflict: attack, shell, bomb, occupy.
    Assault,
}

impl EventType {
    /// All sixteen types in codebook order.
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    /// The uppercase PLOVER name.
    pub fn as_str(&self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    /// Parses an uppercase or lowercase PLOVER name.
    pub fn parse(name: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(name))
    }

    /// PLOVER's quad category: `verbal_cooperation`, `material_cooperation`,
    /// `verbal_conflict` or `material_conflict`.
    pub fn quad(&self) -> &'static str {
        use EventType::*;
        match self {
            Agree | Consult | Support | Concede => "verbal_cooperation",
            Cooperate | Aid | Retreat => "material_cooperation",
            Request | Accuse | Reject | Threaten => "verbal_conflict",
            Protest | Sanction | Mobilize | Coerce | Assault => "material_conflict",
        }
    }
}

/// How the article presents an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportedAs {
    /// Stated by the outlet as having happened.
    Fact,
    /// Attributed to a source (`بحسب مصادر`, `قالت … إن`, `زعم`).
    Claim,
    /// Future or intended (`سـ`, `من المقرر`, `تعتزم`).
    Plan,
    /// Conditional (`إذا`, `في حال`).
    Hypothetical,
}

/// A coded PLOVER event, with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Id unique within the article (`e1`, `e2`, …).
    pub id: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// PLOVER mode (`meeting`, `aerial`, …), when the text shows it.
    pub mode: Option<String>,
    /// Actor ids doing the act.
    pub source: Vec<String>,
    /// Actor ids the act is done to.
    pub target: Vec<String>,
    /// The one place id, when the event has one place.
    pub place: Option<String>,
    /// Every place id the event is located at.
    pub places: Vec<String>,
    /// When it happened, if the text says.
    pub date: Option<DateValue>,
    /// The text says it did not happen (`لم`, `نفى`).
    pub negated: bool,
    /// Fact, claim, plan or hypothetical.
    pub reported_as: ReportedAs,
    /// Dated before the article's own news (a recap).
    pub historical: bool,
    /// The sentence the event is read from, exactly as cleaned.
    pub evidence: String,
    /// Where that sentence is in the cleaned body.
    pub span: Span,
    /// The trigger phrase's span inside the body.
    pub trigger: Span,
    /// The id of the trigger rule that fired (`TRG-consult-003`).
    pub rule: String,
    /// Other sentences of the article that report the same happening.
    pub also: Vec<Span>,
    /// 0..1: how sure the coder is.
    pub confidence: f32,
}
