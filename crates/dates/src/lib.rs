//! marsad-dates: skeleton, see the issue.
#![deny(missing_docs)]
