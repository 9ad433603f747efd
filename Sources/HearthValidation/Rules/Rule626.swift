import Hearth
import HearthReturns

/// 626: a young woman recorded last year as not a mother (MOTHER 0) cannot this year be a mother
/// of a child born before the collection year (MC_DOB before 1 April).
struct Rule626: ValidationRule {
    let code = "626"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return said this young woman was not a mother, but this year's MC_DOB (her first child's date of birth) is before 1 April, so she was already a mother then. Correct MC_DOB, or last year's MOTHER."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.header) else { return [] }
        let h = context.table(.header)
        let lastByChild = Batch3.rowsByChild(last)
        return (0..<h.count).compactMap { i in
            guard Batch3.flag(h[i, "MOTHER"]) == 1, let mc = context.date(h[i, "MC_DOB"]), mc < context.collectionStart,
                  (lastByChild[h[i, "CHILD"]] ?? []).contains(where: { Batch3.flag(last[$0, "MOTHER"]) == 0 }) else { return nil }
            return RuleHit(.header, row: i)
        }
    }
}
