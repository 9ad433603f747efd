import Hearth
import HearthReturns

/// INT36: a child can appear only once in the UASC table; every row of a repeated child is flagged.
struct RuleINT36: ValidationRule {
    let code = "INT36"
    let explanation = "The child appears on more than one row of the UASC table. Keep one row per child: merge or remove the duplicates, or correct a mistyped CHILD identifier."

    func check(_ context: ValidationContext) -> [RuleHit] { context.rowsOfRepeatedChildren(in: .uasc) }
}
