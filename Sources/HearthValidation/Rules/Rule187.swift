import Hearth
import HearthReturns

/// 187: a child looked after continuously for 12 months must not have adoption (AD1) or care-leaver (OC3) information; flags those rows.
struct Rule187: ValidationRule {
    let code = "187"
    let explanation = "The child was looked after continuously for 12 months at 31 March, so adoption (AD1) and care leaver (OC3) items do not apply. Clear them, or correct the episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let cla = context.continuouslyLookedAfter(), ad1 = context.table(.ad1), oc3 = context.table(.oc3)
        let ad1_CHILD = context.column(.ad1, "CHILD")
        let oc3_CHILD = context.column(.oc3, "CHILD")
        let adFields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        return ad1.hits { i in cla.contains(ad1_CHILD[i]) && adFields.contains { ad1.has(i, $0) } }
            + oc3.hits { i in cla.contains(oc3_CHILD[i]) && ["IN_TOUCH", "ACTIV", "ACCOM"].contains { oc3.has(i, $0) } }
    }
}
