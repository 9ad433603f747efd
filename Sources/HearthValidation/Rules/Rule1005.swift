import Hearth
import HearthReturns

/// 1005: a missing episode's end date (MIS_END), when given, must be a valid date.
struct Rule1005: ValidationRule {
    let code = "1005"
    let explanation = "The end date of the missing or away-from-placement episode is not a real date in dd/mm/yyyy form. Correct it, or leave it blank if the child is still missing."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let missing = context.table(.missing)
        return (0..<missing.count).filter { !missing.isBlankCell($0, "MIS_END") && context.dateCell(missing, $0, "MIS_END") == nil }
            .map { RuleHit(.missing, row: $0) }
    }
}
