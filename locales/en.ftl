# rehost's own words in English. One message per id; `{ $name }` is a value the code passes.
# Every id here is in every other language's catalogue with the same placeholders (tested).
# Rule titles, messages and fixes are not here: they live in rules/ beside their rules.
# Fluent: a value's leading and trailing blanks are dropped (write {" "} to keep one), and a
# literal brace is {"{"}. Ids are kebab-case, prefixed by the area that says them.

## Findings: outcomes, check kinds, filters and releases (src/words/finding.rs, check.rs)

unknown-gap = { $what }: { $gap }

# (end of findings)

## Inventory: notes, data quality, formats (src/words/inventory.rs)

# The kind of a data-quality record.
inv-issue-invalid = invalid
inv-issue-skipped = skipped
inv-issue-assumption = assumption
inv-issue-coverage = coverage

# A sheet's format. $-free: these are names.
inv-format-rvtools-info = RVTools vInfo
inv-format-rvtools-disk = RVTools vDisk
inv-format-rvtools-partition = RVTools vPartition
inv-format-rvtools-host = RVTools vHost
inv-format-rvtools-cpu = RVTools vCPU
inv-format-rvtools-meta = RVTools vMetaData
inv-format-rvtools-other = RVTools (tab not needed)
inv-format-azure-migrate-csv = Azure Migrate CSV import
inv-format-azure-migrate-discovery = Azure Migrate discovery export
inv-format-azure-migrate-properties = Azure Migrate export properties (no machines)
inv-format-hyperv-vm = Hyper-V Get-VM export
inv-format-hyperv-vhd = Hyper-V per-VHD export
inv-format-generic = table (header aliases)
inv-format-unknown = not recognised

# Why an RVTools row that names a machine is not one.
inv-not-a-vm-template = a template, not a VM
inv-not-a-vm-srm = a Site Recovery Manager placeholder, not a VM

# Which of rehost's own reports a file is.
inv-report-workbook = a workbook report
inv-report-json = a JSON report
inv-report-diff-json = a JSON comparison (`rehost diff`)
inv-report-csv = a CSV report
inv-report-markdown = a Markdown report
inv-report-diff-markdown = a Markdown comparison (`rehost diff`)
inv-report-html = an HTML report

# Where a machine's OS was read, within its row.
inv-os-from-tools-detailed = VMware Tools (Guest Detailed Data)
inv-os-from-tools = VMware Tools
inv-os-from-config-file = configuration file
inv-os-from-os-column = OS column

# Data-quality messages. A $raw, $name or $header written "quoted" comes quoted, as Rust
# quotes a string.
inv-cannot-read = { $header }: cannot read { $raw }: { $why }
inv-no-machine-name = row { $row } has no machine name ({ $header } is empty)
inv-no-vm-name = row { $row } has no VM name
inv-not-a-vm = { $name } skipped: { $why }
inv-host-row-incomplete = vHost row { $row } names no host or version
inv-orphan-row = { $tab } row { $row }: { $why }
inv-orphan-skipped = belongs to { $name }, skipped as { $why }
inv-orphan-no-vm = names no VM
inv-orphan-not-in-vinfo = names VM { $name }, which is not in vInfo
inv-disk-row-no-vm = disk row { $row } names no VM ({ $header } is empty)
inv-hypervisor-inferred = hypervisor inferred from the host OS or management server for { $machines } machine(s)
inv-memory-without-unit = { $header } has no unit: numbers under 1,024 are read as GB, larger ones as MB
inv-no-unit = { $header } has no unit: numbers without one are read as { $unit }
inv-disk1-is-os = Disk 1 is taken as the OS disk, the others as data disks
inv-duplicate = duplicate machine name (also at { $first }); both are kept and assessed
inv-guest-os = configured as { $configured }, running { $running } ({ $from }); read as the running OS
inv-passed-over-folder = a folder inside the folder: not read (folders are opened one level deep)
inv-passed-over-special = not a regular file (a pipe, a device or a socket): not read
inv-own-report-skipped = { $report } rehost wrote, not an inventory: skipped
inv-unclosed-quote = a quote opened in this cell is never closed, which would take the next { $lines } line(s) into it; the row is read to its line end and the lines after it as rows of their own
inv-cell-not-utf8 = bytes that are not UTF-8 read as � (the rest of the file is read as UTF-8)
inv-repeated-header = row { $row } repeats the header row ({ $header_row }): not a machine
inv-name-cut = the machine name is longer than the { $chars } characters a workbook cell holds: cut at import (it ends with …[cut at …]); see the source file for the whole name

# Notes on a file or sheet as read.
inv-read-windows-1252 = not valid UTF-8; read as Windows-1252
inv-read-cp949 = not valid UTF-8; read as the Korean Windows code page (CP949)
inv-read-not-utf8 = read as UTF-8; { $cells } cell(s) hold bytes that are not, read as � (each named in data quality)
inv-read-utf16 = read as UTF-16 ({ $order })
inv-read-utf16-no-bom = read as UTF-16 ({ $order }, no BOM)
inv-big-endian = big-endian
inv-little-endian = little-endian
inv-nul-removed = NUL characters removed
inv-delimiter = delimiter { $delimiter }
inv-not-a-table = sheet { $sheet } is { $what }, not a table: skipped
inv-chart-sheet = a chart sheet
inv-dialog-sheet = a dialog sheet
inv-macro-sheet = a macro sheet
inv-vba-module = a VBA module
inv-same-name = more than one sheet is named { $name }: a later one is read as { $read_as }
inv-same-name-not-read = more than one sheet is named { $name }: an xls is read one sheet a name (the last), so the others are not read; saved as .xlsx, every one is
inv-rvtools-version = RVTools version { $version }
inv-rvtools-tab = RVTools tab { $tab }
inv-not-used = not used: { $why }
inv-unused-empty = the sheet is empty
inv-unused-no-name-column = no recognisable machine-name column (such as `Name`, `VM`, `Server name`)
inv-unused-only-name = only a name column was recognised; no machine attributes

# Why a whole file cannot be imported.
inv-error = { $file }: { $why }
inv-error-in-sheet = { $file }, sheet { $sheet }: { $why }
inv-folder-empty = the folder holds no files
inv-folder-only-reports = the folder holds only reports rehost wrote ({ $count }), no inventory
inv-own-report-refused = is { $report } rehost wrote, not an inventory; give the inventory it was made from
inv-is-directory = is a directory, not an inventory file
inv-file-empty = the file is empty (0 bytes)
inv-no-text = the file holds no text
inv-binary = not a spreadsheet or CSV file (binary content)
inv-encrypted = the workbook is encrypted (password-protected); save an unprotected copy
inv-damaged = the workbook is damaged (its reader gave up)
inv-not-zip = not a readable xlsx (zip) file: { $why }
inv-damaged-zip-entry = damaged xlsx (zip) entry { $entry }: { $why }
inv-not-xls = not a readable Excel 97-2003 workbook: { $why }
inv-csv-line = line { $line }: { $why }
inv-file-bytes = too large: { $bytes } bytes is over the { $cap } byte cap on one inventory file
inv-rows = too large: over the cap of { $cap } data rows in one CSV (the rows one spreadsheet sheet holds)
inv-machines = too large: with this file the run holds more than { $cap } machines, the cap on one run
inv-cells = too large: over the cap of { $cap } non-empty cells
inv-sheet-cells = too large: sheet { $sheet } takes the file past the cap of { $cap } non-empty cells
inv-zip-part = too large: part { $part } inflates to { $bytes } bytes (caps: { $cap_part } a part, { $cap_all } in all)
inv-no-rows = the file has no rows (empty sheet) (see `rehost inspect` and the README for the formats read)
inv-not-used-file = { $why } (see `rehost inspect` and the README for the formats read)
inv-no-name-column-anywhere = no sheet has a recognisable machine-name column (see `rehost inspect` and the README for the formats read)
inv-rvtools-without-vinfo = RVTools per-tab CSV files were given without RVTools_tabvInfo.csv, which lists the VMs
inv-bad-xlsx-reader = REHOST_XLSX_READER={ $value }: expected fast or calamine

# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
