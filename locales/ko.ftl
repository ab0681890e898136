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

### Limits: a file refused by a cap (src/words/limits.rs)

lim-role-inventory = 인벤토리 파일
lim-role-rules = 규칙 파일
lim-role-prices = 가격 파일
lim-role-policy = DR 정책 파일
lim-what-directory = 폴더
lim-what-device = 장치
lim-what-fifo = 파이프(FIFO)
lim-what-socket = 소켓
lim-what-other = 일반 파일이 아님
lim-sheet = 시트 { $sheet }:{" "}
lim-not-a-file = { $role }이(가) 아니라 { $what }입니다. 크기를 확인할 수 없고 끝나지 않을 수 있어 읽지 않습니다
lim-file-bytes = 너무 큽니다: { $bytes }바이트로 { $role } 하나의 상한 { $cap }바이트를 넘습니다
lim-text-bytes = 너무 큽니다: { $at }셀 텍스트가 파일 하나의 상한 { $cap }바이트를 넘습니다(공유 문자열은 참조하는 셀마다 복사됩니다)
lim-shared-strings = 너무 큽니다: 공유 문자열 표의 항목이 상한 { $cap }개를 넘습니다
lim-shared-strings-bytes = 너무 큽니다: 공유 문자열 표(sharedStrings.xml)의 압축을 풀면 상한 { $cap }바이트를 넘습니다
lim-cell-xml = 너무 큽니다: { $at }셀 { $cell }의 XML이 상한 { $cap }바이트를 넘습니다(Excel 셀은 최대 32,767자)
lim-styles = 너무 큽니다: 스타일의 숫자·셀 서식이 상한 { $cap }개를 넘습니다
lim-part-bytes = 너무 큽니다: 파트 { $part }의 압축을 풀면 상한 { $cap }바이트를 넘습니다
lim-ods-cells = 너무 큽니다: 시트 { $sheet }의 반복 특성(number-rows-repeated, number-columns-repeated)이 셀 { $cells }개를 나타내 ODS 셀 상한 { $cap }개를 넘습니다
lim-rules = 너무 큽니다: 규칙 { $count }개로 매트릭스 하나의 상한 { $cap }개를 넘습니다
lim-rule-text = 너무 깁니다: 규칙 { $rule }의 { $field }이(가) { $chars }자로 상한 { $cap }자를 넘습니다
lim-placeholders = 너무 많습니다: 규칙 { $rule }의 메시지에 자리 표시자가 { $count }개로 상한 { $cap }개를 넘습니다
lim-refused = { $file }: { $why }

### Sizing: the prices file (src/words/sizing.rs)

size-price-io = { $file }: { $err }
size-price-json = { $file }: Azure Retail Prices 응답이 아닙니다: { $err }
size-price-empty = { $file }: 가격이 없습니다(파일에 Items가 없음)
size-price-regions = { $file }: 여러 지역({ $regions })의 가격이 있습니다. --region으로 하나를 고르세요
size-price-no-region = { $file }: 지역 { $region }의 가격이 없습니다(파일에 있는 지역: { $regions })
size-price-currencies = { $file }: 여러 통화({ $currencies })의 가격이 있습니다. 한 통화로 저장하세요
size-price-over = { $file }: { $why }

### Lifecycle: why an OS's support status is what it is (src/words/lifecycle.rs)

life-no-data = { $product }의 수명 주기 데이터가 없습니다
life-no-version = { $product }의 버전이 없습니다
life-no-row = { $product }의 수명 주기 행이 없습니다
life-no-row-version = { $product } { $version }의 수명 주기 행이 없습니다
life-several = { $label }은(는) { $releases } 중 무엇이든 될 수 있어, 지원이 가장 먼저 끝나는 { $judged }(으)로 판단했습니다
life-no-os-column = 인벤토리에 OS 열이 없습니다
life-os-unknown = OS를 알 수 없습니다

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
