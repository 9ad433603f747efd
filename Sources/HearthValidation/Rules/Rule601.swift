import Hearth
import HearthReturns

/// 601: a child adopted during the year (REC E11/E12 with DEC in the year) needs the AD1 adoption
/// fields completed. The episode and each incomplete AD1 row are flagged; a child with no AD1 row
/// at all has "not completed" them either, so that episode is flagged too (the reference tool
/// only checks children that have an AD1 row).
struct Rule601: ValidationRule {
    let code = "601"
    let explanation = "The child was adopted this year, so the adoption details must be completed: DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR in AD1. Fill in the missing fields."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), ad1 = context.table(.ad1)
        let ad1ByChild = Batch3.rowsByChild(ad1)
        let fields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        var hits: [RuleHit] = []
        for i in 0..<eps.count where ["E11", "E12"].contains(eps[i, "REC"]) {
            guard let dec = context.date(eps[i, "DEC"]), dec >= context.collectionStart, dec <= context.collectionEnd else { continue }
            let rows = ad1ByChild[eps[i, "CHILD"]] ?? []
            let incomplete = rows.filter { a in fields.contains { Batch3.blank(ad1[a, $0]) } }
            if rows.isEmpty || !incomplete.isEmpty { hits.append(RuleHit(.episodes, row: i)) }
            hits += incomplete.map { RuleHit(.ad1, row: $0) }
        }
        return Batch3.distinct(hits)
    }
}
