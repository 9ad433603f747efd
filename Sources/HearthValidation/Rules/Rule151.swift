import Hearth
import HearthReturns

/// 151: the adoption items (AD1) must all be given or all be blank.
struct Rule151: ValidationRule {
    let code = "151"
    let explanation = "Some but not all of DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR are filled in for this adoption. Complete all of them, or none."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.ad1)
        let fields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        return t.hits { i in let n = fields.filter { t.has(i, $0) }.count; return n > 0 && n < fields.count }
    }
}
