import Hearth
import HearthReturns

/// 561: a decision that ended last year (DATE_PLACED_CEASED or REASON_PLACED_CEASED filled) cannot
/// be reported again this year with the same DATE_PLACED.
struct Rule561: ValidationRule {
    let code = "561"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return says the decision that the child should be placed for adoption, made on this DATE_PLACED, had ended. A decision this year with the same date contradicts that. Give a new decision its own date, or correct last year's return."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.placedAdoption) else { return [] }
        let pa = context.table(.placedAdoption)
        let lastByChild = Batch3.rowsByChild(last)
        return (0..<pa.count).compactMap { i in
            guard !Batch3.blank(pa[i, "DATE_PLACED"]) else { return nil }
            let ended = (lastByChild[pa[i, "CHILD"]] ?? []).contains {
                last[$0, "DATE_PLACED"] == pa[i, "DATE_PLACED"]
                    && (!Batch3.blank(last[$0, "DATE_PLACED_CEASED"]) || !Batch3.blank(last[$0, "REASON_PLACED_CEASED"]))
            }
            return ended ? RuleHit(.placedAdoption, row: i) : nil
        }
    }
}
