import Hearth
import HearthReturns

/// 520: adopters who are a different-gender married couple (LS_ADOPTR L11) must have SEX_ADOPTR MF; like the DfE tool, any other code fails.
struct Rule520: ValidationRule {
    let code = "520"
    let explanation = "LS_ADOPTR L11 means a married couple of a man and a woman, so SEX_ADOPTR must be MF. Correct whichever is wrong."

    func check(_ context: ValidationContext) -> [RuleHit] {
        let ad1 = context.table(.ad1)
        let allowed: Set<String> = ["MF"]
        return (0..<ad1.count).compactMap { i in
            ad1[i, "LS_ADOPTR"] == "L11" && !allowed.contains(ad1[i, "SEX_ADOPTR"]) ? RuleHit(.ad1, row: i) : nil
        }
    }
}
