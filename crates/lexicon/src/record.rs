//! The loaded form of the data: entity records and the aliases that name them.

use std::sync::Arc;

use marsad_model::Entity;

/// Where an entry or alias was written, for messages and `explain`.
///
/// The file name is shared (`Arc`): a gazetteer has one origin per row and
/// two or more aliases per origin.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Origin {
    pub file: Arc<str>,
    pub line: usize,
}

/// A person's office: `person:hakan-fidan` is `وزير الخارجية` of `TUR`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Role {
    /// The state or body the office belongs to (`TUR`).
    pub of: String,
    /// The title key from `organs.toml` (`وزير الخارجية`); empty for the
    /// body a person speaks for (`speaks_for`), which is no state office.
    pub title: String,
    /// ISO date or year the office began, informational.
    pub from: String,
    /// ISO date or year it ended, empty when current.
    pub to: String,
}

/// One actor or place with everything the resolver needs.
#[derive(Clone, Debug)]
pub(crate) struct Record {
    pub entity: Entity,
    /// Place ids, nearest first (district, governorate, country).
    pub admin: Vec<String>,
    pub population: u64,
    /// `(lat, lon)` points for roads.
    pub line: Vec<(f64, f64)>,
    /// The name is also a common word: it needs place evidence.
    pub needs_evidence: bool,
    pub roles: Vec<Role>,
    /// For a governorate: its capital's id.
    pub capital: Option<String>,
    /// The state a place lies in (an actor id of kind `country`), when its data says so; places
    /// with admin parents take it from them (see `Lexicon::country_of`). For an actor, the state
    /// its data says it belongs to (`state`), which only the gentilic agreement rule reads.
    pub country: Option<String>,
    /// Free-form place kind from the data (`city`, `road`, `crossing`…); the exports read the
    /// kinds of places wider than a state (see `Lexicon::spans_states`), the resolver none.
    pub place_kind: String,
    /// The GeoNames id, for places that came from GeoNames.
    pub geonameid: Option<u64>,
    /// Matched to block shorter readings (a news agency's `السورية`) but never
    /// reported: outlets are sources, not entities.
    pub silent: bool,
    /// A body that reports, rules, investigates or relieves but never fights
    /// (`unarmed = true` in the actor files; every NGO is): never the doer
    /// of an attack.
    pub unarmed: bool,
    pub origin: Origin,
}

/// How an alias counts when it is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Sense {
    /// A plain name of the entity.
    Name,
    /// A short form (`الحلاق`, a surname that is also a word): counts only when
    /// the entity is also named by a full alias in the same text.
    Short,
    /// A capital standing for a government (`أنقرة` → `TUR`): competes with the
    /// place reading of the same word, see `resolve::metonym`.
    Metonym,
    /// A title (`وزير الخارجية التركي`): the office holder when the text names
    /// a person holding that role of `of`, otherwise the organ entity.
    Title { of: String, title: String },
}

/// Which alias matched, for `Mention::rule` (`TUR-MIL#3`,
/// `tpl:MIL:القوات ال{f}`). Written out only for mentions, not for each of
/// the hundred thousand aliases a gazetteer loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Alias number `n` of its entry, with a tag (`short`, `metonym`,
    /// `extend`, or none): `<id>#<tag><n>`.
    Alias { tag: &'static str, n: u32 },
    /// A template or other rule shared by many aliases.
    Named(Arc<str>),
}

impl Rule {
    /// The rule as text, for the entity `id` the alias names.
    pub(crate) fn text(&self, id: &str) -> String {
        match self {
            // Built by hand: this runs for every mention, and `format!` cost more than the rest of it.
            Rule::Alias { tag, n } => {
                let mut digits = [0u8; 10];
                let mut at = digits.len();
                let mut rest = *n;
                loop {
                    at -= 1;
                    digits[at] = b'0' + (rest % 10) as u8;
                    rest /= 10;
                    if rest == 0 {
                        break;
                    }
                }
                let mut s = String::with_capacity(id.len() + 1 + tag.len() + digits.len() - at);
                s.push_str(id);
                s.push('#');
                s.push_str(tag);
                s.extend(digits[at..].iter().map(|&d| char::from(d)));
                s
            }
            Rule::Named(s) => s.to_string(),
        }
    }
}

/// An alias as loaded: its folded key, the entity it names and how it counts.
#[derive(Clone, Debug)]
pub(crate) struct AliasDef {
    pub key: String,
    pub surface: String,
    /// The id of the entity it names (shared by all aliases of an entry).
    pub entity: Arc<str>,
    pub sense: Sense,
    /// Alias id for `Mention::rule`.
    pub rule: Rule,
    /// True for aliases generated from templates (duplicates are dropped
    /// silently instead of reported).
    pub generated: bool,
    pub origin: Origin,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_rule_text_is_id_tag_number() {
        let cases = [
            (Rule::Alias { tag: "", n: 3 }, "TUR-MIL", "TUR-MIL#3"),
            (Rule::Alias { tag: "short", n: 0 }, "SYR-GOV", "SYR-GOV#short0"),
            (Rule::Alias { tag: "metonym", n: 4_294_967_295 }, "TUR", "TUR#metonym4294967295"),
            (Rule::Alias { tag: "extend", n: 120 }, "X", "X#extend120"),
            (Rule::Named("tpl:MIL:القوات ال{f}".into()), "TUR", "tpl:MIL:القوات ال{f}"),
        ];
        for (rule, id, want) in cases {
            assert_eq!(rule.text(id), want);
        }
    }
}
