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
        let workers = max(1, threads)
        let box = ResultBox(definitions: definitions.count, months: months.count)
        @Sendable func row(_ engine: ScorecardEngine, _ d: IndicatorDefinition, _ month: ReportingMonth) -> [RunCell] {
            let window = month.window(d.period, calendar: index.calendar)
            let now = engine.tallies(d, window)
            let prev = engine.tallies(d, month.previous.window(d.period, calendar: index.calendar))
            let short = d.period.hasShortTermValue ? engine.tallies(d, month.shortTermWindow(index.calendar)) : nil
            let th = engine.thresholds(d.id, month)
            let rated = !d.isRemoved(in: month)
            var row: [RunCell] = []
            row.reserveCapacity(slots * 2)
            for s in 0..<slots {
                for exclude in [false, true] {
                    row.append(cell(d, th, rated, now.tally(s, excludingUASC: exclude), prev.tally(s, excludingUASC: exclude),
                                    short?.tally(s, excludingUASC: exclude)))
                }
            }
            return row
        }
        // Event indicators, one definition at a time per thread: each item's contribution is
        // evaluated once and summed for every month and window.
        let events = definitions.indices.filter { !definitions[$0].population.isSnapshot }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let engine = ScorecardEngine(index: index, targets: targets)
            for k in stride(from: w, to: events.count, by: workers) {
                let d = definitions[events[k]]
                for (m, month) in months.enumerated() { box.set(events[k], m, row(engine, d, month)) }
                engine.clearTallies()
            }
        }
        // Snapshot indicators, month by month: each date's cohorts are built once, shared by every
        // indicator and thread, and dropped when no longer needed, so memory stays flat.
        let snapshotDefs = definitions.indices.filter { definitions[$0].population.isSnapshot }
        let shared = SnapshotCache()
        let engines = PerThread((0..<workers).map { _ in ScorecardEngine(index: index, targets: targets, snapshots: shared) })
        for (m, month) in months.enumerated() {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for k in stride(from: w, to: snapshotDefs.count, by: workers) {
                    box.set(snapshotDefs[k], m, row(engines.items[w], definitions[snapshotDefs[k]], month))
                }
            }
            shared.evict(before: month.snapshot(index.calendar))
            for e in engines.items { e.clearTallies(before: month) }
        }
        return ScorecardRun(months: months, definitions: definitions.map(\.id), units: units, cells: box.values())
    }
}

/// Collects per-definition, per-month results from worker threads.
private final class ResultBox: @unchecked Sendable {
    private var slots: [[[RunCell]]]
    private let lock = NSLock()
    init(definitions: Int, months: Int) { slots = Array(repeating: Array(repeating: [], count: months), count: definitions) }
    func set(_ d: Int, _ m: Int, _ v: [RunCell]) { lock.withLock { slots[d][m] = v } }
    func values() -> [[[RunCell]]] { lock.withLock { slots } }
}

/// One engine per worker thread; thread `w` only ever touches `items[w]`.
private final class PerThread<T>: @unchecked Sendable {
    let items: [T]
    init(_ items: [T]) { self.items = items }
}
