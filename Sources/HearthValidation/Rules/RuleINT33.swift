import Hearth
import HearthReturns

/// INT33: a child can appear only once in the OC2 table; every row of a repeated child is flagged.
struct RuleINT33: ValidationRule {
    let code = "INT33"
    let explanation = "The child appears on more than one row of the OC2 table. Keep one row per child: merge or remove the duplicates, or correct a mistyped CHILD identifier."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsOfRepeatedChildren(in: .oc2) }
}
