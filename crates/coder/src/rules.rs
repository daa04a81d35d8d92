//! Trigger and cue data: the file formats and their one loader.
//!
//! Two formats live in `data/triggers/`, told apart by `header.format`:
//!
//! - `marsad-triggers/1`: one file per PLOVER type; each `[[trigger]]` has a
//!   stable `id` (`TRG-consult-003`), `forms` (folded words or phrases), and
//!   optional `mode`, `joint`, `governs`, `with` + `within` (+ `with_after`:
//!   only words after it count), `unless_prev` (looks through one
//!   preposition, `يرغب في سحب`, and past a subject named between a verb
//!   and the trigger, `استهدفت الفصائل المعارضة رتلا`), `unless_next` (looks through one
//!   preposition too, `حذر من خطورة`; with `next_past_name`, also past an
//!   actor named right after the trigger, `رفضت وزارة الدفاع التعليق`; an
//!   unless word written `=منه` is that whole word, with no clitics or
//!   endings, so it does not also refuse `منها`), `unless_clitic`,
//!   `unless_token` (whole tokens it never fires on), `pronoun`,
//!   `subject_is_target` (the name before it is the side asked or blamed),
//!   `names_doer` (the words name who acts: `المتظاهرون`, `رددوا هتافات`),
//!   `subject_is_struck` (a passive or a verb of dying: its subject is the
//!   side struck, `وأصيب شرطيان تركيان`),
//!   `adjective` (the word describes the trigger construct before it:
//!   `تفجير سوروتش الانتحاري`),
//!   `confidence`, `note`. A file may also name guard sets
//!   (`[guards.time_mark] words = […]`) that its triggers' `unless_prev`
//!   and `unless_next` take whole as `@time_mark`: one guard the language
//!   asks of many triggers of a type (an attack named as a time mark) is
//!   then written, explained and extended once.
//! - `marsad-cues/1`: `[[cue]]` entries (`CUE-neg-001`) of a `kind` that
//!   changes how a triggered event is read (negation, claim, plan, …), with
//!   optional `window` and the guards `unless_prev` / `unless_next`: words
//!   (matched as a trigger's are, `=word` the whole token) that, right
//!   before or right after the phrase, make it no cue (`أي حال`, `حالة تأهب`).
//! - `marsad-words/1`: one `[words]` table of named word sets (facility
//!   nouns, locators, result links, …) the coder's rules consult; every set
//!   of [`crate::words::SET_NAMES`] is required, no other is allowed. A
//!   directory without one uses the shipped `words.toml`.
//!
//! # Invariants checked at load
//!
//! Every file has a header with `format`, `source`, `licence`, `updated`;
//! ids are unique across files and carry their type (`TRG-<type>-NNN`);
//! forms are non-empty and already folded (the Lucene lesson: data is
//! stored in the form it is matched in).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use marsad_model::EventType;
use serde::Deserialize;

use crate::affix::WordList;
use crate::fold::is_folded;
use crate::grammar::UnlessList;
use crate::matcher::{Hit, Owner};
use crate::words::Words;
use crate::Error;

/// One trigger rule: the words that signal an event of one type and mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    /// Stable id, stored on every event it codes (`TRG-consult-003`).
    pub id: String,
    /// The PLOVER type it codes.
    pub kind: EventType,
    /// The PLOVER mode, when the words fix it.
    pub mode: Option<String>,
    /// Folded forms, each a sequence of words.
    pub forms: Vec<Vec<String>>,
    /// A joint act: every party named with it is on both sides.
    pub joint: bool,
    /// What follows it is its content (what is demanded, refused, agreed,
    /// discussed), not a second event.
    pub governs: bool,
    /// Fires only if one of these words is within `within` words of it
    /// (names of actors and places are not counted).
    pub with: Vec<String>,
    /// The `with` words, for a lookup of many at once.
    pub(crate) with_list: WordList,
    /// How far `with` may be.
    pub within: usize,
    /// Does not fire right after one of these words (`خفض التصعيد`), nor
    /// when one stands right before a name that stands right before it in
    /// its clause (`استهدفت الفصائل المعارضة رتلا`).
    pub unless_prev: Vec<String>,
    /// Does not fire right before one of these words (`يقدر عدد`), nor
    /// before one that follows a preposition right after it (`حذر من خطورة`).
    pub unless_next: Vec<String>,
    /// The `unless_prev` words, for a lookup of many at once.
    pub(crate) unless_prev_list: UnlessList,
    /// The `unless_next` words, for a lookup of many at once.
    pub(crate) unless_next_list: UnlessList,
    /// Never fires on a token that is one of these whole words, after an
    /// optional و/ف (`وزاره` read as و+زار+ه).
    pub unless_token: Vec<String>,
    /// `with` words count only after the trigger, not before it.
    pub with_after: bool,
    /// `unless_next` also reads the word after an actor named right after
    /// the trigger (a verb's subject: `رفضت وزارة الدفاع الأمريكية التعليق`).
    /// Opt-in: for most triggers the name is the object and the word after
    /// it says nothing of the trigger (`حملت روسيا المسؤولية`).
    pub next_past_name: bool,
    /// Fires only when the word carries an object pronoun (`استعدادها`).
    pub pronoun_required: bool,
    /// The name standing before it as its subject is the side asked,
    /// blamed or warned (`الإرهابيين يجب أن يغادروا`, `الأسد سيدفع ثمنا
    /// باهظا`), not who speaks: see `arguments.rs`.
    pub subject_is_target: bool,
    /// The trigger's own words name who acts (`هتف المتظاهرون`, `المعتصمين`,
    /// `رددوا هتافات`): no other name is its source. A name near it is
    /// what the crowd is for or against, or someone else in the sentence
    /// (`رفع المتظاهرون لافتات تطالب الأمم المتحدة`, `لتفريق محتجين كانوا
    /// يرددون شعارات تتهم إردوغان`), and protesters are seldom a named actor.
    pub names_doer: bool,
    /// A passive verb or a verb of dying (`أصيب`, `لقي مصرعه`, `اغتيل`):
    /// its grammatical subject is who was struck, so the name the plain
    /// word order reads as the doer is the target (see `arguments.rs`).
    pub subject_is_struck: bool,
    /// The trigger word is an adjective (`الانتحاري`): after a trigger
    /// noun and the one name that completes it (`تفجير سوروتش الانتحاري`)
    /// it describes that construct and tells no act of its own.
    pub adjective: bool,
    /// Sides the trigger's own words name (`عملية غصن الزيتون`: Turkey's
    /// offensive against the YPG), actor ids of `data/actors`. They fill a
    /// side the sentence leaves unnamed; a side it names stays.
    pub named_source: Vec<String>,
    /// As `named_source`, for the target.
    pub named_target: Vec<String>,
    /// Does not fire when the word carries one of these clitics after an
    /// optional و/ف (`بدعم من`: a backer, not an act).
    pub unless_clitic: Vec<String>,
    /// Base confidence, 0..1.
    pub confidence: f32,
    /// The unless words taken from the file's guard sets, each with its
    /// set's name (`("=عقب", "time_mark")`), so `explain` can say which
    /// set to edit.
    pub guard_sets: Vec<(String, String)>,
}

impl Trigger {
    /// Whether `token` (a folded token) is one of the whole words this
    /// trigger never fires on (`unless_token`, after an optional و/ف): `وزارة`
    /// read as و + `زارة`.
    pub(crate) fn refuses_token(&self, token: &str) -> bool {
        self.unless_token.iter().any(|x| crate::grammar::is_whole_word(token, x))
    }

    /// The guard set the first word of `list` (`unless_prev` or
    /// `unless_next`) that refuses `token` was taken from, if a set gave it.
    pub(crate) fn guard_set_refusing(&self, list: &[String], token: &str) -> Option<&str> {
        let word = list.iter().find(|w| crate::grammar::unless_word_fits(token, w))?;
        self.guard_sets.iter().find(|(w, _)| w == word).map(|(_, set)| set.as_str())
    }
}

/// What a cue word does to an event near it. See `data/triggers/cues.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CueKind {
    /// Within a window before the trigger: the event did not happen.
    Negation,
    /// Anywhere after the trigger (`لم يحصل`): the event did not happen.
    NegationAfter,
    /// Attributed to a third party.
    Claim,
    /// Within its window before the trigger: future or intended.
    Plan,
    /// Conditional.
    Hypothetical,
    /// An analyst's guess (`يرجح`, `ربما`): not coded.
    Speculation,
    /// Near the trigger, the event happened many times (`مرات عدة`): a
    /// summary, dropped when the article tells other events of that type
    /// (a statement made many times, `هدد مراراً`, stays: it is one act).
    Aggregate,
    /// Within its window before the trigger: the trigger names a purpose
    /// or a concession (`من أجل تصفية`, `رغم الضغوط`), not an event.
    Aside,
    /// Within its window after the trigger: the act is only expected,
    /// possible or imminent (`هجوم تركي محتمل`, `ضربة عسكرية غربية
    /// وشيكة`), not told: not coded; a meeting or deal awaited (`قمة
    /// مرتقبة`) is coded as planned.
    Expected,
    /// Anywhere in the sentence, an analyst is speaking (`المحلل`,
    /// `وفق وصف الباحث`): not coded.
    Analyst,
    /// The grammatical subject is the target (`تعرضت`).
    Passive,
    /// The actor after it is the source (`من قبل`).
    Agent,
    /// The actor after it is the other party (`مع`).
    Partner,
    /// The actor after it is the target (`ضد`).
    Toward,
    /// The actor after it backs the one named before it (`القوات الحكومية
    /// مدعومة من روسيا`): it is on that side, never the target.
    Backer,
    /// Everyone named is on both sides (`بين`, `مشتركة`).
    Joint,
    /// The place after it is where it happened (`في`).
    Locative,
    /// A title between a preposition and a name (`مع نظيره X`): the
    /// preposition still marks the name.
    Title,
    /// A word naming a city as a capital (`في العاصمة السورية دمشق`): read
    /// through as a title is, and past the state's adjective after it,
    /// which describes the city rather than naming a side or a place.
    Capital,
    /// The sentence recalls an earlier event (`وكان … قد`).
    Recap,
    /// The sentence continues the last speaker (`وأضاف`).
    Continuation,
    /// The sentence adds an item to the previous event's list (`ثم`).
    Then,
    /// A speech verb (`قال`): a monitoring group named right after it
    /// (`كما قال المرصد`) is the informant of a material act, not a party.
    Speech,
    /// Within its window of the trigger, in its clause: the act is told
    /// over years before the news (`منذ سنوات`, `خلال السنوات الأخيرة`),
    /// background: historical.
    Period,
}

impl CueKind {
    /// Each kind as `cues.toml` writes it.
    const NAMES: [(&'static str, CueKind); 24] = [
        ("negation", CueKind::Negation),
        ("negation_after", CueKind::NegationAfter),
        ("claim", CueKind::Claim),
        ("plan", CueKind::Plan),
        ("hypothetical", CueKind::Hypothetical),
        ("speculation", CueKind::Speculation),
        ("analyst", CueKind::Analyst),
        ("aggregate", CueKind::Aggregate),
        ("aside", CueKind::Aside),
        ("expected", CueKind::Expected),
        ("passive", CueKind::Passive),
        ("agent", CueKind::Agent),
        ("partner", CueKind::Partner),
        ("toward", CueKind::Toward),
        ("backer", CueKind::Backer),
        ("joint", CueKind::Joint),
        ("locative", CueKind::Locative),
        ("title", CueKind::Title),
        ("capital", CueKind::Capital),
        ("recap", CueKind::Recap),
        ("continuation", CueKind::Continuation),
        ("then", CueKind::Then),
        ("speech", CueKind::Speech),
        ("period", CueKind::Period),
    ];

    /// It marks the name right after it (a side, a place, a speaker), so it
    /// stays a cue inside a name (`مطار` in `مطار حميميم` locates the nested
    /// `حميميم`); every other cue word inside a name is part of the name
    /// (`لو` in `لو دريان`). Exhaustive, so a new kind must be placed.
    pub(crate) fn marks_a_name(self) -> bool {
        match self {
            CueKind::Locative
            | CueKind::Title
            | CueKind::Capital
            | CueKind::Agent
            | CueKind::Partner
            | CueKind::Toward
            | CueKind::Backer
            | CueKind::Joint
            | CueKind::Speech => true,
            CueKind::Negation
            | CueKind::NegationAfter
            | CueKind::Claim
            | CueKind::Plan
            | CueKind::Hypothetical
            | CueKind::Speculation
            | CueKind::Aggregate
            | CueKind::Aside
            | CueKind::Expected
            | CueKind::Analyst
            | CueKind::Passive
            | CueKind::Recap
            | CueKind::Continuation
            | CueKind::Then
            | CueKind::Period => false,
        }
    }

    /// It heads the name after it (a title, a capital word): a cue before
    /// it marks that name, and a name after it is a new subject.
    pub(crate) fn heads_a_name(self) -> bool {
        matches!(self, CueKind::Title | CueKind::Capital)
    }

    fn parse(s: &str) -> Option<CueKind> {
        CueKind::NAMES.iter().find(|(name, _)| *name == s).map(|&(_, kind)| kind)
    }

    /// The name used in the data file and in `explain`.
    pub fn as_str(&self) -> &'static str {
        match self {
            CueKind::Negation => "negation",
            CueKind::NegationAfter => "negation_after",
            CueKind::Claim => "claim",
            CueKind::Plan => "plan",
            CueKind::Hypothetical => "hypothetical",
            CueKind::Speculation => "speculation",
            CueKind::Analyst => "analyst",
            CueKind::Aggregate => "aggregate",
            CueKind::Aside => "aside",
            CueKind::Expected => "expected",
            CueKind::Passive => "passive",
            CueKind::Agent => "agent",
            CueKind::Partner => "partner",
            CueKind::Toward => "toward",
            CueKind::Backer => "backer",
            CueKind::Joint => "joint",
            CueKind::Locative => "locative",
            CueKind::Title => "title",
            CueKind::Capital => "capital",
            CueKind::Recap => "recap",
            CueKind::Continuation => "continuation",
            CueKind::Then => "then",
            CueKind::Speech => "speech",
            CueKind::Period => "period",
        }
    }
}

/// One cue entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// Stable id (`CUE-neg-001`).
    pub id: String,
    /// What it does.
    pub kind: CueKind,
    /// Folded phrases, each a sequence of words.
    pub phrases: Vec<Vec<String>>,
    /// How far from the trigger the cue reaches, in words: before it for
    /// `negation`, `plan` and `aside`, after it for `expected`.
    pub window: usize,
    /// Words that, as the word right before the phrase, make it no cue
    /// (`بأي حال`: in any case, no condition). Matched as a trigger's
    /// (`unless_word_fits`; `=word` is the whole token).
    pub unless_prev: Vec<String>,
    /// Words that, as the word right after the phrase, make it no cue
    /// (`في حالة تأهب`: a state, no condition).
    pub unless_next: Vec<String>,
    /// The `unless_prev` words, for a lookup of many at once.
    pub(crate) unless_prev_list: UnlessList,
    /// The `unless_next` words, for a lookup of many at once.
    pub(crate) unless_next_list: UnlessList,
}

/// The window of a cue that reaches the whole sentence: longer than any
/// sentence the splitter makes, small enough to add to a token index.
const SENTENCE: usize = 1 << 16;

/// Every trigger and cue, validated.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// Triggers in file order.
    pub triggers: Vec<Trigger>,
    /// Cues in file order.
    pub cues: Vec<Cue>,
    /// The word sets, when a `marsad-words/1` file was loaded.
    pub words: Option<Words>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: String,
    #[serde(rename = "type")]
    kind: Option<String>,
    source: String,
    licence: String,
    updated: String,
    /// The modes the file's triggers may give (PLOVER's for the type, and marsad's own finer ones):
    /// a misspelt mode (`heavyweapons`) is then an error, not a new mode in every export.
    #[serde(default)]
    modes: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    header: Header,
    #[serde(default)]
    pub(crate) trigger: Vec<RawTrigger>,
    #[serde(default)]
    pub(crate) cue: Vec<RawCue>,
    #[serde(default)]
    pub(crate) words: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub(crate) guards: BTreeMap<String, RawGuard>,
}

/// A named set of unless words shared by a file's triggers (`@name`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGuard {
    pub(crate) words: Vec<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// `list` with every `@name` replaced by the words of that guard set, where
/// it stood; each word a set gave is also pushed to `from` with the set's
/// name. An unknown name is reported as `Err` with the names there are.
pub(crate) fn expand_guards(
    list: &[String],
    guards: &BTreeMap<String, RawGuard>,
    from: &mut Vec<(String, String)>,
) -> Result<Vec<String>, String> {
    let mut out = Vec::with_capacity(list.len());
    for w in list {
        match w.strip_prefix('@') {
            None => out.push(w.clone()),
            Some(name) => match guards.get(name) {
                Some(g) => {
                    out.extend(g.words.iter().cloned());
                    from.extend(g.words.iter().map(|w| (w.clone(), name.to_string())));
                }
                None => {
                    let known: Vec<String> = guards.keys().map(|k| format!("@{k}")).collect();
                    let known = if known.is_empty() { "none".to_string() } else { known.join(", ") };
                    return Err(format!("unknown guard set {w} (this file names: {known})"));
                }
            },
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTrigger {
    pub(crate) id: String,
    pub(crate) forms: Vec<String>,
    mode: Option<String>,
    #[serde(default)]
    joint: bool,
    #[serde(default)]
    governs: bool,
    #[serde(default)]
    pub(crate) with: Vec<String>,
    within: Option<usize>,
    #[serde(default)]
    pub(crate) unless_prev: Vec<String>,
    #[serde(default)]
    pub(crate) unless_next: Vec<String>,
    #[serde(default)]
    pub(crate) unless_clitic: Vec<String>,
    #[serde(default)]
    pub(crate) unless_token: Vec<String>,
    #[serde(default)]
    with_after: bool,
    #[serde(default)]
    next_past_name: bool,
    #[serde(default)]
    subject_is_target: bool,
    #[serde(default)]
    names_doer: bool,
    #[serde(default)]
    subject_is_struck: bool,
    #[serde(default)]
    adjective: bool,
    #[serde(default)]
    named_source: Vec<String>,
    #[serde(default)]
    named_target: Vec<String>,
    pronoun: Option<String>,
    confidence: Option<f32>,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCue {
    pub(crate) id: String,
    kind: String,
    pub(crate) phrases: Vec<String>,
    window: Option<usize>,
    #[serde(default)]
    pub(crate) unless_prev: Vec<String>,
    #[serde(default)]
    pub(crate) unless_next: Vec<String>,
}

/// Unless words as checked for folding: `=منه` is the whole word `منه`
/// (see `unless_word_fits`).
fn bare(list: &[String]) -> Vec<String> {
    list.iter().map(|w| w.strip_prefix('=').unwrap_or(w).to_string()).collect()
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

impl Rules {
    /// The trigger a hit is a form of; `None` for a cue's hit.
    pub(crate) fn trigger_of(&self, h: &Hit) -> Option<&Trigger> {
        match h.owner {
            Owner::Trigger(i) => Some(&self.triggers[i as usize]),
            Owner::Cue(_) => None,
        }
    }

    /// How many words after a cue it reaches (0 for a trigger).
    pub(crate) fn window(&self, h: &Hit) -> usize {
        match h.owner {
            Owner::Cue(i) => self.cues[i as usize].window,
            Owner::Trigger(_) => 0,
        }
    }

    /// Adds one file's text; `path` names it in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for bad TOML, [`Error::Invalid`] listing every bad
    /// entry (unfolded form, duplicate or malformed id, unknown type or kind).
    pub fn add_file(&mut self, path: &Path, text: &str) -> Result<(), Error> {
        let raw: RawFile =
            toml::from_str(text).map_err(|e| Error::Parse { path: path.into(), message: e.to_string() })?;
        let mut problems = Vec::new();
        let h = &raw.header;
        for (name, v) in [("source", &h.source), ("licence", &h.licence), ("updated", &h.updated)] {
            if v.trim().is_empty() {
                problems.push(format!("header field {name} is empty"));
            }
        }
        let mut seen: HashSet<String> = self
            .triggers
            .iter()
            .map(|t| t.id.clone())
            .chain(self.cues.iter().map(|c| c.id.clone()))
            .collect();
        let check_words = |what: &str, id: &str, list: &[String], problems: &mut Vec<String>| {
            for w in list {
                if w.trim().is_empty() {
                    problems.push(format!("{id}: empty {what}"));
                } else if !is_folded(w) {
                    problems.push(format!("{id}: {what} {w:?} is not folded"));
                }
            }
        };
        match h.format.as_str() {
            "marsad-triggers/1" => {
                let kind = match h.kind.as_deref().and_then(EventType::parse) {
                    Some(k) => k,
                    None => {
                        // Plain words, not `Some("SKIRMISH")`: the analyst needs the value and the choices.
                        let types: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
                        problems.push(match &h.kind {
                            Some(k) => format!(
                                "header type {k:?} is not a PLOVER type (one of {})",
                                types.join(", ")
                            ),
                            None => format!("header type is missing: give one of {}", types.join(", ")),
                        });
                        return Err(Error::Invalid { path: path.into(), problems });
                    }
                };
                if !raw.cue.is_empty() || !raw.words.is_empty() {
                    problems.push("a trigger file may not hold [[cue]] entries or [words]".into());
                }
                for (name, g) in &raw.guards {
                    if g.words.is_empty() {
                        problems.push(format!("guard set {name}: no words"));
                    }
                    if g.words.iter().any(|w| w.starts_with('@')) {
                        problems.push(format!("guard set {name}: a set may not name another set"));
                    }
                    check_words("unless word", &format!("guard set {name}"), &bare(&g.words), &mut problems);
                    let at = format!("@{name}");
                    let used = raw
                        .trigger
                        .iter()
                        .any(|t| t.unless_prev.contains(&at) || t.unless_next.contains(&at));
                    if !used {
                        problems.push(format!("guard set {name} is used by no trigger"));
                    }
                }
                let prefix = format!("TRG-{}-", kind.as_str().to_lowercase());
                for mut t in raw.trigger {
                    let mut guard_sets: Vec<(String, String)> = Vec::new();
                    for list in [&mut t.unless_prev, &mut t.unless_next] {
                        match expand_guards(list, &raw.guards, &mut guard_sets) {
                            Ok(words) => *list = words,
                            Err(e) => problems.push(format!("{}: {e}", t.id)),
                        }
                    }
                    if !t.id.starts_with(&prefix) || !t.id[prefix.len()..].chars().all(|c| c.is_ascii_digit())
                    {
                        problems.push(format!("id {} does not have the form {prefix}NNN", t.id));
                    }
                    if !seen.insert(t.id.clone()) {
                        problems.push(format!("duplicate id {}", t.id));
                    }
                    if t.forms.is_empty() {
                        problems.push(format!("{}: no forms", t.id));
                    }
                    check_words("form", &t.id, &t.forms, &mut problems);
                    check_words("with word", &t.id, &t.with, &mut problems);
                    check_words("unless word", &t.id, &bare(&t.unless_prev), &mut problems);
                    check_words("unless word", &t.id, &bare(&t.unless_next), &mut problems);
                    check_words("clitic", &t.id, &t.unless_clitic, &mut problems);
                    check_words("unless token", &t.id, &t.unless_token, &mut problems);
                    if t.with_after && t.with.is_empty() {
                        problems.push(format!("{}: with_after without with words", t.id));
                    }
                    if t.next_past_name && t.unless_next.is_empty() {
                        problems.push(format!("{}: next_past_name without unless_next words", t.id));
                    }
                    let pronoun_required = match t.pronoun.as_deref() {
                        None => false,
                        Some("required") => true,
                        Some(other) => {
                            problems.push(format!("{}: pronoun {other:?} (only \"required\")", t.id));
                            false
                        }
                    };
                    if let (Some(mode), Some(modes)) = (&t.mode, &h.modes) {
                        if !modes.contains(mode) {
                            problems.push(format!(
                                "{}: mode {mode:?} is not one of the header's modes ({})",
                                t.id,
                                modes.join(", ")
                            ));
                        }
                    }
                    for id in t.named_source.iter().chain(&t.named_target) {
                        if id.is_empty() || id.contains(char::is_whitespace) {
                            problems.push(format!("{}: named side {id:?} is no actor id", t.id));
                        }
                    }
                    let confidence = t.confidence.unwrap_or(0.7);
                    if !(0.0..=1.0).contains(&confidence) {
                        problems.push(format!("{}: confidence {confidence} outside 0..1", t.id));
                    }
                    self.triggers.push(Trigger {
                        id: t.id,
                        kind,
                        mode: t.mode,
                        forms: t.forms.iter().map(|f| words(f)).collect(),
                        joint: t.joint,
                        governs: t.governs,
                        with_list: WordList::new(&t.with),
                        with: t.with,
                        within: t.within.unwrap_or(3),
                        unless_prev_list: UnlessList::new(&t.unless_prev),
                        unless_next_list: UnlessList::new(&t.unless_next),
                        unless_prev: t.unless_prev,
                        unless_next: t.unless_next,
                        pronoun_required,
                        unless_clitic: t.unless_clitic,
                        unless_token: t.unless_token,
                        with_after: t.with_after,
                        next_past_name: t.next_past_name,
                        subject_is_target: t.subject_is_target,
                        names_doer: t.names_doer,
                        subject_is_struck: t.subject_is_struck,
                        adjective: t.adjective,
                        named_source: t.named_source,
                        named_target: t.named_target,
                        confidence,
                        guard_sets,
                    });
                }
            }
            "marsad-cues/1" => {
                if !raw.trigger.is_empty() || !raw.words.is_empty() || !raw.guards.is_empty() {
                    problems.push("a cue file may not hold [[trigger]] entries, [words] or [guards]".into());
                }
                for c in raw.cue {
                    if !c.id.starts_with("CUE-") {
                        problems.push(format!("id {} does not start with CUE-", c.id));
                    }
                    if !seen.insert(c.id.clone()) {
                        problems.push(format!("duplicate id {}", c.id));
                    }
                    check_words("phrase", &c.id, &c.phrases, &mut problems);
                    check_words("unless word", &c.id, &bare(&c.unless_prev), &mut problems);
                    check_words("unless word", &c.id, &bare(&c.unless_next), &mut problems);
                    let Some(kind) = CueKind::parse(&c.kind) else {
                        let known: Vec<&str> = CueKind::NAMES.iter().map(|(name, _)| *name).collect();
                        problems.push(format!(
                            "{}: unknown kind {:?} (known: {})",
                            c.id,
                            c.kind,
                            known.join(", ")
                        ));
                        continue;
                    };
                    self.cues.push(Cue {
                        id: c.id,
                        kind,
                        phrases: c.phrases.iter().map(|p| words(p)).collect(),
                        // A plan word (`من المقرر`) sets the whole sentence's
                        // reading unless it says how far it reaches.
                        window: c.window.unwrap_or(if kind == CueKind::Plan { SENTENCE } else { 3 }),
                        unless_prev_list: UnlessList::new(&c.unless_prev),
                        unless_next_list: UnlessList::new(&c.unless_next),
                        unless_prev: c.unless_prev,
                        unless_next: c.unless_next,
                    });
                }
            }
            "marsad-words/1" => {
                if !raw.trigger.is_empty() || !raw.cue.is_empty() || !raw.guards.is_empty() {
                    problems
                        .push("a words file may not hold [[trigger]] or [[cue]] entries or [guards]".into());
                }
                if self.words.is_some() {
                    problems.push("word sets are already loaded from another file".into());
                }
                for (name, list) in &raw.words {
                    check_words("word", name, list, &mut problems);
                }
                self.words = Some(Words::from_table(raw.words, &mut problems));
            }
            other => problems.push(format!("unknown format {other:?}")),
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid { path: path.into(), problems })
        }
    }

    /// Loads every `*.toml` in `dir`, in name order.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] if the directory or a file cannot be read, else the
    /// first file's [`Rules::add_file`] error.
    pub fn load_dir(dir: &Path) -> Result<Rules, Error> {
        let mut rules = Rules::default();
        for f in toml_files(dir)? {
            let text = std::fs::read_to_string(&f).map_err(|source| Error::Io { path: f.clone(), source })?;
            rules.add_file(&f, &text)?;
        }
        Ok(rules)
    }
}

/// The `*.toml` files of `dir`, in name order.
pub(crate) fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| Error::Io { path: dir.into(), source })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "[header]\nformat = \"marsad-triggers/1\"\ntype = \"CONSULT\"\nsource = \"s\"\nlicence = \"l\"\nupdated = \"2026-11-25\"\n";

    fn load(body: &str) -> Result<Rules, Error> {
        let mut r = Rules::default();
        r.add_file(Path::new("t.toml"), &format!("{HEADER}{body}")).map(|_| r)
    }

    #[test]
    fn loads_a_trigger_with_defaults() {
        let r =
            load("[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\", \"اتصال هاتفي\"]\n").unwrap();
        let t = &r.triggers[0];
        assert_eq!(t.kind, EventType::Consult);
        assert_eq!(t.forms[1], vec!["اتصال", "هاتفي"]);
        assert_eq!((t.within, t.confidence, t.joint, t.next_past_name), (3, 0.7, false, false));
    }

    /// A header that lists its modes catches a misspelt one; a header that lists none lets any through.
    #[test]
    fn a_mode_must_be_one_the_header_lists() {
        let header = HEADER.replace("updated", "modes = [\"visit\", \"phone\"]\nupdated");
        let trigger = |mode: &str| {
            format!(
                "{header}[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\nmode = \"{mode}\"\n"
            )
        };
        let mut rules = Rules::default();
        assert!(rules.add_file(Path::new("consult.toml"), &trigger("phone")).is_ok());
        let err =
            Rules::default().add_file(Path::new("consult.toml"), &trigger("fone")).unwrap_err().to_string();
        assert!(
            err.contains("TRG-consult-001: mode \"fone\" is not one of the header's modes (visit, phone)"),
            "{err}"
        );
        assert!(
            load("[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\nmode = \"fone\"\n").is_ok()
        );
    }

    #[test]
    fn next_past_name_needs_unless_next_words() {
        let err =
            load("[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\nnext_past_name = true\n")
                .unwrap_err()
                .to_string();
        assert!(err.contains("TRG-consult-001: next_past_name without unless_next words"), "{err}");
        let r = load(
            "[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\n\
             unless_next = [\"صحفي\"]\nnext_past_name = true\n",
        )
        .unwrap();
        assert!(r.triggers[0].next_past_name);
    }

    #[test]
    fn an_unless_word_may_be_written_whole() {
        // `=منه` loads as written (the coder matches it as the whole word);
        // what follows `=` must be a folded word like any other.
        let r =
            load("[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\nunless_next = [\"=منه\"]\n")
                .unwrap();
        assert_eq!(r.triggers[0].unless_next, ["=منه"]);
        let err = load(
            "[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\nunless_prev = [\"=\", \"=أمام\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("TRG-consult-001: empty unless word"), "{err}");
        assert!(err.contains("TRG-consult-001: unless word \"أمام\" is not folded"), "{err}");
    }

    #[test]
    fn a_guard_set_is_taken_whole_where_a_trigger_names_it() {
        let r = load(
            "[guards.time_mark]\nwords = [\"=عقب\", \"غداه\"]\nnote = \"a time mark\"\n\
             [[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\n\
             unless_prev = [\"قبل\", \"@time_mark\"]\nunless_next = [\"@time_mark\"]\n\
             [[trigger]]\nid = \"TRG-consult-002\"\nforms = [\"لقاء\"]\n",
        )
        .unwrap();
        assert_eq!(r.triggers[0].unless_prev, ["قبل", "=عقب", "غداه"]);
        assert_eq!(r.triggers[0].unless_next, ["=عقب", "غداه"]);
        assert!(r.triggers[1].unless_prev.is_empty());
        // `explain` names the set a refusing word came from.
        let t = &r.triggers[0];
        assert_eq!(t.guard_set_refusing(&t.unless_prev, "وعقب"), Some("time_mark"));
        assert_eq!(t.guard_set_refusing(&t.unless_prev, "قبل"), None);
        assert_eq!(t.guard_set_refusing(&t.unless_prev, "بعد"), None);
    }

    #[test]
    fn a_guard_set_must_be_known_used_folded_and_flat() {
        let err = load(
            "[guards.unused]\nwords = [\"بعد\"]\n\
             [guards.unfolded]\nwords = [\"إثر\", \"@unused\"]\n\
             [[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"اجتماع\"]\n\
             unless_prev = [\"@time_mark\", \"@unfolded\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains(
                "TRG-consult-001: unknown guard set @time_mark (this file names: @unfolded, @unused)"
            ),
            "{err}"
        );
        assert!(err.contains("guard set unused is used by no trigger"), "{err}");
        assert!(err.contains("guard set unfolded: unless word \"إثر\" is not folded"), "{err}");
        assert!(err.contains("guard set unfolded: a set may not name another set"), "{err}");
    }

    #[test]
    fn collects_every_problem() {
        let err = load(
            "[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"زيارة\"]\n\
             [[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"لقاء\"]\n\
             [[trigger]]\nid = \"TRG-assault-002\"\nforms = []\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("t.toml: "), "{err}");
        assert!(err.contains("TRG-consult-001: form \"زيارة\" is not folded"), "{err}");
        assert!(err.contains("duplicate id TRG-consult-001"), "{err}");
        assert!(err.contains("id TRG-assault-002 does not have the form TRG-consult-NNN"), "{err}");
        assert!(err.contains("TRG-assault-002: no forms"), "{err}");
    }

    #[test]
    fn bad_toml_names_the_file_and_line() {
        let err = load("[[trigger]\n").unwrap_err().to_string();
        assert!(err.starts_with("t.toml: ") && err.contains("line"), "{err}");
        let err =
            load("[[trigger]]\nid = \"TRG-consult-001\"\nforms = [\"لقاء\"]\ncolour = 1\n").unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }

    /// A cue's `unless_prev`/`unless_next` load as written and are checked
    /// for folding as a trigger's are; a cue without them has none.
    #[test]
    fn a_cue_has_unless_words() {
        let head = "[header]\nformat = \"marsad-cues/1\"\nsource = \"s\"\nlicence = \"l\"\nupdated = \"u\"\n";
        let mut r = Rules::default();
        let text = format!(
            "{head}[[cue]]\nid = \"CUE-hyp-002\"\nkind = \"hypothetical\"\nphrases = [\"في حاله\", \"حال\"]\n\
             unless_prev = [\"اي\"]\nunless_next = [\"=حرب\", \"تاهب\"]\n\
             [[cue]]\nid = \"CUE-hyp-001\"\nkind = \"hypothetical\"\nphrases = [\"اذا\"]\n"
        );
        r.add_file(Path::new("c.toml"), &text).unwrap();
        assert_eq!(r.cues[0].unless_prev, ["اي"]);
        assert_eq!(r.cues[0].unless_next, ["=حرب", "تاهب"]);
        assert!(r.cues[1].unless_prev.is_empty() && r.cues[1].unless_next.is_empty());
        let text = format!(
            "{head}[[cue]]\nid = \"CUE-hyp-002\"\nkind = \"hypothetical\"\nphrases = [\"حال\"]\n\
             unless_prev = [\"أي\"]\nunless_next = [\"=\"]\n"
        );
        let err = Rules::default().add_file(Path::new("c.toml"), &text).unwrap_err().to_string();
        assert!(err.contains("CUE-hyp-002: unless word \"أي\" is not folded"), "{err}");
        assert!(err.contains("CUE-hyp-002: empty unless word"), "{err}");
    }

    #[test]
    fn unknown_cue_kind_is_reported() {
        let mut r = Rules::default();
        let text = "[header]\nformat = \"marsad-cues/1\"\nsource = \"s\"\nlicence = \"l\"\nupdated = \"u\"\n\
                    [[cue]]\nid = \"CUE-x-001\"\nkind = \"maybe\"\nphrases = [\"ربما\"]\n";
        let err = r.add_file(Path::new("c.toml"), text).unwrap_err().to_string();
        assert!(
            err.starts_with(
                "c.toml: CUE-x-001: unknown kind \"maybe\" (known: negation, negation_after, claim,"
            ),
            "{err}"
        );
        assert!(err.ends_with(", speech, period)"), "{err}");
    }

    #[test]
    fn an_unknown_header_type_is_named_plainly_with_the_types() {
        let mut r = Rules::default();
        let text = "[header]\nformat = \"marsad-triggers/1\"\ntype = \"SKIRMISH\"\nsource = \"s\"\nlicence = \"l\"\nupdated = \"u\"\n";
        let err = r.add_file(Path::new("skirmish.toml"), text).unwrap_err().to_string();
        assert_eq!(
            err,
            "skirmish.toml: header type \"SKIRMISH\" is not a PLOVER type (one of AGREE, CONSULT, SUPPORT, CONCEDE, \
             COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)"
        );
        let err = r.add_file(Path::new("t.toml"), &text.replace("type = \"SKIRMISH\"\n", "")).unwrap_err();
        assert!(err.to_string().contains("header type is missing: give one of AGREE, "), "{err}");
    }
}
