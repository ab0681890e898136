//! rehost: tells, for every machine in an on-premises inventory, whether it can move to Azure
//! (Site Recovery, Azure Migrate) and, if not, exactly why, under which published rule, and
//! what to fix.
//!
//! The pipeline: [`inventory`] (files → machines) → [`rules`] (support matrices as data →
//! verdicts) → [`report`] (workbook, json, csv, Markdown, terminal). Each stage knows only the
//! data type between it and the next.

pub mod anonymise;
pub mod cli;
pub mod commands;
pub mod diff;
pub mod dr;
pub mod engine;
pub mod estate;
pub mod inventory;
pub mod lifecycle;
pub mod limits;
pub mod model;
pub mod os;
pub mod plan;
pub mod report;
pub mod rules;
pub mod schema;
pub mod sizing;
pub mod units;
pub mod words;
