import Hearth

/// The seven kinds of user the department has. A user holds exactly one role; the role decides
/// which routes they may use (`RouteTable`) and, with their `StaffScope`, which children.
public enum StaffRole: String, CaseIterable, Sendable, Codable, Comparable {
    /// Children allocated to them and to their team.
    case socialWorker = "social-worker"
    /// Their team's children.
    case teamManager = "team-manager"
    /// Their area's children.
    case areaManager = "area-manager"
    /// All child-level data, read-only, plus imports and exports.
    case performanceAnalyst = "performance-analyst"
    /// Placements and payments views (later issues add them); no child chronologies.
    case financeOfficer = "finance-officer"
    /// Aggregates only, never a child; small counts are suppressed.
    case electedMember = "elected-member"
    /// Users, roles and the audit log; no child records.
    case administrator = "administrator"

    public var label: String {
        switch self {
        case .socialWorker: "Social worker"
        case .teamManager: "Team manager"
        case .areaManager: "Area manager"
        case .performanceAnalyst: "Performance analyst"
        case .financeOfficer: "Finance officer"
        case .electedMember: "Elected member"
        case .administrator: "Administrator"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Roles that see aggregates through statistical disclosure control (EES conventions).
    public var seesSuppressedAggregates: Bool { self == .electedMember }
}

/// Who a user works for: the worker record, team and area that bound the children they may see.
/// Only the fields their role uses need be set (a social worker needs a worker and team, a team
/// manager a team, an area manager an area).
public struct StaffScope: Hashable, Sendable, Codable {
    public var worker: WorkerID?
    public var team: TeamID?
    public var area: AreaID?
    public init(worker: WorkerID? = nil, team: TeamID? = nil, area: AreaID? = nil) {
        self.worker = worker; self.team = team; self.area = area
    }
}

/// A person who signs in. The password hash is bcrypt; the plain password is never stored or logged.
public struct StaffUser: Hashable, Sendable {
    public var id: Int
    public var name: String
    public var role: StaffRole
    public var scope: StaffScope
    public var passwordHash: String
    public var disabled: Bool

    public init(id: Int, name: String, role: StaffRole, scope: StaffScope, passwordHash: String, disabled: Bool = false) {
        self.id = id; self.name = name; self.role = role; self.scope = scope
        self.passwordHash = passwordHash; self.disabled = disabled
    }
}
