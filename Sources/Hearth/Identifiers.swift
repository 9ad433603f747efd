/// A typed identifier, so a worker's id can never be passed where a child's is expected.
public protocol Identifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String {
    init(rawValue: String)
}

extension Identifier {
    public init(_ raw: String) { self.init(rawValue: raw) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// The council's identifier for a child (903 CHILD, CIN LAchildID): stable, never reused.
public struct ChildID: Identifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
public struct WorkerID: Identifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
public struct TeamID: Identifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
public struct AreaID: Identifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
public struct PostID: Identifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
/// A foster carer household or a provider: what decides whether a placement move is a change of carer.
public struct CarerID: Identifier { public let rawValue: String; public init(rawValue: String) { self.rawValue = rawValue } }
