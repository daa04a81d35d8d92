//! Integration tests: the built `marsad` binary run as a user would.

mod util;

// analyze: inputs, bad files, output schema
mod analyze;
