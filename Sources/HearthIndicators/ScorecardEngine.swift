import Hearth

/// Turns tallies into rated scorecard results for any month and unit, using a council's targets.
public final class ScorecardEngine {
    public let index: CountyIndex
    public let targets: TargetSet
    public let evaluator: IndicatorEvaluator
    private var cache: [CacheKey: UnitTallies] = [:]
    private var thresholdCache: [ThresholdKey: Thresholds?] = [:]
    private struct ThresholdKey: Hashable { var id: String; var month: ReportingMonth }

    /// The thresholds in force for an indicator in a month (looked up once per pair).
    public func thresholds(_ id: String, _ month: ReportingMonth) -> Thresholds? {
        let key = ThresholdKey(id: id, month: month)
        if let t = thresholdCache[key] { return t }
        let t = targets.thresholds(id, in: month)
        thresholdCache[key] = t
        return t
    }

    private struct CacheKey: Hashable {
        var id: String; var start: Day; var end: Day; var snapshot: Day; var worker: WorkerID?; var collect: Bool
    }

    public init(index: CountyIndex, targets: TargetSet, snapshots: SnapshotCache = SnapshotCache()) {
        self.index = index; self.targets = targets; self.evaluator = IndicatorEvaluator(index, snapshots: snapshots)
    }
    public convenience init(_ county: County, targets: TargetSet = .kent()) {
        self.init(index: CountyIndex(county), targets: targets)
    }

    /// Tallies for every unit (or one worker's caseload) over `window`, cached.
    public func tallies(_ d: IndicatorDefinition, _ window: Window, worker: WorkerID? = nil, collect: Bool = false) -> UnitTallies {
        let key = CacheKey(id: d.id, start: window.start, end: window.end, snapshot: window.snapshot, worker: worker, collect: collect)
        if let t = cache[key] { return t }
        let t = evaluator.evaluate(d, window, collect: collect, worker: worker)
        cache[key] = t
        return t
    }

    /// The value of a tally under the definition's unit; nil when there is no result.
    public static func value(_ t: Tally, unit: IndicatorUnit) -> Double? {
        switch unit {
        case .count: return t.numerator
        case .percent: return t.denominator > 0 ? 100 * t.numerator / t.denominator : nil
        case .days, .ratio: return t.denominator > 0 ? t.numerator / t.denominator : nil
        }
    }

    /// One indicator's scorecard row for `unit` in `month`.
    public func result(_ d: IndicatorDefinition, month: ReportingMonth, unit: ReportingUnit = .council,
                       excludingUASC: Bool = false, collect: Bool = false) -> IndicatorResult? {
        let window = month.window(d.period, calendar: index.calendar)
        let worker: WorkerID? = if case .worker(let w) = unit { w } else { nil }
        let slot: Int
        if worker != nil { slot = 0 } else {
            guard let s = UnitTallies.slot(of: unit, in: index) else { return nil }
            slot = s
        }
        func tally(_ w: Window, _ c: Bool = false) -> Tally {
            tallies(d, w, worker: worker, collect: c).tally(slot, excludingUASC: excludingUASC)
        }
        let t = tally(window, collect)
        let previous = Self.value(tally(month.previous.window(d.period, calendar: index.calendar)), unit: d.unit)
        let yearAgo = Self.value(tally(month.adding(months: -12).window(d.period, calendar: index.calendar)), unit: d.unit)
        var short: Tally? = nil
        if d.period.hasShortTermValue { short = tally(month.shortTermWindow(index.calendar)) }
        return assemble(d, month: month, unit: unit, excludingUASC: excludingUASC, window: window, tally: t,
                        previous: previous, yearAgo: yearAgo, shortTerm: short)
    }

    /// Rates and packages a tally (shared by single results and full runs).
    public func assemble(_ d: IndicatorDefinition, month: ReportingMonth, unit: ReportingUnit, excludingUASC: Bool,
                         window: Window, tally t: Tally, previous: Double?, yearAgo: Double?, shortTerm: Tally?) -> IndicatorResult {
        let value = Self.value(t, unit: d.unit)
        let denominator: Double? = d.unit == .count ? nil : t.denominator
        let removed = d.isRemoved(in: month)
        let headcount: (Double?) -> Double? = { d.denominatorIsFTE ? nil : $0 }
        let thresholds = self.thresholds(d.id, month)
        func rag(_ v: Double?, _ den: Double?) -> RAG? {
            guard !removed, let v, let th = thresholds else { return nil }
            return Rating.rate(v, denominator: headcount(den), polarity: d.polarity, th)
        }
        var rolling3: ShortTermResult? = nil
        if let s = shortTerm {
            let v = Self.value(s, unit: d.unit), den: Double? = d.unit == .count ? nil : s.denominator
            rolling3 = ShortTermResult(value: v, numerator: s.numerator, denominator: den, rag: rag(v, den))
        }
        return IndicatorResult(
            definition: d, month: month, unit: unit, excludingUASC: excludingUASC, window: window, value: value,
            numerator: t.numerator, denominator: denominator, rag: rag(value, denominator),
            caution: Rating.isCaution(denominator: headcount(denominator)), thresholds: thresholds, previousValue: previous,
            direction: Rating.direction(from: previous, to: value, polarity: d.polarity, target: thresholds?.target),
            yearAgoValue: yearAgo, rolling3: rolling3, removed: removed,
            numeratorSubjects: t.numeratorSubjects, denominatorSubjects: t.denominatorSubjects)
    }

    /// The whole scorecard (or any list of definitions) for one unit and month.
    public func scorecard(month: ReportingMonth, unit: ReportingUnit = .council, excludingUASC: Bool = false,
                          definitions: [IndicatorDefinition] = IndicatorCatalogue.scorecard,
                          collect: Bool = false) -> [IndicatorResult] {
        definitions.compactMap { result($0, month: month, unit: unit, excludingUASC: excludingUASC, collect: collect) }
    }

    /// A monthly series ending with `through`, up to 60 months.
    public func series(_ d: IndicatorDefinition, through: ReportingMonth, months: Int, unit: ReportingUnit = .council,
                       excludingUASC: Bool = false) -> [IndicatorResult] {
        let n = min(max(months, 1), 60)
        return (0..<n).reversed().compactMap { result(d, month: through.adding(months: -$0), unit: unit, excludingUASC: excludingUASC) }
    }

    /// Child ids (or post, worker, household ids) for drill-down.
    public func identifiers(_ refs: [SubjectRef]) -> [String] {
        Array(Set(refs)).sorted().map { r in
            switch r.kind {
            case .child: return index.county.children[Int(r.index)].id.rawValue
            case .post: return index.county.posts[Int(r.index)].id.rawValue
            case .worker: return index.county.workers[Int(r.index)].id.rawValue
            case .household: return index.county.fosteringHouseholds[Int(r.index)].id.rawValue
            }
        }
    }

    public func clearCache() { cache.removeAll(keepingCapacity: true); evaluator.clearCache() }
    /// Drops cached tallies of windows whose snapshot is before `month`'s previous month.
    public func clearTallies(before month: ReportingMonth) {
        let keep = month.previous.snapshot(index.calendar)
        cache = cache.filter { $0.key.snapshot >= keep }
    }

    /// Drops cached tallies but keeps the per-date cohorts other indicators share.
    public func clearTallies() { cache.removeAll(keepingCapacity: true); evaluator.clearContributions() }
}
