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

# (end of reports)

## Errors and the command line (src/commands)

# (end of errors)
