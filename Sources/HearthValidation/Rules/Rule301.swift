import Hearth
import HearthReturns

/// 301: the date of birth cannot fall after the end of the collection year.
struct Rule301: ValidationRule {
    let code = "301"
    let explanation = "The child's date of birth is after 31 March at the end of the collection year. Correct the date of birth (for an unborn child there should be no record yet)."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let header = context.table(.header)
        return (0..<header.count).filter { context.dateCell(header, $0, "DOB").map { $0 > context.collectionEnd } ?? false }
            .map { RuleHit(.header, row: $0) }
    }
}
