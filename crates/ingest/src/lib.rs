//! marsad-ingest: skeleton, see the issue.
#![deny(missing_docs)]
