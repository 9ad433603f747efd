import Hearth
import HearthReturns

/// 180: the SDQ score, when given, must be a whole number from 0 to 40.
struct Rule180: ValidationRule {
    let code = "180"
    let explanation = "SDQ_SCORE in the OC2 table must be a whole number between 0 and 40. Correct the score, or leave it blank and give SDQ_REASON."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.oc2)
        let t_SDQ_SCORE = context.column(.oc2, "SDQ_SCORE")
        return t.hits { i in
            let v = t_SDQ_SCORE[i]
            guard !v.isEmpty else { return false }
            guard let n = Double(v.trimmingCharacters(in: .whitespaces)), n == n.rounded() else { return true }
            return n < 0 || n > 40
        }
    }
}
