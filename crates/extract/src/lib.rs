//! marsad-extract: HTML pages and news feeds to plain article data.
//!
//! This is the markup edge of ingest. It takes bytes or `&str` and returns plain data; it does no file or
//! network I/O, keeps no global state and executes nothing (scripts are dropped as text). Hostile input —
//! a tag bomb, 50 MB of garbage, binary bytes, a truncated page — gives an [`Error`], never a panic: size
//! and nesting limits ([`limits`]) are checked with a cheap linear scan before any parser runs.
//!
//! # Overview
//! - [`sniff`] tells what a file holds ([`Kind`]: HTML, feed, JSON Lines, text, binary, empty).
//! - [`decode_html`] turns page bytes into a `String`, honouring BOMs and `<meta charset>`, else
//!   detecting (windows-1256 included); [`decode_html_as`] also takes the `Content-Type` charset and
//!   says when a declaration was wrong.
//! - [`extract_html`] gives a [`Page`]: title, byline, publication date, outlet, language, direction
//!   and the main text (readability via `dom_smoothie`, with a `<p>` fallback).
//! - [`parse_feed`] gives [`FeedItem`]s from RSS 2.0, RSS 1.0/RDF and Atom (via `feed-rs`), keeping the
//!   raw date string that feed-rs cannot read when it is Arabic.
//!
//! # Example
//! ```
//! use marsad_extract::{decode_html, extract_html, sniff, Kind};
//!
//! let bytes = r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head>
//!   <meta property="og:title" content="معارضون يسيطرون على مخازن للصواريخ بريف دمشق">
//!   <meta property="article:published_time" content="2013-08-03T10:00:00Z">
//!   <meta property="og:site_name" content="CNN بالعربية"></head>
//!   <body><nav><a href="/">الرئيسية</a></nav><article>
//!   <h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1><time datetime="2013-08-03">3 آب 2013</time>
//!   <p>أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق.</p>
//!   <p>وقال المرصد السوري لحقوق الإنسان إن مقاتلين سيطروا على ثلاثة مستودعات للذخيرة.</p>
//!   </article></body></html>"#.as_bytes();
//! assert_eq!(sniff(bytes), Kind::Html);
//! let page = extract_html(&decode_html(bytes)?, None)?;
//! assert_eq!(page.title.as_deref(), Some("معارضون يسيطرون على مخازن للصواريخ بريف دمشق"));
//! assert_eq!(page.published.as_deref(), Some("2013-08-03T10:00:00Z"));
//! assert_eq!(page.outlet.as_deref(), Some("CNN بالعربية"));
//! assert!(page.dir_rtl);
//! assert!(page.text.starts_with("أكدت جهات سورية معارضة"));
//! assert_eq!(page.text.lines().count(), 2);
//! # Ok::<(), marsad_extract::Error>(())
//! ```
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

pub use crate::decode::{decode_html, decode_html_as, DecodedPage};
pub use crate::error::Error;
pub use crate::feed::{parse_feed, FeedItem};
pub use crate::html::extract_html;
pub use crate::page::Page;
pub use crate::sniff::{sniff, Kind};

pub mod limits;

mod arabic_date;
mod blocks;
mod decode;
mod error;
mod feed;
mod html;
mod iso_date;
mod metadata;
mod page;
mod sniff;
