import Hearth
import HearthReturns

/// 602: adoption details (any AD1 adoption field) are only for children adopted during the year:
/// an AD1 row with details is flagged when the child has no episode ending E11/E12 in the year.
struct Rule602: ValidationRule {
    let code = "602"
    let explanation = "AD1 has adoption details for this child, but no episode shows the child being adopted this year (REC E11 or E12 with DEC in the year). Remove the adoption details, or correct the episode."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), ad1 = context.table(.ad1)
        var adopted = Set<String>()
        for i in 0..<eps.count where ["E11", "E12"].contains(eps[i, "REC"]) {
            if let dec = context.date(eps[i, "DEC"]), dec >= context.collectionStart, dec <= context.collectionEnd { adopted.insert(eps[i, "CHILD"]) }
        }
        let fields = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        return (0..<ad1.count).compactMap { a in
            !adopted.contains(ad1[a, "CHILD"]) && fields.contains(where: { !Batch3.blank(ad1[a, $0]) }) ? RuleHit(.ad1, row: a) : nil
        }
    }
}
