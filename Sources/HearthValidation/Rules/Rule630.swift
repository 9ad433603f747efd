import Hearth
import HearthReturns

/// 630: a child starting a period of care this year (RNE S, DECOM on or after 1 April) needs
/// previous permanence information: a PrevPerm row with PREV_PERM, and, unless PREV_PERM is Z1
/// (no previous permanence option), LA_PERM and DATE_PERM. The episode is flagged.
struct Rule630: ValidationRule {
    let code = "630"
    let explanation = "The child started to be looked after this year, so previous permanence must be recorded: PREV_PERM (Z1 if there was none), and for any other code the local authority (LA_PERM) and date (DATE_PERM) of the order. Complete the PrevPerm record."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pp = context.table(.prevPerm)
        let ppByChild = Batch3.rowsByChild(pp)
        return (0..<eps.count).compactMap { i in
            guard eps[i, "RNE"] == "S", let decom = context.date(eps[i, "DECOM"]), decom >= context.collectionStart else { return nil }
            let rows = ppByChild[eps[i, "CHILD"]] ?? []
            let incomplete = rows.contains { p in
                let perm = pp[p, "PREV_PERM"]
                return Batch3.blank(perm) || (perm != "Z1" && (Batch3.blank(pp[p, "LA_PERM"]) || Batch3.blank(pp[p, "DATE_PERM"])))
            }
            return rows.isEmpty || incomplete ? RuleHit(.episodes, row: i) : nil
        }
    }
}
