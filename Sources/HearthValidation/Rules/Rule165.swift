import Hearth
import HearthReturns

/// 165: mother status, when given, must be 0 or 1; it must be blank for a male child; a female child in care during the year must have it; a female child not in care during the year with care-leaver data must not. Flags the Header and OC3 rows of children with episodes other than short breaks. Sex codes are the year's (M/F from 2024/25).
struct Rule165: ValidationRule {
    let code = "165"
    let explanation = "MOTHER in the Header table must be 1 if the child is a mother, 0 if not, and is only recorded for girls and young women looked after during the year. Correct MOTHER (or SEX)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let h = context.table(.header), e = context.table(.episodes), oc3 = context.table(.oc3)
        let h_CHILD = context.column(.header, "CHILD")
        let h_MOTHER = context.column(.header, "MOTHER")
        let h_SEX = context.column(.header, "SEX")
        let e_CHILD = context.column(.episodes, "CHILD")
        let e_DEC = context.column(.episodes, "DEC")
        let e_LS = context.column(.episodes, "LS")
        let e_DEC_d = context.dates(.episodes, "DEC")
        let e_DECOM_d = context.dates(.episodes, "DECOM")
        let male = context.year.startYear >= 2024 ? "M" : "1", female = context.year.startYear >= 2024 ? "F" : "2"
        var inScope = Set<String>(), inYear = Set<String>()
        for i in 0..<e.count where e_LS[i] != "V3" && e_LS[i] != "V4" {
            let child = e_CHILD[i]
            inScope.insert(child)
            let dec = e_DEC[i].isEmpty ? context.collectionEnd : e_DEC_d[i]
            if let dec, dec >= context.collectionStart, let decom = e_DECOM_d[i], decom <= context.collectionEnd { inYear.insert(child) }
        }
        let oc3ByChild = oc3.rowsByChild()
        var out: [RuleHit] = []
        for i in 0..<h.count where inScope.contains(h_CHILD[i]) {
            let child = h_CHILD[i], mother = h_MOTHER[i], sex = h_SEX[i]
            let oc3Rows = oc3ByChild[child] ?? []
            let base = (!mother.isEmpty && mother != "0" && mother != "1") || (!mother.isEmpty && sex == male)
                || (mother.isEmpty && sex == female && inYear.contains(child))
            let withOC3 = !mother.isEmpty && sex == female && !inYear.contains(child)
            let flaggedOC3 = oc3Rows.filter { r in base || (withOC3 && ["ACTIV", "ACCOM", "IN_TOUCH"].contains { oc3.has(r, $0) }) }
            if base || !flaggedOC3.isEmpty { out.append(RuleHit(.header, row: i)) }
            out += flaggedOC3.map { RuleHit(.oc3, row: $0) }
        }
        return out
    }
}
