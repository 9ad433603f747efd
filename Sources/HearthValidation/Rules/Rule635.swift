import Hearth
import HearthReturns

/// 635: the date (DATE_PERM) and local authority (LA_PERM) of a previous permanence order only go
/// with an order: flagged when either is filled in but PREV_PERM is Z1 (no previous permanence
/// option), as the DfE says, or blank, as the DfE tool checks.
struct Rule635: ValidationRule {
    let code = "635"
    let explanation = "LA_PERM or DATE_PERM is filled in, but PREV_PERM says there was no previous permanence option (Z1) or is blank. Record the kind of order in PREV_PERM, or clear LA_PERM and DATE_PERM."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pp = context.table(.prevPerm)
        return (0..<pp.count).compactMap { i in
            let perm = pp[i, "PREV_PERM"]
            let details = !Batch3.blank(pp[i, "LA_PERM"]) || !Batch3.blank(pp[i, "DATE_PERM"])
            return details && (perm == "Z1" || Batch3.blank(perm)) ? RuleHit(.prevPerm, row: i) : nil
        }
    }
}
