//! Which places lie inside which: the knowledge's admin parents (`admin = parent ids` in
//! `data/places`), for the merge (two towns are two happenings, a town and its governorate are
//! not) and for place filters (a governorate holds its towns' events and articles).
//!
//! The store keeps no admin parents of its own: the tree comes from the knowledge the analysis
//! runs with (`PlaceTree::of_lexicon`), so a store written before a place got its parents, or
//! by another build, is read with the parents the knowledge gives now. Without a tree (no
//! knowledge), a place contains only itself.

use std::collections::HashMap;

use marsad_lexicon::Lexicon;

/// Admin parents by place id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceTree {
    parents: HashMap<String, Vec<String>>,
}

/// Parent chains are a few levels deep (town, district, governorate, country); this bounds a
/// walk through data that lists a cycle by mistake.
const MAX_DEPTH: usize = 8;

impl PlaceTree {
    /// A tree from `(place id, admin parent ids)` pairs.
    pub fn new(parents: impl IntoIterator<Item = (String, Vec<String>)>) -> PlaceTree {
        PlaceTree { parents: parents.into_iter().filter(|(_, p)| !p.is_empty()).collect() }
    }

    /// The admin parents of every place the knowledge holds.
    pub fn of_lexicon(lexicon: &Lexicon) -> PlaceTree {
        PlaceTree::new(
            lexicon
                .entities()
                .filter(|e| e.kind.is_place())
                .map(|e| (e.id.clone(), lexicon.admin_parents(&e.id).to_vec())),
        )
    }

    /// Whether `inner` is `outer` or lies inside it (through its parents, their parents …).
    pub fn contains(&self, outer: &str, inner: &str) -> bool {
        let mut level = vec![inner];
        for _ in 0..MAX_DEPTH {
            if level.contains(&outer) {
                return true;
            }
            level = level
                .iter()
                .flat_map(|p| self.parents.get(*p).into_iter().flatten())
                .map(String::as_str)
                .collect();
            if level.is_empty() {
                return false;
            }
        }
        false
    }

    /// `outer` and every place the tree knows inside it, `outer` first.
    pub fn within(&self, outer: &str) -> Vec<String> {
        let mut inside: Vec<String> =
            self.parents.keys().filter(|p| p.as_str() != outer && self.contains(outer, p)).cloned().collect();
        inside.sort();
        inside.insert(0, outer.to_string());
        inside
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> PlaceTree {
        let p =
            |id: &str, parents: &[&str]| (id.to_string(), parents.iter().map(|s| s.to_string()).collect());
        PlaceTree::new([
            p("place:saraqib", &["place:idlib-governorate"]),
            p("place:kafranbel", &["place:idlib-governorate"]),
            p("place:aleppo", &["place:aleppo-governorate"]),
            // Listed with its town only: the governorate is reached through the town.
            p("place:sheikh-maqsoud", &["place:aleppo"]),
        ])
    }

    #[test]
    fn a_place_lies_in_its_parents_and_theirs() {
        let t = tree();
        assert!(t.contains("place:idlib-governorate", "place:saraqib"));
        assert!(t.contains("place:saraqib", "place:saraqib"));
        assert!(t.contains("place:aleppo", "place:sheikh-maqsoud"));
        assert!(t.contains("place:aleppo-governorate", "place:sheikh-maqsoud"));
        assert!(!t.contains("place:saraqib", "place:kafranbel"));
        assert!(!t.contains("place:saraqib", "place:idlib-governorate"));
        assert!(!PlaceTree::default().contains("place:idlib-governorate", "place:saraqib"));
    }

    #[test]
    fn a_governorate_holds_its_towns() {
        let t = tree();
        assert_eq!(
            t.within("place:idlib-governorate"),
            ["place:idlib-governorate", "place:kafranbel", "place:saraqib"]
        );
        assert_eq!(t.within("place:saraqib"), ["place:saraqib"]);
        assert_eq!(t.within("place:aleppo-governorate").len(), 3);
    }
}
