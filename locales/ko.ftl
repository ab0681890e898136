# rehost's own words in Korean. One message per id; `{ $name }` is a value the code passes.
# Every id here is in every other language's catalogue with the same placeholders (tested).
# Rule titles, messages and fixes are not here: they live in rules/ beside their rules.
# Fluent: a value's leading and trailing blanks are dropped (write {" "} to keep one), and a
# literal brace is {"{"}. Ids are kebab-case, prefixed by the area that says them.

## Findings: outcomes, check kinds, filters and releases (src/words/finding.rs, check.rs)

unknown-gap = { $what }: { $gap }

# (end of findings)

## Inventory: notes, data quality, formats (src/words/inventory.rs)

# The kind of a data-quality record.
inv-issue-invalid = 읽을 수 없음
inv-issue-skipped = 건너뜀
inv-issue-assumption = 가정
inv-issue-coverage = 평가 공백

# A sheet's format. $-free: these are names.
inv-format-rvtools-info = RVTools vInfo
inv-format-rvtools-disk = RVTools vDisk
inv-format-rvtools-partition = RVTools vPartition
inv-format-rvtools-host = RVTools vHost
inv-format-rvtools-cpu = RVTools vCPU
inv-format-rvtools-meta = RVTools vMetaData
inv-format-rvtools-other = RVTools(필요 없는 탭)
inv-format-azure-migrate-csv = Azure Migrate CSV 가져오기
inv-format-azure-migrate-discovery = Azure Migrate 검색 내보내기
inv-format-azure-migrate-properties = Azure Migrate 내보내기 속성(머신 없음)
inv-format-hyperv-vm = Hyper-V Get-VM 내보내기
inv-format-hyperv-vhd = Hyper-V VHD별 내보내기
inv-format-generic = 표(머리글 별칭)
inv-format-unknown = 인식하지 못함

# Why an RVTools row that names a machine is not one.
inv-not-a-vm-template = VM이 아닌 템플릿
inv-not-a-vm-srm = VM이 아닌 Site Recovery Manager 자리 표시자

# Which of rehost's own reports a file is.
inv-report-workbook = 통합 문서 보고서
inv-report-json = JSON 보고서
inv-report-diff-json = JSON 비교(`rehost diff`)
inv-report-csv = CSV 보고서
inv-report-markdown = Markdown 보고서
inv-report-diff-markdown = Markdown 비교(`rehost diff`)
inv-report-html = HTML 보고서

# Where a machine's OS was read, within its row.
inv-os-from-tools-detailed = VMware Tools (Guest Detailed Data)
inv-os-from-tools = VMware Tools
inv-os-from-config-file = configuration file
inv-os-from-os-column = OS column

# Data-quality messages. A $raw, $name or $header written "quoted" comes quoted, as Rust
# quotes a string.
inv-cannot-read = { $header }: { $raw }을(를) 읽을 수 없습니다: { $why }
inv-no-machine-name = { $row }행에 머신 이름이 없습니다({ $header }이(가) 비어 있음)
inv-no-vm-name = { $row }행에 VM 이름이 없습니다
inv-not-a-vm = { $name } 건너뜀: { $why }
inv-host-row-incomplete = vHost { $row }행에 호스트나 버전이 없습니다
inv-orphan-row = { $tab } { $row }행: { $why }
inv-orphan-skipped = { $name }의 행이며, { $name }은(는) { $why }(으)로 건너뜀
inv-orphan-no-vm = VM 이름이 없습니다
inv-orphan-not-in-vinfo = VM { $name }은(는) vInfo에 없습니다
inv-disk-row-no-vm = 디스크 { $row }행에 VM이 없습니다({ $header }이(가) 비어 있음)
inv-hypervisor-inferred = 머신 { $machines }대의 하이퍼바이저를 호스트 OS 또는 관리 서버에서 추정했습니다
inv-memory-without-unit = { $header }에 단위가 없습니다. 1,024 미만의 숫자는 GB로, 그보다 큰 숫자는 MB로 읽습니다
inv-no-unit = { $header }에 단위가 없습니다. 단위 없는 숫자는 { $unit }(으)로 읽습니다
inv-disk1-is-os = Disk 1을 OS 디스크로, 나머지를 데이터 디스크로 봅니다
inv-duplicate = 중복된 머신 이름입니다({ $first }에도 있음). 둘 다 유지하고 평가합니다
inv-guest-os = { $configured }(으)로 구성되어 있지만 { $running }이(가) 실행 중입니다({ $from }). 실행 중인 OS로 읽습니다
inv-passed-over-folder = 폴더 안의 폴더이므로 읽지 않았습니다(폴더는 한 단계만 엽니다)
inv-passed-over-special = 일반 파일이 아니므로(파이프, 장치 또는 소켓) 읽지 않았습니다
inv-own-report-skipped = rehost가 쓴 { $report }이며 인벤토리가 아니므로 건너뛰었습니다
inv-unclosed-quote = 이 셀에서 연 따옴표가 닫히지 않아 다음 { $lines }줄이 이 셀에 들어갈 뻔했습니다. 이 행은 줄 끝까지만 읽고, 그 뒤의 줄은 각각 행으로 읽었습니다
inv-cell-not-utf8 = UTF-8이 아닌 바이트를 �로 바꿔 읽었습니다(파일의 나머지는 UTF-8로 읽음)
inv-repeated-header = { $row }행은 { $header_row }행의 머리글을 반복하므로 머신이 아닙니다
inv-name-cut = 머신 이름이 통합 문서 셀 하나에 들어가는 { $chars }자보다 길어 잘랐습니다(끝에 …[cut at …] 표시). 원본 파일에서 이름을 확인하세요

# Notes on a file or sheet as read.
inv-read-windows-1252 = 올바른 UTF-8이 아니어서 Windows-1252로 읽었습니다
inv-read-cp949 = 올바른 UTF-8이 아니어서 한국어 Windows 코드 페이지(CP949)로 읽었습니다
inv-read-not-utf8 = UTF-8로 읽었지만 셀 { $cells }개에 UTF-8이 아닌 바이트가 있어 �로 바꿨습니다(데이터 품질에 셀마다 기록)
inv-read-utf16 = UTF-16({ $order })으로 읽었습니다
inv-read-utf16-no-bom = UTF-16({ $order }, BOM 없음)으로 읽었습니다
inv-big-endian = 빅 엔디언
inv-little-endian = 리틀 엔디언
inv-nul-removed = NUL 문자를 제거했습니다
inv-delimiter = 구분 기호 { $delimiter }
inv-not-a-table = 시트 { $sheet }은(는) 표가 아닌 { $what }이므로 건너뜁니다
inv-chart-sheet = 차트 시트
inv-dialog-sheet = 대화 상자 시트
inv-macro-sheet = 매크로 시트
inv-vba-module = VBA 모듈
inv-same-name = 시트 여러 개의 이름이 { $name }이므로 뒤의 시트는 { $read_as }(으)로 읽습니다
inv-same-name-not-read = 시트 여러 개의 이름이 { $name }입니다. xls 읽기는 이름마다 시트 하나(마지막 시트)만 읽을 수 있어 나머지는 읽지 않았습니다. .xlsx로 저장하면 모두 읽습니다
inv-rvtools-version = RVTools 버전 { $version }
inv-rvtools-tab = RVTools 탭 { $tab }
inv-not-used = 사용하지 않음: { $why }
inv-unused-empty = 시트가 비어 있습니다
inv-unused-no-name-column = 머신 이름으로 알아볼 수 있는 열(`Name`, `VM`, `Server name` 등)이 없습니다
inv-unused-only-name = 이름 열만 알아볼 수 있고 머신 특성 열은 없습니다

# Why a whole file cannot be imported.
inv-error = { $file }: { $why }
inv-error-in-sheet = { $file }, sheet { $sheet }: { $why }
inv-folder-empty = 폴더에 파일이 없습니다
inv-folder-only-reports = 폴더에 rehost가 쓴 보고서 { $count }개만 있고 인벤토리가 없습니다
inv-own-report-refused = rehost가 쓴 { $report }입니다. 인벤토리가 아닙니다. 보고서를 만든 인벤토리를 지정하세요
inv-is-directory = 인벤토리 파일이 아니라 폴더입니다
inv-file-empty = 파일이 비어 있습니다(0바이트)
inv-no-text = 파일에 텍스트가 없습니다
inv-binary = 스프레드시트나 CSV 파일이 아닙니다(이진 내용)
inv-encrypted = 통합 문서가 암호화되어 있습니다(암호 보호). 보호되지 않은 사본으로 저장하세요
inv-damaged = 통합 문서가 손상되었습니다(읽기를 중단함)
inv-not-zip = 읽을 수 있는 xlsx(zip) 파일이 아닙니다: { $why }
inv-damaged-zip-entry = 손상된 xlsx(zip) 항목 { $entry }: { $why }
inv-not-xls = 읽을 수 있는 Excel 97-2003 통합 문서가 아닙니다: { $why }
inv-csv-line = { $line }행: { $why }
inv-file-bytes = 너무 큽니다: { $bytes }바이트로 인벤토리 파일 하나의 상한 { $cap }바이트를 넘습니다
inv-rows = 너무 큽니다: CSV 하나의 데이터 행 상한 { $cap }개(스프레드시트 시트 하나가 담는 행 수)를 넘습니다
inv-machines = 너무 큽니다: 이 파일까지 읽으면 머신이 한 번의 실행 상한 { $cap }대를 넘습니다
inv-cells = 너무 큽니다: 비어 있지 않은 셀 상한 { $cap }개를 넘습니다
inv-sheet-cells = 너무 큽니다: 시트 { $sheet }에서 파일이 비어 있지 않은 셀 상한 { $cap }개를 넘습니다
inv-zip-part = 너무 큽니다: 파트 { $part }의 압축을 풀면 { $bytes }바이트입니다(상한: 파트당 { $cap_part }, 전체 { $cap_all })
inv-no-rows = 파일에 행이 없습니다(빈 시트) (`rehost inspect`와 README에서 읽을 수 있는 형식을 확인하세요)
inv-not-used-file = { $why } (`rehost inspect`와 README에서 읽을 수 있는 형식을 확인하세요)
inv-no-name-column-anywhere = 머신 이름으로 알아볼 수 있는 열이 있는 시트가 없습니다 (`rehost inspect`와 README에서 읽을 수 있는 형식을 확인하세요)
inv-rvtools-without-vinfo = RVTools 탭별 CSV 파일에 VM 목록인 RVTools_tabvInfo.csv가 없습니다
inv-bad-xlsx-reader = REHOST_XLSX_READER={ $value }: fast 또는 calamine이어야 합니다

# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
