import Hearth
import HearthReturns

/// 105: in an XML return, the Header UASC flag must be 0 or 1 (CSV returns carry UASC as a table, so there is nothing to check).
struct Rule105: ValidationRule {
    let code = "105"
    let explanation = "The UASC item for the child (XML returns) must be 1 if the child was an unaccompanied asylum-seeking child at any time, otherwise 0. Enter 0 or 1."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header)
        let h_UASC = context.column(.header, "UASC")
        guard h.columnIndex("UASC") != nil else { return [] }
        return h.hits { let v = h_UASC[$0]; return v != "0" && v != "1" }
    }
}
