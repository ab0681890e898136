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

### Disaster recovery: a machine's DR arithmetic and the estate's (src/words/dr.rs)

dr-finding = { $rule }: { $message }
dr-rpo-frequency = 복구 지점 목표(RPO) { $target }: 이를 충족하는 가장 긴 복사 빈도는 { $frequency }입니다
dr-rpo-within = 복구 지점 목표(RPO) { $target }: 업로드 후 { $within } 이내에 복구 지점이 생성됩니다
dr-link-short = 복제 링크가 전체 데이터 변동률보다 { $short } Mbps 부족합니다
dr-target-unreadable = 재해 복구 목표를 읽을 수 없습니다
dr-no-targets = 복구 지점 목표(RPO)나 복구 시간 목표(RTO)가 없습니다
dr-estate-link-short = 데이터 변동률에 증가율 { $growth }%를 더하면 { $required } Mbps가 필요합니다. { $available } Mbps 링크는 { $short } Mbps 부족하므로 복구 지점 목표(RPO)가 있는 모든 머신이 위험합니다
dr-estate-initial-over-goal = { $size }의 초기 복제는 { $available } Mbps로 { $hours }시간 걸려 목표 { $goal }시간을 넘습니다

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

### Sizing: how a size and a disk tier were chosen (src/words/sizing.rs)

size-basis-as-on-premises = 온-프레미스 그대로
size-basis-performance = 성능 기반
size-disk-type-standard-hdd = 표준 HDD
size-disk-type-standard-ssd = 표준 SSD
size-disk-type-premium = 프리미엄 SSD
size-need-vcpus = vCPU { $n }개
size-need-memory = { $gib } GiB
size-need-data-disks = 데이터 디스크 { $n }개
size-need-nics = 네트워크 어댑터 { $n }개
size-need-generation = { $generation }세대
size-need-premium = 프리미엄 스토리지
size-need-iops = { $iops } IOPS
size-need-mbps = { $mbps } MB/s
# A size's shortfall is written as the English does (unchanged output); a Korean wording is
# for a later, deliberate change.
size-misfit-vcpus = { $has } vCPUs < { $need }
size-misfit-memory = { $has } GiB < { $need } GiB
size-misfit-data-disks = { $has } data disks < { $need }
size-misfit-nics = { $has } NICs < { $need }
size-misfit-generation = no Generation { $generation }
size-misfit-premium = no premium storage
size-misfit-iops = { $has } IOPS < { $need }
size-misfit-mbps = { $has } MB/s < { $need }
size-lacking-cores = 코어
size-lacking-memory = 메모리
size-not-sized-blank = 크기를 정하지 못함: { $what }을(를) 알 수 없습니다
size-not-sized-absent = 크기를 정하지 못함: 인벤토리에 { $what }가 없습니다
size-no-series = 선택한 시리즈의 크기가 카탈로그에 없습니다
size-none-holds = 요구 사항({ $need })을 충족하는 크기가 없습니다(선택한 시리즈에서 가장 큰 크기: { $largest }, { $misfit })
size-cheapest = 요구 사항({ $need })을 충족하고 가격이 있는 크기 { $n }개 중 종량제 가격이 가장 낮음(월 { $price } { $currency }, { $os })
size-smallest-unpriced = 요구 사항({ $need })을 충족하는 가장 작은 크기: 맞는 크기 { $fitting }개 모두 가격 파일에 가격이 없습니다
size-smallest = 요구 사항({ $need })을 충족하는 가장 작은 크기(가격 파일 없음)
size-basis-utilisation = 코어 { $cores }개 사용률 { $cpu }%, 메모리 { $gib } GiB 사용률 { $memory }%, × 쾌적 인자 { $comfort }
size-basis-unknown-utilisation = 이 머신의 사용률을 알 수 없음(빈 셀 또는 읽을 수 없음): 온-프레미스 그대로 크기 조정
size-basis-no-utilisation = 인벤토리에 이 머신의 사용률이 없음: 온-프레미스 그대로 크기 조정
size-basis-no-memory-utilisation = 메모리 사용률 없음: 할당된 메모리 그대로
size-basis-no-cpu-utilisation = CPU 사용률 없음: 할당된 코어 그대로
size-disk-load = , { $iops } IOPS, { $mbps } MB/s
size-disk-either = { $first } 또는 { $second }
size-disk-no-size = 인벤토리에 크기가 없습니다
size-disk-size-unknown = 크기를 알 수 없습니다
size-disk-no-tier = { $gib } GiB{ $load }을(를) 담는 { $kinds } 계층이 없습니다(가장 큰 계층: { $largest } GiB)
size-disk-cheapest = { $gib } GiB{ $load }을(를) 담는 가장 저렴한 계층(월 { $price } { $currency })
size-disk-smallest-of = { $gib } GiB{ $load }을(를) 담는 가장 작은 { $kind } 계층
size-disk-smallest-default = { $gib } GiB을(를) 담는 가장 작은 { $kind } 계층(디스크 부하를 알 수 없어 Azure Migrate 기본값인 { $kind })
size-disk-smallest-any = { $gib } GiB{ $load }을(를) 담는 가장 작은 계층(같으면 표준 HDD, 표준 SSD, 프리미엄 순)

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
