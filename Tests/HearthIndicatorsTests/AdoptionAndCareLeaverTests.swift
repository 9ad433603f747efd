import Hearth
import Testing
@testable import HearthIndicators

@Suite struct AdoptionAndCareLeaverTests {
    static func adopted(_ id: String, bla: String, placed: String, type: String = "A6", ended: String, reason: String = "E11",
                        order: String?, matched: String, byFosterCarer: Bool? = nil, legal: [(String, String)] = [],
                        carer: String? = nil) -> ChildRecord {
        var p = F.care("p", from: bla, to: ended, reason: reason, placements: [(bla, "U4", carer), (placed, type, carer)])
        if !legal.isEmpty {
            p.legalStatuses = legal.enumerated().map { i, l in
                LegalStatusSpan(span: DaySpan(start: F.d(l.0), end: i + 1 < legal.count ? F.d(legal[i + 1].0) : F.d(ended)),
                                status: LegalStatus(rawValue: l.1))
            }
        }
        var c = F.child(id, born: "2013-01-01", care: [p])
        c.adoptions = [AdoptionJourney(decisionDate: F.d(bla).adding(days: 90), placementOrderDate: order.map(F.d),
                                       matchedDate: F.d(matched), placedDate: F.d(placed), adoptionOrderDate: F.d(ended),
                                       byFosterCarer: byFosterCarer)]
        return c
    }

    static func adoptionCounty() -> County {
        F.county([
            adopted("m1", bla: "2014-01-01", placed: "2015-06-01", ended: "2016-06-01", order: "2014-12-01", matched: "2015-05-01"),
            // Matched before the placement order: A2 counts 0. Adopted by the foster carer (A5, same carer FC9).
            adopted("m2", bla: "2015-01-01", placed: "2015-09-01", type: "A5", ended: "2016-10-01", reason: "E12",
                    order: "2015-06-01", matched: "2015-05-15", byFosterCarer: true, carer: "FC9"),
            // No placement order date: court authority is the E1 legal status from 1 Oct 2015.
            adopted("m3", bla: "2015-05-01", placed: "2016-01-10", type: "A4", ended: "2016-12-20", order: nil, matched: "2015-12-01",
                    legal: [("2015-05-01", "C2"), ("2015-10-01", "E1")]),
            adopted("m6", bla: "2015-02-01", placed: "2015-12-01", ended: "2016-08-01", order: "2015-08-01", matched: "2015-11-01"),
            adopted("m7", bla: "2014-06-01", placed: "2016-01-01", type: "A4", ended: "2016-11-01", order: "2015-03-01", matched: "2015-12-01"),
            F.child("m4", care: [F.care("p", from: "2015-01-01", to: "2016-05-01", reason: "E4A")]),
            adopted("m5", bla: "2015-01-01", placed: "2016-01-01", ended: "2017-02-01", order: "2015-06-01", matched: "2015-11-01"),
            F.child("uasc", born: "2000-01-01", uasc: [DaySpan(start: F.d("2015-09-01"))],
                    care: [F.care("p", from: "2015-09-01", to: "2016-09-01", reason: "E8")]),
        ])
    }

    @Test func id28AdoptionDecisionWithin4Months() {
        func kid(_ id: String, bla: String, decision: String) -> ChildRecord {
            var c = F.child(id, care: [F.care("p", from: bla)])
            c.adoptions = [AdoptionJourney(decisionDate: F.d(decision))]
            return c
        }
        var notLookedAfter = F.child("l6")
        notLookedAfter.adoptions = [AdoptionJourney(decisionDate: F.d("2016-06-01"))]
        let c = F.county([kid("l1", bla: "2016-03-01", decision: "2016-07-01"), kid("l2", bla: "2016-03-01", decision: "2016-07-02"),
                          kid("l3", bla: "2015-06-01", decision: "2016-02-10"), kid("l4", bla: "2016-09-01", decision: "2016-10-01"),
                          kid("l5", bla: "2016-01-01", decision: "2016-04-30"), notLookedAfter])
        // Within 4 months (1 Jul exactly counts): l1, l4, l5. 60%: below derived floor 66.65 → Red.
        expectIndicator(c, "28", numerator: 3, denominator: 5, value: 60, rag: .red)
    }

    @Test func id29DaysFromCareToAdoptiveFamily() {
        // 516 + 243 + 254 + 303 + 579 = 1895 days over 5 children = 379.0: L, target 426 → Green.
        expectIndicator(Self.adoptionCounty(), "29", numerator: 1895, denominator: 5, value: 379, rag: .green)
    }

    @Test func id30DaysFromCourtAuthorityToMatch() {
        // 151 + 0 + 61 + 92 + 275 = 579 over 5 = 115.8: L, target 121 → Green.
        expectIndicator(Self.adoptionCounty(), "30", numerator: 579, denominator: 5, value: 115.8, rag: .green)
    }

    @Test func id31LeavingCareAdoptedExcludingUASC() {
        // Ceased in the window exc UASC: m1, m2, m3, m6, m7, m4; adopted 5. 83.3% → Green.
        expectIndicator(Self.adoptionCounty(), "31", numerator: 5, denominator: 6, value: 500.0 / 6, rag: .green)
    }

    @Test func adoptionScorecardA1A2A10() {
        let c = Self.adoptionCounty()
        // Three years to January 2017 (Feb 2014 – Jan 2017): the same five adoptions.
        expectIndicator(c, "A1", numerator: 1895, denominator: 5, value: 379, rag: nil)
        expectIndicator(c, "A2", numerator: 579, denominator: 5, value: 115.8, rag: nil)
        // A10: m2 was adopted by its foster carer, so counts to the start of that placement (0 days).
        expectIndicator(c, "A10", numerator: 1652, denominator: 5, value: 330.4, rag: nil)
    }

    static func careLeaverCounty() -> County {
        func leaver(_ id: String, born: String, from: String, left: String, reason: String = "E4A",
                    contact: (String, String, String?, String?)? = nil, reviews: [String] = []) -> ChildRecord {
            var c = F.child(id, born: born, care: [F.care("p", from: from, to: left, reason: reason)])
            c.careLeaver = CareLeaverRecord(
                contacts: contact.map { [CareLeaverContact(date: F.d($0.0), inTouch: InTouch(rawValue: $0.1),
                                                           activity: $0.2.map { CareLeaverActivity(rawValue: $0) },
                                                           accommodation: $0.3.map { CareLeaverAccommodation(rawValue: $0) })] } ?? [],
                pathwayPlanReviews: reviews.map(F.d))
            return c
        }
        return F.county([
            leaver("n1", born: "1998-06-15", from: "2012-01-01", left: "2016-06-15", contact: ("2016-05-01", "YES", "F1", "B1"),
                   reviews: ["2016-09-01"]),
            leaver("n2", born: "1996-03-10", from: "2010-01-01", left: "2014-03-10", contact: ("2016-03-20", "YES", "G4", "B2"),
                   reviews: ["2016-07-31"]),
            leaver("n3", born: "1995-09-01", from: "2009-01-01", left: "2013-09-01", contact: ("2016-08-01", "NO", nil, nil),
                   reviews: ["2017-01-31"]),
            leaver("n4", born: "1998-12-01", from: "2014-01-01", left: "2015-06-01", contact: ("2016-12-20", "YES", "P1", "B1")),
            leaver("n5", born: "1997-01-15", from: "2011-01-01", left: "2015-01-15", reviews: ["2016-12-01"]),
            leaver("n7", born: "2000-01-01", from: "2013-01-01", left: "2015-06-01"),               // left care at 15
            leaver("n8", born: "1998-08-01", from: "2012-01-01", left: "2015-01-01", reason: "E11"), // adopted
        ])
    }

    @Test func id32CareLeaversInTouch() {
        // Birthdays in the window: n1 (18), n2 (20), n3 (21), n4 (18), n5 (20). In touch: n1, n2, n4. 60% → Red (floor 65.25).
        expectIndicator(Self.careLeaverCounty(), "32", numerator: 3, denominator: 5, value: 60, rag: .red)
    }

    @Test func id33SuitableAccommodationOfThoseInTouch() {
        expectIndicator(Self.careLeaverCounty(), "33", numerator: 2, denominator: 3, value: 200.0 / 3, rag: nil)
        expectIndicator(Self.careLeaverCounty(), "SUF2", numerator: 2, denominator: 3, value: 200.0 / 3, rag: nil)
    }

    @Test func id34EducationEmploymentTrainingOfThoseInTouch() {
        expectIndicator(Self.careLeaverCounty(), "34", numerator: 2, denominator: 3, value: 200.0 / 3, rag: nil)
    }

    @Test func id35PathwayPlansUpdated() {
        // Care leavers 16–21 on 31 Jan 2017: n1–n5; reviewed after 31 Jul 2016: n1, n3, n5. 60% → Amber (no floor).
        expectIndicator(Self.careLeaverCounty(), "35", numerator: 3, denominator: 5, value: 60, rag: .amber)
    }

    @Test func nationalCareLeaverMeasuresUseWholeCohort() {
        let c = Self.careLeaverCounty()
        expectIndicator(c, "NAT-CL-EET-17-18", numerator: 2, denominator: 2, value: 100, rag: nil)
        expectIndicator(c, "NAT-CL-EET-19-21", numerator: 0, denominator: 3, value: 0, rag: nil)
        expectIndicator(c, "NAT-CL-ACC-17-18", numerator: 2, denominator: 2, value: 100, rag: nil)
        expectIndicator(c, "NAT-CL-ACC-19-21", numerator: 0, denominator: 3, value: 0, rag: nil)
    }

    @Test func uascCareLeaverTurning18StaysExcluded() {
        // A UASC child who turns 18 and leaves care is still excluded from "without UASC" care-leaver results.
        var c = F.child("u", born: "1998-06-01", uasc: [DaySpan(start: F.d("2015-01-01"), end: F.d("2016-06-01"))],
                        care: [F.care("p", from: "2015-01-01", to: "2016-06-01", reason: "E4A")])
        c.careLeaver = CareLeaverRecord(contacts: [CareLeaverContact(date: F.d("2016-05-20"), inTouch: "YES", activity: "F1", accommodation: "B1")])
        var children = Self.careLeaverCounty().children
        children.append(c)
        let county = F.county(children)
        expectIndicator(county, "32", numerator: 4, denominator: 6, value: 400.0 / 6, rag: .amber)
        expectIndicator(county, "32", excludingUASC: true, numerator: 3, denominator: 5, value: 60, rag: .red)
    }
}
