import Hearth
import HearthReturns

/// 547: a child with health promotion information (HEALTH_CHECK) filled in must also have IMMUNISATIONS, TEETH_CHECK,
/// HEALTH_ASSESSMENT and SUBSTANCE_MISUSE filled in. "Completed" means filled in with either
/// code (the DfE wording); the reference tool only checks rows where HEALTH_CHECK is 1.
struct Rule547: ValidationRule {
    let code = "547"
    let explanation = "This child has HEALTH_CHECK filled in, so the other OC2 health fields (IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE) must be filled in too. Complete the missing fields."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc2 = context.table(.oc2)
        let health = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"]
        return (0..<oc2.count).compactMap { i in
            !Batch3.blank(oc2[i, "HEALTH_CHECK"]) && health.contains(where: { Batch3.blank(oc2[i, $0]) }) ? RuleHit(.oc2, row: i) : nil
        }
    }
}
