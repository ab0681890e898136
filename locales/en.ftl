# rehost's own words in English. One message per id; `{ $name }` is a value the code passes.
# Every id here is in every other language's catalogue with the same placeholders (tested).
# Rule titles, messages and fixes are not here: they live in rules/ beside their rules.
# Fluent: a value's leading and trailing blanks are dropped (write {" "} to keep one), and a
# literal brace is {"{"}. Ids are kebab-case, prefixed by the area that says them.

## Findings: outcomes, check kinds, filters and releases (src/words/finding.rs, check.rs)

unknown-gap = { $what }: { $gap }

check-role-os = OS
check-role-data = data
check-role-any = all
check-or = {" "}or{" "}
check-architecture = architecture one of { $list }
check-bitlocker-allowed = BitLocker allowed
check-bitlocker-off = BitLocker off
check-churn-at-io = {" "}at { $io }
check-churn-disks-between = {" "}for disks over { $min } up to { $max }
check-churn-disks-over = {" "}for disks over { $min }
check-churn-disks-up-to = {" "}for disks up to { $max }
check-churn-per-disk = average churn per disk at most: { $rows }
check-churn-per-vm = average churn per VM at most: { $rows }
check-cores-max = at most { $max } cores
check-disk-controller = no disks on { $list } controllers
check-disk-count-data = at most { $max } data disks
check-disk-count-all = at most { $max } disks, the OS disk included
check-disk-kinds = no disks of kind { $list }
check-disk-max = { $role } disks at most { $max }
check-disk-min = { $role } disks at least { $min }
check-disk-min-strict = { $role } disks larger than { $min }
check-dynamic-os-disk-allowed = dynamic OS disk allowed
check-dynamic-os-disk-off = dynamic OS disk not allowed (basic only)
check-firmware = firmware one of { $list }
check-host-os = host one of: { $list }
check-hypervisor = platform one of { $list }
check-managed-by = managed by one of: { $list }
check-managed-by-if = if managed, managed by one of: { $list }
check-memory-max = at most { $max } of memory
check-nics-max = at most { $max } network adapters
check-os-recognised = OS recognised (not Other)
check-os-supported = OS one of: { $list }
check-os-unsupported = OS none of: { $list }
check-peak-churn-max = peak churn across all disks at most { $max }
check-rpo-frequencies = RPO target met by one of the copy frequencies { $list }
check-rpo-within = RPO target no shorter than { $within } (recovery point within { $within } of upload)
check-rpo = RPO target
check-rto = RTO target no shorter than the { $sla } the SLA promises
check-sector-4k-allowed = 4K-sector disks allowed
check-sector-4k-off = 4K-sector disks not allowed
check-secure-boot-allowed = secure boot allowed
check-secure-boot-off = secure boot off
check-vm-name = name matches { $pattern } and has at most { $max } characters
check-when-generation = generation { $generation }
check-when-firmware = { $firmware } firmware
check-when-managed = managed hosts
check-when-unmanaged = unmanaged hosts
check-when-every = every machine
check-aspect-severity = severity
check-aspect-title = title
check-aspect-applies-to = applies to
check-aspect-check = check
check-aspect-supported-os = supported OS
check-aspect-unsupported-os = unsupported OS
check-aspect-host = host
check-aspect-management-server = management server

finding-passes = passes
finding-passes-with = passes: { $what }
finding-cannot-tell = cannot tell: { $why }
finding-not-evaluated = not evaluated: { $why }
finding-not-applicable = not applicable: { $why }
finding-would-fail = { $actual } would fail it, but { $why }
finding-cause-unknown-os = the OS is not known
finding-cause-windows-client = a Windows client OS, which Azure runs only with a Visual Studio subscription
finding-cause-windows-server = a Windows Server release out of support
finding-cause-linux = a Linux version Azure does not endorse
finding-cause-other = an OS the assessment does not list
finding-rule-gone = the rule is gone
finding-undated = cannot tell: the page changed between { $after } and { $next }, and no copy read dates the change closer; the edition of { $edition } says: { $says }; that of { $next }: { $later }
finding-release-name = { $name }, { $when }
finding-release-name-components = { $name }, { $when } ({ $components })
finding-release-supports = supported since { $release }; not yet listed in the support matrix of { $edition }, which says: { $says } (release notes: "{ $quote }")
finding-release-withdraws = the support matrix of { $edition } lists it, but { $release } withdrew support (release notes: "{ $quote }")
finding-release-maybe = { $name } ({ $when }; the page gives no day) supports it, but whether it was out by the day assessed is not known; the support matrix of { $edition } says: { $says } (release notes: "{ $quote }")
finding-release-fix-withdrawn = Plan as not supported from { $name } on, or confirm with Microsoft support before relying on the matrix.
finding-release-fix-components = Use { $name } or later ({ $components }); the support matrix does not list it yet.
finding-release-fix = Rely on { $name }; the support matrix does not list it yet.
finding-release-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }
finding-no-column = the inventory has no column for { $what }
finding-subject-guest-os = the guest OS
finding-subject-host-os = the host OS
finding-subject-arch = the OS architecture
finding-subject-data-disk-count = the number of data disks
finding-subject-management = the management server
finding-subject-firmware = firmware or generation
finding-subject-os-disk-size = the OS disk size
finding-subject-data-disk-sizes = data disk sizes
finding-subject-disk-sizes = disk sizes
finding-subject-disk-field = { $disk } { $field }
finding-subject-churn = churn
finding-subject-peak-churn = peak churn
finding-churn-unreadable = { $what } { $raw }: { $why }
finding-target-rpo = RPO
finding-target-rto = RTO
finding-target-unreadable = the { $what } target { $raw } cannot be read: { $why }
finding-no-target = no { $what } target for this machine
finding-no-target-anywhere = no { $what } target (no column, --{ $option } or tier policy)
finding-os-unrecognised = the OS { $raw } is not one the catalogue recognises
finding-os-one-of = { $raw } is one of { $versions }, which the list holds only in part ({ $listed } { $n ->
    [one] is
   *[other] are
} listed)
finding-os-later = { $raw } may be a later release than the list holds ({ $listed } { $n ->
    [one] is
   *[other] are
} listed)
finding-os-no-version = the OS version is not given; { $listed } { $n ->
    [one] is
   *[other] are
} listed
finding-os-line = { $line } names a whole release line, which the list covers only in part ({ $listed } { $n ->
    [one] is
   *[other] are
} listed)
finding-listed = listed as { $spec }
finding-no-version = { $text } does not say which { $product } version
finding-no-disks-of-role = no disks of this role listed
finding-every-disk = every disk { $bound } the limit
finding-bound-at-most = at most
finding-bound-at-least = at least
finding-bound-above = larger than
finding-no-churn-limit = no churn limit for this storage
finding-churn-per-disk-not-given = churn per disk is not given; the machine's total is above the lowest per-disk limit
finding-churn-depends-on-io = the limit depends on the average I/O size, which the inventory does not give
finding-platform-assumed = platform not known ({ $gap }); assumed { $platform }, this target's source
finding-host-not-managed = the host is not managed
finding-rpo-by-frequency = RPO target { $target } met by replicating every { $every }
finding-rpo-achievable = RPO target { $target } met by achievable { $achievable }
finding-rto-met = RTO target { $target } is within the { $sla } the SLA promises
finding-when-generation = applies to generation { $want }; this is generation { $is }
finding-when-generation-gap = applies to generation { $want }; generation: { $gap }
finding-when-firmware = applies to { $want } firmware; this is { $is }
finding-when-firmware-gap = applies to { $want } firmware; firmware: { $gap }
finding-when-hypervisor = applies to { $to } machines; this is a { $is } machine
finding-when-os-unrecognised = applies to some OSes; { $raw } is not recognised
finding-when-os-not = does not apply to { $os }
finding-when-os-maybe = may apply to { $os } (version not precise enough)
finding-when-os-gap = applies to some OSes; the OS: { $gap }
finding-when-managed-no-column = applies depending on management; no column for it in the inventory
finding-when-managed = applies to managed hosts
finding-when-unmanaged = applies to unmanaged hosts
finding-when-managed-unreadable = applies depending on management; the cell is unreadable
finding-count-listed = { $n } (disks listed)
finding-rate-at-least = at least { $rate } (the average)
finding-allowed = allowed
finding-not-allowed = not allowed
finding-none = (none)
finding-arch-from-os = { $arch } (follows from the OS version)
finding-platform-inferred = { $platform } (inferred from the host)
finding-platform-assumed-actual = assumed { $platform }
finding-not-managed = not managed
finding-empty-unmanaged = (empty: not managed)
finding-disk-on = { $disk } is on { $controller ->
    [IDE] an
    [NVMe] an
   *[other] a
  } { $controller } controller
finding-machine-on = a disk on { $controller ->
    [IDE] an
    [NVMe] an
   *[other] a
  } { $controller } controller
finding-disk-value = { $disk }: { $value }
finding-disk-is = { $disk } is { $kind }
finding-kind-present = { $kind } disk present
finding-sector-4k = { $disk } has 4K sectors
finding-host-label = {" "}(host label of { $name })
finding-name-too-long = { $n } characters
finding-name-bad-chars = characters not allowed
finding-vm-name-bad = { $name }{ $label } ({ $why })
finding-target-value = { $duration } ({ $from })
finding-from-column = { $what } column
finding-from-tier = tier { $tier } in { $file }
finding-cell = { $field } = { $value }
finding-show-absent = (no column)
finding-show-empty = (empty)
finding-show-invalid = { $raw } (unreadable)
finding-limit-controllers = no disks on { $list } controllers
finding-limit-kinds = no { $list } disks
finding-limit-vm-name = { $max } characters matching { $pattern }
finding-limit-frequencies = copy frequencies { $list }
finding-limit-within = recovery points within { $within } of upload
finding-churn-row-at-io = { $max } at { $io }
finding-io-or-more = { $kb } KB or more
finding-churn-limit-vm = { $limit } ({ $storage } storage)
finding-churn-limit-disk = { $limit } per disk ({ $storage } storage)
finding-kind-pass-through = pass-through
finding-kind-shared = shared
finding-kind-independent = independent

# An OS spec's range (rules show, the Rules sheet, a list of supported OSes).
check-os-from = { $name } { $from } or later
check-os-to = { $name } { $to } or earlier
check-os-before = { $name } before { $to }
check-os-between = { $name } { $from } to { $to }
check-os-up-to = { $name } { $from } up to, not including, { $to }
check-os-other = an OS the catalogue does not recognise
check-storage-standard = standard
check-storage-premium = premium

finding-os-list-and = { $init } and { $last }
finding-os-list-more = { $first } and { $n } more
finding-fix-os-version = Find out the guest OS version (as the guest itself reports it), record it in the inventory and assess again.
finding-fix-version = Find out which { $product } version runs, record it in the inventory and assess again.
finding-fix-find-out = Find out the { $what } and enter the value in the inventory, then assess again.
# (end of findings)

## Values and fields: what a cell held and what a column is (src/words/model.rs)

# A field's name (its English is the label JSON and inspect use).
field-Name = name
field-Os = os
field-OsAlt = os (vmware tools)
field-OsDetailed = os (guest detailed data)
field-OsVersion = os version
field-OsArch = os architecture
field-Cores = cores
field-Memory = memory
field-Firmware = firmware
field-Generation = generation
field-SecureBoot = secure boot
field-BitLocker = bitlocker
field-OsDisk = os disk size
field-DataDisk = data disk sizes
field-LargestDataDisk = largest data disk
field-DataDiskCount = data disk count
field-TotalDiskCount = disk count (with OS disk)
field-DiskN = disk N size
field-DiskNWrite = disk N write throughput
field-DiskNRead = disk N read throughput
field-DiskNReadOps = disk N read ops
field-DiskNWriteOps = disk N write ops
field-DiskType = disk type
field-Nics = nics
field-CpuUtil = cpu utilisation
field-MemoryUtil = memory utilisation
field-ActiveMemory = active memory
field-CpuOverall = cpu in use (mhz)
field-CpuMax = cpu max (mhz)
field-Host = host
field-HostOs = host os
field-ManagedBy = managed by
field-Platform = platform
field-ServerType = server type
field-Hypervisor = hypervisor
field-PowerState = power state
field-Template = template
field-SrmPlaceholder = srm placeholder
field-SharedDisk = shared disk
field-FcDisk = fibre channel disk
field-PassThrough = pass-through disk
field-Rdm = rdm disk
field-Iscsi = iscsi disk
field-Sector4k = 4k sector disk
field-UsedStorage = used storage
field-ProvisionedStorage = provisioned storage
field-MachineId = machine id
field-VmUuid = vm uuid
field-VCenter = vcenter
field-VCenterVersion = vcenter version
field-VCenterType = vcenter server type
field-Rpo = rpo target
field-Rto = rto target
field-Churn = average churn
field-ChurnPerDay = churn per day
field-PeakChurn = peak churn
field-OsDiskChurn = os disk churn
field-DataDiskChurn = data disk churn
field-Tier = tier
field-Application = application
field-RecoveryGroup = recovery group
field-BootOrder = boot order
field-DiskLabel = disk
field-DiskCapacity = disk capacity
field-DiskPath = disk path
field-DiskFormat = disk format
field-DiskRaw = raw (rdm)
field-DiskSharing = sharing mode
field-DiskMode = disk mode
field-DiskController = disk controller
field-PartitionConsumed = consumed
field-EsxVersion = esx version
field-IndependentDisk = independent disk
field-Tag = tag

# A platform as a reader names it.
model-platform-vmware = VMware
model-platform-hyper-v = Hyper-V
model-platform-physical = physical
model-platform-other = other-platform
# Why a cell was refused, and why a value is not known.
model-not-a-number = not a number
model-unknown-unit = unknown unit { $unit }
model-negative = negative
model-too-large = too large
model-formula-error = formula error
model-expected-yes-no = expected yes or no
model-date-where-number = a date where a number belongs
model-yes-no-where-number = yes/no where a number belongs
model-negative-count = negative count
model-not-whole-number = not a whole number
model-negative-size = negative size
model-size-too-large = size too large
model-no-unit = no unit given and none known for this column
model-date-where-size = a date where a size belongs
model-yes-no-where-size = yes/no where a size belongs
model-expected-firmware = expected BIOS or UEFI/EFI
model-expected-generation = expected generation 1 or 2
model-generation-range = generation must be 1 or 2
model-negative-duration = negative duration
model-bad-duration = { $why } (write a duration such as 15 min or 1 h)
model-expected-duration = expected a duration such as 15 min or 1 h
model-utilisation-range = a utilisation must be between 0 and 100 %
model-expected-utilisation = expected a utilisation in per cent, such as 35
model-expected-ops = expected operations per second, such as 120
model-expected-rate = expected a rate such as 12 MB/s
model-bad-rate = { $why } (write a rate such as 12 MB/s)
model-expected-architecture = expected x64, x86, 64-bit or 32-bit
model-expected-platform = expected VMware, Hyper-V or Physical
model-expected-controller = expected a disk controller: IDE, SATA, SCSI or NVMe
model-gap-no-column = no column for it in the inventory
model-gap-empty = the cell is empty
model-gap-unreadable = could not read { $raw }: { $why }
# The names rehost gives a file's OS disk and data disk columns.
model-disk-os = OS disk
model-disk-data = Data disk { $n }
# A duration's parts, joined by a space.
model-duration-zero = 0 s
model-duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
model-duration-hours = { $n } h
model-duration-minutes = { $n } min
model-duration-seconds = { $n } s

# A day or an OS catalogue entry that does not read (src/words/model.rs).
model-bad-date = date { $text }: expected YYYY-MM-DD
model-os-pattern = { $product }: { $which }: { $err }
# A host no server manages: RVTools' standalone ESXi host (its `HostAgent` server type).
model-manager-standalone-esxi = none (ESXi host)

# (end of values and fields)

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
inv-format-hyper-v-vm = Hyper-V Get-VM export
inv-format-hyper-v-vhd = Hyper-V per-VHD export
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
inv-host-row-incomplete = vHost row { $row } names no host
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

# A file of another kind than rehost reads, told from its bytes (inventory/sniff.rs)
inv-other-kind = is { $kind }, not a workbook or CSV file (rehost reads .xlsx, .xls, .ods and CSV: save the table as one of them)
inv-xlsb = is an Excel binary workbook (.xlsb), which rehost does not read; save it as .xlsx
inv-kind-word = a Word document (.docx)
inv-kind-powerpoint = a PowerPoint presentation (.pptx)
inv-kind-visio = a Visio drawing (.vsdx)
inv-kind-xlsb = an Excel binary workbook (.xlsb)
inv-kind-word97 = a Word 97-2003 document (.doc)
inv-kind-powerpoint97 = a PowerPoint 97-2003 presentation (.ppt)
inv-kind-outlook = an Outlook message (.msg)
inv-kind-odt = an OpenDocument text document (.odt)
inv-kind-odp = an OpenDocument presentation (.odp)
inv-kind-odf = an OpenDocument file that is no spreadsheet
inv-kind-pdf = a PDF document
inv-kind-rtf = an RTF document
inv-kind-png = a PNG image
inv-kind-jpeg = a JPEG image
inv-kind-gif = a GIF image
inv-kind-gzip = a gzip archive
inv-kind-7z = a 7-Zip archive
inv-kind-rar = a RAR archive
inv-kind-zip = a zip archive

inv-host-row-no-version = vHost row { $row } names host { $host } but not its ESXi version
# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

### Disaster recovery: a machine's DR arithmetic and the estate's (src/words/dr.rs)

dr-finding = { $rule }: { $message }
dr-rpo-frequency = RPO { $target }: the longest copy frequency that meets it is { $frequency }
dr-rpo-within = RPO { $target }: recovery points are created within { $within } of upload
dr-link-short = the replication link is { $short } Mbps short of the estate's churn
dr-target-unreadable = a DR target cannot be read
dr-no-targets = no RPO or RTO target
dr-estate-link-short = the churn needs { $required } Mbps with { $growth }% growth; the { $available } Mbps link is { $short } Mbps short, so every machine with an RPO target is at risk
dr-estate-initial-over-goal = initial replication of { $size } takes { $hours } h at { $available } Mbps, over the { $goal } h goal

### Limits: a file refused by a cap (src/words/limits.rs)

lim-role-inventory = inventory file
lim-role-rules = rule file
lim-role-prices = prices file
lim-role-policy = DR policy file
lim-what-directory = a folder
lim-what-device = a device
lim-what-fifo = a pipe (FIFO)
lim-what-socket = a socket
lim-what-other = not a regular file
lim-sheet = sheet { $sheet }:{" "}
lim-not-a-file = is { $what }, not a regular { $role }: it has no size to check and may never end, so it is not read
lim-file-bytes = too large: { $bytes } bytes is over the { $cap } byte cap on one { $role }
lim-text-bytes = too large: { $at }the cells' text passes the cap of { $cap } bytes on one file (a shared string is copied into every cell that refers to it)
lim-shared-strings = too large: the shared-string table has more than { $cap } entries
lim-shared-strings-bytes = too large: the shared-string table (sharedStrings.xml) inflates past the cap of { $cap } bytes
lim-cell-xml = too large: { $at }{ $cell } is over the cap of { $cap } bytes of XML for one cell (an Excel cell holds at most 32,767 characters)
lim-styles = too large: the styles hold more than { $cap } number and cell formats
lim-part-bytes = too large: part { $part } inflates past the cap of { $cap } bytes
lim-ods-cells = too large: sheet { $sheet }'s repeat attributes (number-rows-repeated, number-columns-repeated) stand for { $cells } cells, over the cap of { $cap } ODS cells
lim-rules = too large: { $count } rules is over the cap of { $cap } in one matrix
lim-rule-text = too long: rule { $rule }'s { $field } has { $chars } characters, over the cap of { $cap }
lim-placeholders = too many: rule { $rule }'s message has { $count } placeholders, over the cap of { $cap }
lim-refused = { $file }: { $why }

### Sizing: the prices file (src/words/sizing.rs)

size-price-io = { $file }: { $err }
size-price-json = { $file }: not an Azure Retail Prices response: { $err }
size-price-empty = { $file }: no prices (the file has no Items)
size-price-regions = { $file }: prices for several regions ({ $regions }): choose one with --region
size-price-no-region = { $file }: no prices for region { $region } (the file has { $regions })
size-price-currencies = { $file }: prices in several currencies ({ $currencies }): save one currency
size-price-over = { $file }: { $why }

### Lifecycle: why an OS's support status is what it is (src/words/lifecycle.rs)

life-no-data = no lifecycle data for { $product }
life-no-version = { $product } without a version
life-no-row = no lifecycle row for { $product }
life-no-row-version = no lifecycle row for { $product } { $version }
life-several = { $label } may be any of { $releases }: judged as { $judged }, whose support ends first
life-no-os-column = the inventory has no OS column
life-os-unknown = OS unknown

### Sizing: how a size and a disk tier were chosen (src/words/sizing.rs)

size-basis-as-on-premises = as-on-premises
size-basis-performance = performance
size-disk-type-standard-hdd = standard-hdd
size-disk-type-standard-ssd = standard-ssd
size-disk-type-premium = premium
size-need-vcpus = { $n ->
        [one] { $n } vCPU
       *[other] { $n } vCPUs
    }
size-need-memory = { $gib } GiB
size-need-data-disks = { $n ->
        [one] { $n } data disk
       *[other] { $n } data disks
    }
size-need-nics = { $n ->
        [one] { $n } NIC
       *[other] { $n } NICs
    }
size-need-generation = Generation { $generation }
size-need-premium = premium storage
size-need-iops = { $iops } IOPS
size-need-mbps = { $mbps } MB/s
size-misfit-vcpus = { $has } vCPUs < { $need }
size-misfit-memory = { $has } GiB < { $need } GiB
size-misfit-data-disks = { $has } data disks < { $need }
size-misfit-nics = { $has } NICs < { $need }
size-misfit-generation = no Generation { $generation }
size-misfit-premium = no premium storage
size-misfit-iops = { $has } IOPS < { $need }
size-misfit-mbps = { $has } MB/s < { $need }
size-lacking-cores = cores
size-lacking-memory = memory
size-not-sized-blank = not sized: { $what } unknown
size-not-sized-absent = not sized: the inventory has no { $what }
size-no-series = no size of the chosen series is in the catalogue
size-none-holds = no size holds { $need } (largest of the chosen series: { $largest }, { $misfit })
size-cheapest = lowest pay-as-you-go price ({ $price } { $currency }/month, { $os }) of { $n ->
        [one] { $n } priced size that holds
       *[other] { $n } priced sizes that hold
    } { $need }
size-smallest-unpriced = smallest size that holds { $need }: the price file prices none of the { $fitting } that fit
size-smallest = smallest that holds { $need } (no price file)
size-basis-utilisation = { $cores } cores at { $cpu } % and { $gib } GiB at { $memory } %, × comfort factor { $comfort }
size-basis-unknown-utilisation = utilisation unknown for this machine (blank or unreadable): sized as on premises
size-basis-no-utilisation = no utilisation in the inventory for this machine: sized as on premises
size-basis-no-memory-utilisation = no memory utilisation: memory as allocated
size-basis-no-cpu-utilisation = no CPU utilisation: cores as allocated
size-disk-load = , { $iops } IOPS and { $mbps } MB/s
size-disk-either = { $first } or { $second }
size-disk-no-size = no size in the inventory
size-disk-size-unknown = size unknown
size-disk-no-tier = no { $kinds } tier holds { $gib } GiB{ $load } (largest: { $largest } GiB)
size-disk-cheapest = cheapest tier that holds { $gib } GiB{ $load } ({ $price } { $currency }/month)
size-disk-smallest-of = smallest { $kind } tier that holds { $gib } GiB{ $load }
size-disk-smallest-default = smallest { $kind } tier that holds { $gib } GiB (disk load unknown: { $kind }, Azure Migrate's default)
size-disk-smallest-any = smallest tier that holds { $gib } GiB{ $load } (standard HDD, then standard SSD, then premium on a tie)

# The estate's link arithmetic (the terminal, explain and the workbook's DR block).
dr-required-bandwidth = required bandwidth { $mbps } Mbps = Σ average churn × 8 × (1 + { $growth }% growth), over { $with } machine(s) with churn{ $without ->
        [0] {""}
       *[other] ; { $without } without churn are not counted
    }
dr-required-bandwidth-none = required bandwidth: no machine has a churn figure
dr-available-bandwidth = available bandwidth { $mbps } Mbps
dr-initial-replication = initial replication { $hours } h = Σ used storage × 8 ÷ available bandwidth
dr-initial-replication-goal = initial replication { $hours } h = Σ used storage × 8 ÷ available bandwidth (goal { $goal } h)

### Files and options that do not load: sizes, lifecycle tables, --growth (src/words/sizing.rs, lifecycle.rs, dr.rs)
size-cat-error = { $file }: { $why }
size-cat-not-positive = { $size }: vCPUs, memory and NICs must be > 0
size-cat-twice = { $size } is listed twice
size-cat-tier-order = { $tier }: tiers must grow in size
life-error = rules/lifecycle/{ $file }.toml: { $why }
life-product-name = product { $product } must match the file name
life-esu-note-alone = { $version }: esu_note and ko.esu_note go together (a Korean reader gets the note too)
life-date-order = { $version }: released, mainstream end, extended end and ESU end must come in that order
dr-growth-not-a-number = growth { $text }: expected a percentage such as 30%
dr-growth-range = growth { $text }: expected 0% to 1000%

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# Verdicts, as the JSON's codes in English (words/report.rs)
rep-readiness-ready = ready
rep-readiness-ready-with-conditions = ready-with-conditions
rep-readiness-not-ready = not-ready
rep-readiness-unknown = unknown
rep-readiness-not-applicable = not-applicable
rep-dr-meets = meets
rep-dr-at-risk = at-risk
rep-dr-cannot-meet = cannot-meet
rep-dr-no-targets = no-targets
rep-dr-unknown = unknown
rep-support-mainstream = mainstream support
rep-support-extended = extended support
rep-support-out-of-support = out of support
rep-support-unknown = support unknown
# The terminal's and explain's fixed phrases
rep-word-machine = MACHINE
rep-word-readiness = READINESS
rep-word-why = WHY
rep-word-legend = ✓ ready  ~ with conditions  ✗ not ready  ? unknown  · not applicable
rep-word-most-often = most often
rep-word-other-platforms = the scenario covers other platforms
rep-word-why-each = Why each verdict: --details, or `rehost explain FILE -m MACHINE` for one machine.
rep-word-read = read
rep-word-fix = fix
rep-word-see = see
# Headers, labels, sheet names
rep-sheet-summary = Summary
rep-sheet-machines = Machines
rep-sheet-findings = Findings
rep-disks = Disks
rep-sheet-dr = DR
rep-sheet-rules = Rules
rep-sheet-data-quality = Data quality
rep-rehost-assessment = rehost assessment
rep-run = Run
rep-tool = Tool
rep-matrices-as-of = Matrices as of
rep-newest-edition-of-each-target = newest edition of each target
rep-editions = Editions
rep-rules-not-evaluated-count-as = Rules not evaluated count as
rep-not-evaluated = not evaluated
rep-unknown-strict = unknown (--strict)
rep-inventory-files = Inventory files
rep-readiness-by-target = Readiness by target
rep-machines-by-readiness = Machines by readiness
rep-matrix = Matrix
rep-ready = Ready
rep-ready-with-conditions = Ready with conditions
rep-not-ready = Not ready
rep-unknown = Unknown
rep-not-applicable = Not applicable
rep-source = Source
rep-most-frequent-blocking-rules = Most frequent blocking rules
rep-no-blocking-failure = No machine fails a blocking rule.
rep-disaster-recovery = Disaster recovery
rep-required-bandwidth-mbps = Required bandwidth (Mbps)
rep-available-bandwidth-mbps = Available bandwidth (Mbps)
rep-initial-replication-hours = Initial replication (hours)
rep-initial-replication-goal-hours = Initial replication goal (hours)
rep-growth-factor = Growth factor (%)
rep-coverage-gaps = Coverage gaps: rules not evaluated for lack of a column
rep-sheets-in-this-workbook = Sheets in this workbook
rep-bandwidth = Bandwidth
rep-sizing-and-os-support = Sizing and OS support
rep-sized = Sized
rep-disk-tiers = Disk tiers
rep-os-support-judged-on = OS support judged on
rep-prices = Prices
rep-os-support = OS support
rep-azure-vm-size = Azure VM size
rep-not-sized-see-machines = not sized (see Machines)
rep-machine = Machine
rep-target = Target
rep-edition = Edition
rep-severity = Severity
rep-outcome = Outcome
rep-rule = Rule
rep-title = Title
rep-message = Message
rep-remediation = Remediation
rep-reference = Reference
rep-blocking-rules-failed = Blocking rules failed
rep-azure-vcpus = Azure vCPUs
rep-azure-memory-gb = Azure memory (GB)
rep-support-ends = Support ends
rep-os-as-written = OS as written
rep-cores = Cores
rep-memory-gb = Memory (GB)
rep-os-disk-gb = OS disk (GB)
rep-largest-data-disk-gb = Largest data disk (GB)
rep-total-storage-gb = Total storage (GB)
rep-firmware = Firmware
rep-generation = Generation
rep-hypervisor = Hypervisor
rep-host = Host
rep-os-as-read = OS as read
rep-architecture = Architecture
rep-bitlocker = BitLocker
rep-power-state = Power state
rep-size-chosen-because = Size chosen because
rep-source-file-sheet-row = Source (file!sheet!row)
rep-disk = Disk
rep-role = Role
rep-size-gb = Size (GB)
rep-kind = Kind
rep-churn-mb-s = Churn (MB/s)
rep-azure-disk-tier = Azure disk tier
rep-tier-size-gb = Tier size (GB)
rep-recovery-group = Recovery group
rep-boot-order = Boot order
rep-tier = Tier
rep-application = Application
rep-rpo-target = RPO target
rep-achievable-rpo = Achievable RPO
rep-replication-frequency = Replication frequency
rep-rto-target = RTO target
rep-peak-churn-mb-s = Peak churn (MB/s)
rep-dr-verdict = DR verdict
rep-why = Why
rep-applies-to = Applies to
rep-checks = Checks
rep-message-when-it-fails = Message when it fails
rep-issue = Issue
rep-file = File
rep-sheet = Sheet
rep-cell = Cell
rep-row = Row
rep-field = Field
rep-raw-text = Raw text
rep-what = What
rep-matrix-page = matrix page
rep-about-machines = one row per machine: what was read, its readiness for each target, OS support, Azure size and cost
rep-about-findings = every rule a machine fails or cannot be told for, with the fix and the page
rep-about-disks = one row per disk: role, size, Azure disk tier, and the disk-size rules' outcome
rep-about-dr = RPO, RTO, churn and replication per machine, by recovery group
rep-about-rules = every matrix and rule used, with its parameters and source
rep-about-data-quality = files, sheets, column mapping, skipped rows and unreadable cells
rep-severity-blocker = blocker
rep-severity-condition = condition
rep-severity-warning = warning
rep-outcome-fail = fail
rep-outcome-pass = pass
rep-outcome-n-a = n/a
rep-outcome-not-evaluated = not-evaluated
rep-severity-info = info
rep-outcome-unknown = unknown
rep-vcpus = vCPUs
rep-page-section = page section
rep-inputs-read = Inputs read
rep-format = Format
rep-header-row = Header row
rep-rows-read = Rows read
rep-attached = Attached
rep-skipped = Skipped
rep-columns-read-header-field = Columns read (header → field)
rep-columns-not-used = Columns not used
rep-notes = Notes

rep-yes = yes
rep-no = no

# Partly checked verdicts (report/checked.rs)
rep-partly-checked = partly checked
rep-fully-checked = fully checked
rep-verdict-partly = { $verdict } ({ $partly })
rep-label-checked = { $label }, { $how }
rep-legend-partly = ✓? ~? ready as far as checked: blocking rules the inventory has no column for were not checked
rep-unchecked-line = ✓? ~? { $n } blocking rule(s) not checked (no column): { $ids }
rep-not-checked = blocking rules not checked (no column): { $shown }
rep-not-checked-more = blocking rules not checked (no column): { $shown } (+{ $n } more)

# The terminal's notes (report/compact.rs, table.rs)
rep-dr-head = disaster recovery
rep-gaps-in-details = { $n } rule(s) not evaluated: the inventory has no column for what they read (--details lists them).
rep-gaps-in-report = { $n } rule(s) not evaluated: the inventory has no column for what they read (the report lists them).
rep-left-out-note = Left out: { $note }.
rep-left-out = left out
rep-dq-note = { $n } data-quality record(s): see `rehost inspect` or the workbook's Data quality sheet.
rep-why-each-in-report = Why each verdict: the report, or `rehost explain FILE -m MACHINE` for one machine.
rep-more = more
rep-all-not-applicable = not applicable to any of the { $n } machine(s): the scenario covers other
    {"  "}platforms
rep-not-evaluated-why = not evaluated, { $why }: { $rules }

# explain (report/explain.rs)
rep-x-mainstream-ends = mainstream support ends
rep-x-extended-ends = extended support ends
rep-x-esu-ends = extended security updates end
rep-x-azure-size = Azure size
rep-x-why = why
rep-x-no-size = no size
rep-x-not-priced = not in the price file
rep-x-monthly-payg = monthly compute, pay as you go
rep-x-monthly-storage = monthly storage
rep-x-disks = disks
rep-x-os-readings = OS readings
rep-x-kernel = kernel
rep-x-estate = estate
rep-x-derived = derived
rep-x-generation = generation { $g }
rep-x-cores = { $n ->
    [one] { $n } core
   *[other] { $n } cores
}
rep-x-memory = { $size } memory
rep-x-disk-size-unknown = { $disk } (size unknown)
rep-x-os-support-on = OS support on { $day }: { $status }
rep-x-size-line = { $name }  { $vcpus } vCPUs, { $gib } GiB, up to { $disks } data disks, { $nics } NICs ({ $series } series)
rep-x-monthly-reserved = monthly compute, reserved 1 year: { $one }; 3 years: { $three }

# Markdown (report/markdown.rs)
rep-md-title = Migration readiness
rep-md-intro-as-of = { $n } machine(s) from { $files }; matrices as of { $day }.
rep-md-intro-newest = { $n } machine(s) from { $files }; matrices at their newest editions.
rep-md-unchecked = { $n } blocking rule(s) not checked: { $ids }
rep-md-partly = _Partly checked_: ready as far as checked. The inventory has no column for some blocking rules, so they were not checked:
rep-md-left-out = Left out
rep-md-not-ready-or-unknown = not ready or unknown
rep-md-table-head = | Machine | Readiness | Why |
rep-md-machines = { $n } machines
rep-md-rows-not-read = Rows not read as machines
rep-md-row = Row
rep-md-more-rows = _… and { $n } more: every one is in `rehost inspect`._
rep-md-not-evaluated = Not evaluated for lack of a column

# A day in a sentence: ISO in English, as Microsoft's Korean pages write it in Korean.
day = { $year }-{ PAD($month) }-{ PAD($day) }

# The HTML page (report/html)
rep-html-os = OS
# How many rows the filter shows: the page fills { $shown } and { $total } itself.
rep-html-count = { $shown } of { $total } machine(s)
# An Azure size's shape beside its name; the page fills { $vcpus } and { $gib }.
rep-html-size-shape = { $vcpus } vCPUs, { $gib } GiB
rep-html-firmware-bios = BIOS
rep-html-firmware-uefi = UEFI
rep-html-close = Close
rep-html-platform = Platform
rep-html-extended-end = Extended support ends
rep-html-esu-end = Extended security updates end
rep-html-chosen = Chosen because
rep-html-compute = Monthly compute
rep-html-none = none
rep-html-not-covered = The scenario does not cover this machine.
rep-html-no-finding = No rule fails or is unknown.
rep-html-fix = Fix
rep-html-not-evaluated = Not evaluated (no column)
rep-html-support-mainstream = mainstream
rep-html-support-extended = extended
rep-html-support-out-of-support = out of support
rep-html-support-unknown = unknown
rep-html-partly-note = Partly checked: ready as far as checked. The inventory has no column for some blocking rules, so they were not checked.
rep-html-partly-option = ready as far as checked (partly checked)
rep-html-filter = Filter: name, OS, rule, size…
rep-html-filter-machines = Filter machines
rep-html-verdict = Verdict
rep-html-every-verdict = every verdict
rep-html-as-of = as of { $day }
rep-html-newest = at their newest editions
rep-html-meta = { $n } machine(s) from { $files } · matrices { $as_of } · OS support on { $day } · { $tool }
# A target every machine is outside of: the machine table has no column for it.
rep-html-no-column = { $target }: not applicable to any of the { $n } machine(s) ({ $why }), so the table has no column for it.
# The chart's label for screen readers.
rep-html-chart-label = Machines by readiness, per target

# The workbook (report/xlsx)
# A column's width in characters: Korean titles are wider on screen.
rep-xlsx-matrix-title-width = 52
# Excel's number format for a day: ISO; Excel's Korean long date.
rep-xlsx-date-format = yyyy-mm-dd
rep-xlsx-left-out = Left out: { $note }
rep-xlsx-partly-title = Partly checked: blocking rules not checked for ready machines
rep-xlsx-partly-intro = Ready as far as checked: the inventory has no column for these blocking rules, so they were not checked.
rep-xlsx-machines-partly = Machines partly checked
rep-xlsx-no-dr = No machine has an RPO or RTO target or a churn figure: add RPO target, RTO target or Churn (MB/s) columns, or pass --rpo/--rto.
rep-xlsx-unreadable = unreadable
rep-xlsx-os-support-on = OS support on { $day }
rep-xlsx-monthly-payg = Monthly compute ({ $currency }, pay as you go)
rep-xlsx-monthly-reserved = Monthly compute ({ $currency }, 3-year reserved)
rep-xlsx-monthly-storage = Monthly storage ({ $currency })
rep-xlsx-monthly = Monthly ({ $currency })
rep-xlsx-disk-rules = { $target } disk rules
rep-xlsx-role-data = data
rep-xlsx-matrix = matrix
# The copy read and the transcriber's notes are in the page's language (English); a Korean reader is told so.
rep-xlsx-record = { $text }
rep-xlsx-dq-nothing = Nothing to report: every row became a machine and every cell was read.
rep-xlsx-sized-as-on-premises = as on premises (allocated cores and memory)
rep-xlsx-sized-performance = performance (utilisation × comfort factor { $comfort })
rep-xlsx-disks-only = the smallest { $tier } tier that holds each disk
rep-xlsx-disks-auto = the smallest tier that holds each disk: premium when its IOPS and throughput are unknown (Azure Migrate's default), else of any type that sustains them; the cheapest with prices
rep-xlsx-no-prices = none given (--prices FILE): no cost is estimated
rep-xlsx-total-payg = Monthly compute, pay as you go ({ $currency })
rep-xlsx-priced = { $n } machines priced

# A place in the inventory; a coverage gap as a data-quality record (report/summary.rs)
rep-row-place = { $sheet } row { $row }
rep-coverage-gap = { $target } { $rule } ({ $title }) not evaluated for { $n } machine(s): { $why }

# --compare-as-of: the verdicts that differ (report/changes.rs). Verdicts and outcomes as codes.
rep-changes-head = Verdicts that differ from { $since }:
rep-changes-none = none: every machine has the verdict it had then
rep-changes-clear = clear
rep-changes-no-rule = no such rule
rep-changes-rule-added = a rule the newer edition adds
rep-changes-rule-dropped = a rule the newer edition drops
rep-changes-same-rule = the same rule in both
rep-changes-added = { $what } added: { $items }
rep-changes-removed = { $what } removed: { $items }
rep-changes-total = { $n } verdict(s) differ (clear: no finding; the rule passed, did not apply
    {"  "}or was not evaluated)

# The workbook file's properties (title, subject)
rep-xlsx-doc-title = rehost assessment
rep-xlsx-doc-subject = Azure migration and disaster-recovery readiness

# The Findings sheet cut at the sheet's row limit
rep-xlsx-findings-cut = { $n } more findings do not fit in one sheet; see the JSON output

# rehost diff: what changed between two assessments.
rep-diff-matrix = matrix { $before } → { $after }
rep-diff-totals = { $changed } verdict(s) changed of { $compared } compared: { $better } better, { $worse } worse; { $added } machine(s) added, { $removed } removed
rep-diff-title = Changes from { $old } to { $new }:
rep-diff-none = no verdict changed
rep-diff-no-longer-reported = no longer reported
rep-diff-now-fails = now fails
rep-diff-now-unknown = now unknown
rep-diff-changed = changed
rep-diff-added = added
rep-diff-removed = removed
rep-diff-md-title = Changes from `{ $old }` to `{ $new }`
rep-diff-col-machine = Machine
rep-diff-col-target = Target
rep-diff-col-before = Before
rep-diff-col-after = After
rep-diff-col-why = Why
rep-diff-md-added = Added
rep-diff-md-removed = Removed

# The CSV report's header row (report/delimited.rs): in English the names scripts read since its first version
rep-csv-name = name
rep-csv-source = source
rep-csv-target = target
rep-csv-edition = edition
rep-csv-readiness = readiness
rep-csv-blocking-rules = blocking_rules
rep-csv-conditions = conditions
rep-csv-dr-verdict = dr_verdict
rep-csv-fully-checked = fully_checked
rep-csv-not-checked = not_checked
rep-csv-note = note
rep-csv-unknown-rules = unknown_rules
rep-csv-platform = platform
rep-csv-os-as-written = os_as_written
rep-csv-os-as-read = os_as_read
rep-csv-os-support = os_support
rep-csv-support-ends = support_ends
rep-csv-firmware = firmware
rep-csv-cores = cores
rep-csv-memory-gb = memory_gb
rep-csv-disks = disks
rep-csv-provisioned-gb = provisioned_gb
rep-csv-largest-disk-gb = largest_disk_gb
rep-csv-azure-size = azure_size
rep-csv-file = file
rep-csv-sheet = sheet
rep-csv-row = row

rep-dq-note-inspect = { $n } data-quality record(s): see `rehost inspect`.
rep-dq-note-json = { $n } data-quality record(s): see `rehost inspect` or the report's data_quality list.
# (end of reports)

## Errors and the command line (src/commands)

# An I/O error's common kinds; in English the system's own words
err-io-not-found = { $system }
err-io-permission-denied = { $system }
err-io-is-a-directory = { $system }
err-io-already-exists = { $system }
err-io-storage-full = { $system }

# A report that cannot be written where it was asked (report/atomic.rs)
err-output-is-input = { $output }: the report would replace the input { $input }; choose another output path
err-output-is-folder = { $path }: is a folder; give a file name
err-cannot-write = { $path }: cannot write the report
err-cannot-create-folder = { $path }: cannot create the folder

# What the user asked that cannot be done (commands/errors.rs); a value as typed comes quoted
err-bad-value = { $flag } { $text }: { $why }
err-bad-date = { $flag }: date { $text }: expected YYYY-MM-DD
err-comfort-factor = --comfort-factor { $factor }: expected a factor above 0 and at most 10, such as 1.3
err-unknown-series = --vm-series { $series }: not in the size catalogue (known: { $known })
err-region-without-prices = --region chooses a region of a --prices file; no --prices was given
err-no-machine = no machine named { $name } in the inventory
err-no-machine-near = no machine named { $name } in the inventory (did you mean { $near }?)
err-no-rule = no rule { $id }; `rehost rules list` shows them all
# An error as the reader sees it (main.rs)
err-line = rehost: error: { $text }
# A command line the parser refused (commands/errors.rs); in English the parser's own words are shown instead
err-cli-line = rehost: error: { $what } (usage: `rehost --help`)
err-cli-unknown-argument = unknown argument { $arg }
err-cli-unknown-command = unknown command { $arg }
err-cli-invalid-value = invalid value { $value } for { $arg }
err-cli-no-inventory = give an inventory file
err-cli-missing = a required argument is missing: { $arg }
err-cli-value-count = wrong number of values for { $arg }
err-cli-conflict = arguments that cannot be used together: { $arg }
err-cli-unreadable = the command line does not read

# The command line's own words: progress, inspect, rules (src/commands)
cmd-stage-reading = reading { $files }
cmd-stage-assessing-and-writing = assessing and writing { $n } machines against { $t } target(s)
cmd-stage-assessing = assessing { $n } machines against { $t } target(s)
cmd-stage-writing = writing the { $kind } report
cmd-report-written = report written to { $path }
cmd-header-row = header row
cmd-not-used = not used
cmd-note = note
cmd-sheet-counts = rows read { $rows }, machines { $machines }, attached to machines { $attached }, skipped { $skipped }
cmd-machines = { $n } machine(s)
cmd-dq-nothing = data quality: nothing to report
cmd-dq-records = data quality ({ $n } record(s)):
cmd-rules-count = { $n } rules
# rules show: labels padded to one width
cmd-show-matrix = matrix:
cmd-show-severity = severity:
cmd-show-applies-to = applies to:
cmd-show-checks = checks:
cmd-show-message = message:
cmd-show-remediation = remediation:
cmd-show-reference = reference:
cmd-show-defined-in = defined in:
cmd-change-adds = adds { $specs }
cmd-change-withdraws = withdraws { $specs }
cmd-change-replaces = now checks { $check }
cmd-in-release-notes = in the release notes
cmd-read-from = read from

# rules diff of a target it cannot compare (commands/rules.rs)
err-no-target = unknown target { $target } (known: { $known })
err-one-edition = { $target } has one edition ({ $edition }): nothing to compare

# rules check, rules diff and rules kinds (commands/rules.rs): a rule's own words there are English
cmd-check-releases-ok = { $file }: ok — { $target } release notes, { $releases } releases with { $changes } changes
cmd-check-matrix-ok = { $file }: ok — { $target } { $edition } with { $n } rules
cmd-diff-from = from
cmd-diff-to = to
cmd-diff-read-from = read from
cmd-diff-same-edition = the same edition: nothing changed
cmd-diff-no-rule-changed = no rule changed
cmd-diff-changed = changed
cmd-diff-added = added
cmd-diff-removed = removed
cmd-diff-list-added = added:
cmd-diff-list-removed = removed:
cmd-diff-reworded = reworded only: { $ids }
cmd-diff-releases = release notes ({ $page }), after { $after } up to { $until }:
cmd-diff-no-release = no release changed a rule
cmd-kinds-head = { $n } check kinds; a rule names one with `check = {"{"} kind = "…", … {"}"}`.
cmd-kinds-example = e.g.
cmd-timings = timings: { $stages }, total { $total } s ({ $machines } machines)
cmd-timings-stage = { $stage } { $seconds } s
cmd-timings-peak = { $stage } { $seconds } s (peak { $mb } MB)
cmd-timings-read = read
cmd-timings-assess = assess
cmd-timings-write = write
cmd-timings-assess-and-write = assess and write

# The rule set: a target left out of a run, and choosing rules.
rules-left-out = { $target }: no edition on or before { $day }; its first is { $first }
rules-unknown-target = unknown target { $target } (known: { $known })
rules-no-edition-any = no target has an edition on or before { $day }; their first editions: { $firsts }

# Where a report goes: an -o path whose extension chooses no format, a folder that is not there (commands/assess.rs, report/atomic.rs)
err-output-extension = { $path }: rehost does not write { $ext } reports; end the name in { $known } (the table), or choose the format with --format
err-output-no-extension = { $path }: the name has no extension to choose the report's format by; end it in { $known } (the table), or choose the format with --format
err-no-folder = { $path }: the folder { $folder } does not exist; create it first (rehost makes no folder but its default reports/)
err-no-command = no command { $name } (known: { $known })

# A rule file that cannot be used (src/words/rule_errors.rs). Keys, kinds, ids and values a
# file holds stay as written; the TOML parser's own message ($text) stays as the parser wrote it.
rules-parse = { $text }
rules-target-id = target { $target }: lower-case letters, digits and '-' only
rules-changed-after = changed_after must be before the edition's own date
rules-no-platform = applies_to lists no platform
rules-source-https = source must be the https:// address of the page transcribed
rules-rule-id = rule id { $id }: upper-case letters, digits and '-' only
rules-rule-twice = rule id { $id } is used twice
rules-rule-reference = rule { $rule }: reference must be an https:// address
rules-unknown-placeholder = rule { $rule }: unknown placeholder { $placeholder } in message (known: { $known })
rules-ko-placeholders = rule { $rule }: the Korean message's placeholders ({ $ko }) differ from the English ({ $en })
rules-rule-params = rule { $rule }: { $why }
rules-edition-file-name = edition { $edition } does not match the file name { $stem }.toml
rules-target-folder = target { $target } does not match the folder { $folder }
rules-page-https = page must be an https:// address
rules-no-provenance = provenance names no copy of the page
rules-release-twice = release id { $id } is used twice
rules-release-reference = release { $release }: reference must be an https:// address
rules-release-no-ko = release { $release }: no ko.name
rules-change = release { $release }, rule { $rule }: { $why }
rules-change-not-one = a change gives exactly one of adds, withdraws or check
rules-change-empty = an empty list
rules-change-no-rule = no edition of { $target } has this rule
rules-change-adds = adds needs a rule with a list; { $kind } has none
rules-change-withdraws = withdraws is for guest OS rules; { $kind } is not one
rules-change-check-kind = check must be of the rule's kind, { $kind }
# A check's parameters: $kind is the kind's id, $param and $op the file's keys and operators.
rules-params-no-os = os list is empty
rules-params-empty = { $kind }: { $param } is empty
rules-params-at-least-one = { $kind }: { $param } must be at least 1
rules-params-unknown-field = field { $field }: expected tag:<column> or one of { $known }
rules-params-needs = { $kind }: { $op } needs { $param }
# A value that does not read, quoted as written; $why is why (a size's or duration's as a cell's, the regex crate's for a pattern).
rules-bad-firmware = firmware { $value }: expected bios or uefi
rules-bad-hypervisor = hypervisor { $value }: expected vmware, hyper-v, physical or other
rules-bad-architecture = architecture { $value }: expected x64, x86 or arm64
rules-bad-size = size { $value }: { $why } (write the unit: "300 GB")
rules-pattern-too-long = pattern longer than { $cap } characters
rules-bad-pattern = pattern { $value }: { $why }
rules-bad-duration = duration { $value }: { $why } (write the unit: "5 min")
rules-rate-no-unit = rate { $value }: write the unit ("54 MB/s")
rules-bad-rate = rate { $value }: { $why }
rules-bad-io-size = io_size { $value }: expected a size in KB, such as "8 KB" or "16 KB or more"
rules-bad-release-month = release date { $value }: expected YYYY-MM-DD or YYYY-MM
rules-bad-day = date { $value }: expected YYYY-MM-DD
rules-os-spec-product = OS spec { $spec }: unknown product { $product } (see rules/os-catalogue.toml)
rules-os-spec-empty = OS spec { $spec }: an empty range
rules-os-spec-backwards = OS spec { $spec }: the range is backwards
rules-os-spec-edition = OS spec { $spec }: unknown edition { $edition } (the only one is "{ $known }")

# rules kinds: what each check kind looks at, for rule authors (src/words/rules.rs); `…` is a file's own text.
kind-doc-disk-max = Every disk of the role (`os`, `data` or `any`) is at most `max`. Fails on the largest disk over the limit; a disk whose size cannot be read is unknown; an inventory without disk sizes leaves the rule not evaluated.
kind-doc-disk-min = Every disk of the role is at least `min` (larger than `min` with `strict = true`): Site Recovery's "disks larger than 1,024 MB".
kind-doc-disk-count-max = At most `max` disks: data disks (`role = "data"`) or all disks with the OS disk (`role = "all"`). A column that counts disks wins over the disks listed; without either the rule is not evaluated.
kind-doc-cores-max = At most `max` cores (virtual CPUs).
kind-doc-memory-max = At most `max` of memory (a size: `3892 GB`).
kind-doc-nics-max = At most `max` network adapters.
kind-doc-architecture = The guest architecture is one of `allowed` (`x64`, `x86`, `arm64`): from an architecture column, else from the OS string (`(64-bit)`, or a version that exists only for x64).
kind-doc-os-supported = The guest OS is one of `list` (OS specs: `windows-server 2012..=2025`, `rhel 8.6..`). An OS the catalogue does not recognise is unknown, never a pass; a label that names a whole release line against a list that holds part of it (`RHEL 8` against `rhel 8.6..`) is unknown.
kind-doc-os-unsupported = The guest OS is none of `list`: for pages that name what is not supported (Azure Migrate's "Windows Server 2003"). Unrecognised OSes are unknown.
kind-doc-os-recognised = The guest OS string is one the catalogue recognises (not `other`); an unrecognised one is unknown, with the string quoted.
kind-doc-firmware = The boot firmware is one of `allowed` (`bios`, `uefi`): from a firmware column, else from the Hyper-V generation (1 is BIOS, 2 is UEFI).
kind-doc-secure-boot = With `allowed = false`, a machine with secure boot on fails.
kind-doc-bitlocker = With `allowed = false`, a machine with BitLocker (or other guest disk encryption) on fails.
kind-doc-disk-kinds = None of the machine's disks is of a `forbidden` kind (`shared`, `fc`, `rdm`, `pass-through`, `iscsi`, `independent`, …): from per-disk sheets (vDisk, a VHD list) and from machine-level columns. RDM is VMware's pass-through disk: a file that answers one answers both.
kind-doc-disk-controller = None of the machine's disks is attached to a `forbidden` controller (`ide`, `sata`, `scsi`, `nvme`): from a per-disk sheet (RVTools vDisk's `Controller`, a Hyper-V `ControllerType`), else from a machine-level `Disk controller` column. A disk whose controller cell is blank or names no known bus makes the machine unknown; no controller column at all, not evaluated.
kind-doc-sector-4k = With `allowed = false`, a disk with 4K logical sectors fails: from a per-disk sector size, else from a machine-level `4K sector` column.
kind-doc-dynamic-os-disk = With `allowed = false`, a dynamic OS disk fails (a `Disk type` column of `Basic`/`Dynamic`).
kind-doc-vm-name = The machine name matches `pattern` and has at most `max_length` characters. A server known by its FQDN (`fs01.contoso.org`) is judged by its host label, as the Azure VM would be named; the FQDN stays the name in the report.
kind-doc-hypervisor = The machine runs on one of `allowed` (`vmware`, `hyper-v`, `physical`, `other`): from a platform column, the format (RVTools is VMware), or the host. An unknown platform passes as the target's own. As a blocker, a failure makes the verdict not-applicable, not not-ready.
kind-doc-host-os = The host's OS or hypervisor version is one of `allowed` (`windows-server 2016..`, `esxi 6.5..8.1`). A bare version (`7.0.3`, `8.0 U2`) names the product when the list holds one product only; a blank host cell is unknown.
kind-doc-managed-by = The management server (VMM, vCenter) is one of `allowed`; with `required = true` a host must be managed. `None` or an empty text is not managed; a blank cell is unknown, or not managed with `blank = "unmanaged"`.
kind-doc-field = A company policy over a column: `field` is `tag:<header>` (any column the importer keeps as a tag) or one of name, power-state, host, tier, application, recovery-group; `op` is present, absent, equals, not-equals (with `value`) or matches (with `pattern`). A tag column the file lacks fails `present`.
kind-doc-rpo = The machine's RPO target can be met: by one of the `copy_frequencies` (Hyper-V replicates every 30 s, 5 or 15 min; the longest that meets the target is picked) or with recovery points `recovery_point_within` a time of upload (VMware, physical). The target comes from an `RPO target` column, the tier policy or `--rpo`; none is not evaluated, an unreadable one unknown.
kind-doc-rto = The machine's RTO target is no shorter than `sla`, the recovery time the service level promises: a shorter target is at risk (a DR condition, not a readiness blocker).
kind-doc-peak-churn-max = Peak churn across all the machine's disks is at most `max` (a rate: `54 MB/s`). Without a peak column, an average over the limit fails it too (the peak is at least the average).
kind-doc-churn-max = Average churn within the table in `limits`: `per = "disk"` (VMware and physical: each disk's churn against the rows for its size and the run's replica storage) or `per = "vm"` (Hyper-V: the machine's). Where the limit depends on the I/O size, which inventories rarely give, a figure between the rows is unknown.

err-diff-not-a-file = { $file }: not a regular file, so not a report
err-diff-not-a-report = { $file }: not a rehost JSON report ({ $why })

# (end of errors)

## merge-export

# (merge) Several files read as one estate.
inv-merged = the same VM as the machine at { $first } (same { $by } { $value }): merged into it, not a second machine
inv-same-vm-uuid = VM UUID
inv-same-instance-uuid = instance UUID
inv-same-name-vcenter = name in the same vCenter
inv-placeholder-of = { $name } skipped: a Site Recovery Manager placeholder of the protected VM at { $protected }, which is assessed in its place; a placeholder is not a second machine to migrate
merge-inspect-file = { $file }: { $merged } machine(s) also in an earlier file, merged (by VM UUID { $vm_uuid }, by instance UUID { $instance }, by name in one vCenter { $name }); { $placeholders } SRM placeholder(s) of a VM another file holds

# (export) rehost export azure-migrate-csv: Azure Migrate's import template.
export-gap-no-column = the inventory has no column for it
export-gap-blank = its cell is blank
export-gap-unreadable = its cell { $raw } could not be read
export-missing = mandatory field { $header } is missing ({ $why }): held back, the import fails on a row without it
export-os-not-listed = OS name { $os } contains none of the names Azure Migrate's import recognises on { $edition }: the server imports but cannot be assessed
export-too-many-disks = { $disks } disks: a row gives at most { $max }, so the first { $max } are written
export-duplicate-name = server name also at { $first }: importing a name again updates that server, so only one of them stays
export-no-uuid = no VM UUID, where the inventory gives them
export-duplicate-uuid = VM UUID { $uuid } also at { $first }
export-architecture-not-accepted = architecture { $arch } is none of the template's values (x64, x86, amd64, 32-bit, 64-bit): left blank
export-hypervisor-not-accepted = platform { $hypervisor } is none of the template's hypervisors (VMware, Hyper-V): left blank
export-written-to = written to { $file }
export-held-back = held back (not written)
export-col-server = Server name
export-col-source = Read from
export-col-file = Import file
export-col-problem = Problem
export-edition = Checked against Azure Migrate's import template of { $edition } (its OS names; at most { $disks } disks a server): { $source }
export-summary = { $machines } machine(s): { $written } written to { $files } file(s) of at most { $per_file } servers in { $dir }; { $held } held back
export-count-missing = { $n } machine(s) missing a mandatory field (held back)
export-count-os = { $n } machine(s) with an OS name the import does not recognise
export-count-disks = { $n } machine(s) with more disks than a row gives
export-count-duplicate-name = { $n } machine(s) with a server name an earlier row gives
export-count-no-uuid = { $n } machine(s) without a VM UUID
export-count-duplicate-uuid = { $n } machine(s) with a VM UUID an earlier machine has
export-count-architecture = { $n } machine(s) with an architecture the template does not take
export-count-hypervisor = { $n } machine(s) on a platform the template does not name
export-over-project = { $servers } servers: an Azure Migrate project holds at most { $max } imported servers, so they need more than one project
export-problems-file = { $problems } problem(s), each with its machine, in { $file }
export-no-edition = no edition of Azure Migrate's import template is dated on or before { $day } (the first is { $first })
export-rv-source = Checked against the RVTools XLSX import: { $source }
export-rv-ok = { $file }: passes ({ $servers } servers)
export-rv-file = { $file }: { $rows } VM row(s), { $servers } the import takes; missing VM UUID { $no_uuid }, missing OS { $no_os }, duplicate VM UUID { $duplicate }, beyond the limit { $beyond }
export-rv-not-xlsx = not an .xlsx file: the import takes XLSX only
export-rv-missing-sheet = no { $sheet } sheet: the import needs it
export-rv-missing-column = sheet { $sheet } has no column { $column }: the import needs it
export-rv-too-many = { $servers } servers: the import takes fewer than 20,000 a file (at most { $max })
export-rv-no-uuid = vInfo row { $row } ({ $vm }): no VM UUID
export-rv-no-os = vInfo row { $row } ({ $vm }): no OS according to the configuration file
export-rv-duplicate-uuid = vInfo row { $row } ({ $vm }): its VM UUID is also on row { $first }
export-rv-beyond-limit = vInfo row { $row } ({ $vm }): past the limit, not imported
export-rv-template = vInfo row { $row } ({ $vm }): a template; the page does not say whether the import takes it, and rehost does not assess it
export-rv-placeholder = vInfo row { $row } ({ $vm }): an SRM placeholder; the page does not say whether the import takes it, and rehost does not assess it
## clouds (`--cloud`, which cloud each target belongs to)

clouds-err-no-targets = no target of the cloud(s) chosen ({ $clouds }) has a matrix: choose another with --cloud (azure, aws, gcp, all) or name targets with --target
clouds-name-azure = Azure
clouds-name-aws = AWS
clouds-name-google = Google Cloud
clouds-short-google = Google
clouds-assessed = Clouds judged: { $clouds }. Others: --cloud { $others } (or all).
clouds-assessed-all = Clouds judged: { $clouds }.
# (end of clouds)
## hygiene

check-hygiene-snapshot-count = at most { $max } snapshots
check-hygiene-snapshot-age = no snapshot older than { $max } days
check-hygiene-snapshot-size = snapshots at most { $max } GiB together
check-hygiene-cd-connected = no CD/DVD drive connected
check-hygiene-usb-connected = no USB device connected
check-hygiene-tools-not-running = VMware Tools running on a powered-on VM
check-hygiene-hardware-version = hardware version { $min } or later
check-hygiene-fault-tolerance = Fault Tolerance not configured
check-hygiene-independent-disks = no independent disk
check-hygiene-shared-disks = no shared disk
check-hygiene-rdm-physical = no RDM disk in physical compatibility mode
check-hygiene-rdm-virtual = no RDM disk in virtual compatibility mode
check-hygiene-suspended = not suspended
check-hygiene-secret-in-annotation = no password-like word in the annotation
check-hygiene-secret-in-snapshot = no password-like word in a snapshot's description
check-hygiene-esxi-version = host on ESXi { $min } or later
check-hygiene-host-cpu-not-intel = host CPU by Intel
check-hygiene-standard-switch = no network adapter on a standard switch
check-hygiene-port-security = no network adapter on a port group without VLAN or with a lax security policy
check-hygiene-vmkernel-network = no network adapter on a VMkernel port group
check-hygiene-provisioned = provisioned storage at most { $max } TiB
kind-doc-hygiene = One `item` of what must be cleaned up on a VMware VM before it is replicated or migrated, read from RVTools' tabs: `snapshot-count`, `snapshot-age` (days before the day assessed), `snapshot-size` (GiB) with `max`; `cd-connected`, `usb-connected`, `tools-not-running`, `fault-tolerance`, `independent-disks`, `shared-disks`, `rdm-physical`, `rdm-virtual`, `suspended`, `secret-in-annotation`, `secret-in-snapshot`, `host-cpu-not-intel`, `standard-switch`, `port-security`, `vmkernel-network`; `hardware-version` and `esxi-version` with `min` (compared as numbers); `provisioned` with `max` (TiB). A tab or column the export lacks: not evaluated; a blank cell: unknown. Annotation and description text is never kept: a finding says only that a password-like word was found.
inv-format-rvtools-snapshot = RVTools vSnapshot
inv-format-rvtools-cd = RVTools vCD
inv-format-rvtools-usb = RVTools vUSB
inv-format-rvtools-network = RVTools vNetwork
inv-format-rvtools-dvswitch = RVTools dvSwitch
inv-format-rvtools-dvport = RVTools dvPort
inv-format-rvtools-vmk = RVTools vSC_VMK
field-GuestState = guest state
field-HwVersion = hardware version
field-FtState = Fault Tolerance state
field-Annotation = annotation
field-SnapshotDate = snapshot date
field-SnapshotSize = snapshot size
field-SnapshotDescription = snapshot description
field-Connected = connected
field-RawComMode = RDM compatibility mode
field-SharedBus = shared bus
field-HostCpu = host CPU model
field-Network = network
field-Switch = switch
field-PortGroup = port group
field-Vlan = VLAN
field-Promiscuous = promiscuous mode
field-MacChanges = MAC address changes
field-ForgedTransmits = forged transmits
field-PortType = port binding
field-VmkPortGroup = VMkernel port group
field-SnapshotCount = snapshots
field-SnapshotAge = oldest snapshot's age (days)
field-SnapshotTotal = snapshots' size together
field-CdConnected = connected CD/DVD drives
field-UsbConnected = connected USB devices
field-StandardSwitchNics = network adapters on standard switches
field-InsecurePortNics = network adapters on lax port groups
field-VmkernelNics = network adapters on VMkernel port groups
field-SharedDisks = shared disks
field-RdmPhysical = physical-mode RDM disks
field-RdmVirtual = virtual-mode RDM disks
field-IndependentDisks = independent disks
model-expected-vm-state = expected a state vSphere writes (poweredOn, running, notConfigured …)

# (end of hygiene)

## anonymise
anon-file = { $from } → { $to }
anon-map = The map back to the original names: { $map } ({ $count } values). Keep it secret: anyone holding it can read every name.
anon-restored = { $from } → { $to } ({ $count } names put back)
anon-err-no-key = no key: give --key KEY or set REHOST_ANON_KEY (there is no default key; the same key gives the same pseudonyms)
anon-err-output-holds-input = { $output } holds the input { $input }: write the copies into a folder of their own
anon-err-map-inside-output = the map { $map } would go inside { $output }, the folder of copies to hand on: write it elsewhere
anon-err-not-a-map = { $file }: not a map written by rehost anonymise
# (end of anonymise)
## aws

field-PartitionFree = free space
field-FreeRoot = free space on /
field-FreeTmp = free space on /tmp
field-FreeBoot = free space on /boot
field-FreeSystemDrive = free space on C:
check-free-space = at least { $min } free on { $path }
check-kernel-min = kernel { $min } or later
check-kernel-max = kernel up to { $max }
check-kernel-excluded = not kernel { $list }
model-no-kernel = it names no kernel version (kernelVersion)
model-no-partition = no partition row of the machine holds this path
rep-aws-quota = { $count } machines in scope, more than the quota of { $limit }: { $text }
rep-aws-manual = check on each machine: { $list }
rep-aws-manual-sep = {"; "}
kind-doc-free-space = At least `min` free on the partition that holds `path` (`/`, `/tmp`, `/boot`, `C:\`): the partition mounted there, else the one whose mount point is the longest leading part of the path (`/tmp` is on `/` unless it has a partition of its own). Read from RVTools vPartition (`Disk` and `Free MiB`, 3.x `Free MB`, else `Capacity` less `Consumed`) or a typed table's `Free root`, `Free /tmp`, `Free /boot`, `Free C:` columns. No such sheet or column: not evaluated; a machine with no partition rows, or a blank size, is unknown.
kind-doc-kernel = The Linux kernel is at least `min`, at most `max` (`6.8` holds every 6.8.x) and none of `excluded`; versions compare by their numbers (`2.6.18-164.el5`). Read from RVTools vInfo `Guest Detailed Data` (`kernelVersion`), the only column that names a kernel: a machine without that reading is not evaluated, one whose reading gives no kernel is unknown.

# (end of aws)
## estate: totals and breakdowns, scope (--where) and groups (--group-by, --groups)

field-Cluster = cluster
field-Datacenter = datacenter
field-Folder = folder
field-HostCores = host cores
field-HostMemory = host memory
est-head = Estate
est-machines = machines { $n }
est-vcpu-total = vCPU { $value }
est-memory-total = memory { $value }
est-storage = storage: { $list }
est-provisioned-total = provisioned { $value }
est-in-use-total = in use { $value }
est-provisioned-storage = provisioned storage
est-in-use-storage = in-use storage
est-with-unknown = { $value } ({ $n } unknown, not counted)
est-not-evaluated = not evaluated (no column): { $what }
est-vcpu = vCPU
est-memory = memory
est-power-state = power state
est-power = powered on { $on } · off { $off } · suspended { $suspended } · unknown { $unknown }
est-templates = templates { $n } (not assessed)
est-templates-word = templates
est-os = OS: { $list }
est-os-word = OS
est-os-unknown = OS unknown
est-os-other = other OS
est-support = OS support: { $list }
est-more = { $n } more
est-cluster = cluster
est-datacenter = datacenter
est-folder = folder
est-by = by { $what } ({ $n }): { $list }
est-by-what = by { $what }
est-blank = (blank)
est-overcommit = over-commit ({ $hosts } hosts): { $cpu } · { $memory }
est-overcommit-cpu = vCPU per physical core { $ratio }
est-overcommit-memory = memory given { $percent }% of the hosts'
est-overcommit-word = host over-commit
est-host-cores = host cores
est-host-memory = host memory
est-scope = scope: { $conditions }: { $n } of { $all } machines assessed, { $out } out of scope
est-out = { $why } ({ $n }): { $names }
est-why-unmet = { $condition } does not hold
est-why-unknown = { $condition }: value unknown
est-groups-head = Groups by { $source }
est-ungrouped = ungrouped
est-unknown-row = { $file } row { $row }: { $machine } (group { $group }) is no machine of the inventory
est-group = { $group } ({ $n } machine(s))
est-wave = wave
est-owner = owner
est-group-word = group
est-machines-word = machines
est-top-blockers = top blockers
est-dr-bandwidth = DR bandwidth (Mbps)
est-hosts = hosts
est-vcpu-per-core = vCPU per core
est-memory-ratio = memory over host memory
est-powered-on = powered on
est-os-version = OS version
est-support-word = support
est-machine = machine
est-why = why
est-scope-head = Out of scope
est-chart-os = Machines by OS
est-chart-groups = Readiness by group
est-err-no-operator = --where { $expr }: write FIELD=VALUE or FIELD!=VALUE
est-err-no-field = --where { $expr }: no field before the =
est-err-no-value = --where { $expr }: no value after the =
est-err-unknown-field = --where { $expr }: no field or kept column { $field } (fields: { $known })
est-err-bad-value = --where { $expr }: { $value } is not a value of this field (one of: { $allowed })
est-err-no-column = { $what }: the inventory has no column for it
est-err-groups-file = { $file }: { $why }
est-err-groups-no-column = the first row names no { $column } column
est-err-groups-bad-row = row { $row } does not read: { $error }
est-not-evaluated-short = not evaluated
est-overcommit-memory-ne = memory not evaluated
est-sheet-groups = Groups
est-memory-gb = Memory (GB)
est-host-memory-gb = Host memory (GB)
est-physical-cores = Physical cores
est-all-hosts = (all hosts)
est-csv-group = group
est-and = and
## groups-cost: per-group sizes and costs (--group-by, --groups)
est-gc-sized = sized { $sized } of { $n } · { $vcpus } vCPU · { $memory } GiB
est-gc-cost = ≈ { $total } { $currency } a month: compute { $compute } ({ $cp } of { $n } priced), storage { $storage } ({ $sp } of { $n } priced)
est-gc-head = sizes and costs
est-gc-x-sized = Sized
est-gc-x-not-sized = Not sized
est-gc-x-vcpus = vCPU of sizes
est-gc-x-memory = Memory of sizes (GiB)
est-gc-x-compute-priced = Compute priced (machines)
est-gc-x-storage-priced = Storage priced (machines)
est-gc-not-priced = none of the { $n } machines is in the price file
# (end of groups-cost)
## cloud-tests: the AWS targets' quotas and checks on each machine in the Markdown report
rep-md-target-notes = Quotas and what to check on each machine:
# (end of cloud-tests)
