import Hearth
import HearthReturns

/// 580: a child still missing when care ended on their 18th birthday (MIS_END = DEC = 18th
/// birthday) must have reason ceased E8. The DfE's logic ties the rule to the 18th birthday.
struct Rule580: ValidationRule {
    let code = "580"
    let explanation = "The child was missing when they turned 18 and left care that day. In that case the reason episode ceased (REC) must be E8 (ceased for any other reason). Correct REC, or the dates."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing), eps = context.table(.episodes)
        var hits: [RuleHit] = []
        for i in 0..<t.count {
            guard let end = context.date(t[i, "MIS_END"]), let dob = context.date(t[i, "DOB"]), dob.adding(years: 18) == end else { continue }
            for e in context.episodesByChild[t[i, "CHILD"]] ?? [] where context.date(eps[e, "DEC"]) == end && eps[e, "REC"] != "E8" {
                hits.append(RuleHit(.episodes, row: e))
            }
        }
        return Batch3.distinct(hits)
    }
}
