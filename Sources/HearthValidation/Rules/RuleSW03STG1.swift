import Hearth
import HearthReturns

/// SW03STG1: each social-worker episode needs SW_ID, SW_DECOM and SW_REASON. Reasons were first
/// collected for episodes starting on or after 1 April 2023, so an earlier episode may lack one.
struct RuleSW03STG1: ValidationRule {
    let code = "SW03STG1"
    let explanation = "Each social-worker episode must have the social worker's ID (SW_ID), the date the episode began (SW_DECOM) and the reason for the change of worker (SW_REASON; not needed for episodes that began before 1 April 2023). Fill in the missing fields."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        return (0..<t.count).compactMap { i in
            let decom = Batch3.partialDate(t[i, "SW_DECOM"])
            let reasonNeeded = decom.map { $0 >= Batch3.socialWorkerCollectionStart } ?? true
            let missing = Batch3.blank(t[i, "SW_ID"]) || Batch3.blank(t[i, "SW_DECOM"]) || (reasonNeeded && Batch3.blank(t[i, "SW_REASON"]))
            return missing ? RuleHit(.swEpisodes, row: i) : nil
        }
    }
}
