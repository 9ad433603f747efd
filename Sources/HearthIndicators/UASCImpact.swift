import Hearth

/// The "Scorecard – Impact of UASC" page (scorecard §6): selected indicators with and without UASC
/// children, for the council and each area, and the variance in percentage points.
public struct UASCImpactRow: Sendable {
    public var unitName: String
    public var including: IndicatorResult
    public var excluding: IndicatorResult
    /// Excluding minus including, unrounded; nil when either has no value.
    public var variance: Double? {
        guard let a = including.value, let b = excluding.value else { return nil }
        return b - a
    }
}

public enum UASCImpact {
    /// The children-in-care block, in page order (id 26 appears while it was published).
    public static let childrenInCareIDs = ["17", "18", "21", "22", "23", "24", "25", "26", "27"]
    /// The council-only "other indicators" block.
    public static let otherIDs = ["32", "33", "34", "35", "2", "7"]

    public static func rows(_ engine: ScorecardEngine, month: ReportingMonth) -> [UASCImpactRow] {
        let index = engine.index
        var rows: [UASCImpactRow] = []
        let units: [(ReportingUnit, String)] = [(.council, index.county.name)] + index.county.areas.map { (.area($0.id), $0.name) }
        func add(_ ids: [String], _ unit: ReportingUnit, _ name: String) {
            for id in ids {
                guard let d = IndicatorCatalogue.definition(id), !d.isRemoved(in: month),
                      let inc = engine.result(d, month: month, unit: unit),
                      let exc = engine.result(d, month: month, unit: unit, excludingUASC: true) else { continue }
                rows.append(UASCImpactRow(unitName: name, including: inc, excluding: exc))
            }
        }
        for (u, name) in units { add(childrenInCareIDs, u, name) }
        add(otherIDs, .council, index.county.name)
        return rows
    }
}
