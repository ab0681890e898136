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

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
