import Hearth
import HearthReturns

/// 631: PREV_PERM, when filled in, must be a DfE previous-permanence code (P1–P4, Z1).
struct Rule631: ValidationRule {
    let code = "631"
    let explanation = "PREV_PERM must be one of P1 (adoption), P2 (special guardianship order), P3 (residence or child arrangements order), P4 (unknown) or Z1 (no previous permanence option). Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pp = context.table(.prevPerm)
        return (0..<pp.count).compactMap { i in
            let v = pp[i, "PREV_PERM"]
            return !Batch3.blank(v) && !PreviousPermanenceKind(rawValue: v).isValid(in: context.year) ? RuleHit(.prevPerm, row: i) : nil
        }
    }
}
