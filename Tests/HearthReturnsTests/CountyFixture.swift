import Hearth

/// A small hand-built county whose children exercise every 903 table and every RNE: an adoption
/// by foster carers, a UASC young person, a care leaver whose care began before the first
/// return, short breaks, a sex recorded as unknown, a same-day double move and an open period.
enum CountyFixture {
    static func county() -> County {
        var children: [ChildRecord] = []

        // A: S → L → P → U (to A5 with the same carers, placement order) → adopted E11.
        var a = ChildRecord(id: "A1", sex: [SexRecord(.f)], dateOfBirth: Day(2019, 3, 2), ethnicity: .wbri,
                            upn: "A123456789012", homePostcode: "ME1 1AA")
        var pa = PeriodOfCare.begin(id: "A1-1", on: Day(2022, 5, 10), legalStatus: .c1,
                                    placement: PlacementSpan(span: DaySpan(start: Day(2022, 5, 10)), type: .u6, provider: .pr1,
                                                             carer: "H1", urn: "SC100", postcode: "ME2 2BB", homePostcode: "ME1 1AA"),
                                    categoryOfNeed: .n1)
        try! pa.changeLegalStatus(to: .c2, on: Day(2022, 9, 1))
        try! pa.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2023, 1, 15)), type: .u4, provider: .pr4, carer: "H2",
                                                  urn: "SC200", postcode: "ME3 3CC", homePostcode: "ME1 1AA"),
                                on: Day(2023, 1, 15), reason: .carpl)
        try! pa.changeLegalStatus(to: .e1, on: Day(2024, 2, 1))
        try! pa.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2024, 2, 1)), type: .a5, provider: .pr4, carer: "H2",
                                                  urn: "SC200", postcode: "ME3 3CC", homePostcode: "ME1 1AA"),
                                on: Day(2024, 2, 1), reason: .place)
        try! pa.end(on: Day(2024, 11, 20), reason: .e11)
        pa.reviews = [CarePlanReview(date: Day(2022, 6, 1), participation: .pn0), CarePlanReview(date: Day(2023, 6, 1), participation: .pn0),
                      CarePlanReview(date: Day(2024, 6, 1), participation: .pn0)]
        a.periodsOfCare = [pa]
        a.adoptions = [AdoptionJourney(decisionDate: Day(2023, 10, 1), matchedDate: Day(2024, 1, 10), byFosterCarer: true,
                                       numberOfAdopters: 2, adopterSex: .mf, adopterLegalStatus: .l11)]
        a.previousPermanence = PreviousPermanence(kind: .z1)
        a.allocations = [CaseAllocation(team: "T1", worker: "W1", span: DaySpan(start: Day(2022, 5, 10), end: Day(2023, 7, 1))),
                         CaseAllocation(team: "T1", worker: "W2", span: DaySpan(start: Day(2023, 7, 1), end: Day(2024, 11, 20)), reason: .leftrl)]
        a.annualOutcomes = [AnnualOutcome(year: CollectionYear(2023), healthCheck: true, immunisations: true, teethCheck: false,
                                          healthAssessment: true)]
        a.childInNeedEpisodes = [ChildInNeedEpisode(
            id: "A1-cin", referralDate: Day(2022, 2, 14), referralSource: .code3B, primaryNeed: .n1,
            closureDate: Day(2022, 5, 10), closureReason: .rc7,
            assessments: [Assessment(id: "a", startDate: Day(2022, 2, 15), authorisationDate: Day(2022, 3, 30), factors: [.code2B, .code3B])],
            section47Enquiries: [Section47Enquiry(id: "s", startDate: Day(2022, 3, 1), conferenceTargetDate: Day(2022, 3, 22),
                                                  conferenceDate: Day(2022, 3, 20))],
            protectionPlans: [ChildProtectionPlan(id: "p", span: DaySpan(start: Day(2022, 3, 20), end: Day(2022, 5, 10)),
                                                  initialCategory: .neg, numberOfPreviousPlans: 0, reviews: [Day(2022, 4, 20)])])]
        children.append(a)

        // B: UASC, children's home then semi-independent, still looked after.
        var b = ChildRecord(id: "B2", sex: [SexRecord(.m)], dateOfBirth: Day(2008, 6, 15), ethnicity: .aoth, upnUnknown: .un2,
                            uasc: [DaySpan(start: Day(2022, 8, 1), end: Day(2026, 6, 15))])
        var pb = PeriodOfCare.begin(id: "B2-1", on: Day(2022, 8, 1), legalStatus: .v2,
                                    placement: PlacementSpan(span: DaySpan(start: Day(2022, 8, 1)), type: .k2, provider: .pr4,
                                                             carer: "Home-7", urn: "SC777", postcode: "CT1 1AA"),
                                    categoryOfNeed: .n8)
        try! pb.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2024, 9, 9)), type: .k3, provider: .pr5, carer: "SA-1",
                                                  urn: "SC888", postcode: "CT2 2BB"),
                                on: Day(2024, 9, 9), reason: .carpl)
        pb.reviews = [CarePlanReview(date: Day(2022, 8, 20), participation: .pn1), CarePlanReview(date: Day(2025, 2, 3), participation: .pn2)]
        b.periodsOfCare = [pb]
        b.missingEpisodes = [MissingEpisode(kind: .m, span: DaySpan(start: Day(2023, 3, 30), end: Day(2023, 4, 2))),
                             MissingEpisode(kind: .a, span: DaySpan(start: Day(2025, 3, 29), end: Day(2025, 4, 3)))]
        b.annualOutcomes = [AnnualOutcome(year: CollectionYear(2024), sdqScore: 14, convicted: false, healthCheck: true,
                                          immunisations: true, teethCheck: true, healthAssessment: true, substanceMisuse: false,
                                          interventionReceived: false, interventionOffered: false)]
        b.allocations = [CaseAllocation(team: "T2", worker: "W3", span: DaySpan(start: Day(2022, 8, 1)), reason: .fconta)]
        children.append(b)

        // C: care began in 2019 (before the first return), left at 18 in May 2023; care leaver since.
        var c = ChildRecord(id: "C3", sex: [SexRecord(.m)], dateOfBirth: Day(2005, 5, 1), ethnicity: .bafr, upn: "C123456789012")
        var pc = PeriodOfCare.begin(id: "C3-1", on: Day(2019, 2, 1), legalStatus: .c2,
                                    placement: PlacementSpan(span: DaySpan(start: Day(2019, 2, 1)), type: .u4, provider: .pr1,
                                                             carer: "H9", urn: "SC100", postcode: "TN1 1AA", homePostcode: "TN9 9ZZ"),
                                    categoryOfNeed: .n4)
        try! pc.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2021, 7, 1)), type: .t2, provider: nil, carer: "H9",
                                                  postcode: "TN1 1AA", homePostcode: "TN9 9ZZ"),
                                on: Day(2021, 7, 1), reason: nil)
        try! pc.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2021, 7, 15)), type: .u4, provider: .pr1, carer: "H9",
                                                  urn: "SC100", postcode: "TN1 1AA", homePostcode: "TN9 9ZZ"),
                                on: Day(2021, 7, 15), reason: nil)
        try! pc.end(on: Day(2023, 5, 1), reason: .e17)
        c.periodsOfCare = [pc]
        c.careLeaver = CareLeaverRecord(contacts: [
            CareLeaverContact(date: Day(2023, 5, 3), inTouch: .yes, activity: .f2, accommodation: .z1),
            CareLeaverContact(date: Day(2024, 4, 20), inTouch: .yes, activity: .g5, accommodation: .u1),
            CareLeaverContact(date: Day(2025, 1, 10), inTouch: .no),
        ])
        children.append(c)

        // D: short breaks (V3), two periods, sex unknown.
        var d = ChildRecord(id: "D4", sex: [SexRecord(.u)], dateOfBirth: Day(2014, 1, 20), ethnicity: .mwbc,
                            disabilities: [.aut])
        for (i, (s, e)) in [(Day(2023, 6, 2), Day(2023, 6, 5)), (Day(2024, 10, 1), Day(2024, 10, 4))].enumerated() {
            var p = PeriodOfCare.begin(id: "D4-\(i)", on: s, legalStatus: .v3,
                                       placement: PlacementSpan(span: DaySpan(start: s), type: .k2, provider: .pr1, carer: "Respite",
                                                                urn: "SC300", postcode: "ME5 5EE"),
                                       categoryOfNeed: .n2)
            try! p.end(on: e, reason: .e4a)
            d.periodsOfCare.append(p)
        }
        children.append(d)

        // E: open period with a same-day double move and zero-length placement, previous SGO.
        var e = ChildRecord(id: "E5", sex: [SexRecord(.code2)], dateOfBirth: Day(2011, 9, 9), ethnicity: .wbri,
                            upn: "E123456789012", isMother: false)
        var pe = PeriodOfCare.begin(id: "E5-1", on: Day(2023, 2, 14), legalStatus: .l2,
                                    placement: PlacementSpan(span: DaySpan(start: Day(2023, 2, 14)), type: .u6, provider: .pr1,
                                                             carer: "H4", urn: "SC100", postcode: "DA1 1AA"),
                                    categoryOfNeed: .n1)
        try! pe.changeLegalStatus(to: .c1, on: Day(2023, 2, 20))
        try! pe.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2023, 8, 1)), type: .r2, provider: .pr3, carer: "Hosp"),
                                on: Day(2023, 8, 1), reason: .other)
        try! pe.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2023, 8, 1)), type: .u4, provider: .pr4, carer: "H5",
                                                  urn: "SC400", postcode: "DA2 2BB"),
                                on: Day(2023, 8, 1), reason: .carpl)
        try! pe.changeLegalStatus(to: .c2, on: Day(2023, 11, 30))
        try! pe.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2023, 11, 30)), type: .u4, provider: .pr4, carer: "H6",
                                                  urn: "SC400", postcode: "DA3 3CC"),
                                on: Day(2023, 11, 30), reason: .creqb)
        pe.reviews = [CarePlanReview(date: Day(2023, 3, 10), participation: .pn1), CarePlanReview(date: Day(2024, 3, 10), participation: .pn7)]
        e.periodsOfCare = [pe]
        e.previousPermanence = PreviousPermanence(kind: .p2, localAuthority: "886", date: "zz/zz/2016")
        e.missingEpisodes = [MissingEpisode(kind: .m, span: DaySpan(start: Day(2024, 12, 1)))]
        e.annualOutcomes = [AnnualOutcome(year: CollectionYear(2024), sdqScore: 22, convicted: true)]
        e.childInNeedEpisodes = [ChildInNeedEpisode(
            id: "E5-cin", referralDate: Day(2022, 9, 1), referralSource: .code2A, primaryNeed: .n5,
            assessments: [Assessment(id: "a", startDate: Day(2022, 9, 2), authorisationDate: Day(2022, 10, 20),
                                     factors: [.code21]),
                          Assessment(id: "b", startDate: Day(2025, 2, 20))],
            section47Enquiries: [Section47Enquiry(id: "s", startDate: Day(2023, 1, 10), conferenceNotRequired: true)],
            childInNeedPlans: [ChildInNeedPlan(span: DaySpan(start: Day(2022, 10, 25), end: Day(2023, 2, 14)))])]
        children.append(e)

        // F: unborn at referral, then a child protection plan that runs across census years.
        var f = ChildRecord(id: "F6", sex: [SexRecord(.f)], dateOfBirth: Day(2023, 7, 1), expectedDateOfBirth: Day(2023, 7, 4),
                            ethnicity: .wiri, upnUnknown: .un1, disabilities: [.hear, .vis])
        f.childInNeedEpisodes = [ChildInNeedEpisode(
            id: "F6-cin", referralDate: Day(2023, 3, 20), referralSource: .code3B, primaryNeed: .n1,
            section47Enquiries: [Section47Enquiry(id: "s", startDate: Day(2023, 5, 1), conferenceTargetDate: Day(2023, 5, 22),
                                                  conferenceDate: Day(2023, 5, 19))],
            protectionPlans: [ChildProtectionPlan(id: "p", span: DaySpan(start: Day(2023, 5, 19), end: Day(2025, 1, 9)),
                                                  initialCategory: .emo, latestCategory: .neg, numberOfPreviousPlans: 1,
                                                  reviews: [Day(2023, 8, 10), Day(2024, 2, 1), Day(2024, 8, 1)])])]
        children.append(f)

        return County(councilCode: "886", name: "Fixture", extractDate: Day(2025, 3, 31),
                      teams: [Team(id: "T1", name: "CiC 1", kind: .childrenInCare, area: nil),
                              Team(id: "T2", name: "UASC", kind: .uascService, area: nil)],
                      workers: [Worker(id: "W1", name: "One", team: "T1", role: .socialWorker, qualified: true, employment: .permanent,
                                       fte: 1, employed: DaySpan(start: Day(2015, 1, 1))),
                                Worker(id: "W2", name: "Two", team: "T1", role: .socialWorker, qualified: true, employment: .agency,
                                       fte: 1, employed: DaySpan(start: Day(2020, 1, 1))),
                                Worker(id: "W3", name: "Three", team: "T2", role: .socialWorker, qualified: true, employment: .permanent,
                                       fte: 1, employed: DaySpan(start: Day(2020, 1, 1)))],
                      children: children)
    }

    static let years = [CollectionYear(2022), CollectionYear(2023), CollectionYear(2024)]
}
