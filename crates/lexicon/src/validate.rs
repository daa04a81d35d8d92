//! Cross-file checks: ids, aliases, coordinates, admin parents, roles.
//!
//! Everything here is also what `marsad lexicon check` prints. Every
//! problem is hard (loading fails) unless its message starts with
//! `warning:`.

use marsad_model::EntityKind;
use marsad_text::hash::FxMap;

use crate::error::Problem;
use crate::fold::clean_form;
use crate::places::Extension;
use crate::record::{AliasDef, Record, Sense};

/// Checks everything and applies `[[extend]]` entries; returns the record
/// index of every id (the first record when an id is repeated, which is a
/// problem too).
pub(crate) fn validate(
    records: &mut [Record],
    aliases: &[AliasDef],
    ext: &[Extension],
    problems: &mut Vec<Problem>,
) -> FxMap<String, usize> {
    let mut by_id: FxMap<String, usize> = FxMap::default();
    by_id.reserve(records.len());
    for (i, r) in records.iter().enumerate() {
        if let Some(&first) = by_id.get(r.entity.id.as_str()) {
            let f = &records[first].origin;
            problems.push(Problem::new(
                &r.origin.file,
                r.origin.line,
                format!("duplicate id `{}` (first defined at {}:{})", r.entity.id, f.file, f.line),
            ));
        } else {
            by_id.insert(r.entity.id.clone(), i);
        }
    }
    // Extensions are applied first, so their admin lists are checked like the others.
    for x in ext {
        match by_id.get(x.id.as_str()) {
            Some(&i) => {
                if let Some(n) = x.needs_evidence {
                    records[i].needs_evidence = n;
                }
                if let Some(a) = &x.admin {
                    records[i].admin = a.clone();
                }
            }
            None => problems.push(Problem::new(
                &x.origin.file,
                x.origin.line,
                format!("[[extend]] names unknown id `{}`", x.id),
            )),
        }
    }
    check(records, &by_id, aliases, problems);
    by_id
}

fn check(
    records: &[Record],
    by_id: &FxMap<String, usize>,
    aliases: &[AliasDef],
    problems: &mut Vec<Problem>,
) {
    let is_place = |id: &str| by_id.get(id).is_some_and(|&i| records[i].entity.kind.is_place());
    // A reference to an unknown id is reported once, at its first entry, with how many more name it:
    // one typo that stops curated.toml loading drops the governorates, and every generated row then
    // named its governorate as an unknown parent (293 lines hid the one that mattered).
    let mut unknown: Vec<(String, usize, usize)> = Vec::new();
    let mut unknown_ref = |id: &str, problem: Problem, problems: &mut Vec<Problem>| match unknown
        .iter_mut()
        .find(|(known, _, _)| known == id)
    {
        Some((_, _, more)) => *more += 1,
        None => {
            unknown.push((id.to_string(), problems.len(), 0));
            problems.push(problem);
        }
    };

    for r in records.iter() {
        let (file, line) = (&r.origin.file, r.origin.line);
        if r.entity.kind.is_place() {
            match (r.entity.lat, r.entity.lon) {
                (Some(lat), Some(lon)) => {
                    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                        problems.push(Problem::new(
                            file,
                            line,
                            format!("`{}` has coordinates out of range ({lat}, {lon})", r.entity.id),
                        ));
                    }
                }
                _ => problems.push(Problem::new(
                    file,
                    line,
                    format!("place `{}` has no coordinates (lat/lon or line)", r.entity.id),
                )),
            }
            for a in &r.admin {
                if !is_place(a) {
                    let p = Problem::new(
                        file,
                        line,
                        format!("`{}` has admin parent `{a}` that is not a known place", r.entity.id),
                    );
                    unknown_ref(a, p, problems);
                } else if a == &r.entity.id {
                    problems.push(Problem::new(
                        file,
                        line,
                        format!("`{}` lists itself as its admin parent", r.entity.id),
                    ));
                }
            }
            if let Some(c) = &r.capital {
                if !is_place(c) {
                    let p = Problem::new(
                        file,
                        line,
                        format!("`{}` has capital `{c}` that is not a known place", r.entity.id),
                    );
                    unknown_ref(c, p, problems);
                }
            }
        }
        // A place's `country`, an actor's `state`: both name a country actor.
        if let Some(c) = &r.country {
            if !by_id.get(c.as_str()).is_some_and(|&i| records[i].entity.kind == EntityKind::Country) {
                let field = if r.entity.kind.is_place() { "country" } else { "state" };
                let p = Problem::new(
                    file,
                    line,
                    format!("`{}` has {field} `{c}` that is not a known country actor", r.entity.id),
                );
                unknown_ref(c, p, problems);
            }
        }
        for role in &r.roles {
            if !by_id.contains_key(role.of.as_str()) {
                let p = Problem::new(
                    file,
                    line,
                    format!("`{}` holds a role of unknown id `{}`", r.entity.id, role.of),
                );
                unknown_ref(&role.of, p, problems);
            }
        }
    }
    for (id, at, more) in unknown {
        if more > 0 {
            let entries = if more == 1 { "entry names" } else { "entries name" };
            problems[at].message.push_str(&format!(
                " ({more} more {entries} `{id}`: is its file failing to load, or is it misspelt?)"
            ));
        }
    }

    // Aliases: clean form, no repeats within an entry, no unresolved claims.
    // Keyed by record index: an [[extend]] repeating a generated row's name is a repeat too.
    let mut per_entry: FxMap<(usize, &str), &AliasDef> = FxMap::default();
    per_entry.reserve(aliases.len());
    let mut claimed: Vec<&AliasDef> = Vec::new();
    // Place names, to warn of an actor alias that is also a place's name.
    let mut place_names: FxMap<&str, &AliasDef> = FxMap::default();
    for a in aliases {
        if a.key.is_empty() {
            problems.push(Problem::new(
                &a.origin.file,
                a.origin.line,
                format!("empty alias for `{}`", a.entity),
            ));
            continue;
        }
        if !a.generated && !is_clean(&a.surface) {
            problems.push(Problem::new(
                &a.origin.file,
                a.origin.line,
                format!(
                    "alias `{}` of `{}` is not in clean form (harakat, tatweel or stray spaces); write `{}`",
                    a.surface,
                    a.entity,
                    clean_form(&a.surface)
                ),
            ));
        }
        let record = by_id.get(&*a.entity).copied();
        // An unknown id is reported when the lexicon is built.
        if let Some(prev) = record.and_then(|r| per_entry.insert((r, a.key.as_str()), a)) {
            if !a.generated && !prev.generated && prev.sense == a.sense {
                problems.push(Problem::new(
                    &a.origin.file,
                    a.origin.line,
                    format!(
                        "alias `{}` of `{}` repeats `{}` after folding",
                        a.surface, a.entity, prev.surface
                    ),
                ));
            }
        }
        // Only actors compete for an alias; places sharing a name are rule 5.
        if !record.is_some_and(|i| records[i].entity.kind.is_place()) {
            claimed.push(a);
        } else if a.sense == Sense::Name && !a.generated {
            place_names.entry(a.key.as_str()).or_insert(a);
        }
    }
    claimed.sort_by(|a, b| a.key.cmp(&b.key));
    for list in claimed.chunk_by(|a, b| a.key == b.key) {
        let key = list[0].key.as_str();
        let any_explicit =
            list.iter().any(|a| !a.generated && a.sense == Sense::Name && !is_place(&a.entity));
        let actor_names: Vec<&&AliasDef> = list
            .iter()
            .filter(|a| a.sense == Sense::Name && !is_place(&a.entity) && !(any_explicit && a.generated))
            .collect();
        let mut ids: Vec<&str> = actor_names.iter().map(|a| &*a.entity).collect();
        ids.sort();
        ids.dedup();
        if ids.len() > 1 {
            let a = actor_names[0];
            let b = actor_names.iter().find(|x| x.entity != a.entity).expect("two ids");
            problems.push(Problem::new(
                &b.origin.file,
                b.origin.line,
                format!(
                    "alias `{}` (folded `{key}`) is claimed by `{}` ({}:{}) and `{}` with no rule to choose; make one a `short` form or `metonym`, or remove it",
                    b.surface, a.entity, a.origin.file, a.origin.line, b.entity
                ),
            ));
        }
        // An actor's own name that is also a place's name takes every bare mention of the place
        // (rule 3): an analyst who adds a militia named after its town loses the town. A metonym
        // (a capital standing for its government) is meant to, and says so.
        if let (Some(a), Some(place)) = (
            list.iter().find(|a| a.sense == Sense::Name && !a.generated && !is_place(&a.entity)),
            place_names.get(key),
        ) {
            problems.push(Problem::new(
                &a.origin.file,
                a.origin.line,
                format!(
                    "warning: alias `{}` of `{}` is also the name of the place `{}` ({}:{}): every bare mention of it will be the actor; make it a `metonym` if the place stands for the actor, or write a longer alias",
                    a.surface, a.entity, place.entity, place.origin.file, place.origin.line
                ),
            ));
        }
        // A metonym stands for one actor: the first listed wins both when the
        // name acts (`موسكو ترفض`) and as the host of a visit to the place.
        let metonyms: Vec<&&AliasDef> = list.iter().filter(|a| a.sense == Sense::Metonym).collect();
        if let Some(b) = metonyms.iter().find(|x| x.entity != metonyms[0].entity) {
            let a = metonyms[0];
            problems.push(Problem::new(
                &b.origin.file,
                b.origin.line,
                format!(
                    "warning: metonym `{}` (folded `{key}`) of `{}` is already a metonym of `{}` ({}:{}), which it will stand for",
                    b.surface, b.entity, a.entity, a.origin.file, a.origin.line
                ),
            ));
        }
    }
}

/// Same as `clean_form(s) == s`, without building the clean form (every
/// alias is checked at load).
fn is_clean(s: &str) -> bool {
    let mut prev_space = true;
    for c in s.chars() {
        match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}' => {
                return false
            }
            '٠'..='٩' => return false,
            ' ' if prev_space => return false,
            ' ' => prev_space = true,
            c if c.is_whitespace() => return false,
            _ => prev_space = false,
        }
    }
    !prev_space || s.is_empty()
}

#[cfg(test)]
mod tests {
    use super::is_clean;
    use crate::fold::clean_form;
    use crate::load::{compile, Source};

    #[test]
    fn is_clean_agrees_with_clean_form() {
        for s in [
            "قسد",
            "",
            "وحدات الحماية",
            "وحدات  الحماية",
            " قسد",
            "قسد ",
            "سوريّة",
            "قسـد",
            "م٤",
            "a\tb",
            "m4",
        ] {
            assert_eq!(is_clean(s), clean_form(s) == s, "{s:?}");
        }
    }

    fn src(name: &str, text: &str) -> Source {
        Source { name: name.to_string(), text: text.to_string() }
    }

    #[test]
    fn an_actor_state_must_be_a_country() {
        let actors = "[[actor]]\nid = \"SYR\"\nkind = \"country\"\nname_en = \"Syria\"\naliases = [\"سوريا\"]\n\n\
                      [[actor]]\nid = \"YPG\"\nkind = \"armed_group\"\nname_en = \"YPG\"\nstate = \"SYR\"\naliases = [\"وحدات حماية الشعب\"]\n\n\
                      [[actor]]\nid = \"SDF\"\nkind = \"armed_group\"\nname_en = \"SDF\"\nstate = \"YPG\"\naliases = [\"قسد\"]\n";
        let (lex, problems) = compile(&[src("data/actors/a.toml", actors)]);
        assert!(lex.is_none());
        let msgs: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(msgs, ["data/actors/a.toml:14: `SDF` has state `YPG` that is not a known country actor"]);
    }

    #[test]
    fn check_reports_each_kind_of_problem_with_file_and_line() {
        let actors = "[[actor]]\nid = \"SDF\"\nkind = \"armed_group\"\nname_en = \"SDF\"\naliases = [\"قسد\"]\n\n[[actor]]\nid = \"YPG\"\nkind = \"armed_group\"\nname_en = \"YPG\"\naliases = [\"قسد\", \"وحدات  الحماية\"]\n";
        let places = "[[place]]\nid = \"place:x\"\nkind = \"city\"\nname_en = \"X\"\nname_ar = \"إكس\"\nprecision = \"village\"\nadmin = [\"place:nowhere\"]\ncountry = \"SDF\"\n\n[[place]]\nid = \"place:x\"\nkind = \"city\"\nname_en = \"X\"\nlat = 1.0\nlon = 2.0\nprecision = \"village\"\n";
        let (lex, problems) =
            compile(&[src("data/actors/a.toml", actors), src("data/places/p.toml", places)]);
        assert!(lex.is_none());
        let msgs: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        let expect = [
            "data/places/p.toml:10: duplicate id `place:x` (first defined at data/places/p.toml:1)",
            "data/places/p.toml:1: place `place:x` has no coordinates (lat/lon or line)",
            "data/places/p.toml:1: `place:x` has admin parent `place:nowhere` that is not a known place",
            "data/places/p.toml:1: `place:x` has country `SDF` that is not a known country actor",
            "data/actors/a.toml:7: alias `وحدات  الحماية` of `YPG` is not in clean form (harakat, tatweel or stray spaces); write `وحدات الحماية`",
            "data/actors/a.toml:7: alias `قسد` (folded `قسد`) is claimed by `SDF` (data/actors/a.toml:1) and `YPG` with no rule to choose; make one a `short` form or `metonym`, or remove it",
        ];
        for e in expect {
            assert!(msgs.iter().any(|m| m == e), "missing: {e}\ngot: {msgs:#?}");
        }
    }

    /// One typo that stops a file loading is one problem, not one more per entry naming what it defined.
    #[test]
    fn an_unknown_parent_is_reported_once_with_a_count() {
        let governorates = "[[place]]\nid = \"place:aleppo-governorate\"\nkind = \"governorate\"\nname_en = \"Aleppo\"\nname_ar = \"حلب\"\nlat = \"36.2\"\nlon = 37.1\nprecision = \"governorate\"\n";
        let village = |id: &str, name: &str| {
            format!("{id}\t{id}\t{name}\t\tvillage\t36.1\t37.1\t0\tplace:aleppo-governorate\tvillage\t0\t\n")
        };
        let tsv = format!(
            "{}\n{}{}{}",
            crate::places::TSV_COLUMNS.join("\t"),
            village("place:abtin", "عبطين"),
            village("place:naqqarin", "النقارين"),
            village("place:rmeilan", "رميلان")
        );
        let (_, problems) =
            compile(&[src("data/places/curated.toml", governorates), src("data/places/villages.tsv", &tsv)]);
        let msgs: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(msgs.len(), 2, "{msgs:#?}");
        assert!(msgs[0].starts_with("data/places/curated.toml:6: invalid places file"), "{msgs:#?}");
        assert_eq!(
            msgs[1],
            "data/places/villages.tsv:2: `place:abtin` has admin parent `place:aleppo-governorate` that is not a known \
             place (2 more entries name `place:aleppo-governorate`: is its file failing to load, or is it misspelt?)"
        );
    }

    /// Two actors listing one metonym load, with a warning naming both.
    #[test]
    fn a_metonym_two_actors_list_is_a_warning() {
        let actors = "[[actor]]\nid = \"RUS\"\nkind = \"country\"\nname_en = \"Russia\"\naliases = [\"روسيا\"]\nmetonyms = [\"موسكو\"]\n\n[[actor]]\nid = \"RUS-GOV\"\nkind = \"state_organ\"\nname_en = \"Russian government\"\naliases = [\"الحكومة الروسية\"]\nmetonyms = [\"موسكو\"]\n";
        let places = "[[place]]\nid = \"place:moscow\"\nkind = \"city\"\nname_en = \"Moscow\"\nname_ar = \"موسكو\"\nlat = 55.76\nlon = 37.62\nprecision = \"village\"\n";
        let (lex, problems) =
            compile(&[src("data/actors/a.toml", actors), src("data/places/p.toml", places)]);
        let msgs: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            ["data/actors/a.toml:8: warning: metonym `موسكو` (folded `موسكو`) of `RUS-GOV` is already a metonym of `RUS` (data/actors/a.toml:1), which it will stand for"]
        );
        let lex = lex.expect("a warning does not stop loading");
        assert_eq!(lex.seated_in("place:moscow"), Some("RUS"));
    }

    /// An actor named as a town (a brigade called after Harasta) takes every bare mention of the town:
    /// a warning names both; a metonym (a capital standing for its government) is meant to and is not.
    #[test]
    fn an_actor_alias_that_is_a_place_name_is_a_warning() {
        let actors = "[[actor]]\nid = \"HARASTA-BRIGADE\"\nkind = \"armed_group\"\nname_en = \"Harasta brigade\"\naliases = [\"حرستا\"]\n\n[[actor]]\nid = \"RUS\"\nkind = \"country\"\nname_en = \"Russia\"\naliases = [\"روسيا\"]\nmetonyms = [\"موسكو\"]\n";
        let places = "[[place]]\nid = \"place:harasta\"\nkind = \"city\"\nname_en = \"Harasta\"\nname_ar = \"حرستا\"\nlat = 33.56\nlon = 36.37\nprecision = \"village\"\n\n[[place]]\nid = \"place:moscow\"\nkind = \"city\"\nname_en = \"Moscow\"\nname_ar = \"موسكو\"\nlat = 55.76\nlon = 37.62\nprecision = \"village\"\n";
        let (lex, problems) =
            compile(&[src("data/actors/a.toml", actors), src("data/places/p.toml", places)]);
        let msgs: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(msgs.len(), 1, "{msgs:#?}");
        assert!(
            msgs[0].starts_with("data/actors/a.toml:1: warning: alias `حرستا` of `HARASTA-BRIGADE` is also the name of the place `place:harasta` (data/places/p.toml:1)"),
            "{msgs:#?}"
        );
        assert!(lex.is_some(), "a warning does not stop loading");
    }
}
