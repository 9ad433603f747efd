import Hearth
import HearthReturns

/// 303: where a date UASC status ceased (DUC) is given, the child's UASC status must be 1.
/// The status is a Header column only in returns that carry it (older layouts); without that
/// column there is nothing to compare, as in the DfE validator.
struct Rule303: ValidationRule {
    let code = "303"
    let explanation = "A date the child stopped being an unaccompanied asylum-seeking child is recorded, but the child's UASC status is not 1. Set the UASC status to 1, or remove the date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let header = context.table(.header), uasc = context.table(.uasc)
        guard header.columnIndex("UASC") != nil else { return [] }
        let uascByChild = uasc.rowsOfEachChild()
        var hits: [RuleHit] = []
        for h in 0..<header.count where Double(header[h, "UASC"]) != 1 {
            let withDate = (uascByChild[header[h, "CHILD"]] ?? []).filter { !uasc.isBlankCell($0, "DUC") }
            if !withDate.isEmpty { hits += [RuleHit(.header, row: h)] + withDate.map { RuleHit(.uasc, row: $0) } }
        }
        return hits
    }
}
