import Hearth
import HearthReturns

/// 577: a child who has ceased to be looked after cannot still be missing: a missing period with
/// no end date is flagged when none of the child's periods of care that began on or before it is
/// still open. Only the DfE's case (no MIS_END) is checked; see docs/validation-differences-batch3.md.
struct Rule577: ValidationRule {
    let code = "577"
    let explanation = "The child has left care, but this missing period has no end date (MIS_END). A missing period must end when the child stops being looked after at the latest. Fill in MIS_END."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing)
        let periods = Batch3.carePeriods(context)
        return (0..<t.count).compactMap { i in
            guard Batch3.blank(t[i, "MIS_END"]), let start = context.date(t[i, "MIS_START"]),
                  let child = periods[t[i, "CHILD"]] else { return nil }
            return child.contains(where: { $0.end == nil && $0.start <= start }) ? nil : RuleHit(.missing, row: i)
        }
    }
}
