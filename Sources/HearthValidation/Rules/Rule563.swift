import Hearth
import HearthReturns

/// 563: a decision that has ceased (DATE_PLACED_CEASED and REASON_PLACED_CEASED) needs the date it
/// was made (DATE_PLACED).
struct Rule563: ValidationRule {
    let code = "563"
    let explanation = "The decision that the child should be placed for adoption is recorded as ended, but the date it was made (DATE_PLACED) is blank. Fill in DATE_PLACED."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let pa = context.table(.placedAdoption)
        return (0..<pa.count).compactMap { i in
            !Batch3.blank(pa[i, "REASON_PLACED_CEASED"]) && !Batch3.blank(pa[i, "DATE_PLACED_CEASED"]) && Batch3.blank(pa[i, "DATE_PLACED"])
                ? RuleHit(.placedAdoption, row: i) : nil
        }
    }
}
