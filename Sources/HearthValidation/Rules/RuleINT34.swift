import Hearth
import HearthReturns

/// INT34: a child can appear only once in the OC3 table; every row of a repeated child is flagged.
struct RuleINT34: ValidationRule {
    let code = "INT34"
    let explanation = "The child appears on more than one row of the OC3 table. Keep one row per child: merge or remove the duplicates, or correct a mistyped CHILD identifier."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsOfRepeatedChildren(in: .oc3) }
}
