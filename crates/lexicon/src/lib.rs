//! marsad-lexicon: skeleton, see the issue.
#![deny(missing_docs)]
