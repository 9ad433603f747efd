/// A rule as the DfE lists it: code, message, the fields it points at, the tables it reads.
public struct RuleInfo: Sendable, Hashable, Codable {
    public var code: String
    public var message: String
    public var fields: [String]
    public var tables: [String]

    public init(code: String, message: String, fields: [String], tables: [String]) {
        self.code = code; self.message = message; self.fields = fields; self.tables = tables
    }
}
