import Hearth
import HearthReturns

/// SW12STG2: for a child looked after on 31 March, social-worker episodes must cover the whole
/// year, including time not looked after. The open episode is flagged when the child's first
/// social-worker episode starts after 1 April (and after birth) without being a first contact
/// (SW_REASON FCONTA), which alone explains a later start. Children with no social-worker
/// episodes at all are SW01STG1's.
struct RuleSW12STG2: ValidationRule {
    let code = "SW12STG2"
    let explanation = "The child is looked after on 31 March, so all their social-worker episodes for the whole year must be reported, including any before they came into care. The first one reported starts after 1 April and is not a first contact. Add the earlier episodes."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        let sw = Batch3.socialWorkerEpisodes(context)
        return Batch3.lookedAfterAtYearEnd(context).compactMap { child, row in
            guard let first = sw[child]?.first, let start = context.date(t[first, "SW_DECOM"]) else { return nil }
            var from = context.collectionStart
            if let dob = context.dateOfBirth(child: child), dob > from { from = dob }
            return start > from && t[first, "SW_REASON"] != "FCONTA" ? RuleHit(.episodes, row: row) : nil
        }.sorted { $0.row < $1.row }
    }
}
