/// A geographic and management area (North, East, South, West, Disability Service).
public struct Area: Hashable, Sendable, Codable, Identifiable {
    public var id: AreaID
    public var name: String
    public init(id: AreaID, name: String) { self.id = id; self.name = name }
}

public enum TeamKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// District Children's Social Work Team, holding CIN and CP cases.
    case childrensSocialWork
    case childrenInCare
    case disability
    case uascService
    case careLeavers
    case adoption
    case fostering
    /// Front door, adolescent and other teams without their own scorecard page.
    case other
}

/// An organisational team. County-wide teams have no area.
public struct Team: Hashable, Sendable, Codable, Identifiable {
    public var id: TeamID
    public var name: String
    public var kind: TeamKind
    public var area: AreaID?
    /// The district the team serves, where it has one.
    public var district: String?
    public init(id: TeamID, name: String, kind: TeamKind, area: AreaID?, district: String? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.area = area; self.district = district
    }
}

public enum Employment: String, Hashable, Sendable, Codable { case permanent, agency }

public enum WorkerRole: String, Hashable, Sendable, Codable {
    case socialWorker, seniorPractitioner, teamManager, personalAdviser, fosteringSocialWorker, supportWorker
}

public struct Worker: Hashable, Sendable, Codable, Identifiable {
    public var id: WorkerID
    public var name: String
    public var team: TeamID
    public var role: WorkerRole
    /// A registered, qualified social worker.
    public var qualified: Bool
    public var employment: Employment
    public var fte: Double
    /// From joining to leaving (exclusive).
    public var employed: DaySpan

    public init(id: WorkerID, name: String, team: TeamID, role: WorkerRole, qualified: Bool,
                employment: Employment, fte: Double, employed: DaySpan) {
        self.id = id; self.name = name; self.team = team; self.role = role; self.qualified = qualified
        self.employment = employment; self.fte = fte; self.employed = employed
    }
}

/// An established post in a team's structure, and who has filled it when.
public struct Post: Hashable, Sendable, Codable, Identifiable {
    public var id: PostID
    public var team: TeamID
    public var fte: Double
    public var caseholding: Bool
    public var holders: [PostHolding]

    public init(id: PostID, team: TeamID, fte: Double, caseholding: Bool, holders: [PostHolding] = []) {
        self.id = id; self.team = team; self.fte = fte; self.caseholding = caseholding; self.holders = holders
    }

    public func holder(on day: Day) -> WorkerID? { holders.last { $0.span.contains(day) }?.worker }
}

public struct PostHolding: Hashable, Sendable, Codable {
    public var worker: WorkerID
    public var span: DaySpan
    public init(worker: WorkerID, span: DaySpan) { self.worker = worker; self.span = span }
}

/// Allocation of a child's case to a team and, usually, a named worker. An allocation with no
/// worker is an unallocated case held by the team.
public struct CaseAllocation: Hashable, Sendable, Codable {
    public var team: TeamID
    public var worker: WorkerID?
    public var span: DaySpan
    /// Why the worker changed at the start of this allocation (903 SW_REASON).
    public var reason: SocialWorkerChangeReason?

    public init(team: TeamID, worker: WorkerID?, span: DaySpan, reason: SocialWorkerChangeReason? = nil) {
        self.team = team; self.worker = worker; self.span = span; self.reason = reason
    }
}

public enum FosterCarerKind: String, Hashable, Sendable, Codable {
    /// Approved by the council's own fostering service.
    case inHouse
    /// Approved by an independent fostering agency.
    case independentAgency
    /// Relatives or friends (connected persons).
    case connectedPerson
}

/// A fostering household, supervised by a fostering social worker.
public struct FosteringHousehold: Hashable, Sendable, Codable, Identifiable {
    public var id: CarerID
    public var kind: FosterCarerKind
    public var supervisingWorker: WorkerID?
    public var approved: DaySpan
    public var postcode: String?

    public init(id: CarerID, kind: FosterCarerKind, supervisingWorker: WorkerID?, approved: DaySpan, postcode: String? = nil) {
        self.id = id; self.kind = kind; self.supervisingWorker = supervisingWorker; self.approved = approved; self.postcode = postcode
    }
}
