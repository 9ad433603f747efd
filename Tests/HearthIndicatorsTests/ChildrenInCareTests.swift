import Hearth
import Testing
@testable import HearthIndicators

@Suite struct ChildrenInCareTests {
    static let uascSince2015 = [DaySpan(start: F.d("2015-09-01"))]

    static func placementCounty() -> County {
        F.county([
            // Placement spanning the window's start (ends 1 Mar 2016) counts: 3 placements.
            F.child("c1", care: [F.care("p", from: "2016-01-15", placements: [("2016-01-15", "U4", "A"), ("2016-03-01", "U4", "B"),
                                                                              ("2016-09-01", "U4", "C")])]),
            // First placement ceased on 1 Feb 2016, the window's first day (exclusive end): 2 placements.
            F.child("c2", care: [F.care("p", from: "2015-06-01", placements: [("2015-06-01", "U4", "A"), ("2016-02-01", "U4", "B"),
                                                                              ("2016-08-01", "U4", "C")])]),
            // Change of placement type with the same carer is one placement: 2.
            F.child("c3", care: [F.care("p", from: "2016-03-01", placements: [("2016-03-01", "U4", "A"), ("2016-06-01", "U5", "A"),
                                                                              ("2016-09-01", "U4", "B")])]),
            // A temporary placement is not a placement: 2.
            F.child("c4", care: [F.care("p", from: "2016-03-01", placements: [("2016-03-01", "U4", "A"), ("2016-06-01", "T1", nil),
                                                                              ("2016-06-10", "U4", "B")])]),
            // UASC, 3 placements.
            F.child("c5", born: "2000-03-01", uasc: uascSince2015,
                    care: [F.care("p", from: "2015-09-01", placements: [("2015-09-01", "U4", "A"), ("2016-04-01", "U4", "B"),
                                                                       ("2016-10-01", "U4", "C")])]),
            // Left care before the snapshot.
            F.child("c6", care: [F.care("p", from: "2016-03-01", to: "2016-12-01", reason: "E4A",
                                        placements: [("2016-03-01", "U4", "A"), ("2016-05-01", "U4", "B"), ("2016-07-01", "U4", "C")])]),
        ])
    }

    @Test func id17ThreeOrMorePlacements() {
        // Looked after on 31 Jan 2017: c1–c5; 3+ placements: c1, c5. 40%: at or above the explicit floor 13 → Red.
        expectIndicator(Self.placementCounty(), "17", numerator: 2, denominator: 5, value: 40, rag: .red)
        // Without UASC: c1–c4, 1 of 4 = 25%; denominator 4 → no RAG.
        expectIndicator(Self.placementCounty(), "17", excludingUASC: true, numerator: 1, denominator: 4, value: 25, rag: nil)
        // The sufficiency measure 6 is the same definition.
        expectIndicator(Self.placementCounty(), "SUF6", numerator: 2, denominator: 5, value: 40, rag: nil)
    }

    @Test func id18SamePlacementTwoYears() {
        let c = F.county([
            F.child("d1", born: "2005-01-01", care: [F.care("p", from: "2014-01-01")]),
            // Exactly 2.5 years looked after (in the cohort); placement since 1 Feb 2015 is one day short of 2 years.
            F.child("d2", born: "2005-01-01", care: [F.care("p", from: "2014-07-31", placements: [("2014-07-31", "U4", "A"), ("2015-02-01", "U4", "B")])]),
            F.child("d3", born: "2001-01-01", care: [F.care("p", from: "2010-01-01")]), // 16: out of the cohort
            // Placed for adoption in 2016; with the previous placement (from 2014) together over 2 years.
            F.child("d4", born: "2012-01-01", care: [F.care("p", from: "2013-01-01", placements: [("2013-01-01", "U4", "A"), ("2014-06-01", "U4", "B"),
                                                                                                   ("2016-06-01", "A5", "B2")])]),
            F.child("d5", born: "2005-01-01", care: [F.care("p", from: "2014-08-01")]), // under 2.5 years
            F.child("d6", born: "2005-01-01", care: [F.care("p", from: "2012-01-01", placements: [("2012-01-01", "U4", "A"), ("2015-01-31", "U4", "B")])]),
            F.child("d7", born: "2005-01-01", care: [F.care("p", from: "2013-03-01", placements: [("2013-03-01", "U4", "A"), ("2016-01-01", "U4", "B")])]),
        ])
        // Cohort d1, d2, d4, d6, d7; stable d1, d4, d6 (exactly 2 years). 60%: below the derived floor 66.2 → Red.
        expectIndicator(c, "18", numerator: 3, denominator: 5, value: 60, rag: .red)
        // Sufficiency measure 4 and the DfE long-term stability measure share the definition (no targets configured).
        expectIndicator(c, "SUF4", numerator: 3, denominator: 5, value: 60, rag: nil)
        expectIndicator(c, "NAT-LTS", numerator: 3, denominator: 5, value: 60, rag: nil)
    }

    @Test func id19OwnFosterCareExcludingUASC() {
        let c = F.county([
            F.child("e1", care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "U4", nil)], provider: "PR1")]),
            F.child("e2", care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "U1", nil)], provider: "PR4")]),
            F.child("e3", care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "U4", "IFA1")], provider: "PR4")]),
            F.child("e4", care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "U5", "KCC1")])]),
            F.child("e5", care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "U6", nil)], provider: "PR4")]),
            F.child("e6", care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "K2", nil)], provider: "PR4")]),
            F.child("e7", uasc: Self.uascSince2015, care: [F.care("p", from: "2016-01-01", placements: [("2016-01-01", "U4", nil)], provider: "PR1")]),
        ], households: [
            FosteringHousehold(id: "IFA1", kind: .independentAgency, supervisingWorker: nil, approved: DaySpan(start: F.d("2010-01-01"))),
            FosteringHousehold(id: "KCC1", kind: .inHouse, supervisingWorker: nil, approved: DaySpan(start: F.d("2010-01-01"))),
        ])
        // Foster placements exc UASC: e1–e5; own or connected: e1 (PR1), e2 (U1), e4 (in-house household). 60% → Amber (no floor).
        expectIndicator(c, "19", numerator: 3, denominator: 5, value: 60, rag: .amber)
    }

    @Test func id20PlacedWithin20Miles() {
        // 20 miles = 32,186 m: 32,186 m rounds to 20.0 miles (within); 32,270 m to 20.1 (not).
        let grid: [String: GridReference] = [
            "HOME1": GridReference(easting: 600000, northing: 150000), "AT20": GridReference(easting: 600000, northing: 182186),
            "AT201": GridReference(easting: 600000, northing: 182270), "NEAR": GridReference(easting: 610000, northing: 150000),
            "FAR": GridReference(easting: 700000, northing: 150000),
        ]
        func kid(_ id: String, _ pc: String?, uasc: Bool = false) -> ChildRecord {
            var c = F.child(id, uasc: uasc ? Self.uascSince2015 : [], care: [F.care("p", from: "2016-01-01", postcode: pc)])
            c.homePostcode = "HOME 1"
            return c
        }
        let c = F.county([kid("f1", "AT20"), kid("f2", "AT201"), kid("f3", "NEAR"), kid("f4", "FAR"), kid("f5", "HOME1"),
                          kid("f6", nil), kid("f7", "NEAR", uasc: true)], postcodes: grid)
        // Known distance exc UASC: f1–f5; within: f1 (20.0), f3 (6.2), f5 (0.0). 60% → Amber (no floor).
        expectIndicator(c, "20", numerator: 3, denominator: 5, value: 60, rag: .amber)
    }

    @Test func id21ParticipationAtReviews() {
        var p = F.care("p", from: "2012-01-01")
        p.reviews = ["PN1", "PN3", "PN7", nil, "PN0", "PN5"].enumerated().map { i, code in
            CarePlanReview(date: F.d("2016-0\(i + 3)-10"), participation: code.map { ReviewParticipation(rawValue: $0) })
        } + [CarePlanReview(date: F.d("2016-01-10"), participation: "PN1")]
        // PN0 left out; reviews in the window PN1, PN3, PN7, none, PN5; participated 3. 60% → Amber.
        expectIndicator(F.county([F.child("r", care: [p])]), "21", numerator: 3, denominator: 5, value: 60, rag: .amber)
    }

    @Test func id22ReviewsInTimescale() {
        func kid(_ id: String, _ from: String, _ reviews: [String]) -> ChildRecord {
            var p = F.care("p", from: from)
            p.reviews = reviews.map { CarePlanReview(date: F.d($0)) }
            return F.child(id, care: [p])
        }
        let c = F.county([
            kid("g1", "2016-12-01", ["2017-01-03"]),               // due 3 Jan (20 WD over Christmas): held on the day
            kid("g2", "2016-06-01", ["2016-06-20", "2016-09-15"]), // then due 15 Mar 2017
            kid("g3", "2016-06-01", ["2016-06-20", "2016-10-01"]), // second review late (due 20 Sep)
            kid("g4", "2017-01-20", []),                           // nothing due yet
            kid("g5", "2015-01-01", ["2015-01-20", "2015-04-10", "2015-10-01", "2016-03-25", "2016-09-20"]),
            kid("g6", "2016-03-01", []),                           // first review missed
        ])
        // Cohort g1, g2, g3, g5, g6; all in time g1, g2, g5. 60% → Amber (no floor).
        expectIndicator(c, "22", numerator: 3, denominator: 5, value: 60, rag: .amber)
    }

    static func healthCounty() -> County {
        func kid(_ id: String, born: String = "2006-01-01", from: String, dental: [String], health: [String]) -> ChildRecord {
            var p = F.care("p", from: from)
            p.dentalChecks = dental.map(F.d)
            p.healthAssessments = health.map { HealthAssessment(date: F.d($0), kind: .review) }
            return F.child(id, born: born, care: [p])
        }
        return F.county([
            kid("h1", from: "2015-06-01", dental: ["2016-03-01"], health: ["2016-05-01"]),
            kid("h2", from: "2016-01-31", dental: ["2016-01-31"], health: ["2016-09-01"]), // exactly 12 months looked after
            kid("h3", born: "2013-06-01", from: "2015-01-01", dental: ["2016-12-01"], health: ["2016-07-01"]), // under 5: 6-month rule
            kid("h4", from: "2016-02-01", dental: [], health: []), // under 12 months
            kid("h5", from: "2014-01-01", dental: [], health: ["2017-01-31"]),
            kid("h6", from: "2014-05-01", dental: ["2016-06-01"], health: ["2016-01-15"]),
        ])
    }

    @Test func id23DentalChecks() {
        // Cohort h1, h2, h3, h5, h6; check in the 12 months: h1, h3, h6. 60%: below derived floor 87.0 → Red.
        expectIndicator(Self.healthCounty(), "23", numerator: 3, denominator: 5, value: 60, rag: .red)
    }

    @Test func id24HealthAssessments() {
        // In time: h1, h2, h5 (h3 is under 5 and last assessed over 6 months ago). 60% → Red.
        expectIndicator(Self.healthCounty(), "24", numerator: 3, denominator: 5, value: 60, rag: .red)
    }

    @Test func id25HealthReferralsWithin5WorkingDaysAcrossFinancialYear() {
        func kid(_ id: String, _ from: String, _ referral: String?) -> ChildRecord {
            var p = F.care("p", from: from)
            p.initialHealthAssessmentReferral = referral.map(F.d)
            return F.child(id, care: [p])
        }
        let c = F.county([
            kid("i1", "2016-12-20", "2016-12-29"), // 5 WD skipping 26, 27 Dec: in time
            kid("i2", "2016-12-20", "2016-12-30"),
            kid("i3", "2016-05-02", "2016-05-03"),
            kid("i4", "2016-02-01", nil),          // window's first day (previous financial year)
            kid("i5", "2017-01-10", "2017-01-11"),
            kid("i6", "2016-01-31", "2016-02-01"), // before the window
        ])
        // 3/5 = 60%: below the explicit floor 80 → Red.
        expectIndicator(c, "25", numerator: 3, denominator: 5, value: 60, rag: .red)
        // The rolling window crosses 1 April 2016; the short-term value covers Nov 2016 – Jan 2017: i1, i2, i5 → 2/3.
        let r = ScorecardEngine(c).result(IndicatorCatalogue.definition("25")!, month: F.jan2017)!
        #expect(r.rolling3?.numerator == 2 && r.rolling3?.denominator == 3)
        #expect(r.rolling3?.rag == nil)
    }

    @Test func id26PEPRemovedFromJanuary2017() {
        func kid(_ id: String, born: String, _ peps: [String]) -> ChildRecord {
            var p = F.care("p", from: "2014-01-01")
            p.personalEducationPlans = peps.map(F.d)
            return F.child(id, born: born, care: [p])
        }
        let c = F.county([kid("j1", born: "2006-01-01", ["2016-05-01"]), kid("j2", born: "2006-01-01", ["2016-02-15"]),
                          kid("j3", born: "2012-01-01", []), kid("j4", born: "2000-01-01", ["2016-08-31"]),
                          kid("j5", born: "1999-01-01", []), kid("j6", born: "2011-01-01", []),
                          kid("j7", born: "2004-01-01", ["2016-03-01"])])
        // August 2016: aged 5–16 j1, j2, j4, j6, j7; PEP since 29 Feb: j1, j4, j7. 60%: below derived floor 75.8 → Red.
        expectIndicator(c, "26", month: F.aug2016, numerator: 3, denominator: 5, value: 60, rag: .red)
        let jan = ScorecardEngine(c).result(IndicatorCatalogue.definition("26")!, month: F.jan2017)!
        #expect(jan.removed && jan.rag == nil)
    }

    @Test func id27SameWorkerFor12Months() {
        func kid(_ id: String, from: String = "2015-01-01", _ allocations: [(String, String?)]) -> ChildRecord {
            let spans = allocations.enumerated().map { i, a in
                CaseAllocation(team: "N-CIC", worker: a.1.map { WorkerID($0) },
                               span: DaySpan(start: F.d(a.0), end: i + 1 < allocations.count ? F.d(allocations[i + 1].0) : nil))
            }
            return F.child(id, care: [F.care("p", from: from)], allocations: spans)
        }
        let c = F.county([
            kid("k1", [("2015-01-01", "W1")]),
            kid("k2", [("2015-01-01", "W1"), ("2016-06-01", "W2")]),
            kid("k3", [("2015-01-01", nil)]),
            kid("k4", from: "2015-08-01", [("2015-08-01", "W1")]), // looked after under 18 months
            kid("k5", [("2015-01-01", "W2"), ("2016-01-31", "W1")]), // W1 from exactly 12 months before
            kid("k6", [("2015-01-01", "W2"), ("2016-02-01", "W1")]),
        ])
        // Cohort k1, k2, k3, k5, k6; same worker k1, k5. 40%: below derived floor 46.35 → Red.
        expectIndicator(c, "27", numerator: 2, denominator: 5, value: 40, rag: .red)
    }
}
