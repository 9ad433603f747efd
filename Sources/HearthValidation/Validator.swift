import Dispatch
import Hearth
import HearthReturns

/// Runs a year's rule set over a return.
public struct Validator: Sendable {
    public var ruleSet: RuleSet

    public init(year: CollectionYear) { ruleSet = RuleSet.forYear(year) }
    public init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

    public func validate(_ context: ValidationContext) -> ValidationReport {
        var unchecked: [UncheckedRule] = []
        var runnable: [any ValidationRule] = []
        for rule in ruleSet.rules {
            let missing = rule.needs.filter { !context.has($0) }.sorted { $0.rawValue < $1.rawValue }
            if missing.isEmpty { runnable.append(rule) } else { unchecked.append(UncheckedRule(ruleCode: rule.code, missing: missing)) }
        }
        // Rules only read the return (shared derived values are lock-guarded), so they run on
        // every core; each writes its own slot. A rule's findings are built and put in order
        // (by table, then row) in the same task, so that work is shared by the cores too.
        let rules = runnable
        let info = ruleSet.info
        var findingsPerRule = [[ValidationFinding]](repeating: [], count: rules.count)
        findingsPerRule.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: rules.count) { i in
                slots[i] = Validator.findings(rules[i].check(context), rule: rules[i], info: info[rules[i].code], context: context)
            }
        }
        // The report lists findings by rule code, then table, then row. Each rule's findings are
        // already in table and row order, so putting the rules in code order is enough, unless
        // two rules share a code, when everything is sorted as one list.
        let order = rules.indices.sorted { rules[$0].code < rules[$1].code }
        var findings: [ValidationFinding] = []
        findings.reserveCapacity(findingsPerRule.reduce(0) { $0 + $1.count })
        for i in order { findings.append(contentsOf: findingsPerRule[i]) }
        if Set(rules.map(\.code)).count != rules.count {
            findings.sort { ($0.ruleCode, $0.table, $0.rowIndex) < ($1.ruleCode, $1.table, $1.rowIndex) }
        }
        return ValidationReport(year: context.year, findings: findings, unchecked: unchecked, checked: runnable.map(\.code))
    }

    /// One rule's hits as findings, in table and row order.
    private static func findings(_ hits: [RuleHit], rule: any ValidationRule, info: RuleInfo?,
                                 context: ValidationContext) -> [ValidationFinding] {
        let message = info?.message ?? ""
        var out: [ValidationFinding] = []
        out.reserveCapacity(hits.count)
        // A row is flagged once per rule, however many ways it fails (as the reference marks rows).
        var seen = Set<Int>()
        // Hits of a rule mostly come from one table: look the table, its default fields and
        // their columns up once per run of hits rather than once per hit.
        var current: FindingTable? = nil
        for hit in hits where seen.insert(hit.row &* 16 &+ hit.table.ordinal).inserted {
            if current?.name != hit.table { current = FindingTable(hit.table, info: info, context: context) }
            out.append(current!.finding(for: hit, code: rule.code, message: message))
        }
        out.sort { ($0.table, $0.rowIndex) < ($1.table, $1.rowIndex) }
        return out
    }
}

/// One table as findings about it need it: the rule's affected fields that the table has, and
/// where they and CHILD are, so each finding reads its cells by position.
private struct FindingTable {
    let name: SSDA903TableName
    let table: SSDA903Table
    let fields: [String]
    let fieldColumns: [Int]
    let childColumn: Int?

    init(_ name: SSDA903TableName, info: RuleInfo?, context: ValidationContext) {
        self.name = name
        table = context.table(name)
        let table = table
        fields = (info?.fields ?? []).filter { table.columnIndex($0) != nil }
        fieldColumns = fields.map { table.columnIndex($0)! }
        childColumn = table.columnIndex("CHILD")
    }

    func cell(_ row: Int, _ column: Int?) -> String {
        guard let column else { return "" }
        return table.cell(row, at: column)
    }

    func finding(for hit: RuleHit, code: String, message: String) -> ValidationFinding {
        let inRange = hit.row >= 0 && hit.row < table.count
        let location: (line: Int?, path: String) = inRange ? table.location(hit.row) : (nil, "")
        let fields = hit.fields ?? self.fields
        var values: [String] = []
        if inRange {
            let row = hit.row
            values = hit.fields == nil ? fieldColumns.map { cell(row, $0) } : fields.map { cell(row, table.columnIndex($0)) }
        }
        return ValidationFinding(
            ruleCode: code, table: hit.table.rawValue,
            childID: inRange ? cell(hit.row, childColumn) : "",
            rowIndex: hit.row, line: location.line, path: location.path.isEmpty ? nil : location.path,
            fields: fields, values: values, message: message)
    }
}

extension ValidationContext {
    func has(_ input: RuleInput) -> Bool {
        switch input {
        case .previousReturn: previous != nil
        case .postcodeDirectory: postcodes != nil
        case .ofstedProviders: providers != nil
        case .councilCode: localAuthority.map { !$0.isEmpty } ?? false
        }
    }
}
