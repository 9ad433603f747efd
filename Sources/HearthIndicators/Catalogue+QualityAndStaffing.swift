import Hearth

extension IndicatorCatalogue {
    /// Ids 36–45: quality assurance and staffing.
    static let qualityAndStaffing: [IndicatorDefinition] = [
        readingWindow(IndicatorDefinition(
            id: "36", name: "% of Case File Audits completed", section: .qualityAssurance,
            cohort: "Case file audits scheduled in the window", numerator: "completed by the end of the window",
            denominator: "audits scheduled", population: .auditsScheduled, period: .rolling12Months, unit: .percent,
            polarity: .higher, dataNeeded: [.audits],
            counts: { s in s.audit.completed.map { $0 <= s.window.end } ?? false })),
        IndicatorDefinition(
            id: "37", name: "% of Case File Audits rated Good or Outstanding", section: .qualityAssurance,
            cohort: "Case file audits completed in the window", numerator: "graded good or outstanding",
            denominator: "audits completed", population: .auditsCompleted, period: .rolling12Months, unit: .percent,
            polarity: .higher, dataNeeded: [.audits], nationalCounterpart: "SCS37",
            counts: { s in s.audit.grade?.isGoodOrBetter ?? false }),
        IndicatorDefinition(
            id: "38", name: "% of Case File Audits rated Inadequate", section: .qualityAssurance,
            cohort: "Case file audits completed in the window", numerator: "graded inadequate",
            denominator: "audits completed", population: .auditsCompleted, period: .rolling12Months, unit: .percent,
            polarity: .lower, dataNeeded: [.audits],
            counts: { s in s.audit.grade == .inadequate }),
        IndicatorDefinition(
            id: "39", name: "% of CP Social Work Reports rated good or outstanding", section: .qualityAssurance,
            cohort: "Social-work reports to child protection conferences graded in the window",
            numerator: "graded good or outstanding", denominator: "reports graded", population: .conferenceReportGrades,
            period: .rolling12Months, unit: .percent, polarity: .higher, dataNeeded: [.documentGrades],
            counts: { s in s.documentGrade.grade.isGoodOrBetter }),
        IndicatorDefinition(
            id: "40", name: "% of CIC Care Plans rated good or outstanding", section: .qualityAssurance,
            cohort: "Care plans graded in the window", numerator: "graded good or outstanding",
            denominator: "care plans graded", population: .carePlanGrades, period: .rolling12Months, unit: .percent,
            polarity: .higher, dataNeeded: [.documentGrades],
            counts: { s in s.documentGrade.grade.isGoodOrBetter }),
        IndicatorDefinition(
            id: "41", name: "% of caseholding posts filled by KCC Permanent QSW", section: .staffing,
            cohort: "Case-holding posts on the snapshot date, in FTE", numerator: "FTE held by permanent qualified social workers",
            denominator: "case-holding FTE", population: .caseholdingPosts, period: .snapshot, unit: .percent,
            polarity: .higher, dataNeeded: [.posts, .workers], nationalCounterpart: "SCS40",
            measure: { s in holder(s).map { $0.qualified && $0.employment == .permanent } ?? false ? s.post.fte : 0 },
            weight: { s in s.post.fte }),
        IndicatorDefinition(
            id: "42", name: "% of caseholding posts filled by agency staff", section: .staffing,
            cohort: "Case-holding posts on the snapshot date, in FTE", numerator: "FTE held by agency workers",
            denominator: "case-holding FTE", population: .caseholdingPosts, period: .snapshot, unit: .percent,
            polarity: .lower, dataNeeded: [.posts, .workers],
            measure: { s in holder(s).map { $0.employment == .agency } ?? false ? s.post.fte : 0 },
            weight: { s in s.post.fte }),
        IndicatorDefinition(
            id: "43", name: "Average Caseloads of social workers in CIC Teams", section: .staffing,
            cohort: "District children-in-care teams on the snapshot date",
            numerator: "open cases with a named worker", denominator: "FTE of qualified social workers",
            population: .caseloadChildrenInCareTeams, period: .snapshot, unit: .ratio, polarity: .lower,
            dataNeeded: [.allocations, .workers], nationalCounterpart: "SCS42",
            choices: ["Caseholders are qualified social workers and senior practitioners; FTE unrounded."],
            measure: { s in s.item.kind == .child ? 1 : 0 }, weight: { s in s.item.kind == .worker ? s.worker.fte : 0 }),
        IndicatorDefinition(
            id: "44", name: "Average Caseloads of social workers in CSWTs", section: .staffing,
            cohort: "Children's Social Work Teams on the snapshot date",
            numerator: "open cases with a named worker", denominator: "FTE of qualified social workers",
            population: .caseloadSocialWorkTeams, period: .snapshot, unit: .ratio, polarity: .lower,
            dataNeeded: [.allocations, .workers], nationalCounterpart: "SCS43",
            measure: { s in s.item.kind == .child ? 1 : 0 }, weight: { s in s.item.kind == .worker ? s.worker.fte : 0 }),
        IndicatorDefinition(
            id: "45", name: "Average Caseloads of fostering social workers", section: .staffing,
            cohort: "Fostering social workers on the snapshot date",
            numerator: "approved fostering households supervised", denominator: "FTE of fostering social workers",
            population: .caseloadFostering, period: .snapshot, unit: .ratio, polarity: .lower,
            dataNeeded: [.fosteringHouseholds, .workers],
            choices: ["A fostering social worker's cases are the approved households they supervise."],
            measure: { s in s.item.kind == .household ? 1 : 0 }, weight: { s in s.item.kind == .worker ? s.worker.fte : 0 }),
    ]

    static func readingWindow(_ d: IndicatorDefinition) -> IndicatorDefinition {
        var d = d
        d.readsWindow = true
        return d
    }

    static func holder(_ s: Subject) -> Worker? {
        s.item.a >= 0 ? s.index.county.workers[Int(s.item.a)] : nil
    }
}
