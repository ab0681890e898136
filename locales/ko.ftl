# rehost's own words in Korean. One message per id; `{ $name }` is a value the code passes.
# Every id here is in every other language's catalogue with the same placeholders (tested).
# Rule titles, messages and fixes are not here: they live in rules/ beside their rules.
# Fluent: a value's leading and trailing blanks are dropped (write {" "} to keep one), and a
# literal brace is {"{"}. Ids are kebab-case, prefixed by the area that says them.

## Findings: outcomes, check kinds, filters and releases (src/words/finding.rs, check.rs)

unknown-gap = { $what }: { $gap }

check-role-os = OS
check-role-data = 데이터
check-role-any = 모든
check-or = {" "}또는{" "}
check-architecture = 아키텍처: { $list } 중 하나
check-bitlocker-allowed = BitLocker 허용
check-bitlocker-off = BitLocker 꺼짐
check-churn-at-io = ({ $io } 기준)
check-churn-disks-between = , { $min } 초과 { $max } 이하 디스크
check-churn-disks-over = , { $min } 초과 디스크
check-churn-disks-up-to = , { $max } 이하 디스크
check-churn-per-disk = 디스크당 평균 데이터 변동률 최대: { $rows }
check-churn-per-vm = VM당 평균 데이터 변동률 최대: { $rows }
check-cores-max = 코어 최대 { $max }개
check-disk-controller = { $list } 컨트롤러에 연결된 디스크 없음
check-disk-count-data = 데이터 디스크 최대 { $max }개
check-disk-count-all = OS 디스크를 포함해 디스크 최대 { $max }개
check-disk-kinds = { $list } 디스크 없음
check-disk-max = { $role } 디스크 최대 { $max }
check-disk-min = { $role } 디스크 { $min } 이상
check-disk-min-strict = { $role } 디스크 { $min } 초과
check-dynamic-os-disk-allowed = 동적 OS 디스크 허용
check-dynamic-os-disk-off = 동적 OS 디스크 허용 안 됨(기본 디스크만)
check-firmware = 펌웨어: { $list } 중 하나
check-host-os = 호스트: { $list } 중 하나
check-hypervisor = 플랫폼: { $list } 중 하나
check-managed-by = 관리 서버: { $list } 중 하나
check-managed-by-if = 관리되는 경우 관리 서버: { $list } 중 하나
check-memory-max = 메모리 최대 { $max }
check-nics-max = 네트워크 어댑터 최대 { $max }개
check-os-recognised = 알 수 있는 OS(기타 아님)
check-os-supported = OS: { $list } 중 하나
check-os-unsupported = OS: { $list } 중 어느 것도 아님
check-peak-churn-max = 모든 디스크의 최고 데이터 변동률 최대 { $max }
check-rpo-frequencies = 복구 지점 목표(RPO)를 복사 빈도 { $list } 중 하나로 충족
check-rpo-within = 복구 지점 목표(RPO) { $within } 이상(업로드 후 { $within } 이내에 복구 지점 생성)
check-rpo = 복구 지점 목표(RPO)
check-rto = 복구 시간 목표(RTO)가 SLA가 보장하는 { $sla } 이상
check-sector-4k-allowed = 4K 섹터 디스크 허용
check-sector-4k-off = 4K 섹터 디스크 허용 안 됨
check-secure-boot-allowed = 보안 부팅 허용
check-secure-boot-off = 보안 부팅 꺼짐
check-vm-name = 이름이 { $pattern } 패턴에 맞고 { $max }자 이하
check-when-generation = { $generation }세대
check-when-firmware = { $firmware } 펌웨어
check-when-managed = 관리되는 호스트
check-when-unmanaged = 관리되지 않는 호스트
check-when-every = 모든 머신

# (end of findings)

## Inventory: notes, data quality, formats (src/words/inventory.rs)

# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# Verdicts, as the JSON's codes in English (words/report.rs)
rep-readiness-ready = 준비됨
rep-readiness-ready-with-conditions = 조건부 준비
rep-readiness-not-ready = 준비되지 않음
rep-readiness-unknown = 알 수 없음
rep-readiness-not-applicable = 해당 없음
rep-dr-meets = 충족
rep-dr-at-risk = 위험
rep-dr-cannot-meet = 충족 불가
rep-dr-no-targets = 목표 없음
rep-dr-unknown = 알 수 없음
rep-support-mainstream = 기본 지원
rep-support-extended = 연장 지원
rep-support-out-of-support = 지원 종료
rep-support-unknown = 알 수 없음
# The terminal's and explain's fixed phrases
rep-word-machine = 머신
rep-word-readiness = 준비 상태
rep-word-why = 이유
rep-word-legend = ✓ 준비됨  ~ 조건부 준비  ✗ 준비되지 않음  ? 알 수 없음  · 해당 없음
rep-word-most-often = 가장 많음
rep-word-other-platforms = 이 시나리오는 다른 플랫폼을 다룹니다
rep-word-why-each = 판정 이유: --details, 또는 머신 하나는 `rehost explain FILE -m MACHINE`.
rep-word-read = 읽은 값
rep-word-fix = 해결
rep-word-see = 참고
# Headers, labels, sheet names
rep-sheet-summary = 요약
rep-sheet-machines = 머신
rep-sheet-findings = 결과
rep-disks = 디스크
rep-sheet-dr = 재해 복구
rep-sheet-rules = 규칙
rep-sheet-data-quality = 데이터 품질
rep-rehost-assessment = rehost 평가
rep-run = 실행
rep-tool = 도구
rep-matrices-as-of = 매트릭스 기준일
rep-newest-edition-of-each-target = 각 대상의 최신 판
rep-editions = 판
rep-rules-not-evaluated-count-as = 평가하지 않은 규칙의 처리
rep-not-evaluated = 평가하지 않음
rep-unknown-strict = 알 수 없음(--strict)
rep-inventory-files = 인벤토리 파일
rep-readiness-by-target = 대상별 준비 상태
rep-machines-by-readiness = 준비 상태별 머신
rep-matrix = 매트릭스
rep-ready = 준비됨
rep-ready-with-conditions = 조건부 준비
rep-not-ready = 준비되지 않음
rep-unknown = 알 수 없음
rep-not-applicable = 해당 없음
rep-source = 원본
rep-most-frequent-blocking-rules = 가장 많이 차단하는 규칙
rep-no-blocking-failure = 차단 규칙에 실패한 머신이 없습니다.
rep-disaster-recovery = 재해 복구
rep-required-bandwidth-mbps = 필요한 대역폭(Mbps)
rep-available-bandwidth-mbps = 사용 가능한 대역폭(Mbps)
rep-initial-replication-hours = 초기 복제(시간)
rep-initial-replication-goal-hours = 초기 복제 목표(시간)
rep-growth-factor = 증가율(%)
rep-coverage-gaps = 평가 공백: 열이 없어 평가하지 않은 규칙
rep-sheets-in-this-workbook = 이 통합 문서의 시트
rep-bandwidth = 대역폭
rep-sizing-and-os-support = 크기 조정 및 OS 지원
rep-sized = 크기 기준
rep-disk-tiers = 디스크 계층
rep-os-support-judged-on = OS 지원 기준일
rep-prices = 가격
rep-os-support = OS 지원
rep-azure-vm-size = Azure VM 크기
rep-not-sized-see-machines = 크기를 정하지 못함(머신 시트 참조)
rep-machine = 머신
rep-target = 대상
rep-edition = 판
rep-severity = 심각도
rep-outcome = 결과
rep-rule = 규칙
rep-title = 제목
rep-message = 메시지
rep-remediation = 해결 방법
rep-reference = 참고
rep-blocking-rules-failed = 실패한 차단 규칙
rep-azure-vcpus = Azure vCPU
rep-azure-memory-gb = Azure 메모리(GB)
rep-support-ends = 지원 종료일
rep-os-as-written = 기록된 OS
rep-cores = 코어
rep-memory-gb = 메모리(GB)
rep-os-disk-gb = OS 디스크(GB)
rep-largest-data-disk-gb = 가장 큰 데이터 디스크(GB)
rep-total-storage-gb = 전체 스토리지(GB)
rep-firmware = 펌웨어
rep-generation = 세대
rep-hypervisor = 하이퍼바이저
rep-host = 호스트
rep-os-as-read = 판독한 OS
rep-architecture = 아키텍처
rep-bitlocker = BitLocker
rep-power-state = 전원 상태
rep-size-chosen-because = 크기 선택 이유
rep-source-file-sheet-row = 원본(파일!시트!행)
rep-disk = 디스크
rep-role = 역할
rep-size-gb = 크기(GB)
rep-kind = 종류
rep-churn-mb-s = 데이터 변동률(MB/s)
rep-azure-disk-tier = Azure 디스크 계층
rep-tier-size-gb = 계층 크기(GB)
rep-recovery-group = 복구 그룹
rep-boot-order = 부팅 순서
rep-tier = 등급
rep-application = 애플리케이션
rep-rpo-target = 복구 지점 목표(RPO)
rep-achievable-rpo = 달성 가능한 RPO
rep-replication-frequency = 복제 빈도
rep-rto-target = 복구 시간 목표(RTO)
rep-peak-churn-mb-s = 최고 데이터 변동률(MB/s)
rep-dr-verdict = 재해 복구 판정
rep-why = 이유
rep-applies-to = 적용 대상
rep-checks = 검사
rep-message-when-it-fails = 실패 시 메시지
rep-issue = 문제
rep-file = 파일
rep-sheet = 시트
rep-cell = 셀
rep-row = 행
rep-field = 필드
rep-raw-text = 원본 텍스트
rep-what = 내용
rep-matrix-page = 매트릭스 페이지
rep-about-machines = 머신당 한 행: 읽은 값, 대상별 준비 상태, OS 지원, Azure 크기와 비용
rep-about-findings = 머신이 실패했거나 판단할 수 없는 모든 규칙, 해결 방법과 페이지
rep-about-disks = 디스크당 한 행: 역할, 크기, Azure 디스크 계층, 디스크 크기 규칙의 결과
rep-about-dr = 복구 그룹별로 머신당 RPO, RTO, 데이터 변동률과 복제
rep-about-rules = 사용한 모든 매트릭스와 규칙, 매개변수와 원본
rep-about-data-quality = 파일, 시트, 열 매핑, 건너뛴 행과 읽을 수 없는 셀
rep-severity-blocker = 차단
rep-severity-condition = 조건
rep-severity-warning = 경고
rep-outcome-fail = 실패
rep-outcome-pass = 통과
rep-outcome-n-a = 해당 없음
rep-outcome-not-evaluated = 평가하지 않음
rep-severity-info = 정보
rep-outcome-unknown = 알 수 없음
rep-vcpus = vCPU
rep-page-section = 페이지 섹션
rep-inputs-read = 읽은 입력
rep-format = 형식
rep-header-row = 머리글 행
rep-rows-read = 읽은 행
rep-attached = 머신에 연결
rep-skipped = 건너뜀
rep-columns-read-header-field = 읽은 열(머리글 → 필드)
rep-columns-not-used = 사용하지 않은 열
rep-notes = 메모

rep-yes = 예
rep-no = 아니요

# Partly checked verdicts (report/checked.rs)
rep-partly-checked = 일부만 확인
rep-fully-checked = 모두 확인
rep-verdict-partly = { $verdict }({ $partly })
rep-label-checked = { $label }({ $how })
rep-legend-partly = ✓? ~? 확인한 범위에서 준비됨: 인벤토리에 열이 없는 차단 규칙은 확인하지 않음
rep-unchecked-line = ✓? ~? 확인하지 않은 차단 규칙 { $n }개(열 없음): { $ids }
rep-not-checked = 확인하지 않은 차단 규칙(열 없음): { $shown }
rep-not-checked-more = 확인하지 않은 차단 규칙(열 없음): { $shown } (+{ $n }개 더)

# The terminal's notes (report/compact.rs, table.rs)
rep-dr-head = 재해 복구
rep-gaps-in-details = { $n }개 규칙은 평가하지 않음: 인벤토리에 해당 열이 없습니다 (--details에 나열됨).
rep-gaps-in-report = { $n }개 규칙은 평가하지 않음: 인벤토리에 해당 열이 없습니다 (보고서에 나열됨).
rep-left-out-note = 제외: { $note }.
rep-left-out = 제외
rep-dq-note = { $n }개의 데이터 품질 기록: `rehost inspect` 또는 통합 문서의 데이터 품질 시트를 참조하세요.
rep-dq-line = { $n }개의 데이터 품질 기록: `rehost inspect` 또는 통합 문서의 데이터 품질 시트를 참조하세요.
rep-why-each-in-report = 판정 이유: 보고서, 또는 머신 하나는 `rehost explain FILE -m MACHINE`.
rep-more = 개 더
rep-all-not-applicable = 머신 { $n }대 모두 해당 없음: 이 시나리오는 다른 플랫폼을 다룹니다
rep-not-evaluated-why = 평가하지 않음, { $why }: { $rules }

# explain (report/explain.rs)
rep-x-mainstream-ends = 기본 지원 종료
rep-x-extended-ends = 연장 지원 종료
rep-x-esu-ends = 확장 보안 업데이트 종료
rep-x-azure-size = Azure 크기
rep-x-why = 이유
rep-x-no-size = 크기 없음
rep-x-not-priced = 가격 파일에 없음
rep-x-monthly-payg = 월 컴퓨팅 비용, 종량제
rep-x-monthly-storage = 월 스토리지 비용
rep-x-disks = 디스크
rep-x-os-readings = OS 판독
rep-x-kernel = 커널
rep-x-estate = 전체
rep-x-derived = 도출
rep-x-generation = { $g }세대
rep-x-cores = 코어 { $n }개
rep-x-memory = 메모리 { $size }
rep-x-disk-size-unknown = { $disk }(크기 알 수 없음)
rep-x-os-support-on = { $day } 기준 OS 지원: { $status }
rep-x-size-line = { $name }  vCPU { $vcpus }개, { $gib } GiB, 데이터 디스크 최대 { $disks }개, 네트워크 어댑터 { $nics }개({ $series } 시리즈)
rep-x-monthly-reserved = 월 컴퓨팅 비용, 1년 예약: { $one }; 3년 예약: { $three }

# Markdown (report/markdown.rs)
rep-md-title = 마이그레이션 준비 상태
rep-md-intro-as-of = { $files }의 머신 { $n }대, { $day } 기준 매트릭스.
rep-md-intro-newest = { $files }의 머신 { $n }대, 각 대상의 최신 판 매트릭스.
rep-md-unchecked = 확인하지 않은 차단 규칙 { $n }개: { $ids }
rep-md-partly = _일부만 확인_: 확인한 범위에서 준비됨. 인벤토리에 열이 없어 확인하지 않은 차단 규칙이 있습니다:
rep-md-left-out = 제외
rep-md-not-ready-or-unknown = 준비되지 않음 또는 알 수 없음
rep-md-table-head = | 머신 | 준비 상태 | 이유 |
rep-md-machines = 머신 { $n }대
rep-md-rows-not-read = 머신으로 읽지 않은 행
rep-md-row = 행
rep-md-more-rows = _… 외 { $n }개: 모두 `rehost inspect`와 통합 문서의 데이터 품질 시트에 있습니다._
rep-md-not-evaluated = 열이 없어 평가하지 않음

# A day in a sentence: ISO in English, as Microsoft's Korean pages write it in Korean.
day = { $year }년 { $month }월 { $day }일

# The HTML page (report/html)
rep-html-of = /
rep-html-machines = 대
rep-html-close = 닫기
rep-html-platform = 플랫폼
rep-html-extended-end = 연장 지원 종료
rep-html-esu-end = 확장 보안 업데이트 종료
rep-html-chosen = 선택 이유
rep-html-compute = 월 컴퓨팅 비용
rep-html-none = 없음
rep-html-not-covered = 이 시나리오는 이 머신을 다루지 않습니다.
rep-html-no-finding = 실패하거나 알 수 없는 규칙이 없습니다.
rep-html-fix = 해결
rep-html-not-evaluated = 평가하지 않음(열 없음)
rep-html-support-mainstream = 기본 지원
rep-html-support-extended = 연장 지원
rep-html-support-out-of-support = 지원 종료
rep-html-support-unknown = 알 수 없음
rep-html-partly-note = 일부만 확인: 확인한 범위에서 준비됨. 인벤토리에 열이 없어 확인하지 않은 차단 규칙이 있습니다.
rep-html-partly-option = 확인한 범위에서 준비됨(일부만 확인)
rep-html-filter = 필터: 이름, OS, 규칙, 크기…
rep-html-filter-machines = 머신 필터
rep-html-verdict = 판정
rep-html-every-verdict = 모든 판정
rep-html-as-of = { $day } 기준
rep-html-newest = 최신 판
rep-html-meta = 머신 { $n }대 · 파일 { $files } · 매트릭스 { $as_of } · OS 지원 기준일 { $day } · { $tool }
# Not yet in Korean: the chart's label for screen readers is English in both languages.
rep-html-chart-label = Machines by readiness, per target

# The workbook (report/xlsx)
# A column's width in characters: Korean titles are wider on screen.
rep-xlsx-matrix-title-width = 66
# Excel's number format for a day: ISO; Excel's Korean long date.
rep-xlsx-date-format = yyyy"년" m"월" d"일"
rep-xlsx-left-out = 제외: { $note }
rep-xlsx-partly-title = 일부만 확인: 준비된 머신에 대해 확인하지 않은 차단 규칙
rep-xlsx-partly-intro = 확인한 범위에서 준비됨: 인벤토리에 열이 없어 다음 차단 규칙은 확인하지 않았습니다.
rep-xlsx-machines-partly = 일부만 확인한 머신
rep-xlsx-no-dr = 복구 지점 목표(RPO), 복구 시간 목표(RTO) 또는 데이터 변동률이 있는 머신이 없습니다. RPO target, RTO target 또는 Churn (MB/s) 열을 추가하거나 --rpo/--rto를 지정하세요.
rep-xlsx-unreadable = 읽을 수 없음
rep-xlsx-os-support-on = OS 지원({ $day } 기준)
rep-xlsx-monthly-payg = 월 컴퓨팅 비용({ $currency }, 종량제)
rep-xlsx-monthly-reserved = 월 컴퓨팅 비용({ $currency }, 3년 예약)
rep-xlsx-monthly-storage = 월 스토리지 비용({ $currency })
rep-xlsx-monthly = 월 비용({ $currency })
rep-xlsx-disk-rules = { $target } 디스크 규칙
rep-xlsx-role-data = 데이터
rep-xlsx-matrix = 매트릭스
# The copy read and the transcriber's notes are in the page's language (English); a Korean reader is told so.
rep-xlsx-record = (원문 기록, 영어) { $text }
rep-xlsx-dq-nothing = 보고할 내용 없음: 모든 행이 머신이 되었고 모든 셀을 읽었습니다.
rep-xlsx-sized-as-on-premises = 온-프레미스 그대로(할당된 코어와 메모리)
rep-xlsx-sized-performance = 성능 기반(사용률 × 쾌적 인자 { $comfort })
rep-xlsx-disks-only = 각 디스크를 담는 가장 작은 { $tier } 계층
rep-xlsx-disks-auto = 각 디스크를 담는 가장 작은 계층: IOPS와 처리량을 모르면 프리미엄(Azure Migrate 기본값), 알면 이를 감당하는 모든 유형 중에서, 가격 파일이 있으면 가장 저렴한 계층
rep-xlsx-no-prices = 없음(--prices FILE): 비용을 추정하지 않습니다
rep-xlsx-total-payg = 월 컴퓨팅 비용, 종량제({ $currency })
rep-xlsx-priced = 가격이 있는 머신 { $n }대

# A place in the inventory; a coverage gap as a data-quality record (report/summary.rs)
rep-row-place = { $sheet } { $row }행
rep-coverage-gap = { $target } { $rule }({ $title })을(를) 머신 { $n }대에서 평가하지 않음: { $why }

# --compare-as-of: the verdicts that differ (report/changes.rs). Outcomes stay codes (fail, unknown).
# Not yet in Korean: these lines are English in every language, as they have been.
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
# Not yet in Korean: the file's properties are English in every language, as they have been.
rep-xlsx-doc-title = rehost assessment
rep-xlsx-doc-subject = Azure migration and disaster-recovery readiness

# The Findings sheet cut at the sheet's row limit
# Not yet in Korean: English in every language, as it has been.
rep-xlsx-findings-cut = { $n } more findings do not fit in one sheet; see the JSON output

# (end of reports)

## Errors and the command line (src/commands)

# An I/O error's common kinds; in English the system's own words
err-io-not-found = { $system ->
   *[other] 파일이나 폴더가 없습니다
}
err-io-permission-denied = { $system ->
   *[other] 권한이 없습니다
}
err-io-is-a-directory = { $system ->
   *[other] 파일이 아니라 폴더입니다
}
err-io-already-exists = { $system ->
   *[other] 이미 있습니다
}
err-io-storage-full = { $system ->
   *[other] 디스크 공간이 부족합니다
}

# A report that cannot be written where it was asked (report/atomic.rs)
err-output-is-input = { $output }: 보고서가 입력 파일 { $input }을(를) 덮어쓰게 됩니다. 다른 출력 경로를 고르세요
err-output-is-folder = { $path }: 폴더입니다. 파일 이름을 지정하세요
err-cannot-write = { $path }: 보고서를 쓸 수 없습니다
err-cannot-create-folder = { $path }: 폴더를 만들 수 없습니다

# What the user asked that cannot be done (commands/errors.rs); a value as typed comes quoted
err-bad-value = { $flag } { $text }: { $why }
err-bad-date = { $flag }: 날짜 { $text }: YYYY-MM-DD 형식이어야 합니다
err-comfort-factor = --comfort-factor { $factor }: 0보다 크고 10 이하인 인자여야 합니다(예: 1.3)
err-unknown-series = --vm-series { $series }: 크기 카탈로그에 없습니다(사용 가능: { $known })
err-region-without-prices = --region은 --prices 파일의 지역을 고릅니다. --prices가 없습니다
err-no-machine = 인벤토리에 { $name }(이)라는 머신이 없습니다
err-no-machine-near = 인벤토리에 { $name }(이)라는 머신이 없습니다({ $near }을(를) 찾으셨나요?)
err-no-rule = 규칙 { $id }이(가) 없습니다. `rehost rules list`로 모든 규칙을 볼 수 있습니다
# An error as the reader sees it (main.rs)
err-line = rehost: 오류: { $text }
# A command line the parser refused (commands/errors.rs); in English the parser's own words are shown instead
err-cli-line = rehost: 오류: { $what } (사용법: `rehost --help`)
err-cli-unknown-argument = 알 수 없는 인수 { $arg }
err-cli-unknown-command = 알 수 없는 명령 { $arg }
err-cli-invalid-value = { $arg }의 값 { $value }이(가) 올바르지 않습니다
err-cli-no-inventory = 인벤토리 파일을 지정하세요
err-cli-missing = 필수 인수가 없습니다: { $arg }
err-cli-value-count = { $arg }의 값 개수가 맞지 않습니다
err-cli-conflict = 함께 쓸 수 없는 인수입니다: { $arg }
err-cli-unreadable = 명령줄을 읽을 수 없습니다

# The command line's own words: progress, inspect, rules (src/commands)
cmd-stage-reading = { $files } 읽는 중
cmd-stage-assessing-and-writing = 머신 { $n }대를 대상 { $t }개 기준으로 평가하고 쓰는 중
cmd-stage-assessing = 머신 { $n }대를 대상 { $t }개 기준으로 평가하는 중
cmd-stage-writing = { $kind } 보고서 쓰는 중
cmd-report-written = 보고서를 { $path }에 썼습니다
cmd-header-row = 머리글 행
cmd-not-used = 사용하지 않음
cmd-note = 참고
cmd-sheet-counts = 읽은 행 { $rows }, 머신 { $machines }, 머신에 연결 { $attached }, 건너뜀 { $skipped }
cmd-machines = 머신 { $n }대
cmd-dq-nothing = 데이터 품질: 보고할 내용 없음
cmd-dq-records = 데이터 품질(기록 { $n }개):
cmd-rules-count = 규칙 { $n }개
# rules show: labels padded to one width
cmd-show-matrix = 매트릭스:
cmd-show-severity = 심각도:
cmd-show-applies-to = 적용 대상:
cmd-show-checks = 검사:
cmd-show-message = 메시지:
cmd-show-remediation = 해결 방법:
cmd-show-reference = 참고:
cmd-show-defined-in = 정의 위치:
cmd-change-adds = 추가: { $specs }
cmd-change-withdraws = 지원 중단: { $specs }
cmd-change-replaces = 변경된 검사: { $check }
cmd-in-release-notes = 릴리스 정보
cmd-read-from = 읽은 사본:

# rules diff of a target it cannot compare (commands/rules.rs)
# Not yet in Korean: these lines are English in every language, as they have been.
err-no-target = unknown target { $target } (known: { $known })
err-one-edition = { $target } has one edition ({ $edition }): nothing to compare

# rules check, rules diff and rules kinds (commands/rules.rs): a rule's own words there are English
# Not yet in Korean: these lines are English in every language, as they have been.
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

# (end of errors)
