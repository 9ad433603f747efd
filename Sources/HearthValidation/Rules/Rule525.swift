import Hearth
import HearthReturns

/// 525: a child whose decision to be placed for adoption was reversed (DATE_PLACED_CEASED filled)
/// cannot have adoption details (AD1) this year. Both rows are flagged.
struct Rule525: ValidationRule {
    let code = "525"
    let explanation = "The decision to place this child for adoption was reversed (DATE_PLACED_CEASED is filled), so the child cannot have been adopted this year and the AD1 adoption fields (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) should be blank. Remove them, or correct DATE_PLACED_CEASED."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pa = context.table(.placedAdoption), ad1 = context.table(.ad1)
        let ad1ByChild = Batch3.rowsByChild(ad1)
        let fields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        var hits: [RuleHit] = []
        for p in 0..<pa.count where !Batch3.blank(pa[p, "DATE_PLACED_CEASED"]) {
            for a in ad1ByChild[pa[p, "CHILD"]] ?? [] where fields.contains(where: { !Batch3.blank(ad1[a, $0]) }) {
                hits += [RuleHit(.placedAdoption, row: p), RuleHit(.ad1, row: a)]
            }
        }
        return Batch3.distinct(hits)
    }
}
