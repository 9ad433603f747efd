import Hearth

/// Which children a user may see, decided from the case allocation and the user's role.
///
/// A child belongs to the team (and worker) of their latest allocation that started on or before
/// the county's extract date; a closed case stays with its last team, so a manager can still read
/// the history of a child their team worked with. Children who were never allocated are visible
/// only to county-wide roles.
public struct CaseloadScope: Sendable {
    public let user: StaffUser
    private let teamArea: [TeamID: AreaID]

    public init(user: StaffUser, county: County) {
        self.user = user
        var map: [TeamID: AreaID] = [:]
        for t in county.teams { if let a = t.area { map[t.id] = a } }
        self.teamArea = map
    }

    /// Whether the role may see individual children at all.
    public static func seesChildren(_ role: StaffRole) -> Bool {
        switch role {
        case .socialWorker, .teamManager, .areaManager, .performanceAnalyst: true
        case .financeOfficer, .electedMember, .administrator: false
        }
    }

    public func allocation(of child: ChildRecord, asOf day: Day) -> CaseAllocation? {
        child.allocations.last { $0.span.start <= day }
    }

    public func allows(_ child: ChildRecord, asOf day: Day) -> Bool {
        guard Self.seesChildren(user.role) else { return false }
        if user.role == .performanceAnalyst { return true }
        guard let a = allocation(of: child, asOf: day) else { return false }
        switch user.role {
        case .socialWorker:
            return (user.scope.worker != nil && a.worker == user.scope.worker)
                || (user.scope.team != nil && a.team == user.scope.team)
        case .teamManager:
            return user.scope.team != nil && a.team == user.scope.team
        case .areaManager:
            return user.scope.area != nil && teamArea[a.team] == user.scope.area
        default:
            return false
        }
    }

    /// A short description of the scope, for the page heading and the audit log.
    public var description: String {
        switch user.role {
        case .socialWorker: "worker \(user.scope.worker?.rawValue ?? "-") / team \(user.scope.team?.rawValue ?? "-")"
        case .teamManager: "team \(user.scope.team?.rawValue ?? "-")"
        case .areaManager: "area \(user.scope.area?.rawValue ?? "-")"
        default: "the whole county"
        }
    }
}
