import Hearth

extension IndicatorCatalogue {
    /// Ids 10–16: child protection.
    static let childProtection: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "10", name: "% of Current CP Plans lasting 18 months or more", section: .childProtection,
            cohort: "Child protection plans open on the snapshot date", numerator: "started 18 months or more before",
            denominator: "open plans", population: .protectionPlansOpen, period: .snapshot, unit: .percent,
            polarity: .lower, dataNeeded: [.protectionPlans],
            counts: { s in s.protectionPlan.span.start <= s.snapshot.adding(months: -18) }),
        IndicatorDefinition(
            id: "11", name: "% of CP Visits held within timescale (Current CP only)", section: .childProtection,
            cohort: "Visits due, since the plan started, on plans open on the snapshot date",
            numerator: "visits held by their due date", denominator: "visits due", population: .protectionPlansOpen,
            period: .snapshot, unit: .percent, polarity: .higher, dataNeeded: [.protectionPlans],
            choices: ["Visit frequency chosen: within 10 working days of the start, then every 10 working days."],
            measure: { s in
                let p = s.protectionPlan
                return Double(VisitSchedule.protectionVisits.compliance(start: p.span.start, visits: p.visits, through: s.snapshot).onTime)
            },
            weight: { s in
                let p = s.protectionPlan
                return Double(VisitSchedule.protectionVisits.compliance(start: p.span.start, visits: p.visits, through: s.snapshot).due)
            }),
        IndicatorDefinition(
            id: "12", name: "% of CP cases which were reviewed within required timescales", section: .childProtection,
            cohort: "Plans open on the snapshot date with at least one review conference due",
            numerator: "every review due was held in time", denominator: "plans with a review due",
            population: .protectionPlansOpen, period: .snapshot, unit: .percent, polarity: .higher,
            dataNeeded: [.protectionPlans],
            choices: ["Working Together timescales chosen: first review within 3 months of the start, then every 6 months."],
            eligible: { s in VisitSchedule.protectionReviews.firstDue(s.protectionPlan.span.start) <= s.snapshot },
            counts: { s in
                let p = s.protectionPlan
                let r = VisitSchedule.protectionReviews.compliance(start: p.span.start, visits: p.reviews, through: s.snapshot)
                return r.due == r.onTime
            }),
        IndicatorDefinition(
            id: "13", name: "% of Children becoming CP for a second or subsequent time", section: .childProtection,
            cohort: "Child protection plans starting in the window", numerator: "the child had a previous plan, ever",
            denominator: "plans started", population: .protectionPlansStarted, period: .rolling12Months, unit: .percent,
            polarity: .target, dataNeeded: [.protectionPlans], nationalCounterpart: "SCS13; DfE CP second or subsequent",
            choices: ["A previous plan is any earlier plan in the record, or NumberOfPreviousCPP ≥ 1; no look-back limit."],
            counts: { s in hadPreviousPlan(s) }),
        IndicatorDefinition(
            id: "14", name: "% of CP Plans lasting 2 years or more at the point of de-registration", section: .childProtection,
            cohort: "Child protection plans ending in the window", numerator: "lasted 2 years or more",
            denominator: "plans ended", population: .protectionPlansEnded, period: .rolling12Months, unit: .percent,
            polarity: .lower, dataNeeded: [.protectionPlans],
            counts: { s in
                let p = s.protectionPlan
                return p.span.start.adding(years: 2) <= p.span.end!
            }),
        IndicatorDefinition(
            id: "15", name: "% of Children seen at Section 47 enquiry", section: .childProtection,
            cohort: "Section 47 enquiries starting in the window", numerator: "the child was seen",
            denominator: "enquiries started", population: .section47Started, period: .rolling12Months, unit: .percent,
            polarity: .higher, dataNeeded: [.section47],
            choices: ["Enquiries are counted at their start date."],
            counts: { s in s.enquiry.childSeenDate != nil }),
        IndicatorDefinition(
            id: "16", name: "% of ICPCs held within 15 working days of the S47 enquiry starting", section: .childProtection,
            cohort: "Initial child protection conferences held in the window",
            numerator: "held within 15 working days of the enquiry start", denominator: "conferences held",
            population: .conferencesHeld, period: .rolling12Months, unit: .percent, polarity: .higher,
            dataNeeded: [.section47],
            counts: { s in
                let e = s.enquiry
                return s.workingDays.workingDays(from: e.startDate, to: e.conferenceDate!) <= 15
            }),
    ]

    /// Whether the plan's child had an earlier plan, or the census count of previous plans says so.
    static func hadPreviousPlan(_ s: Subject) -> Bool {
        let plan = s.protectionPlan
        if let n = plan.numberOfPreviousPlans, n >= 1 { return true }
        return s.child.childInNeedEpisodes.contains { e in e.protectionPlans.contains { $0.span.start < plan.span.start } }
    }
}
