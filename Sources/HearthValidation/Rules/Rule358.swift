import Hearth
import HearthReturns

/// 358: a child under 10 at the start of an episode cannot be on a youth justice legal status
/// (J1, J2, J3). Flags the episode and the child's Header row.
/// Interpretation: "under 10" is before the 10th birthday; the DfE validator also flags an
/// episode starting on the birthday itself (docs/validation-differences-batch2.md).
struct Rule358: ValidationRule {
    let code = "358"
    let explanation = "The child was under 10 when the episode started but is recorded under a youth justice legal status (J1–J3), which cannot apply below the age of criminal responsibility. Check the legal status and the date of birth."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let episodes = context.table(.episodes)
        var hits = Set<RuleHit>()
        let repeated = context.repeatedHeaderRows()
        for e in 0..<episodes.count where ["J1", "J2", "J3"].contains(episodes[e, "LS"]) {
            let child = episodes[e, "CHILD"]
            guard let start = context.dateCell(episodes, e, "DECOM"), let dob = context.birthDate(of: child),
                  start < dob.yearsAfter(10) else { continue }
            hits.insert(RuleHit(.episodes, row: e))
            for h in context.headerRows(of: child, repeated) { hits.insert(RuleHit(.header, row: h)) }
        }
        return Array(hits)
    }
}
