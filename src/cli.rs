//! Command-line definitions (clap derive). One subcommand per module in `commands/`.

use std::path::PathBuf;

use crate::words::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "rehost",
    version,
    about = "Can these on-premises machines move to Azure? Which rule says no, and what to fix.",
    long_about = None
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Assess every machine against the support matrices and write a report.
    Assess(AssessArgs),
    /// Show every rule's outcome for one machine, with the values read and where from.
    Explain(ExplainArgs),
    /// Show what was detected in the inventory files: formats, column mapping, rows.
    Inspect(InspectArgs),
    /// List, show or check the support-matrix rules.
    Rules(RulesArgs),
    /// What changed between two assessments: two JSON reports, or two inventories assessed
    /// with the same options (after a remediation round, or at two `--as-of` dates).
    Diff(DiffArgs),
    /// Print a shell's completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Write what another tool imports: Azure Migrate's import CSV, from any inventory.
    Export(ExportArgs),
    /// Print the manual page (roff): `rehost man | man -l -`, `rehost man assess`, or every
    /// page into a folder with `--dir`.
    Man(ManArgs),
    /// Write copies of inventories with every identifying value (names, paths, addresses,
    /// UUIDs, notes) replaced by pseudonyms from a secret key, and the map back to the
    /// originals beside them; what rehost judges is kept, so the verdicts are the same.
    Anonymise(AnonymiseArgs),
    /// Put the original names back into reports made from anonymised copies, using the map.
    Deanonymise(DeanonymiseArgs),
}

#[derive(Debug, Args)]
pub struct AnonymiseArgs {
    /// Inventory files or folders, as `assess` reads them.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The folder to write the copies into (made if missing; never a folder an input is in).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: PathBuf,
    /// The secret key the pseudonyms are drawn from (also `REHOST_ANON_KEY`). The same key
    /// gives the same pseudonyms; there is no default.
    #[arg(
        long,
        env = "REHOST_ANON_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub key: Option<String>,
    /// Where to write the map (pseudonym → original; secret). Default: beside DIR, as
    /// `DIR.map.json`; never inside DIR.
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,
    /// `en` (default) or `ko` (also `REHOST_LANG`): rehost's own words.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko"
    )]
    pub lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct DeanonymiseArgs {
    /// Reports rehost wrote from anonymised copies (JSON, CSV, Markdown, xlsx, HTML, text).
    #[arg(required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,
    /// The map `anonymise` wrote.
    #[arg(long, value_name = "FILE")]
    pub map: PathBuf,
    /// The folder to write the restored reports into (made if missing).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: PathBuf,
    /// `en` (default) or `ko` (also `REHOST_LANG`): rehost's own words.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko"
    )]
    pub lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (`assess`, `rules`…); rehost's own page when not given.
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
    /// Where to write the page; standard output when not given. The folder must exist.
    #[arg(long, short = 'o', value_name = "PATH", conflicts_with = "dir")]
    pub output: Option<PathBuf>,
    /// Write every page (`rehost.1`, `rehost-assess.1`, …) into this folder, which must exist.
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier report (`.json` from `assess --format json`) or inventory.
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The later report or inventory.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// `table` (default), `md` or `json`.
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    pub format: DiffFormat,
    /// Where to write; standard output when not given.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// For two inventories: how both are assessed.
    #[command(flatten)]
    pub rules: RuleOptions,
    /// For two inventories: the date the OLD one is judged at (default: as NEW, `--as-of`).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub old_as_of: Option<String>,
    /// `en` (default) or `ko` (also `REHOST_LANG`): the comparison's own words (the
    /// verdict codes and the reports' messages stay as they were written).
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko"
    )]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Table,
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Xlsx,
    /// One self-contained HTML file: charts, a filterable table, a panel per machine.
    Html,
    Json,
    Csv,
    Md,
    Table,
}

/// A value of `--cloud`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CloudArg {
    Azure,
    Aws,
    Gcp,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit 1 when any machine is not ready (or unknown).
    NotReady,
    /// Exit 1 when any machine is not ready, unknown, or ready only with conditions.
    Conditions,
    /// Always exit 0 once the report is written.
    Never,
}

/// Options shared by the commands that evaluate rules.
#[derive(Debug, Clone, Args)]
pub struct RuleOptions {
    /// Target(s): asr-vmware, asr-hyperv, azure-migrate, migrate-vmware-agentless, aws-mgn,
    /// aws-drs, gcp-m2vm, hygiene
    /// (default: every target of the clouds `--cloud` chooses).
    #[arg(long, short = 't', value_delimiter = ',')]
    pub target: Vec<String>,
    /// Cloud(s) whose targets are judged when no `--target` is given: azure, aws, gcp or all
    /// (repeat it or separate with commas; default: azure).
    #[arg(long, value_enum, value_delimiter = ',', conflicts_with = "target")]
    pub cloud: Vec<CloudArg>,
    /// Use, per target, the newest matrix edition dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
    /// A folder of extra or overriding matrices (`<target>/<edition>.toml`).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Treat rules the inventory has no column for as unknown instead of not evaluated.
    #[arg(long)]
    pub strict: bool,
}

/// Disaster-recovery options: targets for machines without their own, and the link.
#[derive(Debug, Clone, Args)]
pub struct DrArgs {
    /// RPO target for machines without one of their own (`15 min`, `30s`, `1h`).
    #[arg(long, value_name = "DURATION", help_heading = "Disaster recovery")]
    pub rpo: Option<String>,
    /// RTO target for machines without one of their own (`4 hours`).
    #[arg(long, value_name = "DURATION", help_heading = "Disaster recovery")]
    pub rto: Option<String>,
    /// A TOML file mapping tiers to targets: `[tiers.gold] rpo = "30 s"  rto = "1 h"`.
    #[arg(long, value_name = "FILE", help_heading = "Disaster recovery")]
    pub dr_policy: Option<PathBuf>,
    /// Bandwidth of the replication link (`500Mbps`, `1 Gbps`).
    #[arg(long, value_name = "RATE", help_heading = "Disaster recovery")]
    pub bandwidth: Option<String>,
    /// Where replicas are written: churn limits differ.
    #[arg(
        long,
        value_enum,
        default_value = "premium",
        help_heading = "Disaster recovery"
    )]
    pub replica_storage: ReplicaStorage,
    /// Growth applied to churn when sizing bandwidth (default: the matrix's, 30%).
    #[arg(long, value_name = "PERCENT", help_heading = "Disaster recovery")]
    pub growth: Option<String>,
}

/// Sizing and cost options: what each machine would run on in Azure.
#[derive(Debug, Clone, Args)]
pub struct SizingArgs {
    /// Size from allocated cores and memory, or from utilisation (falls back to allocation
    /// for a machine the inventory has no utilisation for).
    #[arg(
        long,
        value_enum,
        default_value = "as-on-premises",
        help_heading = "Sizing and costs"
    )]
    pub sizing: SizingBasis,
    /// Headroom on utilisation for performance sizing (Azure Migrate's default, 1.3).
    #[arg(long, value_name = "FACTOR", help_heading = "Sizing and costs")]
    pub comfort_factor: Option<f64>,
    /// VM series a size may come from (`Dasv5,Dsv5,Esv5`; default: every series in the
    /// catalogue but the burstable B-series).
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "SERIES",
        help_heading = "Sizing and costs"
    )]
    pub vm_series: Vec<String>,
    /// Managed-disk type for every disk, or `auto`.
    #[arg(
        long,
        value_enum,
        default_value = "auto",
        help_heading = "Sizing and costs"
    )]
    pub disk_type: DiskTypeArg,
    /// A saved Azure Retail Prices API response (JSON) for one region: monthly compute and
    /// storage costs, and the cheapest size that fits. Without it no cost is given.
    #[arg(long, value_name = "FILE", help_heading = "Sizing and costs")]
    pub prices: Option<PathBuf>,
    /// The region to price, when the price file holds several (`westeurope`).
    #[arg(long, value_name = "REGION", help_heading = "Sizing and costs")]
    pub region: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SizingBasis {
    AsOnPremises,
    Performance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiskTypeArg {
    StandardHdd,
    StandardSsd,
    Premium,
    Auto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReplicaStorage {
    Standard,
    Premium,
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Inventory files: RVTools (xlsx or per-tab CSV), Azure Migrate CSV or discovery export,
    /// Hyper-V PowerShell exports, or any table with recognisable headers.
    #[arg(required = true, value_name = "INVENTORY")]
    pub inventories: Vec<PathBuf>,
    #[command(flatten)]
    pub rules: RuleOptions,
    #[command(flatten)]
    pub dr: DrArgs,
    #[command(flatten)]
    pub sizing: SizingArgs,
    /// Output format (default: from the -o file's extension, else a table on the terminal;
    /// html without -o writes reports/<inventory>-assessment.html;
    /// xlsx without -o writes reports/<inventory>-assessment.xlsx).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<OutputFormat>,
    /// Where to write the report; `-` for standard output. Without --format the extension
    /// chooses the format: .xlsx, .html or .htm, .json, .csv, .md, .txt (the table); any
    /// other extension, or none, is an error (with --format the name is taken as given).
    /// The folder must exist, as for a shell's `>`: a missing one is an error, not made.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Exit with status 1 when machines are at or above this level.
    #[arg(long, value_enum, default_value = "never")]
    pub fail_on: FailOn,
    /// Print how long reading, assessing and writing took (on standard error).
    #[arg(long)]
    pub timings: bool,
    /// On the terminal, list every target's machines with their reasons (and DR verdicts)
    /// instead of one line per machine.
    #[arg(long)]
    pub details: bool,
    /// The language of rehost's words: `en` (default) or `ko` (also `REHOST_LANG`). Korean
    /// covers every report (terminal, workbook, HTML, Markdown, the JSON's text) and
    /// every message: verdicts, the rules' titles, messages and fixes, data-quality records,
    /// progress and errors. What the inventory holds, product names and rule ids stay as
    /// written; JSON keys and codes, and this help, stay English.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko"
    )]
    pub lang: Option<Lang>,
    /// Also judge every machine by the editions in force on this day, and show where the
    /// verdict differs from this run's and which rules changed.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub compare_as_of: Option<String>,
    /// Assess only the machines where FIELD=VALUE (or FIELD!=VALUE) holds: powerstate
    /// (on/off/suspended), template (yes/no), cluster, datacenter, folder, host, os, name,
    /// tier, application, or a kept column's header; case-insensitive; repeat for AND. The
    /// others are counted and listed as out of scope.
    #[arg(
        long = "where",
        value_name = "FIELD=VALUE",
        help_heading = "Scope and groups"
    )]
    pub where_: Vec<String>,
    /// Per-group readiness, blockers and DR bandwidth: cluster, datacenter, folder, host,
    /// tier, application, recovery-group, or a kept column's header.
    #[arg(
        long,
        value_name = "cluster|datacenter|folder|COLUMN",
        conflicts_with = "groups",
        help_heading = "Scope and groups"
    )]
    pub group_by: Option<String>,
    /// A CSV of machine → group (optional wave, owner columns) to report per group.
    #[arg(long, value_name = "FILE", help_heading = "Scope and groups")]
    pub groups: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[arg(required = true, value_name = "INVENTORY")]
    pub inventories: Vec<PathBuf>,
    /// The machine to explain (its name as in the inventory; case-insensitive).
    #[arg(long, short = 'm')]
    pub machine: String,
    #[command(flatten)]
    pub rules: RuleOptions,
    #[command(flatten)]
    pub dr: DrArgs,
    #[command(flatten)]
    pub sizing: SizingArgs,
    /// `en` (default) or `ko` (also `REHOST_LANG`): the rules' words and explain's own.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko"
    )]
    pub lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    #[arg(required = true, value_name = "INVENTORY")]
    pub inventories: Vec<PathBuf>,
    /// `text` (default) or `json`.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: InspectFormat,
    /// `en` (default) or `ko` (also `REHOST_LANG`): the text form's own words.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko"
    )]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InspectFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub action: Option<RulesAction>,
    /// A folder of extra or overriding matrices.
    #[arg(long, value_name = "DIR", global = true)]
    pub rules: Option<PathBuf>,
    /// `en` (default) or `ko` (also `REHOST_LANG`): the rules' titles, messages and fixes in
    /// `list` and `show`.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko",
        global = true
    )]
    pub lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Every matrix and rule, one line each.
    List,
    /// One rule in full.
    Show {
        /// The rule id, e.g. ASRHV-OSDISK-GEN2.
        id: String,
    },
    /// Load a matrix file and report every problem with its line.
    Check { file: PathBuf },
    /// Every check kind a rule can use: what it looks at, and an example `check = { … }`.
    Kinds,
    /// What changed between two editions of a target: rules added, removed, limits and lists
    /// old → new. FROM and TO are dates (the edition in force on each); with none, the two
    /// newest editions; with FROM alone, FROM's edition against the newest.
    Diff {
        /// asr-vmware, asr-hyperv, azure-migrate or migrate-vmware-agentless.
        target: String,
        #[arg(value_name = "FROM")]
        from: Option<String>,
        #[arg(value_name = "TO")]
        to: Option<String>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportWhat,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// Azure Migrate's import CSV template: one row per machine, in files of at most 20,000
    /// servers, each row checked against the import's rules on the `--as-of` day, every
    /// problem listed per machine (`azure-migrate-import-problems.csv`). With
    /// `--check-rvtools`, whether RVTools xlsx files pass the RVTools XLSX import instead.
    AzureMigrateCsv(AzureMigrateCsvArgs),
}

#[derive(Debug, Args)]
pub struct AzureMigrateCsvArgs {
    /// Inventory files or folders (any format rehost reads).
    #[arg(required = true, value_name = "INVENTORY")]
    pub inventories: Vec<PathBuf>,
    /// The folder the import files go into (made if it is not there; its parent must be).
    #[arg(
        long,
        short = 'o',
        value_name = "DIR",
        required_unless_present = "check_rvtools"
    )]
    pub output: Option<PathBuf>,
    /// Check by the import's rules in force on this day (YYYY-MM-DD; default today): the OS
    /// names it recognises, the disks a row may give.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
    /// Check RVTools xlsx files against the RVTools XLSX import (sheets, columns, fewer than
    /// 20,000 servers, each VM's UUID and OS, UUIDs once) and write nothing.
    #[arg(long)]
    pub check_rvtools: bool,
    /// `en` (default) or `ko` (also `REHOST_LANG`): the summary and the problems file.
    #[arg(
        long,
        value_enum,
        ignore_case = true,
        hide_possible_values = true,
        value_name = "en|ko"
    )]
    pub lang: Option<Lang>,
}
