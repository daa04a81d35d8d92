//! The compiled lexicon: records, the alias index and the resolver.

use std::collections::HashMap;

use marsad_text::hash::{FxMap, FxSet};

use marsad_model::{Entity, EntityKind, GeoPrecision, Mention, Span};

use crate::clitic::{has_bi, is_elided_prefix, is_prefix};
use crate::cues::Cues;
use crate::error::{Error, Problem};
use crate::fold::{dash_variants, fold_clean, is_word_char};
use crate::index::{trim_key, AliasIndex, IndexBuilder};
use crate::record::{AliasDef, Record, Rule, Sense};

/// Actors and places with their aliases, compiled for matching.
///
/// Build it once with [`Lexicon::from_dir`] or [`Lexicon::embedded`] and share
/// it (`Arc<Lexicon>`); [`Lexicon::find`] never fails and never allocates
/// per alias.
///
/// # Resource usage
///
/// One hash map over every folded alias and each word-prefix of a
/// multi-word alias (plus an elided `لل` form of aliases that start with
/// `ال`), see `index.rs`; about 150 bytes of heap per alias.
pub struct Lexicon {
    pub(crate) records: Vec<Record>,
    by_id: FxMap<String, usize>,
    keys: Vec<KeyInfo>,
    index: AliasIndex,
    cues: Cues,
    /// Capital city index → governorate index.
    capital_of: FxMap<usize, usize>,
    no_parents: Vec<String>,
    /// Keys a `country_forms` template produced (`الروسية`, `سورية`), for the
    /// coordination rule.
    gentilic_keys: FxSet<usize>,
    /// Place index → the actor the place's name stands for as a `metonym`
    /// (`موسكو`: Moscow → `RUS`).
    seat_of: FxMap<usize, usize>,
}

/// Every sense a folded key can have.
struct KeyInfo {
    senses: Senses,
    /// Number of words in the key.
    words: usize,
}

/// The senses of one key: nearly always one, kept without a heap
/// allocation (a gazetteer has a hundred thousand keys).
enum Senses {
    One(KeySense),
    /// Empty or two and more.
    Many(Vec<KeySense>),
}

impl Senses {
    fn push(&mut self, sense: KeySense) {
        match self {
            Senses::Many(v) if v.is_empty() => *self = Senses::One(sense),
            Senses::Many(v) => v.push(sense),
            Senses::One(_) => {
                if let Senses::One(first) = std::mem::replace(self, Senses::Many(Vec::new())) {
                    *self = Senses::Many(vec![first, sense]);
                }
            }
        }
    }
}

impl std::ops::Deref for Senses {
    type Target = [KeySense];
    fn deref(&self) -> &[KeySense] {
        match self {
            Senses::One(s) => std::slice::from_ref(s),
            Senses::Many(v) => v,
        }
    }
}

struct KeySense {
    record: usize,
    sense: Sense,
    rule: Rule,
    /// The key is an alias without its leading alef, valid after `ل` only.
    elided: bool,
}

/// A match that passed the boundary checks.
#[derive(Clone)]
struct Candidate {
    word_start: usize,
    start: usize,
    end: usize,
    key: usize,
    /// Indices into `keys[key].senses` whose prefix rule holds.
    senses: SenseSet,
    bi: bool,
    /// Kept inside a longer match (`حلب` in `طريق حلب - اللاذقية`).
    nested: bool,
    /// Kept inside a zone or region name (`إدلب` in `منطقة خفض التصعيد في إدلب`):
    /// where the area lies, not marked as the city as in a road's name.
    in_region: bool,
}

impl Lexicon {
    pub(crate) fn build(
        records: Vec<Record>,
        by_id: FxMap<String, usize>,
        aliases: Vec<AliasDef>,
        cues: Cues,
        problems: &mut Vec<Problem>,
    ) -> Result<Lexicon, Error> {
        let mut builder = IndexBuilder::with_capacity(aliases.len() + aliases.len() / 4);
        let mut keys: Vec<KeyInfo> = Vec::with_capacity(aliases.len());
        let mut add = |key: String, sense: KeySense, keys: &mut Vec<KeyInfo>| {
            let key = match trim_key(&key) {
                t if t.len() == key.len() => key,
                t => t.to_string(),
            };
            if key.is_empty() {
                return;
            }
            let words = key.split(' ').count();
            let (i, new) = builder.key_id(key);
            if new {
                keys.push(KeyInfo { senses: Senses::Many(Vec::new()), words });
            }
            let info = &mut keys[i as usize];
            let dup = info
                .senses
                .iter()
                .any(|s| s.record == sense.record && s.sense == sense.sense && s.elided == sense.elided);
            if !dup {
                info.senses.push(sense);
            }
        };
        // An explicit alias overrides a template-generated one with the same
        // key (`الشرطة الروسية` is RUS-MP, not the generated RUS-POL).
        let explicit: FxSet<String> = aliases
            .iter()
            .filter(|a| !a.generated && a.sense == Sense::Name)
            .filter(|a| by_id.get(&*a.entity).copied().is_some_and(|i| !records[i].entity.kind.is_place()))
            .map(|a| a.key.clone())
            .collect();
        let mut gentilic_surface: FxSet<String> = FxSet::default();
        for a in aliases {
            if a.generated && matches!(&a.rule, Rule::Named(r) if r.starts_with("tpl:country:")) {
                gentilic_surface.insert(a.key.clone());
            }
            if a.generated && explicit.contains(&a.key) {
                continue;
            }
            let Some(record) = by_id.get(&*a.entity).copied() else {
                problems.push(Problem::new(
                    &a.origin.file,
                    a.origin.line,
                    format!("alias `{}` names unknown id `{}`", a.surface, a.entity),
                ));
                continue;
            };
            if a.key.is_empty() {
                continue;
            }
            let variants = if a.key.contains(['-', '–']) { dash_variants(&a.key) } else { vec![a.key] };
            for key in variants {
                if let Some(rest) =
                    key.strip_prefix('ا').filter(|r| r.starts_with('ل') && r.chars().count() > 2)
                {
                    let elided =
                        KeySense { record, sense: a.sense.clone(), rule: a.rule.clone(), elided: true };
                    add(rest.to_string(), elided, &mut keys);
                }
                add(
                    key,
                    KeySense { record, sense: a.sense.clone(), rule: a.rule.clone(), elided: false },
                    &mut keys,
                );
            }
        }
        let gentilic_keys: FxSet<usize> =
            gentilic_surface.iter().filter_map(|k| builder.lookup(trim_key(k))).map(|i| i as usize).collect();
        if keys.len() >= u32::MAX as usize {
            return Err(Error::Automaton(format!("{} alias keys; at most {} fit", keys.len(), u32::MAX - 1)));
        }
        let index: AliasIndex = builder.finish();
        let mut capital_of = FxMap::default();
        for (i, r) in records.iter().enumerate() {
            if let Some(c) = r.capital.as_ref().and_then(|c| by_id.get(c)) {
                capital_of.insert(*c, i);
            }
        }
        // A key that is both a place's name and an actor's metonym seats that
        // actor there; if two actors listed it, the first in data order.
        let mut seat_of = FxMap::default();
        for info in &keys {
            let actor = info.senses.iter().find(|s| s.sense == Sense::Metonym && !s.elided).map(|s| s.record);
            let place = info
                .senses
                .iter()
                .find(|s| s.sense == Sense::Name && !s.elided && records[s.record].entity.kind.is_place())
                .map(|s| s.record);
            if let (Some(actor), Some(place)) = (actor, place) {
                seat_of.entry(place).or_insert(actor);
            }
        }
        Ok(Lexicon {
            records,
            by_id,
            keys,
            index,
            cues,
            capital_of,
            no_parents: Vec::new(),
            gentilic_keys,
            seat_of,
        })
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.records[i].entity)
    }

    /// The state or body a person holds office for (`person:hakan-fidan` → `TUR`): the current role's
    /// `of` (empty `to`), else the latest listed role's. `None` for non-persons and people without roles.
    pub fn affiliation(&self, id: &str) -> Option<&str> {
        let roles = &self.records[*self.by_id.get(id)?].roles;
        roles.iter().find(|r| r.to.is_empty()).or(roles.last()).map(|r| r.of.as_str())
    }

    /// Whether the actor reports, rules, investigates or relieves but never
    /// fights (an NGO, the UN, the OPCW), or is a person who holds office in
    /// or speaks for such a body (`person:rami-abdulrahman` for `SOHR`): an
    /// attack's doer it is never. False for unknown ids.
    pub fn unarmed(&self, id: &str) -> bool {
        let own = |id: &str| self.by_id.get(id).is_some_and(|&i| self.records[i].unarmed);
        own(id) || (id.starts_with("person:") && self.affiliation(id).is_some_and(own))
    }

    /// The actor seated in a place: the one whose `metonym` is the place's
    /// name (`place:moscow` → `RUS`, `place:damascus` → `SYR-GOV`,
    /// `place:elysee` → `FRA-GOV`). `None` for other places and for ids that
    /// are not places.
    pub fn seated_in(&self, place_id: &str) -> Option<&str> {
        let place = self.by_id.get(place_id)?;
        self.seat_of.get(place).map(|&a| self.records[a].entity.id.as_str())
    }

    /// Every entity, actors and places, in data order.
    pub fn entities(&self) -> impl Iterator<Item = &Entity> {
        self.records.iter().map(|r| &r.entity)
    }

    /// The `(lat, lon)` line of a road, if the data gives one.
    pub fn road_line(&self, id: &str) -> Option<&[(f64, f64)]> {
        let r = &self.records[*self.by_id.get(id)?];
        (!r.line.is_empty()).then_some(r.line.as_slice())
    }

    /// The place ids that contain this place, nearest first; empty if unknown.
    pub fn admin_parents(&self, id: &str) -> &[String] {
        match self.by_id.get(id) {
            Some(&i) => &self.records[i].admin,
            None => &self.no_parents,
        }
    }

    /// The place kinds (`kind` in `data/places`) of places wider than a state: a continent, a
    /// region of the world, a sea between states.
    pub const KINDS_WIDER_THAN_A_STATE: [&'static str; 3] = ["continent", "world-region", "sea"];

    /// Whether `id` is a place wider than a state ([`Lexicon::KINDS_WIDER_THAN_A_STATE`]: الشرق
    /// الأوسط, أوروبا, شرق المتوسط). Its coordinates only say where to write its name on a map;
    /// an event located there is, like one located in a country, at no point.
    pub fn spans_states(&self, id: &str) -> bool {
        self.by_id
            .get(id)
            .is_some_and(|&i| Self::KINDS_WIDER_THAN_A_STATE.contains(&self.records[i].place_kind.as_str()))
    }

    /// The state a location lies in, as its country actor (`place:kilis` → `TUR`,
    /// `place:saraqib` → `SYR` through its governorate, `TUR` → `TUR`). A country used as a
    /// location is itself; a place answers with its own `country` or, failing that, the first of
    /// its admin parents that has one. `None` when the data does not say (regions that span
    /// states, disputed places, imported gazetteer rows with no admin parent).
    pub fn country_of(&self, id: &str) -> Option<&Entity> {
        let r = &self.records[*self.by_id.get(id)?];
        if r.entity.kind == EntityKind::Country {
            return Some(&r.entity);
        }
        if !r.entity.kind.is_place() {
            return None;
        }
        let country = r.country.as_deref().or_else(|| {
            r.admin
                .iter()
                .find_map(|a| self.by_id.get(a.as_str()).and_then(|&i| self.records[i].country.as_deref()))
        })?;
        self.entity(country)
    }

    /// GeoNames ids of the places that came from GeoNames.
    pub fn geonameids(&self) -> std::collections::HashSet<u64> {
        self.records.iter().filter_map(|r| r.geonameid).collect()
    }

    /// How many distinct folded alias keys the index holds.
    pub fn alias_count(&self) -> usize {
        self.keys.len()
    }

    /// Groups mentions by entity, in order of first mention: the shape of the
    /// `entities` list of an analysed article (`(entity, mention texts)`).
    pub fn entities_of(&self, mentions: &[Mention]) -> Vec<(Entity, Vec<String>)> {
        let mut out: Vec<(Entity, Vec<String>)> = Vec::new();
        let mut at: HashMap<&str, usize> = HashMap::new();
        for m in mentions {
            let Some(e) = self.entity(&m.entity_id) else { continue };
            let i = *at.entry(m.entity_id.as_str()).or_insert_with(|| {
                out.push((e.clone(), Vec::new()));
                out.len() - 1
            });
            if !out[i].1.contains(&m.text) {
                out[i].1.push(m.text.clone());
            }
        }
        out
    }

    /// Every actor and place mention in cleaned text, disambiguated.
    ///
    /// Spans are byte offsets into `text` and exclude clitic prefixes
    /// (`لقسد` → `قسد`). The rules, in the order they run, are documented in
    /// the crate docs ("Disambiguation") and in `data/README.md`.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_in(text, &fold_clean(text), None)
    }

    /// As [`Lexicon::find`], with `text` already folded by the caller (`marsad_text::fold_clean(text)`,
    /// which the event coder needs too). Invariant: `folded` has the byte offsets of `text`; one of another
    /// length is ignored and `text` is folded again, so the result is [`Lexicon::find`]'s either way.
    pub fn find_folded(&self, text: &str, folded: &str) -> Vec<Mention> {
        if folded.len() != text.len() {
            return self.find(text);
        }
        self.find_in(text, folded, None)
    }

    /// As [`Lexicon::find_folded`], with the sentences of `text` too (`marsad_text::sentences(text)`, which
    /// the caller has already cut): a common-word place needs them, and cutting them again cost an article
    /// with one a second pass over its body.
    pub fn find_folded_in(&self, text: &str, folded: &str, sentences: &[Span]) -> Vec<Mention> {
        if folded.len() != text.len() {
            return self.find(text);
        }
        self.find_in(text, folded, Some(sentences))
    }

    /// A pick that is a country's adjective on its own (`التركية`), still
    /// read by its key's sense (no rule has moved it to another record).
    fn is_bare_gentilic(&self, p: &Pick) -> bool {
        p.sense.is_some() && self.gentilic_keys.contains(&p.key)
    }

    fn find_in(&self, text: &str, folded: &str, sentences: Option<&[Span]>) -> Vec<Mention> {
        let candidates = self.candidates(folded);
        let chosen = self.select(candidates);
        self.resolve(text, folded, chosen, sentences)
    }

    /// Every alias occurrence at a word boundary with a valid clitic prefix.
    fn candidates(&self, folded: &str) -> Vec<Candidate> {
        let mut out = Vec::new();
        self.index.find(folded, |hit| {
            let prefix = &folded[hit.word_start..hit.start];
            let (plain_ok, elided_ok) = (is_prefix(prefix), is_elided_prefix(prefix));
            let info = &self.keys[hit.key as usize];
            let senses = SenseSet::of((0..info.senses.len()).filter(|&i| {
                if info.senses[i].elided {
                    elided_ok
                } else {
                    plain_ok
                }
            }));
            if senses.is_empty() {
                return;
            }
            out.push(Candidate {
                word_start: hit.word_start,
                start: hit.start,
                end: hit.end,
                key: hit.key as usize,
                senses,
                bi: has_bi(prefix),
                nested: false,
                in_region: false,
            });
        });
        out
    }

    /// Leftmost-longest among valid candidates, keeping the nested names an
    /// analyst counts: a place inside a place name (`طريق حلب - اللاذقية`
    /// names Aleppo and Latakia) and a full person name inside an actor name
    /// (`نظام الرئيس بشار الأسد` names Bashar al-Assad).
    fn select(&self, mut cands: Vec<Candidate>) -> Vec<Candidate> {
        cands.sort_by(|a, b| {
            a.word_start.cmp(&b.word_start).then(b.end.cmp(&a.end)).then(a.start.cmp(&b.start))
        });
        let mut out: Vec<Candidate> = Vec::new();
        let mut outer: Option<Candidate> = None;
        let mut inner_end = 0;
        for c in cands {
            match &outer {
                Some(o) if c.word_start < o.end => {
                    let later_word = c.word_start > o.word_start;
                    if later_word && c.end <= o.end && c.word_start >= inner_end && self.nested_counts(o, &c)
                    {
                        inner_end = c.end;
                        let in_region = self.keys[o.key].senses.iter().all(|s| {
                            self.records[s.record].entity.geo_precision == Some(GeoPrecision::Region)
                        });
                        out.push(Candidate { nested: true, in_region, ..c });
                    }
                }
                _ => {
                    inner_end = c.word_start;
                    outer = Some(c.clone());
                    out.push(c);
                }
            }
        }
        out
    }

    fn nested_counts(&self, outer: &Candidate, inner: &Candidate) -> bool {
        let kinds = |c: &Candidate| -> Vec<EntityKind> {
            let info = &self.keys[c.key];
            c.senses.iter().map(|i| self.records[info.senses[i].record].entity.kind).collect()
        };
        let (ok, ik) = (kinds(outer), kinds(inner));
        // A governorate or town alias (`محافظة حلب`) names one place, not two.
        let outer_place = self.keys[outer.key].senses.iter().any(|s| {
            matches!(
                self.records[s.record].entity.geo_precision,
                Some(GeoPrecision::Road | GeoPrecision::Region | GeoPrecision::Point)
            )
        });
        // A river or zone inside a name (`الفرات` in `منطقة درع الفرات`,
        // `شرق الفرات`) only locates the outer name; towns inside count.
        let inner_place = self.keys[inner.key].senses.iter().any(|s| {
            let r = &self.records[s.record];
            r.entity.kind.is_place() && r.entity.geo_precision != Some(GeoPrecision::Region)
        });
        let outer_actor = ok.iter().any(|k| !k.is_place() && *k != EntityKind::Person);
        let inner_person = ik.contains(&EntityKind::Person) && self.keys[inner.key].words >= 2;
        (outer_place && inner_place) || (outer_actor && inner_person)
    }

    fn resolve(
        &self,
        text: &str,
        folded: &str,
        cands: Vec<Candidate>,
        given_sentences: Option<&[Span]>,
    ) -> Vec<Mention> {
        let rec = |c: &Candidate, i: usize| &self.records[self.keys[c.key].senses[i].record];
        // Sentences matter only for common-word places; most articles have none.
        let any_common = cands.iter().any(|c| c.senses.iter().any(|i| rec(c, i).needs_evidence));
        let cut;
        let sentences: &[Span] = match given_sentences {
            _ if !any_common => &[],
            Some(s) => s,
            None => {
                cut = marsad_text::sentences(text);
                &cut
            }
        };
        let sentence_of = |pos: usize| sentences.partition_point(|s| s.end <= pos);
        let lines = LineStarts::of(folded);
        let mut heads = DatelineHead::default();

        // Sentences holding a place name that is not a common word.
        let mut sure_place: FxMap<usize, usize> = FxMap::default();
        for c in &cands {
            let sure = c.senses.iter().any(|i| {
                let r = rec(c, i);
                r.entity.kind.is_place()
                    && !r.needs_evidence
                    && self.keys[c.key].senses[i].sense == Sense::Name
            });
            if sure {
                *sure_place.entry(sentence_of(c.start)).or_default() += 1;
            }
        }
        // Governorates named in the article, for same-name places.
        let mut context: FxSet<&str> = FxSet::default();
        for c in &cands {
            let mut places = c.senses.iter().map(|i| rec(c, i)).filter(|r| r.entity.kind.is_place());
            if let (Some(only), None) = (places.next(), places.next()) {
                if !only.needs_evidence {
                    context.insert(only.entity.id.as_str());
                    context.extend(only.admin.iter().map(String::as_str));
                }
            }
        }

        let mut picked: Vec<Pick> = Vec::new();
        let mut evidenced: FxSet<usize> = FxSet::default();
        let mut pending: Vec<Pick> = Vec::new();
        for c in &cands {
            let info = &self.keys[c.key];
            let sense_pick = |i: usize| Pick {
                start: c.start,
                city: false,
                end: c.end,
                record: info.senses[i].record,
                sense: Some(i),
                key: c.key,
                rule: info.senses[i].rule.text(&self.records[info.senses[i].record].entity.id),
            };
            let [prev, prev2] = two_words_before(folded, c.word_start);
            // `حلب-دمشق`: joined by a dash to the place before it.
            let dash_joined = picked.last().is_some_and(|p| {
                p.end <= c.word_start
                    && self.records[p.record].entity.kind.is_place()
                    && matches!(folded[p.end..c.word_start].trim(), "-" | "–")
            });
            let dash_next = folded[c.end..].trim_start_matches(' ').starts_with(['-', '–']);
            let city_cue = dash_joined
                || dash_next
                || (c.nested && !c.in_region)
                || prev.is_some_and(|(w, _)| Cues::has(&self.cues.city_before, w))
                // An alias that says it is the city (`مدينة حمص`).
                || folded[c.start..c.end].split(' ').next().is_some_and(|w| self.cues.city_before.contains(w));
            let place_cue = c.bi || prev.is_some_and(|(w, _)| Cues::has(&self.cues.place_before, w));
            let sentence_has_place = {
                let n = sure_place.get(&sentence_of(c.start)).copied().unwrap_or(0);
                let own = c.senses.iter().any(|i| {
                    let r = rec(c, i);
                    r.entity.kind.is_place() && !r.needs_evidence && info.senses[i].sense == Sense::Name
                });
                n > usize::from(own)
            };
            let (mut actors, mut places, mut metonyms): (Vec<usize>, Vec<usize>, Vec<usize>) =
                (Vec::new(), Vec::new(), Vec::new());
            for i in c.senses.iter() {
                let s = &info.senses[i];
                match (&s.sense, self.records[s.record].entity.kind.is_place()) {
                    (Sense::Metonym, _) => metonyms.push(i),
                    (_, true) => places.push(i),
                    (_, false) => actors.push(i),
                }
            }
            // Rule "dateline": in `دبي، الإمارات العربية المتحدة (CNN) --` the
            // city is the place the report was filed from and the country only
            // locates it: neither is an actor.
            let in_dateline = in_dateline(folded, lines.start_of(c.word_start), &mut heads, c);
            if in_dateline {
                actors.retain(|&i| self.records[info.senses[i].record].entity.kind != EntityKind::Country);
                if actors.is_empty() && places.is_empty() && metonyms.is_empty() {
                    continue;
                }
            }
            // Rule "metonym": a capital is the city after a place cue
            // (`في موسكو`, `بأنقرة`, `العاصمة العراقية بغداد`, a dateline
            // `موسكو -`), otherwise the government it stands for.
            if !metonyms.is_empty() {
                let pair = match (prev2, prev) {
                    (Some((a, _)), Some((b, _))) => format!("{a} {b}"),
                    _ => String::new(),
                };
                let acting = self.cues.metonym_actor_pairs.contains(&pair);
                let city = !acting
                    && (c.bi
                        || dash_joined
                        || prev.is_some_and(|(w, _)| Cues::has(&self.cues.metonym_place_before, w))
                        || [prev, prev2]
                            .iter()
                            .flatten()
                            .any(|(w, _)| Cues::has(&self.cues.metonym_place_near, w))
                        || apposed_to_capital(folded, c.word_start, |w| {
                            Cues::has(&self.cues.metonym_place_near, w)
                        })
                        || is_dateline(folded, c)
                        || in_dateline);
                if !city {
                    let mut pick = sense_pick(metonyms[0]);
                    // The city stays known (`Mention::metonym_city`): a strike
                    // on `دمشق` read as the government still happened there.
                    let seat = places.iter().max_by_key(|&&i| self.records[info.senses[i].record].population);
                    if let Some(&i) = seat {
                        let city = &self.records[info.senses[i].record].entity.id;
                        pick.rule = format!("{}{city} {})", Mention::METONYM_RULE, pick.rule);
                    }
                    picked.push(pick);
                    continue;
                }
                if places.is_empty() {
                    continue;
                }
            }
            // Rule "actor first": a word that names an actor and a place is
            // the actor unless a place cue precedes it.
            if !actors.is_empty() && (places.is_empty() || !place_cue) {
                picked.push(sense_pick(actors[0]));
                continue;
            }
            if places.is_empty() {
                continue;
            }
            // Rule "common word": a place that is also a common word needs a
            // place cue before it or another place in its sentence.
            let evidence = place_cue || sentence_has_place;
            let usable: Vec<usize> = places
                .iter()
                .copied()
                .filter(|&i| evidence || !self.records[info.senses[i].record].needs_evidence)
                .collect();
            if usable.is_empty() {
                pending.push(sense_pick(places[0]));
                continue;
            }
            // Rule "same name": prefer a place inside a governorate the article
            // names, then the most populous.
            let best = *usable
                .iter()
                .max_by_key(|&&i| {
                    let r = &self.records[info.senses[i].record];
                    let in_context = r.admin.iter().any(|a| context.contains(a.as_str()));
                    (in_context, r.population)
                })
                .expect("usable is not empty");
            let mut pick = sense_pick(best);
            pick.city = city_cue;
            // Rule "governorate": a governorate capital named as the container
            // of another place (`منبج في حلب`) or right after a governorate in a
            // list (`محافظتي حلب واللاذقية`) is the governorate.
            if let Some(&gov) = self.capital_of.get(&pick.record) {
                let last = picked.last();
                let container = prev.is_some_and(|(w, s)| {
                    Cues::has(&self.cues.within, w)
                        && last.is_some_and(|p| {
                            self.records[p.record].entity.kind.is_place()
                                && p.end <= s
                                && folded[p.end..s].trim().is_empty()
                        })
                });
                let listed = folded[c.word_start..c.start].starts_with('و')
                    && last.is_some_and(|p| {
                        self.records[p.record].entity.geo_precision == Some(GeoPrecision::Governorate)
                            && p.end <= c.word_start
                            && folded[p.end..c.word_start].trim().is_empty()
                    });
                if container || listed {
                    pick.record = gov;
                    pick.sense = None;
                    pick.rule = format!("rule:governorate({})", pick.rule);
                }
            }
            // Rule "countryside": `ريف إدلب` is the rural governorate around
            // the city, not the city; the mention keeps the word and the
            // directions after the name (`بريف حلب الشمالي الغربي`). A
            // governorate named by its own `ريف` name (`ريف دمشق الغربي`)
            // keeps its directions too.
            let own_name = folded[c.start..c.end]
                .split(' ')
                .next()
                .is_some_and(|w| self.cues.countryside_before.contains(w));
            let cue = prev.filter(|_| c.start == c.word_start).and_then(|(w, s)| {
                Cues::after_clitics(&self.cues.countryside_before, w)
                    .map(|k| s + k)
                    .filter(|&at| picked.last().is_none_or(|p| p.end <= at))
            });
            let region = match cue {
                Some(_)
                    if self.records[pick.record].entity.geo_precision == Some(GeoPrecision::Governorate) =>
                {
                    Some(pick.record)
                }
                Some(_) => self.capital_of.get(&pick.record).copied(),
                None => None,
            };
            if let (Some(at), Some(gov)) = (cue, region) {
                pick.start = at;
                if gov != pick.record {
                    pick.record = gov;
                    pick.sense = None;
                }
                pick.city = false;
                pick.rule = format!("{}{})", Mention::COUNTRYSIDE_RULE, pick.rule);
            }
            if region.is_some() || own_name {
                let next = cands.get(cands.partition_point(|n| n.word_start < c.end));
                let next = next.map_or(folded.len(), |n| n.word_start);
                pick.end = self.countryside_end(folded, pick.end, next);
            }
            evidenced.insert(pick.record);
            picked.push(pick);
        }
        // Discourse: a common-word place counts everywhere once it has
        // evidence somewhere in the article (one sense per discourse).
        for p in pending {
            if evidenced.contains(&p.record) {
                picked.push(p);
            }
        }

        // Rule "governorate" (discourse): once the article names a governorate
        // (`محافظة اللاذقية`), its capital's bare name is the governorate too,
        // unless marked as the city.
        let governorates: FxSet<usize> = picked
            .iter()
            .map(|p| p.record)
            .filter(|r| self.records[*r].entity.geo_precision == Some(GeoPrecision::Governorate))
            .collect();
        for p in picked.iter_mut() {
            if let Some(&gov) = self.capital_of.get(&p.record) {
                if governorates.contains(&gov) && !p.city {
                    p.record = gov;
                    p.sense = None;
                    p.rule = format!("rule:governorate-discourse({})", p.rule);
                }
            }
        }
        // Rule "coordination": a bare gentilic coordinated with an organ
        // (`المخابرات التركية والروسية`, `قوات روسية وسورية`) is that organ of
        // the second state.
        for i in 1..picked.len() {
            let (before, after) = picked.split_at_mut(i);
            let (prev, p) = (&before[i - 1], &mut after[0]);
            let gentilic = self.is_bare_gentilic(p);
            let gap = if prev.end <= p.start { folded[prev.end..p.start].trim() } else { "x" };
            let joined = matches!(gap, "و" | "وال" | "-" | "" | "ال" | "و ال");
            if !gentilic || !joined {
                continue;
            }
            let prev_id = &self.records[prev.record].entity.id;
            let Some((_, suffix)) = prev_id.split_once('-') else { continue };
            if prev_id.starts_with("place:") || prev_id.starts_with("person:") {
                continue;
            }
            let organ = format!("{}-{suffix}", self.records[p.record].entity.id);
            if let Some(&r) = self.by_id.get(&organ) {
                p.record = r;
                p.sense = None;
                p.rule = format!("rule:coordination({})", p.rule);
            }
        }

        // Rule "agreement": the adjective of a group's own state right after its
        // full name (`وحدات حماية الشعب الكردية السورية`, `حزب الله اللبناني`)
        // agrees with the name and names no second side. Another state's
        // adjective stays (`الجيش الوطني اليمني` is not the Syrian National
        // Army's), and so does one after a place (`مدينة سوروتش التركية`:
        // annotators code the place's state as a side of what happens there).
        let agrees = |prev: &Pick, p: &Pick| {
            let gentilic = self.is_bare_gentilic(p);
            let adjacent = prev.end <= p.start && folded[prev.end..p.start].trim().is_empty();
            let full_name = prev.sense.is_some_and(|k| self.keys[prev.key].senses[k].sense == Sense::Name);
            let group = &self.records[prev.record];
            gentilic
                && adjacent
                && full_name
                && !group.entity.kind.is_place()
                && group.country.as_deref() == Some(self.records[p.record].entity.id.as_str())
        };
        let agreeing: Vec<bool> =
            (0..picked.len()).map(|i| i > 0 && agrees(&picked[i - 1], &picked[i])).collect();
        if agreeing.contains(&true) {
            let mut flags = agreeing.into_iter();
            picked.retain(|_| !flags.next().unwrap_or(false));
        }

        // Titles and short forms need the whole article.
        let sense_of = |p: &Pick| p.sense.map(|i| &self.keys[p.key].senses[i].sense);
        // Where each entity is named in full (for short forms and titles).
        let mut named: FxMap<usize, Vec<usize>> = FxMap::default();
        for p in picked.iter().filter(|p| !matches!(sense_of(p), Some(Sense::Short))) {
            named.entry(p.record).or_default().push(p.start);
        }
        let mut mentions: Vec<Mention> = Vec::with_capacity(picked.len());
        for p in &picked {
            if self.records[p.record].silent {
                continue;
            }
            let (record, rule) = match sense_of(p) {
                Some(Sense::Short) => match self.short_holder(p, &named) {
                    Some(held) => held,
                    None => continue,
                },
                Some(Sense::Title { of, title }) => {
                    // The holder named nearest to the title (`الرئيس الأمريكي` next to
                    // `باراك أوباما`, not a later `دونالد ترامب`); ties go to the first record.
                    let holder = named
                        .iter()
                        .filter(|(h, _)| {
                            self.records[**h].roles.iter().any(|r| &r.of == of && &r.title == title)
                        })
                        .map(|(h, at)| {
                            (at.iter().map(|a| a.abs_diff(p.start)).min().unwrap_or(usize::MAX), *h)
                        })
                        .min()
                        .map(|(_, h)| h);
                    match holder {
                        Some(h) => (h, format!("{}+holder", p.rule)),
                        None => (p.record, p.rule.clone()),
                    }
                }
                _ => (p.record, p.rule.clone()),
            };
            mentions.push(Mention {
                entity_id: self.records[record].entity.id.clone(),
                span: Span::new(p.start, p.end),
                text: text[p.start..p.end].to_string(),
                rule,
            });
        }
        mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        mentions
    }

    /// Where a countryside mention ends: after up to two direction words that
    /// follow the name at `end` (`ريف إدلب الجنوبي الشرقي`), never past `next`,
    /// the start of the next name.
    fn countryside_end(&self, folded: &str, mut end: usize, next: usize) -> usize {
        for _ in 0..2 {
            let Some(rest) = folded[end..].strip_prefix(' ') else { break };
            let len = rest.char_indices().find(|&(_, ch)| !is_word_char(ch)).map_or(rest.len(), |(i, _)| i);
            if len == 0 || end + 1 + len > next || !self.cues.countryside_after.contains(&rest[..len]) {
                break;
            }
            end += 1 + len;
        }
        end
    }

    /// The actor a short form stands for: one named in full in the article.
    /// A short form several actors share (`التنظيم`: the Islamic State,
    /// al-Qaeda) is the one named last before it, as a reader takes it; if
    /// none is named before, the one named nearest after it (a headline's
    /// short form, named in full in the body). `None` when no actor listing
    /// it is named in full.
    fn short_holder(&self, p: &Pick, named: &FxMap<usize, Vec<usize>>) -> Option<(usize, String)> {
        let (_, s) = self.keys[p.key]
            .senses
            .iter()
            .filter(|s| s.sense == Sense::Short)
            .filter_map(|s| {
                let at = named.get(&s.record)?;
                let distance = match at.iter().filter(|&&a| a < p.start).max() {
                    Some(a) => (false, p.start - a),
                    None => (true, at.iter().map(|a| a.abs_diff(p.start)).min()?),
                };
                Some(((distance, s.record), s))
            })
            .min_by_key(|(order, _)| *order)?;
        Some((s.record, s.rule.text(&self.records[s.record].entity.id)))
    }
}

/// Which senses of a key passed the prefix check: a bit per sense (the
/// first 64 senses of a key; no key in practice has more).
#[derive(Clone, Copy)]
struct SenseSet(u64);

impl SenseSet {
    fn of(indices: impl Iterator<Item = usize>) -> SenseSet {
        SenseSet(indices.filter(|&i| i < 64).fold(0, |m, i| m | (1 << i)))
    }
    fn is_empty(self) -> bool {
        self.0 == 0
    }
    fn iter(self) -> impl Iterator<Item = usize> {
        let mut m = self.0;
        std::iter::from_fn(move || {
            (m != 0).then(|| {
                let i = m.trailing_zeros() as usize;
                m &= m - 1;
                i
            })
        })
    }
}

/// A resolved candidate: which record it names and by which rule.
struct Pick {
    start: usize,
    /// The name is marked as the city itself (`مدينة حلب`, `حلب-دمشق`, inside a
    /// road name), so the governorate rule leaves it alone.
    city: bool,
    end: usize,
    record: usize,
    /// The key sense that matched; `None` when a rule moved it to another
    /// record (the governorate of a capital).
    sense: Option<usize>,
    key: usize,
    rule: String,
}

/// `في العاصمة الإيرانية، طهران، لبحث`: the capital set off by commas as
/// the apposition of a capital word one or two words before the comma.
fn apposed_to_capital(folded: &str, pos: usize, capital_word: impl Fn(&str) -> bool) -> bool {
    let before = folded[..pos].trim_end();
    let Some(rest) = before.strip_suffix(['،', ',']) else {
        return false;
    };
    two_words_before(rest, rest.len()).iter().flatten().any(|(w, _)| capital_word(w))
}

/// The word before `pos` and the one before it (see [`prev_word`]).
fn two_words_before(folded: &str, pos: usize) -> [Option<(&str, usize)>; 2] {
    let prev = prev_word(folded, pos);
    [prev, prev.and_then(|(_, s)| prev_word(folded, s))]
}

/// The word before `pos` (folded), skipping white space and quotes, with its
/// start; `None` at a sentence or clause break.
fn prev_word(folded: &str, pos: usize) -> Option<(&str, usize)> {
    let before = &folded[..pos];
    let trimmed = before
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»' | '\''));
    let end = trimmed.len();
    let start = trimmed.char_indices().rev().take_while(|(_, c)| is_word_char(*c)).last().map(|(i, _)| i)?;
    Some((&folded[start..end], start))
}

/// Where the lines of a text start, found in one pass, so that finding the
/// line of a word costs a binary search rather than a search back through
/// its line: with one search per candidate, a long paragraph (a pasted
/// report with no line breaks) took time quadratic in its length.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn of(text: &str) -> LineStarts {
        LineStarts(text.match_indices('\n').map(|(i, _)| i + 1).collect())
    }

    /// The start of the line holding byte `pos`: just after the last line
    /// break before `pos`, else 0.
    fn start_of(&self, pos: usize) -> usize {
        let k = self.0.partition_point(|&s| s <= pos);
        if k == 0 {
            0
        } else {
            self.0[k - 1]
        }
    }
}

/// How far into its line a dateline's `(` or dash may stand, in characters.
const DATELINE_CHARS: usize = 60;

/// Where the head of a line ends (its first `(` or dash, within
/// `DATELINE_CHARS` characters), kept for the line last read: the names of a
/// line come one after another, and reading its head again for each of
/// those near its start was 1.2% of `analyze`'s instructions on bulk.
#[derive(Default)]
struct DatelineHead {
    /// The line start and its head's end, in bytes from it.
    last: Option<(usize, Option<usize>)>,
}

impl DatelineHead {
    fn of(&mut self, folded: &str, line_start: usize) -> Option<usize> {
        match self.last {
            Some((at, end)) if at == line_start => end,
            _ => {
                let end = folded[line_start..]
                    .char_indices()
                    .take(DATELINE_CHARS)
                    .find(|(_, ch)| matches!(ch, '(' | '-' | '–'))
                    .map(|(i, _)| i);
                self.last = Some((line_start, end));
                end
            }
        }
    }
}

/// The candidate is the city or the country of a dateline: a line that
/// starts `CITY، COUNTRY` and goes on with `(` (the agency) or a dash.
/// `line_start` is where the candidate's line starts.
fn in_dateline(folded: &str, line_start: usize, heads: &mut DatelineHead, c: &Candidate) -> bool {
    // The head is read from the line's first `DATELINE_CHARS` characters, of
    // four bytes at most: a name ending past them is no city or country of
    // it. Most names stand far into their line, and reading its head for
    // each of them was 1.2% of `analyze`'s instructions on bulk.
    if c.end - line_start > DATELINE_CHARS * 4 {
        return false;
    }
    let line = &folded[line_start..];
    let Some(end) = heads.of(folded, line_start) else {
        return false;
    };
    let head = &line[..end];
    let Some(comma) = head.find(['،', ',']) else { return false };
    let (city, country) = (&head[..comma], &head[comma..]);
    let well_formed = !head.contains(['.', ':', '"', '«'])
        && city.split_whitespace().count() <= 3
        && country.split_whitespace().count() <= 5;
    let (start, stop) = (c.word_start - line_start, c.end - line_start);
    let is_city = start == city.len() - city.trim_start().len() && stop == city.trim_end().len();
    let is_country = start > comma && stop == head.trim_end().len();
    well_formed && (is_city || is_country)
}

/// A capital at the start of a line followed by a dash or colon: a dateline.
fn is_dateline(folded: &str, c: &Candidate) -> bool {
    let line_start = folded[..c.word_start].trim_end_matches([' ', '\t']).is_empty()
        || folded[..c.word_start].trim_end_matches([' ', '\t']).ends_with('\n');
    let next = folded[c.end..].trim_start_matches([' ', '(', ')']);
    line_start && (next.starts_with('-') || next.starts_with(':') || next.starts_with('–'))
}
#[cfg(test)]
mod tests {
    use crate::load::{load, Source};

    #[test]
    fn finding_in_a_folded_body_is_finding_in_the_body() {
        let lex = crate::Lexicon::embedded();
        let text =
            "سيّرت القوات الروسية والتركية دورية مشتركة على طريق M4 قرب أريحا في ريف إدلب، وقالت قسد إن…";
        let folded = marsad_text::fold_clean(text);
        let found = lex.find(text);
        assert!(found.len() >= 4, "{found:?}");
        assert_eq!(lex.find_folded(text, &folded), found);
        // A folded text of another length cannot be the text's: it is ignored.
        assert_eq!(lex.find_folded(text, "قسد"), found);
        assert_eq!(lex.find_folded_in(text, &folded, &marsad_text::sentences(text)), found);
        // Every seed article too (their common-word places read the sentences).
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/seeds");
        for f in std::fs::read_dir(seeds).into_iter().flatten().flatten() {
            let Ok(body) = std::fs::read_to_string(f.path()) else { continue };
            let text = marsad_text::clean(&body).text;
            let folded = marsad_text::fold_clean(&text);
            let given = lex.find_folded_in(&text, &folded, &marsad_text::sentences(&text));
            assert_eq!(given, lex.find(&text), "{}", f.path().display());
        }
    }

    /// The line of a word is the one a search back for the last line break
    /// finds, at every character, at the edges and between two breaks.
    #[test]
    fn line_starts_agree_with_a_search_back() {
        for text in ["", "\n", "دمشق، سوريا (CNN) -- أكدت\n\nحلب\n", "سطر واحد بلا فاصل"]
        {
            let lines = super::LineStarts::of(text);
            for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
                let back = text[..pos].rfind('\n').map_or(0, |i| i + 1);
                assert_eq!(lines.start_of(pos), back, "{text:?} at {pos}");
            }
        }
    }

    /// No shipped name is both an actor's alias and a place (capitals are
    /// metonyms, rule 2), so rule 3 is tested on a small data set: the
    /// Sha'itat are a tribe of Deir ez-Zor and the villages it lives in.
    #[test]
    fn actor_first_unless_a_place_cue() {
        let actors = "[[actor]]\nid = \"SHAITAT\"\nkind = \"collective\"\nname_en = \"al-Sha'itat tribe\"\naliases = [\"الشعيطات\"]\n";
        let places = "[[place]]\nid = \"place:shaitat\"\nkind = \"area\"\nname_en = \"al-Sha'itat villages\"\nname_ar = \"الشعيطات\"\nlat = 34.9\nlon = 40.6\nprecision = \"district\"\n";
        let lex = load(&[
            Source { name: "data/actors/a.toml".into(), text: actors.into() },
            Source { name: "data/places/p.toml".into(), text: places.into() },
            Source {
                name: "data/places/cues.toml".into(),
                text: include_str!("../../../data/places/cues.toml").into(),
            },
        ])
        .expect("fixture loads");
        let ids = |t: &str| lex.find(t).into_iter().map(|m| m.entity_id).collect::<Vec<_>>();
        assert_eq!(ids("وأعدم تنظيم الدولة مئات من أبناء الشعيطات عام 2014"), ["SHAITAT"]);
        assert_eq!(ids("وقصفت الطائرات مواقع في الشعيطات شرق دير الزور"), ["place:shaitat"]);
    }
}
