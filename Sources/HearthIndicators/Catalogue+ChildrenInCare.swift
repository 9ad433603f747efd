import Hearth

extension IndicatorCatalogue {
    /// Ids 17–27: children in care.
    static let childrenInCare: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "17", name: "CIC Placement Stability: % with 3 or more placements in the last 12 months", section: .childrenInCare,
            cohort: "Children looked after on the snapshot date, including UASC",
            numerator: "3 or more placements in the 12 months to the snapshot", denominator: "children looked after",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .lower,
            dataNeeded: [.periodsOfCare, .placements], nationalCounterpart: "DfE 3+ placements (snapshot variant)",
            choices: ["DfE counting rules: temporary (T*) placements ignored, same-carer changes are one placement, short-break-only periods excluded."],
            counts: { s in threeOrMorePlacements(s, from: s.snapshot.adding(months: -12).adding(days: 1)) }),
        IndicatorDefinition(
            id: "18", name: "CIC Placement Stability: % in same placement for last 2 years", section: .childrenInCare,
            cohort: "Children looked after on the snapshot date, aged under 16, looked after continuously for 2.5 years or more",
            numerator: "same placement for 2 years, or adoptive placement plus the one before lasting 2 years",
            denominator: "long-term looked-after children", population: .lookedAfter, period: .snapshot, unit: .percent,
            polarity: .higher, dataNeeded: [.periodsOfCare, .placements, .dateOfBirth],
            nationalCounterpart: "SCS18; former NI 63",
            eligible: { s in longTermCohort(s) },
            counts: { s in s.inSamePlacementTwoYears(on: s.snapshot) }),
        IndicatorDefinition(
            id: "19", name: "% of CIC Foster Care in KCC Foster Care/Rel & Friends placements (exc UASC)", section: .childrenInCare,
            cohort: "Children looked after in foster care on the snapshot date, excluding UASC",
            numerator: "with the council's own foster carers or relatives and friends", denominator: "children in foster care",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .higher, exclusions: [.uasc],
            dataNeeded: [.placements, .fosteringHouseholds, .uascStatus], nationalCounterpart: "SCS19",
            choices: ["Own provision = placement provider PR1 or an in-house or connected-person household; relatives and friends = U1–U3."],
            eligible: { s in currentPlacement(s)?.type.isFoster ?? false },
            counts: { s in isOwnOrConnectedFoster(s) }),
        IndicatorDefinition(
            id: "20", name: "% of CIC placed within 20 miles from home (exc UASC)", section: .childrenInCare,
            cohort: "Children looked after on the snapshot date, excluding UASC, whose distance from home is known",
            numerator: "placed 20.0 miles or less from home", denominator: "children with a known distance",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .higher, exclusions: [.uasc],
            dataNeeded: [.placements, .postcodes, .uascStatus],
            choices: ["DfE PL_DISTANCE formula on grid references, rounded to 1 dp; 20.0 miles counts as within; unknown distance excluded."],
            eligible: { s in distanceFromHome(s) != nil },
            counts: { s in distanceFromHome(s)! <= 20.0 }),
        IndicatorDefinition(
            id: "21", name: "% of Children who participated at CIC Reviews", section: .childrenInCare,
            cohort: "Looked-after reviews held in the window, except PN0 (child under 4)",
            numerator: "the child's views were conveyed (PN1–PN6)", denominator: "reviews held",
            population: .careReviews, period: .rolling12Months, unit: .percent, polarity: .higher, dataNeeded: [.reviews],
            choices: ["PN0 reviews are left out; a review with no participation code counts as not participated."],
            eligible: { s in s.review.participation?.rawValue != "PN0" },
            counts: { s in s.review.participation?.participated ?? false }),
        IndicatorDefinition(
            id: "22", name: "% of CIC cases which were reviewed within required timescales", section: .childrenInCare,
            cohort: "Children looked after on the snapshot date with at least one review due in the current period",
            numerator: "every review due was held in time", denominator: "children with a review due",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .higher, dataNeeded: [.reviews],
            choices: ["Regulation 33 timescales: 20 working days, then 3 months, then every 6 months."],
            eligible: { s in VisitSchedule.careReviews.firstDue(s.periodOfCare.span.start) <= s.snapshot },
            counts: { s in
                let r = VisitSchedule.careReviews.compliance(start: s.periodOfCare.span.start,
                                                             visits: s.periodOfCare.reviews.map(\.date), through: s.snapshot)
                return r.due == r.onTime
            }),
        IndicatorDefinition(
            id: "23", name: "% of CIC cases where all Dental Checks were held within required timescale", section: .childrenInCare,
            cohort: "Children looked after continuously for 12 months or more on the snapshot date",
            numerator: "a dental check in the 12 months to the snapshot", denominator: "children looked after 12 months",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .higher, dataNeeded: [.health],
            choices: ["Cohort as the DfE OC2 (looked after 12 months); a check is due every 12 months."],
            eligible: { s in s.periodOfCare.span.start <= s.snapshot.adding(months: -12) },
            counts: { s in
                let from = s.snapshot.adding(months: -12)
                return s.periodOfCare.dentalChecks.contains { $0 > from && $0 <= s.snapshot }
            }),
        IndicatorDefinition(
            id: "24", name: "% of CIC cases where all Health Assessments were held within required timescale", section: .childrenInCare,
            cohort: "Children looked after continuously for 12 months or more on the snapshot date",
            numerator: "a health assessment within 6 months (under 5) or 12 months (5 and over)",
            denominator: "children looked after 12 months", population: .lookedAfter, period: .snapshot, unit: .percent,
            polarity: .higher, dataNeeded: [.health, .dateOfBirth],
            choices: ["Statutory review health assessment intervals: 6 months under 5, 12 months from 5."],
            eligible: { s in s.periodOfCare.span.start <= s.snapshot.adding(months: -12) },
            counts: { s in
                let months = (s.age ?? 5) < 5 ? 6 : 12
                let from = s.snapshot.adding(months: -months)
                return s.periodOfCare.healthAssessments.contains { $0.date > from && $0.date <= s.snapshot }
            }),
        IndicatorDefinition(
            id: "25", name: "% of IHA referrals within 5 working days of becoming Looked After", section: .childrenInCare,
            cohort: "Children who became looked after in the window", numerator: "health assessment requested within 5 working days",
            denominator: "children becoming looked after", population: .careStarted, period: .rolling12Months,
            unit: .percent, polarity: .higher, dataNeeded: [.periodsOfCare, .health],
            counts: { s in
                guard let r = s.periodOfCare.initialHealthAssessmentReferral else { return false }
                return r <= s.workingDays.adding(workingDays: 5, to: s.periodOfCare.span.start)
            }),
        IndicatorDefinition(
            id: "26", name: "% of CIC who have had a PEP updated in the last 6 months (ages 5-16)", section: .childrenInCare,
            cohort: "Children looked after on the snapshot date aged 5 to 16", numerator: "a PEP reviewed in the 6 months to the snapshot",
            denominator: "children aged 5–16 looked after", population: .lookedAfter, period: .snapshot, unit: .percent,
            polarity: .higher, dataNeeded: [.education, .dateOfBirth], removedFrom: Day(2017, 1, 1),
            choices: ["Kept but marked removed from January 2017, as published; computed, never rated."],
            eligible: { s in s.age.map { (5...16).contains($0) } ?? false },
            counts: { s in
                let from = s.snapshot.adding(months: -6)
                return s.periodOfCare.personalEducationPlans.contains { $0 > from && $0 <= s.snapshot }
            }),
        IndicatorDefinition(
            id: "27", name: "% of CIC for 18 months and allocated to the same worker for the last 12 months", section: .childrenInCare,
            cohort: "Children looked after for 18 months or more on the snapshot date",
            numerator: "one named worker throughout the 12 months to the snapshot", denominator: "children looked after 18 months",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .higher, dataNeeded: [.allocations],
            eligible: { s in s.periodOfCare.span.start <= s.snapshot.adding(months: -18) },
            counts: { s in s.index.sameWorker(s.item.subject, from: s.snapshot.adding(months: -12), to: s.snapshot) }),
    ]

    static func threeOrMorePlacements(_ s: Subject, from: Day) -> Bool {
        s.placementCount(from: from, to: s.snapshot) >= 3
    }

    /// Aged under 16 and looked after continuously for at least 2.5 years (former NI 63 cohort).
    static func longTermCohort(_ s: Subject) -> Bool {
        guard let age = s.age, age < 16 else { return false }
        return s.periodOfCare.span.start <= s.snapshot.adding(months: -30)
    }

    /// Same as `PeriodOfCare.placement(on:)`, reading the placements in place: calling a method on
    /// the period copied the whole period of care for every child every month.
    static func currentPlacement(_ s: Subject) -> PlacementSpan? { s.periodOfCare.placements.last { $0.span.contains(s.snapshot) } }

    static func isOwnOrConnectedFoster(_ s: Subject) -> Bool {
        guard let p = currentPlacement(s) else { return false }
        if p.type.isRelativeOrFriendFoster || p.provider?.rawValue == "PR1" { return true }
        guard let c = p.carer, let h = s.index.householdIndex[c] else { return false }
        let kind = s.index.county.fosteringHouseholds[Int(h)].kind
        return kind == .inHouse || kind == .connectedPerson
    }

    /// Miles from home to the current placement by the DfE formula, nil when either postcode is unknown.
    static func distanceFromHome(_ s: Subject) -> Double? {
        guard let j = s.periodOfCare.placements.lastIndex(where: { $0.span.contains(s.snapshot) }) else { return nil }
        return s.index.placementMiles[CountyIndex.placementKey(s.item.subject, Int(s.item.a), j)]
    }
}
