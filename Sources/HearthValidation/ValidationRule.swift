import Hearth
import HearthReturns

/// Inputs some rules need beyond the return itself. When one is missing the rule reports
/// "not checked: needs X" instead of passing silently.
public enum RuleInput: String, Sendable, Hashable, Codable, CaseIterable {
    /// Last year's return, for continuity rules (502, 503A–J, …).
    case previousReturn = "the previous year's return"
    /// The ONS postcode directory, for distance and placement-LA rules.
    case postcodeDirectory = "the ONS postcode directory"
    /// Ofsted's provider lists, for URN rules.
    case ofstedProviders = "Ofsted's provider lists"
    /// The submitting council's upper-tier local authority code (`--la`), for the rules that ask
    /// whether a placement is inside the council's area (229, 411, 503J, 1015).
    case councilCode = "the council's local authority code"
}

/// One place a rule fails: a data row of one table, and the fields at fault there.
public struct RuleHit: Sendable, Hashable {
    public var table: SSDA903TableName
    /// 0-based data row in that table's file: the reference validator's way of pointing at rows.
    public var row: Int
    /// The fields at fault; nil means the rule's listed affected fields in this table.
    public var fields: [String]?

    public init(_ table: SSDA903TableName, row: Int, fields: [String]? = nil) {
        self.table = table; self.row = row; self.fields = fields
    }
}

/// A DfE SSDA903 validation rule. One type per rule, one file per rule, its own tests.
///
/// Rules see the raw tables, as the DfE's validator does, so a finding points at the row a
/// council must correct in the file it submitted.
public protocol ValidationRule: Sendable {
    /// The DfE rule code, for example "103" or "SW01STG1".
    var code: String { get }
    /// Inputs the rule needs beyond the current return; empty for most rules.
    var needs: Set<RuleInput> { get }
    /// What the rule means in plain English, and how to fix a failure.
    var explanation: String { get }
    /// The rows that break the rule.
    func check(_ context: ValidationContext) -> [RuleHit]
}

extension ValidationRule {
    public var needs: Set<RuleInput> { [] }
}
