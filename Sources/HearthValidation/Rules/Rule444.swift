import Hearth
import HearthReturns

/// 444 (from 2025/26): a UPN given in Header must be unique within the return, except the
/// "UPN unknown" codes UN1–UN5. Every Header row carrying a repeated UPN is flagged (a child
/// whose Header row is duplicated repeats its UPN too, as in the DfE validator). Blank UPNs are
/// not compared (their absence is rule 141's business).
struct Rule444: ValidationRule {
    let code = "444"
    let explanation = "The same unique pupil number (UPN) is reported for more than one child. A UPN belongs to one pupil: correct the UPN, or use the right UN code when it is not known."
    private static let unknownCodes: Set<String> = ["UN1", "UN2", "UN3", "UN4", "UN5"]

    func check(_ context: ValidationContext) -> [RuleHit] {
        let upn = context.column(.header, "UPN")
        var rowsByUPN: [String: [Int]] = [:]
        for (i, u) in upn.enumerated() where !Batch3.blank(u) && !Rule444.unknownCodes.contains(u) {
            rowsByUPN[u, default: []].append(i)
        }
        return rowsByUPN.values.filter { $0.count > 1 }.flatMap { $0 }.sorted().map { RuleHit(.header, row: $0) }
    }
}
