import Foundation
import Hearth
import Testing
@testable import HearthIndicators

@Suite struct ReportsAndUnitsTests {
    /// North CIC (W1) holds 3 children in care, West CIC (W2) holds 2 (one UASC) and a CSWT case on a CP plan.
    static func county() -> County {
        func cic(_ id: String, team: TeamID, worker: WorkerID, uasc: Bool = false, placements: [(String, String, String?)],
                 from: String = "2016-01-01", to: String? = nil) -> ChildRecord {
            F.child(id, born: "2004-01-01", uasc: uasc ? [DaySpan(start: F.d("2015-09-01"))] : [],
                    care: [F.care("p", from: from, to: to, reason: to == nil ? nil : "E4A", placements: placements)],
                    allocations: [CaseAllocation(team: team, worker: worker, span: DaySpan(start: F.d("2015-01-01")))])
        }
        let three = [("2016-01-01", "U4", "A"), ("2016-05-01", "U4", "B"), ("2016-09-01", "U4", "C")]
        var cp = F.child("cp", episodes: [F.episode("e", referred: "2016-11-01", plans: [F.plan("p", from: "2016-12-05")])],
                         allocations: [CaseAllocation(team: "N-CSWT", worker: nil, span: DaySpan(start: F.d("2016-11-01")))])
        cp.privateFostering = []
        return F.county([
            cic("n1", team: "N-CIC", worker: "W1", placements: three),
            cic("n2", team: "N-CIC", worker: "W1", placements: [("2016-01-01", "U4", "A")]),
            cic("n3", team: "N-CIC", worker: "W1", placements: [("2016-01-01", "U4", "A")], from: "2017-01-10"),
            cic("w1", team: "W-CIC", worker: "W2", uasc: true, placements: three),
            cic("w2", team: "W-CIC", worker: "W2", placements: three),
            cic("gone", team: "W-CIC", worker: "W2", placements: [("2016-01-01", "U4", "A")], to: "2017-01-20"),
            cp,
        ])
    }

    @Test func everyUnitAndWorkerCaseload() {
        let c = Self.county()
        // Id 17 on 31 Jan 2017: council n1, n2, n3, w1, w2 → 3 of 5.
        expectIndicator(c, "17", numerator: 3, denominator: 5, value: 60, rag: .red)
        expectIndicator(c, "17", unit: .area("N"), numerator: 1, denominator: 3, value: 100.0 / 3, rag: nil)
        expectIndicator(c, "17", unit: .area("West"), numerator: 2, denominator: 2, value: 100, rag: nil)
        expectIndicator(c, "17", unit: .team("W-CIC"), excludingUASC: true, numerator: 1, denominator: 1, value: 100, rag: nil)
        expectIndicator(c, "17", unit: .worker("W1"), numerator: 1, denominator: 3, value: 100.0 / 3, rag: nil)
    }

    @Test func drillDownNamesTheChildren() {
        let engine = ScorecardEngine(Self.county())
        let r = engine.result(IndicatorCatalogue.definition("17")!, month: F.jan2017, collect: true)!
        #expect(engine.identifiers(r.numeratorSubjects) == ["n1", "w1", "w2"])
        #expect(engine.identifiers(r.denominatorSubjects) == ["n1", "n2", "n3", "w1", "w2"])
    }

    @Test func seriesOfSixtyMonthsAndDirection() {
        let engine = ScorecardEngine(Self.county())
        let series = engine.series(IndicatorCatalogue.definition("17")!, through: F.jan2017, months: 60)
        #expect(series.count == 60)
        #expect(series.first?.month == ReportingMonth(year: 2012, month: 2) && series.last?.month == F.jan2017)
        // December 2016: n1, n2, w1, w2 and "gone" looked after; n1, w1, w2 had 3 placements → 60%; January 60% → same.
        #expect(series[58].value == 60 && series[59].value == 60 && series[59].direction == .same)
        // August 2016 (snapshot 31 Aug): n1, n2, w1, w2, gone; 2 placements each at most → 0%; September: third placements → 60%.
        #expect(series[54].value == 0 && series[55].value == 60 && series[55].direction == .worsened)
        // Before anyone was looked after there is no result.
        #expect(series[0].value == nil && series[0].rag == nil)
    }

    @Test func activityTable() {
        let rows = ActivityTable.rows(ScorecardEngine(Self.county()), month: F.jan2017)
        let kent = rows[0]
        #expect(kent.lookedAfter == .init(thisMonth: 5, lastMonth: 5))   // n3 started, "gone" ended
        #expect(kent.uascLookedAfter == .init(thisMonth: 1, lastMonth: 1))
        #expect(kent.careStarts == 1 && kent.careEnds == 1)
        #expect(kent.protectionPlans == .init(thisMonth: 1, lastMonth: 1) && kent.protectionStarts == 0)
        #expect(kent.caseloads == .init(thisMonth: 7, lastMonth: 7))
        let west = rows.first { $0.unit == .area("W") }!
        #expect(west.lookedAfter == .init(thisMonth: 2, lastMonth: 3) && west.careEnds == 1)
        #expect(kent.columns.count == 21 && ActivityRow.headers.count == 21)
    }

    @Test func uascImpactPage() {
        let rows = UASCImpact.rows(ScorecardEngine(Self.county()), month: F.jan2017)
        let kent17 = rows.first { $0.unitName == "Testshire" && $0.including.id == "17" }!
        // Including 3/5 = 60%, excluding 2/4 = 50%: variance −10 points.
        #expect(kent17.including.value == 60 && kent17.excluding.value == 50 && kent17.variance == -10)
        #expect(!rows.contains { $0.including.id == "26" })   // removed from January 2017
    }

    @Test func exceptionReportForEachRed() {
        let reports = ExceptionReport.reports(ScorecardEngine(Self.county()), month: F.jan2017)
        let r17 = reports.first { $0.result.id == "17" }!
        #expect(reports.allSatisfy { $0.result.rag == .red })
        #expect(r17.trend.map(\.month.description) == ["2016-10", "2016-11", "2016-12", "2017-01"])
        #expect(r17.trend.last?.rag == .red && r17.trend.last?.target == 10)
        #expect(r17.bandings == "Target: 10% (RAG Bandings: 13% and above = Red, 10% to 13% = Amber, 10% and below = Green)")
        #expect(r17.tolerance == "Lower values are better")
        // Derived floors print as configured: id 24's 87.65.
        #expect(ExceptionReport.bandings(IndicatorCatalogue.definition("24")!, TargetSet.kent().thresholds("24", in: F.jan2017))
                == "Target: 90% (RAG Bandings: Below 87.65% = Red, 87.65% to 90% = Amber, 90% and above = Green)")
        #expect(r17.dataNotes.contains("snapshot"))
    }

    @Test func targetsFileErrorsNameTheField() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-targets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func load(_ json: String) -> String? {
            let url = dir.appendingPathComponent("t.json")
            try! json.write(to: url, atomically: true, encoding: .utf8)
            var set = TargetSet()
            do { try set.add(contentsOf: url); return nil } catch { return "\(error)" }
        }
        let wrongSide = load(#"{"council":"886","financialYear":"2016/17","indicators":[{"id":"17","target":10,"floor":5}]}"#)
        #expect(wrongSide?.contains("indicators[0] (id 17) field floor = 5.0") == true)
        let unknown = load(#"{"council":"886","financialYear":"2016/17","indicators":[{"id":"99","target":10}]}"#)
        #expect(unknown?.contains("field id = 99: no such indicator") == true)
        let noTolerance = load(#"{"council":"886","financialYear":"2016/17","indicators":[{"id":"13","target":17.5}]}"#)
        #expect(noTolerance?.contains("greenTolerance") == true)
        let missing = load(#"{"council":"886","financialYear":"2016/17","indicators":[{"id":"13"}]}"#)
        #expect(missing?.contains("target") == true)
        let badMonth = load(#"{"council":"886","financialYear":"2016/17","indicators":[{"id":"1","target":25,"effectiveFrom":"2018-01"}]}"#)
        #expect(badMonth?.contains("effectiveFrom") == true)
        #expect(load(#"{"council":"886","financialYear":"2016/17","indicators":[{"id":"1","target":20}]}"#) == nil)
    }

    @Test func catalogueIsComplete() {
        #expect(IndicatorCatalogue.scorecard.map(\.id) == (1...45).map(String.init))
        #expect(IndicatorCatalogue.sufficiency.count == 8)
        #expect(Set(IndicatorCatalogue.all.map(\.id)).count == IndicatorCatalogue.all.count)
        #expect(IndicatorCatalogue.definition("26")?.isRemoved(in: F.jan2017) == true)
        // Every scorecard indicator has a 2016-17 and 2017-18 target.
        for d in IndicatorCatalogue.scorecard {
            #expect(TargetSet.kent().thresholds(d.id, in: F.aug2016) != nil, "2016-17 target for \(d.id)")
            #expect(TargetSet.kent().thresholds(d.id, in: ReportingMonth(year: 2018, month: 2)) != nil, "2017-18 target for \(d.id)")
        }
    }
}

@Suite struct ScorecardRunTests {
    /// The multi-threaded full run gives exactly the results of one-at-a-time evaluation.
    @Test func fullRunMatchesSingleResults() {
        let county = ReportsAndUnitsTests.county()
        let index = CountyIndex(county)
        let run = ScorecardRun.compute(index: index, targets: .kent(), through: F.jan2017, months: 3, threads: 2)
        let engine = ScorecardEngine(index: index, targets: .kent())
        for d in IndicatorCatalogue.all {
            for month in run.months {
                for unit in run.units {
                    for exclude in [false, true] {
                        let single = engine.result(d, month: month, unit: unit, excludingUASC: exclude)!
                        let cell = run.cell(d.id, month: month, unit: unit, excludingUASC: exclude)!
                        #expect(cell.value == single.value && cell.numerator == single.numerator && cell.rag == single.rag
                                && cell.direction == single.direction && cell.rolling3 == single.rolling3?.value,
                                "\(d.id) \(month) \(unit) exc \(exclude)")
                    }
                }
            }
        }
    }
}
