import Hearth
import HearthReturns

/// 217: a placement for adoption with current foster carers (A3, A5) starting on or after 1 April 2015 must have a reason for new episode of S, T or U.
struct Rule217: ValidationRule {
    let code = "217"
    let explanation = "A3 and A5 placements (adoption by the current foster carers) continue with the same carers, so RNE must be S, T or U. Correct RNE or PLACE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes), from = Day(2015, 4, 1)
        return t.hits { i in
            ["A3", "A5"].contains(t[i, "PLACE"]) && (context.date(t[i, "DECOM"]).map { $0 >= from } ?? false) && !["S", "T", "U"].contains(t[i, "RNE"])
        }
    }
}
