//! marsad-pipeline: skeleton, see the issue.
#![deny(missing_docs)]
