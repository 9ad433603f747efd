import Hearth
import HearthReturns

/// 632: the previous permanence order (DATE_PERM) must be a valid date, before the child's first
/// episode this year. DATE_PERM may be partial: ZZ for an unknown day or month, ZZZZ for an
/// unknown year (read as the latest day it could be). The first episode and the PrevPerm row are flagged.
struct Rule632: ValidationRule {
    let code = "632"
    let explanation = "DATE_PERM, the date of the previous permanence order, must be a real date (use ZZ for an unknown day or month) and before the child started this period of care. Correct DATE_PERM."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let eps = context.table(.episodes), pp = context.table(.prevPerm)
        let ppByChild = Batch3.rowsByChild(pp)
        var hits: [RuleHit] = []
        for (child, e) in Batch3.firstEpisode(context) {
            guard let decom = context.date(eps[e, "DECOM"]) else { continue }
            for p in ppByChild[child] ?? [] {
                let text = pp[p, "DATE_PERM"]
                guard !Batch3.blank(text) else { continue }
                let date = Batch3.partialDate(text)
                if date.map({ $0 >= decom }) ?? true { hits += [RuleHit(.episodes, row: e), RuleHit(.prevPerm, row: p)] }
            }
        }
        return Batch3.distinct(hits)
    }
}
