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

finding-passes = 통과
finding-passes-with = 통과: { $what }
finding-cannot-tell = 판단할 수 없음: { $why }
finding-not-evaluated = 평가하지 않음: { $why }
finding-not-applicable = 해당 없음: { $why }
finding-would-fail = { $actual }(이)면 실패하지만, { $why }
finding-cause-unknown-os = OS를 알 수 없습니다
finding-cause-windows-client = Windows 클라이언트 OS이며, Azure에서는 Visual Studio 구독이 있어야 실행할 수 있습니다
finding-cause-windows-server = 지원이 종료된 Windows Server 릴리스입니다
finding-cause-linux = Azure가 보증하지 않는 Linux 버전입니다
finding-cause-other = 평가에서 다루지 않는 OS입니다
finding-rule-gone = 규칙이 없어졌습니다
finding-undated = 판단할 수 없음: 페이지가 { $after }부터 { $next } 사이에 바뀌었고, 읽은 사본으로는 바뀐 날짜를 더 좁힐 수 없습니다. { $edition } 판: { $says }. { $next } 판: { $later }
finding-release-name = { $name }({ $when })
finding-release-name-components = { $name }({ $when }, 구성 요소 원문: "{ $components }")
finding-release-supports = { $release }부터 지원됩니다. { $edition } 지원 매트릭스에는 아직 없습니다. 매트릭스: { $says } (릴리스 정보 원문: "{ $quote }")
finding-release-withdraws = { $edition } 지원 매트릭스에는 있지만 { $release }에서 지원이 중단되었습니다(릴리스 정보 원문: "{ $quote }")
finding-release-maybe = { $name }({ $when }, 날짜 미기재)에서 지원되지만 평가 기준일에 이미 출시되었는지 알 수 없습니다. { $edition } 지원 매트릭스: { $says } (릴리스 정보 원문: "{ $quote }")
finding-release-fix-withdrawn = { $name } 이후로는 지원되지 않는 것으로 계획하거나, 매트릭스를 근거로 삼기 전에 Microsoft 지원에 확인합니다.
finding-release-fix-components = { $name } 이상을 사용합니다(구성 요소 원문: "{ $components }"). 지원 매트릭스에는 아직 나와 있지 않습니다.
finding-release-fix = { $name }에 따릅니다. 지원 매트릭스에는 아직 나와 있지 않습니다.
finding-release-month = { $year }년 { $month }월
finding-no-column = 인벤토리에 { $what } 열이 없습니다
finding-subject-guest-os = 게스트 OS
finding-subject-host-os = 호스트 OS
finding-subject-arch = OS 아키텍처
finding-subject-data-disk-count = 데이터 디스크 수
finding-subject-management = 관리 서버
finding-subject-firmware = 펌웨어 또는 세대
finding-subject-os-disk-size = OS 디스크 크기
finding-subject-data-disk-sizes = 데이터 디스크 크기
finding-subject-disk-sizes = 디스크 크기
finding-subject-disk-field = { $disk } { $field }
finding-subject-churn = 평균 데이터 변동률
finding-subject-peak-churn = 최고 데이터 변동률
finding-churn-unreadable = { $what } { $raw }을(를) 읽을 수 없습니다: { $why }
finding-target-rpo = 복구 지점 목표(RPO)
finding-target-rto = 복구 시간 목표(RTO)
finding-target-unreadable = { $what } { $raw }을(를) 읽을 수 없습니다: { $why }
finding-no-target = 이 머신의 { $what }가 없습니다
finding-no-target-anywhere = { $what } 없음(열, --{ $option }, 등급 정책 모두 없음)
finding-os-unrecognised = OS { $raw }은(는) 카탈로그에서 알 수 없는 OS입니다
finding-os-one-of = { $raw }은(는) { $versions } 중 하나이며, 목록에는 그 일부만 있습니다(목록: { $listed })
finding-os-later = { $raw }은(는) 목록보다 이후 릴리스일 수 있습니다(목록: { $listed })
finding-os-no-version = OS 버전이 없습니다. 목록: { $listed }
finding-os-line = { $line }은(는) 릴리스 계열 전체를 가리키며, 목록은 그 일부만 다룹니다(목록: { $listed })
finding-listed = 목록의 { $spec }에 해당
finding-no-version = { $text }에는 { $product } 버전이 없습니다
finding-no-disks-of-role = 이 역할의 디스크가 목록에 없습니다
finding-every-disk = 모든 디스크가 한도 { $bound }
finding-bound-at-most = 이하
finding-bound-at-least = 이상
finding-bound-above = 초과
finding-no-churn-limit = 이 스토리지의 데이터 변동률 한도가 없습니다
finding-churn-per-disk-not-given = 디스크별 데이터 변동률이 없습니다. 머신 전체 값이 디스크별 최저 한도를 넘습니다
finding-churn-depends-on-io = 한도는 평균 I/O 크기에 따라 다르며, 인벤토리에 I/O 크기가 없습니다
finding-platform-assumed = 플랫폼을 알 수 없습니다({ $gap }). 이 대상의 원본인 { $platform }(으)로 가정합니다
finding-host-not-managed = 호스트가 관리되지 않습니다
finding-rpo-by-frequency = { $every } 간격으로 복제하여 복구 지점 목표(RPO) { $target }을(를) 충족합니다
finding-rpo-achievable = 달성 가능한 { $achievable }(으)로 복구 지점 목표(RPO) { $target }을(를) 충족합니다
finding-rto-met = 복구 시간 목표(RTO) { $target }은(는) SLA가 보장하는 { $sla } 이내입니다
finding-when-generation = { $want }세대에 적용됩니다. 이 머신은 { $is }세대입니다
finding-when-generation-gap = { $want }세대에 적용됩니다. 세대: { $gap }
finding-when-firmware = { $want } 펌웨어에 적용됩니다. 이 머신은 { $is }입니다
finding-when-firmware-gap = { $want } 펌웨어에 적용됩니다. 펌웨어: { $gap }
finding-when-hypervisor = { $to } 머신에 적용됩니다. 이 머신은 { $is } 머신입니다
finding-when-os-unrecognised = 일부 OS에 적용됩니다. { $raw }은(는) 알 수 없는 OS입니다
finding-when-os-not = { $os }에는 적용되지 않습니다
finding-when-os-maybe = { $os }에 적용될 수 있습니다(버전이 충분히 자세하지 않음)
finding-when-os-gap = 일부 OS에 적용됩니다. OS: { $gap }
finding-when-managed-no-column = 관리 여부에 따라 적용됩니다. 인벤토리에 해당 열이 없습니다
finding-when-managed = 관리되는 호스트에 적용됩니다
finding-when-unmanaged = 관리되지 않는 호스트에 적용됩니다
finding-when-managed-unreadable = 관리 여부에 따라 적용됩니다. 셀을 읽을 수 없습니다
finding-count-listed = { $n }(목록의 디스크)
finding-rate-at-least = { $rate } 이상(평균)
finding-allowed = 허용
finding-not-allowed = 허용되지 않음
finding-none = (없음)
finding-arch-from-os = { $arch }(OS 버전에서 판단)
finding-platform-inferred = { $platform }(호스트에서 추정)
finding-platform-assumed-actual = { $platform }(가정)
finding-not-managed = 관리되지 않음
finding-empty-unmanaged = (빈 셀: 관리되지 않음)
finding-disk-on = { $disk }은(는) { $controller } 컨트롤러에 연결됨
finding-machine-on = { $controller } 컨트롤러에 연결된 디스크 있음
finding-disk-value = { $disk }: { $value }
finding-disk-is = { $disk }은(는) { $kind } 디스크
finding-kind-present = { $kind } 디스크 있음
finding-sector-4k = { $disk }에 4K 섹터가 있습니다
finding-host-label = ({ $name }의 호스트 레이블)
finding-name-too-long = { $n }자
finding-name-bad-chars = 허용되지 않는 문자
finding-vm-name-bad = { $name }{ $label } ({ $why })
finding-target-value = { $duration } ({ $from })
finding-from-column = { $what } 열
finding-from-tier = { $file }의 { $tier } 등급
finding-cell = { $field } = { $value }
finding-show-absent = (열 없음)
finding-show-empty = (빈 셀)
finding-show-invalid = { $raw }(읽을 수 없음)
finding-limit-controllers = { $list } 컨트롤러에 연결된 디스크 없음
finding-limit-kinds = { $list } 디스크 없음
finding-limit-vm-name = { $pattern } 패턴에 맞는 { $max }자 이하
finding-limit-frequencies = 복사 빈도 { $list }
finding-limit-within = 업로드 후 { $within } 이내에 복구 지점 생성
finding-churn-row-at-io = I/O { $io }에서 { $max }
finding-io-or-more = { $kb } KB 이상
finding-churn-limit-vm = { $storage } 스토리지에서 { $limit }
finding-churn-limit-disk = { $storage } 스토리지 디스크당 { $limit }
finding-kind-pass-through = 통과
finding-kind-shared = 공유
finding-kind-independent = 독립

# (end of findings)

## Inventory: notes, data quality, formats (src/words/inventory.rs)

# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
