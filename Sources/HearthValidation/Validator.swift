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
        // every core; each writes its own slot, its hits put in order (by table, then row).
        let rules = runnable
        let info = ruleSet.info
        var hitsPerRule = [[RuleHit]](repeating: [], count: rules.count)
        hitsPerRule.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: rules.count) { i in
                slots[i] = Validator.orderedHits(rules[i].check(context))
            }
        }
        // The report lists findings by rule code, then table, then row: each rule's findings have
        // their place in it, so they are built there, on every core, and never copied.
        let order = rules.indices.sorted { rules[$0].code < rules[$1].code }
        var offsets = [Int](repeating: 0, count: rules.count)
        var total = 0
        for i in order { offsets[i] = total; total += hitsPerRule[i].count }
        let ruleHits = hitsPerRule, places = offsets
        var findings = [ValidationFinding](unsafeUninitializedCapacity: total) { buffer, count in
            guard let base = buffer.baseAddress else { count = 0; return }
            nonisolated(unsafe) let start = base
            DispatchQueue.concurrentPerform(iterations: rules.count) { i in
                let code = rules[i].code, ruleInfo = info[code], message = ruleInfo?.message ?? ""
                // Hits of a rule mostly come from one table: look the table, its default fields
                // and their columns up once per run of hits rather than once per hit.
                var current: FindingTable? = nil
                for (k, hit) in ruleHits[i].enumerated() {
                    if current?.name != hit.table { current = FindingTable(hit.table, info: ruleInfo, context: context) }
                    (start + places[i] + k).initialize(to: current!.finding(for: hit, code: code, message: message))
                }
            }
            count = total
        }
        if Set(rules.map(\.code)).count != rules.count {
            findings.sort { ($0.ruleCode, $0.table, $0.rowIndex) < ($1.ruleCode, $1.table, $1.rowIndex) }
        }
        return ValidationReport(year: context.year, findings: findings, unchecked: unchecked, checked: runnable.map(\.code))
    }

    /// Tables in the order of their names, as findings are listed within a rule.
    private static let tableRank: [Int] = {
        let byName = SSDA903TableName.allCases.sorted { $0.rawValue < $1.rawValue }
        return SSDA903TableName.allCases.map { t in byName.firstIndex(of: t)! }
    }()

    /// A rule's hits by table name, then row, each row once: a row is flagged once per rule,
    /// however many ways it fails (as the reference marks rows), with the fields of its first hit.
    static func orderedHits(_ hits: [RuleHit]) -> [RuleHit] {
        let rank = tableRank
        func key(_ h: RuleHit) -> (Int, Int) { (rank[h.table.ordinal], h.row) }
        guard hits.count > 1 else { return hits }
        // Most rules report rows in order already.
        var ordered = true
        for k in 1..<hits.count where !(key(hits[k - 1]) < key(hits[k])) { ordered = false; break }
        if ordered { return hits }
        let sorted = hits.indices.sorted { a, b in
            let ka = key(hits[a]), kb = key(hits[b])
            return ka != kb ? ka < kb : a < b
        }
        var out: [RuleHit] = []
        out.reserveCapacity(hits.count)
        for i in sorted where out.last.map({ key($0) != key(hits[i]) }) ?? true { out.append(hits[i]) }
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
