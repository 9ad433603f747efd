import Hearth
import HearthReturns

/// 375: Hospitalisation coded as a temporary placement (T1) cannot last more than six weeks (42 days); measured from DECOM to DEC, an open
/// episode running to the end of the year. The DfE validator only checks children with a Header date
/// of birth (docs/validation-differences-batch2.md).
struct Rule375: ValidationRule {
    let code = "375"
    let explanation = "Hospitalisation coded as a temporary placement (T1) cannot last more than six weeks (42 days). Check the dates, or record the stay with a different placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { e in
            guard episodes[e, "PLACE"] == "T1", let start = context.dateCell(episodes, e, "DECOM"),
                  let end = episodes.isBlankCell(e, "DEC") ? context.collectionEnd : context.dateCell(episodes, e, "DEC") else { return false }
            return end > start.adding(days: 42)
        }.map { RuleHit(.episodes, row: $0) }
    }
}
