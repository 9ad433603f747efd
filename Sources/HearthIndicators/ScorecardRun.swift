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
/// monthly publication (and the benchmark) computes. Definitions are split across threads, each with
/// its own evaluator over the shared, immutable `CountyIndex`.
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

    public static func compute(index: CountyIndex, targets: TargetSet, through last: ReportingMonth, months count: Int,
                               definitions: [IndicatorDefinition] = IndicatorCatalogue.all,
                               threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> ScorecardRun {
        let months = (0..<count).reversed().map { last.adding(months: -$0) }
        let units: [ReportingUnit] = [.council] + index.county.areas.map { .area($0.id) } + index.county.teams.map { .team($0.id) }
        let slots = units.count
        let workers = max(1, min(threads, definitions.count))
        let box = ResultBox(count: definitions.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let engine = ScorecardEngine(index: index, targets: targets)
            var k = w
            while k < definitions.count {
                let d = definitions[k]
                var perMonth: [[RunCell]] = []
                for month in months {
                    let window = month.window(d.period, calendar: index.calendar)
                    let now = engine.tallies(d, window)
                    let prev = engine.tallies(d, month.previous.window(d.period, calendar: index.calendar))
                    let short = d.period.hasShortTermValue ? engine.tallies(d, month.shortTermWindow(index.calendar)) : nil
                    var row: [RunCell] = []
                    row.reserveCapacity(slots * 2)
                    let th = engine.thresholds(d.id, month)
                    let rated = !d.isRemoved(in: month)
                    for s in 0..<slots {
                        for exclude in [false, true] {
                            row.append(cell(d, th, rated, now.tally(s, excludingUASC: exclude), prev.tally(s, excludingUASC: exclude),
                                            short?.tally(s, excludingUASC: exclude)))
                        }
                    }
                    perMonth.append(row)
                }
                box.set(k, perMonth)
                engine.clearTallies()
                k += workers
            }
        }
        return ScorecardRun(months: months, definitions: definitions.map(\.id), units: units, cells: box.values())
    }
}

/// Collects per-definition results from worker threads.
private final class ResultBox: @unchecked Sendable {
    private var slots: [[[RunCell]]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [[RunCell]]) { lock.lock(); slots[i] = v; lock.unlock() }
    func values() -> [[[RunCell]]] { lock.lock(); defer { lock.unlock() }; return slots }
}
