import Dispatch
import Foundation
import Hearth

/// Everything about a county the indicators need, precomputed once: event lists sorted by date,
/// flattened allocation spans per child, UASC start dates, care-leaver status, team → area links.
/// Evaluating an indicator for a month is then a binary search into a sorted list (events) or a
/// shared per-date cohort (snapshots), never a rescan of every record per indicator per month.
public final class CountyIndex: Sendable {
    public let county: County
    public let calendar: WorkingDayCalendar
    public let workingDays: FastWorkingDays
    /// Miles from home for each placement, keyed by `placementKey`; absent when unknown.
    let placementMiles: [Int64: Double]
    public let teamIndex: [TeamID: Int32]
    public let areaIndex: [AreaID: Int32]
    public let workerIndex: [WorkerID: Int32]
    public let householdIndex: [CarerID: Int32]
    /// Area of each team (index into `county.areas`), -1 for county-wide teams.
    public let teamArea: [Int32]
    /// First day each child was UASC, `Int32.max` when never.
    let uascFrom: [Int32]
    /// The day each child became a care leaver (left care aged 16+ after 13 weeks looked after since 14), or nil.
    public let careLeaverFrom: [Day?]
    /// Every child's allocations, flattened.
    let allocations: AllocationTable
    /// Care, protection and placement spans per child.
    let timelines: ChildTimelines
    /// Event populations, sorted by date.
    let events: [Population: [CohortItem]]
    /// Snapshot populations of children, as flat spans.
    let spans: [Population: [FlatSpan]]
    /// Whether cohorts include the workforce items (posts, workers, fostering households). A
    /// partitioned run indexes the county's children in batches over one shared shell; only one
    /// batch may count the workforce, or the staffing measures would count it once per batch.
    public let countsWorkforce: Bool

    /// - Parameters:
    ///   - shell: the lookups of the county's areas, teams, workers and households, when already
    ///     built for this shell (a partitioned run indexes many batches over one shell).
    ///   - parallel: build the independent parts on all cores; off when the caller already runs
    ///     one index per core.
    public init(_ county: County, calendar: WorkingDayCalendar = .englandAndWales, countsWorkforce: Bool = true,
                shell: ShellIndex? = nil, parallel: Bool = true) {
        self.county = county
        self.calendar = calendar
        self.countsWorkforce = countsWorkforce
        let lookups = shell ?? ShellIndex(county)
        teamIndex = lookups.teamIndex; areaIndex = lookups.areaIndex; workerIndex = lookups.workerIndex
        householdIndex = lookups.householdIndex
        teamArea = lookups.teamArea
        // The parts are independent: build them on all cores.
        let parts = IndexParts()
        let teamIDs = lookups.teamIndex, workerIDs = lookups.workerIndex
        var firstUASC: [Int32] = [], leaving: [Day?] = []
        firstUASC.reserveCapacity(county.children.count); leaving.reserveCapacity(county.children.count)
        county.children.forEachInPlace { _, c in
            firstUASC.append(c.pointee.uasc.lazy.map(\.start.ordinal).min() ?? .max)
            leaving.append(CountyIndex.careLeaverStart(c))
        }
        let uascFrom = firstUASC, leavers = leaving
        let build: @Sendable (Int) -> Void = { task in
            switch task {
            case 0:
                let table = AllocationTable(county, teams: teamIDs, workers: workerIDs)
                let events = EventLists.build(county, ItemMaker(allocations: table, uascFrom: uascFrom), careLeaverFrom: leavers)
                parts.lock.withLock { parts.allocations = table; parts.events = events }
            case 1:
                let spans = SpanLists.build(county, careLeaverFrom: leavers)
                parts.lock.withLock { parts.spans = spans }
            case 2:
                let timelines = ChildTimelines(county)
                parts.lock.withLock { parts.timelines = timelines }
            case 3:
                var miles: [Int64: Double] = [:]
                county.children.forEachInPlace { i, c in
                    c.pointee.periodsOfCare.forEachInPlace { k, p in
                        p.pointee.placements.forEachInPlace { j, pl in
                            if let m = county.distanceInMiles(from: pl.pointee.homePostcode ?? c.pointee.homePostcode, to: pl.pointee.postcode) {
                                miles[CountyIndex.placementKey(Int32(i), k, j)] = m
                            }
                        }
                    }
                }
                parts.lock.withLock { parts.miles = miles }
            default:
                let fast = calendar.coveredYears == WorkingDayCalendar.englandAndWales.coveredYears
                    ? FastWorkingDays.englandAndWales : FastWorkingDays(calendar)
                parts.lock.withLock { parts.workingDays = fast }
            }
        }
        if parallel { DispatchQueue.concurrentPerform(iterations: 5, execute: build) } else { for task in 0..<5 { build(task) } }
        allocations = parts.allocations!
        events = parts.events!
        spans = parts.spans!
        timelines = parts.timelines!
        placementMiles = parts.miles!
        workingDays = parts.workingDays!
        self.uascFrom = uascFrom
        careLeaverFrom = leavers
    }

    static func placementKey(_ child: Int32, _ period: Int, _ placement: Int) -> Int64 {
        Int64(child) << 32 | Int64(period) << 16 | Int64(placement)
    }

    /// Whether child `i` had been UASC on or before `day`: the scorecard's "exc UASC" test. A UASC
    /// child who turns 18 and leaves care stays excluded from care-leaver measures.
    public func wasUASC(_ i: Int32, on day: Day) -> Bool { uascFrom[Int(i)] <= day.ordinal }

    public func allocation(of i: Int32, on day: Day) -> (team: Int32, worker: Int32) { allocations.at(i, day) }

    /// Whether child `i` kept one allocated worker throughout `[from, to]` (no change of social worker).
    public func sameWorker(_ i: Int32, from: Day, to: Day) -> Bool { allocations.sameWorker(i, from: from, to: to) }

    /// An item for child `i` on `day`, attributed to its team and worker that day.
    func childItem(_ i: Int32, on day: Day, a: Int32 = -1, b: Int32 = -1) -> CohortItem {
        ItemMaker(allocations: allocations, uascFrom: uascFrom).item(i, on: day, a: a, b: b)
    }

    /// Items of an event population whose date falls in `window`, by binary search.
    public func events(_ population: Population, in window: Window) -> ArraySlice<CohortItem> {
        guard let list = events[population] else { return [] }
        return list[eventRange(population, window)]
    }

    /// Positions in the population's date-sorted list of the items dated in `window`.
    func eventRange(_ population: Population, _ window: Window) -> Range<Int> {
        guard let list = events[population] else { return 0..<0 }
        return lowerBound(list, window.start)..<lowerBound(list, window.end.adding(days: 1))
    }

    func eventList(_ population: Population) -> [CohortItem] { events[population] ?? [] }

    private func lowerBound(_ list: [CohortItem], _ day: Day) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].date < day { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The DfE relevant / former relevant test, simplified to the record: a period of care ended when the
    /// child was 16 or over, after at least 13 weeks looked after since the 14th birthday, and not by
    /// adoption, special guardianship or a child arrangements order. Returns the day care ended.
    static func careLeaverStart(_ c: UnsafePointer<ChildRecord>) -> Day? {
        guard let dob = c.pointee.dateOfBirth else { return nil }
        let fourteen = dob.birthday(14), sixteen = dob.birthday(16)
        var days = 0
        var result: Day? = nil
        for p in c.pointee.periodsOfCare where !p.isShortBreaksOnly {
            let end = p.span.end
            let from = max(p.span.start, fourteen)
            if let e = end { days += max(0, from.days(to: e)) } else { return result }
            if let e = end, e >= sixteen, days >= 91, let r = p.reasonEnded,
               !r.isAdoption, !r.isSpecialGuardianship, !r.isChildArrangementsOrder {
                result = e
            }
        }
        return result
    }
}

/// Lookups over a county's shell (areas, teams, workers, fostering households), which do not
/// depend on the children: built once and shared by the index of every batch.
public struct ShellIndex: Sendable {
    public let teamIndex: [TeamID: Int32]
    public let areaIndex: [AreaID: Int32]
    public let workerIndex: [WorkerID: Int32]
    public let householdIndex: [CarerID: Int32]
    /// Area of each team (index into `county.areas`), -1 for county-wide teams.
    public let teamArea: [Int32]

    public init(_ county: County) {
        var teams: [TeamID: Int32] = [:]
        for (i, t) in county.teams.enumerated() { teams[t.id] = Int32(i) }
        var areas: [AreaID: Int32] = [:]
        for (i, a) in county.areas.enumerated() { areas[a.id] = Int32(i) }
        var workers: [WorkerID: Int32] = [:]
        for (i, w) in county.workers.enumerated() { workers[w.id] = Int32(i) }
        var households: [CarerID: Int32] = [:]
        for (i, h) in county.fosteringHouseholds.enumerated() { households[h.id] = Int32(i) }
        teamIndex = teams; areaIndex = areas; workerIndex = workers; householdIndex = households
        teamArea = county.teams.map { t in t.area.flatMap { areas[$0] } ?? -1 }
    }
}

/// The index's parts as the build tasks finish them.
private final class IndexParts: @unchecked Sendable {
    let lock = NSLock()
    var allocations: AllocationTable?
    var events: [Population: [CohortItem]]?
    var spans: [Population: [FlatSpan]]?
    var timelines: ChildTimelines?
    var miles: [Int64: Double]?
    var workingDays: FastWorkingDays?
}
