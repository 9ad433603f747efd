import Hearth

extension IndicatorCatalogue {
    /// The eight Sufficiency, Placements and Commissioning Strategy measures (scorecard §9).
    static let sufficiency: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "SUF1", name: "Number of children and young people in care", section: .sufficiency,
            cohort: "Children looked after on the snapshot date", numerator: "children looked after",
            population: .lookedAfter, period: .snapshot, unit: .count, polarity: .lower, dataNeeded: [.periodsOfCare],
            counts: { _ in true }),
        IndicatorDefinition(
            id: "SUF2", name: "% of care leavers living in suitable accommodation", section: .sufficiency,
            cohort: "Care leavers as id 32 who were in touch", numerator: "accommodation considered suitable",
            denominator: "care leavers in touch", population: .careLeaverBirthdays, period: .rolling12Months,
            unit: .percent, polarity: .higher, dataNeeded: [.careLeaverContacts],
            choices: ["Same definition as id 33 (the strategy quotes a share of those contacted)."],
            eligible: { s in birthdayContact(s)?.inTouch.isInTouch ?? false },
            counts: { s in birthdayContact(s)?.accommodation?.isSuitable ?? false }),
        IndicatorDefinition(
            id: "SUF3", name: "Number of children in care placed within 20 miles of home", section: .sufficiency,
            cohort: "Children looked after on the snapshot date, excluding UASC, with a known distance",
            numerator: "placed 20.0 miles or less from home", population: .lookedAfter, period: .snapshot, unit: .count,
            polarity: .higher, exclusions: [.uasc], dataNeeded: [.placements, .postcodes],
            choices: ["The strategy's focus groups (disabled children, West Kent) are the Disability Service and West area units of this count."],
            counts: { s in (distanceFromHome(s) ?? .infinity) <= 20.0 }),
        IndicatorDefinition(
            id: "SUF4", name: "% of children looked after 2.5 years in the same placement for 2 years", section: .sufficiency,
            cohort: "As id 18", numerator: "as id 18", denominator: "as id 18", population: .lookedAfter,
            period: .snapshot, unit: .percent, polarity: .higher, dataNeeded: [.placements],
            eligible: { s in longTermCohort(s) }, counts: { s in s.inSamePlacementTwoYears(on: s.snapshot) }),
        IndicatorDefinition(
            id: "SUF5", name: "% of children in foster care in KCC (in-house) foster care (exc UASC)", section: .sufficiency,
            cohort: "Children looked after in foster care on the snapshot date, excluding UASC",
            numerator: "placed with the council's own (in-house) foster carers", denominator: "children in foster care exc UASC",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .higher, exclusions: [.uasc],
            dataNeeded: [.placements, .fosteringHouseholds],
            choices: ["Of children in foster care (as the strategy's 'in-house placement rate'); in-house = provider PR1 or an in-house household, not relatives or friends."],
            eligible: { s in currentPlacement(s)?.type.isFoster ?? false },
            counts: { s in
                guard let p = currentPlacement(s), !p.type.isRelativeOrFriendFoster else { return false }
                if p.provider?.rawValue == "PR1" { return true }
                guard let c = p.carer, let h = s.index.householdIndex[c] else { return false }
                return s.index.county.fosteringHouseholds[Int(h)].kind == .inHouse
            }),
        IndicatorDefinition(
            id: "SUF6", name: "% of children in care with 3 or more placements in the last 12 months", section: .sufficiency,
            cohort: "As id 17", numerator: "as id 17", denominator: "as id 17", population: .lookedAfter, period: .snapshot,
            unit: .percent, polarity: .lower, dataNeeded: [.placements],
            counts: { s in threeOrMorePlacements(s, from: s.snapshot.adding(months: -12).adding(days: 1)) }),
        IndicatorDefinition(
            id: "SUF7", name: "Average days between becoming looked after and being placed for adoption", section: .sufficiency,
            cohort: "Children moving into an adoptive placement in the window", numerator: "days from becoming looked after",
            denominator: "children placed for adoption", population: .placedForAdoption, period: .rolling12Months,
            unit: .days, polarity: .lower, dataNeeded: [.placements],
            measure: { s in Double(s.periodOfCare.span.start.days(to: s.date)) }, weight: nil),
        IndicatorDefinition(
            id: "SUF8", name: "Number of children in permanent long-term fostering placements", section: .sufficiency,
            cohort: "Children looked after on the snapshot date", numerator: "in a long-term foster placement (U1 or U4)",
            population: .lookedAfter, period: .snapshot, unit: .count, polarity: .higher, dataNeeded: [.placements],
            choices: ["Long-term fostering = DfE placement types U1 and U4 (derived mapping)."],
            counts: { s in
                guard let t = currentPlacement(s)?.type.rawValue else { return false }
                return t == "U1" || t == "U4"
            }),
    ]

    /// DfE national framework measures (returns.md §5).
    static let national: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "NAT-3PL", name: "% of children looked after with 3 or more placements during the year", section: .national,
            cohort: "Children looked after on the snapshot date", numerator: "3 or more placements since 1 April",
            denominator: "children looked after", population: .lookedAfter, period: .yearToDate, unit: .percent,
            polarity: .lower, dataNeeded: [.placements],
            choices: ["Year to date: at a March reference date this is the DfE 31 March measure."],
            counts: { s in threeOrMorePlacements(s, from: s.window.start) }),
        IndicatorDefinition(
            id: "NAT-3PL2Y", name: "% of children looked after for 2 years with 3 or more placements in 2 years", section: .national,
            cohort: "Children looked after on the snapshot date, continuously for 2 years or more",
            numerator: "3 or more placements in the 2 years to the snapshot", denominator: "children looked after 2 years",
            population: .lookedAfter, period: .snapshot, unit: .percent, polarity: .lower, dataNeeded: [.placements],
            eligible: { s in s.periodOfCare.span.start <= s.snapshot.adding(years: -2) },
            counts: { s in threeOrMorePlacements(s, from: s.snapshot.adding(years: -2).adding(days: 1)) }),
        IndicatorDefinition(
            id: "NAT-LTS", name: "% of long-term looked after children in the same placement for 2 years", section: .national,
            cohort: "Under 16, looked after continuously 2.5 years", numerator: "same carer for 2 years",
            denominator: "long-term looked-after children", population: .lookedAfter, period: .snapshot, unit: .percent,
            polarity: .higher, dataNeeded: [.placements], nationalCounterpart: "former NI 63",
            eligible: { s in longTermCohort(s) }, counts: { s in s.inSamePlacementTwoYears(on: s.snapshot) }),
        IndicatorDefinition(
            id: "A1", name: "Average days between entering care and moving in with the adoptive family", section: .national,
            cohort: "Children adopted in the 3 years to the reporting month", numerator: "days from entering care to moving in",
            denominator: "children adopted", population: .careEnded, period: .rolling36Months, unit: .days,
            polarity: .lower, dataNeeded: [.adoption, .placements],
            eligible: { s in adopted(s) && movedIn(s) != nil },
            measure: { s in Double(s.periodOfCare.span.start.days(to: movedIn(s)!)) }, weight: nil),
        IndicatorDefinition(
            id: "A2", name: "Average days between court authority to place and the match", section: .national,
            cohort: "Children adopted in 3 years, placed before the order, with a placement order and a match",
            numerator: "days from court authority to the match (0 if matched first)", denominator: "children adopted",
            population: .careEnded, period: .rolling36Months, unit: .days, polarity: .lower, dataNeeded: [.adoption],
            eligible: { s in adopted(s) && movedIn(s) != nil && courtAuthority(s) != nil && journey(s)?.matchedDate != nil },
            measure: { s in Double(max(0, courtAuthority(s)!.days(to: journey(s)!.matchedDate!))) }, weight: nil),
        IndicatorDefinition(
            id: "A10", name: "Average days between entering care and moving in (foster-carer adoptions from the fostering placement)",
            section: .national, cohort: "Children adopted in 3 years", numerator: "days from entering care to moving in, A10 adjusted",
            denominator: "children adopted", population: .careEnded, period: .rolling36Months, unit: .days,
            polarity: .lower, dataNeeded: [.adoption, .placements],
            choices: ["Foster-carer adoption = FOSTER_CARE recorded or placement A3/A5; counted to the start of the placement with those carers."],
            eligible: { s in adopted(s) && movedIn(s) != nil },
            measure: { s in Double(s.periodOfCare.span.start.days(to: a10MovedIn(s))) }, weight: nil),
        careLeaverMeasure(id: "NAT-CL-EET-17-18", ages: 17...18, eet: true),
        careLeaverMeasure(id: "NAT-CL-EET-19-21", ages: 19...21, eet: true),
        careLeaverMeasure(id: "NAT-CL-ACC-17-18", ages: 17...18, eet: false),
        careLeaverMeasure(id: "NAT-CL-ACC-19-21", ages: 19...21, eet: false),
        IndicatorDefinition(
            id: "NAT-CP2", name: "% of child protection plans starting that were second or subsequent", section: .national,
            cohort: "Child protection plans starting in the window", numerator: "the child had a previous plan, ever",
            denominator: "plans started", population: .protectionPlansStarted, period: .rolling12Months, unit: .percent,
            polarity: .lower, dataNeeded: [.protectionPlans], choices: ["Any previous plan counts (no look-back limit)."],
            counts: { s in hadPreviousPlan(s) }),
    ]

    /// DfE care-leaver activity or accommodation for an age band: all care leavers with a birthday in
    /// the window are the denominator (not only those in touch, unlike Kent's ids 33 and 34).
    static func careLeaverMeasure(id: String, ages: ClosedRange<Int>, eet: Bool) -> IndicatorDefinition {
        IndicatorDefinition(
            id: id, name: "% of care leavers aged \(ages.lowerBound)-\(ages.upperBound) " +
                (eet ? "in education, employment or training" : "in suitable accommodation"),
            section: .national, cohort: "Care leavers whose \(ages.lowerBound)th–\(ages.upperBound)st birthday falls in the window",
            numerator: eet ? "in EET at the birthday contact" : "in accommodation considered suitable",
            denominator: "all care leavers in the cohort", population: .careLeaverBirthdays, period: .rolling12Months,
            unit: .percent, polarity: .higher, dataNeeded: [.careLeaverContacts],
            choices: ["Rolling 12 months of birthdays; at a March reference date this is the DfE collection year."],
            eligible: { s in ages.contains(s.birthdayAge) },
            counts: { s in
                guard let c = birthdayContact(s) else { return false }
                return eet ? c.activity?.isEET ?? false : c.accommodation?.isSuitable ?? false
            })
    }

    /// A10: for a foster-carer adoption, the start of the placement with those carers.
    static func a10MovedIn(_ s: Subject) -> Day {
        let moved = movedIn(s)!
        let placements = s.periodOfCare.placements
        guard let i = placements.firstIndex(where: { $0.type.isPlacedForAdoption }) else { return moved }
        let byFosterCarer = journey(s)?.byFosterCarer ?? placements[i].type.isAdoptionWithCurrentFosterCarer
        guard byFosterCarer, i > 0 else { return moved }
        var j = i - 1
        if let carer = placements[i].carer {
            while j > 0, placements[j - 1].carer == carer { j -= 1 }
        }
        return placements[j].span.start
    }
}
