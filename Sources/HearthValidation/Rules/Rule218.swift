import Hearth
import HearthReturns

/// 218: an episode open on or after 1 April in a placement type registered with Ofsted, placed in England, must have a URN. A placement postcode the directory does not know is taken as outside England in 2024/25 (the reference validator's reading); from 2025/26 only Scotland, Wales and Northern Ireland are exempt.
struct Rule218: ValidationRule {
    let code = "218"
    let needs: Set<RuleInput> = [.postcodeDirectory]
    let explanation = "This placement needs its Ofsted Unique Reference Number (URN). Enter the URN (XXXXXXX if the provider has none), or correct PLACE."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let pc = context.postcodes else { return [] }
        let e = context.table(.episodes), exempt = PlacementGroups.noURN(context.year)
        let e_DEC = context.column(.episodes, "DEC")
        let e_PLACE = context.column(.episodes, "PLACE")
        let e_PL_POST = context.column(.episodes, "PL_POST")
        let e_URN = context.column(.episodes, "URN")
        let e_DEC_d = context.dates(.episodes, "DEC")
        return e.hits { i in
            let open = e_DEC[i].isEmpty || (e_DEC_d[i].map { $0 >= context.collectionStart } ?? false)
            guard open, e_URN[i].isEmpty, !exempt.contains(e_PLACE[i]) else { return false }
            let la = pc.localAuthority(e_PL_POST[i])
            let outside = la.map { ["N", "W", "S"].contains($0.prefix(1)) } ?? (context.year.startYear < 2025)
            return !outside
        }
    }
}
