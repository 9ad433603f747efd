import Hearth
import Testing
@testable import HearthIndicators

@Suite struct ProtectionTests {
    static func county(_ plans: [ChildProtectionPlan], enquiries: [Section47Enquiry] = []) -> County {
        F.county(plans.enumerated().map { i, p in
            F.child("c\(i)", episodes: [F.episode("e", referred: "2013-01-01", plans: [p])])
        } + [F.child("s47", episodes: [F.episode("e", referred: "2016-01-01", enquiries: enquiries)])])
    }

    @Test func id10CurrentPlansLasting18Months() {
        // Open on 31 Jan 2017; 18 months before is 31 Jul 2015 (p1 exactly, counted) and p5.
        let c = Self.county([F.plan("p1", from: "2015-07-31"), F.plan("p2", from: "2015-08-01"), F.plan("p3", from: "2016-06-01"),
                             F.plan("p4", from: "2016-12-01"), F.plan("p5", from: "2014-01-01"),
                             F.plan("ended", from: "2014-01-01", to: "2017-01-10")])
        // 2/5 = 40%: L, target 10, no floor → Amber.
        expectIndicator(c, "10", numerator: 2, denominator: 5, value: 40, rag: .amber)
    }

    @Test func id11VisitsInTimescaleOverBankHolidays() {
        // q1: due 17 Jan (held), then 31 Jan (held): 2/2.
        // q2: due 15 Dec (held 14 Dec); next due 10 WD after 14 Dec skipping 26–27 Dec = 30 Dec; held late 6 Jan;
        //     next due 20 Jan, not held: 1/3.
        let c = Self.county([F.plan("q1", from: "2017-01-03", visits: ["2017-01-17", "2017-01-31"]),
                             F.plan("q2", from: "2016-12-01", visits: ["2016-12-14", "2017-01-06"])])
        // 3/5 = 60%: H, target 90, no floor → Amber.
        expectIndicator(c, "11", numerator: 3, denominator: 5, value: 60, rag: .amber)
    }

    @Test func id12ReviewsInTimescale() {
        // r1: first review due 1 Sep 2016, held 25 Aug; next due Feb 2017. r2: due 1 Dec, held 5 Dec (late).
        // r3: first due 1 Mar 2017, not yet due → not in the cohort.
        let c = Self.county([F.plan("r1", from: "2016-06-01", reviews: ["2016-08-25"]),
                             F.plan("r2", from: "2016-09-01", reviews: ["2016-12-05"]),
                             F.plan("r3", from: "2016-12-01")])
        // 1/2: denominator under 5 → no RAG.
        expectIndicator(c, "12", numerator: 1, denominator: 2, value: 50, rag: nil)
    }

    @Test func id13SecondOrSubsequentPlanOutsideTolerance() {
        // Started in the window: x1 (earlier plan in 2014), x2 (census count 1), x3, x4, x5.
        var x1 = F.child("x1", episodes: [F.episode("old", referred: "2014-01-01", closed: "2014-12-01",
                                                    plans: [F.plan("old", from: "2014-02-01", to: "2014-11-01")]),
                                          F.episode("new", referred: "2016-05-01", plans: [F.plan("x1", from: "2016-06-01")])])
        x1.id = "x1"
        let others = [F.plan("x2", from: "2016-07-01", previous: 1), F.plan("x3", from: "2016-08-01"),
                      F.plan("x4", from: "2016-09-01"), F.plan("x5", from: "2017-01-31")]
        var children = Self.county(others).children
        children.append(x1)
        let c = F.county(children)
        // 2/5 = 40%: T, 22.5 points from 17.5, beyond the 7.5 floor tolerance → Red.
        expectIndicator(c, "13", numerator: 2, denominator: 5, value: 40, rag: .red)
    }

    @Test func id13InsideTolerance() {
        // 1 of 5 = 20%: 2.5 points from 17.5, on the edge of the green tolerance → Green.
        let c = Self.county([F.plan("a", from: "2016-07-01", previous: 2), F.plan("b", from: "2016-08-01"),
                             F.plan("c", from: "2016-09-01"), F.plan("d", from: "2016-10-01"), F.plan("e", from: "2016-11-01")])
        expectIndicator(c, "13", numerator: 1, denominator: 5, value: 20, rag: .green)
    }

    @Test func id14PlansLastingTwoYearsAtEnd() {
        let c = Self.county([F.plan("e1", from: "2014-06-01", to: "2016-06-01"), F.plan("e2", from: "2014-06-02", to: "2016-06-01"),
                             F.plan("e3", from: "2016-01-01", to: "2016-08-01"), F.plan("e4", from: "2015-05-01", to: "2016-03-01"),
                             F.plan("e5", from: "2016-10-01", to: "2017-01-31"), F.plan("late", from: "2014-01-01", to: "2017-02-01")])
        // e1 lasted exactly 2 years: 1/5 = 20%: L, above the derived floor 5.95 → Red.
        expectIndicator(c, "14", numerator: 1, denominator: 5, value: 20, rag: .red)
    }

    @Test func id15ChildrenSeenAtSection47() {
        let e = (1...5).map { i in
            Section47Enquiry(id: "s\(i)", startDate: F.d("2016-0\(i + 2)-01"), childSeenDate: i == 3 ? nil : F.d("2016-0\(i + 2)-02"))
        } + [Section47Enquiry(id: "old", startDate: F.d("2016-01-15"))]
        // 4/5 = 80%: H, target 98, no floor → Amber.
        expectIndicator(Self.county([], enquiries: e), "15", numerator: 4, denominator: 5, value: 80, rag: .amber)
    }

    @Test func id16ConferencesWithin15WorkingDaysOverBankHolidays() {
        let e = [
            // 15 WD after 19 Dec 2016, skipping 26, 27 Dec and 2 Jan, is 12 Jan: in time.
            Section47Enquiry(id: "a", startDate: F.d("2016-12-19"), conferenceDate: F.d("2017-01-12")),
            Section47Enquiry(id: "b", startDate: F.d("2016-12-19"), conferenceDate: F.d("2017-01-13")),
            Section47Enquiry(id: "c", startDate: F.d("2016-05-02"), conferenceDate: F.d("2016-05-10")),
            Section47Enquiry(id: "d", startDate: F.d("2016-07-01"), conferenceDate: F.d("2016-07-15")),
            Section47Enquiry(id: "e", startDate: F.d("2016-01-20"), conferenceDate: F.d("2016-02-01")),
            Section47Enquiry(id: "none", startDate: F.d("2016-09-01"), conferenceNotRequired: true),
        ]
        // 4/5 = 80%: equal to the target 80 → Green.
        expectIndicator(Self.county([], enquiries: e), "16", numerator: 4, denominator: 5, value: 80, rag: .green)
    }
}
