import Hearth
import HearthReturns

/// INT31: a child can appear only once in the AD1 table; every row of a repeated child is flagged.
struct RuleINT31: ValidationRule {
    let code = "INT31"
    let explanation = "The child appears on more than one row of the AD1 table. Keep one row per child: merge or remove the duplicates, or correct a mistyped CHILD identifier."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsOfRepeatedChildren(in: .ad1) }
}
