import Hearth
import HearthReturns

/// 1004: every missing or away-from-placement episode needs a valid start date (MIS_START).
struct Rule1004: ValidationRule {
    let code = "1004"
    let explanation = "The start date of the missing or away-from-placement episode is blank or not a real date in dd/mm/yyyy form. Enter the date the child went missing."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let missing = context.table(.missing)
        return (0..<missing.count).filter { context.dateCell(missing, $0, "MIS_START") == nil }.map { RuleHit(.missing, row: $0) }
    }
}
