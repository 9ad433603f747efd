import Hearth

extension IndicatorCatalogue {
    /// Ids 1–9: referral and assessment, children in need, private fostering, missing children.
    static let referralAndChildInNeed: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "1", name: "% of referrals with a previous referral within 12 months", section: .referralAndAssessment,
            cohort: "Referrals to SCS in the window", numerator: "the child's previous referral was within 12 months before",
            denominator: "referrals in the window", population: .referrals, period: .rolling12Months, unit: .percent,
            polarity: .lower, dataNeeded: [.referrals], nationalCounterpart: "SCS1; DfE repeat referrals",
            counts: { s in
                let d = s.date, from = d.adding(months: -12)
                return s.child.childInNeedEpisodes.contains { $0.referralDate >= from && $0.referralDate < d }
            }),
        IndicatorDefinition(
            id: "2", name: "% of C&F Assessments that were carried out within 45 working days", section: .referralAndAssessment,
            cohort: "C&F assessments authorised in the window", numerator: "authorised within 45 working days of the start",
            denominator: "assessments authorised in the window", population: .assessmentsCompleted, period: .rolling12Months,
            unit: .percent, polarity: .higher, dataNeeded: [.assessments],
            choices: ["Measured from the assessment start date to the authorisation date (CIN census), the start day being day 0."],
            counts: { s in
                let a = s.assessment
                return s.workingDays.workingDays(from: a.startDate, to: a.authorisationDate!) <= 45
            }),
        IndicatorDefinition(
            id: "3", name: "Number of C&F Assessments in progress outside of timescale", section: .referralAndAssessment,
            cohort: "Assessments started and not authorised on the snapshot date",
            numerator: "more than 45 working days since the start", population: .assessmentsOpen, period: .snapshot,
            unit: .count, polarity: .lower, dataNeeded: [.assessments],
            counts: { s in s.workingDays.workingDays(from: s.assessment.startDate, to: s.snapshot) > 45 }),
        IndicatorDefinition(
            id: "4", name: "% of Children seen at C&F Assessment", section: .referralAndAssessment,
            cohort: "C&F assessments authorised in the window, for children born by the start",
            numerator: "the child was seen on or before authorisation", denominator: "assessments of born children",
            population: .assessmentsCompleted, period: .rolling12Months, unit: .percent, polarity: .higher,
            dataNeeded: [.assessments, .dateOfBirth],
            choices: ["Assessments of unborn children are excluded (the published denominator is smaller than id 2's)."],
            eligible: { s in s.child.dateOfBirth.map { $0 <= s.assessment.startDate } ?? false },
            counts: { s in
                let a = s.assessment
                return a.childSeenDate.map { $0 <= a.authorisationDate! } ?? false
            }),
        IndicatorDefinition(
            id: "5", name: "% of CIN with a CIN Plan in place", section: .childrenInNeed,
            cohort: "Open children-in-need cases on the snapshot date, not on a CP plan and not looked after",
            numerator: "a child in need plan is current", denominator: "open CIN cases", population: .childInNeedOpen,
            period: .snapshot, unit: .percent, polarity: .higher, dataNeeded: [.referrals, .childInNeedPlans],
            choices: ["Cohort excludes children on a child protection plan or looked after on the snapshot date."],
            eligible: { s in isChildInNeedOnly(s) },
            counts: { s in s.episode.childInNeedPlans.contains { $0.span.contains(s.snapshot) } }),
        IndicatorDefinition(
            id: "6", name: "% of CIN who have been seen in the last 28 days", section: .childrenInNeed,
            cohort: "Open CIN cases (as id 5) whose current CIN plan started at least 28 days before the snapshot",
            numerator: "a visit in the 28 days ending on the snapshot date", denominator: "CIN cohort",
            population: .childInNeedOpen, period: .snapshot, unit: .percent, polarity: .higher,
            dataNeeded: [.referrals, .childInNeedPlans],
            choices: ["Eligibility: a CIN plan open for 28 days or more (the published denominator is below id 5's numerator)."],
            eligible: { s in
                isChildInNeedOnly(s) && s.episode.childInNeedPlans.contains {
                    $0.span.contains(s.snapshot) && $0.span.start <= s.snapshot.adding(days: -28)
                }
            },
            counts: { s in
                let from = s.snapshot.adding(days: -28)
                return s.episode.childInNeedPlans.contains { p in
                    p.span.contains(s.snapshot) && p.visits.contains { $0 > from && $0 <= s.snapshot }
                }
            }),
        IndicatorDefinition(
            id: "7", name: "Numbers of Unallocated Cases", section: .childrenInNeed,
            cohort: "Open cases (a current allocation to a team) on the snapshot date", numerator: "no named worker",
            population: .openCases, period: .snapshot, unit: .count, polarity: .lower, dataNeeded: [.allocations],
            counts: { s in s.item.worker < 0 }),
        IndicatorDefinition(
            id: "8", name: "% of PF visits held in timescale (Current PF Arrangements only)", section: .privateFostering,
            cohort: "Visits due, since the start, on private fostering arrangements current on the snapshot date",
            numerator: "visits held by their due date", denominator: "visits due", population: .privateFosteringOpen,
            period: .snapshot, unit: .percent, polarity: .higher, dataNeeded: [.privateFostering],
            choices: ["Statutory schedule chosen: within 7 days, then every 6 weeks in the first year and 12 weeks after."],
            measure: { s in
                let pf = s.privateFostering
                return Double(VisitSchedule.privateFostering.compliance(start: pf.span.start, visits: pf.visits, through: s.snapshot).onTime)
            },
            weight: { s in
                let pf = s.privateFostering
                return Double(VisitSchedule.privateFostering.compliance(start: pf.span.start, visits: pf.visits, through: s.snapshot).due)
            }),
        IndicatorDefinition(
            id: "9", name: "% of Returner Interviews completed within 3 working days", section: .missingChildren,
            cohort: "Missing episodes ending (child returned) in the window, case open to SCS when the child went missing, under 18",
            numerator: "return interview completed within 3 working days of the return",
            denominator: "returned missing episodes", population: .missingEpisodesReturned, period: .rolling12Months,
            unit: .percent, polarity: .higher, dataNeeded: [.missingEpisodes, .allocations],
            choices: ["Episodes are counted when the child returns; the 3 working days run from the return date."],
            eligible: { s in
                let went = s.missingEpisode.span.start
                guard let age = s.child.age(on: went), age < 18 else { return false }
                return s.child.allocations.contains { $0.span.contains(went) } || s.isLookedAfter(on: went)
            },
            counts: { s in
                let m = s.missingEpisode
                guard let done = m.returnInterviewCompleted else { return false }
                return done <= s.workingDays.adding(workingDays: 3, to: m.span.end!)
            }),
    ]

    /// Open CIN case that is neither on a CP plan nor looked after on the snapshot date.
    static func isChildInNeedOnly(_ s: Subject) -> Bool {
        !s.isOnProtectionPlan(on: s.snapshot) && !s.isLookedAfter(on: s.snapshot)
    }
}
