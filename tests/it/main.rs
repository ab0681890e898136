//! The integration tests, one binary: every module runs the library or the built `rehost` as
//! a user would, on real files. One binary links the crate once (eighteen did, each with the
//! whole crate and its dependencies), which is most of a clean `cargo test`'s time.

mod common;

mod anonymise;
mod aws;
mod azure_migrate_export;

mod catalogue;
mod checks;
mod cli;
mod cli_edges;
mod cloud_verdicts;
mod clouds;
mod controllers;
mod core_report;
mod coverage;
mod destination;
mod diff;
mod dr;
mod editions;
mod estate;
mod exam;
mod explain;
mod exports;
mod fuzz_regressions;
mod guest_os;
mod hostile;
mod html;
mod hygiene;
mod import;
mod injection;
mod korean;
mod korean_words;
mod lifecycle;
mod limits;
mod matrices;
mod merge;
mod os_strings;
mod outputs;
mod prices;
mod properties;
mod pseudo_locale;
mod readme;
mod releases;
mod report;
mod rows_in;
mod scale;
mod service_verdicts;
mod sizing;
mod terminal;
mod wording;
