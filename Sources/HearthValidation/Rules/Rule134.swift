import Hearth
import HearthReturns

/// 134: a child with care-leaver (OC3) information must not also have adoption (AD1) information; flags the AD1 row.
struct Rule134: ValidationRule {
    let code = "134"
    let explanation = "The child has both care leaver information (OC3) and adoption information (AD1). A child cannot be both; remove the data that does not apply."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1), oc3 = context.table(.oc3)
        let ad1_CHILD = context.column(.ad1, "CHILD")
        let oc3_CHILD = context.column(.oc3, "CHILD")
        var withOC3 = Set<String>()
        for i in 0..<oc3.count where ["IN_TOUCH", "ACTIV", "ACCOM"].contains(where: { oc3.has(i, $0) }) { withOC3.insert(oc3_CHILD[i]) }
        let fields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        return ad1.hits { i in withOC3.contains(ad1_CHILD[i]) && fields.contains { ad1.has(i, $0) } }
    }
}
