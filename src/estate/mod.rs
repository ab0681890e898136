//! The estate as a consultant reads it before anything moves: its totals and breakdowns
//! ([`totals`]), the subset a run assesses (`--where`, [`scope`]) and the groups it is moved
//! in (`--group-by`, `--groups`, [`groups`]). Typed, above the importer and below the engine;
//! the words layer says them and the reports lay them out.

pub mod group_sizes;
pub mod groups;
pub mod scope;
pub mod totals;

/// What a run adds to the machines it assesses: what was left out of scope, how machines are
/// grouped and the estate's totals. Empty (the default) for a run that asked for none of it,
/// so that a report made without it is the report it always was.
#[derive(Debug, Default)]
pub struct View {
    pub scope: scope::Scope,
    pub groups: Option<groups::Groups>,
    /// What the sizes chosen for each group's machines add up to (with `groups`).
    pub group_sizes: Option<group_sizes::GroupSizes>,
    pub totals: Option<totals::Totals>,
}

/// What `--where`, `--group-by` or `--groups` asked that cannot be done. Typed; worded by
/// `crate::words::estate` (its `Display` is the English).
#[derive(Debug, Clone, PartialEq)]
pub enum EstateError {
    /// `--where` with no `=` (or `!=`).
    NoOperator { expr: String },
    /// Nothing left of the `=`.
    NoField { expr: String },
    /// Nothing right of the `=`.
    NoValue { expr: String },
    /// A field `--where` does not know, and no column the inventory kept by that name.
    UnknownField { expr: String, field: String },
    /// A value the field cannot hold (`powerstate=maybe`).
    BadValue {
        expr: String,
        value: String,
        allowed: &'static str,
    },
    /// The inventory has no column for the field asked about.
    NoColumn { what: String },
    /// A `--groups` file that cannot be read.
    GroupsFile {
        file: String,
        why: GroupsFileProblem,
    },
}

/// Why a `--groups` file is refused.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupsFileProblem {
    Io(String),
    /// Its first row names no machine column, or no group column.
    NoColumn {
        column: &'static str,
    },
    /// A row that does not read as CSV.
    BadRow {
        row: u64,
        error: String,
    },
}

impl std::error::Error for EstateError {}
