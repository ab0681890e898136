# rehost's own words in Korean. One message per id; `{ $name }` is a value the code passes.
# Every id here is in every other language's catalogue with the same placeholders (tested).
# Rule titles, messages and fixes are not here: they live in rules/ beside their rules.

## Findings: outcomes and why (src/words/finding.rs)

unknown-gap = { $what }: { $gap }

## Check kinds, filters and releases (src/words/finding.rs)

## Inventory: notes and data quality (src/words/inventory.rs)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

## The reports' own words (src/report)

## Errors (src/commands/errors.rs)
