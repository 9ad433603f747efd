import Hearth

/// The synthetic county's model parameters, in one place. Each says where it comes from;
/// docs/synthetic-county.md explains the calibration. Rates are per year at scale 1 unless
/// stated. "Kent" figures are the Jan 2017 scorecard (scorecard.md §5.2, §8.4); "England" figures
/// are the DfE 2025 releases quoted in returns.md §5.
enum ModelParameters {
    /// Years simulated before recorded history so that the stock is at steady state. Long enough
    /// for a child who entered care young to reach 18 and be a care leaver.
    static let burnInYears = 18

    // MARK: Arrivals

    /// Children referred for the first time. With re-referrals this gives about 15,000
    /// referrals a year (Kent id 1 denominator 15,324; activity table 1,138 a month).
    static let firstReferralsPerYear = 10_400.0
    /// Unaccompanied asylum-seeking children arriving. With stays to 18 this holds about 550
    /// UASC in care (Kent Jan 2017: 553).
    static let uascArrivalsPerYear = 470.0
    /// Private fostering notifications (Kent: 42 current arrangements, Jan 2017).
    static let privateFosteringPerYear = 38.0
    /// Share of first referrals that are for a disabled child, held by the Disability Service
    /// (Kent Disability Service: about 1,180 open cases, 24 referrals a month).
    static let disabilityShare = 0.03

    // MARK: Referral and assessment

    /// Referrals closed with no further action before assessment.
    static let referralNFA = 0.07
    /// C&F assessments authorised within 45 working days (Kent id 2: 91.0%).
    static let assessmentWithin45 = 0.91
    /// Children seen during assessment (Kent id 4: 98.1%).
    static let assessmentChildSeen = 0.981
    /// Section 47 enquiries per assessed referral (Kent: 4,631 S47s to 15,324 referrals).
    static let section47 = 0.31
    /// S47 enquiries leading to an initial conference (Kent: 1,349 ICPCs / 4,631 S47s).
    static let conferenceAfterS47 = 0.33
    /// ICPCs within 15 working days of the S47 starting (Kent id 16: 85.6%).
    static let conferenceWithin15 = 0.856
    /// Children seen at S47 (Kent id 15: 98.5%).
    static let s47ChildSeen = 0.985
    /// Conferences that result in a plan (Kent: 1,315 CP starts to 1,349 ICPCs).
    static let planAfterConference = 0.975
    /// After an assessment that did not lead to a CP plan: share put on a CIN plan.
    static let childInNeedPlanAfterAssessment = 0.20
    /// ... and share brought straight into care.
    static let careAfterAssessment = 0.02

    // MARK: Plans

    /// Mean CIN plan length in months (Kent: about 2,300 CIN-plan cases).
    static let childInNeedPlanMonths = 7.0
    /// Mean CP plan length in months: Kent holds 1,142 plans with 1,315 starts a year
    /// (≈ 10.4 months); 3.4% last 2 years or more (id 14).
    static let protectionPlanMonths = 10.0
    /// What follows a CP plan: care, a CIN plan (step-down), or closure.
    static let careAfterProtectionPlan = 0.08
    static let stepDownAfterProtectionPlan = 0.45
    static let careAfterChildInNeedPlan = 0.03

    /// Re-referral: chance of a new referral within 12 months of closure (Kent id 1: 23% of
    /// referrals had one in the previous 12 months), and within the following two years.
    static let reReferralWithinYear = 0.21
    static let reReferralLater = 0.14

    // MARK: Care

    /// Monthly chance of a placement move by months with the current carer (0–2, 3–5, 6–11,
    /// 12–23, 24+). Most moves are early and planned (James 2004, Social Service Review 78(4):
    /// 70% of changes for system or policy reasons, such as leaving an emergency placement), so
    /// the hazard falls the longer a child stays with a carer (our choice of shape). The levels
    /// are tuned to England 2025 (returns.md §5.1): 10% with 3+ placements in the year (Kent id
    /// 17: 12.9%) and 69% of long-stay children under 16 with the same carer for 2 years (Kent
    /// id 18: about 70%); 3+ placements in two years comes out about 17% against England's 23%.
    /// A flat 4% a month after the first three months of care gave only about 33% on id 18.
    static let moveMonthlyByMonthsWithCarer: [Double] = [0.115, 0.055, 0.035, 0.02, 0.012]
    /// The same hazard is multiplied by this once a child has been in care for two years:
    /// children who stay long are mostly on long-term plans with matched carers.
    static let moveFactorAfterTwoYearsInCare = 0.8
    /// Mean days in care before a return home (England: most returns within a year).
    static let returnHomeMeanDays = 230.0
    /// Placement and decision timings for adoption (England 2025: entry → decision 9 months,
    /// decision → match 10 months, match → placed 1 month, placed → order 9 months).
    static let adoptionReversal = 0.09
    /// Monthly chance of going missing for children 11+ by placement kind.
    static let missingMonthlyFoster = 0.04
    static let missingMonthlyResidential = 0.22
    /// Return interviews completed within 3 working days (Kent id 9: 72.5%).
    static let returnInterviewWithin3 = 0.725
    /// IHA referrals within 5 working days of becoming looked after (Kent id 25: 82.2%).
    static let ihaReferralWithin5 = 0.822

    // MARK: Care leavers

    /// In touch at a birthday contact, by age 18…21 (Kent id 32: 68% overall).
    static let inTouchByAge: [Double] = [0.78, 0.71, 0.66, 0.62]
    /// In suitable accommodation, of those in touch (Kent id 33: 91.5%).
    static let suitableAccommodation = 0.915
    /// In education, employment or training, of those in touch (Kent id 34: 59.3%).
    static let inEET = 0.593

    // MARK: Quality assurance

    /// Case file audits scheduled per month (Kent id 36: 746 in 12 months), completed (96.9%),
    /// graded good or outstanding (67.2%), inadequate (2.1%).
    static let auditsPerMonth = 62.0
    static let auditCompleted = 0.969
    static let auditGrades: [(QualityGrade, Double)] = [(.outstanding, 0.07), (.good, 0.602), (.requiresImprovement, 0.307), (.inadequate, 0.021)]
    /// CP conference reports (id 39: 63.1% good+) and care plans (id 40: 68.6% good+).
    static let conferenceReportGrades: [(QualityGrade, Double)] = [(.outstanding, 0.05), (.good, 0.581), (.requiresImprovement, 0.32), (.inadequate, 0.049)]
    static let carePlanGrades: [(QualityGrade, Double)] = [(.outstanding, 0.06), (.good, 0.626), (.requiresImprovement, 0.28), (.inadequate, 0.034)]
}
