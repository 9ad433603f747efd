import Hearth
import HearthReturns

/// 521: the decision that adoption is in the child's best interests (AD1 DATE_INT) must be on or
/// before the start of any adoption placement (A3–A6). Both rows are flagged.
struct Rule521: ValidationRule {
    let code = "521"
    let explanation = "The date the council decided adoption was in the child's best interests (DATE_INT) must be on or before the date the child was placed for adoption (DECOM of an A3–A6 episode). Correct DATE_INT or the episode's start date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), ad1 = context.table(.ad1)
        let ad1ByChild = Batch3.rowsByChild(ad1)
        var hits: [RuleHit] = []
        for i in 0..<eps.count where ["A3", "A4", "A5", "A6"].contains(eps[i, "PLACE"]) {
            guard let decom = context.date(eps[i, "DECOM"]) else { continue }
            for a in ad1ByChild[eps[i, "CHILD"]] ?? [] {
                guard let dateInt = context.date(ad1[a, "DATE_INT"]), dateInt > decom else { continue }
                hits += [RuleHit(.episodes, row: i), RuleHit(.ad1, row: a)]
            }
        }
        return Batch3.distinct(hits)
    }
}
