import Hearth
import HearthReturns

/// 624: the first child's date of birth (MC_DOB) cannot change from the one reported last year.
struct Rule624: ValidationRule {
    let code = "624"
    let needs: Set<RuleInput> = [.previousReturn]
    let explanation = "Last year's return gave a different date of birth for this young woman's first child (MC_DOB). The first child's date of birth cannot change: correct MC_DOB here or in last year's return."

    func check(_ context: ValidationContext) -> [RuleHit] {
        guard let last = context.previousTable(.header) else { return [] }
        let h = context.table(.header)
        let lastByChild = Batch3.rowsByChild(last)
        return (0..<h.count).compactMap { i in
            let differs = (lastByChild[h[i, "CHILD"]] ?? []).contains { !Batch3.blank(last[$0, "MC_DOB"]) && last[$0, "MC_DOB"] != h[i, "MC_DOB"] }
            return differs ? RuleHit(.header, row: i) : nil
        }
    }
}
