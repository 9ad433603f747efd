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
                    for s in 0..<slots {
                        for exclude in [false, true] {
                            let r = engine.assemble(
                                d, month: month, unit: units[s], excludingUASC: exclude, window: window,
                                tally: now.tally(s, excludingUASC: exclude),
                                previous: ScorecardEngine.value(prev.tally(s, excludingUASC: exclude), unit: d.unit),
                                yearAgo: nil, shortTerm: short?.tally(s, excludingUASC: exclude))
                            row.append(RunCell(value: r.value, numerator: r.numerator, denominator: r.denominator, rag: r.rag,
                                               direction: r.direction, rolling3: r.rolling3?.value, rolling3RAG: r.rolling3?.rag))
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
