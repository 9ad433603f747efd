import Foundation
import Hearth
@testable import HearthServer

/// A small scorecard source for tests, computing two real indicators from the fixture county on
/// the last day of the month: LAC (a count) and F1, the share of looked-after children in a
/// foster placement (U1–U6), target 80%, floor 60%. It stands in for the indicators engine only
/// in tests, so the pages can be checked against figures worked out by hand.
struct FixtureScorecard: ScorecardSource {
    /// The foster-care indicator's id and RAG thresholds; tests of pages keyed to the real
    /// catalogue's ids (UASC impact, "17") or needing a Red indicator (exception reports) change them.
    var fosterID = "F1"
    var greenAt = 80.0
    var amberAt = 60.0

    func members(_ county: County, _ unit: ReportingUnit, on day: Day, excludingUASC: Bool) -> [ChildRecord] {
        let areaOf = Dictionary(county.teams.compactMap { t in t.area.map { (t.id, $0) } }, uniquingKeysWith: { a, _ in a })
        return county.children.filter { c in
            guard c.isLookedAfter(on: day), !(excludingUASC && c.wasEverUASC) else { return false }
            switch unit {
            case .county: return true
            case .area(let a): return c.allocation(on: day).flatMap { areaOf[$0.team] } == a
            case .team(let t): return c.allocation(on: day)?.team == t
            }
        }
    }

    func rag(_ v: Double?) -> RAGWord? { v.map { $0 >= greenAt ? .green : $0 >= amberAt ? .amber : .red } }

    func row(_ county: County, id: String, month: Day, unit: ReportingUnit, excludingUASC: Bool) -> (ScorecardRow, [ChildID], [ChildID])? {
        let day = month.lastOfMonth
        let lac = members(county, unit, on: day, excludingUASC: excludingUASC)
        switch id {
        case "LAC":
            return (ScorecardRow(id: "LAC", name: "Children looked after", section: "Children in care", polarity: "L", period: "SS",
                                 value: Double(lac.count), displayValue: String(lac.count), rag: nil, numerator: Double(lac.count),
                                 denominator: nil, isPercentage: false, caution: false, target: "", floor: "", previous: "",
                                 direction: nil, yearAgo: "", rolling3: nil, rolling3RAG: nil), lac.map(\.id), lac.map(\.id))
        case fosterID:
            let foster = lac.filter { $0.placement(on: day)?.type.isFoster == true }
            let v = lac.isEmpty ? nil : 100 * Double(foster.count) / Double(lac.count)
            return (ScorecardRow(id: fosterID, name: "Looked-after children in foster care", section: "Children in care", polarity: "H",
                                 period: "SS", value: v, displayValue: v.map { String(format: "%.1f%%", $0) } ?? "-",
                                 rag: lac.count < 5 ? nil : rag(v), numerator: Double(foster.count), denominator: Double(lac.count),
                                 isPercentage: true, caution: (1...9).contains(lac.count), target: String(format: "%.1f%%", greenAt),
                                 floor: String(format: "%.1f%%", amberAt),
                                 previous: "", direction: nil, yearAgo: "", rolling3: nil, rolling3RAG: nil),
                    foster.map(\.id), lac.map(\.id))
        default: return nil
        }
    }

    func scorecard(_ snapshot: CaseloadSnapshot, month: Day, unit: ReportingUnit, excludingUASC: Bool) async throws -> [ScorecardRow] {
        ["LAC", fosterID].compactMap { row(snapshot.county, id: $0, month: month, unit: unit, excludingUASC: excludingUASC)?.0 }
    }

    func indicator(_ snapshot: CaseloadSnapshot, id: String, month: Day, unit: ReportingUnit, excludingUASC: Bool,
                   months: Int) async throws -> IndicatorDetail? {
        let county = snapshot.county
        guard let (r, num, den) = row(county, id: id, month: month, unit: unit, excludingUASC: excludingUASC) else { return nil }
        let trend = (0..<months).reversed().map { k -> TrendPoint in
            let m = month.firstOfMonth.adding(months: -k)
            let v = row(county, id: id, month: m, unit: unit, excludingUASC: excludingUASC)?.0
            return TrendPoint(month: m, value: v?.value, target: id == fosterID ? greenAt : nil, floor: id == fosterID ? amberAt : nil, rag: v?.rag)
        }
        let breakdown = ReportingUnit.all(in: county).compactMap { u in
            row(county, id: id, month: month, unit: u, excludingUASC: excludingUASC).map { (unit: u, name: u.name(in: county), row: $0.0) }
        }
        return IndicatorDetail(row: r, definition: "Test indicator \(id).", trend: trend, breakdown: breakdown,
                               numeratorChildren: num, denominatorChildren: den)
    }
}
