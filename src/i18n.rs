//! The words around the rules' own, in the reader's language ([`Lang`]): English (the default)
//! or Korean. Rule titles, messages and fixes come from the rule files (`ko.title`,
//! `ko.message`, `ko.remediation`); the words around them are here. JSON keys and verdict
//! codes stay English whatever the language.

use unicode_width::UnicodeWidthStr;

use crate::rules::Readiness;

pub use crate::model::Lang;

/// The report's words (inherent methods may live beside the tables they read).
impl Lang {
    /// A verdict as a reader says it (the Azure Migrate portal's Korean words).
    pub fn readiness(self, r: Readiness) -> &'static str {
        match self {
            Lang::En => r.as_str(),
            Lang::Ko => match r {
                Readiness::Ready => "준비됨",
                Readiness::ReadyWithConditions => "조건부 준비",
                Readiness::NotReady => "준비되지 않음",
                Readiness::Unknown => "알 수 없음",
                Readiness::NotApplicable => "해당 없음",
            },
        }
    }

    /// A report's fixed English words (a header, a sheet's name, a label) in this language;
    /// words without a Korean entry stay English.
    pub fn tr(self, en: &str) -> &str {
        match self {
            Lang::En => en,
            Lang::Ko => KO.iter().find(|(e, _)| *e == en).map_or(en, |(_, k)| *k),
        }
    }

    /// A disaster-recovery verdict as a reader says it.
    pub fn dr(self, v: crate::dr::DrVerdict) -> &'static str {
        use crate::dr::DrVerdict as V;
        match (self, v) {
            (Lang::En, v) => v.as_str(),
            (Lang::Ko, V::Meets) => "충족",
            (Lang::Ko, V::AtRisk) => "위험",
            (Lang::Ko, V::CannotMeet) => "충족 불가",
            (Lang::Ko, V::NoTargets) => "목표 없음",
            (Lang::Ko, V::Unknown) => "알 수 없음",
        }
    }

    /// An OS support phase as a reader says it (Microsoft's Korean lifecycle words).
    pub fn support(self, status: crate::lifecycle::SupportStatus) -> &'static str {
        use crate::lifecycle::SupportStatus as S;
        match (self, status) {
            (Lang::En, S::Mainstream) => "mainstream support",
            (Lang::En, S::Extended) => "extended support",
            (Lang::En, S::OutOfSupport) => "out of support",
            (Lang::En, S::Unknown) => "support unknown",
            (Lang::Ko, S::Mainstream) => "기본 지원",
            (Lang::Ko, S::Extended) => "연장 지원",
            (Lang::Ko, S::OutOfSupport) => "지원 종료",
            (Lang::Ko, S::Unknown) => "알 수 없음",
        }
    }

    /// One of the fixed phrases the terminal and `explain` print.
    pub fn word(self, w: Word) -> &'static str {
        use Word::*;
        match (self, w) {
            (Lang::En, Machine) => "MACHINE",
            (Lang::Ko, Machine) => "머신",
            (Lang::En, Readiness) => "READINESS",
            (Lang::Ko, Readiness) => "준비 상태",
            (Lang::En, Why) => "WHY",
            (Lang::Ko, Why) => "이유",
            (Lang::En, Legend) => {
                "✓ ready  ~ with conditions  ✗ not ready  ? unknown  · not applicable"
            }
            (Lang::Ko, Legend) => {
                "✓ 준비됨  ~ 조건부 준비  ✗ 준비되지 않음  ? 알 수 없음  · 해당 없음"
            }
            (Lang::En, MostOften) => "most often",
            (Lang::Ko, MostOften) => "가장 많음",
            (Lang::En, OtherPlatforms) => "the scenario covers other platforms",
            (Lang::Ko, OtherPlatforms) => "이 시나리오는 다른 플랫폼을 다룹니다",
            (Lang::En, NotEvaluated) => {
                "rule(s) not evaluated: the inventory has no column for what they read"
            }
            (Lang::Ko, NotEvaluated) => "개 규칙은 평가하지 않음: 인벤토리에 해당 열이 없습니다",
            (Lang::En, DataQuality) => {
                "data-quality record(s): see `rehost inspect` or the workbook's Data quality sheet."
            }
            (Lang::Ko, DataQuality) => {
                "개의 데이터 품질 기록: `rehost inspect` 또는 통합 문서의 데이터 품질 시트를 참조하세요."
            }
            (Lang::En, WhyEach) => {
                "Why each verdict: --details, or `rehost explain FILE -m MACHINE` for one machine."
            }
            (Lang::Ko, WhyEach) => {
                "판정 이유: --details, 또는 머신 하나는 `rehost explain FILE -m MACHINE`."
            }
            (Lang::En, Read) => "read",
            (Lang::Ko, Read) => "읽은 값",
            (Lang::En, Fix) => "fix",
            (Lang::Ko, Fix) => "해결",
            (Lang::En, See) => "see",
            (Lang::Ko, See) => "참고",
        }
    }
}

/// The workbook's words in Korean, as Microsoft's Korean pages and the Azure portal say them
/// where they have them (장애 조치, 복제, 복구 지점 목표, 데이터 디스크, …).
const KO: &[(&str, &str)] = &[
    // Sheets
    ("Summary", "요약"),
    ("Machines", "머신"),
    ("Findings", "결과"),
    ("Disks", "디스크"),
    ("DR", "재해 복구"),
    ("Rules", "규칙"),
    ("Data quality", "데이터 품질"),
    // Summary
    ("rehost assessment", "rehost 평가"),
    ("Run", "실행"),
    ("Tool", "도구"),
    ("Matrices as of", "매트릭스 기준일"),
    ("newest edition of each target", "각 대상의 최신 판"),
    ("Editions", "판"),
    ("Rules not evaluated count as", "평가하지 않은 규칙의 처리"),
    ("not evaluated", "평가하지 않음"),
    ("unknown (--strict)", "알 수 없음(--strict)"),
    ("Inventory files", "인벤토리 파일"),
    ("Readiness by target", "대상별 준비 상태"),
    ("Machines by readiness", "준비 상태별 머신"),
    ("Matrix", "매트릭스"),
    ("Ready", "준비됨"),
    ("Ready with conditions", "조건부 준비"),
    ("Not ready", "준비되지 않음"),
    ("Unknown", "알 수 없음"),
    ("Not applicable", "해당 없음"),
    ("Source", "원본"),
    ("Most frequent blocking rules", "가장 많이 차단하는 규칙"),
    (
        "No machine fails a blocking rule.",
        "차단 규칙에 실패한 머신이 없습니다.",
    ),
    ("Disaster recovery", "재해 복구"),
    ("Required bandwidth (Mbps)", "필요한 대역폭(Mbps)"),
    ("Available bandwidth (Mbps)", "사용 가능한 대역폭(Mbps)"),
    ("Initial replication (hours)", "초기 복제(시간)"),
    ("Initial replication goal (hours)", "초기 복제 목표(시간)"),
    ("Growth factor (%)", "증가율(%)"),
    (
        "Coverage gaps: rules not evaluated for lack of a column",
        "평가 공백: 열이 없어 평가하지 않은 규칙",
    ),
    ("Sheets in this workbook", "이 통합 문서의 시트"),
    ("Bandwidth", "대역폭"),
    ("Sizing and OS support", "크기 조정 및 OS 지원"),
    ("Sized", "크기 기준"),
    ("Disk tiers", "디스크 계층"),
    ("OS support judged on", "OS 지원 기준일"),
    ("Prices", "가격"),
    ("OS support", "OS 지원"),
    ("Azure VM size", "Azure VM 크기"),
    (
        "not sized (see Machines)",
        "크기를 정하지 못함(머신 시트 참조)",
    ),
    // Columns
    ("Machine", "머신"),
    ("Target", "대상"),
    ("Edition", "판"),
    ("Severity", "심각도"),
    ("Outcome", "결과"),
    ("Rule", "규칙"),
    ("Title", "제목"),
    ("Message", "메시지"),
    ("Remediation", "해결 방법"),
    ("Reference", "참고"),
    ("Blocking rules failed", "실패한 차단 규칙"),
    ("Azure vCPUs", "Azure vCPU"),
    ("Azure memory (GB)", "Azure 메모리(GB)"),
    ("Support ends", "지원 종료일"),
    ("OS as written", "기록된 OS"),
    ("Cores", "코어"),
    ("Memory (GB)", "메모리(GB)"),
    ("Disks", "디스크"),
    ("OS disk (GB)", "OS 디스크(GB)"),
    ("Largest data disk (GB)", "가장 큰 데이터 디스크(GB)"),
    ("Total storage (GB)", "전체 스토리지(GB)"),
    ("Firmware", "펌웨어"),
    ("Generation", "세대"),
    ("Hypervisor", "하이퍼바이저"),
    ("Host", "호스트"),
    ("OS as read", "판독한 OS"),
    ("Architecture", "아키텍처"),
    ("BitLocker", "BitLocker"),
    ("Power state", "전원 상태"),
    ("Size chosen because", "크기 선택 이유"),
    ("Source (file!sheet!row)", "원본(파일!시트!행)"),
    ("Disk", "디스크"),
    ("Role", "역할"),
    ("Size (GB)", "크기(GB)"),
    ("Kind", "종류"),
    ("Churn (MB/s)", "데이터 변동률(MB/s)"),
    ("Azure disk tier", "Azure 디스크 계층"),
    ("Tier size (GB)", "계층 크기(GB)"),
    ("Recovery group", "복구 그룹"),
    ("Boot order", "부팅 순서"),
    ("Tier", "등급"),
    ("Application", "애플리케이션"),
    ("RPO target", "복구 지점 목표(RPO)"),
    ("Achievable RPO", "달성 가능한 RPO"),
    ("Replication frequency", "복제 빈도"),
    ("RTO target", "복구 시간 목표(RTO)"),
    ("Peak churn (MB/s)", "최고 데이터 변동률(MB/s)"),
    ("DR verdict", "재해 복구 판정"),
    ("Why", "이유"),
    ("Applies to", "적용 대상"),
    ("Checks", "검사"),
    ("Message when it fails", "실패 시 메시지"),
    ("Issue", "문제"),
    ("File", "파일"),
    ("Sheet", "시트"),
    ("Cell", "셀"),
    ("Row", "행"),
    ("Field", "필드"),
    ("Raw text", "원본 텍스트"),
    ("What", "내용"),
    ("matrix page", "매트릭스 페이지"),
    (
        "one row per machine: what was read, its readiness for each target, OS support, Azure size and cost",
        "머신당 한 행: 읽은 값, 대상별 준비 상태, OS 지원, Azure 크기와 비용",
    ),
    (
        "every rule a machine fails or cannot be told for, with the fix and the page",
        "머신이 실패했거나 판단할 수 없는 모든 규칙, 해결 방법과 페이지",
    ),
    (
        "one row per disk: role, size, Azure disk tier, and the disk-size rules' outcome",
        "디스크당 한 행: 역할, 크기, Azure 디스크 계층, 디스크 크기 규칙의 결과",
    ),
    (
        "RPO, RTO, churn and replication per machine, by recovery group",
        "복구 그룹별로 머신당 RPO, RTO, 데이터 변동률과 복제",
    ),
    (
        "every matrix and rule used, with its parameters and source",
        "사용한 모든 매트릭스와 규칙, 매개변수와 원본",
    ),
    (
        "files, sheets, column mapping, skipped rows and unreadable cells",
        "파일, 시트, 열 매핑, 건너뛴 행과 읽을 수 없는 셀",
    ),
    ("blocker", "차단"),
    ("condition", "조건"),
    ("warning", "경고"),
    ("fail", "실패"),
    ("pass", "통과"),
    ("n/a", "해당 없음"),
    ("not-evaluated", "평가하지 않음"),
    ("info", "정보"),
    ("unknown", "알 수 없음"),
    ("vCPUs", "vCPU"),
    ("page section", "페이지 섹션"),
    ("Inputs read", "읽은 입력"),
    ("Format", "형식"),
    ("Header row", "머리글 행"),
    ("Rows read", "읽은 행"),
    ("Attached", "머신에 연결"),
    ("Skipped", "건너뜀"),
    ("Columns read (header → field)", "읽은 열(머리글 → 필드)"),
    ("Columns not used", "사용하지 않은 열"),
    ("Notes", "메모"),
];

/// The fixed phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Machine,
    Readiness,
    Why,
    Legend,
    MostOften,
    OtherPlatforms,
    NotEvaluated,
    DataQuality,
    WhyEach,
    Read,
    Fix,
    See,
}

/// A day as a reader writes it in a sentence: ISO `2027-01-12` in English; `2027년 1월 12일`
/// in Korean, as Microsoft's Korean lifecycle pages write their dates. Tables and JSON keep
/// ISO (it sorts, and it is narrow).
pub fn date(d: crate::model::Date, lang: Lang) -> String {
    lang.day(d)
}

/// Columns a text takes on a terminal: a Hangul syllable takes two.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces to `w` terminal columns.
pub fn pad(s: &str, w: usize) -> String {
    let n = width(s);
    if n >= w {
        return s.to_string();
    }
    format!("{s}{}", " ".repeat(w - n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_takes_two_columns() {
        assert_eq!(width("급여-DB-01"), 10);
        assert_eq!(pad("급여", 6), "급여  ");
        assert_eq!(width(&pad("vm1", 6)), 6);
    }

    #[test]
    fn dates_in_korean() {
        let d = crate::model::Date::parse("2027-01-12").unwrap();
        assert_eq!(date(d, Lang::Ko), "2027년 1월 12일");
        assert_eq!(date(d, Lang::En), "2027-01-12");
    }

    #[test]
    fn languages_by_name() {
        assert_eq!(Lang::parse("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
