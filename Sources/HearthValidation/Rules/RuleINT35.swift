import Hearth
import HearthReturns

/// INT35: a child can appear only once in the PrevPerm table; every row of a repeated child is flagged.
struct RuleINT35: ValidationRule {
    let code = "INT35"
    let explanation = "The child appears on more than one row of the PrevPerm table. Keep one row per child: merge or remove the duplicates, or correct a mistyped CHILD identifier."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsOfRepeatedChildren(in: .prevPerm) }
}
