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
finding-os-one-of = { $raw } is one of { $versions }, which the list holds only in part ({ $listed } is listed)
finding-os-later = { $raw } may be a later release than the list holds ({ $listed } is listed)
finding-os-no-version = the OS version is not given; { $listed } is listed
finding-os-line = { $line } names a whole release line, which the list covers only in part ({ $listed } is listed)
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

# (end of findings)

## Inventory: notes, data quality, formats (src/words/inventory.rs)

# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
