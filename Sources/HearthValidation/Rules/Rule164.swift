import Hearth
import HearthReturns

/// 164: the distance between home and placement postcodes must be 0–999.9 miles; children who are or were UASC are not checked (their home postcode is often unknown).
struct Rule164: ValidationRule {
    let code = "164"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "The home and placement postcodes (HOME_POST, PL_POST) give a distance outside 0–999.9 miles. Check both postcodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let pc = context.postcodes else { return [] }
        let e = context.table(.episodes)
        let e_CHILD = context.column(.episodes, "CHILD")
        let e_HOME_POST = context.column(.episodes, "HOME_POST")
        let e_PL_POST = context.column(.episodes, "PL_POST")
        var uasc = Set((UASCStatus.byChild(context.current) ?? [:]).filter { $0.value == "1" }.keys)
        if let prev = context.previous { uasc.formUnion((UASCStatus.byChild(prev) ?? [:]).filter { $0.value == "1" }.keys) }
        return e.hits { i in
            guard !uasc.contains(e_CHILD[i]), let home = pc.gridReference(e_HOME_POST[i]), let place = pc.gridReference(e_PL_POST[i]) else { return false }
            let miles = (home.milesTo(place) * 10).rounded() / 10
            return miles < 0 || miles > 999.9
        }
    }
}
