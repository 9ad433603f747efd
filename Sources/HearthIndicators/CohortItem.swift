import Hearth

/// What an item's id in a drill-down refers to.
public enum SubjectKind: UInt8, Sendable, Codable {
    case child, post, worker, household
}

/// One counted thing: a child on a date, or an event in a child's record (a referral, a review, a
/// visit due), or a post, worker or household for the staffing measures. Indices point into the
/// county's arrays so an item is a few integers, not a copy of the record.
public struct CohortItem: Sendable, Hashable {
    /// The date the item is counted on: the event date, or the snapshot date.
    public var date: Day
    public var kind: SubjectKind
    /// Index into `county.children` (or posts, workers, households for those kinds).
    public var subject: Int32
    /// Population-specific position in the subject's record (episode, period, audit…).
    public var a: Int32
    /// Population-specific second position (assessment within episode, placement within period…).
    public var b: Int32
    /// Team the item is attributed to (index into `county.teams`), -1 when none.
    public var team: Int32
    /// Worker the child's case was allocated to on `date`, -1 when none.
    public var worker: Int32
    /// The child had been UASC on or before `date`.
    public var uasc: Bool

    public init(date: Day, kind: SubjectKind = .child, subject: Int32, a: Int32 = -1, b: Int32 = -1,
                team: Int32 = -1, worker: Int32 = -1, uasc: Bool = false) {
        self.date = date; self.kind = kind; self.subject = subject; self.a = a; self.b = b
        self.team = team; self.worker = worker; self.uasc = uasc
    }
}
