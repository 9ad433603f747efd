import Hearth
import HearthReturns

/// SW05STG1: the date the social-worker episode ended (SW_DEC), when filled in, must be a real date
/// (dd/mm/yyyy; ZZ for an unknown day or month, as the DfE allows).
struct RuleSW05STG1: ValidationRule {
    let code = "SW05STG1"
    let explanation = "SW_DEC must be a real date written dd/mm/yyyy. Correct the date."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let t = context.table(.swEpisodes)
        return (0..<t.count).compactMap { i in
            !Batch3.blank(t[i, "SW_DEC"]) && Batch3.partialDate(t[i, "SW_DEC"]) == nil ? RuleHit(.swEpisodes, row: i) : nil
        }
    }
}
