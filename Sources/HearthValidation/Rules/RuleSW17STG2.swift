import Hearth
import HearthReturns

/// SW17STG2 (from 2025/26): each child's latest social-worker episode (the one with the latest
/// SW_DECOM) must still be open at 31 March, so its SW_DEC must be blank. Read, as the DfE
/// coding and the reference validator do, for every child in SWEpisodes, not only those looked
/// after on 31 March (SW11STG2 covers an episode ended before 31 March for those). Episodes
/// starting the same day are ordered with an open one last, so a closed one does not hide it.
struct RuleSW17STG2: ValidationRule {
    let code = "SW17STG2"
    let explanation = "The child's latest social-worker episode has an end date (SW_DEC), so no social worker is recorded at 31 March. Leave SW_DEC blank on the current social worker's episode, or add the episode of the social worker who took over."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let dec = context.column(.swEpisodes, "SW_DEC")
        return Batch3.socialWorkerEpisodes(context).values.compactMap { rows in
            guard let last = rows.last, !Batch3.blank(dec[last]) else { return nil }
            return RuleHit(.swEpisodes, row: last)
        }.sorted { $0.row < $1.row }
    }
}
