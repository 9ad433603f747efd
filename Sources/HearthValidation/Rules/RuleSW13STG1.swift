import Hearth
import HearthReturns

/// SW13STG1: SW_REASON must be a DfE reason code; it may only be blank on an episode that began
/// before 1 April 2023, when reasons were not yet collected.
struct RuleSW13STG1: ValidationRule {
    let code = "SW13STG1"
    let explanation = "SW_REASON must be one of MANAGE, FCONTA, LEFTRL, ORGRST, TSPROC, ABSENC, CHCHAN, PCCHAN, SWDIED or OTHERS, and must be filled in for episodes that began on or after 1 April 2023. Correct or add the reason."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        return (0..<t.count).compactMap { i in
            let reason = t[i, "SW_REASON"]
            if Batch3.blank(reason) {
                let recent = context.date(t[i, "SW_DECOM"]).map { $0 >= Batch3.socialWorkerCollectionStart } ?? false
                return recent ? RuleHit(.swEpisodes, row: i) : nil
            }
            return SocialWorkerChangeReason(rawValue: reason).isValid(in: context.year) ? nil : RuleHit(.swEpisodes, row: i)
        }
    }
}
