import Dispatch
import Foundation
import Hearth

/// One rated number in a full run, kept compact (no subject lists).
public struct RunCell: Sendable, Equatable {
    public var value: Double?
    public var numerator: Double
    public var denominator: Double?
    public var rag: RAG?
    public var direction: Direction?
    public var rolling3: Double?
    public var rolling3RAG: RAG?
}

/// Every indicator × every month × council, each area, each team × with and without UASC: what a
/// monthly publication (and the benchmark) computes. The tallies are evaluated first
/// (`ScorecardTallies`), then rated; a county too big to hold at once is tallied in batches of
/// children by `PartitionedScorecard` and rated the same way.
public struct ScorecardRun: Sendable {
    public let months: [ReportingMonth]
    public let definitions: [String]
    /// Units in slot order: council, areas, teams.
    public let units: [ReportingUnit]
    /// cells[definition][month][slot * 2 + (excludingUASC ? 1 : 0)]
    public let cells: [[[RunCell]]]

    public func cell(_ id: String, month: ReportingMonth, unit: ReportingUnit = .council, excludingUASC: Bool = false) -> RunCell? {
        guard let d = definitions.firstIndex(of: id), let m = months.firstIndex(of: month),
              let s = units.firstIndex(of: unit) else { return nil }
        return cells[d][m][s * 2 + (excludingUASC ? 1 : 0)]
    }

    public var cellCount: Int { cells.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }

    /// Rates one unit's tallies without building a full `IndicatorResult`.
    static func cell(_ d: IndicatorDefinition, _ th: Thresholds?, _ rated: Bool, _ t: Tally, _ p: Tally, _ short: Tally?) -> RunCell {
        let v = ScorecardEngine.value(t, unit: d.unit)
        let den: Double? = d.unit == .count ? nil : t.denominator
        let headcount: (Double?) -> Double? = { d.denominatorIsFTE ? nil : $0 }
        func rag(_ v: Double?, _ den: Double?) -> RAG? {
            guard rated, let v, let th else { return nil }
            return Rating.rate(v, denominator: headcount(den), polarity: d.polarity, th)
        }
        var r3: Double? = nil, r3RAG: RAG? = nil
        if let short {
            r3 = ScorecardEngine.value(short, unit: d.unit)
            r3RAG = rag(r3, d.unit == .count ? nil : short.denominator)
        }
        return RunCell(value: v, numerator: t.numerator, denominator: den, rag: rag(v, den),
                       direction: Rating.direction(from: ScorecardEngine.value(p, unit: d.unit), to: v, polarity: d.polarity,
                                                   target: th?.target),
                       rolling3: r3, rolling3RAG: r3RAG)
    }

    /// The full run over one index: tally every definition and month, then rate.
    public static func compute(index: CountyIndex, targets: TargetSet, through last: ReportingMonth, months count: Int,
                               definitions: [IndicatorDefinition] = IndicatorCatalogue.all,
                               threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> ScorecardRun {
        ScorecardTallies.evaluate(index: index, through: last, months: count, definitions: definitions, threads: threads)
            .rated(definitions, targets: targets)
    }
}
