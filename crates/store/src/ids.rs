//! The stored id an analyst meant by an actor or place filter, read alike by `marsad events`,
//! `marsad search` and the API (`?actor=`, `?place=`), so the same words find the same events.

use crate::records::{EntitySummary, Filter};
use crate::{DataDir, Error, Result};

/// The filter an id is given to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdFilter {
    /// An actor, as source or target.
    Actor,
    /// A place (or a state, as the place of events located in it as a whole).
    Place,
}

impl IdFilter {
    /// `actor` or `place`.
    pub fn name(self) -> &'static str {
        match self {
            IdFilter::Actor => "actor",
            IdFilter::Place => "place",
        }
    }
}

/// An actor or place id the store does not hold. An empty answer would read as "no events", not
/// as a typo, so it is an error naming the closest ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownId {
    /// The filter it was given to.
    pub filter: IdFilter,
    /// The id as given.
    pub given: String,
    /// Stored ids that contain it, or whose English name does (at most 8); else those it is a
    /// misspelling of (at most 5).
    pub close: Vec<String>,
}

impl UnknownId {
    /// The message, with the filter called `name` (`--actor` on the command line, `'actor'` in the API).
    pub fn message(&self, name: &str) -> String {
        let given = &self.given;
        if self.close.is_empty() {
            format!("{name} {given:?}: no such id in this store")
        } else {
            format!("{name} {given:?}: no such id in this store; did you mean {}?", self.close.join(", "))
        }
    }
}

impl std::fmt::Display for UnknownId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(self.filter.name()))
    }
}

impl std::error::Error for UnknownId {}

/// The stored id meant by `given`: the id itself, else the one that differs only in case
/// (`tur-mil` → `TUR-MIL`), else, for a place, the one with the `place:` prefix (`saraqib` →
/// `place:saraqib`).
pub(crate) fn stored_id(
    filter: IdFilter,
    given: &str,
    known: &[EntitySummary],
) -> std::result::Result<String, UnknownId> {
    let prefixed = format!("place:{given}");
    let found = known
        .iter()
        .find(|e| e.id == given)
        .or_else(|| known.iter().find(|e| e.id.eq_ignore_ascii_case(given)))
        .or_else(|| known.iter().find(|e| filter == IdFilter::Place && e.id.eq_ignore_ascii_case(&prefixed)));
    if let Some(e) = found {
        return Ok(e.id.clone());
    }
    let needle = given.trim_start_matches("place:").to_lowercase();
    let mut close: Vec<String> = known
        .iter()
        .filter(|e| e.id.to_lowercase().contains(&needle) || e.name_en.to_lowercase().contains(&needle))
        .take(8)
        .map(|e| e.id.clone())
        .collect();
    if close.is_empty() {
        close = misspelt(&needle, known);
    }
    Err(UnknownId { filter, given: given.to_string(), close })
}

/// The ids (or English names) `needle` looks like a misspelling of (`saraqibb`, `idleb`, `TUR-MILL`): at
/// most two edits away, one for short words, the nearest first.
fn misspelt(needle: &str, known: &[EntitySummary]) -> Vec<String> {
    let allowed = if needle.chars().count() <= 4 { 1 } else { 2 };
    let mut near: Vec<(usize, &str)> = known
        .iter()
        .filter_map(|e| {
            let id = e.id.trim_start_matches("place:").to_lowercase();
            let edits = strsim::damerau_levenshtein(needle, &id)
                .min(strsim::damerau_levenshtein(needle, &e.name_en.to_lowercase()));
            (edits <= allowed).then_some((edits, e.id.as_str()))
        })
        .collect();
    near.sort();
    near.into_iter().take(5).map(|(_, id)| id.to_string()).collect()
}

impl DataDir {
    /// Puts the stored ids into the filter's actor and place (see `stored_id`).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownId`] for an id the store does not hold; the store fails.
    pub fn resolve_ids(&self, filter: &mut Filter) -> Result<()> {
        if let Some(actor) = &filter.actor {
            filter.actor =
                Some(stored_id(IdFilter::Actor, actor, &self.actors()?).map_err(Error::UnknownId)?);
        }
        if let Some(place) = &filter.place {
            // A state is a place too (`--place SYR`: events located in Syria as a whole).
            let known = [self.places()?, self.actors()?].concat();
            filter.place = Some(match stored_id(IdFilter::Place, place, &known) {
                Ok(id) => id,
                // A place holding stored places though none of its own (a governorate whose towns
                // are stored), by the knowledge's admin parents.
                Err(unknown) => {
                    let tree = self.store.places_tree();
                    let lower = place.to_lowercase();
                    [format!("place:{lower}"), lower]
                        .into_iter()
                        .find(|outer| known.iter().any(|k| k.id != *outer && tree.contains(outer, &k.id)))
                        .ok_or(Error::UnknownId(unknown))?
                }
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: &str, name_en: &str) -> EntitySummary {
        serde_json::from_value(serde_json::json!({
            "id": id, "type": "place", "name_en": name_en, "lat": null, "lon": null, "precision": null,
            "articles": 1, "events": 1,
        }))
        .unwrap()
    }

    #[test]
    fn an_id_as_typed_finds_the_stored_one() {
        let known = [entity("TUR-MIL", "Turkish armed forces"), entity("place:saraqib", "Saraqib")];
        let id = |filter, given| stored_id(filter, given, &known);
        assert_eq!(id(IdFilter::Actor, "TUR-MIL").unwrap(), "TUR-MIL");
        assert_eq!(id(IdFilter::Actor, "tur-mil").unwrap(), "TUR-MIL");
        assert_eq!(id(IdFilter::Place, "saraqib").unwrap(), "place:saraqib");
        assert_eq!(id(IdFilter::Place, "Place:Saraqib").unwrap(), "place:saraqib");
        // An actor filter does not guess a place.
        assert!(id(IdFilter::Actor, "saraqib").is_err());
        let e = id(IdFilter::Actor, "turkish").unwrap_err();
        assert_eq!(
            e.message("--actor"),
            "--actor \"turkish\": no such id in this store; did you mean TUR-MIL?"
        );
        let e = id(IdFilter::Place, "atarib").unwrap_err();
        assert_eq!(e.to_string(), "place \"atarib\": no such id in this store");
        // Misspellings, which no stored id contains, get the ids they are a letter or two from.
        let e = id(IdFilter::Place, "saraqibb").unwrap_err();
        assert_eq!(
            e.message("--place"),
            "--place \"saraqibb\": no such id in this store; did you mean place:saraqib?"
        );
        let e = id(IdFilter::Actor, "TUR-MILL").unwrap_err();
        assert_eq!(
            e.message("--actor"),
            "--actor \"TUR-MILL\": no such id in this store; did you mean TUR-MIL?"
        );
        assert!(
            id(IdFilter::Place, "sarmin").unwrap_err().close.is_empty(),
            "another town is no misspelling"
        );
    }
}
