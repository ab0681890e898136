# rehost's own words in Korean. One message per id; `{ $name }` is a value the code passes.
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

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
