import Hearth

/// A row of a table: the county, one area or one team (spec scorecard §8.1).
public enum ReportingUnit: Hashable, Sendable {
    case county
    case area(AreaID)
    case team(TeamID)

    /// Stable text key for URLs, CSV and cache keys: `county`, `area:ID`, `team:ID`.
    public var key: String {
        switch self {
        case .county: "county"
        case .area(let a): "area:\(a.rawValue)"
        case .team(let t): "team:\(t.rawValue)"
        }
    }

    public init?(key: String) {
        if key == "county" { self = .county; return }
        if key.hasPrefix("area:") { self = .area(AreaID(String(key.dropFirst(5)))); return }
        if key.hasPrefix("team:") { self = .team(TeamID(String(key.dropFirst(5)))); return }
        return nil
    }

    public func name(in county: County) -> String {
        switch self {
        case .county: county.name
        case .area(let a): county.areas.first { $0.id == a }?.name ?? a.rawValue
        case .team(let t): county.teams.first { $0.id == t }?.name ?? t.rawValue
        }
    }

    /// County, then areas, then teams, in the county's own order.
    public static func all(in county: County) -> [ReportingUnit] {
        [.county] + county.areas.map { .area($0.id) } + county.teams.map { .team($0.id) }
    }
}
