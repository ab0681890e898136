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
check-aspect-severity = 심각도
check-aspect-title = 제목
check-aspect-applies-to = 적용 대상
check-aspect-check = 검사
check-aspect-supported-os = 지원되는 OS
check-aspect-unsupported-os = 지원되지 않는 OS
check-aspect-host = 호스트
check-aspect-management-server = 관리 서버

finding-passes = 통과
finding-passes-with = 통과: { $what }
finding-cannot-tell = 판단할 수 없음: { $why }
finding-not-evaluated = 평가하지 않음: { $why }
finding-not-applicable = 해당 없음: { $why }
finding-would-fail = { JOSA($actual, "이면") } 실패하지만, { $why }
finding-cause-unknown-os = OS를 알 수 없습니다
finding-cause-windows-client = Windows 클라이언트 OS이며, Azure에서는 Visual Studio 구독이 있어야 실행할 수 있습니다
finding-cause-windows-server = 지원이 종료된 Windows Server 릴리스입니다
finding-cause-linux = Azure가 보증하지 않는 Linux 버전입니다
finding-cause-other = 평가에서 다루지 않는 OS입니다
finding-rule-gone = 규칙이 없어졌습니다
finding-undated = 판단할 수 없음: 페이지가 { $after }~{ $next } 사이에 바뀌었고, 읽은 사본으로는 바뀐 날짜를 더 좁힐 수 없습니다. { $edition } 버전: { $says }. { $next } 버전: { $later }
finding-release-name = { $name }({ $when })
finding-release-name-components = { $name }({ $when }, 구성 요소 원문: "{ $components }")
finding-release-supports = { $release }부터 지원됩니다. { $edition } 지원 매트릭스에는 아직 없습니다. 지원 매트릭스: { $says } (릴리스 정보 원문: "{ $quote }")
finding-release-withdraws = { $edition } 지원 매트릭스에는 있지만 { $release }에서 지원이 중단되었습니다(릴리스 정보 원문: "{ $quote }")
finding-release-maybe = { $name }({ $when }, 날짜 미기재)에서 지원되지만 평가 기준일에 이미 출시되었는지 알 수 없습니다. { $edition } 지원 매트릭스: { $says } (릴리스 정보 원문: "{ $quote }")
finding-release-fix-withdrawn = { $name } 이후로는 지원되지 않는 것으로 계획하거나, 지원 매트릭스를 근거로 삼기 전에 Microsoft 지원에 확인합니다.
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
finding-churn-unreadable = { $what } { JOSA($raw, "을") } 읽을 수 없습니다: { $why }
finding-target-rpo = 복구 지점 목표(RPO)
finding-target-rto = 복구 시간 목표(RTO)
finding-target-unreadable = { $what } { JOSA($raw, "을") } 읽을 수 없습니다: { $why }
finding-no-target = 이 머신의 { JOSA($what, "이") } 없습니다
finding-no-target-anywhere = { $what } 없음(열, --{ $option }, 등급 정책 모두 없음)
finding-os-unrecognised = OS { JOSA($raw, "은") } 카탈로그에서 알 수 없는 OS입니다
finding-os-one-of = { JOSA($raw, "은") } { $versions } 중 하나이며, 목록에는 그 일부만 있습니다(목록: { $listed }{ $n ->
    [1] { "" }
   *[other] { " " }(항목 { $n }개)
})
finding-os-later = { JOSA($raw, "은") } 목록보다 이후 릴리스일 수 있습니다(목록: { $listed }{ $n ->
    [1] { "" }
   *[other] { " " }(항목 { $n }개)
})
finding-os-no-version = OS 버전이 없습니다. 목록에는 이 OS의 일부 버전만 있습니다(목록: { $listed }{ $n ->
    [1] { "" }
   *[other] { " " }(항목 { $n }개)
})
finding-os-line = { JOSA($line, "은") } 릴리스 계열 전체를 가리키며, 목록은 그 일부만 다룹니다(목록: { $listed }{ $n ->
    [1] { "" }
   *[other] { " " }(항목 { $n }개)
})
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
finding-platform-assumed = 플랫폼을 알 수 없습니다({ $gap }). 이 대상의 원본인 { JOSA($platform, "으로") } 가정합니다
finding-host-not-managed = 호스트가 관리되지 않습니다
finding-rpo-by-frequency = { $every } 간격으로 복제하여 복구 지점 목표(RPO) { JOSA($target, "을") } 충족합니다
finding-rpo-achievable = 달성 가능한 { JOSA($achievable, "으로") } 복구 지점 목표(RPO) { JOSA($target, "을") } 충족합니다
finding-rto-met = 복구 시간 목표(RTO) { JOSA($target, "은") } SLA가 보장하는 { $sla } 이내입니다
finding-when-generation = { $want }세대에 적용됩니다. 이 머신은 { $is }세대입니다
finding-when-generation-gap = { $want }세대에 적용됩니다. 세대: { $gap }
finding-when-firmware = { $want } 펌웨어에 적용됩니다. 이 머신은 { $is }입니다
finding-when-firmware-gap = { $want } 펌웨어에 적용됩니다. 펌웨어: { $gap }
finding-when-hypervisor = { $to } 머신에 적용됩니다. 이 머신은 { $is } 머신입니다
finding-when-os-unrecognised = 일부 OS에 적용됩니다. { JOSA($raw, "은") } 알 수 없는 OS입니다
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
finding-disk-on = { JOSA($disk, "은") } { $controller } 컨트롤러에 연결됨
finding-machine-on = { $controller } 컨트롤러에 연결된 디스크 있음
finding-disk-value = { $disk }: { $value }
finding-disk-is = { JOSA($disk, "은") } { $kind } 디스크
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
finding-io-or-more = { $kb }KB 이상
finding-churn-limit-vm = { $storage } 스토리지에서 { $limit }
finding-churn-limit-disk = { $storage } 스토리지 디스크당 { $limit }
finding-kind-pass-through = 통과
finding-kind-shared = 공유
finding-kind-independent = 독립

# An OS spec's range (rules show, the Rules sheet, a list of supported OSes).
check-os-from = { $name } { $from } 이상
check-os-to = { $name } { $to } 이하
check-os-before = { $name } { $to } 미만
check-os-between = { $name } { $from }~{ $to }
check-os-up-to = { $name } { $from } 이상 { $to } 미만
check-os-other = 카탈로그에서 알 수 없는 OS
check-storage-standard = 표준
check-storage-premium = 프리미엄

finding-os-list-and = { $init } 및 { $last }
finding-os-list-more = { $first } 외 { $n }개
finding-fix-os-version = 게스트 OS 버전(게스트 자체가 보고하는 버전)을 확인해 인벤토리에 기록한 다음 다시 평가하세요.
finding-fix-version = 실행 중인 { $product } 버전을 확인해 인벤토리에 기록한 다음 다시 평가하세요.
finding-fix-find-out = { $what } 값을 확인해 인벤토리에 입력한 다음 다시 평가하세요.
# (end of findings)

## Values and fields: what a cell held and what a column is (src/words/model.rs)

# A field's name (its English is the label JSON and inspect use).
field-Name = 이름
field-Os = OS
field-OsAlt = OS(VMware Tools)
field-OsDetailed = OS(게스트 상세 데이터)
field-OsVersion = OS 버전
field-OsArch = OS 아키텍처
field-Cores = 코어
field-Memory = 메모리
field-Firmware = 펌웨어
field-Generation = 세대
field-SecureBoot = 보안 부팅
field-BitLocker = BitLocker
field-OsDisk = OS 디스크 크기
field-DataDisk = 데이터 디스크 크기
field-LargestDataDisk = 가장 큰 데이터 디스크
field-DataDiskCount = 데이터 디스크 수
field-TotalDiskCount = 디스크 수(OS 디스크 포함)
field-DiskN = 디스크 N 크기
field-DiskNWrite = 디스크 N 쓰기 처리량
field-DiskNRead = 디스크 N 읽기 처리량
field-DiskNReadOps = 디스크 N 읽기 작업
field-DiskNWriteOps = 디스크 N 쓰기 작업
field-DiskType = 디스크 유형
field-Nics = 네트워크 어댑터
field-CpuUtil = CPU 사용률
field-MemoryUtil = 메모리 사용률
field-ActiveMemory = 활성 메모리
field-CpuOverall = 사용 중인 CPU(MHz)
field-CpuMax = 최대 CPU(MHz)
field-Host = 호스트
field-HostOs = 호스트 OS
field-ManagedBy = 관리 서버
field-Platform = 플랫폼
field-ServerType = 서버 유형
field-Hypervisor = 하이퍼바이저
field-PowerState = 전원 상태
field-Template = 템플릿
field-SrmPlaceholder = SRM 자리 표시자
field-SharedDisk = 공유 디스크
field-FcDisk = FC 디스크
field-PassThrough = 통과 디스크
field-Rdm = RDM 디스크
field-Iscsi = iSCSI 디스크
field-Sector4k = 4K 섹터 디스크
field-UsedStorage = 사용한 스토리지
field-ProvisionedStorage = 프로비전된 스토리지
field-MachineId = 머신 ID
field-VmUuid = VM UUID
field-VCenter = vCenter
field-VCenterVersion = vCenter 버전
field-VCenterType = vCenter 서버 유형
field-Rpo = 복구 지점 목표(RPO)
field-Rto = 복구 시간 목표(RTO)
field-Churn = 평균 데이터 변동률
field-ChurnPerDay = 일일 데이터 변동률
field-PeakChurn = 최고 데이터 변동률
field-OsDiskChurn = OS 디스크 데이터 변동률
field-DataDiskChurn = 데이터 디스크 데이터 변동률
field-Tier = 등급
field-Application = 애플리케이션
field-RecoveryGroup = 복구 그룹
field-BootOrder = 부팅 순서
field-DiskLabel = 디스크
field-DiskCapacity = 디스크 용량
field-DiskPath = 디스크 경로
field-DiskFormat = 디스크 형식
field-DiskRaw = 원시(RDM)
field-DiskSharing = 공유 모드
field-DiskMode = 디스크 모드
field-DiskController = 디스크 컨트롤러
field-PartitionConsumed = 사용량
field-EsxVersion = ESX 버전
field-IndependentDisk = 독립 디스크
field-Tag = 태그

# A platform as a reader names it.
model-platform-vmware = VMware
model-platform-hyper-v = Hyper-V
model-platform-physical = 물리적 서버
model-platform-other = 다른 플랫폼
# Why a cell was refused, and why a value is not known.
model-not-a-number = 숫자가 아닙니다
model-unknown-unit = 알 수 없는 단위 { $unit }
model-negative = 음수입니다
model-too-large = 너무 큽니다
model-formula-error = 수식 오류
model-expected-yes-no = 예 또는 아니요여야 합니다
model-date-where-number = 숫자가 들어갈 자리에 날짜가 있습니다
model-yes-no-where-number = 숫자가 들어갈 자리에 예/아니요가 있습니다
model-negative-count = 개수가 음수입니다
model-not-whole-number = 정수가 아닙니다
model-negative-size = 크기가 음수입니다
model-size-too-large = 크기가 너무 큽니다
model-no-unit = 단위가 없고 이 열의 단위도 알 수 없습니다
model-date-where-size = 크기가 들어갈 자리에 날짜가 있습니다
model-yes-no-where-size = 크기가 들어갈 자리에 예/아니요가 있습니다
model-expected-firmware = BIOS 또는 UEFI/EFI여야 합니다
model-expected-generation = 1세대 또는 2세대여야 합니다
model-generation-range = 세대는 1 또는 2여야 합니다
model-negative-duration = 기간이 음수입니다
model-bad-duration = { $why }(15 min 또는 1 h처럼 쓰세요)
model-expected-duration = 15 min 또는 1 h 같은 기간이어야 합니다
model-utilisation-range = 사용률은 0~100%여야 합니다
model-expected-utilisation = 35처럼 백분율 사용률이어야 합니다
model-expected-ops = 120처럼 초당 작업 수여야 합니다
model-expected-rate = 12 MB/s 같은 속도여야 합니다
model-bad-rate = { $why }(12 MB/s처럼 쓰세요)
model-expected-architecture = x64, x86, 64-bit 또는 32-bit여야 합니다
model-expected-platform = VMware, Hyper-V 또는 Physical이어야 합니다
model-expected-controller = IDE, SATA, SCSI 또는 NVMe 디스크 컨트롤러여야 합니다
model-gap-no-column = 인벤토리에 해당 열이 없습니다
model-gap-empty = 셀이 비어 있습니다
model-gap-unreadable = { JOSA($raw, "을") } 읽을 수 없습니다: { $why }
# The names rehost gives a file's OS disk and data disk columns.
model-disk-os = OS 디스크
model-disk-data = 데이터 디스크 { $n }
# A duration's parts, joined by a space.
model-duration-zero = 0초
model-duration-days = { $n }일
model-duration-hours = { $n }시간
model-duration-minutes = { $n }분
model-duration-seconds = { $n }초

# A day or an OS catalogue entry that does not read (src/words/model.rs).
model-bad-date = 날짜 { $text }: YYYY-MM-DD 형식이어야 합니다
model-os-pattern = { $product }: { $which } 정규식을 읽을 수 없습니다: { $err }
# A host no server manages: RVTools' standalone ESXi host (its `HostAgent` server type).
model-manager-standalone-esxi = 없음(독립 실행형 ESXi 호스트)

# (end of values and fields)

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
inv-format-hyper-v-vm = Hyper-V Get-VM 내보내기
inv-format-hyper-v-vhd = Hyper-V VHD별 내보내기
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
inv-os-from-tools-detailed = VMware Tools(Guest Detailed Data 열)
inv-os-from-tools = VMware Tools
inv-os-from-config-file = 구성 파일
inv-os-from-os-column = OS 열

# Data-quality messages. A $raw, $name or $header written "quoted" comes quoted, as Rust
# quotes a string.
inv-cannot-read = { $header }: { JOSA($raw, "을") } 읽을 수 없습니다: { $why }
inv-no-machine-name = { $row }행에 머신 이름이 없습니다({ JOSA($header, "이") } 비어 있음)
inv-no-vm-name = { $row }행에 VM 이름이 없습니다
inv-not-a-vm = { $name } 건너뜀: { $why }
inv-host-row-incomplete = vHost { $row }행에 호스트가 없습니다
inv-orphan-row = { $tab } { $row }행: { $why }
inv-orphan-skipped = { $name }의 행이며, { JOSA($name, "은") } { JOSA($why, "으로") } 건너뜀
inv-orphan-no-vm = VM 이름이 없습니다
inv-orphan-not-in-vinfo = VM { JOSA($name, "은") } vInfo에 없습니다
inv-disk-row-no-vm = 디스크 { $row }행에 VM이 없습니다({ JOSA($header, "이") } 비어 있음)
inv-hypervisor-inferred = 머신 { $machines }대의 하이퍼바이저를 호스트 OS 또는 관리 서버에서 추정했습니다
inv-memory-without-unit = { $header }에 단위가 없습니다. 1,024 미만의 숫자는 GB로, 그보다 큰 숫자는 MB로 읽습니다
inv-no-unit = { $header }에 단위가 없습니다. 단위 없는 숫자는 { JOSA($unit, "으로") } 읽습니다
inv-disk1-is-os = Disk 1을 OS 디스크로, 나머지를 데이터 디스크로 봅니다
inv-duplicate = 중복된 머신 이름입니다({ $first }에도 있음). 둘 다 유지하고 평가합니다
inv-guest-os = { JOSA($configured, "으로") } 구성되어 있지만 { JOSA($running, "이") } 실행 중입니다({ $from }). 실행 중인 OS로 읽습니다
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
inv-not-a-table = 시트 { JOSA($sheet, "은") } 표가 아닌 { $what }이므로 건너뜁니다
inv-chart-sheet = 차트 시트
inv-dialog-sheet = 대화 상자 시트
inv-macro-sheet = 매크로 시트
inv-vba-module = VBA 모듈
inv-same-name = 이름이 { $name }인 시트가 여러 개이므로 뒤의 시트는 { JOSA($read_as, "으로") } 읽습니다
inv-same-name-not-read = 이름이 { $name }인 시트가 여러 개입니다. xls 읽기는 이름마다 시트 하나(마지막 시트)만 읽을 수 있어 나머지는 읽지 않았습니다. .xlsx로 저장하면 모두 읽습니다
inv-rvtools-version = RVTools 버전 { $version }
inv-rvtools-tab = RVTools 탭 { $tab }
inv-not-used = 사용하지 않음: { $why }
inv-unused-empty = 시트가 비어 있습니다
inv-unused-no-name-column = 머신 이름으로 알아볼 수 있는 열(`Name`, `VM`, `Server name` 등)이 없습니다
inv-unused-only-name = 이름 열만 알아볼 수 있고 머신 특성 열은 없습니다

# Why a whole file cannot be imported.
inv-error = { $file }: { $why }
inv-error-in-sheet = { $file }, 시트 { $sheet }: { $why }
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

# A file of another kind than rehost reads, told from its bytes (inventory/sniff.rs)
inv-other-kind = { $kind }입니다. 통합 문서나 CSV 파일이 아닙니다(rehost는 .xlsx, .xls, .ods, CSV를 읽습니다. 표를 이 중 하나로 저장하세요)
inv-xlsb = Excel 이진 통합 문서(.xlsb)입니다. rehost는 이 형식을 읽지 않습니다. .xlsx로 저장하세요
inv-kind-word = Word 문서(.docx)
inv-kind-powerpoint = PowerPoint 프레젠테이션(.pptx)
inv-kind-visio = Visio 드로잉(.vsdx)
inv-kind-xlsb = Excel 이진 통합 문서(.xlsb)
inv-kind-word97 = Word 97-2003 문서(.doc)
inv-kind-powerpoint97 = PowerPoint 97-2003 프레젠테이션(.ppt)
inv-kind-outlook = Outlook 메시지(.msg)
inv-kind-odt = OpenDocument 텍스트 문서(.odt)
inv-kind-odp = OpenDocument 프레젠테이션(.odp)
inv-kind-odf = 스프레드시트가 아닌 OpenDocument 파일
inv-kind-pdf = PDF 문서
inv-kind-rtf = RTF 문서
inv-kind-png = PNG 이미지
inv-kind-jpeg = JPEG 이미지
inv-kind-gif = GIF 이미지
inv-kind-gzip = gzip 압축 파일
inv-kind-7z = 7-Zip 압축 파일
inv-kind-rar = RAR 압축 파일
inv-kind-zip = zip 압축 파일

inv-host-row-no-version = vHost { $row }행에 호스트 { $host }의 ESXi 버전이 없습니다
# (end of inventory)

## Disaster recovery, sizing and lifecycle (src/words/dr.rs, sizing.rs, lifecycle.rs)

### Disaster recovery: a machine's DR arithmetic and the estate's (src/words/dr.rs)

dr-finding = { $rule }: { $message }
dr-rpo-frequency = 복구 지점 목표(RPO) { $target }: 이를 충족하는 가장 긴 복사 빈도는 { $frequency }입니다
dr-rpo-within = 복구 지점 목표(RPO) { $target }: 업로드 후 { $within } 이내에 복구 지점이 생성됩니다
dr-link-short = 복제 링크가 전체 데이터 변동률보다 { $short }Mbps 부족합니다
dr-target-unreadable = 재해 복구 목표를 읽을 수 없습니다
dr-no-targets = 복구 지점 목표(RPO)나 복구 시간 목표(RTO)가 없습니다
dr-estate-link-short = 데이터 변동률에 증가율 { $growth }%를 더하면 { $required }Mbps가 필요합니다. { $available }Mbps 링크는 { $short }Mbps 부족하므로 복구 지점 목표(RPO)가 있는 모든 머신이 위험합니다
dr-estate-initial-over-goal = { $size }의 초기 복제는 { $available }Mbps로 { $hours }시간 걸려 목표 { $goal }시간을 넘습니다

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
lim-not-a-file = { JOSA($role, "이") } 아니라 { $what }입니다. 크기를 확인할 수 없고 끝나지 않을 수 있어 읽지 않습니다
lim-file-bytes = 너무 큽니다: { $bytes }바이트로 { $role } 하나의 상한 { $cap }바이트를 넘습니다
lim-text-bytes = 너무 큽니다: { $at }셀 텍스트가 파일 하나의 상한 { $cap }바이트를 넘습니다(공유 문자열은 참조하는 셀마다 복사됩니다)
lim-shared-strings = 너무 큽니다: 공유 문자열 표의 항목이 상한 { $cap }개를 넘습니다
lim-shared-strings-bytes = 너무 큽니다: 공유 문자열 표(sharedStrings.xml)의 압축을 풀면 상한 { $cap }바이트를 넘습니다
lim-cell-xml = 너무 큽니다: { $at }셀 { $cell }의 XML이 상한 { $cap }바이트를 넘습니다(Excel 셀은 최대 32,767자)
lim-styles = 너무 큽니다: 스타일의 숫자·셀 서식이 상한 { $cap }개를 넘습니다
lim-part-bytes = 너무 큽니다: 파트 { $part }의 압축을 풀면 상한 { $cap }바이트를 넘습니다
lim-ods-cells = 너무 큽니다: 시트 { $sheet }의 반복 특성(number-rows-repeated, number-columns-repeated)이 셀 { $cells }개를 나타내 ODS 셀 상한 { $cap }개를 넘습니다
lim-rules = 너무 큽니다: 규칙 { $count }개로 지원 매트릭스 하나의 상한 { $cap }개를 넘습니다
lim-rule-text = 너무 깁니다: 규칙 { $rule }의 { JOSA($field, "이") } { $chars }자로 상한 { $cap }자를 넘습니다
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
life-several = { JOSA($label, "은") } { $releases } 중 무엇이든 될 수 있어, 지원이 가장 먼저 끝나는 { JOSA($judged, "으로") } 판단했습니다
life-no-os-column = 인벤토리에 OS 열이 없습니다
life-os-unknown = OS를 알 수 없습니다

### Sizing: how a size and a disk tier were chosen (src/words/sizing.rs)

size-basis-as-on-premises = 온-프레미스 그대로
size-basis-performance = 성능 기반
size-disk-type-standard-hdd = 표준 HDD
size-disk-type-standard-ssd = 표준 SSD
size-disk-type-premium = 프리미엄 SSD
size-need-vcpus = vCPU { $n }개
size-need-memory = { $gib }GiB
size-need-data-disks = 데이터 디스크 { $n }개
size-need-nics = 네트워크 어댑터 { $n }개
size-need-generation = { $generation }세대
size-need-premium = 프리미엄 스토리지
size-need-iops = { $iops }IOPS
size-need-mbps = { $mbps }MB/s
# A size's shortfall: what the size has < what the machine needs.
size-misfit-vcpus = vCPU { $has }개 < { $need }개
size-misfit-memory = { $has }GiB < { $need }GiB
size-misfit-data-disks = 데이터 디스크 { $has }개 < { $need }개
size-misfit-nics = 네트워크 어댑터 { $has }개 < { $need }개
size-misfit-generation = { $generation }세대 미지원
size-misfit-premium = 프리미엄 스토리지 미지원
size-misfit-iops = { $has }IOPS < { $need }
size-misfit-mbps = { $has }MB/s < { $need }
size-lacking-cores = 코어
size-lacking-memory = 메모리
size-not-sized-blank = 크기를 정하지 못함: { JOSA($what, "을") } 알 수 없습니다
size-not-sized-absent = 크기를 정하지 못함: 인벤토리에 { JOSA($what, "이") } 없습니다
size-no-series = 선택한 시리즈의 크기가 카탈로그에 없습니다
size-none-holds = 요구 사항({ $need })을 충족하는 크기가 없습니다(선택한 시리즈에서 가장 큰 크기: { $largest }, { $misfit })
size-cheapest = 요구 사항({ $need })을 충족하고 가격이 있는 크기 { $n }개 중 종량제 가격이 가장 낮음(월 { $price } { $currency }, { $os })
size-smallest-unpriced = 요구 사항({ $need })을 충족하는 가장 작은 크기: 맞는 크기 { $fitting }개 모두 가격 파일에 가격이 없습니다
size-smallest = 요구 사항({ $need })을 충족하는 가장 작은 크기(가격 파일 없음)
size-basis-utilisation = 코어 { $cores }개 사용률 { $cpu }%, 메모리 { $gib }GiB 사용률 { $memory }%, × 쾌적 인자 { $comfort }
size-basis-unknown-utilisation = 이 머신의 사용률을 알 수 없음(빈 셀 또는 읽을 수 없음): 온-프레미스 그대로 크기 조정
size-basis-no-utilisation = 인벤토리에 이 머신의 사용률이 없음: 온-프레미스 그대로 크기 조정
size-basis-no-memory-utilisation = 메모리 사용률 없음: 할당된 메모리 그대로
size-basis-no-cpu-utilisation = CPU 사용률 없음: 할당된 코어 그대로
size-disk-load = , { $iops }IOPS, { $mbps }MB/s
size-disk-either = { $first } 또는 { $second }
size-disk-no-size = 인벤토리에 크기가 없습니다
size-disk-size-unknown = 크기를 알 수 없습니다
size-disk-no-tier = { $gib }GiB{ $load }를 담는 { $kinds } 계층이 없습니다(가장 큰 계층: { $largest }GiB)
size-disk-cheapest = { $gib }GiB{ $load }를 담는 가장 저렴한 계층(월 { $price } { $currency })
size-disk-smallest-of = { $gib }GiB{ $load }를 담는 가장 작은 { $kind } 계층
size-disk-smallest-default = { $gib }GiB를 담는 가장 작은 { $kind } 계층(디스크 부하를 알 수 없어 Azure Migrate 기본값인 { $kind })
size-disk-smallest-any = { $gib }GiB{ $load }를 담는 가장 작은 계층(같으면 표준 HDD, 표준 SSD, 프리미엄 순)

# The estate's link arithmetic (the terminal, explain and the workbook's DR block).
dr-required-bandwidth = 필요한 대역폭 { $mbps }Mbps = Σ 평균 데이터 변동률 × 8 × (1 + 증가율 { $growth }%), 데이터 변동률이 있는 머신 { $with }대 기준{ $without ->
        [0] {""}
       *[other] . 데이터 변동률이 없는 { $without }대는 세지 않았습니다
    }
dr-required-bandwidth-none = 필요한 대역폭: 데이터 변동률이 있는 머신이 없습니다
dr-available-bandwidth = 사용 가능한 대역폭 { $mbps }Mbps
dr-initial-replication = 초기 복제 { $hours }시간 = Σ 사용한 스토리지 × 8 ÷ 사용 가능한 대역폭
dr-initial-replication-goal = 초기 복제 { $hours }시간 = Σ 사용한 스토리지 × 8 ÷ 사용 가능한 대역폭(목표 { $goal }시간)

### Files and options that do not load: sizes, lifecycle tables, --growth (src/words/sizing.rs, lifecycle.rs, dr.rs)
size-cat-error = { $file }: { $why }
size-cat-not-positive = { $size }: vCPU, 메모리, 네트워크 어댑터는 0보다 커야 합니다
size-cat-twice = { $size }: 두 번 나와 있습니다
size-cat-tier-order = { $tier }: 계층은 크기 순으로 커져야 합니다
life-error = rules/lifecycle/{ $file }.toml: { $why }
life-product-name = product { $product }: 파일 이름과 같아야 합니다
life-esu-note-alone = { $version }: esu_note와 ko.esu_note는 함께 있어야 합니다(한국어 독자도 메모를 받습니다)
life-date-order = { $version }: 출시일, 기본 지원 종료일, 연장 지원 종료일, ESU 종료일 순이어야 합니다
dr-growth-not-a-number = 증가율 { $text }: 30%처럼 백분율이어야 합니다
dr-growth-range = 증가율 { $text }: 0%에서 1000% 사이여야 합니다

# (end of dr, sizing and lifecycle)

## The reports' own words: terminal, explain, workbook, HTML, Markdown (src/report)

# Verdicts, as the JSON's codes in English (words/report.rs)
rep-readiness-ready = 준비됨
rep-readiness-ready-with-conditions = 조건부로 준비됨
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
rep-word-legend = ✓ 준비됨  ~ 조건부로 준비됨  ✗ 준비되지 않음  ? 알 수 없음  · 해당 없음
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
rep-matrices-as-of = 지원 매트릭스 기준일
rep-newest-edition-of-each-target = 각 대상의 최신 버전
rep-editions = 버전
rep-rules-not-evaluated-count-as = 평가하지 않은 규칙의 처리
rep-not-evaluated = 평가하지 않음
rep-unknown-strict = 알 수 없음(--strict)
rep-inventory-files = 인벤토리 파일
rep-readiness-by-target = 대상별 준비 상태
rep-machines-by-readiness = 준비 상태별 머신
rep-matrix = 지원 매트릭스
rep-ready = 준비됨
rep-ready-with-conditions = 조건부로 준비됨
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
rep-edition = 버전
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
rep-os-as-read = 해석한 OS
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
rep-matrix-page = 지원 매트릭스 페이지
rep-about-machines = 머신당 한 행: 읽은 값, 대상별 준비 상태, OS 지원, Azure 크기와 비용
rep-about-findings = 머신이 실패했거나 판단할 수 없는 모든 규칙, 해결 방법과 페이지
rep-about-disks = 디스크당 한 행: 역할, 크기, Azure 디스크 계층, 디스크 크기 규칙의 결과
rep-about-dr = 복구 그룹별로 머신당 RPO, RTO, 데이터 변동률과 복제
rep-about-rules = 사용한 모든 지원 매트릭스와 규칙, 매개변수와 원본
rep-about-data-quality = 파일, 시트, 열 매핑, 건너뛴 행과 읽을 수 없는 셀
rep-severity-blocker = 차단
rep-severity-condition = 조건부
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
rep-gaps-in-details = 규칙 { $n }개는 인벤토리에 해당 열이 없어 평가하지 않았습니다(--details에 나열).
rep-gaps-in-report = 규칙 { $n }개는 인벤토리에 해당 열이 없어 평가하지 않았습니다(보고서에 나열).
rep-left-out-note = 제외: { $note }.
rep-left-out = 제외
rep-dq-note = 데이터 품질 기록 { $n }건: `rehost inspect` 또는 통합 문서의 데이터 품질 시트를 참조하세요.
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
rep-x-os-readings = OS 해석
rep-x-kernel = 커널
rep-x-estate = 전체
rep-x-derived = 도출
rep-x-generation = { $g }세대
rep-x-cores = 코어 { $n }개
rep-x-memory = 메모리 { $size }
rep-x-disk-size-unknown = { $disk }(크기 알 수 없음)
rep-x-os-support-on = { $day } 기준 OS 지원: { $status }
rep-x-size-line = { $name }  vCPU { $vcpus }개, { $gib }GiB, 데이터 디스크 최대 { $disks }개, 네트워크 어댑터 { $nics }개({ $series } 시리즈)
rep-x-monthly-reserved = 월 컴퓨팅 비용, 1년 예약: { $one }; 3년 예약: { $three }

# Markdown (report/markdown.rs)
rep-md-title = 마이그레이션 준비 상태
rep-md-intro-as-of = { $files }의 머신 { $n }대, { $day } 기준 지원 매트릭스.
rep-md-intro-newest = { $files }의 머신 { $n }대, 각 대상의 최신 버전 지원 매트릭스.
rep-md-unchecked = 확인하지 않은 차단 규칙 { $n }개: { $ids }
rep-md-partly = _일부만 확인_: 확인한 범위에서 준비됨. 인벤토리에 열이 없어 확인하지 않은 차단 규칙이 있습니다:
rep-md-left-out = 제외
rep-md-not-ready-or-unknown = 준비되지 않음 또는 알 수 없음
rep-md-table-head = | 머신 | 준비 상태 | 이유 |
rep-md-machines = 머신 { $n }대
rep-md-rows-not-read = 머신으로 읽지 않은 행
rep-md-row = 행
rep-md-more-rows = _… 외 { $n }개: 모두 `rehost inspect`에 있습니다._
rep-md-not-evaluated = 열이 없어 평가하지 않음

# A day in a sentence: ISO in English, as Microsoft's Korean pages write it in Korean.
day = { $year }년 { $month }월 { $day }일

# The HTML page (report/html)
rep-html-os = OS
# How many rows the filter shows: the page fills { $shown } and { $total } itself.
rep-html-count = 전체 { $total }대 중 { $shown }대 표시
# An Azure size's shape beside its name; the page fills { $vcpus } and { $gib }.
rep-html-size-shape = vCPU { $vcpus }개, { $gib }GiB
rep-html-firmware-bios = BIOS
rep-html-firmware-uefi = UEFI
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
rep-html-newest = 최신 버전
rep-html-meta = 머신 { $n }대 · 파일 { $files } · 지원 매트릭스 { $as_of } · OS 지원 기준일 { $day } · { $tool }
# A target every machine is outside of: the machine table has no column for it.
rep-html-no-column = { $target }: 머신 { $n }대 모두 해당 없음({ $why }). 그래서 표에 이 대상의 열이 없습니다.
# The chart's label for screen readers.
rep-html-chart-label = 대상별 준비 상태에 따른 머신 수

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
rep-xlsx-matrix = 지원 매트릭스
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
rep-coverage-gap = { $target } { $rule }({ $title }){ PARTICLE($rule, "을") } 머신 { $n }대에서 평가하지 않음: { $why }

# --compare-as-of: the verdicts that differ (report/changes.rs). Verdicts and outcomes in words.
rep-changes-head = { $since } 기준과 다른 판정:
rep-changes-none = 없음: 모든 머신의 판정이 그때와 같습니다
rep-changes-clear = 결과 없음
rep-changes-no-rule = 규칙 없음
rep-changes-rule-added = 새 버전에서 추가된 규칙
rep-changes-rule-dropped = 새 버전에서 빠진 규칙
rep-changes-same-rule = 두 버전의 규칙이 같음
rep-changes-added = { $what } 추가: { $items }
rep-changes-removed = { $what } 제거: { $items }
rep-changes-total = 다른 판정 { $n }개(결과 없음: 규칙이 통과했거나, 적용되지 않았거나,
    {"  "}평가하지 않음)

# The workbook file's properties (title, subject)
rep-xlsx-doc-title = rehost 평가
rep-xlsx-doc-subject = Azure 마이그레이션 및 재해 복구 준비 상태

# The Findings sheet cut at the sheet's row limit
rep-xlsx-findings-cut = 결과 { $n }건은 한 시트에 다 들어가지 않습니다. JSON 출력을 참조하세요

# rehost diff: what changed between two assessments.
rep-diff-matrix = 지원 매트릭스 { $before } → { $after }
rep-diff-totals = 비교한 판정 { $compared }개 중 { $changed }개가 바뀌었습니다: 나아짐 { $better }개, 나빠짐 { $worse }개. 추가된 머신 { $added }대, 빠진 머신 { $removed }대
rep-diff-title = { $old }에서 { JOSA($new, "으로") } 바뀐 점:
rep-diff-none = 바뀐 판정이 없습니다
rep-diff-no-longer-reported = 더 이상 보고되지 않음
rep-diff-now-fails = 이제 실패
rep-diff-now-unknown = 이제 알 수 없음
rep-diff-changed = 바뀜
rep-diff-added = 추가됨
rep-diff-removed = 빠짐
rep-diff-md-title = `{ $old }`에서 `{ $new }`{ PARTICLE($new, "으로") } 바뀐 점
rep-diff-col-machine = 머신
rep-diff-col-target = 대상
rep-diff-col-before = 이전
rep-diff-col-after = 이후
rep-diff-col-why = 이유
rep-diff-md-added = 추가됨
rep-diff-md-removed = 빠짐

# The CSV report's header row (report/delimited.rs): in English the names scripts read since its first version
rep-csv-name = 이름
rep-csv-source = 원본
rep-csv-target = 대상
rep-csv-edition = 버전
rep-csv-readiness = 준비 상태
rep-csv-blocking-rules = 차단 규칙
rep-csv-conditions = 조건
rep-csv-dr-verdict = 재해 복구 판정
rep-csv-fully-checked = 모두 확인됨
rep-csv-not-checked = 확인하지 않은 규칙
rep-csv-note = 메모
rep-csv-unknown-rules = 알 수 없는 규칙
rep-csv-platform = 플랫폼
rep-csv-os-as-written = 기록된 OS
rep-csv-os-as-read = 해석한 OS
rep-csv-os-support = OS 지원 상태
rep-csv-support-ends = 지원 종료일
rep-csv-firmware = 펌웨어
rep-csv-cores = 코어
rep-csv-memory-gb = 메모리(GB)
rep-csv-disks = 디스크 수
rep-csv-provisioned-gb = 프로비전된 용량(GB)
rep-csv-largest-disk-gb = 가장 큰 디스크(GB)
rep-csv-azure-size = Azure VM 크기
rep-csv-file = 파일
rep-csv-sheet = 시트
rep-csv-row = 행

rep-dq-note-inspect = 데이터 품질 기록 { $n }건: `rehost inspect`를 참조하세요.
rep-dq-note-json = 데이터 품질 기록 { $n }건: `rehost inspect` 또는 보고서의 data_quality 목록을 참조하세요.
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
err-output-is-input = { $output }: 보고서가 입력 파일 { JOSA($input, "을") } 덮어쓰게 됩니다. 다른 출력 경로를 고르세요
err-output-is-folder = { $path }: 폴더입니다. 파일 이름을 지정하세요
err-cannot-write = { $path }: 보고서를 쓸 수 없습니다
err-cannot-create-folder = { $path }: 폴더를 만들 수 없습니다

# What the user asked that cannot be done (commands/errors.rs); a value as typed comes quoted
err-bad-value = { $flag } { $text }: { $why }
err-bad-date = { $flag }: 날짜 { $text }: YYYY-MM-DD 형식이어야 합니다
err-comfort-factor = --comfort-factor { $factor }: 0보다 크고 10 이하인 인자여야 합니다(예: 1.3)
err-unknown-series = --vm-series { $series }: 크기 카탈로그에 없습니다(사용 가능: { $known })
err-region-without-prices = --region은 --prices 파일의 지역을 고릅니다. --prices가 없습니다
err-no-machine = 인벤토리에 { JOSA($name, "이라는") } 머신이 없습니다
err-no-machine-near = 인벤토리에 { JOSA($name, "이라는") } 머신이 없습니다({ JOSA($near, "을") } 찾으셨나요?)
err-no-rule = 규칙 { JOSA($id, "이") } 없습니다. `rehost rules list`로 모든 규칙을 볼 수 있습니다
# An error as the reader sees it (main.rs)
err-line = rehost: 오류: { $text }
# A command line the parser refused (commands/errors.rs); in English the parser's own words are shown instead
err-cli-line = rehost: 오류: { $what } (사용법: `rehost --help`)
err-cli-unknown-argument = 알 수 없는 인수 { $arg }
err-cli-unknown-command = 알 수 없는 명령 { $arg }
err-cli-invalid-value = { $arg }의 값 { JOSA($value, "이") } 올바르지 않습니다
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
cmd-report-written = 보고서를 저장했습니다: { $path }
cmd-header-row = 머리글 행
cmd-not-used = 사용하지 않음
cmd-note = 참고
cmd-sheet-counts = 읽은 행 { $rows }, 머신 { $machines }, 머신에 연결 { $attached }, 건너뜀 { $skipped }
cmd-machines = 머신 { $n }대
cmd-dq-nothing = 데이터 품질: 보고할 내용 없음
cmd-dq-records = 데이터 품질(기록 { $n }건):
cmd-rules-count = 규칙 { $n }개
# rules show: labels padded to one width
cmd-show-matrix = 지원 매트릭스:
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
err-no-target = 알 수 없는 대상 { $target }(사용 가능: { $known })
err-one-edition = { $target }의 지원 매트릭스 버전은 하나뿐입니다({ $edition }). 비교할 버전이 없습니다

# rules check, rules diff and rules kinds (commands/rules.rs): a rule's own words there are English
cmd-check-releases-ok = { $file }: 정상 — { $target } 릴리스 정보, 릴리스 { $releases }개, 변경 { $changes }개
cmd-check-matrix-ok = { $file }: 정상 — { $target } { $edition } 버전, 규칙 { $n }개
cmd-diff-from = 이전
cmd-diff-to = 이후
cmd-diff-read-from = 읽은 사본
cmd-diff-same-edition = 같은 버전입니다. 바뀐 것이 없습니다
cmd-diff-no-rule-changed = 바뀐 규칙이 없습니다
cmd-diff-changed = 변경
cmd-diff-added = 추가
cmd-diff-removed = 제거
cmd-diff-list-added = 추가:
cmd-diff-list-removed = 제거:
cmd-diff-reworded = 문구만 바뀜: { $ids }
cmd-diff-releases = 릴리스 정보({ $page }), { $after } 이후 { $until }까지:
cmd-diff-no-release = 규칙을 바꾼 릴리스가 없습니다
cmd-kinds-head = 검사 종류 { $n }개. 규칙은 `check = {"{"} kind = "…", … {"}"}`로 그중 하나를 지정합니다.
cmd-kinds-example = 예:
cmd-timings = 소요 시간: { $stages }, 합계 { $total }초(머신 { $machines }대)
cmd-timings-stage = { $stage } { $seconds }초
cmd-timings-peak = { $stage } { $seconds }초(최대 메모리 { $mb }MB)
cmd-timings-read = 읽기
cmd-timings-assess = 평가
cmd-timings-write = 쓰기
cmd-timings-assess-and-write = 평가와 쓰기

# The rule set: a target left out of a run, and choosing rules.
rules-left-out = { $target }: { $day } 이전 버전이 없습니다. 첫 버전은 { $first }입니다
rules-unknown-target = 알 수 없는 대상 { $target }(사용 가능: { $known })
rules-no-edition-any = { $day } 이전 버전이 있는 대상이 없습니다. 각 대상의 첫 버전: { $firsts }

# Where a report goes: an -o path whose extension chooses no format, a folder that is not there (commands/assess.rs, report/atomic.rs)
err-output-extension = { $path }: rehost는 { $ext } 형식의 보고서를 쓰지 않습니다. 파일 이름을 { $known }(표) 중 하나로 끝내거나 --format으로 형식을 고르세요
err-output-no-extension = { $path }: 이름에 보고서 형식을 정할 확장자가 없습니다. { $known }(표) 중 하나로 끝내거나 --format으로 형식을 고르세요
err-no-folder = { $path }: { $folder } 폴더가 없습니다. 먼저 만드세요(rehost는 기본 reports/ 폴더 말고는 폴더를 만들지 않습니다)
err-no-command = { $name } 명령이 없습니다(사용 가능: { $known })

# A rule file that cannot be used (src/words/rule_errors.rs). Keys, kinds, ids and values a
# file holds stay as written (`in backticks` in Korean); the TOML parser's own message ($text)
# stays as the parser wrote it.
rules-parse = 규칙 파일을 읽을 수 없습니다: { $text }
rules-target-id = 대상 { $target }: 소문자, 숫자, '-'만 쓸 수 있습니다
rules-changed-after = `changed_after`는 버전 자체의 날짜보다 앞서야 합니다
rules-no-platform = `applies_to`에 플랫폼이 하나도 없습니다
rules-source-https = `source`는 옮겨 적은 페이지의 https:// 주소여야 합니다
rules-rule-id = 규칙 ID { $id }: 대문자, 숫자, '-'만 쓸 수 있습니다
rules-rule-twice = 같은 규칙 ID가 두 번 나옵니다: { $id }
rules-rule-reference = 규칙 { $rule }: `reference`는 https:// 주소여야 합니다
rules-unknown-placeholder = 규칙 { $rule }: 메시지에 알 수 없는 자리 표시자가 있습니다: { $placeholder }(사용 가능: `{ $known }`)
rules-ko-placeholders = 규칙 { $rule }: 한국어 메시지의 자리 표시자(`{ $ko }`)가 영어 메시지의 자리 표시자(`{ $en }`)와 다릅니다
rules-rule-params = 규칙 { $rule }: { $why }
rules-edition-file-name = 버전 { $edition }: 파일 이름 { $stem }.toml의 날짜와 다릅니다
rules-target-folder = 대상 `{ $target }`: 폴더 `{ $folder }`의 이름과 다릅니다
rules-page-https = `page`는 https:// 주소여야 합니다
rules-no-provenance = `provenance`에 읽은 페이지 사본이 하나도 없습니다
rules-release-twice = 같은 릴리스 ID가 두 번 나옵니다: { $id }
rules-release-reference = 릴리스 { $release }: `reference`는 https:// 주소여야 합니다
rules-release-no-ko = 릴리스 { $release }: `ko.name`이 없습니다
rules-change = 릴리스 { $release }, 규칙 { $rule }: { $why }
rules-change-not-one = 변경 하나에는 `adds`, `withdraws`, `check` 중 정확히 하나만 써야 합니다
rules-change-empty = 목록이 비어 있습니다
rules-change-no-rule = `{ $target }`의 어느 버전에도 이 규칙이 없습니다
rules-change-adds = `adds`는 목록이 있는 규칙에만 쓸 수 있습니다. `{ $kind }` 검사에는 목록이 없습니다
rules-change-withdraws = `withdraws`는 게스트 OS 규칙에만 쓸 수 있습니다. `{ $kind }` 검사는 게스트 OS 규칙이 아닙니다
rules-change-check-kind = `check`는 규칙과 같은 종류(`{ $kind }`)여야 합니다
# A check's parameters: $kind is the kind's id, $param and $op the file's keys and operators.
rules-params-no-os = OS 목록이 비어 있습니다
rules-params-empty = `{ $kind }`: `{ $param }` 목록이 비어 있습니다
rules-params-at-least-one = `{ $kind }`: `{ $param }` 값은 1 이상이어야 합니다
rules-params-unknown-field = 필드 { $field }: `tag:<열 이름>` 또는 `{ $known }` 중 하나여야 합니다
rules-params-needs = `{ $kind }`: `{ $op }`에는 `{ $param }` 값이 있어야 합니다
# A value that does not read, quoted as written; $why is why (a size's or duration's as a cell's, the regex crate's for a pattern).
rules-bad-firmware = 펌웨어 { $value }: `bios` 또는 `uefi`여야 합니다
rules-bad-hypervisor = 하이퍼바이저 { $value }: `vmware`, `hyper-v`, `physical`, `other` 중 하나여야 합니다
rules-bad-architecture = 아키텍처 { $value }: `x64`, `x86`, `arm64` 중 하나여야 합니다
rules-bad-size = 크기 { $value }: { $why }(단위를 함께 쓰세요: "300 GB")
rules-pattern-too-long = 패턴이 { $cap }자보다 깁니다
rules-bad-pattern = 패턴 { $value }: { $why }
rules-bad-duration = 기간 { $value }: { $why }(단위를 함께 쓰세요: "5 min")
rules-rate-no-unit = 속도 { $value }: 단위를 함께 쓰세요("54 MB/s")
rules-bad-rate = 속도 { $value }: { $why }
rules-bad-io-size = `io_size` { $value }: "8 KB"나 "16 KB or more"처럼 KB 단위 크기여야 합니다
rules-bad-release-month = 릴리스 날짜 { $value }: YYYY-MM-DD 또는 YYYY-MM 형식이어야 합니다
rules-bad-day = 날짜 { $value }: YYYY-MM-DD 형식이어야 합니다
rules-os-spec-product = OS 사양 { $spec }: 알 수 없는 제품 { $product }(rules/os-catalogue.toml 참고)
rules-os-spec-empty = OS 사양 { $spec }: 범위가 비어 있습니다
rules-os-spec-backwards = OS 사양 { $spec }: 범위의 시작이 끝보다 뒤에 있습니다
rules-os-spec-edition = OS 사양 { $spec }: 알 수 없는 에디션 { $edition }(쓸 수 있는 것은 "{ $known }"뿐입니다)

# rules kinds: what each check kind looks at, for rule authors (src/words/rules.rs); `…` is a file's own text.
kind-doc-disk-max = 역할(`os`, `data`, `any`)에 해당하는 모든 디스크가 `max` 이하인지 봅니다. 한도를 넘는 디스크 중 가장 큰 디스크로 실패합니다. 크기를 읽을 수 없는 디스크는 알 수 없음이고, 디스크 크기가 없는 인벤토리에서는 규칙을 평가하지 않습니다.
kind-doc-disk-min = 역할에 해당하는 모든 디스크가 `min` 이상인지 봅니다(`strict = true`이면 `min` 초과). Site Recovery의 1,024MB보다 큰 디스크 조건이 이것입니다.
kind-doc-disk-count-max = 디스크가 최대 `max`개인지 봅니다. 데이터 디스크(`role = "data"`) 또는 OS 디스크를 포함한 모든 디스크(`role = "all"`)를 셉니다. 디스크 수를 세는 열이 있으면 나열된 디스크보다 그 열을 따르고, 둘 다 없으면 규칙을 평가하지 않습니다.
kind-doc-cores-max = 코어(가상 CPU)가 최대 `max`개인지 봅니다.
kind-doc-memory-max = 메모리가 최대 `max`인지 봅니다(크기: `3892 GB`).
kind-doc-nics-max = 네트워크 어댑터가 최대 `max`개인지 봅니다.
kind-doc-architecture = 게스트 아키텍처가 `allowed`(`x64`, `x86`, `arm64`) 중 하나인지 봅니다. 아키텍처 열에서 읽고, 없으면 OS 문자열(`(64-bit)`, 또는 x64에만 있는 버전)에서 읽습니다.
kind-doc-os-supported = 게스트 OS가 `list`(OS 사양: `windows-server 2012..=2025`, `rhel 8.6..`) 중 하나인지 봅니다. 카탈로그가 알아보지 못하는 OS는 통과가 아니라 알 수 없음입니다. 릴리스 라인 전체를 가리키는 레이블을 그 일부만 담은 목록과 비교하면(`RHEL 8`과 `rhel 8.6..`) 알 수 없음입니다.
kind-doc-os-unsupported = 게스트 OS가 `list`의 어느 것에도 해당하지 않는지 봅니다. 지원하지 않는 것을 밝히는 페이지에 씁니다(Azure Migrate의 "Windows Server 2003"). 알아보지 못한 OS는 알 수 없음입니다.
kind-doc-os-recognised = 게스트 OS 문자열이 카탈로그가 알아보는 OS인지(`other`가 아닌지) 봅니다. 알아보지 못한 문자열은 알 수 없음이며, 그 문자열을 그대로 인용합니다.
kind-doc-firmware = 부팅 펌웨어가 `allowed`(`bios`, `uefi`) 중 하나인지 봅니다. 펌웨어 열에서 읽고, 없으면 Hyper-V 세대에서 읽습니다(1세대는 BIOS, 2세대는 UEFI).
kind-doc-secure-boot = `allowed = false`이면 보안 부팅이 켜진 머신은 실패합니다.
kind-doc-bitlocker = `allowed = false`이면 BitLocker(또는 다른 게스트 디스크 암호화)가 켜진 머신은 실패합니다.
kind-doc-disk-kinds = 머신의 어떤 디스크도 `forbidden` 종류(`shared`, `fc`, `rdm`, `pass-through`, `iscsi`, `independent`, …)가 아닌지 봅니다. 디스크별 시트(vDisk, VHD 목록)와 머신 수준 열에서 읽습니다. RDM은 VMware의 통과 디스크이므로, 둘 중 하나를 알려 주는 파일은 둘 다 알려 줍니다.
kind-doc-disk-controller = 머신의 어떤 디스크도 `forbidden` 컨트롤러(`ide`, `sata`, `scsi`, `nvme`)에 연결되어 있지 않은지 봅니다. 디스크별 시트(RVTools vDisk의 `Controller`, Hyper-V의 `ControllerType`)에서 읽고, 없으면 머신 수준 `Disk controller` 열에서 읽습니다. 컨트롤러 셀이 비어 있거나 알려진 버스를 가리키지 않는 디스크가 있으면 머신은 알 수 없음이고, 컨트롤러 열이 아예 없으면 평가하지 않습니다.
kind-doc-sector-4k = `allowed = false`이면 4K 논리 섹터 디스크는 실패합니다. 디스크별 섹터 크기에서 읽고, 없으면 머신 수준 `4K sector` 열에서 읽습니다.
kind-doc-dynamic-os-disk = `allowed = false`이면 동적 OS 디스크는 실패합니다(`Basic`/`Dynamic` 값의 `Disk type` 열).
kind-doc-vm-name = 머신 이름이 `pattern`에 맞고 `max_length`자 이하인지 봅니다. FQDN(`fs01.contoso.org`)으로 알려진 서버는 Azure VM의 이름이 될 호스트 레이블로 판단하고, 보고서에는 FQDN을 이름으로 그대로 둡니다.
kind-doc-hypervisor = 머신이 `allowed`(`vmware`, `hyper-v`, `physical`, `other`) 중 하나에서 실행되는지 봅니다. 플랫폼 열, 파일 형식(RVTools는 VMware), 호스트에서 읽습니다. 플랫폼을 알 수 없으면 대상 자체의 플랫폼으로 보고 통과합니다. 차단 규칙으로서 실패하면 판정은 준비되지 않음이 아니라 해당 없음이 됩니다.
kind-doc-host-os = 호스트의 OS 또는 하이퍼바이저 버전이 `allowed`(`windows-server 2016..`, `esxi 6.5..8.1`) 중 하나인지 봅니다. 목록에 제품이 하나뿐이면 버전만 적힌 값(`7.0.3`, `8.0 U2`)은 그 제품을 가리킵니다. 호스트 셀이 비어 있으면 알 수 없음입니다.
kind-doc-managed-by = 관리 서버(VMM, vCenter)가 `allowed` 중 하나인지 봅니다. `required = true`이면 호스트가 관리되어야 합니다. `None`이나 빈 텍스트는 관리되지 않음이고, 빈 셀은 알 수 없음이며 `blank = "unmanaged"`이면 관리되지 않음입니다.
kind-doc-field = 열 하나에 대한 회사 정책입니다. `field`는 `tag:<header>`(가져올 때 태그로 보존하는 모든 열) 또는 `name`, `power-state`, `host`, `tier`, `application`, `recovery-group` 중 하나이고, `op`는 `present`, `absent`, `equals`, `not-equals`(`value`와 함께), `matches`(`pattern`과 함께) 중 하나입니다. 파일에 없는 태그 열은 `present`에서 실패합니다.
kind-doc-rpo = 머신의 RPO 목표를 충족할 수 있는지 봅니다. `copy_frequencies` 중 하나로(Hyper-V는 30초, 5분 또는 15분마다 복제하며, 목표를 충족하는 가장 긴 빈도를 고릅니다) 또는 업로드 후 `recovery_point_within` 이내에 생기는 복구 지점으로(VMware, 물리적 서버) 충족합니다. 목표는 `RPO target` 열, 등급 정책 또는 `--rpo`에서 가져옵니다. 목표가 없으면 평가하지 않고, 읽을 수 없으면 알 수 없음입니다.
kind-doc-rto = 머신의 RTO 목표가 서비스 수준이 보장하는 복구 시간인 `sla`보다 짧지 않은지 봅니다. 더 짧은 목표는 위험합니다(준비 상태의 차단이 아니라 DR 조건).
kind-doc-peak-churn-max = 머신의 모든 디스크에 걸친 최고 데이터 변동률이 `max`(속도: `54 MB/s`) 이하인지 봅니다. 최고값 열이 없으면 평균이 한도를 넘을 때도 실패합니다(최고값은 평균 이상이므로).
kind-doc-churn-max = 평균 데이터 변동률이 `limits` 표 안에 드는지 봅니다. `per = "disk"`(VMware와 물리적 서버: 디스크마다 그 크기와 실행의 복제본 스토리지에 해당하는 행과 비교) 또는 `per = "vm"`(Hyper-V: 머신 전체)입니다. 한도가 I/O 크기에 따라 달라지는데 인벤토리에는 I/O 크기가 거의 없으므로, 행 사이에 있는 값은 알 수 없음입니다.

err-diff-not-a-file = { $file }: 일반 파일이 아니므로 보고서가 아닙니다
err-diff-not-a-report = { $file }: rehost JSON 보고서가 아닙니다({ $why })

# (end of errors)

## merge-export

# (merge) Several files read as one estate.
inv-merged = { $first }에 있는 머신과 같은 VM입니다(같은 { $by } { $value }). 그 머신으로 병합했으며 두 번째 머신으로 세지 않습니다
inv-same-vm-uuid = VM UUID
inv-same-instance-uuid = 인스턴스 UUID
inv-same-name-vcenter = 같은 vCenter의 이름
inv-placeholder-of = { $name } 건너뜀: { $protected }에 있는 보호된 VM의 Site Recovery Manager 자리 표시자이며, 그 VM을 대신 평가합니다. 자리 표시자는 마이그레이션할 두 번째 머신이 아닙니다
merge-inspect-file = { $file }: 앞 파일에도 있어 병합한 머신 { $merged }대(VM UUID로 { $vm_uuid }대, 인스턴스 UUID로 { $instance }대, 한 vCenter 안의 이름으로 { $name }대). 다른 파일에 있는 VM의 SRM 자리 표시자 { $placeholders }개

# (export) rehost export azure-migrate-csv: Azure Migrate's import template.
export-gap-no-column = 인벤토리에 해당 열이 없습니다
export-gap-blank = 셀이 비어 있습니다
export-gap-unreadable = 셀의 값을 읽을 수 없습니다: { $raw }
export-missing = 필수 필드 { $header } 값이 없습니다({ $why }). 이 값이 없는 행은 가져오기가 실패하므로 보류합니다
export-os-not-listed = OS 이름 { $os }에 { $edition } 기준 Azure Migrate 가져오기가 인식하는 이름이 하나도 없습니다. 서버는 가져오지만 평가할 수 없습니다
export-too-many-disks = 디스크 { $disks }개: 한 행에는 최대 { $max }개까지 넣을 수 있어 처음 { $max }개만 씁니다
export-duplicate-name = 서버 이름이 { $first }에도 있습니다. 같은 이름을 다시 가져오면 그 서버가 업데이트되므로 하나만 남습니다
export-no-uuid = 인벤토리에 VM UUID가 있지만 이 머신에는 없습니다
export-duplicate-uuid = VM UUID { $uuid } 값이 { $first }에도 있습니다
export-architecture-not-accepted = 아키텍처 { $arch } 값은 템플릿이 받는 값(x64, x86, amd64, 32-bit, 64-bit)이 아니어서 비워 둡니다
export-hypervisor-not-accepted = 플랫폼 { $hypervisor } 값은 템플릿의 하이퍼바이저(VMware, Hyper-V)가 아니어서 비워 둡니다
export-written-to = { $file }에 씀
export-held-back = 보류함(쓰지 않음)
export-col-server = 서버 이름
export-col-source = 읽은 위치
export-col-file = 가져오기 파일
export-col-problem = 문제
export-edition = { $edition } 버전의 Azure Migrate 가져오기 템플릿(OS 이름, 서버당 최대 디스크 { $disks }개) 기준으로 검사했습니다. 출처(원문 기록, 영어): { $source }
export-summary = 머신 { $machines }대: { $dir }에 파일당 최대 { $per_file }대씩 파일 { $files }개로 { $written }대를 썼고, { $held }대를 보류했습니다
export-count-missing = 필수 필드가 없는 머신 { $n }대(보류)
export-count-os = 가져오기가 인식하지 않는 OS 이름의 머신 { $n }대
export-count-disks = 한 행에 넣을 수 있는 것보다 디스크가 많은 머신 { $n }대
export-count-duplicate-name = 앞 행과 서버 이름이 같은 머신 { $n }대
export-count-no-uuid = VM UUID가 없는 머신 { $n }대
export-count-duplicate-uuid = 앞 머신과 VM UUID가 같은 머신 { $n }대
export-count-architecture = 템플릿이 받지 않는 아키텍처의 머신 { $n }대
export-count-hypervisor = 템플릿에 없는 플랫폼의 머신 { $n }대
export-over-project = 서버 { $servers }대: Azure Migrate 프로젝트 하나에는 가져온 서버를 최대 { $max }대까지 넣을 수 있어 프로젝트가 둘 이상 필요합니다
export-problems-file = 문제 { $problems }건, 각각 머신과 함께: { $file }
export-no-edition = { $day } 이전 날짜의 Azure Migrate 가져오기 템플릿 버전이 없습니다(첫 버전은 { $first })
export-rv-source = RVTools XLSX 가져오기 기준으로 검사했습니다. 출처(원문 기록, 영어): { $source }
export-rv-ok = { $file }: 통과(서버 { $servers }대)
export-rv-file = { $file }: VM 행 { $rows }개, 가져오기가 받는 서버 { $servers }대. VM UUID 없음 { $no_uuid }, OS 없음 { $no_os }, 중복 VM UUID { $duplicate }, 한도 초과 { $beyond }
export-rv-not-xlsx = .xlsx 파일이 아닙니다. 가져오기는 XLSX만 받습니다
export-rv-missing-sheet = { $sheet } 시트가 없습니다. 가져오기에 필요합니다
export-rv-missing-column = { $sheet } 시트에 { $column } 열이 없습니다. 가져오기에 필요합니다
export-rv-too-many = 서버 { $servers }대: 가져오기는 파일당 20,000대 미만(최대 { $max }대)만 받습니다
export-rv-no-uuid = vInfo { $row }행({ $vm }): VM UUID 없음
export-rv-no-os = vInfo { $row }행({ $vm }): 구성 파일 기준 OS 없음
export-rv-duplicate-uuid = vInfo { $row }행({ $vm }): VM UUID가 { $first }행에도 있습니다
export-rv-beyond-limit = vInfo { $row }행({ $vm }): 한도를 넘어 가져오지 않습니다
export-rv-template = vInfo { $row }행({ $vm }): 템플릿입니다. 가져오기가 받는지 문서에 없으며, rehost는 평가하지 않습니다
export-rv-placeholder = vInfo { $row }행({ $vm }): SRM 자리 표시자입니다. 가져오기가 받는지 문서에 없으며, rehost는 평가하지 않습니다
## clouds (`--cloud`, which cloud each target belongs to)

clouds-err-no-targets = 선택한 클라우드({ $clouds })의 대상 중 지원 매트릭스가 있는 대상이 없습니다. --cloud로 다른 클라우드(azure, aws, gcp, all)를 고르거나 --target으로 대상을 지정합니다
clouds-name-azure = Azure
clouds-name-aws = AWS
clouds-name-google = Google Cloud
clouds-short-google = Google
clouds-assessed = 판정한 클라우드: { $clouds }. 다른 클라우드는 --cloud { $others }(또는 all)로 지정합니다.
clouds-assessed-all = 판정한 클라우드: { $clouds }.
# (end of clouds)
## hygiene

check-hygiene-snapshot-count = 스냅샷 최대 { $max }개
check-hygiene-snapshot-age = { $max }일보다 오래된 스냅샷 없음
check-hygiene-snapshot-size = 스냅샷 합계 최대 { $max }GiB
check-hygiene-cd-connected = 연결된 CD/DVD 드라이브 없음
check-hygiene-usb-connected = 연결된 USB 장치 없음
check-hygiene-tools-not-running = 전원이 켜진 VM에서 VMware Tools 실행 중
check-hygiene-hardware-version = 하드웨어 버전 { $min } 이상
check-hygiene-fault-tolerance = Fault Tolerance 구성 안 됨
check-hygiene-independent-disks = 독립 디스크 없음
check-hygiene-shared-disks = 공유 디스크 없음
check-hygiene-rdm-physical = 물리 호환 모드 RDM 디스크 없음
check-hygiene-rdm-virtual = 가상 호환 모드 RDM 디스크 없음
check-hygiene-suspended = 일시 중단되지 않음
check-hygiene-secret-in-annotation = 주석에 암호로 보이는 단어 없음
check-hygiene-secret-in-snapshot = 스냅샷 설명에 암호로 보이는 단어 없음
check-hygiene-esxi-version = 호스트 ESXi { $min } 이상
check-hygiene-host-cpu-not-intel = 호스트 CPU가 Intel 제품
check-hygiene-standard-switch = 표준 스위치에 연결된 네트워크 어댑터 없음
check-hygiene-port-security = VLAN이 없거나 보안 정책이 느슨한 포트 그룹에 연결된 네트워크 어댑터 없음
check-hygiene-vmkernel-network = VMkernel 포트 그룹에 연결된 네트워크 어댑터 없음
check-hygiene-provisioned = 프로비전된 스토리지 최대 { $max }TiB
kind-doc-hygiene = VMware VM을 복제하거나 마이그레이션하기 전에 정리할 항목 하나(`item`)를 RVTools 탭에서 읽어 봅니다: `snapshot-count`, `snapshot-age`(평가일 기준 일수), `snapshot-size`(GiB)는 `max`와 함께; `cd-connected`, `usb-connected`, `tools-not-running`, `fault-tolerance`, `independent-disks`, `shared-disks`, `rdm-physical`, `rdm-virtual`, `suspended`, `secret-in-annotation`, `secret-in-snapshot`, `host-cpu-not-intel`, `standard-switch`, `port-security`, `vmkernel-network`; `hardware-version`, `esxi-version`은 `min`과 함께(숫자로 비교); `provisioned`는 `max`(TiB)와 함께. 내보내기에 탭이나 열이 없으면 평가하지 않고, 빈 셀은 알 수 없음입니다. 주석과 설명의 텍스트는 보관하지 않으며, 결과는 암호로 보이는 단어를 찾았다는 사실만 알립니다.
inv-format-rvtools-snapshot = RVTools vSnapshot
inv-format-rvtools-cd = RVTools vCD
inv-format-rvtools-usb = RVTools vUSB
inv-format-rvtools-network = RVTools vNetwork
inv-format-rvtools-dvswitch = RVTools dvSwitch
inv-format-rvtools-dvport = RVTools dvPort
inv-format-rvtools-vmk = RVTools vSC_VMK
field-GuestState = 게스트 상태
field-HwVersion = 하드웨어 버전
field-FtState = Fault Tolerance 상태
field-Annotation = 주석
field-SnapshotDate = 스냅샷 날짜
field-SnapshotSize = 스냅샷 크기
field-SnapshotDescription = 스냅샷 설명
field-Connected = 연결됨
field-RawComMode = RDM 호환 모드
field-SharedBus = 공유 버스
field-HostCpu = 호스트 CPU 모델
field-Network = 네트워크
field-Switch = 스위치
field-PortGroup = 포트 그룹
field-Vlan = VLAN
field-Promiscuous = 비규칙 모드
field-MacChanges = MAC 주소 변경
field-ForgedTransmits = 위조 전송
field-PortType = 포트 바인딩
field-VmkPortGroup = VMkernel 포트 그룹
field-SnapshotCount = 스냅샷
field-SnapshotAge = 가장 오래된 스냅샷의 경과 일수
field-SnapshotTotal = 스냅샷 크기 합계
field-CdConnected = 연결된 CD/DVD 드라이브
field-UsbConnected = 연결된 USB 장치
field-StandardSwitchNics = 표준 스위치의 네트워크 어댑터
field-InsecurePortNics = 느슨한 포트 그룹의 네트워크 어댑터
field-VmkernelNics = VMkernel 포트 그룹의 네트워크 어댑터
field-SharedDisks = 공유 디스크
field-RdmPhysical = 물리 모드 RDM 디스크
field-RdmVirtual = 가상 모드 RDM 디스크
field-IndependentDisks = 독립 디스크
model-expected-vm-state = vSphere가 기록하는 상태여야 합니다(poweredOn, running, notConfigured 등)

# (end of hygiene)

## anonymise
anon-file = { $from } → { $to }
anon-map = 원래 이름으로 되돌리는 맵: { $map } (값 { $count }개). 비밀로 보관하세요. 이 파일이 있으면 누구나 모든 이름을 읽을 수 있습니다.
anon-restored = { $from } → { $to } (이름 { $count }개 복원)
anon-err-no-key = 키가 없습니다. --key KEY를 지정하거나 REHOST_ANON_KEY를 설정하세요(기본 키는 없으며, 같은 키는 같은 가명을 만듭니다).
anon-err-output-holds-input = { $output } 폴더에 입력 파일 { $input }이(가) 있습니다. 사본은 별도의 폴더에 쓰세요.
anon-err-map-inside-output = 맵 { $map }이(가) 전달할 사본 폴더 { $output } 안에 쓰이게 됩니다. 다른 곳에 쓰세요.
anon-err-not-a-map = { $file }: rehost anonymise가 쓴 맵이 아닙니다.
# (end of anonymise)
## aws

field-PartitionFree = 여유 공간
field-FreeRoot = / 여유 공간
field-FreeTmp = /tmp 여유 공간
field-FreeBoot = /boot 여유 공간
field-FreeSystemDrive = C: 여유 공간
check-free-space = { $path }의 여유 공간 { $min } 이상
check-kernel-min = 커널 { $min } 이상
check-kernel-max = 커널 { $max }까지
check-kernel-excluded = 커널 { $list } 제외
model-no-kernel = 커널 버전(kernelVersion)이 없습니다
model-no-partition = 이 경로가 있는 파티션 행이 머신에 없습니다
rep-aws-quota = 범위 안의 머신 { $count }대, 할당량 { $limit }대 초과: { $text }
rep-aws-manual = 각 머신에서 확인: { $list }
rep-aws-manual-sep = {"; "}
kind-doc-free-space = `path`(`/`, `/tmp`, `/boot`, `C:\`)가 있는 파티션의 여유 공간이 `min` 이상인지 봅니다. 그 경로에 탑재된 파티션을 보고, 없으면 탑재 지점이 경로의 앞부분과 가장 길게 일치하는 파티션을 봅니다(`/tmp`에 별도 파티션이 없으면 `/`). RVTools vPartition(`Disk`와 `Free MiB`, 3.x는 `Free MB`, 없으면 `Capacity`에서 `Consumed`를 뺀 값) 또는 직접 작성한 표의 `Free root`, `Free /tmp`, `Free /boot`, `Free C:` 열에서 읽습니다. 그런 시트나 열이 없으면 평가하지 않으며, 파티션 행이 없는 머신이나 빈 크기는 알 수 없음입니다.
kind-doc-kernel = Linux 커널이 `min` 이상, `max` 이하(`6.8`은 모든 6.8.x 포함)이며 `excluded`에 없는지 봅니다. 버전은 숫자로 비교합니다(`2.6.18-164.el5`). 커널을 알려 주는 유일한 열인 RVTools vInfo `Guest Detailed Data`(`kernelVersion`)에서 읽습니다. 그 값이 없는 머신은 평가하지 않으며, 값에 커널이 없으면 알 수 없음입니다.

# (end of aws)
## estate: totals and breakdowns, scope (--where) and groups (--group-by, --groups)

field-Cluster = 클러스터
field-Datacenter = 데이터 센터
field-Folder = 폴더
field-HostCores = 호스트 코어
field-HostMemory = 호스트 메모리
est-head = 자산 현황
est-machines = 머신 { $n }대
est-vcpu-total = vCPU { $value }
est-memory-total = 메모리 { $value }
est-storage = 스토리지: { $list }
est-provisioned-total = 프로비전된 용량 { $value }
est-in-use-total = 사용 중 { $value }
est-provisioned-storage = 프로비전된 스토리지
est-in-use-storage = 사용 중인 스토리지
est-with-unknown = { $value }(알 수 없음 { $n }대는 합계에서 제외)
est-not-evaluated = 평가하지 않음(열 없음): { $what }
est-vcpu = vCPU
est-memory = 메모리
est-power-state = 전원 상태
est-power = 전원 켜짐 { $on } · 꺼짐 { $off } · 일시 중단됨 { $suspended } · 알 수 없음 { $unknown }
est-templates = 템플릿 { $n }개(평가하지 않음)
est-templates-word = 템플릿
est-os = OS: { $list }
est-os-word = OS
est-os-unknown = 알 수 없는 OS
est-os-other = 기타 OS
est-support = OS 지원: { $list }
est-more = 외 { $n }개
est-cluster = 클러스터
est-datacenter = 데이터 센터
est-folder = 폴더
est-by = { $what }별({ $n }개): { $list }
est-by-what = { $what }별
est-blank = (빈 칸)
est-overcommit = 오버커밋(호스트 { $hosts }대): { $cpu } · { $memory }
est-overcommit-cpu = 물리 코어당 vCPU { $ratio }
est-overcommit-memory = 호스트 메모리 대비 할당 메모리 { $percent }%
est-overcommit-word = 호스트 오버커밋
est-host-cores = 호스트 코어
est-host-memory = 호스트 메모리
est-scope = 범위: { $conditions }: 머신 { $all }대 중 { $n }대 평가, { $out }대 범위 밖
est-out = { $why }({ $n }대): { $names }
est-why-unmet = { $condition } 조건에 맞지 않음
est-why-unknown = { $condition }: 값을 알 수 없음
est-groups-head = 그룹 기준: { $source }
est-ungrouped = 그룹 없음
est-unknown-row = { $file } { $row }행: { $machine }(그룹 { $group })에 해당하는 머신이 인벤토리에 없음
est-group = { $group }(머신 { $n }대)
est-wave = 웨이브
est-owner = 소유자
est-group-word = 그룹
est-machines-word = 머신
est-top-blockers = 주요 차단 규칙
est-dr-bandwidth = DR 대역폭(Mbps)
est-hosts = 호스트
est-vcpu-per-core = 코어당 vCPU
est-memory-ratio = 호스트 메모리 대비 메모리
est-powered-on = 전원 켜짐
est-os-version = OS 버전
est-support-word = 지원
est-machine = 머신
est-why = 이유
est-scope-head = 범위 밖
est-chart-os = OS별 머신
est-chart-groups = 그룹별 준비 상태
est-err-no-operator = --where { $expr }: FIELD=VALUE 또는 FIELD!=VALUE 형식으로 쓰십시오
est-err-no-field = --where { $expr }: = 앞에 필드가 없습니다
est-err-no-value = --where { $expr }: = 뒤에 값이 없습니다
est-err-unknown-field = --where { $expr }: { $field } 필드나 보존된 열이 없습니다(필드: { $known })
est-err-bad-value = --where { $expr }: { $value } 값은 이 필드에 쓸 수 없습니다(가능한 값: { $allowed })
est-err-no-column = { $what }: 인벤토리에 이 열이 없습니다
est-err-groups-file = { $file }: { $why }
est-err-groups-no-column = 첫 행에 { $column } 열이 없습니다
est-err-groups-bad-row = { $row }행을 읽을 수 없습니다: { $error }
est-not-evaluated-short = 평가하지 않음
est-overcommit-memory-ne = 메모리는 평가하지 않음
est-sheet-groups = 그룹
est-memory-gb = 메모리(GB)
est-host-memory-gb = 호스트 메모리(GB)
est-physical-cores = 물리 코어
est-all-hosts = (모든 호스트)
est-csv-group = 그룹
est-and = 그리고
## groups-cost: per-group sizes and costs (--group-by, --groups)
est-gc-sized = 머신 { $n }대 중 { $sized }대 크기 정함 · vCPU { $vcpus }개 · { $memory }GiB
est-gc-cost = 월 약 { $total } { $currency }: 컴퓨팅 { $compute }(머신 { $n }대 중 { $cp }대 가격 있음), 스토리지 { $storage }(머신 { $n }대 중 { $sp }대 가격 있음)
est-gc-head = 크기와 비용
est-gc-x-sized = 크기 정함
est-gc-x-not-sized = 크기를 정하지 못함
est-gc-x-vcpus = 크기의 vCPU
est-gc-x-memory = 크기의 메모리(GiB)
est-gc-x-compute-priced = 컴퓨팅 가격 있음(머신)
est-gc-x-storage-priced = 스토리지 가격 있음(머신)
est-gc-not-priced = 가격 파일에 가격이 있는 머신이 없음(머신 { $n }대)
# (end of groups-cost)
## cloud-tests: the AWS targets' quotas and checks on each machine in the Markdown report
rep-md-target-notes = 할당량과 각 머신에서 확인할 사항:
# (end of cloud-tests)
