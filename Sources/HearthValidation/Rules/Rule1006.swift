import Hearth
import HearthReturns

/// 1006: the missing type (MISSING), when given, must be M (missing) or A (away without authorisation).
struct Rule1006: ValidationRule {
    let code = "1006"
    let explanation = "The MISSING column must be M (missing from care) or A (away from placement without authorisation). Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let missing = context.table(.missing)
        return (0..<missing.count).filter {
            !missing.isBlankCell($0, "MISSING") && !MissingKind(rawValue: missing[$0, "MISSING"]).isValid(in: context.year)
        }.map { RuleHit(.missing, row: $0) }
    }
}
