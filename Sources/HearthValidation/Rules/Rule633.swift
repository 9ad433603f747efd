import Hearth
import HearthReturns

/// 633: LA_PERM, when filled in, must be a DfE three-digit local authority code, 999, or one of
/// NIR, NUK, SCO, WAL.
struct Rule633: ValidationRule {
    let code = "633"
    let explanation = "LA_PERM must be the DfE's three-digit code of the local authority that arranged the previous permanence option (or 999 if unknown; NIR, SCO, WAL or NUK outside England). Correct the code."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pp = context.table(.prevPerm)
        return (0..<pp.count).compactMap { i in
            let v = pp[i, "LA_PERM"]
            return !Batch3.blank(v) && !Batch3.localAuthorityCodes.contains(v) ? RuleHit(.prevPerm, row: i) : nil
        }
    }
}
