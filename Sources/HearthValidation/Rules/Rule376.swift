import Hearth
import HearthReturns

/// 376: A temporary placement for the usual foster carers' holiday (T3) cannot last more than three weeks (21 days); measured from DECOM to DEC, an open
/// episode running to the end of the year. The DfE validator only checks children with a Header date
/// of birth (docs/validation-differences-batch2.md).
struct Rule376: ValidationRule {
    let code = "376"
    let explanation = "A temporary placement for the usual foster carers' holiday (T3) cannot last more than three weeks (21 days). Check the dates, or record the stay with a different placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { e in
            guard episodes[e, "PLACE"] == "T3", let start = context.dateCell(episodes, e, "DECOM"),
                  let end = episodes.isBlankCell(e, "DEC") ? context.collectionEnd : context.dateCell(episodes, e, "DEC") else { return false }
            return end > start.adding(days: 21)
        }.map { RuleHit(.episodes, row: $0) }
    }
}
