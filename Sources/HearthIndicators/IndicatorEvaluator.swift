import Foundation
import Hearth

/// Evaluates indicator definitions over a county. Snapshot cohorts are built once per date and
/// shared by every indicator that uses them; event windows are slices of presorted lists.
/// Not thread-safe (it caches); give each thread its own evaluator over the same `CountyIndex`.
public final class IndicatorEvaluator {
    public let index: CountyIndex
    /// Snapshot cohorts, possibly shared with evaluators on other threads.
    public let snapshots: SnapshotCache

    /// Per-item contributions of window-free definitions over event populations, by definition id.
    private var contributions: [String: [Contribution]] = [:]

    /// What one item adds: nil numerator means not eligible.
    struct Contribution { var numerator: Double; var denominator: Double; var eligible: Bool }

    public init(_ index: CountyIndex, snapshots: SnapshotCache = SnapshotCache()) {
        self.index = index; self.snapshots = snapshots
    }

    /// Drops cached per-item contributions (after a definition's months are all computed).
    public func clearContributions() { contributions.removeAll(keepingCapacity: true) }

    private func contributionList(_ d: IndicatorDefinition) -> [Contribution] {
        if let c = contributions[d.id] { return c }
        let list = index.eventList(d.population)
        let excludeUASC = d.exclusions.contains(.uasc)
        let anyWindow = Window(start: Day(ordinal: 0), end: Day(ordinal: 0), snapshot: Day(ordinal: 0))
        let c = list.map { item -> Contribution in
            if excludeUASC && item.uasc { return Contribution(numerator: 0, denominator: 0, eligible: false) }
            let subject = Subject(index: index, item: item, window: anyWindow)
            if let eligible = d.eligible, !eligible(subject) { return Contribution(numerator: 0, denominator: 0, eligible: false) }
            return Contribution(numerator: d.numerator(subject),
                                denominator: d.unit == .count ? 0 : (d.denominator?(subject) ?? 1), eligible: true)
        }
        contributions[d.id] = c
        return c
    }
    public convenience init(_ county: County) { self.init(CountyIndex(county)) }

    /// The items of `population` counted for `window`: events dated in it, or the cohort on its snapshot date.
    public func items(_ population: Population, _ window: Window) -> ArraySlice<CohortItem> {
        guard population.isSnapshot else { return index.events(population, in: window) }
        return snapshots.cohort(population, window.snapshot) { buildSnapshot(population, window.snapshot) }[...]
    }

    /// Drops cached snapshot cohorts (to bound memory over long series).
    public func clearCache() { snapshots.removeAll() }

    /// Evaluates `definition` over `window` for every unit at once, with and without UASC.
    /// With `worker` set, only items whose case was allocated to that worker count, in slot 0.
    public func evaluate(_ definition: IndicatorDefinition, _ window: Window, collect: Bool = false,
                         worker: WorkerID? = nil) -> UnitTallies {
        let areas = index.county.areas.count
        var result = UnitTallies(areas: worker == nil ? areas : 0, teams: worker == nil ? index.county.teams.count : 0)
        let workerFilter: Int32? = worker.map { index.workerIndex[$0] ?? -2 }
        let excludeUASC = definition.exclusions.contains(.uasc)
        let teamBase = 1 + areas
        func add(_ item: CohortItem, _ num: Double, _ den: Double) {
            let ref = SubjectRef(kind: item.kind, index: item.subject)
            result.all[0].add(ref, num, den, collect: collect)
            if !item.uasc { result.excludingUASC[0].add(ref, num, den, collect: collect) }
            guard workerFilter == nil, item.team >= 0 else { return }
            let t = teamBase + Int(item.team)
            result.all[t].add(ref, num, den, collect: collect)
            if !item.uasc { result.excludingUASC[t].add(ref, num, den, collect: collect) }
            let area = index.teamArea[Int(item.team)]
            if area >= 0 {
                result.all[1 + Int(area)].add(ref, num, den, collect: collect)
                if !item.uasc { result.excludingUASC[1 + Int(area)].add(ref, num, den, collect: collect) }
            }
        }
        if !definition.population.isSnapshot && !definition.readsWindow {
            let list = index.eventList(definition.population)
            let cached = contributionList(definition)
            for k in index.eventRange(definition.population, window) where cached[k].eligible {
                let item = list[k]
                if let w = workerFilter, !worksFor(item, w) { continue }
                add(item, cached[k].numerator, cached[k].denominator)
            }
            return result
        }
        for item in items(definition.population, window) {
            if excludeUASC && item.uasc { continue }
            if let w = workerFilter, !worksFor(item, w) { continue }
            let subject = Subject(index: index, item: item, window: window)
            if let eligible = definition.eligible, !eligible(subject) { continue }
            add(item, definition.numerator(subject), definition.unit == .count ? 0 : (definition.denominator?(subject) ?? 1))
        }
        return result
    }

    /// A worker's caseload: the item's case was allocated to them, or (staff items) it is them.
    private func worksFor(_ item: CohortItem, _ w: Int32) -> Bool {
        switch item.kind {
        case .child: return item.worker == w
        case .worker: return item.subject == w
        case .household: return item.worker == w
        case .post: return item.worker == w
        }
    }

    // MARK: Snapshot cohorts

    private func buildSnapshot(_ population: Population, _ day: Day) -> [CohortItem] {
        switch population {
        case .caseholdingPosts: return postItems(day)
        case .caseloadChildrenInCareTeams:
            return caseloadItems(day) { $0.kind == .childrenInCare && $0.area != nil }
        case .caseloadSocialWorkTeams: return caseloadItems(day) { $0.kind == .childrensSocialWork }
        case .caseloadFostering: return fosteringItems(day)
        default:
            guard let spans = index.spans[population] else { return [] }
            var out: [CohortItem] = []
            let d = day.ordinal
            for s in spans where s.start <= d && d < s.end {
                out.append(index.childItem(s.child, on: day, a: s.a, b: s.b))
            }
            return out
        }
    }

    private func postItems(_ day: Day) -> [CohortItem] {
        guard index.countsWorkforce else { return [] }
        var out: [CohortItem] = []
        for (i, p) in index.county.posts.enumerated() where p.caseholding {
            let holder = p.holder(on: day).flatMap { index.workerIndex[$0] } ?? -1
            out.append(CohortItem(date: day, kind: .post, subject: Int32(i), a: holder,
                                  team: index.teamIndex[p.team] ?? -1, worker: holder))
        }
        return out
    }

    /// Case items (an open allocation with a named worker, in a team of the kind) and worker items
    /// (qualified case-holding social workers employed that day in such a team, weighted by FTE).
    private func caseloadItems(_ day: Day, teamMatches: (Team) -> Bool) -> [CohortItem] {
        let teams = index.county.teams
        var out: [CohortItem] = []
        for s in index.spans[.openCases] ?? [] where s.start <= day.ordinal && day.ordinal < s.end {
            let item = index.childItem(s.child, on: day, a: s.a)
            if item.team >= 0, item.worker >= 0, teamMatches(teams[Int(item.team)]) { out.append(item) }
        }
        guard index.countsWorkforce else { return out }
        for (i, w) in index.county.workers.enumerated()
        where w.employed.contains(day) && w.qualified && (w.role == .socialWorker || w.role == .seniorPractitioner) {
            guard let t = index.teamIndex[w.team], teamMatches(teams[Int(t)]) else { continue }
            out.append(CohortItem(date: day, kind: .worker, subject: Int32(i), team: t, worker: Int32(i)))
        }
        return out
    }

    private func fosteringItems(_ day: Day) -> [CohortItem] {
        guard index.countsWorkforce else { return [] }
        var out: [CohortItem] = []
        for (i, h) in index.county.fosteringHouseholds.enumerated() where h.approved.contains(day) {
            guard let w = h.supervisingWorker.flatMap({ index.workerIndex[$0] }) else { continue }
            let team = index.teamIndex[index.county.workers[Int(w)].team] ?? -1
            out.append(CohortItem(date: day, kind: .household, subject: Int32(i), team: team, worker: w))
        }
        for (i, w) in index.county.workers.enumerated() where w.employed.contains(day) && w.role == .fosteringSocialWorker {
            out.append(CohortItem(date: day, kind: .worker, subject: Int32(i), team: index.teamIndex[w.team] ?? -1,
                                  worker: Int32(i)))
        }
        return out
    }
}

/// Snapshot cohorts by population and date, built once and shared by every indicator (and every
/// thread) that needs them; old dates can be evicted to bound memory over long series.
public final class SnapshotCache: @unchecked Sendable {
    private struct Key: Hashable { var population: Population; var day: Int32 }
    private let lock = NSLock()
    private var cohorts: [Key: [CohortItem]] = [:]

    public init() {}

    func cohort(_ population: Population, _ day: Day, build: () -> [CohortItem]) -> [CohortItem] {
        let key = Key(population: population, day: day.ordinal)
        if let c = lock.withLock({ cohorts[key] }) { return c }
        let built = build()
        return lock.withLock {
            if let c = cohorts[key] { return c }
            cohorts[key] = built
            return built
        }
    }

    /// Drops cohorts for dates before `day`.
    public func evict(before day: Day) {
        lock.withLock { cohorts = cohorts.filter { $0.key.day >= day.ordinal } }
    }

    public func removeAll() { lock.withLock { cohorts.removeAll() } }
}
