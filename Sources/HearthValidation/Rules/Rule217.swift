import Hearth
import HearthReturns

/// 217: a placement for adoption with current foster carers (A3, A5) starting on or after 1 April 2015 must have a reason for new episode of S, T or U.
struct Rule217: ValidationRule {
    let code = "217"
    let explanation = "A3 and A5 placements (adoption by the current foster carers) continue with the same carers, so RNE must be S, T or U. Correct RNE or PLACE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.episodes), from = Day(2015, 4, 1)
        let t_PLACE = context.column(.episodes, "PLACE")
        let t_RNE = context.column(.episodes, "RNE")
        let t_DECOM_d = context.dates(.episodes, "DECOM")
        return t.hits { i in
            ["A3", "A5"].contains(t_PLACE[i]) && (t_DECOM_d[i].map { $0 >= from } ?? false) && !["S", "T", "U"].contains(t_RNE[i])
        }
    }
}
