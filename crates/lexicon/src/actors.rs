//! Actor files (`data/actors/*.toml`): entries and organ/title templates.
//!
//! An actor file holds `[[actor]]` entries; `organs.toml` holds the templates
//! that expand a country's gentilic forms (`تركي`, `تركية`, `أتراك`) into the
//! aliases of its organs (`الجيش ال{m}` → `الجيش التركي` → `TUR-MIL`), its
//! officials' titles, and the country itself (`ال{pl}` → `الأتراك` → `TUR`).
//! See `data/README.md` for the format.

use std::collections::BTreeMap;

use marsad_model::{Entity, EntityKind};
use serde::Deserialize;
use toml::Spanned;

use crate::error::Problem;
use crate::fold::alias_key;
use crate::record::{AliasDef, Origin, Record, Role, Rule, Sense};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ActorFile {
    #[serde(default)]
    actor: Vec<Spanned<ActorEntry>>,
    #[serde(default)]
    organ: Vec<Spanned<OrganTemplate>>,
    #[serde(default)]
    title: Vec<Spanned<TitleTemplate>>,
    #[serde(default)]
    country_forms: Option<Spanned<CountryForms>>,
    #[serde(default)]
    extend: Vec<Spanned<ActorExtension>>,
}

/// `[[extend]]`: aliases added to an actor defined elsewhere (a user's data directory adding
/// `قسد` spellings to the shipped `SDF`), applied after every file is read; its id must exist.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorExtension {
    id: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    short: Vec<String>,
    #[serde(default)]
    metonyms: Vec<String>,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorEntry {
    id: String,
    kind: String,
    name_en: String,
    #[serde(default)]
    name_ar: String,
    #[serde(default)]
    aliases: Vec<String>,
    /// Short forms that count only next to a full alias of the same actor.
    #[serde(default)]
    short: Vec<String>,
    /// Capitals or seats that stand for this actor when it acts (`أنقرة`).
    #[serde(default)]
    metonyms: Vec<String>,
    #[serde(default)]
    gentilic: Option<Gentilic>,
    /// The state an armed group or other non-state actor belongs to (`SYR` for the YPG):
    /// that state's adjective right after its full name agrees with it (`وحدات حماية الشعب
    /// الكردية السورية`) and names no second side.
    #[serde(default)]
    state: Option<String>,
    /// Organ suffixes to generate for a country (`["MIL", "GOV", "INT"]`);
    /// every organ template when absent and `gentilic` is given.
    #[serde(default)]
    organs: Option<Vec<String>>,
    #[serde(default)]
    roles: Vec<RoleEntry>,
    /// The body a person speaks for without holding an office of a state (`SOHR` for its
    /// director): their affiliation, as a role's `of` is (an untitled role).
    #[serde(default)]
    speaks_for: Option<String>,
    /// An outlet or other name that is matched only to stop shorter readings.
    #[serde(default)]
    silent: bool,
    /// A body that never fights (`UN`, `OPCW`): see `Lexicon::unarmed`.
    #[serde(default)]
    unarmed: bool,
    #[serde(default)]
    note: String,
}

/// The forms a country's name takes as an adjective, without the article.
#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
struct Gentilic {
    /// Masculine singular: `تركي`.
    #[serde(default)]
    m: Vec<String>,
    /// Feminine singular (also inanimate plural): `تركية`.
    #[serde(default)]
    f: Vec<String>,
    /// People plural: `أتراك`, `روس`.
    #[serde(default)]
    pl: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleEntry {
    of: String,
    title: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// A role's `from`/`to`: empty (unknown, or still in office), a year `2015`, a month `2015-06` or a day
/// `2015-06-03`, on the calendar. The error says what is wrong with the value.
fn check_role_date(value: &str) -> Result<(), &'static str> {
    if value.is_empty() {
        return Ok(());
    }
    let parts: Vec<&str> = value.split('-').collect();
    let widths_ok = parts.len() <= 3
        && parts
            .iter()
            .enumerate()
            .all(|(i, p)| p.len() == if i == 0 { 4 } else { 2 } && p.bytes().all(|b| b.is_ascii_digit()));
    if !widths_ok {
        return Err("is not a date");
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    if let Some(&month) = n.get(1) {
        if !(1..=12).contains(&month) {
            return Err("has no month 1..12");
        }
        if let Some(&day) = n.get(2) {
            let leap = n[0].is_multiple_of(4) && (!n[0].is_multiple_of(100) || n[0].is_multiple_of(400));
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if !(1..=days).contains(&day) {
                return Err("is not a day of that month");
            }
        }
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganTemplate {
    suffix: String,
    kind: String,
    name_en: String,
    #[serde(default)]
    name_ar: String,
    patterns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleTemplate {
    title: String,
    /// The organ suffix the title falls back to when no holder is named.
    organ: String,
    patterns: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryForms {
    patterns: Vec<String>,
}

/// What one or more actor files define, before templates are expanded.
#[derive(Default)]
pub(crate) struct ActorData {
    entries: Vec<(ActorEntry, Origin)>,
    organs: Vec<(OrganTemplate, Origin)>,
    titles: Vec<(TitleTemplate, Origin)>,
    country_forms: Vec<(String, Origin)>,
    extensions: Vec<(ActorExtension, Origin)>,
}

pub(crate) fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

impl ActorData {
    /// Parses one actor file; bad files add a problem and nothing else.
    pub(crate) fn add_file(&mut self, file: &str, text: &str, problems: &mut Vec<Problem>) {
        let parsed: ActorFile = match toml::from_str(text) {
            Ok(p) => p,
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
                let msg = e.message().to_lowercase();
                problems.push(Problem::new(file, line, format!("invalid actor file: {msg}")));
                return;
            }
        };
        let shared: std::sync::Arc<str> = file.into();
        let origin =
            |span: std::ops::Range<usize>| Origin { file: shared.clone(), line: line_of(text, span.start) };
        for a in parsed.actor {
            let o = origin(a.span());
            self.entries.push((a.into_inner(), o));
        }
        for t in parsed.organ {
            let o = origin(t.span());
            self.organs.push((t.into_inner(), o));
        }
        for t in parsed.title {
            let o = origin(t.span());
            self.titles.push((t.into_inner(), o));
        }
        for x in parsed.extend {
            let o = origin(x.span());
            self.extensions.push((x.into_inner(), o));
        }
        if let Some(c) = parsed.country_forms {
            let o = origin(c.span());
            for p in c.into_inner().patterns {
                self.country_forms.push((p, o.clone()));
            }
        }
    }

    /// The ids `[[extend]]` entries name, for the check that each exists.
    pub(crate) fn extension_ids(&self) -> Vec<crate::places::Extension> {
        let ext = |(x, o): &(ActorExtension, Origin)| crate::places::Extension {
            id: x.id.clone(),
            needs_evidence: None,
            admin: None,
            origin: o.clone(),
        };
        self.extensions.iter().map(ext).collect()
    }

    /// Expands templates and returns records and aliases.
    pub(crate) fn build(self, problems: &mut Vec<Problem>) -> (Vec<Record>, Vec<AliasDef>) {
        let mut records: Vec<Record> = Vec::new();
        let mut aliases: Vec<AliasDef> = Vec::new();
        let mut explicit: BTreeMap<String, usize> = BTreeMap::new();
        let title_keys: Vec<&str> = self.titles.iter().map(|(t, _)| t.title.as_str()).collect();

        for (a, o) in &self.entries {
            let Some(kind) = parse_kind(&a.kind) else {
                problems.push(Problem::new(
                    &o.file,
                    o.line,
                    format!("unknown actor kind `{}` for `{}`", a.kind, a.id),
                ));
                continue;
            };
            if let Some(first) = explicit.get(&a.id) {
                let f = &records[*first].origin;
                problems.push(Problem::new(
                    &o.file,
                    o.line,
                    format!("duplicate id `{}` (first defined at {}:{})", a.id, f.file, f.line),
                ));
                continue;
            }
            if a.id.trim().is_empty() || a.id.contains(char::is_whitespace) {
                problems.push(Problem::new(&o.file, o.line, format!("bad id `{}`", a.id)));
                continue;
            }
            explicit.insert(a.id.clone(), records.len());
            let mut roles = Vec::new();
            for r in &a.roles {
                if !title_keys.contains(&r.title.as_str()) {
                    problems.push(Problem::new(
                        &o.file,
                        o.line,
                        format!("`{}` has role title `{}` that no [[title]] template defines", a.id, r.title),
                    ));
                }
                for (field, value) in [("from", &r.from), ("to", &r.to)] {
                    if let Err(why) = check_role_date(value) {
                        problems.push(Problem::new(
                            &o.file,
                            o.line,
                            format!(
                                "`{}` role `{}` of `{}`: `{field} = \"{value}\"` {why}: write an ISO date \
                                 `YYYY-MM-DD`, `YYYY-MM` or a year `YYYY` (`to` empty while in office)",
                                a.id, r.title, r.of
                            ),
                        ));
                    }
                }
                if let (Ok(()), Ok(()), false, false) =
                    (check_role_date(&r.from), check_role_date(&r.to), r.from.is_empty(), r.to.is_empty())
                {
                    // ISO dates of any precision compare as text; a year compares with its own dates by prefix.
                    if r.to < r.from && !r.from.starts_with(r.to.as_str()) {
                        problems.push(Problem::new(
                            &o.file,
                            o.line,
                            format!(
                                "`{}` role `{}` of `{}` ends ({}) before it begins ({})",
                                a.id, r.title, r.of, r.to, r.from
                            ),
                        ));
                    }
                }
                roles.push(Role {
                    of: r.of.clone(),
                    title: r.title.clone(),
                    from: r.from.clone(),
                    to: r.to.clone(),
                });
            }
            let _ = &a.note;
            if let Some(body) = &a.speaks_for {
                roles.push(Role {
                    of: body.clone(),
                    title: String::new(),
                    from: String::new(),
                    to: String::new(),
                });
            }
            let mut record = actor_record(&a.id, kind, &a.name_en, &a.name_ar, roles, o.clone());
            record.silent = a.silent;
            record.unarmed = a.unarmed || kind == EntityKind::Ngo;
            record.country = a.state.clone();
            records.push(record);
            let entity: std::sync::Arc<str> = a.id.as_str().into();
            let mut push = |list: &[String], sense: Sense, tag: &'static str| {
                for (i, s) in list.iter().enumerate() {
                    aliases.push(AliasDef {
                        key: alias_key(s),
                        surface: s.clone(),
                        entity: entity.clone(),
                        sense: sense.clone(),
                        rule: Rule::Alias { tag, n: i as u32 + 1 },
                        generated: false,
                        origin: o.clone(),
                    });
                }
            };
            push(&a.aliases, Sense::Name, "");
            push(&a.short, Sense::Short, "short");
            push(&a.metonyms, Sense::Metonym, "metonym");
        }
        for (x, o) in &self.extensions {
            let _ = &x.note;
            let entity: std::sync::Arc<str> = x.id.as_str().into();
            let senses = [(&x.aliases, Sense::Name), (&x.short, Sense::Short), (&x.metonyms, Sense::Metonym)];
            let mut n = 0;
            for (list, sense) in senses {
                for s in list {
                    n += 1;
                    aliases.push(AliasDef {
                        key: alias_key(s),
                        surface: s.clone(),
                        entity: entity.clone(),
                        sense: sense.clone(),
                        rule: Rule::Alias { tag: "extend", n },
                        generated: false,
                        origin: o.clone(),
                    });
                }
            }
        }

        // Template expansion for every entry with gentilic forms.
        for (a, _) in &self.entries {
            let Some(g) = &a.gentilic else { continue };
            for (pat, po) in &self.country_forms {
                for surface in expand(pat, g) {
                    aliases.push(generated(surface, &a.id, Sense::Name, format!("tpl:country:{pat}"), po));
                }
            }
            for (t, to) in &self.organs {
                if let Some(list) = &a.organs {
                    if !list.iter().any(|s| s == &t.suffix) {
                        continue;
                    }
                }
                let id = format!("{}-{}", a.id, t.suffix);
                if !explicit.contains_key(&id) {
                    let Some(kind) = parse_kind(&t.kind) else {
                        problems.push(Problem::new(
                            &to.file,
                            to.line,
                            format!("unknown organ kind `{}`", t.kind),
                        ));
                        continue;
                    };
                    explicit.insert(id.clone(), records.len());
                    let name_en = format!("{} {}", a.name_en, t.name_en);
                    let name_ar = format!("{} {}", t.name_ar, a.name_ar).trim().to_string();
                    records.push(actor_record(&id, kind, &name_en, &name_ar, Vec::new(), to.clone()));
                }
                for pat in &t.patterns {
                    for surface in expand(pat, g) {
                        aliases.push(generated(
                            surface,
                            &id,
                            Sense::Name,
                            format!("tpl:{}:{pat}", t.suffix),
                            to,
                        ));
                    }
                }
            }
            for (t, to) in &self.titles {
                let organ = format!("{}-{}", a.id, t.organ);
                if !explicit.contains_key(&organ) {
                    continue;
                }
                for pat in &t.patterns {
                    for surface in expand(pat, g) {
                        let sense = Sense::Title { of: a.id.clone(), title: t.title.clone() };
                        aliases.push(generated(
                            surface,
                            &organ,
                            sense,
                            format!("title:{}:{pat}", t.title),
                            to,
                        ));
                    }
                }
            }
        }
        (records, aliases)
    }
}

fn generated(surface: String, id: &str, sense: Sense, rule: String, o: &Origin) -> AliasDef {
    AliasDef {
        key: alias_key(&surface),
        surface,
        entity: id.into(),
        sense,
        rule: Rule::Named(rule.into()),
        generated: true,
        origin: o.clone(),
    }
}

fn actor_record(
    id: &str,
    kind: EntityKind,
    name_en: &str,
    name_ar: &str,
    roles: Vec<Role>,
    origin: Origin,
) -> Record {
    Record {
        entity: Entity {
            id: id.to_string(),
            kind,
            name_en: name_en.to_string(),
            name_ar: name_ar.to_string(),
            lat: None,
            lon: None,
            geo_precision: None,
        },
        admin: Vec::new(),
        population: 0,
        line: Vec::new(),
        needs_evidence: false,
        roles,
        capital: None,
        country: None,
        place_kind: String::new(),
        geonameid: None,
        silent: false,
        unarmed: false,
        origin,
    }
}

/// Every surface form of a template: `{m}`, `{f}` and `{pl}` are replaced by
/// each of the country's forms (a template whose placeholder the country
/// lacks yields nothing).
fn expand(pattern: &str, g: &Gentilic) -> Vec<String> {
    let slots: [(&str, &Vec<String>); 3] = [("{m}", &g.m), ("{f}", &g.f), ("{pl}", &g.pl)];
    let mut out = vec![pattern.to_string()];
    for (slot, forms) in slots {
        if !pattern.contains(slot) {
            continue;
        }
        out = out.iter().flat_map(|p| forms.iter().map(move |f| p.replace(slot, f))).collect();
    }
    // An article before a hamzated or plain form is written as is: `ال` + `أتراك`.
    out
}

pub(crate) fn parse_kind(s: &str) -> Option<EntityKind> {
    Some(match s {
        "country" => EntityKind::Country,
        "state_organ" => EntityKind::StateOrgan,
        "armed_group" => EntityKind::ArmedGroup,
        "person" => EntityKind::Person,
        "international_org" => EntityKind::InternationalOrg,
        "ngo" => EntityKind::Ngo,
        "political_entity" => EntityKind::PoliticalEntity,
        "political_party" => EntityKind::PoliticalParty,
        "collective" => EntityKind::Collective,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = r#"
[[actor]]
id = "GON"
kind = "country"
name_en = "Gondor"
name_ar = "غوندور"
aliases = ["غوندور"]
metonyms = ["ميناس تيريث"]
gentilic = { m = ["غوندوري"], f = ["غوندورية"], pl = ["غوندوريين"] }

[[actor]]
id = "person:aragorn"
kind = "person"
name_en = "Aragorn"
aliases = ["أراغورن"]
roles = [{ of = "GON", title = "الملك" }]

[[organ]]
suffix = "MIL"
kind = "state_organ"
name_en = "military"
patterns = ["الجيش ال{m}", "القوات ال{f}"]

[[title]]
title = "الملك"
organ = "MIL"
patterns = ["الملك ال{m}"]

[country_forms]
patterns = ["ال{pl}"]
"#;

    #[test]
    fn templates_expand_into_organs_titles_and_country_forms() {
        let mut d = ActorData::default();
        let mut problems = Vec::new();
        d.add_file("fixture.toml", FIXTURE, &mut problems);
        let (records, aliases) = d.build(&mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let ids: Vec<_> = records.iter().map(|r| r.entity.id.as_str()).collect();
        assert_eq!(ids, ["GON", "person:aragorn", "GON-MIL"]);
        let find = |k: &str| aliases.iter().find(|a| a.key == alias_key(k)).map(|a| (&*a.entity, &a.sense));
        assert_eq!(find("الجيش الغوندوري").unwrap().0, "GON-MIL");
        assert_eq!(find("الغوندوريين").unwrap().0, "GON");
        assert_eq!(find("ميناس تيريث").unwrap(), ("GON", &Sense::Metonym));
        assert!(matches!(find("الملك الغوندوري").unwrap().1, Sense::Title { .. }));
    }

    #[test]
    fn a_spokesman_speaks_for_his_body_as_an_untitled_role() {
        let text = format!(
            "{FIXTURE}\n[[actor]]\nid = \"WATCH\"\nkind = \"ngo\"\nname_en = \"The Watch\"\n\n\
             [[actor]]\nid = \"person:beregond\"\nkind = \"person\"\nname_en = \"Beregond\"\nspeaks_for = \"WATCH\"\n"
        );
        let mut d = ActorData::default();
        let mut problems = Vec::new();
        d.add_file("people.toml", &text, &mut problems);
        let (records, _) = d.build(&mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let beregond = records.iter().find(|r| r.entity.id == "person:beregond").unwrap();
        let role = Role { of: "WATCH".into(), title: String::new(), from: String::new(), to: String::new() };
        assert_eq!(beregond.roles, [role]);
    }

    #[test]
    fn duplicate_ids_and_bad_kinds_are_reported_with_lines() {
        let text = "[[actor]]\nid = \"A\"\nkind = \"country\"\nname_en = \"A\"\n\n[[actor]]\nid = \"A\"\nkind = \"country\"\nname_en = \"B\"\n\n[[actor]]\nid = \"C\"\nkind = \"state\"\nname_en = \"C\"\n";
        let mut d = ActorData::default();
        let mut problems = Vec::new();
        d.add_file("x.toml", text, &mut problems);
        d.build(&mut problems);
        let msgs: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            [
                "x.toml:6: duplicate id `A` (first defined at x.toml:1)",
                "x.toml:11: unknown actor kind `state` for `C`"
            ]
        );
    }

    #[test]
    fn role_dates_must_be_iso_dates_on_the_calendar() {
        // An analyst's typos in people.toml: a month 13, a word, a 30 February, an office ending before it began.
        let text = format!(
            "{FIXTURE}\n[[actor]]\nid = \"person:faramir\"\nkind = \"person\"\nname_en = \"Faramir\"\n\
             roles = [{{ of = \"GON\", title = \"الملك\", from = \"2015-13-45\", to = \"last year\" }},\n\
             {{ of = \"GON\", title = \"الملك\", from = \"2016-02-30\" }},\n\
             {{ of = \"GON\", title = \"الملك\", from = \"2019-06\", to = \"2018\" }},\n\
             {{ of = \"GON\", title = \"الملك\", from = \"2020\", to = \"2020-02-29\" }}]\n"
        );
        let mut d = ActorData::default();
        let mut problems = Vec::new();
        d.add_file("people.toml", &text, &mut problems);
        d.build(&mut problems);
        let msgs: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        let line = FIXTURE.lines().count() + 2;
        let hint = "write an ISO date `YYYY-MM-DD`, `YYYY-MM` or a year `YYYY` (`to` empty while in office)";
        assert_eq!(
            msgs,
            [
                format!("people.toml:{line}: `person:faramir` role `الملك` of `GON`: `from = \"2015-13-45\"` has no month 1..12: {hint}"),
                format!("people.toml:{line}: `person:faramir` role `الملك` of `GON`: `to = \"last year\"` is not a date: {hint}"),
                format!("people.toml:{line}: `person:faramir` role `الملك` of `GON`: `from = \"2016-02-30\"` is not a day of that month: {hint}"),
                format!("people.toml:{line}: `person:faramir` role `الملك` of `GON` ends (2018) before it begins (2019-06)"),
            ]
        );
    }

    #[test]
    fn toml_syntax_errors_name_the_line() {
        let mut d = ActorData::default();
        let mut problems = Vec::new();
        d.add_file("bad.toml", "[[actor]]\nid = \"A\nkind = 1\n", &mut problems);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
    }
}
