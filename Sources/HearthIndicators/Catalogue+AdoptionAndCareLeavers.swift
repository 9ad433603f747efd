import Hearth

extension IndicatorCatalogue {
    /// Ids 28–31: adoption.
    static let adoption: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "28", name: "% of cases adoption agreed as plan within 4 months, for those with an agency decision", section: .adoption,
            cohort: "Agency decisions (should be placed for adoption) made in the window while the child was looked after",
            numerator: "decision within 4 months of becoming looked after", denominator: "decisions",
            population: .adoptionDecisions, period: .rolling12Months, unit: .percent, polarity: .higher,
            dataNeeded: [.adoption, .periodsOfCare],
            choices: ["Start event chosen: becoming looked after (the period containing the decision), as the DfE adoption measures."],
            eligible: { s in s.child.periodOfCare(on: s.date) != nil },
            counts: { s in s.date <= s.child.periodOfCare(on: s.date)!.span.start.adding(months: 4) }),
        IndicatorDefinition(
            id: "29", name: "Average number of days between BLA and moving in with adoptive family (for children adopted)",
            section: .adoption, cohort: "Children adopted (care ended E11/E12) in the window with a known move-in date",
            numerator: "days from becoming looked after to moving in", denominator: "children adopted",
            population: .careEnded, period: .rolling12Months, unit: .days, polarity: .lower, dataNeeded: [.adoption, .placements],
            nationalCounterpart: "SCS29; DfE A1 over 12 months",
            choices: ["Moving in = first A3–A6 placement of the period, else the adoption journey's placed date."],
            eligible: { s in adopted(s) && movedIn(s) != nil },
            measure: { s in Double(s.periodOfCare.span.start.days(to: movedIn(s)!)) }, weight: nil),
        IndicatorDefinition(
            id: "30", name: "Average number of days between court authority to place a child and the decision on a match (for children adopted)",
            section: .adoption, cohort: "Children adopted in the window, placed before the order, with court authority and a match",
            numerator: "days from court authority to the match (0 if matched first)", denominator: "children adopted",
            population: .careEnded, period: .rolling12Months, unit: .days, polarity: .lower, dataNeeded: [.adoption, .legalStatuses],
            nationalCounterpart: "DfE A2 over 12 months",
            choices: ["Court authority = placement order date, else first E1/D1 legal status; A2 exclusions applied."],
            eligible: { s in adopted(s) && movedIn(s) != nil && courtAuthority(s) != nil && journey(s)?.matchedDate != nil },
            measure: { s in Double(max(0, courtAuthority(s)!.days(to: journey(s)!.matchedDate!))) }, weight: nil),
        IndicatorDefinition(
            id: "31", name: "% of Children leaving care who were adopted (exc UASC)", section: .adoption,
            cohort: "Children ceasing to be looked after in the window, excluding UASC", numerator: "ceased because adopted (E11/E12)",
            denominator: "children ceasing care", population: .careEnded, period: .rolling12Months, unit: .percent,
            polarity: .higher, exclusions: [.uasc], dataNeeded: [.periodsOfCare, .uascStatus],
            nationalCounterpart: "DfE A4", counts: { s in adopted(s) }),
    ]

    /// Ids 32–35: care leavers.
    static let careLeavers: [IndicatorDefinition] = [
        IndicatorDefinition(
            id: "32", name: "% of Care Leavers that Kent is in touch with", section: .careLeavers,
            cohort: "Relevant and former relevant care leavers whose 17th–21st birthday falls in the window",
            numerator: "in touch at the latest contact in the window 3 months before to 1 month after the birthday",
            denominator: "care leavers with a birthday in the window", population: .careLeaverBirthdays,
            period: .rolling12Months, unit: .percent, polarity: .higher, dataNeeded: [.careLeaverContacts, .periodsOfCare],
            choices: ["Birthday window chosen: 3 months before to 1 month after (DfE OC3 practice)."],
            counts: { s in birthdayContact(s)?.inTouch.isInTouch ?? false }),
        IndicatorDefinition(
            id: "33", name: "% of Care Leavers in Suitable Accommodation (of those we are in touch with)", section: .careLeavers,
            cohort: "Care leavers as id 32 who were in touch", numerator: "accommodation considered suitable",
            denominator: "care leavers in touch", population: .careLeaverBirthdays, period: .rolling12Months,
            unit: .percent, polarity: .higher, dataNeeded: [.careLeaverContacts],
            eligible: { s in birthdayContact(s)?.inTouch.isInTouch ?? false },
            counts: { s in birthdayContact(s)?.accommodation?.isSuitable ?? false }),
        IndicatorDefinition(
            id: "34", name: "% of Care Leavers in Education, Employment or Training (of those we are in touch with)",
            section: .careLeavers, cohort: "Care leavers as id 32 who were in touch", numerator: "in education, employment or training",
            denominator: "care leavers in touch", population: .careLeaverBirthdays, period: .rolling12Months,
            unit: .percent, polarity: .higher, dataNeeded: [.careLeaverContacts], nationalCounterpart: "SCS34",
            eligible: { s in birthdayContact(s)?.inTouch.isInTouch ?? false },
            counts: { s in birthdayContact(s)?.activity?.isEET ?? false }),
        IndicatorDefinition(
            id: "35", name: "% of Care Leavers with a Pathway Plan updated in the last 6 months", section: .careLeavers,
            cohort: "Care leavers aged 16–21 not looked after on the snapshot date",
            numerator: "a pathway plan review in the 6 months to the snapshot", denominator: "care leavers with a pathway-plan duty",
            population: .careLeaversWithDuty, period: .snapshot, unit: .percent, polarity: .higher,
            dataNeeded: [.pathwayPlans, .periodsOfCare],
            eligible: { s in !s.isLookedAfter(on: s.snapshot) },
            counts: { s in
                let from = s.snapshot.adding(months: -6)
                return s.child.careLeaver?.pathwayPlanReviews.contains { $0 > from && $0 <= s.snapshot } ?? false
            }),
    ]

    static func adopted(_ s: Subject) -> Bool { s.periodOfCare.reasonEnded?.isAdoption ?? false }

    /// The adoption journey for the period: the latest decision made on or before care ended.
    static func journey(_ s: Subject) -> AdoptionJourney? {
        let end = s.periodOfCare.span.end ?? s.date
        return s.child.adoptions.last { $0.decisionDate <= end }
    }

    /// The day the child moved in with the adoptive family.
    static func movedIn(_ s: Subject) -> Day? {
        s.periodOfCare.placements.first { $0.type.isPlacedForAdoption }?.span.start ?? journey(s)?.placedDate
    }

    static func courtAuthority(_ s: Subject) -> Day? {
        journey(s)?.placementOrderDate ?? s.periodOfCare.legalStatuses.first { $0.status.isCourtAuthorityToPlace }?.span.start
    }

    /// The latest care-leaver contact from 3 months before to 1 month after the birthday.
    static func birthdayContact(_ s: Subject) -> CareLeaverContact? {
        let from = s.date.adding(months: -3), to = s.date.adding(months: 1)
        return s.child.careLeaver?.contacts.last { $0.date >= from && $0.date <= to }
    }
}
