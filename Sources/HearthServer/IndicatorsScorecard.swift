import Hearth
import HearthIndicators

/// The indicators engine behind the scorecard pages. The engine caches tallies and is not safe to
/// share between threads, so it lives in this actor, rebuilt whenever the data version changes.
public actor IndicatorsScorecard: ScorecardSource {
    private var engine: ScorecardEngine?
    private var version = -1
    private let targets: TargetSet

    public init(targets: TargetSet = .kent()) { self.targets = targets }

    private func engine(for snap: CaseloadSnapshot) -> ScorecardEngine {
        if let e = engine, version == snap.version { return e }
        let e = ScorecardEngine(snap.county, targets: targets)
        engine = e
        version = snap.version
        return e
    }

    static func unit(_ u: HearthServer.ReportingUnit) -> HearthIndicators.ReportingUnit {
        switch u {
        case .county: .council
        case .area(let a): .area(a)
        case .team(let t): .team(t)
        }
    }

    static func rag(_ r: RAG) -> RAGWord {
        switch r { case .green: .green; case .amber: .amber; case .red: .red }
    }

    static func row(_ r: IndicatorResult) -> ScorecardRow {
        let d = r.definition
        func shown(_ v: Double?) -> String { v == nil ? "–" : IndicatorResult.display(v, unit: d.unit) }
        return ScorecardRow(
            id: r.id, name: r.name, section: d.section.rawValue, polarity: d.polarity.rawValue, period: d.period.rawValue,
            value: r.value, displayValue: r.removed ? "withdrawn" : shown(r.value), rag: r.rag.map(rag),
            numerator: r.numerator, denominator: r.denominator, isPercentage: d.unit == .percent, caution: r.caution,
            target: r.thresholds.map { shown($0.target) } ?? "", floor: r.thresholds?.floor.map { shown($0) } ?? "",
            previous: shown(r.previousValue), direction: r.direction?.rawValue, yearAgo: shown(r.yearAgoValue),
            rolling3: r.rolling3.map { shown($0.value) }, rolling3RAG: r.rolling3?.rag.map(rag))
    }

    public func scorecard(_ snapshot: CaseloadSnapshot, month: Day, unit: HearthServer.ReportingUnit,
                          excludingUASC: Bool) async throws -> [ScorecardRow] {
        engine(for: snapshot).scorecard(month: ReportingMonth(containing: month), unit: Self.unit(unit), excludingUASC: excludingUASC)
            .map(Self.row)
    }

    public func indicator(_ snapshot: CaseloadSnapshot, id: String, month: Day, unit: HearthServer.ReportingUnit,
                          excludingUASC: Bool, months: Int) async throws -> IndicatorDetail? {
        guard let d = IndicatorCatalogue.definition(id) else { return nil }
        let e = engine(for: snapshot)
        let m = ReportingMonth(containing: month)
        guard let r = e.result(d, month: m, unit: Self.unit(unit), excludingUASC: excludingUASC, collect: true) else { return nil }
        let trend = e.series(d, through: m, months: months, unit: Self.unit(unit), excludingUASC: excludingUASC).map {
            TrendPoint(month: $0.month.firstDay, value: $0.value, target: $0.thresholds?.target, floor: $0.thresholds?.floor,
                       rag: $0.rag.map(Self.rag))
        }
        let breakdown = HearthServer.ReportingUnit.all(in: snapshot.county).compactMap { u in
            e.result(d, month: m, unit: Self.unit(u), excludingUASC: excludingUASC)
                .map { (unit: u, name: u.name(in: snapshot.county), row: Self.row($0)) }
        }
        func children(_ refs: [SubjectRef]) -> [ChildID] {
            e.identifiers(refs.filter { $0.kind == .child }).map(ChildID.init(rawValue:))
        }
        var text = "Cohort: \(d.cohort). Numerator: \(d.numeratorText)."
        if let den = d.denominatorText { text += " Denominator: \(den)." }
        text += " Period: \(d.period.rawValue); polarity \(d.polarity.rawValue)."
        return IndicatorDetail(row: Self.row(r), definition: text, trend: trend, breakdown: breakdown,
                               numeratorChildren: children(r.numeratorSubjects), denominatorChildren: children(r.denominatorSubjects))
    }
}
