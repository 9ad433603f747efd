import Hearth
import Testing
@testable import HearthIndicators

@Suite struct ReferralAndChildInNeedTests {
    typealias F = HearthIndicatorsTests.F

    @Test func id1ReReferralsWithin12Months() {
        // Window 1 Feb 2016 – 31 Jan 2017. Items: c1 ×2, c2, c3, c4 (on the window's first day) = 5.
        // Re-referrals: c1's October referral (previous March) and c2's (previous December 2015) = 2.
        let county = F.county([
            F.child("c1", episodes: [F.episode("e1", referred: "2016-03-01", closed: "2016-04-01"),
                                     F.episode("e2", referred: "2016-10-01", closed: "2016-11-01")]),
            F.child("c2", episodes: [F.episode("e1", referred: "2015-12-01", closed: "2015-12-20"),
                                     F.episode("e2", referred: "2016-06-01", closed: "2016-07-01")]),
            F.child("c3", episodes: [F.episode("e1", referred: "2015-01-10", closed: "2015-02-01"),
                                     F.episode("e2", referred: "2016-05-01", closed: "2016-06-01")]),
            F.child("c4", episodes: [F.episode("e1", referred: "2016-02-01", closed: "2016-03-01")]),
            F.child("c5", episodes: [F.episode("e1", referred: "2017-02-01")]),
        ])
        // 2/5 = 40%: L, target 25, no floor → Amber.
        expectIndicator(county, "1", numerator: 2, denominator: 5, value: 40, rag: .amber)
    }

    /// Assessments for ids 2 and 4, spanning the Christmas 2016 bank holidays (26, 27 Dec, 2 Jan).
    static func assessmentCounty() -> County {
        let a = [
            // 45 working days from 22 Nov 2016 is 27 Jan 2017 (counting weekdays only it would be 24 Jan).
            Assessment(id: "a1", startDate: F.d("2016-11-22"), childSeenDate: F.d("2016-11-25"), authorisationDate: F.d("2017-01-27")),
            Assessment(id: "a2", startDate: F.d("2016-11-22"), childSeenDate: F.d("2016-11-25"), authorisationDate: F.d("2017-01-30")),
            Assessment(id: "a3", startDate: F.d("2016-06-01"), authorisationDate: F.d("2016-06-10")),
            Assessment(id: "a4", startDate: F.d("2016-01-04"), childSeenDate: F.d("2016-02-05"), authorisationDate: F.d("2016-02-01")),
            Assessment(id: "a5", startDate: F.d("2016-01-04"), childSeenDate: F.d("2016-01-05"), authorisationDate: F.d("2016-01-29")),
            Assessment(id: "a6", startDate: F.d("2017-01-05"), childSeenDate: F.d("2017-01-06"), authorisationDate: F.d("2017-01-31")),
            // Open on 31 Jan 2017: 22 Nov is over 45 working days before; 1 Dec is 40.
            Assessment(id: "o1", startDate: F.d("2016-11-22")),
            Assessment(id: "o2", startDate: F.d("2016-12-01")),
        ]
        var unborn = ChildRecord(id: "unborn", expectedDateOfBirth: F.d("2016-12-01"))
        unborn.childInNeedEpisodes = [F.episode("u1", referred: "2016-08-01", assessments: [
            Assessment(id: "u", startDate: F.d("2016-09-01"), authorisationDate: F.d("2016-09-20"))])]
        return F.county([F.child("c1", episodes: [F.episode("e1", referred: "2016-01-01", assessments: a)]), unborn])
    }

    @Test func id2AssessmentsWithin45WorkingDaysOverBankHolidays() {
        // Authorised in the window: a1, a2, a3, a4 (1 Feb 2016, the window edge), a6, unborn u = 6; a5 is before the window.
        // In time: a1 (exactly 45 WD), a3, a4, a6, u = 5; a2 is 46 working days.
        expectIndicator(Self.assessmentCounty(), "2", numerator: 5, denominator: 6, value: 500.0 / 6, rag: .red)
        // 83.3%: below the derived floor 89.85 → Red.
    }

    @Test func id3AssessmentsInProgressOutsideTimescale() {
        // Open on 31 Jan 2017: o1 (over 45 WD) and o2 (40 WD); count 1, L target 75 → Green.
        expectIndicator(Self.assessmentCounty(), "3", numerator: 1, denominator: nil, value: 1, rag: .green)
    }

    @Test func id4ChildrenSeenAtAssessment() {
        // Born children's assessments authorised in the window: a1, a2, a3, a4, a6 = 5 (the unborn child's is excluded).
        // Seen by authorisation: a1, a2, a6 = 3 (a4 seen after authorisation). 60%: below floor 97.35 → Red.
        expectIndicator(Self.assessmentCounty(), "4", numerator: 3, denominator: 5, value: 60, rag: .red)
    }

    static func childInNeedCounty() -> County {
        func cin(_ from: String, visits: [String] = []) -> ChildInNeedPlan {
            ChildInNeedPlan(span: DaySpan(start: F.d(from)), visits: visits.map(F.d))
        }
        return F.county([
            F.child("k1", episodes: [F.episode("e", referred: "2016-11-01", cinPlans: [cin("2016-12-01", visits: ["2017-01-10"])])]),
            F.child("k2", episodes: [F.episode("e", referred: "2017-01-02", cinPlans: [cin("2017-01-20")])]),
            F.child("k3", episodes: [F.episode("e", referred: "2016-12-01")]),
            F.child("k4", episodes: [F.episode("e", referred: "2016-10-01", cinPlans: [cin("2016-10-10")],
                                               plans: [F.plan("p", from: "2016-11-01")])]),
            F.child("k5", care: [F.care("p", from: "2016-12-01")],
                    episodes: [F.episode("e", referred: "2016-11-01", cinPlans: [cin("2016-11-10")])]),
            F.child("k6", episodes: [F.episode("e", referred: "2016-05-01", cinPlans: [cin("2016-06-01", visits: ["2016-12-20"])])]),
            F.child("k7", episodes: [F.episode("e", referred: "2016-05-01", closed: "2017-01-15", cinPlans: [cin("2016-06-01")])]),
            F.child("k8", episodes: [F.episode("e", referred: "2016-09-01", cinPlans: [cin("2016-10-01", visits: ["2017-01-04"])])]),
        ])
    }

    @Test func id5ChildInNeedWithPlan() {
        // Cohort: k1, k2, k3, k6, k8 (k4 on a CP plan, k5 looked after, k7 closed). With a plan: k1, k2, k6, k8.
        // 80%: below the derived floor 85.05 → Red.
        expectIndicator(Self.childInNeedCounty(), "5", numerator: 4, denominator: 5, value: 80, rag: .red)
    }

    @Test func id6ChildInNeedSeenIn28Days() {
        // Plans open 28+ days: k1, k6, k8. Seen after 3 Jan: k1 (10 Jan), k8 (4 Jan). 2/3: denominator under 5 → no RAG, caution.
        expectIndicator(Self.childInNeedCounty(), "6", numerator: 2, denominator: 3, value: 200.0 / 3, rag: nil)
        let r = ScorecardEngine(Self.childInNeedCounty()).result(IndicatorCatalogue.definition("6")!, month: F.jan2017)!
        #expect(r.caution)
    }

    @Test func id7UnallocatedCases() {
        let county = F.county([
            F.child("a", allocations: [CaseAllocation(team: "N-CSWT", worker: "W1", span: DaySpan(start: F.d("2016-01-01")))]),
            F.child("b", allocations: [CaseAllocation(team: "N-CSWT", worker: "W1", span: DaySpan(start: F.d("2016-01-01")))]),
            F.child("c", allocations: [CaseAllocation(team: "N-CSWT", worker: nil, span: DaySpan(start: F.d("2017-01-20")))]),
            F.child("d", allocations: [CaseAllocation(team: "N-CSWT", worker: nil,
                                                      span: DaySpan(start: F.d("2016-01-01"), end: F.d("2017-01-10")))]),
        ])
        // One open case without a worker: L, target 0, derived floor 2 → Amber (as published: 1 is Amber).
        expectIndicator(county, "7", numerator: 1, denominator: nil, value: 1, rag: .amber)
    }

    @Test func id8PrivateFosteringVisitsWithDenominatorFour() {
        var c = F.child("pf")
        c.privateFostering = [
            // Due 10 Oct (held 7 Oct), 18 Nov (held 15 Nov), 27 Dec (held late, 10 Jan); next due 21 Feb.
            PrivateFosteringArrangement(span: DaySpan(start: F.d("2016-10-03")),
                                        visits: ["2016-10-07", "2016-11-15", "2017-01-10"].map(F.d)),
            // Due 27 Jan, not held.
            PrivateFosteringArrangement(span: DaySpan(start: F.d("2017-01-20"))),
            // Ended before the snapshot.
            PrivateFosteringArrangement(span: DaySpan(start: F.d("2016-06-01"), end: F.d("2016-12-01")), visits: [F.d("2016-06-02")]),
        ]
        // 2 of 4 visits in time: denominator 4 → no RAG.
        expectIndicator(F.county([c]), "8", numerator: 2, denominator: 4, value: 50, rag: nil)
    }

    @Test func id9ReturnerInterviewsWithin3WorkingDays() {
        func m(_ from: String, _ to: String, _ done: String?) -> MissingEpisode {
            MissingEpisode(kind: "M", span: DaySpan(start: F.d(from), end: F.d(to)), returnInterviewCompleted: done.map(F.d))
        }
        var a = F.child("a", born: "2002-01-01")
        a.missingEpisodes = [
            m("2016-12-27", "2016-12-28", "2017-01-03"), // 3 WD after 28 Dec, skipping the 2 Jan bank holiday: in time
            m("2016-05-30", "2016-06-01", "2016-06-10"), // late
            m("2016-05-01", "2016-05-02", "2016-05-03"), // in time
            m("2016-08-30", "2016-09-01", "2016-09-01"), // same day
            m("2016-10-01", "2016-10-02", nil),          // no interview
            m("2017-01-30", "2017-02-02", "2017-02-03"), // returned after the window
        ]
        var adult = F.child("adult", born: "1998-06-01")
        adult.missingEpisodes = [m("2016-07-01", "2016-07-02", "2016-07-02")] // 18 when missing
        var unknown = F.child("unknown", born: "2003-01-01",
                              allocations: [CaseAllocation(team: "N-CSWT", worker: "W1",
                                                           span: DaySpan(start: F.d("2016-01-01"), end: F.d("2016-02-01")))])
        unknown.missingEpisodes = [m("2016-07-01", "2016-07-02", "2016-07-02")] // case closed when missing
        // 3 of 5 in time: below the explicit floor 80 → Red.
        expectIndicator(F.county([a, adult, unknown]), "9", numerator: 3, denominator: 5, value: 60, rag: .red)
    }
}
