import Hearth
import Testing
@testable import HearthIndicators

@Suite struct SufficiencyAndNationalTests {
    @Test func sufficiencyCountsAndShares() {
        let grid: [String: GridReference] = ["HOME": GridReference(easting: 600000, northing: 150000),
                                             "NEAR": GridReference(easting: 610000, northing: 150000),
                                             "FAR": GridReference(easting: 700000, northing: 150000)]
        func kid(_ id: String, _ type: String, provider: String? = nil, carer: String? = nil, postcode: String? = nil,
                 uasc: Bool = false) -> ChildRecord {
            var c = F.child(id, uasc: uasc ? [DaySpan(start: F.d("2015-09-01"))] : [],
                            care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", type, carer)], provider: provider,
                                          postcode: postcode)])
            c.homePostcode = "HOME"
            return c
        }
        let c = F.county([
            kid("a", "U4", provider: "PR1", postcode: "NEAR"),         // in-house, long-term foster, near
            kid("b", "U1", postcode: "NEAR"),                          // relative, long-term
            kid("c", "U5", carer: "KCC1", postcode: "FAR"),            // in-house household, far
            kid("d", "U6", provider: "PR4", postcode: "NEAR"),         // agency foster
            kid("e", "K2", provider: "PR4"),                           // children's home, distance unknown
            kid("u", "U4", provider: "PR1", postcode: "NEAR", uasc: true),
        ], households: [FosteringHousehold(id: "KCC1", kind: .inHouse, supervisingWorker: nil, approved: DaySpan(start: F.d("2010-01-01")))],
           postcodes: grid)
        // SUF1: 6 looked after (count, L, no targets configured → no RAG).
        expectIndicator(c, "SUF1", numerator: 6, denominator: nil, value: 6, rag: nil)
        // SUF3: within 20 miles exc UASC: a, b, d = 3.
        expectIndicator(c, "SUF3", numerator: 3, denominator: nil, value: 3, rag: nil)
        // SUF5: of foster placements exc UASC (a, b, c, d), in-house: a (PR1), c (in-house household) = 2 of 4.
        expectIndicator(c, "SUF5", numerator: 2, denominator: 4, value: 50, rag: nil)
        // SUF8: long-term fostering U1/U4: a, b, u = 3.
        expectIndicator(c, "SUF8", numerator: 3, denominator: nil, value: 3, rag: nil)
    }

    @Test func sufficiencyDaysToAdoptivePlacement() {
        let c = F.county([
            F.child("a", care: [F.care("p", from: "2015-06-01", placements: [("2015-06-01", "U4", nil), ("2016-06-01", "A6", nil)])]),
            F.child("b", care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "U4", nil), ("2016-11-01", "A4", nil)])]),
            F.child("c", care: [F.care("p", from: "2014-01-01", placements: [("2014-01-01", "U4", nil), ("2015-11-01", "A4", nil)])]),
        ])
        // Placed for adoption in the window: a (366 days, 2016 a leap year), b (305 days) → 335.5.
        expectIndicator(c, "SUF7", numerator: 671, denominator: 2, value: 335.5, rag: nil)
    }

    @Test func nationalStabilityMeasures() {
        let c = F.county([
            // 3 placements since 1 April 2016 (year to date in January 2017).
            F.child("a", care: [F.care("p", from: "2014-01-01", placements: [("2014-01-01", "U4", "A"), ("2016-05-01", "U4", "B"),
                                                                              ("2016-09-01", "U4", "C")])]),
            // 3 placements in 12 months but only 2 since April.
            F.child("b", care: [F.care("p", from: "2014-01-01", placements: [("2014-01-01", "U4", "A"), ("2016-03-01", "U4", "B"),
                                                                              ("2016-09-01", "U4", "C")])]),
            F.child("c", care: [F.care("p", from: "2015-06-01")]),
            F.child("d", care: [F.care("p", from: "2016-06-01")]),
            // Short breaks only: excluded from the stability measures.
            F.child("e", care: [F.care("p", from: "2016-06-01", placements: [("2016-06-01", "U4", "A"), ("2016-07-01", "U4", "B"),
                                                                              ("2016-08-01", "U4", "C")], legal: "V3")]),
        ])
        // NAT-3PL (YTD from 1 April 2016): a only, of a, b, c, d = 1/4.
        expectIndicator(c, "NAT-3PL", numerator: 1, denominator: 4, value: 25, rag: nil)
        // NAT-3PL2Y: looked after 2+ years (a, b); both had 3 placements in 2 years.
        expectIndicator(c, "NAT-3PL2Y", numerator: 2, denominator: 2, value: 100, rag: nil)
        // Id 17 over the same children: a and b have 3 in 12 months.
        expectIndicator(c, "17", numerator: 2, denominator: 4, value: 50, rag: nil)
    }

    @Test func nationalRepeatProtectionPlans() {
        let c = F.county((0..<4).map { i in
            F.child("c\(i)", episodes: [F.episode("e", referred: "2016-01-01", plans: [F.plan("p", from: "2016-0\(i + 3)-01", previous: i == 0 ? 1 : 0)])])
        })
        expectIndicator(c, "NAT-CP2", numerator: 1, denominator: 4, value: 25, rag: nil)
    }

    @Test func fastWorkingDaysAgreeWithCalendar() {
        let slow = WorkingDayCalendar.englandAndWales, fast = FastWorkingDays.englandAndWales
        var d = Day(2015, 12, 1)
        while d < Day(2017, 6, 1) {
            for n in [0, 1, 3, 5, 10, 15, 20, 45] {
                #expect(fast.adding(workingDays: n, to: d) == slow.adding(workingDays: n, to: d), "\(d) + \(n)")
            }
            let to = d.adding(days: 37)
            #expect(fast.workingDays(from: d, to: to) == slow.workingDays(from: d, to: to), "\(d) to \(to)")
            d = d.adding(days: 3)
        }
    }
}
