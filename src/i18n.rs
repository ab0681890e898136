//! Transitional: the report's fixed words moved to the catalogue (`locales/<code>.ftl`, said by
//! [`crate::words::report`]); what is left here maps the old English keys to message ids until
//! every caller names its id.

pub use crate::report::{pad, width};
use crate::rules::Readiness;
pub use crate::words::Lang;
use crate::words::report as w;
pub use crate::words::report::{Word, date};

impl Lang {
    pub fn readiness(self, r: Readiness) -> &'static str {
        w::readiness(self, r)
    }
    pub fn tr(self, en: &str) -> &'static str {
        match KEYS.iter().find(|(e, _)| *e == en) {
            Some((_, id)) => w::label(self, id),
            None => Box::leak(en.to_string().into_boxed_str()),
        }
    }
    pub fn dr(self, v: crate::dr::DrVerdict) -> &'static str {
        w::dr(self, v)
    }
    pub fn support(self, s: crate::lifecycle::SupportStatus) -> &'static str {
        w::support(self, s)
    }
    pub fn word(self, x: Word) -> &'static str {
        w::word(self, x)
    }
}

const KEYS: &[(&str, &str)] = &[
    ("Summary", "rep-sheet-summary"),
    ("Machines", "rep-sheet-machines"),
    ("Findings", "rep-sheet-findings"),
    ("Disks", "rep-disks"),
    ("DR", "rep-sheet-dr"),
    ("Rules", "rep-sheet-rules"),
    ("Data quality", "rep-sheet-data-quality"),
    ("rehost assessment", "rep-rehost-assessment"),
    ("Run", "rep-run"),
    ("Tool", "rep-tool"),
    ("Matrices as of", "rep-matrices-as-of"),
    (
        "newest edition of each target",
        "rep-newest-edition-of-each-target",
    ),
    ("Editions", "rep-editions"),
    (
        "Rules not evaluated count as",
        "rep-rules-not-evaluated-count-as",
    ),
    ("not evaluated", "rep-not-evaluated"),
    ("unknown (--strict)", "rep-unknown-strict"),
    ("Inventory files", "rep-inventory-files"),
    ("Readiness by target", "rep-readiness-by-target"),
    ("Machines by readiness", "rep-machines-by-readiness"),
    ("Matrix", "rep-matrix"),
    ("Ready", "rep-ready"),
    ("Ready with conditions", "rep-ready-with-conditions"),
    ("Not ready", "rep-not-ready"),
    ("Unknown", "rep-unknown"),
    ("Not applicable", "rep-not-applicable"),
    ("Source", "rep-source"),
    (
        "Most frequent blocking rules",
        "rep-most-frequent-blocking-rules",
    ),
    (
        "No machine fails a blocking rule.",
        "rep-no-blocking-failure",
    ),
    ("Disaster recovery", "rep-disaster-recovery"),
    ("Required bandwidth (Mbps)", "rep-required-bandwidth-mbps"),
    ("Available bandwidth (Mbps)", "rep-available-bandwidth-mbps"),
    (
        "Initial replication (hours)",
        "rep-initial-replication-hours",
    ),
    (
        "Initial replication goal (hours)",
        "rep-initial-replication-goal-hours",
    ),
    ("Growth factor (%)", "rep-growth-factor"),
    (
        "Coverage gaps: rules not evaluated for lack of a column",
        "rep-coverage-gaps",
    ),
    ("Sheets in this workbook", "rep-sheets-in-this-workbook"),
    ("Bandwidth", "rep-bandwidth"),
    ("Sizing and OS support", "rep-sizing-and-os-support"),
    ("Sized", "rep-sized"),
    ("Disk tiers", "rep-disk-tiers"),
    ("OS support judged on", "rep-os-support-judged-on"),
    ("Prices", "rep-prices"),
    ("OS support", "rep-os-support"),
    ("Azure VM size", "rep-azure-vm-size"),
    ("not sized (see Machines)", "rep-not-sized-see-machines"),
    ("Machine", "rep-machine"),
    ("Target", "rep-target"),
    ("Edition", "rep-edition"),
    ("Severity", "rep-severity"),
    ("Outcome", "rep-outcome"),
    ("Rule", "rep-rule"),
    ("Title", "rep-title"),
    ("Message", "rep-message"),
    ("Remediation", "rep-remediation"),
    ("Reference", "rep-reference"),
    ("Blocking rules failed", "rep-blocking-rules-failed"),
    ("Azure vCPUs", "rep-azure-vcpus"),
    ("Azure memory (GB)", "rep-azure-memory-gb"),
    ("Support ends", "rep-support-ends"),
    ("OS as written", "rep-os-as-written"),
    ("Cores", "rep-cores"),
    ("Memory (GB)", "rep-memory-gb"),
    ("OS disk (GB)", "rep-os-disk-gb"),
    ("Largest data disk (GB)", "rep-largest-data-disk-gb"),
    ("Total storage (GB)", "rep-total-storage-gb"),
    ("Firmware", "rep-firmware"),
    ("Generation", "rep-generation"),
    ("Hypervisor", "rep-hypervisor"),
    ("Host", "rep-host"),
    ("OS as read", "rep-os-as-read"),
    ("Architecture", "rep-architecture"),
    ("BitLocker", "rep-bitlocker"),
    ("Power state", "rep-power-state"),
    ("Size chosen because", "rep-size-chosen-because"),
    ("Source (file!sheet!row)", "rep-source-file-sheet-row"),
    ("Disk", "rep-disk"),
    ("Role", "rep-role"),
    ("Size (GB)", "rep-size-gb"),
    ("Kind", "rep-kind"),
    ("Churn (MB/s)", "rep-churn-mb-s"),
    ("Azure disk tier", "rep-azure-disk-tier"),
    ("Tier size (GB)", "rep-tier-size-gb"),
    ("Recovery group", "rep-recovery-group"),
    ("Boot order", "rep-boot-order"),
    ("Tier", "rep-tier"),
    ("Application", "rep-application"),
    ("RPO target", "rep-rpo-target"),
    ("Achievable RPO", "rep-achievable-rpo"),
    ("Replication frequency", "rep-replication-frequency"),
    ("RTO target", "rep-rto-target"),
    ("Peak churn (MB/s)", "rep-peak-churn-mb-s"),
    ("DR verdict", "rep-dr-verdict"),
    ("Why", "rep-why"),
    ("Applies to", "rep-applies-to"),
    ("Checks", "rep-checks"),
    ("Message when it fails", "rep-message-when-it-fails"),
    ("Issue", "rep-issue"),
    ("File", "rep-file"),
    ("Sheet", "rep-sheet"),
    ("Cell", "rep-cell"),
    ("Row", "rep-row"),
    ("Field", "rep-field"),
    ("Raw text", "rep-raw-text"),
    ("What", "rep-what"),
    ("matrix page", "rep-matrix-page"),
    (
        "one row per machine: what was read, its readiness for each target, OS support, Azure size and cost",
        "rep-about-machines",
    ),
    (
        "every rule a machine fails or cannot be told for, with the fix and the page",
        "rep-about-findings",
    ),
    (
        "one row per disk: role, size, Azure disk tier, and the disk-size rules' outcome",
        "rep-about-disks",
    ),
    (
        "RPO, RTO, churn and replication per machine, by recovery group",
        "rep-about-dr",
    ),
    (
        "every matrix and rule used, with its parameters and source",
        "rep-about-rules",
    ),
    (
        "files, sheets, column mapping, skipped rows and unreadable cells",
        "rep-about-data-quality",
    ),
    ("blocker", "rep-severity-blocker"),
    ("condition", "rep-severity-condition"),
    ("warning", "rep-severity-warning"),
    ("fail", "rep-outcome-fail"),
    ("pass", "rep-outcome-pass"),
    ("n/a", "rep-outcome-n-a"),
    ("not-evaluated", "rep-outcome-not-evaluated"),
    ("info", "rep-severity-info"),
    ("unknown", "rep-outcome-unknown"),
    ("vCPUs", "rep-vcpus"),
    ("page section", "rep-page-section"),
    ("Inputs read", "rep-inputs-read"),
    ("Format", "rep-format"),
    ("Header row", "rep-header-row"),
    ("Rows read", "rep-rows-read"),
    ("Attached", "rep-attached"),
    ("Skipped", "rep-skipped"),
    (
        "Columns read (header → field)",
        "rep-columns-read-header-field",
    ),
    ("Columns not used", "rep-columns-not-used"),
    ("Notes", "rep-notes"),
];
