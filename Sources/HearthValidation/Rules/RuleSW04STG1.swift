import Hearth
import HearthReturns

/// SW04STG1: the date the social-worker episode began (SW_DECOM), when filled in, must be a real date
/// (dd/mm/yyyy; ZZ for an unknown day or month, as the DfE allows).
struct RuleSW04STG1: ValidationRule {
    let code = "SW04STG1"
    let explanation = "SW_DECOM must be a real date written dd/mm/yyyy. Correct the date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        return (0..<t.count).compactMap { i in
            !Batch3.blank(t[i, "SW_DECOM"]) && Batch3.partialDate(t[i, "SW_DECOM"]) == nil ? RuleHit(.swEpisodes, row: i) : nil
        }
    }
}
