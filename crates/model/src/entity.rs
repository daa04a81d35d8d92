use serde::{Deserialize, Serialize};

use crate::Span;

/// What kind of thing an entity is.
///
/// The names follow the gold annotation format (`country`, `state_organ`,
/// `armed_group`, …); `Place` is every geographic entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A state acting as a whole (`TUR`, `RUS`).
    Country,
    /// A state's organ: army, intelligence, government, police (`TUR-MIL`).
    StateOrgan,
    /// A non-state armed group (`SDF`, `HTS`, `SNA`).
    ArmedGroup,
    /// A named person (`person:erdogan`).
    Person,
    /// An intergovernmental organisation (`UN`, `NATO`).
    InternationalOrg,
    /// A non-governmental organisation (`SOHR`, White Helmets).
    Ngo,
    /// A political body that is not a recognised state (`AANES`).
    PoliticalEntity,
    /// A political party.
    PoliticalParty,
    /// A group of people with no organisation (`الفصائل`, residents).
    Collective,
    /// A place: populated place, road, crossing, base, zone, region.
    Place,
}

impl EntityKind {
    /// The snake_case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::StateOrgan => "state_organ",
            EntityKind::ArmedGroup => "armed_group",
            EntityKind::Person => "person",
            EntityKind::InternationalOrg => "international_org",
            EntityKind::Ngo => "ngo",
            EntityKind::PoliticalEntity => "political_entity",
            EntityKind::PoliticalParty => "political_party",
            EntityKind::Collective => "collective",
            EntityKind::Place => "place",
        }
    }

    /// True for places, false for every kind of actor.
    pub fn is_place(&self) -> bool {
        matches!(self, EntityKind::Place)
    }
}

/// How precisely a place's coordinates locate it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GeoPrecision {
    /// A point: a base, a crossing, a building.
    Point,
    /// A village, town or city.
    Village,
    /// A district (mantiqa) or sub-district.
    District,
    /// A governorate (muhafaza); coordinates are its capital's.
    Governorate,
    /// A country; coordinates are its centroid or capital.
    Country,
    /// A road; coordinates are a point on it, the line is kept apart.
    Road,
    /// A zone or region with no single point (شرق الفرات).
    Region,
}

/// An actor or place resolved to a stable id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: `TUR`, `TUR-MIL`, `SDF`, `person:erdogan`, `place:saraqib`.
    pub id: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// English name, for display and export.
    pub name_en: String,
    /// Arabic name, for display.
    pub name_ar: String,
    /// Latitude (places only).
    pub lat: Option<f64>,
    /// Longitude (places only).
    pub lon: Option<f64>,
    /// How precise the coordinates are (places only).
    pub geo_precision: Option<GeoPrecision>,
}

/// A place in the text where an entity is named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The entity's stable id.
    pub entity_id: String,
    /// Where it is named, clitic prefixes excluded (`لقسد` → `قسد`).
    pub span: Span,
    /// The exact text of the span.
    pub text: String,
    /// The id of the alias or rule that matched, for `explain`.
    pub rule: String,
}

impl Mention {
    /// The start of [`Mention::rule`] for a governorate named as its countryside (`ريف إدلب`
    /// → the Idlib governorate): its span begins with the countryside word, so the event coder
    /// reads the place from the name after it.
    pub const COUNTRYSIDE_RULE: &'static str = "rule:countryside(";

    /// Whether the lexicon's countryside rule named this place ([`Mention::COUNTRYSIDE_RULE`]).
    pub fn is_countryside(&self) -> bool {
        self.rule.starts_with(Self::COUNTRYSIDE_RULE)
    }

    /// The start of [`Mention::rule`] for a capital read as the government it stands for
    /// (`لدمشق` → `SYR-GOV`): `rule:metonym(<city id> <alias rule>)`. The city is kept so
    /// the event coder can still place an act done to the capital there.
    pub const METONYM_RULE: &'static str = "rule:metonym(";

    /// The city a capital read as its government names ([`Mention::METONYM_RULE`]).
    pub fn metonym_city(&self) -> Option<&str> {
        let rest = self.rule.strip_prefix(Self::METONYM_RULE)?;
        rest.split_once(' ').map(|(city, _)| city)
    }
}
