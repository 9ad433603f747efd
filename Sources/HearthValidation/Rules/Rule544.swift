import Hearth
import HearthReturns

/// 544: a child with conviction information (CONVICTED) filled in must also have IMMUNISATIONS, TEETH_CHECK,
/// HEALTH_ASSESSMENT and SUBSTANCE_MISUSE filled in. "Completed" means filled in with either
/// code (the DfE wording); the reference tool only checks rows where CONVICTED is 1.
struct Rule544: ValidationRule {
    let code = "544"
    let explanation = "This child has CONVICTED filled in, so the other OC2 health fields (IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE) must be filled in too. Complete the missing fields."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let oc2 = context.table(.oc2)
        let health = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"]
        return (0..<oc2.count).compactMap { i in
            !Batch3.blank(oc2[i, "CONVICTED"]) && health.contains(where: { Batch3.blank(oc2[i, $0]) }) ? RuleHit(.oc2, row: i) : nil
        }
    }
}
