/// A breach of one of the case model's invariants, naming the child, the record and the field.
public struct ModelViolation: Error, Hashable, Sendable, CustomStringConvertible {
    public var child: ChildID?
    /// Where in the record, for example `periodsOfCare[1].placements[0]`.
    public var path: String
    public var field: String
    public var value: String
    public var message: String

    public init(child: ChildID?, path: String, field: String, value: String, message: String) {
        self.child = child; self.path = path; self.field = field; self.value = value; self.message = message
    }

    public var description: String {
        "child \(child?.rawValue ?? "-"): \(path).\(field) = \(value): \(message)"
    }
}

/// One or more invariant violations, raised together so the user sees all of them at once.
public struct ModelViolations: Error, Sendable, CustomStringConvertible {
    public var violations: [ModelViolation]
    public init(_ violations: [ModelViolation]) { self.violations = violations }
    public var description: String { violations.map(\.description).joined(separator: "\n") }
}
