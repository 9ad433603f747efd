import Hearth
import HearthReturns

/// 575: a missing period that started during an episode that has since ended must have an end
/// date. The missing row is flagged when its MIS_END is blank and some ended episode of the child
/// (DEC filled) ran over its MIS_START.
struct Rule575: ValidationRule {
    let code = "575"
    let explanation = "The child went missing during a placement that has now ended, so the missing period must have ended too. Fill in MIS_END."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.missing), eps = context.table(.episodes)
        return (0..<t.count).compactMap { i in
            guard Batch3.blank(t[i, "MIS_END"]), let start = context.date(t[i, "MIS_START"]) else { return nil }
            let ended = (context.episodesByChild[t[i, "CHILD"]] ?? []).contains { e in
                guard let decom = context.date(eps[e, "DECOM"]), let dec = context.date(eps[e, "DEC"]) else { return false }
                return decom <= start && start <= dec
            }
            return ended ? RuleHit(.missing, row: i) : nil
        }
    }
}
