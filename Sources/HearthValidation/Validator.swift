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
        // every core; each writes its own slot and the findings are sorted afterwards.
        let rules = runnable
        var hitsPerRule = [[RuleHit]](repeating: [], count: rules.count)
        hitsPerRule.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: rules.count) { i in
                slots[i] = rules[i].check(context)
            }
        }
        var findings: [ValidationFinding] = []
        for (rule, hits) in zip(runnable, hitsPerRule) {
            let info = ruleSet.info[rule.code]
            // A row is flagged once per rule, however many ways it fails (as the reference marks rows).
            var seen = Set<RuleHit>()
            for hit in hits where seen.insert(RuleHit(hit.table, row: hit.row)).inserted {
                findings.append(finding(for: hit, rule: rule, info: info, context: context))
            }
        }
        findings.sort { ($0.ruleCode, $0.table, $0.rowIndex) < ($1.ruleCode, $1.table, $1.rowIndex) }
        return ValidationReport(year: context.year, findings: findings, unchecked: unchecked, checked: runnable.map(\.code))
    }

    private func finding(for hit: RuleHit, rule: any ValidationRule, info: RuleInfo?, context: ValidationContext) -> ValidationFinding {
        let table = context.table(hit.table)
        let inRange = hit.row >= 0 && hit.row < table.count
        let fields = hit.fields ?? (info?.fields ?? []).filter { table.columnIndex($0) != nil }
        let location: (line: Int?, path: String) = inRange ? table.location(hit.row) : (nil, "")
        return ValidationFinding(
            ruleCode: rule.code, table: hit.table.rawValue,
            childID: inRange ? table[hit.row, "CHILD"] : "",
            rowIndex: hit.row, line: location.line, path: location.path.isEmpty ? nil : location.path,
            fields: fields, values: inRange ? fields.map { table[hit.row, $0] } : [],
            message: info?.message ?? "")
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
