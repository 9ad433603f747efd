/// A DfE code value. Codes are wrappers over their text rather than closed enums because
/// lists change by collection year and imported files carry codes we must keep and report on,
/// not reject at parse time. Whether a code is valid is a question for its year's `CodeList`.
public protocol Code: RawRepresentable, Hashable, Sendable, Codable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String {
    /// The key of this code's list in `CodeLists`.
    static var listName: String { get }
    init(rawValue: String)
}

extension Code {
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

    /// This code's list.
    public static var codeList: CodeList { CodeLists.list(listName) }
    /// Whether the code is in its list for `year`.
    public func isValid(in year: CollectionYear) -> Bool { Self.codeList.isValid(rawValue, in: year) }
    /// The DfE description, or nil for a code not on the list.
    public var meaning: String? { Self.codeList.description(of: rawValue) }
}

/// One year-versioned DfE code list.
public struct CodeList: Sendable {
    public struct Entry: Sendable {
        public var code: String
        public var description: String
        /// First collection year the code is valid in; nil for "as far back as we model".
        public var from: CollectionYear?
        /// Last collection year the code is valid in; nil for "still current".
        public var to: CollectionYear?

        public init(code: String, description: String, from: CollectionYear? = nil, to: CollectionYear? = nil) {
            self.code = code
            self.description = description
            self.from = from
            self.to = to
        }

        public func isValid(in year: CollectionYear) -> Bool {
            (from.map { year >= $0 } ?? true) && (to.map { year <= $0 } ?? true)
        }
    }

    public var name: String
    public var entries: [Entry]
    private let index: [String: Int]

    public init(name: String, entries: [Entry]) {
        self.name = name
        self.entries = entries
        var index: [String: Int] = [:]
        for (i, e) in entries.enumerated() { index[e.code] = i }
        self.index = index
    }

    public func isValid(_ code: String, in year: CollectionYear) -> Bool {
        guard let i = index[code] else { return false }
        return entries[i].isValid(in: year)
    }

    public func description(of code: String) -> String? { index[code].map { entries[$0].description } }

    /// Codes valid in `year`, in list order.
    public func codes(in year: CollectionYear) -> [String] {
        entries.filter { $0.isValid(in: year) }.map(\.code)
    }
}

/// The registry of DfE code lists, keyed by list name.
public enum CodeLists {
    public static func list(_ name: String) -> CodeList {
        guard let l = generated[name] else { preconditionFailure("No code list named \(name)") }
        return l
    }
    public static var names: [String] { generated.keys.sorted() }
}
