import Hearth
import HearthReturns

/// INT21: the sex in the UASC table must match the child's Header sex (checked where both are given).
struct RuleINT21: ValidationRule {
    let code = "INT21"
    let explanation = "The sex on this UASC row differs from the child's sex in the Header. Correct whichever is wrong so they match."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard context.current[.header] != nil else { return [] }
        let uasc = context.table(.uasc), header = context.table(.header)
        return (0..<uasc.count).filter { r in
            guard let h = context.headerRowByChild[uasc[r, "CHILD"]], !uasc.isBlankCell(r, "SEX"), !header.isBlankCell(h, "SEX") else { return false }
            return uasc[r, "SEX"] != header[h, "SEX"]
        }.map { RuleHit(.uasc, row: $0) }
    }
}
