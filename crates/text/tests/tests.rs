//! Integration tests of marsad-text, built as one binary.

// Shared helpers: `assert_token`, `assert_maps_back`.
mod util;

// One table of real-corpus cases per cleaning rule, plus what must not change.
mod clean_table;
// One table per fold.
mod fold_table;
// Tokens, clitics, stems and sentences on corpus sentences.
mod words_table;
// Every bundled sample article: only seed 000's obfuscated words change.
mod samples;
// Invariants for any input (proptest).
mod props;
