//! marsad-coder: PLOVER events from cleaned, annotated Arabic sentences.
//!
//! The coder reads each sentence of an article together with what the
//! earlier stages found in it (actor and place mentions, date expressions)
//! and codes who did what to whom, where and when, as PLOVER events — in
//! Arabic, without translation. Trigger words and cue words are data
//! (`data/triggers/*.toml`, one file per type plus `cues.toml`): an analyst
//! adds a trigger without recompiling, and every event stores the id of the
//! trigger rule that fired.
//!
//! # Overview
//!
//! - [`Coder`]: loaded once ([`Coder::from_dir`], [`Coder::embedded`]),
//!   then [`Coder::code`] an [`Input`] into [`marsad_model::Event`]s, or
//!   [`Coder::explain`] it into [`SentenceTrace`]s.
//! - [`Input`]: the cleaned body, its sentences, mentions and dates.
//! - [`add_affiliations`], [`drop_unarmed_doers`], [`add_hosts`]: steps the
//!   caller runs on the coded events with knowledge the coder does not hold:
//!   an official's state (`person:sergey-lavrov` → `RUS` beside him), a
//!   body that never fights out of an attack's doers (`SOHR`, `UN`), and the
//!   host of a visit told by its place (`زيارة إلى دمشق` → target `SYR-GOV`).
//! - [`Rules`], [`Trigger`], [`Cue`], [`Words`]: the loaded data (the
//!   last, `words.toml`, the word sets the rules consult); [`check_dir`]:
//!   what `marsad lexicon check` reports on the files (load errors, entries
//!   written twice, words two types fire on unconditionally).
//!
//! How a sentence is read: triggers are matched on folded tokens with
//! clitics (`والاجتماع`, `ستستضيفه`); a longer trigger hides a shorter one
//! inside it; a trigger inside an actor's name (`جيش الاحتلال`) or in the
//! content of a demand, refusal, threat or agreement (`رفضت تركيا الالتحاق
//! بركب العقوبات`) is not an event; arguments are attached as described in
//! the `attach` module; cues set `negated` and `reported_as`; an act named
//! as known (`هذا الهجوم`, `منذ هجوم سوروتش`, `بعد انتهاء القمة`, a
//! present-tense verb in a relative clause) refers to one told before, and a
//! yes/no question (`هل …؟`) tells nothing; an act told as the result or
//! cause of another in its sentence (`ما أدى إلى مقتل`, `إثر الهجمات`) is
//! that act; a withdrawal or deployment told as a verbal noun is done by the
//! name after it (`أعلن X انسحاب Y`); a guess (`ربما`، `يبدو أن`) covers
//! its own clause only; tens of thousands killed (`بمقتل أكثر من 350 ألف
//! شخص`) is a war's toll, not an attack; repeats are merged (see the
//! `merge` module: attacks need a tie, same place or same day and doer; a
//! demand, accusation, refusal or threat told in another sentence is
//! another utterance; two attack words of different modes in one sentence
//! are two attacks).
//!
//! # Example
//!
//! ```
//! use marsad_coder::{Coder, Input};
//! use marsad_model::{DateValue, EntityKind, EventType, Mention, Span};
//!
//! let body = "والتقى بوتين مع فيدان في موسكو.";
//! let mention = |id: &str, word: &str| {
//!     let start = body.find(word).unwrap();
//!     Mention { entity_id: id.into(), span: Span::new(start, start + word.len()), text: word.into(), rule: "t".into() }
//! };
//! let mentions = [mention("RUS", "بوتين"), mention("TUR", "فيدان"), mention("place:moscow", "موسكو")];
//! let kinds = |id: &str| Some(if id.starts_with("place:") { EntityKind::Place } else { EntityKind::Country });
//! let input = Input {
//!     body,
//!     sentences: &[Span::new(0, body.len())],
//!     mentions: &mentions,
//!     kinds: &kinds,
//!     within: &|_, _| false,
//!     dates: &[],
//!     published: &DateValue::unknown(),
//! };
//! let events = Coder::embedded().code(&input);
//! assert_eq!(events[0].kind, EventType::Consult);
//! assert_eq!(events[0].source, ["RUS"]);
//! assert_eq!(events[0].target, ["TUR"]);
//! assert_eq!(events[0].place.as_deref(), Some("place:moscow"));
//! ```
//!
//! See `examples/explain.rs` for a runnable walk-through.
#![deny(missing_docs)]

pub use crate::affiliation::{add_affiliations, drop_unarmed_doers};
pub use crate::check::{check_dir, Check, Finding};
pub use crate::coder::{Coder, MERGE_REACH};
pub use crate::error::Error;
pub use crate::host::add_hosts;
pub use crate::input::Input;
pub use crate::rules::{Cue, CueKind, Rules, Trigger};
pub use crate::trace::{Outcome, SentenceTrace, TriggerTrace};
pub use crate::words::{WordSet, Words, SET_NAMES};

mod affiliation;
mod affix;
mod arguments;
mod attach;
mod check;
mod coder;
mod error;
mod fold;
mod grammar;
mod host;
mod input;
mod matcher;
mod merge;
mod modality;
mod recap;
mod refusal;
mod rules;
mod sentence;
mod trace;
mod words;
