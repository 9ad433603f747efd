import Hearth

/// A reference to the person, post or household behind a number, for drill-down.
public struct SubjectRef: Hashable, Sendable, Comparable {
    public var kind: SubjectKind
    public var index: Int32
    public init(kind: SubjectKind, index: Int32) { self.kind = kind; self.index = index }
    public static func < (a: Self, b: Self) -> Bool { (a.kind.rawValue, a.index) < (b.kind.rawValue, b.index) }
}

/// Numerator and denominator for one unit, with the subjects behind each when collected.
public struct Tally: Sendable, Equatable {
    public var numerator: Double = 0
    public var denominator: Double = 0
    /// Items counted (the denominator for per-item measures).
    public var items: Int = 0
    public var numeratorSubjects: [SubjectRef] = []
    public var denominatorSubjects: [SubjectRef] = []
    public init() {}

    @inline(__always) mutating func add(_ ref: SubjectRef, _ num: Double, _ den: Double, collect: Bool) {
        numerator += num
        denominator += den
        items += 1
        if collect {
            if num != 0 { numeratorSubjects.append(ref) }
            if den != 0 { denominatorSubjects.append(ref) }
        }
    }
}

/// A unit of reporting: the council, one area, one team, or one worker's caseload.
public enum ReportingUnit: Hashable, Sendable, CustomStringConvertible {
    case council
    case area(AreaID)
    case team(TeamID)
    case worker(WorkerID)

    /// Parses `council`, `area:ID-or-name`, `team:ID` or `worker:ID`.
    public init?(text: String) {
        if text == "council" || text == "county" { self = .council; return }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "area": self = .area(AreaID(parts[1]))
        case "team": self = .team(TeamID(parts[1]))
        case "worker": self = .worker(WorkerID(parts[1]))
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .council: return "council"
        case .area(let a): return "area:\(a)"
        case .team(let t): return "team:\(t)"
        case .worker(let w): return "worker:\(w)"
        }
    }
}

/// Tallies for every unit at once (council, each area, each team), with and without UASC children.
/// One pass over an indicator's items fills all of them.
public struct UnitTallies: Sendable {
    public var all: [Tally]
    public var excludingUASC: [Tally]
    let areaCount: Int

    init(areas: Int, teams: Int) {
        areaCount = areas
        all = Array(repeating: Tally(), count: 1 + areas + teams)
        excludingUASC = all
    }

    /// Position of a unit in the arrays; nil for a worker (evaluate those with a filter) or an unknown id.
    public static func slot(of unit: ReportingUnit, in index: CountyIndex) -> Int? {
        switch unit {
        case .council: return 0
        case .area(let a):
            if let i = index.areaIndex[a] { return 1 + Int(i) }
            if let i = index.county.areas.firstIndex(where: { $0.name.lowercased().hasPrefix(a.rawValue.lowercased()) }) {
                return 1 + i
            }
            return nil
        case .team(let t): return index.teamIndex[t].map { 1 + index.county.areas.count + Int($0) }
        case .worker: return nil
        }
    }

    public func tally(_ slot: Int, excludingUASC exclude: Bool) -> Tally { exclude ? excludingUASC[slot] : all[slot] }
}
