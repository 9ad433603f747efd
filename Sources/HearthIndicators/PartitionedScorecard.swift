import Foundation
import Hearth

/// The full scorecard over a county too big to hold in memory at once (`--scale 50` is about
/// 3.4 million children, 5.7 GB as records). The shell (areas, teams, workers, posts, fostering
/// households, postcodes) stays in memory; children arrive in batches from any source (a JSON Lines
/// stream, the store). Each batch is indexed over the shell, every indicator is tallied, the batch
/// and its index are dropped, and the tallies are added up. Rating happens once, on the sums.
///
/// Why this gives exactly the unpartitioned scorecard:
/// - every value is numerator ÷ denominator of sums over items, and an item belongs to one child
///   and reads only that child's record and the shell (no indicator compares children), so the
///   sums over disjoint batches add up to the sums over the county. There is no median or other
///   non-additive measure in the catalogue; averages (days, caseload per FTE) are ratios of sums.
/// - a child's contributions are whole numbers (0/1, days, visits due and held), which add exactly
///   in floating point in any order.
/// - the workforce items (posts for ids 41–42, workers' FTE for 43–45, households for 45) do not
///   depend on the children; they are counted in the first batch only, in the same order as an
///   unpartitioned run, so their fractional FTE sums are bit-identical too.
/// - child subjects are numbered by position in the whole stream (batch offset + position in the
///   batch), the same numbering an index over the whole county uses.
public final class PartitionedScorecard {
    public let shell: County
    public let targets: TargetSet
    public let last: ReportingMonth
    public let months: Int
    public let definitions: [IndicatorDefinition]
    public let calendar: WorkingDayCalendar
    /// Keep the subjects behind every number (drill-down). Off for national runs: it costs memory
    /// in proportion to the county.
    public let collect: Bool
    public let threads: Int

    public private(set) var tallies: ScorecardTallies?
    /// Children added so far (the offset of the next batch).
    public private(set) var childCount = 0
    public private(set) var batchCount = 0
    /// Wall time spent indexing batches and tallying them (not producing them).
    public private(set) var indexing: Duration = .zero
    public private(set) var tallying: Duration = .zero
    /// Every child's id in stream order, kept only with `collect`, to name the children behind a number.
    public private(set) var childIDs: [ChildID] = []

    /// `shell`'s children are ignored: they come through `add`.
    public init(shell: County, targets: TargetSet = .kent(), through last: ReportingMonth, months: Int,
                definitions: [IndicatorDefinition] = IndicatorCatalogue.all,
                calendar: WorkingDayCalendar = .englandAndWales, collect: Bool = false,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        var s = shell
        s.children = []
        self.shell = s
        self.targets = targets; self.last = last; self.months = months; self.definitions = definitions
        self.calendar = calendar; self.collect = collect; self.threads = threads
    }

    /// Indexes and tallies one batch of children, then lets it go. The first batch (even an empty
    /// one) also counts the workforce.
    public func add(_ children: [ChildRecord]) {
        let clock = ContinuousClock()
        var county = shell
        county.children = children
        var index: CountyIndex!
        indexing += clock.measure {
            index = CountyIndex(county, calendar: calendar, countsWorkforce: batchCount == 0)
        }
        var batch: ScorecardTallies!
        tallying += clock.measure {
            batch = ScorecardTallies.evaluate(index: index, through: last, months: months, definitions: definitions,
                                              collect: collect, threads: threads)
        }
        if tallies == nil { tallies = batch } else { tallies!.add(batch, childOffset: Int32(childCount)) }
        if collect { childIDs.append(contentsOf: children.lazy.map(\.id)) }
        childCount += children.count
        batchCount += 1
    }

    /// The rated scorecard over every child added (the workforce alone when none were).
    public func finish() -> ScorecardRun {
        if tallies == nil { add([]) }
        return tallies!.rated(definitions, targets: targets)
    }

    /// Reads batches from `next` until it returns nil, then rates: any source (a JSON Lines stream,
    /// the store) can feed the run as a closure.
    public func run(_ next: () throws -> [ChildRecord]?) rethrows -> ScorecardRun {
        while let batch = try next() { add(batch) }
        return finish()
    }

    /// As `run`, for sources that deliver batches asynchronously (a database cursor).
    public func run<S: AsyncSequence>(_ batches: S) async throws -> ScorecardRun where S.Element == [ChildRecord] {
        for try await batch in batches { add(batch) }
        return finish()
    }

    /// Ids for drill-down: children by stream position (needs `collect`), others from the shell.
    public func identifiers(_ refs: [SubjectRef]) -> [String] {
        Array(Set(refs)).sorted().map { r in
            switch r.kind {
            case .child: return Int(r.index) < childIDs.count ? childIDs[Int(r.index)].rawValue : "#\(r.index)"
            case .post: return shell.posts[Int(r.index)].id.rawValue
            case .worker: return shell.workers[Int(r.index)].id.rawValue
            case .household: return shell.fosteringHouseholds[Int(r.index)].id.rawValue
            }
        }
    }
}
