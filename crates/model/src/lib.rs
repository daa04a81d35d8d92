//! The plain data that flows between marsad's pipeline stages.
//!
//! marsad is a pipeline: ingest → clean → annotate (dates, entities, events)
//! → resolve → store → serve. Each stage is its own crate; this crate holds
//! only the *values* they hand each other, so that a stage depends on the
//! shape of its input and not on the crate that produced it.
//!
//! # Overview
//!
//! - [`Span`]: a byte range into the cleaned body of an article. Every
//!   mention, date and event keeps one so evidence can be highlighted.
//! - [`DateMention`] and [`DateValue`]: a temporal expression and what it
//!   means, with its [`Precision`].
//! - [`Entity`] and [`Mention`]: an actor or place resolved to a stable id,
//!   and where the text names it.
//! - [`Event`]: a PLOVER event with its arguments and evidence.
//!
//! # Offsets
//!
//! Offsets are byte offsets into the *cleaned* body (`marsad_text::clean`
//! output). The cleaning step keeps a map back to the bytes the outlet
//! published; see `marsad_text::Cleaned::to_original`.
#![deny(missing_docs)]

mod date;
mod entity;
mod event;
mod span;

pub use crate::date::{DateMention, DateValue, Precision, Ymd};
pub use crate::entity::{Entity, EntityKind, GeoPrecision, Mention};
pub use crate::event::{Event, EventType, ReportedAs};
pub use crate::span::Span;
