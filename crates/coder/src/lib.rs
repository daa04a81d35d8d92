//! marsad-coder: skeleton, see the issue.
#![deny(missing_docs)]
