import Dispatch
import Foundation
import Hearth

/// The tallies behind a full scorecard run, before rating: for every definition and month, the
/// window's tallies, the previous month's (for the direction of travel) and the rolling 3 months'
/// (rolling-12-month indicators only), each for every unit with and without UASC.
///
/// Every number is a sum over items (numerator, denominator, item count) and every subject list a
/// concatenation, so the tallies of disjoint sets of children add up to the tallies of their union:
/// that is what lets `PartitionedScorecard` evaluate a national-size county in batches. Rating
/// (values, RAG, direction) only ever happens on the merged tallies.
public struct ScorecardTallies: Sendable {
    /// One definition's tallies for one reporting month.
    public struct MonthTallies: Sendable {
        public var current: UnitTallies
        public var previous: UnitTallies
        public var shortTerm: UnitTallies?
    }

    public let months: [ReportingMonth]
    public let definitions: [String]
    /// Units in slot order: council, areas, teams.
    public let units: [ReportingUnit]
    /// entries[definition][month]
    public private(set) var entries: [[MonthTallies]]

    /// One definition's tallies for a month, nil for an unknown id or month.
    public func entry(_ id: String, month: ReportingMonth) -> MonthTallies? {
        guard let d = definitions.firstIndex(of: id), let m = months.firstIndex(of: month) else { return nil }
        return entries[d][m]
    }

    /// Adds the tallies of a disjoint set of children (same definitions, months and units). Child
    /// subjects in `other` are positions in its own batch; `childOffset` turns them into positions
    /// in the whole county (the number of children before that batch). Posts, workers and
    /// households are positions in the shared shell and are not moved.
    public mutating func add(_ other: ScorecardTallies, childOffset: Int32) {
        precondition(months == other.months && definitions == other.definitions && units == other.units,
                     "tallies of different runs cannot be merged")
        for d in entries.indices {
            for m in entries[d].indices {
                let o = other.entries[d][m]
                entries[d][m].current.add(o.current, childOffset: childOffset)
                entries[d][m].previous.add(o.previous, childOffset: childOffset)
                if let s = o.shortTerm { entries[d][m].shortTerm?.add(s, childOffset: childOffset) }
            }
        }
    }

    /// Renumbers child subjects from positions in a batch to positions in the whole county.
    public mutating func moveChildren(by offset: Int32) {
        guard offset != 0 else { return }
        for d in entries.indices {
            for m in entries[d].indices {
                entries[d][m].current.moveChildren(by: offset)
                entries[d][m].previous.moveChildren(by: offset)
                entries[d][m].shortTerm?.moveChildren(by: offset)
            }
        }
    }

    /// Rates every cell: value, RAG (target, floor, tolerance, small denominators), direction and
    /// the rolling-3-months value, with the thresholds in force each month.
    public func rated(_ definitionList: [IndicatorDefinition], targets: TargetSet) -> ScorecardRun {
        precondition(definitionList.map(\.id) == definitions, "rate with the definitions that were tallied")
        let cells = definitionList.enumerated().map { (k, d) in
            months.enumerated().map { (m, month) -> [RunCell] in
                let e = entries[k][m]
                let th = targets.thresholds(d.id, in: month)
                let rated = !d.isRemoved(in: month)
                var row: [RunCell] = []
                row.reserveCapacity(units.count * 2)
                for s in units.indices {
                    for exclude in [false, true] {
                        row.append(ScorecardRun.cell(d, th, rated, e.current.tally(s, excludingUASC: exclude),
                                                     e.previous.tally(s, excludingUASC: exclude),
                                                     e.shortTerm?.tally(s, excludingUASC: exclude)))
                    }
                }
                return row
            }
        }
        return ScorecardRun(months: months, definitions: definitions, units: units, cells: cells)
    }

    /// Tallies every definition × month over one index. Definitions are split across threads, each
    /// with its own engine over the shared, immutable `CountyIndex`. With `collect`, every tally
    /// keeps the subjects behind its numerator and denominator (for drill-down; costs memory).
    public static func evaluate(index: CountyIndex, through last: ReportingMonth, months count: Int,
                                definitions: [IndicatorDefinition] = IndicatorCatalogue.all, collect: Bool = false,
                                threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> ScorecardTallies {
        let months = (0..<count).reversed().map { last.adding(months: -$0) }
        let units: [ReportingUnit] = [.council] + index.county.areas.map { .area($0.id) } + index.county.teams.map { .team($0.id) }
        let workers = max(1, threads)
        let box = TallyBox(definitions: definitions.count, months: months.count)
        // Targets are not needed to tally; the engine only caches per window.
        @Sendable func entry(_ engine: ScorecardEngine, _ d: IndicatorDefinition, _ month: ReportingMonth) -> MonthTallies {
            let now = engine.tallies(d, month.window(d.period, calendar: index.calendar), collect: collect)
            let prev = engine.tallies(d, month.previous.window(d.period, calendar: index.calendar), collect: collect)
            let short = d.period.hasShortTermValue ? engine.tallies(d, month.shortTermWindow(index.calendar), collect: collect) : nil
            return MonthTallies(current: now, previous: prev, shortTerm: short)
        }
        // Event indicators, one definition at a time per thread: each item's contribution is
        // evaluated once and summed for every month and window.
        let events = definitions.indices.filter { !definitions[$0].population.isSnapshot }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let engine = ScorecardEngine(index: index, targets: TargetSet())
            for k in stride(from: w, to: events.count, by: workers) {
                let d = definitions[events[k]]
                for (m, month) in months.enumerated() { box.set(events[k], m, entry(engine, d, month)) }
                engine.clearTallies()
            }
        }
        // Snapshot indicators, month by month: each date's cohorts are built once, shared by every
        // indicator and thread, and dropped when no longer needed, so memory stays flat.
        let snapshotDefs = definitions.indices.filter { definitions[$0].population.isSnapshot }
        let shared = SnapshotCache()
        let engines = PerThread((0..<workers).map { _ in
            ScorecardEngine(index: index, targets: TargetSet(), snapshots: shared)
        })
        for (m, month) in months.enumerated() {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for k in stride(from: w, to: snapshotDefs.count, by: workers) {
                    box.set(snapshotDefs[k], m, entry(engines.items[w], definitions[snapshotDefs[k]], month))
                }
            }
            shared.evict(before: month.snapshot(index.calendar))
            for e in engines.items { e.clearTallies(before: month) }
        }
        return ScorecardTallies(months: months, definitions: definitions.map(\.id), units: units, entries: box.values())
    }
}

extension Tally {
    mutating func moveChildren(by offset: Int32) {
        guard !numeratorSubjects.isEmpty || !denominatorSubjects.isEmpty else { return }
        for k in numeratorSubjects.indices where numeratorSubjects[k].kind == .child { numeratorSubjects[k].index += offset }
        for k in denominatorSubjects.indices where denominatorSubjects[k].kind == .child { denominatorSubjects[k].index += offset }
    }

    /// Adds another tally of disjoint items; child subjects are moved by `childOffset`.
    mutating func add(_ other: Tally, childOffset: Int32) {
        numerator += other.numerator
        denominator += other.denominator
        items += other.items
        guard !other.numeratorSubjects.isEmpty || !other.denominatorSubjects.isEmpty else { return }
        func moved(_ r: SubjectRef) -> SubjectRef { r.kind == .child ? SubjectRef(kind: .child, index: r.index + childOffset) : r }
        numeratorSubjects.append(contentsOf: other.numeratorSubjects.lazy.map(moved))
        denominatorSubjects.append(contentsOf: other.denominatorSubjects.lazy.map(moved))
    }
}

extension UnitTallies {
    mutating func moveChildren(by offset: Int32) {
        for s in all.indices {
            all[s].moveChildren(by: offset)
            excludingUASC[s].moveChildren(by: offset)
        }
    }

    /// Adds the tallies of a disjoint set of items, unit by unit.
    mutating func add(_ other: UnitTallies, childOffset: Int32) {
        precondition(all.count == other.all.count, "unit tallies over different units")
        for s in all.indices {
            all[s].add(other.all[s], childOffset: childOffset)
            excludingUASC[s].add(other.excludingUASC[s], childOffset: childOffset)
        }
    }
}

/// Collects per-definition, per-month tallies from worker threads.
private final class TallyBox: @unchecked Sendable {
    private var slots: [[ScorecardTallies.MonthTallies?]]
    private let lock = NSLock()
    init(definitions: Int, months: Int) { slots = Array(repeating: Array(repeating: nil, count: months), count: definitions) }
    func set(_ d: Int, _ m: Int, _ v: ScorecardTallies.MonthTallies) { lock.withLock { slots[d][m] = v } }
    func values() -> [[ScorecardTallies.MonthTallies]] { lock.withLock { slots.map { $0.map { $0! } } } }
}

/// One engine per worker thread; thread `w` only ever touches `items[w]`.
final class PerThread<T>: @unchecked Sendable {
    let items: [T]
    init(_ items: [T]) { self.items = items }
}
