import Hearth
import HearthReturns

/// 560: last year's decision to place for adoption was still open (no DATE_PLACED_CEASED), so
/// this year's DATE_PLACED for the child must be the same date.
struct Rule560: ValidationRule {
    let code = "560"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year the decision that this child should be placed for adoption was still in force (no DATE_PLACED_CEASED), so the same decision carries into this year with the same DATE_PLACED. Correct DATE_PLACED, or last year's return."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.placedAdoption) else { return [] }
        let pa = context.table(.placedAdoption)
        let lastByChild = Batch3.rowsByChild(last)
        return (0..<pa.count).compactMap { i in
            let open = (lastByChild[pa[i, "CHILD"]] ?? []).filter {
                !Batch3.blank(last[$0, "DATE_PLACED"]) && Batch3.blank(last[$0, "DATE_PLACED_CEASED"])
            }
            return open.contains { last[$0, "DATE_PLACED"] != pa[i, "DATE_PLACED"] } ? RuleHit(.placedAdoption, row: i) : nil
        }
    }
}
