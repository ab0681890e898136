//! The JSON report's schema (`rehost assess --format json`), the part that is held on both
//! sides: [`crate::report::json`] writes these types and [`crate::diff`] reads them back, so a
//! field renamed or a verdict code changed is changed once, for the writer and the reader.
//!
//! It sits just above `rules/` (it names only the rules' typed verdicts) and below both its
//! users: `diff/` sits below `report/` (`report/diff.rs` lays a comparison out).
//!
//! Each type is generic over what only the writer holds: borrowed strings (`S`, `&str` when
//! writing a million machines, `String` when reading), and the rest of the object (`X`), which
//! the writer fills with its own types and flattens in place, and the reader skips as it reads
//! (`()`), so reading a report neither buffers nor keeps what it does not compare. A skipped
//! field is left out of the reader's work but still has to be JSON.
//!
//! The verdict codes are the rules' enums, so a report whose readiness, outcome or severity
//! rehost does not know is refused where it is read, not compared as an unknown string.

use serde::{Deserialize, Serialize};

use crate::rules::{Outcome, Readiness, Severity};

/// The document's key for its machines (the writer streams the document around it).
pub const MACHINES: &str = "machines";

/// A report as `rehost diff` reads it: its machines, nothing else.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Report<M> {
    pub machines: Vec<M>,
}

/// One machine: its name, what the writer says of it (its group, wave and owner when the run
/// grouped machines, facts, support, sizing; `X`), and its verdict against each target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "S: Deserialize<'de>, X: Default, A: Deserialize<'de>"))]
pub struct Machine<S, X, A> {
    pub name: S,
    #[serde(flatten, skip_deserializing)]
    pub rest: X,
    #[serde(default)]
    pub assessments: Vec<A>,
}

/// One machine against one target's matrix (an edition of it): the verdict, the rules that
/// decided it, the failed and unknown rules, and what else the writer says of it (`X`: rules
/// passed, not applicable or not evaluated, coverage, DR, size).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "S: Deserialize<'de>, F: Deserialize<'de>, X: Default"))]
pub struct Assessment<S, F, X> {
    pub target: S,
    pub edition: String,
    pub readiness: Readiness,
    #[serde(skip_deserializing)]
    pub blocking: Vec<S>,
    /// Failed and unknown rules (a report before rules were listed by id wrote every rule
    /// here, passes too).
    #[serde(default)]
    pub findings: Vec<F>,
    #[serde(flatten, skip_deserializing)]
    pub rest: X,
}

/// A rule's outcome for a machine, in the reader's language, and what else the writer says
/// of it (`X`: the values it read, the release that decided it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding<S, X> {
    pub rule: S,
    pub severity: Severity,
    pub outcome: Outcome,
    #[serde(default)]
    pub message: String,
    #[serde(flatten, skip_deserializing)]
    pub rest: X,
}

/// What `rehost diff` reads of a report: the writer's own parts skipped.
pub type ReadReport = Report<ReadMachine>;
pub type ReadMachine = Machine<String, (), ReadAssessment>;
pub type ReadAssessment = Assessment<String, ReadFinding, ()>;
pub type ReadFinding = Finding<String, ()>;
