/// A period missing from care (M) or away without authorisation (A), with the return interview.
public struct MissingEpisode: Hashable, Sendable, Codable {
    public var kind: MissingKind
    /// From when the child went missing to when they returned (exclusive end, nil while missing).
    public var span: DaySpan
    public var returnInterviewOffered: Bool?
    public var returnInterviewAccepted: Bool?
    public var returnInterviewCompleted: Day?

    public init(kind: MissingKind, span: DaySpan, returnInterviewOffered: Bool? = nil,
                returnInterviewAccepted: Bool? = nil, returnInterviewCompleted: Day? = nil) {
        self.kind = kind; self.span = span; self.returnInterviewOffered = returnInterviewOffered
        self.returnInterviewAccepted = returnInterviewAccepted; self.returnInterviewCompleted = returnInterviewCompleted
    }
}
