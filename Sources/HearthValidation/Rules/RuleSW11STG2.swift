import Hearth
import HearthReturns

/// SW11STG2: a child looked after on 31 March always has an allocated social worker, so their
/// latest social-worker episode cannot have ended before 31 March. The latest episode (by
/// SW_DECOM) is flagged when its SW_DEC is before 31 March. Children who left care are not
/// checked: their social worker may rightly have ended.
struct RuleSW11STG2: ValidationRule {
    let code = "SW11STG2"
    let explanation = "The child is looked after on 31 March, but their last social-worker episode ended before then and no later episode is reported. Add the episode of the current social worker, or correct SW_DEC."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        let inCare = Batch3.lookedAfterAtYearEnd(context)
        return Batch3.socialWorkerEpisodes(context).compactMap { child, rows in
            guard inCare[child] != nil, let last = rows.last, let dec = context.date(t[last, "SW_DEC"]), dec < context.collectionEnd else { return nil }
            return RuleHit(.swEpisodes, row: last)
        }.sorted { $0.row < $1.row }
    }
}
