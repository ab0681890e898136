# rehost's own words in English. One message per id; `{ $name }` is a value the code passes.
# Every id here is in every other language's catalogue with the same placeholders (tested).
# Rule titles, messages and fixes are not here: they live in rules/ beside their rules.
# Fluent: a value's leading and trailing blanks are dropped (write {" "} to keep one), and a
# literal brace is {"{"}. Ids are kebab-case, prefixed by the area that says them.

## Findings: outcomes, check kinds, filters and releases (src/words/finding.rs, check.rs)

unknown-gap = { $what }: { $gap }

# (end of findings)

## Inventory: notes, data quality, formats (src/words/inventory.rs)

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

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
