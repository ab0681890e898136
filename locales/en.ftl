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

# (end of findings)

## Inventory: notes, data quality, formats (src/words/inventory.rs)

# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
