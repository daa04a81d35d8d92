//! Integration tests: the built `marsad` binary run as a user would.

mod util;

// analyze: inputs, bad files, JSON Lines, output schema and order
mod analyze;
// analyze: HTML pages and RSS/Atom feeds
mod html;
// clean, fold, dates: stdin filters, plain and JSON Lines
mod filters;
// demo and the bundled samples; help texts
mod demo;
// site chrome on the seed articles, end to end
mod boilerplate;
// output into a pipe the reader has closed (`marsad explain … | head`)
mod pipe;
// lexicon find reads the same knowledge as analyze
mod lexicon;
// gazetteer import: imported places are used wherever marsad analyses
mod gazetteer;
// the store commands: data directories
mod store;
// events: what the exports leave out on request
mod exports;
// search: the query syntax and --limit 0
mod search;
// a team's PostgreSQL store: two data directories over one database
mod postgres;
