import Hearth
import HearthReturns

/// 559: a decision to place for adoption dated before this collection year should already have
/// been in last year's return: flagged when last year has no PlacedAdoption row for the child
/// with a DATE_PLACED.
struct Rule559: ValidationRule {
    let code = "559"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "This decision that the child should be placed for adoption is dated before 1 April, so it should have been reported last year, but last year's return has no date for it. Check DATE_PLACED, or correct last year's return."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.placedAdoption) else { return [] }
        let pa = context.table(.placedAdoption)
        var reported = Set<String>()
        for i in 0..<last.count where context.date(last[i, "DATE_PLACED"]) != nil { reported.insert(last[i, "CHILD"]) }
        return (0..<pa.count).compactMap { i in
            guard let placed = context.date(pa[i, "DATE_PLACED"]), placed < context.collectionStart,
                  !reported.contains(pa[i, "CHILD"]) else { return nil }
            return RuleHit(.placedAdoption, row: i)
        }
    }
}
