import Hearth
import HearthReturns

/// INT32: a child can appear only once in the Header table; every row of a repeated child is flagged.
struct RuleINT32: ValidationRule {
    let code = "INT32"
    let explanation = "The child appears on more than one row of the Header table. Keep one row per child: merge or remove the duplicates, or correct a mistyped CHILD identifier."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsOfRepeatedChildren(in: .header) }
}
