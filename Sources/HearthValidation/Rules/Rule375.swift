import Hearth
import HearthReturns

/// 375: Hospitalisation coded as a temporary placement (T1) cannot last more than six weeks (42 days); measured from DECOM to DEC on closed episodes, as the DfE validator does.
struct Rule375: ValidationRule {
    let code = "375"
    let explanation = "Hospitalisation coded as a temporary placement (T1) cannot last more than six weeks (42 days). Check the dates, or record the stay with a different placement type."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        return (0..<episodes.count).filter { e in
            guard episodes[e, "PLACE"] == "T1", let start = context.day(episodes, e, "DECOM"),
                  let end = context.day(episodes, e, "DEC") else { return false }
            return end > start.adding(days: 42)
        }.map { RuleHit(.episodes, row: $0) }
    }
}
