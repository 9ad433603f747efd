public enum QualityGrade: String, Hashable, Sendable, Codable, CaseIterable {
    case outstanding, good, requiresImprovement, inadequate
    public var isGoodOrBetter: Bool { self == .outstanding || self == .good }
}

/// A case file audit: scheduled for a month, completed (or not), graded.
public struct CaseFileAudit: Hashable, Sendable, Codable {
    public var scheduled: Day
    public var completed: Day?
    public var grade: QualityGrade?
    public var auditor: WorkerID?
    public init(scheduled: Day, completed: Day? = nil, grade: QualityGrade? = nil, auditor: WorkerID? = nil) {
        self.scheduled = scheduled; self.completed = completed; self.grade = grade; self.auditor = auditor
    }
}

/// A quality rating of a document about the child.
public struct DocumentGrade: Hashable, Sendable, Codable {
    public enum Document: String, Hashable, Sendable, Codable {
        /// The social work report to a child protection conference.
        case protectionConferenceReport
        /// A looked-after child's care plan, rated at review.
        case carePlan
    }
    public var document: Document
    public var date: Day
    public var grade: QualityGrade
    public init(document: Document, date: Day, grade: QualityGrade) {
        self.document = document; self.date = date; self.grade = grade
    }
}
