import Hearth
import HearthReturns

/// 333: where a match date is given, the date the council decided the child should be placed
/// for adoption (DATE_INT) must be given and on or before it.
struct Rule333: ValidationRule {
    let code = "333"
    let explanation = "The decision that the child should be placed for adoption (DATE_INT) is missing or after the date they were matched with adopters (DATE_MATCH). Correct the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        return (0..<ad1.count).filter { r in
            guard let matched = context.dateCell(ad1, r, "DATE_MATCH") else { return false }
            return context.dateCell(ad1, r, "DATE_INT").map { $0 > matched } ?? true
        }.map { RuleHit(.ad1, row: $0) }
    }
}
