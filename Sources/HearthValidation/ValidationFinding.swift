import HearthReturns

/// A failed rule at one row, in the reference validator's terms so the two compare one to one.
public struct ValidationFinding: Sendable, Hashable, Codable {
    public var ruleCode: String
    /// The 903 table name: Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes.
    public var table: String
    public var childID: String
    /// 0-based data row in that table's file.
    public var rowIndex: Int
    /// 1-based line in the source file (or of the XML element), for people.
    public var line: Int?
    /// XML element path, when the return was XML.
    public var path: String?
    public var fields: [String]
    /// The values of `fields` in the row, in the same order.
    public var values: [String]
    public var message: String

    public init(ruleCode: String, table: String, childID: String, rowIndex: Int, line: Int? = nil, path: String? = nil,
                fields: [String], values: [String], message: String) {
        self.ruleCode = ruleCode; self.table = table; self.childID = childID; self.rowIndex = rowIndex
        self.line = line; self.path = path; self.fields = fields; self.values = values; self.message = message
    }
}

/// A rule that could not run because an input it needs was not supplied.
public struct UncheckedRule: Sendable, Hashable, Codable {
    public var ruleCode: String
    public var missing: [RuleInput]
    public var message: String { "not checked: needs " + missing.map(\.rawValue).joined(separator: " and ") }
}

/// Everything one validation run found.
public struct ValidationReport: Sendable, Hashable, Codable {
    public var year: CollectionYear
    public var findings: [ValidationFinding]
    public var unchecked: [UncheckedRule]
    /// Codes of the rules that ran.
    public var checked: [String]
}

import Hearth
